"""A TCP proxy on loopback in front of PostgreSQL that can cut a connection at COMMIT.

The COMMIT reaches the server (which commits); its answer never reaches the client, whose
connection is closed instead: the outcome the client sees is unknown, exactly as when a cable
is pulled or the primary fails over during COMMIT.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType

_COMMIT = b"Q\x00\x00\x00\x0bCOMMIT\x00"  # the simple-query message psycopg sends


class CuttingProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._cut_armed = threading.Event()
        self.commits_cut = 0
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_next_commit(self) -> None:
        self._cut_armed.set()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self._target)
            cut = threading.Event()
            threading.Thread(target=self._upstream, args=(client, server, cut), daemon=True).start()
            threading.Thread(
                target=self._downstream, args=(server, client, cut), daemon=True
            ).start()

    def _upstream(self, client: socket.socket, server: socket.socket, cut: threading.Event) -> None:
        try:
            while chunk := client.recv(65536):
                if _COMMIT in chunk and self._cut_armed.is_set():
                    self._cut_armed.clear()
                    cut.set()
                server.sendall(chunk)
        except OSError:
            pass
        finally:
            _close(server)

    def _downstream(
        self, server: socket.socket, client: socket.socket, cut: threading.Event
    ) -> None:
        try:
            while chunk := server.recv(65536):
                if cut.is_set():
                    # The server has answered the COMMIT: it committed. Drop the answer.
                    self.commits_cut += 1
                    break
                client.sendall(chunk)
        except OSError:
            pass
        finally:
            _close(client)
            _close(server)

    def close(self) -> None:
        self._closed = True
        _close(self._listener)

    def __enter__(self) -> CuttingProxy:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
