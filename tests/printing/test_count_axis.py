"""Chart axes for counts carry whole numbers only, on the screen and in the report PDF."""

from __future__ import annotations

from printing.report_data import count_axis


def test_count_axes_are_whole_and_round() -> None:
    for top in [0, 0.5, *range(1, 3000)]:
        ceiling, step = count_axis(top)
        assert ceiling >= top
        assert ceiling % step == 0
        assert ceiling // step <= 6
        assert str(step).strip("0") in ("1", "2", "5"), step
    assert count_axis(3) == (3, 1)
    assert count_axis(26) == (30, 5)
