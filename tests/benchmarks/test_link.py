"""The benchmarks' cuttable link: it carries bytes both ways, counts them, and when cut
closes its connections and refuses new ones until restored."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import closing

import pytest

from benchmarks.link import Link


@pytest.fixture
def echo_port() -> Iterator[int]:
    server = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=echo, args=(connection,), daemon=True).start()

    def echo(connection: socket.socket) -> None:
        with connection:
            while data := connection.recv(1024):
                connection.sendall(data)

    threading.Thread(target=serve, daemon=True).start()
    yield server.getsockname()[1]
    server.shutdown(socket.SHUT_RDWR)
    server.close()


def _receive(client: socket.socket) -> bytes:
    try:
        return client.recv(1024)
    except ConnectionResetError:
        return b""  # closed with our bytes unread: closed all the same


def _round_trip(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
        client.sendall(data)
        return _receive(client)


def test_a_cut_link_closes_and_refuses_connections_until_restored(echo_port: int) -> None:
    with closing(Link("127.0.0.1", echo_port)) as link:
        client = socket.create_connection(("127.0.0.1", link.port), timeout=5)
        client.sendall(b"day 1")
        assert client.recv(1024) == b"day 1"
        link.cut()
        assert _receive(client) == b""  # the open connection is closed
        client.close()
        assert _round_trip(link.port, b"day 2") == b""  # and a new one closed on arrival
        link.restore()
        assert _round_trip(link.port, b"day 3") == b"day 3"
        assert link.bytes_up == link.bytes_down == len(b"day 1") + len(b"day 3")
