"""The ID-card reader on real pseudo-terminals, against a fake reader with every fault."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from devices.errors import DeviceUnavailable
from devices.idcard.card_text import IdCardRecord
from devices.idcard.errors import (
    CardRemovedTooEarly,
    GarbledAnswer,
    NoCardPlaced,
    ReaderSilent,
    SamStatusError,
    UnreadableCard,
)
from devices.idcard.poller import IdCardPoller, ReaderState, ReaderStatus
from devices.idcard.sam_reader import SamReader, read_one_card
from devices.serial_transport import SerialTransport
from tests.devices.idcards import EXPIRED, LI, TODAY, ZHANG
from tests.devices.rig import IdCardRig
from tests.devices.waiting import wait_until

pytestmark = pytest.mark.serial


@pytest.fixture
def transport(idcard_rig: IdCardRig) -> Iterator[SerialTransport]:
    port = SerialTransport(idcard_rig.settings, first_retry=0.05, max_retry=0.2)
    yield port
    port.close()


@pytest.fixture
def reader(transport: SerialTransport) -> SamReader:
    return SamReader(transport, answer_timeout=0.5, read_timeout=0.8)


def read(reader: SamReader, wait: float = 2.0) -> IdCardRecord:
    return read_one_card(reader, wait=wait, today=lambda: TODAY, poll_interval=0.05)


def test_a_card_on_the_reader_is_read(idcard_rig: IdCardRig, reader: SamReader) -> None:
    idcard_rig.reader.card = ZHANG
    assert read(reader) == ZHANG
    assert idcard_rig.reader.commands == [(0x20, 0x01), (0x20, 0x02), (0x30, 0x01)]


def test_the_sam_status_is_asked(idcard_rig: IdCardRig, reader: SamReader) -> None:
    reader.sam_status()
    idcard_rig.reader.fault = "self_test_failed"
    with pytest.raises(SamStatusError, match="self-test failed"):
        reader.sam_status()


def test_no_card_within_the_wait_says_so(idcard_rig: IdCardRig, reader: SamReader) -> None:
    with pytest.raises(NoCardPlaced, match=r"within 0\.3 s"):
        read(reader, wait=0.3)
    assert idcard_rig.reader.commands.count((0x20, 0x01)) >= 2


@pytest.mark.parametrize("fault", ["lift_mid_read", "cut_mid_read"])
def test_a_card_lifted_mid_read_is_removed_too_early(
    idcard_rig: IdCardRig, reader: SamReader, fault: str
) -> None:
    idcard_rig.reader.card = LI
    idcard_rig.reader.fault = fault  # type: ignore[assignment]
    with pytest.raises(CardRemovedTooEarly, match="removed too early"):
        read(reader)


def test_a_card_that_keeps_failing_is_unreadable(idcard_rig: IdCardRig, reader: SamReader) -> None:
    idcard_rig.reader.card = LI
    idcard_rig.reader.fault = "unreadable"
    with pytest.raises(UnreadableCard, match="reading the card failed"):
        read(reader)
    assert idcard_rig.reader.commands.count((0x30, 0x01)) == 3


def test_noise_before_every_answer_is_skipped(idcard_rig: IdCardRig, reader: SamReader) -> None:
    idcard_rig.reader.card = LI
    idcard_rig.reader.fault = "noise"
    assert read(reader) == LI
    assert reader.noise_bytes >= 3 * 12


def test_a_bad_checksum_is_a_garbled_answer(idcard_rig: IdCardRig, reader: SamReader) -> None:
    idcard_rig.reader.fault = "bad_checksum"
    with pytest.raises(GarbledAnswer, match="checksum"):
        reader.find_card()
    idcard_rig.reader.fault = "none"
    assert reader.find_card() is False


def test_a_silent_reader_does_not_answer(idcard_rig: IdCardRig, reader: SamReader) -> None:
    idcard_rig.reader.fault = "silent"
    with pytest.raises(ReaderSilent, match=r"did not answer within 0\.5 s"):
        read(reader)


def test_slow_answers_within_the_timeout_are_waited_for(
    idcard_rig: IdCardRig, reader: SamReader
) -> None:
    idcard_rig.reader.card = LI
    idcard_rig.reader.delay = 0.2
    assert read(reader) == LI
    idcard_rig.reader.delay = 0.8
    with pytest.raises(ReaderSilent):
        reader.find_card()


def test_an_unplugged_reader_is_unavailable(idcard_rig: IdCardRig, reader: SamReader) -> None:
    idcard_rig.reader.card = LI
    assert reader.find_card()
    idcard_rig.unplug()
    with pytest.raises(DeviceUnavailable):
        reader.find_card()
    idcard_rig.replug()
    wait_until(lambda: _answers(reader), timeout=5, what="the reader back after a replug")
    assert read(reader) == LI


def _answers(reader: SamReader) -> bool:
    try:
        return reader.find_card()
    except (DeviceUnavailable, ReaderSilent):
        return False


class Watcher:
    """What a poller told its owner."""

    def __init__(self) -> None:
        self.cards: list[IdCardRecord] = []
        self.statuses: list[ReaderStatus] = []

    @property
    def states(self) -> list[ReaderState]:
        return [status.state for status in self.statuses]


@pytest.fixture
def watched(
    idcard_rig: IdCardRig, transport: SerialTransport
) -> Iterator[tuple[IdCardPoller, Watcher]]:
    watcher = Watcher()
    poller = IdCardPoller(
        idcard_rig.settings,
        watcher.cards.append,
        watcher.statuses.append,
        transport=transport,
        today=lambda: TODAY,
        poll_interval=0.05,
        answer_timeout=0.3,
        read_timeout=0.8,
    )
    poller.start()
    yield poller, watcher
    assert poller.stop()


def test_the_poller_reads_each_placement_once(
    idcard_rig: IdCardRig, watched: tuple[IdCardPoller, Watcher]
) -> None:
    poller, watcher = watched
    wait_until(lambda: poller.status.state == ReaderState.READY, what="the reader ready")
    idcard_rig.reader.card = ZHANG
    wait_until(lambda: watcher.cards == [ZHANG], what="the card read")
    # Left on the reader through many polls, it is not read again.
    polls = len(idcard_rig.reader.commands)
    wait_until(lambda: len(idcard_rig.reader.commands) > polls + 10, what="ten more polls")
    assert watcher.cards == [ZHANG]
    assert idcard_rig.reader.reads_served == 1
    idcard_rig.reader.card = None
    wait_until(lambda: poller.status.state == ReaderState.READY, what="the card lifted")
    idcard_rig.reader.card = LI
    wait_until(lambda: watcher.cards == [ZHANG, LI], what="the second card read")
    assert ReaderState.CARD_READ in watcher.states


def test_the_poller_refuses_an_expired_card_once_with_its_date(
    idcard_rig: IdCardRig, watched: tuple[IdCardPoller, Watcher]
) -> None:
    poller, watcher = watched
    idcard_rig.reader.card = EXPIRED
    wait_until(lambda: poller.status.state == ReaderState.REFUSED, what="the card refused")
    assert "expired on 2026-05-01" in poller.status.message
    polls = len(idcard_rig.reader.commands)
    wait_until(lambda: len(idcard_rig.reader.commands) > polls + 5, what="five more polls")
    assert watcher.cards == []
    assert idcard_rig.reader.commands.count((0x30, 0x01)) == 1


def test_the_poller_tells_a_card_lifted_too_early_then_waits_again(
    idcard_rig: IdCardRig, watched: tuple[IdCardPoller, Watcher]
) -> None:
    poller, watcher = watched
    idcard_rig.reader.fault = "lift_mid_read"
    idcard_rig.reader.card = LI
    wait_until(lambda: ReaderState.REMOVED_TOO_EARLY in watcher.states, what="removed too early")
    wait_until(lambda: poller.status.state == ReaderState.READY, what="ready again")
    idcard_rig.reader.fault = "none"
    idcard_rig.reader.card = LI
    wait_until(lambda: watcher.cards == [LI], what="the card read at the second try")


def test_the_poller_gives_up_on_an_unreadable_card_until_it_is_lifted(
    idcard_rig: IdCardRig, watched: tuple[IdCardPoller, Watcher]
) -> None:
    poller, watcher = watched
    idcard_rig.reader.fault = "unreadable"
    idcard_rig.reader.card = LI
    wait_until(lambda: poller.status.state == ReaderState.UNREADABLE, what="unreadable")
    assert "cannot be read" in poller.status.message
    polls = len(idcard_rig.reader.commands)
    wait_until(lambda: len(idcard_rig.reader.commands) > polls + 5, what="five more polls")
    assert idcard_rig.reader.commands.count((0x30, 0x01)) == 3
    assert watcher.cards == []


def test_the_poller_rides_out_noise_and_bad_checksums(
    idcard_rig: IdCardRig, watched: tuple[IdCardPoller, Watcher]
) -> None:
    poller, watcher = watched
    idcard_rig.reader.fault = "bad_checksum"
    idcard_rig.reader.card = LI
    polls = len(idcard_rig.reader.commands)
    wait_until(lambda: len(idcard_rig.reader.commands) > polls + 5, what="five garbled polls")
    assert watcher.cards == []
    idcard_rig.reader.fault = "noise"
    wait_until(lambda: watcher.cards == [LI], what="the card read through the noise")
    assert poller.status.state == ReaderState.CARD_READ


def test_the_poller_reconnects_after_an_unplug(
    idcard_rig: IdCardRig, watched: tuple[IdCardPoller, Watcher]
) -> None:
    poller, watcher = watched
    wait_until(lambda: poller.status.state == ReaderState.READY, what="the reader ready")
    idcard_rig.unplug()
    wait_until(lambda: poller.status.state == ReaderState.NO_READER, what="no reader")
    assert "unavailable" in poller.status.message
    idcard_rig.replug()
    wait_until(lambda: poller.status.state == ReaderState.READY, what="the reader back")
    idcard_rig.reader.card = ZHANG
    wait_until(lambda: watcher.cards == [ZHANG], what="a card read after the replug")


def test_the_poller_says_no_reader_while_the_reader_is_silent(
    idcard_rig: IdCardRig, watched: tuple[IdCardPoller, Watcher]
) -> None:
    poller, watcher = watched
    idcard_rig.reader.fault = "silent"
    wait_until(lambda: poller.status.state == ReaderState.NO_READER, what="no reader")
    assert "did not answer" in poller.status.message
    idcard_rig.reader.fault = "none"
    wait_until(lambda: poller.status.state == ReaderState.READY, timeout=15, what="ready")
