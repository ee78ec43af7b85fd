"""Checking a database URL before anything connects with it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from services.core.errors import ValidationError
from services.inputs.quoting import quoted

SUPPORTED_BACKENDS = ("sqlite", "postgresql")
_FORMS = "use sqlite:///FILE or postgresql://USER@HOST/DATABASE"


def checked_url(url: str) -> URL:
    """The parsed URL, with psycopg 3 for PostgreSQL; ``ValidationError`` for anything else."""
    if not url.strip():
        raise ValidationError(f"No database URL given: {_FORMS}.")
    bad = next((char for char in url if ord(char) < 32 or ord(char) == 127), None)
    if bad is not None:
        raise ValidationError(
            f"The database URL {_shown(url)} contains a control character "
            f"(U+{ord(bad):04X}); {_FORMS}."
        )
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise ValidationError(f"Cannot use the database URL {_shown(url)}: {_FORMS}.") from None
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise ValidationError(
            f"CivicDesk keeps its data in SQLite or PostgreSQL, not {quoted(backend)}: {_FORMS}."
        )
    if backend == "postgresql" and parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend == "postgresql" and parsed.drivername != "postgresql+psycopg":
        raise ValidationError(
            f"For PostgreSQL CivicDesk uses psycopg 3, not {quoted(parsed.drivername)}: {_FORMS}."
        )
    return parsed


def sqlite_file(url: str | URL) -> Path | None:
    """The file of a SQLite URL; None for PostgreSQL and for an in-memory database."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser()


def _shown(url: str) -> str:
    """The URL without its password (a password may be in the text even if it won't parse)."""
    try:
        return quoted(make_url(url).render_as_string(hide_password=True))
    except (ArgumentError, ValueError):
        return quoted(url.split("@")[-1] if "@" in url else url)


def read_only_uri(path: Path) -> str:
    """A SQLite URI opening ``path`` read-only (``?`` and ``#`` end a URI path, ``%`` escapes)."""
    quoted_path = str(path.absolute()).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{quoted_path}?mode=ro"
