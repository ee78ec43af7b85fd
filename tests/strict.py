"""Skipping rules: a missing tool may skip a test on a laptop, never in CI (CIVICDESK_STRICT=1)."""

from __future__ import annotations

import os
import shutil

import pytest

PG_URL_VAR = "CIVICDESK_TEST_PG_URL"


def strict() -> bool:
    return os.environ.get("CIVICDESK_STRICT") == "1"


def missing(what: str) -> None:
    """Skip, or fail when strict."""
    if strict():
        pytest.fail(f"{what} is missing, and CIVICDESK_STRICT=1 forbids skipping")
    pytest.skip(f"{what} is missing")


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        missing(f"the tool {name!r}")
    assert path is not None
    return path


def postgres_admin_url() -> str:
    url = os.environ.get(PG_URL_VAR, "")
    if not url:
        missing(f"a PostgreSQL server ({PG_URL_VAR})")
    return url
