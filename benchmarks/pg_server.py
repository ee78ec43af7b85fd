"""The benchmarks' own PostgreSQL server, with the durability of production.

A test server may run with ``fsync = off`` (ours does, to keep the suite fast), which makes every
commit cheaper than at a real hall and flatters whichever side commits more. So the benchmarks
start a throwaway server of their own, as ``.ci/postgres.sh`` does (``initdb`` in a temporary
folder, a free loopback port, the ``postgres`` user when run as root), but with ``fsync``,
``synchronous_commit`` and ``full_page_writes`` on, and report those settings with the figures.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.common import PG_URL_VAR

DURABILITY = ("fsync", "synchronous_commit", "full_page_writes", "wal_sync_method")
PRODUCTION = "-c fsync=on -c synchronous_commit=on -c full_page_writes=on"


def _bin_dir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    if found:
        return found[-1]
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run(command: list[str]) -> None:
    """Run as the ``postgres`` user when we are root (initdb refuses root)."""
    if os.geteuid() == 0:
        command = ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(command)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


@contextmanager
def production_postgres() -> Iterator[str | None]:
    """Start the server, point ``CIVICDESK_TEST_PG_URL`` at it, stop it afterwards.

    Yields the admin URL, or None (with a message) when PostgreSQL is not installed.
    """
    bin_dir = _bin_dir()
    if bin_dir is None:
        print("PostgreSQL is not installed: its cases are skipped")
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="civicdesk-bench-pg-"))
    data = folder / "data"
    port = _free_port()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} {PRODUCTION} -c max_connections=100"
    )
    previous = os.environ.get(PG_URL_VAR)
    started = False
    try:
        _run(
            [str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]
            + ["-E", "UTF8", "--locale=C.UTF-8"]
        )
        _run(
            [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log")]
            + ["-w", "-t", "60", "-o", options, "start"]
        )
        started = True
        url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        os.environ[PG_URL_VAR] = url
        print(f"PostgreSQL started for the benchmarks ({durability_text(url)})")
        yield url
    finally:
        if previous is None:
            os.environ.pop(PG_URL_VAR, None)
        else:
            os.environ[PG_URL_VAR] = previous
        if started:
            _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"])
        shutil.rmtree(folder, ignore_errors=True)


def durability_text(url: str) -> str:
    """``fsync=on, synchronous_commit=on, …`` as the server reports them."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        values = [(name, conn.execute(f"SHOW {name}").fetchone()) for name in DURABILITY]
    return ", ".join(f"{name}={row[0] if row else '?'}" for name, row in values)
