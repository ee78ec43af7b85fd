"""Printing results: one JSON object with --json, short readable lines otherwise."""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date, datetime
from enum import Enum
from typing import Any

from services.inputs.quoting import clipped_line


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def emit(payload: dict[str, Any], text: str, *, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(to_plain(payload), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(text.rstrip("\n") + "\n")


def fail(message: str) -> None:
    sys.stderr.write(clipped_line(message) + "\n")
