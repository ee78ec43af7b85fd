"""The check of a kept SQLite connection against the file it was opened on.

``services.storage.db`` keeps a few connections open between operations; this module makes
sure a kept connection still belongs to the file at its path, and that the file is whole,
before each use.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import suppress
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import Engine, event
from sqlalchemy.exc import DisconnectionError

from services.core.errors import DamagedDatabase, DatabaseUnavailable
from services.storage.outage import sqlite_outage

SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_HEADER_SIZE = 100
_FIXED_HEADER_SIZE = 22  # what ``_HeaderReader.fixed_fields`` keeps of a whole header
_CUT_SHORT = b"cut short"  # what it says of a file shorter than a header


class SqliteFileWatch:
    """Check a kept connection before each use against the file it was opened on.

    - made read-only or writable since: a new connection, which then fails (or works) as a
      first one would;
    - inherited across ``fork``: dropped without closing (the parent still uses it);
    - the file deleted or replaced: SQLite leaves the old file's WAL behind for whoever opens
      the name next, and pairing it with another file corrupts that file, so from then on every
      operation of this process fails with a clear message until the program is restarted;
    - its header garbled (a failing disk, a stray write): each transaction fails to begin with
      ``DamagedDatabase``, as a new connection would, until the file is whole again. SQLite
      itself would not notice: a kept connection trusts the first page it has cached while the
      WAL is unchanged. The connection stays open: closing the last one would checkpoint the
      WAL into the damaged file.

    Costs a ``stat`` and two ``access`` calls per checkout, and a 100-byte ``pread`` per
    transaction.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._engine: Engine | None = None
        self._lost = False
        self._headers: dict[tuple[int, int], _HeaderReader] = {}  # by (device, inode)
        self._headers_lock = threading.Lock()

    def watch(self, engine: Engine) -> None:
        self._engine = engine
        event.listen(engine, "connect", self._remember)
        event.listen(engine, "checkout", self._check)
        event.listen(engine, "begin", self._check_header, insert=True)  # before the BEGIN
        event.listen(engine, "handle_error", self._forget_a_damaged_first_page)

    def release(self) -> None:
        with self._headers_lock:
            readers, self._headers = list(self._headers.values()), {}
        for reader in readers:
            reader.release()

    def _state(self) -> tuple[int, int, int, bool, bool] | None:
        try:
            found = os.stat(self.path)
        except OSError:
            return None
        return (
            os.getpid(),
            found.st_dev,
            found.st_ino,
            os.access(self.path, os.W_OK),
            os.access(self.path.parent, os.W_OK),
        )

    def _remember(self, _dbapi_connection: Any, record: Any) -> None:
        state = None if self._lost else self._state()
        record.info["sqlite_file"] = state
        try:
            header = None if state is None else self._fixed_header(state)
        except OSError:  # an unreadable disk: SQLite's own reads say so
            header = None
        # Not SQLite's, yet opened (SQLite read the first page from the WAL): the first
        # transaction says it is damaged.
        record.info["sqlite_header"] = _whole(header)

    def _check(self, _dbapi_connection: Any, record: Any, proxy: Any) -> None:
        known = record.info.get("sqlite_file")
        now = self._state()
        if now == known and not self._lost:
            return
        if known is not None and known[0] != os.getpid():
            record.dbapi_connection = proxy.dbapi_connection = None  # the parent's, not ours
            raise DisconnectionError("a connection inherited from the parent process")
        if now is None and not self._lost and not self.path.parent.exists():
            # Its drive or folder is away (a file server unplugged): an outage that ends
            # when the same file is back.
            raise DatabaseUnavailable(
                f"The database is not available: the folder of {self.path} cannot be found"
            )
        if self._lost or now is None or (known is not None and now[1:3] != known[1:3]):
            self._lose()  # deleted, or another file under the name: never pair it with this WAL
        changed = DisconnectionError("the database file was made read-only or writable")
        changed.invalidate_pool = True
        raise changed

    def _check_header(self, connection: Any) -> None:
        info = connection.connection.info  # the pool's record of the driver's connection
        state = info.get("sqlite_file")
        if state is None:
            return  # lost, or never found: the checkout has said so
        try:
            now = self._fixed_header(state)
        except OSError:
            return  # an unreadable disk: SQLite's own reads say so
        known = info.get("sqlite_header")
        if _whole(now) is None:
            if known is not None or now is not None:  # garbled, or cut short or to nothing
                raise DamagedDatabase(str(self.path))
        elif known is None:
            info["sqlite_header"] = now  # the file was still empty when the connection opened
        elif now != known:
            raise DamagedDatabase(str(self.path))

    def _forget_a_damaged_first_page(self, context: Any) -> None:
        """SQLite read a damaged first page (the file garbled between our check and its read):
        drop its cached pages, or it keeps the garbled page, and fails, after the file is whole
        again, as long as nobody writes. The connection stays open (see above)."""
        original = context.original_exception
        if context.connection is None or not isinstance(original, sqlite3.DatabaseError):
            return
        if isinstance(sqlite_outage(str(original), str(self.path)), DamagedDatabase):
            with suppress(sqlite3.Error):  # then its next use fails and reports it again
                context.connection.connection.dbapi_connection.execute("PRAGMA shrink_memory")

    def _fixed_header(self, state: tuple[int, int, int, bool, bool]) -> bytes | None:
        """The header fields SQLite never changes in a file in use; None for an empty file."""
        identity = (state[1], state[2])
        with self._headers_lock:
            reader = self._headers.get(identity)
            if reader is None:
                # A file replaced under the name keeps its reader too: closing that would drop
                # the locks the connections still on it hold.
                reader = self._headers[identity] = _HeaderReader.acquire(self.path, identity)
        return reader.fixed_fields()

    def _lose(self) -> None:
        self._lost = True
        if self._engine is not None:
            self._engine.pool.dispose()  # the idle connections; the others at their checkout
        raise DatabaseUnavailable(
            f"The database is not available: the file {self.path} was deleted or replaced "
            "while this program had it open (close CivicDesk at every station, then start it "
            "again)"
        )


class _HeaderReader:
    """Reads the first bytes of one SQLite file through a descriptor kept open for it.

    Closing any descriptor of a file drops every POSIX lock this process holds on it, SQLite's
    included (its shared lock is what keeps another process from deleting the WAL in use), so
    the file is not opened and closed per read: one descriptor per file and process, closed
    only when the last database watching it is disposed, after its connections.
    """

    _open: ClassVar[dict[tuple[int, int], _HeaderReader]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, identity: tuple[int, int], descriptor: int | None) -> None:
        self.identity = identity
        self._descriptor = descriptor
        self._users = 0

    @classmethod
    def acquire(cls, path: Path, identity: tuple[int, int]) -> _HeaderReader:
        with cls._lock:
            reader = cls._open.get(identity)
            if reader is None:
                try:
                    descriptor: int | None = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
                except OSError:
                    descriptor = None  # not readable: SQLite says what is wrong when it opens
                if descriptor is not None and _identity(os.fstat(descriptor)) != identity:
                    os.close(descriptor)  # replaced meanwhile; the stat check catches it next
                    descriptor = None
                reader = cls._open[identity] = _HeaderReader(identity, descriptor)
            reader._users += 1
            return reader

    def release(self) -> None:
        with self._lock:
            self._users -= 1
            if self._users > 0:
                return
            del self._open[self.identity]
            if self._descriptor is not None:
                os.close(self._descriptor)
                self._descriptor = None

    def fixed_fields(self) -> bytes | None:
        """Magic string, page size, reserved bytes and payload fractions (the file format's
        bytes 0-17 and 20-23); None for an empty (new) file. Raises OSError if unreadable."""
        if self._descriptor is None:
            return None
        header = os.pread(self._descriptor, SQLITE_HEADER_SIZE, 0)
        if not header:
            return None
        if len(header) < SQLITE_HEADER_SIZE:
            return _CUT_SHORT
        # Bytes 18-19 say rollback journal or WAL, which another program may legitimately switch.
        return header[:18] + header[20:24]


def _whole(header: bytes | None) -> bytes | None:
    """``header`` if it is a whole SQLite header."""
    if header is None or len(header) < _FIXED_HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        return None
    return header


def _identity(found: os.stat_result) -> tuple[int, int]:
    return (found.st_dev, found.st_ino)
