"""A PostgreSQL server of a drill's own (``initdb`` and ``pg_ctl`` as the postgres user, as
``.ci/postgres.sh`` does), so the drill can stop, kill or replicate it without disturbing
other tests."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path

from tests.strict import missing


def pg_bin() -> Path | None:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name)
    for directory in reversed(candidates):
        if (directory / "initdb").exists() and (directory / "pg_ctl").exists():
            return directory
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class OwnServer:
    """A PostgreSQL server of the test's own, in a temporary directory, on a free port."""

    def __init__(self, bin_dir: Path, directory: Path) -> None:
        self.bin = bin_dir
        self.dir = directory
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        self.extra = "-c fsync=off"

    def _run(self, *args: str, timeout: float = 120) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:  # initdb refuses to run as root
            quoted = " ".join(f"'{part}'" for part in command)
            command = ["su", "postgres", "-s", "/bin/sh", "-c", quoted]
        subprocess.run(command, check=True, timeout=timeout, capture_output=True)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/civicdesk"

    def init(self) -> None:
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run(
            "initdb", "-D", str(self.dir / "data"), "-A", "trust", "-U", "postgres", "-E", "UTF8"
        )

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} {self.extra}"
        log = str(self.dir / "server.log")
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-l", log, "-w", "-o", options, "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", mode, "-w", "stop")

    def remove(self) -> None:
        """Stop the server if it runs and delete its directory."""
        with contextlib.suppress(subprocess.SubprocessError, AssertionError):
            self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)

    def kill_hard(self) -> None:
        """``kill -9`` the postmaster and every backend: a power cut, not a shutdown."""
        pid_file = self.dir / "data" / "postmaster.pid"
        postmaster = int(pid_file.read_text().split()[0])
        children = subprocess.run(
            ["pgrep", "-P", str(postmaster)], capture_output=True, text=True, check=False
        ).stdout.split()
        for pid in [postmaster, *map(int, children)]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def shell(self, script: str, env: dict[str, str], timeout: float = 120) -> str:
        """Run ``script`` with bash as the postgres user, PostgreSQL's tools on the PATH."""
        environment = {**env, "PATH": f"{self.bin}:/usr/bin:/bin"}
        exports = "".join(f"export {name}='{value}'\n" for name, value in environment.items())
        command = ["bash", "-euo", "pipefail", "-c", exports + script]
        if self.as_root:
            command = ["su", "postgres", "-s", "/bin/bash", "-c", " ".join(map(_quote, command))]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        if done.returncode != 0:
            raise AssertionError(f"{script}\nfailed: {done.stdout}{done.stderr}")
        return done.stdout

    def create_database(self) -> None:
        import psycopg

        admin = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute("CREATE DATABASE civicdesk")


def _quote(part: str) -> str:
    return "'" + part.replace("'", "'\"'\"'") + "'"


def own_server_bin() -> Path:
    """PostgreSQL's server tools; a missing one skips on a laptop and fails in CI."""
    bin_dir = pg_bin()
    if bin_dir is None:
        missing("initdb and pg_ctl (PostgreSQL server binaries)")
    assert bin_dir is not None
    if os.geteuid() == 0 and shutil.which("su") is None:
        missing("su (to run initdb as the postgres user)")
    return bin_dir


def own_server_directory() -> Path:
    """A directory the postgres user may enter (pytest's temporary folders are private)."""
    directory = Path(tempfile.mkdtemp(prefix="civicdesk-drill-pg-"))
    directory.chmod(0o755)
    return directory
