"""The newest glibc any wheel in a staged tree was built for (its manylinux_2_NN tag).

Usage: python3 wheel_glibc.py /opt/civicdesk/lib  ->  2.34 (the Depends: libc6 (>= 2.34))
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_TAG = re.compile(r"manylinux_(\d+)_(\d+)")
_LEGACY = {"manylinux1": (2, 5), "manylinux2010": (2, 12), "manylinux2014": (2, 17)}


def newest_glibc(lib: Path) -> tuple[int, int]:
    newest = (2, 17)
    for wheel_file in lib.glob("*.dist-info/WHEEL"):
        for line in wheel_file.read_text(encoding="utf-8").splitlines():
            if not line.startswith("Tag:"):
                continue
            versions = [(int(a), int(b)) for a, b in _TAG.findall(line)]
            versions += [v for name, v in _LEGACY.items() if f"{name}_" in line]
            if versions:
                newest = max(newest, min(versions))  # a wheel runs on its oldest tag
    return newest


if __name__ == "__main__":
    major, minor = newest_glibc(Path(sys.argv[1]))
    sys.stdout.write(f"{major}.{minor}\n")
