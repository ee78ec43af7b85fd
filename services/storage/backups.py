"""Checked backups, the check itself, and restoring a backup into place (SQLite).

A backup is written next to its target under a temporary name, checked with SQLite's
``integrity_check`` and only then renamed into place: a damaged database gives no "good"
backup, and a failed one leaves no half file. A restore checks the backup the same way,
refuses while stations still hold the database, keeps the file it replaces beside it, and
swaps the new one in by a rename.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from services.core.clock import utc_now
from services.core.errors import DamagedDatabase, NoDatabase, ValidationError
from services.inputs.quoting import mention
from services.stations.registry import STALE_SECONDS
from services.storage.backup import backup_sqlite
from services.storage.checks import Found, examine, location, require_current
from services.storage.creation import SQLITE_COMPANIONS
from services.storage.db import Database
from services.storage.models import StationLease
from services.storage.outage import sqlite_outage
from services.storage.schema_version import head_revision, known_revisions
from services.storage.urls import read_only_uri, sqlite_file

_SHOWN_PROBLEMS = 3


@dataclass(frozen=True)
class CheckReport:
    where: str
    revision: str | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RestoreReport:
    restored: Path
    backup: Path
    kept: Path | None  # the file it replaced, kept beside it
    revision: str
    needs_upgrade: bool


def integrity_problems(path: Path, limit: int = 20) -> tuple[str, ...]:
    """What ``PRAGMA integrity_check`` finds in the SQLite file (empty when it is whole)."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = [str(r) for (r,) in connection.execute(f"PRAGMA integrity_check({limit})")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return (str(exc),)
    return () if rows == ["ok"] else tuple(rows)


def check_database(database: Database) -> CheckReport:
    """Is the database whole? SQLite: every page checked; PostgreSQL: reachable (the server
    checks its own pages). Then: is it CivicDesk's, and current (``SchemaOutdated`` if not)?"""
    path = sqlite_file(database.engine.url)
    if path is not None and path.exists():
        problems = integrity_problems(path)
        if problems:
            return CheckReport(str(path), None, problems)
    seen = require_current(database)
    return CheckReport(seen.where, seen.revision, ())


def checked_backup(database: Database, target: Path) -> Path:
    """Back up the SQLite database to ``target``, and say so only if the copy is whole."""
    source = sqlite_file(database.engine.url)
    if source is None:
        return backup_sqlite(database, target)  # explains pg_dump
    if not source.exists():
        raise NoDatabase(f"No database at {source}: there is nothing to back up.")
    target = target.expanduser().absolute()
    if target.exists():
        raise ValidationError(f"{target} already exists; choose a new file name.")
    partial = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove(partial)
        backup_sqlite(database, partial)
        _as_one_file(partial)
    except (OSError, sqlite3.Error) as exc:
        _remove(partial)
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        damaged = sqlite_outage(detail, str(source))
        if isinstance(damaged, DamagedDatabase):
            raise damaged from exc
        raise ValidationError(f"Cannot write the backup {target}: {detail}.") from None
    problems = integrity_problems(partial)
    if problems:
        _remove(partial)
        raise DamagedDatabase(str(source), f"no backup was made; {_summary(problems)}")
    os.replace(partial, target)
    return target


def restore_sqlite(database: Database, backup: Path) -> RestoreReport:
    """Put the checked ``backup`` in place of the database; the old file is kept beside it."""
    target = sqlite_file(database.engine.url)
    if target is None:
        raise ValidationError(
            "Restoring here covers the embedded SQLite database only. For PostgreSQL stop the "
            f"stations and run: pg_restore --clean --dbname={location(database)} {backup}"
        )
    backup = backup.expanduser().absolute()
    if not backup.is_file():
        raise ValidationError(f"There is no backup file {mention(str(backup))}.")
    problems = integrity_problems(backup)
    if problems:
        raise ValidationError(
            f"The backup {backup} is damaged ({_summary(problems)}); choose an older backup."
        )
    revision = _backup_revision(backup)
    _refuse_while_stations_run(database)
    database.dispose()
    target = target.absolute()
    partial = target.with_name(f".{target.name}.restoring")
    _remove(partial)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy(backup, partial)
    except (OSError, sqlite3.Error) as exc:
        _remove(partial)
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ValidationError(f"Cannot write {target}: {detail}.") from None
    if integrity_problems(partial):
        _remove(partial)
        raise ValidationError(f"The copy of {backup} in {target.parent} did not read back whole.")
    kept = _keep_aside(target)
    os.replace(partial, target)
    return RestoreReport(target, backup, kept, revision, revision != head_revision())


def _backup_revision(backup: Path) -> str:
    connection = sqlite3.connect(read_only_uri(backup), uri=True)
    try:
        rows = [str(r) for (r,) in connection.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.DatabaseError:
        rows = []
    finally:
        connection.close()
    if len(rows) != 1 or rows[0] not in known_revisions():
        raise ValidationError(f"{backup} is not a CivicDesk backup (no CivicDesk schema in it).")
    return rows[0]


def _refuse_while_stations_run(database: Database) -> None:
    seen = examine(database)
    if seen.found not in (Found.CURRENT, Found.OUTDATED) or seen.revision != head_revision():
        return  # missing, damaged-but-readable or older: no station can be running on it
    since = utc_now() - timedelta(seconds=STALE_SECONDS)
    with database.reader() as session:
        alive = list(
            session.scalars(
                select(StationLease.name)
                .where(StationLease.heartbeat_at >= since)
                .order_by(StationLease.name)
            )
        )
    if alive:
        raise ValidationError(
            f"Stations still use the database ({', '.join(alive)}): close them, then restore."
        )


def _copy(source: Path, target: Path) -> None:
    reader = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()
    _as_one_file(target)


def _remove(path: Path) -> None:
    for suffix in SQLITE_COMPANIONS:
        with contextlib.suppress(OSError):  # a read-only folder refuses even a missing name
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _as_one_file(path: Path) -> None:
    """Leave the copy in rollback-journal mode: one self-contained file, which a read-only
    look does not accompany with ``-wal`` and ``-shm`` files (stations switch back to WAL)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def _keep_aside(target: Path) -> Path | None:
    if not target.exists():
        return None
    stamp = utc_now().strftime("%Y%m%d-%H%M%S")
    kept = target.with_name(f"{target.name}.before-restore-{stamp}")
    for suffix in SQLITE_COMPANIONS:  # the old WAL must never be replayed into the backup
        part = Path(f"{target}{suffix}")
        if part.exists():
            os.replace(part, Path(f"{kept}{suffix}"))
    return kept


def _summary(problems: tuple[str, ...]) -> str:
    shown = "; ".join(mention(p) for p in problems[:_SHOWN_PROBLEMS])
    more = f" and {len(problems) - _SHOWN_PROBLEMS} more" if len(problems) > _SHOWN_PROBLEMS else ""
    return f"integrity check: {shown}{more}"
