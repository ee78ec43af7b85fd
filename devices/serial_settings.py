"""Settings of one serial device, as read from the station's configuration."""

from __future__ import annotations

from dataclasses import dataclass

# None, even, odd, mark, space: pyserial's letters.
_PARITIES = ("N", "E", "O", "M", "S")


@dataclass(frozen=True)
class SerialSettings:
    """How to open a serial port.

    ``write_timeout`` is the longest the device may stop accepting data before a write
    fails (it bounds a stall, not a whole job: a large raster job at 9600 baud takes
    longer than that). ``read_timeout`` bounds one read.
    """

    port: str
    baudrate: int = 9600
    parity: str = "N"
    bytesize: int = 8
    stopbits: float = 1
    rtscts: bool = False
    xonxoff: bool = False
    write_timeout: float = 5.0
    read_timeout: float = 0.5

    def __post_init__(self) -> None:
        # Caught when settings load, not at the first print of the morning.
        problems = []
        if not self.port:
            problems.append("no port given")
        if self.baudrate <= 0:
            problems.append(f"baud rate {self.baudrate} is not positive")
        if self.parity not in _PARITIES:
            problems.append(f"parity {self.parity!r} is not one of {', '.join(_PARITIES)}")
        if self.bytesize not in (5, 6, 7, 8):
            problems.append(f"byte size {self.bytesize} is not 5 to 8")
        if self.stopbits not in (1, 1.5, 2):
            problems.append(f"stop bits {self.stopbits} is not 1, 1.5 or 2")
        if self.write_timeout <= 0 or self.read_timeout <= 0:
            problems.append("timeouts must be positive")
        if problems:
            raise ValueError(f"invalid serial settings for {self.port!r}: {'; '.join(problems)}")
