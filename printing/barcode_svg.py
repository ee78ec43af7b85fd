"""CODE128 barcodes as SVG, for on-screen display of what the ticket prints.

python-barcode is imported with the first barcode, so that the kiosk starts without it.
"""

from __future__ import annotations

import io


def code128_svg(payload: str, *, module_height_mm: float = 12.0) -> bytes:
    """An SVG of ``payload`` without the human-readable line (the screen shows it larger)."""
    from barcode import Code128
    from barcode.writer import SVGWriter

    output = io.BytesIO()
    Code128(payload, writer=SVGWriter()).write(
        output,
        options={"module_height": module_height_mm, "write_text": False, "quiet_zone": 4.0},
    )
    return output.getvalue()
