"""CODE128 barcodes drawn as 1-bit Pillow images with python-barcode.

Used for printers without native barcodes (sent with ``GS v 0``) and for
previews. Modules are whole dots, so the bars stay sharp and scannable. python-barcode is
imported on the first barcode drawn, so that stations start without it.
"""

from __future__ import annotations

from typing import Final

from PIL import Image

from printing.code128 import QUIET_MODULES, check_payload

MAX_MODULE_DOTS: Final = 3
# python-barcode sizes in millimetres; at 25.4 dpi one "millimetre" is one pixel.
_ONE_PIXEL_PER_UNIT_DPI: Final = 25.4
# Drawn this wide per module, then sampled down at module centres: python-barcode's
# float coordinates can be off by a pixel, which must not change a bar's width.
_DRAWN_MODULE_PIXELS: Final = 8


def _modules(payload: str) -> str:
    import barcode

    check_payload(payload)
    code = barcode.get("code128", payload)
    lines: list[str] = code.build()
    return lines[0]


def module_count(payload: str, *, quiet_modules: int = QUIET_MODULES) -> int:
    """Width in modules of python-barcode's CODE128 for ``payload``, quiet zones included."""
    return len(_modules(payload)) + 2 * quiet_modules


def fit_module_dots(payload: str, max_width_dots: int, *, largest: int = MAX_MODULE_DOTS) -> int:
    """The widest whole-dot module (up to ``largest``) that fits ``max_width_dots``."""
    modules = module_count(payload)
    fitting = min(largest, max_width_dots // modules)
    if fitting < 1:
        raise ValueError(
            f"CODE128 for {payload!r} needs {modules} dots; the paper has {max_width_dots}"
        )
    return fitting


def code128_image(
    payload: str,
    *,
    module_dots: int,
    height_dots: int,
    quiet_modules: int = QUIET_MODULES,
) -> Image.Image:
    """A mode ``"1"`` image of the bars only (no text), white quiet zones on both sides."""
    if module_dots < 1 or height_dots < 1:
        raise ValueError("module width and height must be at least one dot")
    import barcode
    from barcode.writer import ImageWriter

    modules = _modules(payload)
    writer = ImageWriter(mode="L", dpi=_ONE_PIXEL_PER_UNIT_DPI)
    code = barcode.get("code128", payload, writer=writer)
    drawn: Image.Image = code.render(
        {
            "module_width": _DRAWN_MODULE_PIXELS,
            "module_height": height_dots,
            "quiet_zone": quiet_modules * _DRAWN_MODULE_PIXELS,
            "margin_top": 0,
            "margin_bottom": 0,
            "write_text": False,
        }
    )
    expected = ((len(modules) + 2 * quiet_modules) * module_dots, height_dots)
    drawn = drawn.resize(expected, Image.Resampling.NEAREST)
    return drawn.point(lambda value: 255 if value >= 128 else 0).convert("1")
