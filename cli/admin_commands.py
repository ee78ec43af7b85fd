"""Database, account and demo-data commands."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from cli import privacy_commands
from cli.context import CommandContext
from cli.output import emit
from services.accounts.staff import add_user
from services.core.errors import DamagedDatabase, ValidationError
from services.demo.history import seed_demo_history
from services.privacy.keyring import ensure_key
from services.privacy.store import ensure_data_key
from services.storage.backups import check_database, checked_backup, restore_sqlite
from services.storage.checks import Found, examine, foreign
from services.storage.creation import create_or_upgrade
from services.storage.db import Database, open_database, translate_outage
from services.storage.migrate import current_revision


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    db = sub.add_parser("db", help="the database").add_subparsers(dest="action", required=True)
    db.add_parser(
        "upgrade", parents=[common], help="create or upgrade the schema, seed a new database"
    ).set_defaults(handler=db_upgrade, needs_database=False)
    backup = db.add_parser(
        "backup", parents=[common], help="online backup of the SQLite database, checked"
    )
    backup.add_argument("file", type=Path)
    backup.set_defaults(handler=db_backup)
    privacy_commands.register_db(db, common)
    db.add_parser(
        "check", parents=[common], help="check the database is whole and current"
    ).set_defaults(handler=db_check)
    restore = db.add_parser(
        "restore", parents=[common], help="put a checked backup in place (stations closed)"
    )
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=db_restore)

    user = sub.add_parser("user", help="staff accounts").add_subparsers(
        dest="action", required=True
    )
    add = user.add_parser(
        "add", parents=[common], help="add a staff account (password from stdin or a prompt)"
    )
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["counter", "mediator", "manager", "admin"])
    add.add_argument("--full-name", default="")
    add.set_defaults(handler=user_add)

    demo = sub.add_parser(
        "seed-demo", parents=[common], help="seed a synthetic history ending yesterday"
    )
    demo.add_argument("--days", type=int, default=30)
    demo.add_argument("--seed", type=int, default=0)
    demo.add_argument("--per-day", type=int, default=300, help="average tickets per working day")
    demo.set_defaults(handler=seed_demo)


T = TypeVar("T")


def _on_raw_database(ctx: CommandContext, work: Callable[[Database], T]) -> T:
    """``work`` on the database as it is: the db commands create, copy, check or replace it,
    so it is not required to be a current CivicDesk database first."""
    database = open_database(ctx.settings.database_url)
    try:
        with translate_outage():
            return work(database)
    finally:
        database.dispose()


def db_upgrade(ctx: CommandContext, _args: argparse.Namespace) -> int:
    def upgrade(db: Database) -> tuple[Path | None, bool, str | None, str]:
        seen = examine(db)  # before anything connects: a foreign file stays untouched
        if seen.found is Found.FOREIGN:
            raise foreign(seen)
        # The data key exists before any sealed row is written (or migrated).
        fresh = seen.found in (Found.MISSING, Found.EMPTY)
        new_key_file = ensure_key() if fresh else ensure_data_key(db)
        return new_key_file, create_or_upgrade(db), current_revision(db), db.url

    new_key_file, seeded, revision, url = _on_raw_database(ctx, upgrade)
    message = f"Database at revision {revision}" + (
        "; seeded the service catalog, counters and the admin account "
        "(the admin sets a password at the first login)."
        if seeded
        else "."
    )
    if new_key_file is not None:
        message += "\n" + privacy_commands.new_key_notice(new_key_file)
    emit(
        {
            "revision": revision,
            "seeded": seeded,
            "database": url,
            "new_key_file": str(new_key_file) if new_key_file else None,
        },
        message,
        as_json=ctx.as_json,
    )
    return 0


def db_backup(ctx: CommandContext, args: argparse.Namespace) -> int:
    # A backup copies the database as it is: never upgrade it first.
    target = _on_raw_database(ctx, lambda db: checked_backup(db, args.file))
    emit(
        {"backup": str(target), "checked": True},
        f"Backed up to {target} (integrity checked)",
        as_json=ctx.as_json,
    )
    return 0


def db_check(ctx: CommandContext, _args: argparse.Namespace) -> int:
    report = _on_raw_database(ctx, check_database)
    if not report.ok:
        raise DamagedDatabase(report.where, "; ".join(report.problems[:3]))
    emit(
        {"database": report.where, "revision": report.revision, "ok": True},
        f"{report.where}: whole, at revision {report.revision}.",
        as_json=ctx.as_json,
    )
    return 0


def db_restore(ctx: CommandContext, args: argparse.Namespace) -> int:
    report = _on_raw_database(ctx, lambda db: restore_sqlite(db, args.file))
    kept = f"; the replaced file is kept as {report.kept}" if report.kept else ""
    upgrade = "; now run `python main.py db upgrade`" if report.needs_upgrade else ""
    emit(
        {
            "restored": str(report.restored),
            "backup": str(report.backup),
            "kept": str(report.kept) if report.kept else None,
            "revision": report.revision,
            "needs_upgrade": report.needs_upgrade,
        },
        f"Restored {report.restored} from {report.backup} (revision {report.revision})"
        f"{kept}{upgrade}.",
        as_json=ctx.as_json,
    )
    return 0


def _read_password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("New password: ")
    if first != getpass.getpass("Repeat the password: "):
        raise ValidationError("The two passwords differ.")
    return first


def user_add(ctx: CommandContext, args: argparse.Namespace) -> int:
    password = _read_password()
    with ctx.database.writer() as session:
        info = add_user(
            session,
            ctx.actor,
            args.name,
            role=args.role,
            password=password,
            full_name=args.full_name,
        )
    emit(
        {"id": info.id, "username": info.username, "role": info.role},
        f"Added {info.username} ({info.role}).",
        as_json=ctx.as_json,
    )
    return 0


def seed_demo(ctx: CommandContext, args: argparse.Namespace) -> int:
    if not 1 <= args.days <= 3660:
        raise ValidationError("--days must be between 1 and 3660.")
    if not 1 <= args.per_day <= 20000:
        raise ValidationError("--per-day must be between 1 and 20000.")
    with ctx.database.writer() as session:
        summary = seed_demo_history(
            session, ctx.actor, days=args.days, seed=args.seed, tickets_per_day=args.per_day
        )
    skipped = (
        f" (skipped {len(summary.skipped_days)} days that already had tickets)"
        if summary.skipped_days
        else ""
    )
    emit(
        {"summary": summary},
        f"Seeded {summary.tickets} tickets over {len(summary.days)} days{skipped}.",
        as_json=ctx.as_json,
    )
    return 0
