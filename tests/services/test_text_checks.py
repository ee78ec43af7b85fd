"""The one rule set for typed text (services.core.text_checks), and the staff names built on it:
examples of each rule, and hypothesis properties of whatever is accepted."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.accounts.staff import FULL_NAME_LIMIT, USERNAME_LIMIT, check_full_name, check_username
from services.core.errors import TextProblem, TextRefused, ValidationError
from services.core.text_checks import REFUSED_CATEGORIES, clean_text, refuse_control_characters

ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=80)
NASTY = st.sampled_from(
    ["\x00", "\x1b[31m", "\r", "\n", "\t", "\x85", "\u2028", "\u2029", "\u200b", "\u202e"]
    + ["\ufeff", "\ud800", "\udfff", "\ue000", "\u0378", "\u3000", "e\u0301", "😀", "𠀀", "张"]
)
MIXED = st.lists(st.one_of(NASTY, st.text(max_size=8)), max_size=10).map("".join)


def outcome(check: Callable[[], str], what: str) -> str | None:
    """What ``check`` accepted, or None when it refused the text naming ``what``."""
    refusal: TextRefused | None = None
    try:
        return check()
    except TextRefused as exc:
        refusal = exc
    assert refusal.what == what
    assert str(refusal).startswith(f"The {what} ")
    return None


@pytest.mark.parametrize(
    ("value", "problem", "message"),
    [
        ("", TextProblem.EMPTY, "The note cannot be empty."),
        (" \u3000\n ", TextProblem.EMPTY, "The note cannot be empty."),
        ("长" * 11, TextProblem.TOO_LONG, "The note is at most 10 characters (11 given)."),
        ("two\nlines", TextProblem.LINE_BREAK, "The note cannot contain line breaks or tabs."),
        ("a\tb", TextProblem.LINE_BREAK, "line breaks or tabs"),
        ("a\x07b", TextProblem.REFUSED_CHARACTER, "not allowed (U+0007)"),
        ("a\u202eb", TextProblem.REFUSED_CHARACTER, "not allowed (U+202E)"),  # direction override
        ("a\u200bb", TextProblem.REFUSED_CHARACTER, "not allowed (U+200B)"),  # zero width
        ("a\ud800b", TextProblem.REFUSED_CHARACTER, "not allowed (U+D800)"),  # lone surrogate
        ("a\ue000b", TextProblem.REFUSED_CHARACTER, "not allowed (U+E000)"),  # private use
        ("a\u0378b", TextProblem.REFUSED_CHARACTER, "not allowed (U+0378)"),  # unassigned
        ("a\u2028b", TextProblem.REFUSED_CHARACTER, "not allowed (U+2028)"),  # line separator
    ],
)
def test_each_rule_is_refused_with_its_own_typed_error(
    value: str, problem: TextProblem, message: str
) -> None:
    with pytest.raises(TextRefused) as raised:
        clean_text(value, "note", max_length=10, required=True)
    assert raised.value.problem is problem
    assert raised.value.what == "note"
    assert message in str(raised.value)
    assert isinstance(raised.value, ValidationError)  # every caller's except clause still works


def test_what_is_kept_and_how() -> None:
    assert clean_text("  张三\u3000 ", "name", max_length=5) == "张三"
    assert clean_text("e\u0301", "name", max_length=5) == "é"  # NFC: one character
    assert clean_text("", "name", max_length=5) == ""  # optional
    assert clean_text("a\r\nb\rc\td", "note", max_length=20, multiline=True) == "a\nb\nc\td"
    assert clean_text("中\u3000文", "name", max_length=5) == "中\u3000文"  # ideographic space
    assert clean_text("𠀀😀", "name", max_length=5) == "𠀀😀"  # beyond the BMP
    with pytest.raises(TextRefused) as raised:
        clean_text(None, "name", max_length=5)  # type: ignore[arg-type]
    assert raised.value.problem is TextProblem.NOT_TEXT


def test_the_character_check_alone_returns_the_text_unchanged() -> None:
    text = " keep\r\nme\t "
    assert refuse_control_characters(text, "note", multiline=True) is text
    with pytest.raises(TextRefused, match="line breaks"):
        refuse_control_characters(text, "note")


@given(value=st.one_of(ANY_TEXT, MIXED), multiline=st.booleans())
def test_accepted_text_is_clean_printable_and_stable(value: str, multiline: bool) -> None:
    text = outcome(lambda: clean_text(value, "note", max_length=40, multiline=multiline), "note")
    if text is None:
        return
    assert len(text) <= 40
    assert text == text.strip()
    assert unicodedata.is_normalized("NFC", text)
    assert not any(unicodedata.category(c) in REFUSED_CATEGORIES and c not in "\n\t" for c in text)
    if not multiline:
        assert not any(c in "\n\r\t" for c in text)
    assert "\r" not in text
    text.encode("gb18030")  # the printers' encoding carries every accepted text
    assert clean_text(text, "note", max_length=40, multiline=multiline) == text


# --- staff names ---------------------------------------------------------------------------


@given(value=st.one_of(ANY_TEXT, MIXED, st.text(min_size=60, max_size=70)))
def test_an_accepted_user_name_is_one_printable_word(value: str) -> None:
    name = outcome(lambda: check_username(value), "user name")
    if name is None:
        return
    assert 1 <= len(name) <= USERNAME_LIMIT
    assert not any(c.isspace() for c in name)
    assert all(c.isprintable() for c in name)
    name.encode("gb18030")


@given(value=st.one_of(ANY_TEXT, MIXED, st.text(min_size=95, max_size=110)))
def test_an_accepted_full_name_is_one_printable_line(value: str) -> None:
    name = outcome(lambda: check_full_name(value, required=True), "full name")
    if name is None:
        return
    assert 1 <= len(name) <= FULL_NAME_LIMIT
    assert "\n" not in name
    assert all(c.isprintable() or unicodedata.category(c) == "Zs" for c in name)
    name.encode("gb18030")


@pytest.mark.parametrize(
    ("username", "problem"),
    [
        ("li na", TextProblem.SPACE),
        ("li\u3000na", TextProblem.SPACE),
        ("li\tna", TextProblem.LINE_BREAK),
        ("", TextProblem.EMPTY),
        ("u" * (USERNAME_LIMIT + 1), TextProblem.TOO_LONG),
        ("li\x1bna", TextProblem.REFUSED_CHARACTER),
        ("li\ud83dna", TextProblem.REFUSED_CHARACTER),
    ],
)
def test_user_name_refusals(username: str, problem: TextProblem) -> None:
    with pytest.raises(TextRefused) as raised:
        check_username(username)
    assert raised.value.problem is problem


def test_good_names() -> None:
    assert check_username("  li.na ") == "li.na"
    assert check_username("李娜") == "李娜"
    assert check_full_name("  欧阳 娜娜 ") == "欧阳 娜娜"
    assert check_full_name("") == ""
    with pytest.raises(TextRefused, match="full name cannot be empty"):
        check_full_name(" ", required=True)
