"""Packs Pillow images into ESC/POS raster bits (1 = burn a dot) and back."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageOps


@dataclass(frozen=True)
class RasterBits:
    """Rows of packed bits, most significant bit leftmost, each row ``width_bytes`` long."""

    width_bytes: int
    height: int
    data: bytes

    @property
    def width_dots(self) -> int:
        return self.width_bytes * 8


def pack(image: Image.Image) -> RasterBits:
    """Black pixels become printed dots; the width is padded to whole bytes with white."""
    gray = image.convert("L")
    burned = ImageOps.invert(gray).point(lambda value: 255 if value >= 128 else 0)
    width_bytes = (image.width + 7) // 8
    if burned.width != width_bytes * 8:
        padded = Image.new("L", (width_bytes * 8, image.height), 0)
        padded.paste(burned, (0, 0))
        burned = padded
    return RasterBits(width_bytes, image.height, burned.convert("1").tobytes())


def unpack(bits: RasterBits) -> Image.Image:
    """A mode ``"1"`` image, black where a dot is burned."""
    burned = Image.frombytes("1", (bits.width_dots, bits.height), bits.data)
    return ImageOps.invert(burned.convert("L")).convert("1")
