"""The shared table model (ui.common.table_model.RowsModel) and the counter's and mediation's models
built on it: model tester, sorting that keeps the selection, colours, tooltips, texts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from pytestqt.modeltest import ModelTester

from services.queue.reads import WaitingTicket
from ui.common import theme
from ui.common.table_model import Column, RowsModel
from ui.counter.request_list import RequestListModel, RequestRow
from ui.counter.waiting_model import WaitingModel
from ui.mediation.model import CaseRow, CaseTableModel
from ui.qt import QBrush, QPersistentModelIndex, Qt

NOW = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
DISPLAY = Qt.ItemDataRole.DisplayRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@dataclass(frozen=True)
class Item:
    name: str
    count: int | None


def items_model() -> RowsModel[Item]:
    return RowsModel(
        [
            Column(lambda: "Name", lambda i: i.name, name="name"),
            Column(
                lambda: "Count",
                lambda i: i.count,
                name="count",
                align_right=True,
                colour=lambda i: theme.RED if i.count is None else None,
                tooltip=lambda i: "unknown" if i.count is None else None,
                sort_key=lambda i: (i.count is None, i.count or 0),
            ),
        ]
    )


def texts(model: RowsModel[object], column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_rows_model_sorts_keeping_the_selection_and_the_order(
    qtmodeltester: ModelTester,
) -> None:
    model = items_model()
    model.set_rows([Item("b", 2), Item("a", None), Item("c", 10)])
    qtmodeltester.check(model, force_py=True)
    selected = QPersistentModelIndex(model.index(0, 0))  # "b"
    model.sort(model.column_of("count"), Qt.SortOrder.AscendingOrder)
    assert texts(model, 1) == ["2", "10", "—"]  # by number, not text; unknown last
    assert model.data(selected) == "b"
    assert selected.row() == 0
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert texts(model, 0) == ["c", "b", "a"]
    assert selected.row() == 1
    # new rows arrive in the chosen order
    model.set_rows([Item("d", 1), Item("e", 5)])
    assert texts(model, 0) == ["e", "d"]
    assert model.find(lambda i: i.name == "d") == 1
    assert model.find(lambda i: i.name == "zzz") is None
    model.set_rows([Item("x", None)])
    unknown = model.index(0, 1)
    brush = model.data(unknown, FOREGROUND)
    assert isinstance(brush, QBrush)
    assert brush.color().name() == theme.RED.lower()
    assert model.data(unknown, TOOLTIP) == "unknown"
    assert model.data(model.index(0, 0), FOREGROUND) is None
    assert model.data(unknown, Qt.ItemDataRole.UserRole) == -1.0


def test_a_text_cell_cut_short_can_be_read_whole_in_its_tooltip() -> None:
    model = items_model()
    place = "中关村街道 / 海淀社区 / 第二网格"
    model.set_rows([Item(place, 3)])
    assert model.data(model.index(0, 0), TOOLTIP) == place
    assert model.data(model.index(0, 1), TOOLTIP) is None  # a figure is never cut short


def waiting(code: str, minutes: int, **changes: object) -> WaitingTicket:
    values: dict[str, object] = {
        "id": minutes,
        "code": code,
        "service_code": code[0],
        "priority_reason": None,
        "transferred": False,
        "issued_at": NOW - timedelta(minutes=minutes, seconds=30),
        "queue_since": NOW,
        "status": "waiting",
        "hold_until": None,
    }
    values.update(changes)
    return WaitingTicket(**values)  # type: ignore[arg-type]


def test_waiting_model_shows_the_queue_in_its_order(qtmodeltester: ModelTester) -> None:
    model = WaitingModel("en")
    rows = [
        waiting("C001", 3, priority_reason="elderly"),
        waiting("A002", 12, transferred=True),
        waiting("A001", 20, status="held"),
        waiting("B004", -1),  # a clock a little ahead: never a negative wait
    ]
    model.set_rows(rows, now=NOW)
    qtmodeltester.check(model, force_py=True)
    assert texts(model, 0) == ["C001", "A002", "A001", "B004"]
    assert texts(model, 1) == ["C", "A", "A", "B"]
    assert texts(model, 2) == ["Elderly", "transferred", "held", ""]
    assert texts(model, 3) == ["3", "12", "20", "0"]
    assert model.row_at(0).code == "C001"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Waited (min)"


def request_row(number: str, *, overdue: bool) -> RequestRow:
    return RequestRow(
        id=int(number[-3:]),
        number=number,
        status="accepted",
        resident_name="张三",
        resident_id_masked="110105********002X",
        service_code="A",
        service_name="Household registration",
        promised_by=date(2026, 12, 3),
        overdue=overdue,
        ticket_code=None,
    )


def test_request_model_marks_overdue_rows(qtmodeltester: ModelTester) -> None:
    model = RequestListModel("en")
    model.set_rows(
        [request_row("R-2026-000001", overdue=True), request_row("R-2026-000002", overdue=False)]
    )
    qtmodeltester.check(model, force_py=True)
    assert texts(model, 1) == ["accepted · overdue", "accepted"]
    assert texts(model, 4) == ["A Household registration"] * 2
    for column in range(model.columnCount()):
        late, fine = model.index(0, column), model.index(1, column)
        assert model.data(late, FOREGROUND).color().name() == theme.RED.lower()
        assert model.data(late, TOOLTIP) == "Overdue: past the promised date"
        assert model.data(fine, FOREGROUND) is None
        assert model.data(fine, TOOLTIP) is None
    assert model.row_of(2) == 1


def case_row(number: str, **changes: object) -> CaseRow:
    values: dict[str, object] = {
        "id": int(number[-3:]),
        "number": number,
        "state": "registered",
        "state_text": "Registered",
        "dispute_type_text": "Neighbours",
        "channel_text": "—",
        "applicants": "张三",
        "applicant_id_masked": "—",
        "respondents": "李四",
        "registered": date(2026, 11, 2),
        "due": None,
        "overdue": False,
        "escalation_risk": False,
    }
    values.update(changes)
    return CaseRow(**values)  # type: ignore[arg-type]


def test_case_model_colours_tooltips_and_sort_keys() -> None:
    model = CaseTableModel("en")
    model.set_rows(
        [
            case_row("M-2026-000003", due=date(2026, 12, 1)),
            case_row("M-2026-000001", overdue=True, due=date(2026, 11, 20)),
            case_row("M-2026-000002", escalation_risk=True, registered=date(2026, 11, 1)),
        ]
    )
    number, state, due = (model.COLUMNS.index(n) for n in ("number", "state", "due"))
    risky = model.row_of(2)
    late = model.row_of(1)
    assert risky is not None
    assert late is not None
    assert model.data(model.index(risky, number)) == "M-2026-000002 ⚠"
    assert model.data(model.index(risky, number), FOREGROUND).color().name() == theme.AMBER.lower()
    assert model.data(model.index(late, state)) == "Registered · overdue"
    assert model.data(model.index(late, due), FOREGROUND).color().name() == theme.RED.lower()
    assert model.data(model.index(late, number), FOREGROUND) is None
    assert model.data(model.index(late, state), TOOLTIP) == (
        "Registered · overdue\nOverdue: a deadline of this case has passed"
    )
    assert model.data(model.index(risky, 4), TOOLTIP) == "张三\nRisk of escalation"
    model.sort(due, Qt.SortOrder.AscendingOrder)  # by date, cases without one last
    assert [r.number[-1] for r in model.rows] == ["1", "3", "2"]
    model.sort(state, Qt.SortOrder.AscendingOrder)  # overdue first
    assert model.rows[0].number == "M-2026-000001"
    model.sort(model.COLUMNS.index("registered"), Qt.SortOrder.DescendingOrder)
    assert [r.number[-1] for r in model.rows] == ["3", "1", "2"]
