"""One conversation with a SAM reader: find, select and read a card, one command at a time."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal, Protocol

from devices.idcard.card_text import IdCardRecord, check_card, parse_card_text
from devices.idcard.errors import (
    CardReadFailed,
    CardRemovedTooEarly,
    GarbledAnswer,
    IdCardError,
    NoCardPlaced,
    ReaderSilent,
    UnreadableCard,
    sam_error,
)
from devices.idcard.frames import (
    SW_CARD_FOUND,
    SW_NO_CARD,
    SW_OK,
    SW_SELECT_FAILED,
    Answer,
    Command,
    CorruptFrame,
    FrameDecoder,
    encode_request,
)

_CHUNK = 2048
# A pause this long inside an answer means the part held may be noise before the real one.
_QUIET = 0.1
READ_ATTEMPTS = 3


class Port(Protocol):
    """What the reader needs of a port (``SerialTransport`` has it)."""

    @property
    def label(self) -> str: ...

    def write(self, data: bytes) -> None: ...

    def read(self, n: int, timeout: float | None = None) -> bytes: ...

    def reset_input_buffer(self) -> None: ...


class SamReader:
    """Commands to a reader on ``port``, each answered or turned into a typed error.

    Args:
        answer_timeout: the longest wait for a short answer (find, select, status).
        read_timeout: the longest wait for a card's text and photo (1295 bytes: about
            0.15 s at 115200 baud, 1.4 s at 9600).
    """

    def __init__(
        self,
        port: Port,
        *,
        answer_timeout: float = 0.5,
        read_timeout: float = 2.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.port = port
        self.answer_timeout = answer_timeout
        self.read_timeout = read_timeout
        self._clock = clock
        self._decoder = FrameDecoder()

    @property
    def noise_bytes(self) -> int:
        """Bytes of line noise skipped so far."""
        return self._decoder.noise_bytes

    def exchange(self, command: Command, timeout: float | None = None) -> Answer:
        """Send ``command`` and return the reader's answer, whatever its status.

        Raises:
            DeviceUnavailable: the port is gone.
            ReaderSilent: no whole answer within the timeout.
            GarbledAnswer: the answer came with a wrong checksum.
        """
        wait = self.answer_timeout if timeout is None else timeout
        # A late answer to an earlier command must not pass for this one's.
        self.port.reset_input_buffer()
        self._decoder.reset()
        self.port.write(encode_request(command))
        deadline = self._clock() + wait
        while (remaining := deadline - self._clock()) > 0:
            chunk = self.port.read(_CHUNK, min(remaining, _QUIET))
            frames = self._decoder.feed(chunk) if chunk else self._decoder.skip_partial()
            for frame in frames:
                if isinstance(frame, CorruptFrame):
                    raise GarbledAnswer(
                        f"checksum {frame.got:02X} where {frame.expected:02X} was due"
                    )
                answer = Answer.from_body(frame)
                if answer is not None:
                    return answer
        raise ReaderSilent(wait, port=self.port.label)

    def sam_status(self) -> None:
        """Raise unless the reader's security module reports itself ready."""
        self._expect(Command.SAM_STATUS, (SW_OK,))

    def find_card(self) -> bool:
        """Whether a card lies on the reader."""
        return self._expect(Command.FIND_CARD, (SW_CARD_FOUND, SW_NO_CARD)) == SW_CARD_FOUND

    def select_card(self) -> bool:
        """Whether the card found could be selected (it may have just been lifted)."""
        return self._expect(Command.SELECT_CARD, (SW_OK, SW_SELECT_FAILED)) == SW_OK

    def read_text(self) -> bytes:
        """The card's text (its photo is read along, as the command wants, and dropped)."""
        answer = self.exchange(Command.READ_TEXT_AND_PHOTO, self.read_timeout)
        self._check(Command.READ_TEXT_AND_PHOTO, answer, (SW_OK,))
        data = answer.data
        if len(data) < 4:
            raise GarbledAnswer(f"a card answer of {len(data)} bytes")
        text_length = int.from_bytes(data[:2], "big")
        text = data[4 : 4 + text_length]
        if len(text) < text_length:
            raise GarbledAnswer(f"{len(text)} bytes of text where {text_length} were announced")
        return text

    def _expect(self, command: Command, accepted: tuple[int, ...]) -> int:
        answer = self.exchange(command)
        self._check(command, answer, accepted)
        return answer.sw3

    @staticmethod
    def _check(command: Command, answer: Answer, accepted: tuple[int, ...]) -> None:
        if answer.sw3 not in accepted:
            raise sam_error(answer.sw3, answer.status, command.name.lower().replace("_", " "))


@dataclass(frozen=True)
class Attempt:
    """One try at a card: none there, its record, lifted too early, or a failed read."""

    kind: Literal["no_card", "read", "removed", "failed"]
    record: IdCardRecord | None = None
    error: IdCardError | None = None


def try_read_card(reader: SamReader) -> Attempt:
    """Find, select and read a card once.

    A failed read asks the reader whether the card is still there, to tell a card lifted
    too early from one that cannot be read. A silent reader or a lost port raises.
    """
    if not reader.find_card() or not reader.select_card():
        return Attempt("no_card")
    try:
        text = reader.read_text()
    except (CardReadFailed, GarbledAnswer, ReaderSilent) as exc:
        if not reader.find_card():
            return Attempt("removed", error=CardRemovedTooEarly())
        return Attempt("failed", error=exc)
    try:
        return Attempt("read", record=parse_card_text(text))
    except UnreadableCard as exc:
        return Attempt("failed", error=exc)


def read_one_card(
    reader: SamReader,
    *,
    wait: float,
    today: Callable[[], date] = date.today,
    poll_interval: float = 0.3,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> IdCardRecord:
    """Wait up to ``wait`` seconds for a card and read it (``idcard read``).

    Raises:
        NoCardPlaced: no card within ``wait``.
        CardRemovedTooEarly, UnreadableCard, CardRefused: the card could not be used.
        ReaderSilent, DeviceUnavailable: no reader.
    """
    deadline = clock() + wait
    failures = 0
    while True:
        attempt = try_read_card(reader)
        if attempt.kind == "read":
            assert attempt.record is not None
            return check_card(attempt.record, today())
        if attempt.kind == "removed":
            raise CardRemovedTooEarly()
        if attempt.kind == "failed":
            failures += 1
            if failures >= READ_ATTEMPTS:
                raise UnreadableCard(_reason(attempt.error))
            continue
        if clock() + poll_interval > deadline:
            raise NoCardPlaced(wait)
        sleep(poll_interval)


def _reason(error: IdCardError | None) -> str:
    if isinstance(error, UnreadableCard):
        return error.reason
    return str(error).rstrip(".") if error else "no answer"
