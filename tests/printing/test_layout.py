from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from printing.layout import display_width, label_value, numbered, two_columns, wrap
from printing.textcodec import column_measure


def test_display_width_counts_cjk_and_full_width_as_two() -> None:
    assert display_width("abc") == 3
    assert display_width("政务") == 4
    assert display_width("，。：（）「」") == 14
    assert display_width("Ａ") == 2  # full-width Latin
    assert display_width("e\u0301") == 1  # a combining mark takes no column


def test_wrap_breaks_english_at_spaces() -> None:
    assert wrap("The quick brown fox jumps over the lazy dog", 12) == [
        "The quick",
        "brown fox",
        "jumps over",
        "the lazy dog",
    ]


def test_wrap_hard_breaks_overlong_words() -> None:
    assert wrap("Supercalifragilistic", 8) == ["Supercal", "ifragili", "stic"]


def test_wrap_never_splits_a_cjk_character() -> None:
    lines = wrap("政务服务中心", 5)
    assert lines == ["政务", "服务", "中心"]
    assert all(display_width(line) <= 5 for line in lines)


def test_wrap_keeps_closing_punctuation_off_the_line_start() -> None:
    lines = wrap("这是一个很长的句子。", 8)
    assert lines == ["这是一个", "很长的句", "子。"]
    lines = wrap("这是一个很长的句。", 8)
    assert lines == ["这是一个", "很长的", "句。"]  # "。" pulls "句" down with it
    assert not any(line.startswith("。") for line in lines)


def test_wrap_keeps_opening_brackets_off_the_line_end() -> None:
    assert wrap("有限公司（单位）", 10) == ["有限公司", "（单位）"]


def test_wrap_empty_text_and_blank_lines() -> None:
    assert wrap("", 10) == []
    assert wrap("a\n\nb", 10) == ["a", "", "b"]


def test_wrap_rejects_too_few_columns() -> None:
    with pytest.raises(ValueError, match="columns"):
        wrap("abc", 1)


def test_wrap_of_a_500_character_name() -> None:
    name = "欧阳" * 125 + "Alexander" * 20
    lines = wrap(name, 32)
    assert "".join(lines) == name
    assert all(display_width(line) <= 32 for line in lines)


def test_two_columns_fills_the_line() -> None:
    assert two_columns("人数", "3", 10) == ["人数     3"]
    lines = two_columns("很长很长的标签", "很长很长的值", 10)
    assert all(display_width(line) <= 10 for line in lines)
    assert lines[-1].endswith("值")


def test_label_value_hangs_the_value() -> None:
    lines = label_value("姓名：", "张三" * 10, 16)
    assert lines[0].startswith("姓名：张三")
    assert all(line.startswith("      ") for line in lines[1:])
    assert all(display_width(line) <= 16 for line in lines)


def test_label_value_with_a_long_label_puts_the_value_below() -> None:
    lines = label_value("一个非常非常长的标签：", "值", 16)
    assert lines[-1] == "  值"


def test_numbered_items() -> None:
    assert numbered(["甲", "乙"], 20) == ["1. 甲", "2. 乙"]


texts = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from("政务服务中心，。：（）「」 abc defg "),
    ),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=2, max_value=60))
def test_wrap_never_exceeds_the_columns(text: str, columns: int) -> None:
    for line in wrap(text, columns):
        assert display_width(line) <= columns


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(min_value=2, max_value=60))
def test_wrap_with_the_printer_measure_never_exceeds_the_columns(text: str, columns: int) -> None:
    measure = column_measure(chinese=True)
    for line in wrap(text, columns, measure=measure):
        assert measure(line) <= columns


@settings(max_examples=200, deadline=None)
@given(texts, texts, st.integers(min_value=4, max_value=60))
def test_label_value_and_two_columns_never_exceed_the_columns(
    label: str, value: str, columns: int
) -> None:
    for line in label_value(label, value, columns) + two_columns(label, value, columns):
        assert display_width(line) <= columns


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdefghij 政务，", max_size=120), st.integers(min_value=2, max_value=40))
def test_wrap_keeps_every_visible_character(text: str, columns: int) -> None:
    assert "".join(wrap(text, columns)).replace(" ", "") == text.replace(" ", "")
