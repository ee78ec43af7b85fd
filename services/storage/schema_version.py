"""Is the database's schema current? Answered without importing Alembic.

Every station asks this at start-up, and almost always the answer is yes. Alembic (with Mako
and Pygments) costs a fifth of a second and 16 MB to import, so it is loaded only when an
upgrade is due (``services.storage.migrate``). The head revision is read from the migration files'
``revision``/``down_revision`` lines; a test checks it against Alembic's own answer.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import OperationalError, ProgrammingError

from services.storage.db import Database

VERSIONS_DIR = Path(__file__).resolve().parent.parent / "migrations" / "versions"


@cache
def head_revision() -> str | None:
    """The revision no other migration builds on (the chain is linear)."""
    parents = _revision_parents()
    heads = set(parents) - set(parents.values())
    if len(heads) > 1:
        raise RuntimeError(f"the migrations have several heads: {sorted(heads)}")
    return heads.pop() if heads else None


def known_revisions() -> frozenset[str]:
    """Every revision of ours: a database stamped with another one is not CivicDesk's."""
    return frozenset(_revision_parents())


@cache
def _revision_parents() -> dict[str, str | None]:
    parents: dict[str, str | None] = {}
    for script in VERSIONS_DIR.glob("*.py"):
        names = _module_constants(script)
        revision = names.get("revision")
        if isinstance(revision, str):
            down = names.get("down_revision")
            parents[revision] = down if isinstance(down, str) else None
    return parents


def stored_revision(database: Database) -> str | None:
    """The revision recorded in the database; None for an empty database."""
    try:
        with database.reader() as session:
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            return str(revision) if revision is not None else None
    except (OperationalError, ProgrammingError) as exc:
        if _is_missing_table(exc):
            return None
        raise


def is_current(database: Database) -> bool:
    return stored_revision(database) == head_revision()


def _module_constants(script: Path) -> dict[str, object]:
    found: dict[str, object] = {}
    for node in ast.parse(script.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


def _is_missing_table(exc: OperationalError | ProgrammingError) -> bool:
    message = str(exc.orig).lower()
    return "no such table" in message or "does not exist" in message
