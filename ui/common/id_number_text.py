"""What is wrong with an ID number, said in the interface language (the domain's reasons
are English): for every form that takes one."""

from __future__ import annotations

import re

from services.core.errors import InvalidIdNumber
from services.core.id_numbers import LENGTH, validate_id_number
from ui.qt import QCoreApplication


def id_problem(text: str) -> str | None:
    """Why ``text`` is not a valid ID number, in the interface language; None when valid."""
    try:
        validate_id_number(text)
    except InvalidIdNumber as exc:
        return describe_id_error(str(exc))
    return None


def _fill(text: str, *values: str) -> str:
    for index, value in enumerate(values, start=1):
        text = text.replace(f"%{index}", value)
    return text


def describe_id_error(message: str) -> str:
    """The domain's precise reason (in English) as a sentence in the interface language."""
    translate = QCoreApplication.translate
    if match := re.search(r"no such date: (\d{4})-(\d{2})-(\d{2})", message):
        year, month, day = match.groups()
        shown = f"{year}-{month}-{day}"
        if (month, day) == ("02", "29"):
            text = translate("ResidentPanel", "No such birth date: %1 (%2 is not a leap year).")
            return _fill(text, shown, year)
        return _fill(translate("ResidentPanel", "No such birth date: %1 does not exist."), shown)
    if match := re.search(r"no such birth date: month (\d+)", message):
        text = translate(
            "ResidentPanel", "No such birth date: there is no month %1 (months are 01 to 12)."
        )
        return _fill(text, match.group(1))
    if match := re.search(r"bad check digit: expected (.), got (.)", message):
        text = translate(
            "ResidentPanel",
            "Bad check digit: the last character should be %1, not %2. "
            "Check the number for a typing mistake.",
        )
        return _fill(text, *match.groups())
    if match := re.search(r"wrong length: .* has (\d+)", message):
        text = translate(
            "ResidentPanel", "Wrong length: an ID number has 18 characters, this one has %1."
        )
        return _fill(text, match.group(1))
    if match := re.search(r"non-digit '(.)' at position (\d+)", message):
        text = translate(
            "ResidentPanel", "%1 at position %2 is not a digit: the first 17 characters are digits."
        )
        return _fill(text, *match.groups())
    if match := re.search(r"bad check character '(.)'", message):
        text = translate("ResidentPanel", "The last character is a digit or X, not %1.")
        return _fill(text, match.group(1))
    if match := re.search(r"no such province code: (\d+)", message):
        return _fill(translate("ResidentPanel", "No province has the code %1."), match.group(1))
    if match := re.search(r"birth year (\d+) is before (\d+)", message):
        text = translate("ResidentPanel", "Birth year %1 is before %2.")
        return _fill(text, *match.groups())
    if match := re.search(r"birth date ([\d-]+) is in the future", message):
        text = translate("ResidentPanel", "The birth date %1 is in the future.")
        return _fill(text, match.group(1))
    return message


def prefix_problem(value: str) -> str | None:
    """A mistake already visible in the first characters of an ID number being typed."""
    for position, char in enumerate(value[: LENGTH - 1], start=1):
        if not char.isdigit() or not char.isascii():
            text = QCoreApplication.translate(
                "ResidentPanel",
                "%1 at position %2 is not a digit: the first 17 characters are digits.",
            )
            return _fill(text, char, str(position))
    return None
