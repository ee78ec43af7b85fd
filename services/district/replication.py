"""The district's figures over PostgreSQL's logical replication.

Each PostgreSQL center publishes its two district tables (``civicdesk_district``); the
district's database subscribes to every center. A center that was offline catches up by
itself when its link is back: the subscription resumes from where it stopped. The center's
server needs ``wal_level = logical`` (docs/operations.md).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import make_url

from services.core.actors import SYSTEM, Actor, Permission
from services.core.center_config import load_center_config
from services.core.errors import ValidationError
from services.district.centers import CenterInfo, add_center, check_center_code
from services.district.days import center_code
from services.storage.db import Database, open_database

PUBLICATION = "civicdesk_district"
TABLES = ("district_day", "district_day_seconds")


def _require_postgresql(database: Database, who: str) -> None:
    if database.is_sqlite:
        raise ValidationError(
            f"{who} is an embedded SQLite database: send its days as a file instead "
            "(`report export-days` at the center, `district import` at the district)."
        )


def publish(database: Database, actor: Actor) -> str:
    """Create this center's publication (once; later calls change nothing)."""
    actor.require(Permission.ADMINISTER)
    _require_postgresql(database, "This center")
    with database.reader() as session:
        center_code(session)  # a center publishes only once it has its code
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_publication WHERE pubname = :name"), {"name": PUBLICATION}
        ).first()
        if exists is None:
            connection.execute(
                text(f"CREATE PUBLICATION {PUBLICATION} FOR TABLE {', '.join(TABLES)}")
            )
    return PUBLICATION


def subscription_name(code: str) -> str:
    return "civicdesk_" + check_center_code(code).lower().replace("-", "_")


def subscribe(district: Database, actor: Actor, code: str, center_url: str) -> CenterInfo:
    """Subscribe the district's database to a center's publication.

    The center must answer with the same code and have published its tables; the district
    adds the center (with its names) to its list. Subscribing again changes nothing.
    """
    actor.require(Permission.ADMINISTER)
    code = check_center_code(code)
    _require_postgresql(district, "The district's database")
    center = open_database(center_url)
    try:
        _require_postgresql(center, "The center")
        with center.reader() as session:
            found = center_code(session)
            config = load_center_config(session)
            published = session.execute(
                text("SELECT 1 FROM pg_publication WHERE pubname = :name"), {"name": PUBLICATION}
            ).first()
    finally:
        center.dispose()
    if found != code:
        raise ValidationError(f"The database at that address is center {found}, not {code}.")
    if published is None:
        raise ValidationError(
            f"Center {code} has not published its figures yet: run "
            "`python main.py district publish` there."
        )
    with district.writer() as session:
        info = add_center(session, actor, code, config.center_name_zh, config.center_name_en)
    conninfo = (
        make_url(center_url).set(drivername="postgresql").render_as_string(hide_password=False)
    )
    name = subscription_name(code)
    with district.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_subscription WHERE subname = :name"), {"name": name}
        ).first()
        if exists is None:
            # DDL takes no parameters: the connection string goes in as a quoted literal.
            literal = "'" + conninfo.replace("'", "''") + "'"
            connection.exec_driver_sql(
                f"CREATE SUBSCRIPTION {name} CONNECTION {literal} PUBLICATION {PUBLICATION}"
            )
    return info


def unsubscribe(district: Database, actor: Actor = SYSTEM, *, code: str) -> None:
    actor.require(Permission.ADMINISTER)
    name = subscription_name(code)
    with district.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f"DROP SUBSCRIPTION IF EXISTS {name}"))
