"""What can go wrong with an ID-card reader or a card, as typed errors with plain messages.

A reader that is unplugged raises the serial layer's ``DeviceUnavailable``; everything here
is a ``DeviceError`` too, so a window shows any of them as a message, never a traceback.
"""

from __future__ import annotations

from datetime import date

from devices.errors import DeviceError


class IdCardError(DeviceError):
    """A fault of the ID-card reader or of the card on it."""


class ReaderSilent(IdCardError):
    """The port is open but no reader answers (switched off, wrong port or baud rate)."""

    def __init__(self, seconds: float, *, port: str | None = None) -> None:
        self.seconds = seconds
        self.port = port
        where = f" on {port}" if port else ""
        super().__init__(
            f"The ID-card reader{where} did not answer within {seconds:g} s: check that it is "
            "switched on and that the port and baud rate are right."
        )


class GarbledAnswer(IdCardError):
    """The reader's answers arrive damaged (bad checksums, noise): a loose cable."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(f"The ID-card reader's answer was damaged ({detail}); check the cable.")


# SW3 of GA 467 that are faults, with what they mean for the person at the reader.
SAM_STATUS_TEXT: dict[int, str] = {
    0x10: "the reader got a frame with a wrong checksum from us",
    0x11: "the reader got a frame with a wrong length from us",
    0x21: "the reader does not know the command",
    0x23: "the reader is not authorised for this command",
    0x24: "the reader reports an unknown error",
    0x31: "the card did not accept the reader (authentication failed)",
    0x32: "the reader did not accept the card (authentication failed)",
    0x33: "the card's data failed verification",
    0x40: "this is not a resident ID card",
    0x41: "reading the card failed",
    0x47: "the reader could not get a random number from the card",
    0x60: "the reader's self-test failed; it accepts no commands",
    0x66: "the reader is not authorised for use",
}


class SamStatusError(IdCardError):
    """The reader answered with a status word that is a fault.

    Attributes:
        status: SW3, the reader's own status byte.
        words: all three status words as shown to an engineer (``"00 00 41"``).
    """

    def __init__(self, status: int, words: str, command: str) -> None:
        self.status = status
        self.words = words
        self.command = command
        meaning = SAM_STATUS_TEXT.get(status, "an undocumented status")
        super().__init__(f"ID-card reader: {meaning} (status {words} to {command}).")


class FrameRejected(SamStatusError):
    """The reader rejected our frame (SW3 ``10`` checksum, ``11`` length): line noise."""


class UnknownCommand(SamStatusError):
    """SW3 ``21``: the reader does not know the command (another protocol?)."""


class CardReadFailed(SamStatusError):
    """SW3 ``41`` and friends: the card was found but its data could not be read."""


def sam_error(status: int, words: str, command: str) -> SamStatusError:
    """The typed error for a fault status word."""
    if status in (0x10, 0x11):
        return FrameRejected(status, words, command)
    if status == 0x21:
        return UnknownCommand(status, words, command)
    if status in (0x31, 0x32, 0x33, 0x41, 0x47):
        return CardReadFailed(status, words, command)
    return SamStatusError(status, words, command)


class NoCardPlaced(IdCardError):
    """No card was placed on the reader in the time allowed."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"No ID card was placed on the reader within {seconds:g} s.")


class CardRemovedTooEarly(IdCardError):
    """The card was lifted before its data had been read."""

    def __init__(self) -> None:
        super().__init__(
            "The ID card was removed too early: place it again and leave it until the beep."
        )


class UnreadableCard(IdCardError):
    """The card stays on the reader but cannot be read (damaged chip, not an ID card)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"The ID card cannot be read: {reason}. Please go to a counter.")


class CardRefused(IdCardError):
    """The card was read but cannot be used."""


class CardExpired(CardRefused):
    """The card's validity ended before today."""

    def __init__(self, valid_to: date) -> None:
        self.valid_to = valid_to
        super().__init__(
            f"This ID card expired on {valid_to.isoformat()}: please use a valid ID card."
        )


class InvalidCardIdNumber(CardRefused):
    """The ID number read from the card breaks GB 11643 (a forged or damaged card)."""

    def __init__(self, id_number: str, reason: str) -> None:
        self.id_number = id_number
        self.reason = reason
        super().__init__(f"The ID number on this card is not valid: {reason}.")
