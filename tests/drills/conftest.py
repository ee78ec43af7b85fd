"""Shared pieces of the fault drills: the soak scale, databases, processes and serial rigs.

``CIVICDESK_SOAK_SCALE`` (default 1) multiplies the size of every drill for long runs; at 1
the whole folder runs in about two minutes on an idle two-core machine (CI). The busy day's
time limit grows with the scale; for very long runs of the others add ``-o timeout=0``.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.databases import PostgresFactory
from tests.devices.fake_printer import FakePrinter
from tests.devices.pty_pair import PtyPair
from tests.drills.own_postgres import OwnServer, own_server_bin, own_server_directory
from tests.strict import require_tool

SCALE_VAR = "CIVICDESK_SOAK_SCALE"


def soak_scale() -> float:
    text = os.environ.get(SCALE_VAR, "1").strip() or "1"
    try:
        scale = float(text)
    except ValueError:
        raise pytest.UsageError(f"{SCALE_VAR} must be a number, not {text!r}") from None
    if scale <= 0:
        raise pytest.UsageError(f"{SCALE_VAR} must be positive, not {text!r}")
    return scale


def scaled(count: int, minimum: int = 1) -> int:
    """``count`` times the soak scale, at least ``minimum``."""
    return max(minimum, round(count * soak_scale()))


@pytest.fixture
def pg_url(postgres_factory: PostgresFactory) -> str:
    """A fresh, migrated and seeded database on the shared PostgreSQL server."""
    return postgres_factory.new_url()


class Spawner:
    """Starts station processes (``spawn`` context) and kills those still alive at the end."""

    def __init__(self) -> None:
        self.context = multiprocessing.get_context("spawn")
        self._started: list[Any] = []

    def start(self, target: Any, *args: Any) -> Any:
        process = self.context.Process(target=target, args=args, daemon=True)
        process.start()
        self._started.append(process)
        return process

    def kill_all(self) -> None:
        for process in self._started:
            if process.is_alive():
                process.kill()
            process.join(10)


@pytest.fixture
def spawner() -> Iterator[Spawner]:
    running = Spawner()
    yield running
    running.kill_all()


@pytest.fixture
def pty_pair(tmp_path: Path) -> Iterator[PtyPair]:
    pair = PtyPair(tmp_path, socat=require_tool("socat"))
    pair.start()
    yield pair
    pair.stop()


@pytest.fixture
def fake_printer(pty_pair: PtyPair) -> Iterator[FakePrinter]:
    printer = FakePrinter()
    printer.attach(pty_pair.peer)
    printer.start()
    yield printer
    printer.stop()


@pytest.fixture
def server() -> Iterator[OwnServer]:
    """A PostgreSQL server of the drill's own, started, with an empty ``civicdesk`` database."""
    own = OwnServer(own_server_bin(), own_server_directory())
    try:
        own.init()
        own.start()
        own.create_database()
        yield own
    finally:
        own.remove()
