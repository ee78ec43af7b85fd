"""What every benchmark shares: throwaway databases, percentiles, and the summary rows.

Every figure is compared with a baseline measured in the same run on the same machine, so the
ratio means something on a busy two-core machine where the absolute times do not.
"""

from __future__ import annotations

import math
import os
import shutil
import statistics
import sys
import tempfile
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PG_URL_VAR = "CIVICDESK_TEST_PG_URL"


@dataclass(frozen=True)
class Row:
    """One line of the summary table: our figure, the baseline's, and the target."""

    benchmark: str
    case: str
    ours: str
    baseline: str
    ratio: float | None
    target: str
    met: bool | None  # None: informative only, no target
    load: float | None = None  # the machine's 1-minute load average when the row was measured

    @property
    def verdict(self) -> str:
        if self.met is None:
            return ""
        return "ok" if self.met else "MISSED"


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, row: Row) -> None:
        if row.load is None:
            row = replace(row, load=os.getloadavg()[0])
        self.rows.append(row)
        ratio = "" if row.ratio is None else f"  ratio {ratio_text(row.ratio)}"
        target = f"  (target {row.target}) {row.verdict}" if row.target else ""
        print(f"  -> {row.case}: ours {row.ours}, baseline {row.baseline}{ratio}{target}")

    def note(self, text: str) -> None:
        self.notes.append(text)
        print(f"  note: {text}")


def ratio_text(ratio: float | None) -> str:
    if ratio is None:
        return ""
    return f"{ratio:.2f}" if ratio >= 0.1 else f"{ratio:.4f}"


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (``fraction`` 0.99 for p99) of a non-empty sample."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds >= 0.01 else f"{seconds * 1000:.2f} ms"


def pg_admin_url() -> str | None:
    return os.environ.get(PG_URL_VAR) or None


class Databases:
    """Fresh, migrated and seeded databases: SQLite file copies and PostgreSQL templates."""

    def __init__(self, pg_admin: str | None) -> None:
        from services.storage.bootstrap import prepare_database
        from services.storage.db import open_database

        self._workdir = Path(tempfile.mkdtemp(prefix="civicdesk-bench-"))
        self._sqlite_template = self._workdir / "template.sqlite3"
        database = open_database(f"sqlite:///{self._sqlite_template}")
        prepare_database(database)
        database.dispose()
        self._pg_admin = pg_admin
        self._pg_template = f"civicdesk_bench_template_{os.getpid()}"
        self._pg_created: list[str] = []
        if pg_admin:
            self._pg_execute(f"DROP DATABASE IF EXISTS {self._pg_template}")
            self._pg_execute(f"CREATE DATABASE {self._pg_template}")
            database = open_database(self._pg_url(self._pg_template))
            prepare_database(database)
            database.dispose()

    @property
    def workdir(self) -> Path:
        return self._workdir

    @property
    def has_postgres(self) -> bool:
        return self._pg_admin is not None

    def kinds(self) -> list[str]:
        return ["sqlite", "postgresql"] if self.has_postgres else ["sqlite"]

    def new_url(self, kind: str) -> str:
        if kind == "sqlite":
            target = self._workdir / f"{uuid.uuid4().hex[:12]}.sqlite3"
            shutil.copyfile(self._sqlite_template, target)
            target.chmod(0o600)  # private, as CivicDesk makes its databases
            return f"sqlite:///{target}"
        name = f"civicdesk_bench_{uuid.uuid4().hex[:12]}"
        self._pg_execute(f"CREATE DATABASE {name} TEMPLATE {self._pg_template}")
        self._pg_created.append(name)
        return self._pg_url(name)

    def close(self) -> None:
        for name in [*self._pg_created, self._pg_template] if self._pg_admin else []:
            self._pg_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        shutil.rmtree(self._workdir, ignore_errors=True)

    def _pg_url(self, name: str) -> str:
        from sqlalchemy.engine import make_url

        assert self._pg_admin is not None
        return make_url(self._pg_admin).set(database=name).render_as_string(hide_password=False)

    def _pg_execute(self, sql: str) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        assert self._pg_admin is not None
        admin = make_url(self._pg_admin).set(drivername="postgresql")
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]


def markdown_table(rows: Iterable[Row]) -> str:
    lines = [
        "| benchmark | case | ours | baseline | ratio | target | verdict | load |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        ratio = ratio_text(row.ratio)
        load = "" if row.load is None else f"{row.load:.1f}"
        lines.append(
            f"| {row.benchmark} | {row.case} | {row.ours} | {row.baseline} | {ratio} "
            f"| {row.target} | {row.verdict} | {load} |"
        )
    return "\n".join(lines)
