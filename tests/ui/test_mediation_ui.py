"""The mediation panel: the case list's filters and search, the detail with its timeline, the
dialogs that offer only legal moves, a whole mediation walked through the panel, masked ID
numbers with an audited reveal, the documents, and errors shown as messages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from devices.virtual_printer import VirtualPrinter
from printing.decoder import decode, decoded_text
from services.core.actors import Actor, Role
from services.core.clock import utc_now
from services.core.settings import PrinterSettings
from services.mediation import common as mediation_common
from services.mediation import intake as mediation_intake
from services.mediation import queries as mediation_queries
from services.storage.db import Database, open_database
from services.storage.models import AuditLog
from tests.services.mediation_helpers import ID_WANG, ID_ZHANG, Clock, drive, register
from tests.ui import mediation_look
from ui.common.print_station import PrintStation
from ui.mediation.dialogs import AgreePage, ReferPage, TransitionDialog
from ui.mediation.intake import CaseIntakeDialog
from ui.mediation.listing import MediationPanel
from ui.mediation.model import CaseTableModel
from ui.qt import QImage, QLabel, Qt, QTableWidget, QWidget

TIMEOUT = 10_000
COUNTER = Actor("li.counter", Role.COUNTER)
MEDIATOR = Actor("zhao.mediator", Role.MEDIATOR)
MANAGER = Actor("chen.manager", Role.MANAGER)
MASKED_ZHANG = ID_ZHANG[:6] + "********" + ID_ZHANG[-4:]


def recent_clock(days_ago: int = 0) -> Clock:
    """A test clock an hour (plus ``days_ago``) in the past, so the panel's own operations,
    which run at the real time, come after everything seeded."""
    return Clock(utc_now() - timedelta(days=days_ago, hours=1))


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def make_panel(
    qtbot: QtBot,
    database: Database,
    actor: Actor = MANAGER,
    print_station: PrintStation | None = None,
) -> MediationPanel:
    panel = MediationPanel(database, actor, "en", print_station)
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    panel.start()
    qtbot.waitUntil(lambda: panel.list.loads > 0, timeout=TIMEOUT)
    return panel


@pytest.fixture
def panels(qtbot: QtBot) -> Iterator[list[MediationPanel]]:
    """Panels made by a test, shut down (their worker threads stopped) at its end."""
    made: list[MediationPanel] = []
    yield made
    for panel in made:
        panel.shutdown()


def open_case(qtbot: QtBot, panel: MediationPanel, case_id: int) -> mediation_queries.CaseDetail:
    panel.list.select_case(case_id)
    panel.open_case(case_id)
    qtbot.waitUntil(
        lambda: panel.current is not None and panel.current.case.id == case_id, timeout=TIMEOUT
    )
    assert panel.current is not None
    return panel.current


def wait_state(qtbot: QtBot, panel: MediationPanel, state: str) -> mediation_queries.CaseDetail:
    qtbot.waitUntil(
        lambda: panel.current is not None and panel.current.case.state == state,
        timeout=TIMEOUT,
    )
    assert panel.current is not None
    return panel.current


def listed(panel: MediationPanel) -> list[str]:
    return [row.number for row in panel.list.model.rows]


def filter_list(qtbot: QtBot, panel: MediationPanel, **filters: object) -> list[str]:
    before = panel.list.loads
    panel.list.set_filters(**filters)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: panel.list.loads > before, timeout=TIMEOUT)
    return listed(panel)


def texts_in(widget: QWidget) -> str:
    """Every text a person can read in ``widget``: labels and table cells."""
    parts = [label.text() for label in widget.findChildren(QLabel)]
    for table in widget.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    parts.append(item.text())
    model = widget.findChildren(CaseTableModel)
    for case_model in model:
        for row in range(case_model.rowCount()):
            for column in range(case_model.columnCount()):
                parts.append(str(case_model.data(case_model.index(row, column))))
    return "\n".join(parts)


def seed_three(database: Database) -> dict[str, mediation_common.CaseInfo]:
    """A registered neighbour dispute, a referral overdue for feedback, a case in mediation."""
    with database.writer() as session:
        late = Clock(utc_now() - timedelta(days=20))
        referred = drive(session, late, register(session, late), "referred")
        clock = recent_clock()
        registered = register(session, clock)
        mediating = drive(
            session,
            clock,
            register(
                session,
                clock,
                applicants=[mediation_intake.PersonParty("刘洋", phone="13500000000")],
                respondents=[mediation_intake.OrganisationParty("宏达建筑劳务有限公司")],
                dispute_type="labour",
                facts="拖欠工资。",
            ),
            "in_mediation",
        )
    return {"referred": referred, "registered": registered, "mediating": mediating}


# --- the list --------------------------------------------------------------------------------


def test_the_list_filters_and_searches(
    qtbot: QtBot, database: Database, panels: list[MediationPanel]
) -> None:
    cases = seed_three(database)
    panel = make_panel(qtbot, database)
    panels.append(panel)
    numbers = {key: info.number for key, info in cases.items()}
    assert sorted(listed(panel)) == sorted(numbers.values())
    assert filter_list(qtbot, panel, state="referred") == [numbers["referred"]]
    assert filter_list(qtbot, panel, overdue=True) == [numbers["referred"]]
    assert "1 overdue" in panel.list.count_label.text()
    assert filter_list(qtbot, panel, dispute_type="labour") == [numbers["mediating"]]
    assert sorted(filter_list(qtbot, panel, channel="peoples")) == sorted(
        [numbers["referred"], numbers["mediating"]]
    )
    assert filter_list(qtbot, panel, query="宏达") == [numbers["mediating"]]
    assert filter_list(qtbot, panel, query=numbers["registered"][-3:]) == [numbers["registered"]]
    assert filter_list(qtbot, panel, state="agreed") == []
    assert "0 cases" in panel.list.count_label.text()
    assert sorted(filter_list(qtbot, panel)) == sorted(numbers.values())

    # the overdue referral stands out, and sorting by number keeps the selection
    row = panel.list.model.row_of(cases["referred"].id)
    assert row is not None
    index = panel.list.model.index(row, CaseTableModel.COLUMNS.index("state"))
    assert "overdue" in str(panel.list.model.data(index))
    panel.list.select_case(cases["mediating"].id)
    panel.list.view.sortByColumn(0, panel.list.view.horizontalHeader().sortIndicatorOrder())
    assert panel.list.selected_id() == cases["mediating"].id
    assert listed(panel) == sorted(listed(panel)) or listed(panel) == sorted(
        listed(panel), reverse=True
    )


def test_the_case_model_passes_the_model_tester(
    qtmodeltester: ModelTester, database: Database
) -> None:
    seed_three(database)
    with database.reader() as session:
        infos = mediation_queries.list_cases(session, MANAGER)
    model = CaseTableModel("en")
    model.set_cases(infos)
    qtmodeltester.check(model, force_py=True)  # stays connected: it checks every change below
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
    model.set_cases(infos[:1])
    model.set_cases([])
    model.set_cases(infos)
    assert model.rowCount() == len(infos)


# --- the detail -------------------------------------------------------------------------------


def test_the_detail_shows_the_timeline_and_masked_ids_only(
    qtbot: QtBot, database: Database, panels: list[MediationPanel]
) -> None:
    cases = seed_three(database)
    panel = make_panel(qtbot, database)
    panels.append(panel)
    detail = open_case(qtbot, panel, cases["referred"].id)
    widget = panel.detail
    assert widget.number_label.text() == cases["referred"].number
    assert widget.state_badge.text() == "Referred"
    assert widget.overdue_badge.isVisibleTo(panel)
    assert widget.timeline.rowCount() == len(detail.timeline) == 2
    events = [widget.timeline.item(r, 2).text() for r in range(2)]  # newest first
    assert events == ["Registered → Referred", "Registered"]
    assert "Feedback due" in texts_in(widget)
    assert widget.reminders.rowCount() == 1
    assert "overdue" in widget.reminders.item(0, 1).text()
    assert set(widget.step_buttons) == {"acknowledged"}
    assert widget.document_buttons["referral"].isEnabled()
    assert not widget.document_buttons["agreement"].isEnabled()

    shown = texts_in(panel)
    assert MASKED_ZHANG in shown
    for full in (ID_ZHANG, ID_WANG):
        assert full not in shown
        assert full[6:14] not in shown  # not even the date of birth


def test_reveal_is_audited_and_only_for_permitted_roles(
    qtbot: QtBot, database: Database, panels: list[MediationPanel]
) -> None:
    cases = seed_three(database)
    counter = make_panel(qtbot, database, COUNTER)
    panels.append(counter)
    open_case(qtbot, counter, cases["registered"].id)
    assert not any(
        counter.detail.parties.cellWidget(row, 5)
        for row in range(counter.detail.parties.rowCount())
    )
    assert ID_ZHANG not in texts_in(counter)

    panel = make_panel(qtbot, database, MANAGER)
    panels.append(panel)
    detail = open_case(qtbot, panel, cases["registered"].id)
    zhang = next(p for p in detail.case.parties if p.name == "张秀兰")
    row = list(detail.case.parties).index(zhang)
    assert panel.detail.parties.cellWidget(row, 5) is not None  # the Reveal button
    assert panel.detail.parties.item(row, 2).text() == MASKED_ZHANG
    panel.reveal_party_id(zhang.id, "核对身份")
    qtbot.waitUntil(lambda: panel.detail.parties.item(row, 2).text() == ID_ZHANG, timeout=TIMEOUT)
    with database.reader() as session:
        audit = session.scalars(
            select(AuditLog).where(AuditLog.action == "mediation.reveal_id")
        ).one()
    assert audit.actor == MANAGER.name
    assert audit.target_id == detail.case.number
    assert audit.details["reason"] == "核对身份"
    panel.detail.hide_revealed()
    assert panel.detail.parties.item(row, 2).text() == MASKED_ZHANG

    # a reveal without a reason is refused by the domain, shown as a message
    panel.reveal_party_id(zhang.id, "  ")
    qtbot.waitUntil(lambda: "why" in panel.message.text().lower(), timeout=TIMEOUT)
    assert ID_ZHANG not in texts_in(panel)


# --- dialogs ---------------------------------------------------------------------------------


def test_the_dialog_offers_only_legal_moves_the_actor_may_make(
    qtbot: QtBot, database: Database, panels: list[MediationPanel]
) -> None:
    cases = seed_three(database)
    panel = make_panel(qtbot, database, MANAGER)
    panels.append(panel)
    open_case(qtbot, panel, cases["registered"].id)
    dialog = panel.detail.open_transition()
    assert isinstance(dialog, TransitionDialog)
    assert dialog.targets() == ["declined", "referred", "accepted"]
    assert "agreed" not in dialog.targets()
    with pytest.raises(ValueError, match="agreed"):
        dialog.set_target("agreed")
    dialog.reject()

    open_case(qtbot, panel, cases["mediating"].id)
    dialog = panel.detail.open_transition()
    assert dialog is not None
    assert dialog.targets() == ["agreed", "failed", "terminated"]
    dialog.reject()

    counter = make_panel(qtbot, database, COUNTER)
    panels.append(counter)
    open_case(qtbot, counter, cases["mediating"].id)
    dialog = counter.detail.open_transition()
    assert dialog is not None
    assert dialog.targets() == []  # mediating is the mediation room's work
    assert not dialog.ok_button().isEnabled()
    assert dialog.message.isVisibleTo(dialog)
    dialog.reject()
    assert "" in counter.detail.step_buttons  # "None open to you"
    open_case(qtbot, counter, cases["registered"].id)
    assert set(counter.detail.step_buttons) == {"declined", "referred", "accepted"}


def test_the_refer_dialog_refers_and_a_missing_reason_stays_in_the_dialog(
    qtbot: QtBot, database: Database, panels: list[MediationPanel]
) -> None:
    cases = seed_three(database)
    panel = make_panel(qtbot, database, COUNTER)
    panels.append(panel)
    open_case(qtbot, panel, cases["registered"].id)

    dialog = panel.detail.open_transition("declined")
    assert dialog is not None
    dialog.send()  # no reason given
    assert dialog.isVisible()
    assert "reason" in dialog.message.text().lower()
    dialog.reject()

    dialog = panel.detail.open_transition("referred")
    assert dialog is not None
    page = dialog.page
    assert isinstance(page, ReferPage)
    judicial = next(b for b in page.context.bodies if b.channel == "judicial")
    page.select_body(judicial.id)
    dialog.note.setPlainText("当事人同意诉前调解")
    dialog.send()
    qtbot.waitUntil(lambda: panel.detail.dialog is None, timeout=TIMEOUT)  # closed on success
    detail = wait_state(qtbot, panel, "referred")
    assert detail.case.channel == "judicial"
    assert detail.receiving_body is not None
    assert detail.receiving_body.id == judicial.id
    assert detail.timeline[-1].note == "当事人同意诉前调解"
    assert panel.detail.document_buttons["referral"].isEnabled()
    qtbot.waitUntil(lambda: cases["registered"].number in panel.message.text(), timeout=TIMEOUT)


def test_a_domain_error_is_shown_in_the_dialog_and_keeps_what_was_typed(
    qtbot: QtBot, database: Database, panels: list[MediationPanel]
) -> None:
    cases = seed_three(database)
    panel = make_panel(qtbot, database, MEDIATOR)
    panels.append(panel)
    open_case(qtbot, panel, cases["mediating"].id)
    dialog = panel.detail.open_transition("agreed")
    assert dialog is not None
    page = dialog.page
    assert isinstance(page, AgreePage)
    today = panel.detail.dialog_context().today
    # a term due before the agreement takes effect: the domain refuses it
    page.set_terms([("赔偿2000元", today - timedelta(days=1))])
    dialog.send()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=TIMEOUT)
    assert "before the agreement takes effect" in dialog.message.text()
    assert dialog.isVisible()
    assert page.terms.item(0, 0).text() == "赔偿2000元"
    assert panel.current is not None
    assert panel.current.case.state == "in_mediation"
    dialog.reject()


def test_an_illegal_move_is_a_message_not_a_traceback(
    qtbot: QtBot, database: Database, panels: list[MediationPanel]
) -> None:
    cases = seed_three(database)
    panel = make_panel(qtbot, database, MANAGER)
    panels.append(panel)
    open_case(qtbot, panel, cases["registered"].id)
    panel.run_transition("agreed", kind="written", terms=[], effective=utc_now().date())
    qtbot.waitUntil(lambda: "cannot move to agreed" in panel.message.text(), timeout=TIMEOUT)
    assert "Traceback" not in panel.message.text()
    assert panel.current is not None
    assert panel.current.case.state == "registered"


# --- a whole mediation, and the documents ------------------------------------------------------


def test_a_full_walk_through_the_panel(
    qtbot: QtBot, db_url: str, tmp_path: Path, panels: list[MediationPanel]
) -> None:
    database = open_database(db_url)
    try:
        with database.writer() as session:
            case = register(session, recent_clock())
        panel = make_panel(qtbot, database, MANAGER)
        panels.append(panel)
        open_case(qtbot, panel, case.id)
        today = panel.detail.dialog_context().today

        panel.run_transition("accepted", channel="peoples", note="中心调解")
        detail = wait_state(qtbot, panel, "accepted")
        assert detail.case.mediation_due == today + timedelta(days=30)
        assert "Extend the mediation" in panel.detail.work_buttons["extend"].text()

        panel.run_transition("scheduled", on=today)
        detail = wait_state(qtbot, panel, "scheduled")
        assert detail.scheduled_for == today
        assert "reschedule" in panel.detail.work_buttons

        panel.run_transition(
            "in_mediation", held_on=today, mediators="赵丽华", attendees="双方", record="第一次调解"
        )
        detail = wait_state(qtbot, panel, "in_mediation")
        assert [s.mediators for s in detail.sessions] == ["赵丽华"]
        assert panel.detail.sessions.rowCount() == 1

        panel.run_work(
            "extend",
            applicant_consent=True,
            respondent_consent=True,
            consent_note="双方书面同意延期",
        )
        qtbot.waitUntil(
            lambda: panel.current is not None and panel.current.case.extended, timeout=TIMEOUT
        )

        panel.run_transition(
            "agreed",
            kind="written",
            terms=[("赔偿维修费2000元", today + timedelta(days=10)), ("赔礼道歉", today)],
            effective=today,
        )
        detail = wait_state(qtbot, panel, "agreed")
        assert [t.description for t in detail.terms] == ["赔偿维修费2000元", "赔礼道歉"]
        assert panel.detail.terms.rowCount() == 2
        assert [e.to_state for e in detail.timeline if e.kind == "transition"] == [
            "accepted",
            "scheduled",
            "in_mediation",
            "agreed",
        ]
        assert panel.detail.timeline.rowCount() == len(detail.timeline)
        assert set(panel.detail.step_buttons) == {"confirmation_applied", "performing"}
        assert panel.detail.document_buttons["agreement"].isEnabled()

        agreement = tmp_path / "agreement.pdf"
        notice = tmp_path / "notice.pdf"
        panel.detail.save_agreement_pdf(agreement)
        panel.detail.save_rights_notice_pdf(notice)
        qtbot.waitUntil(lambda: agreement.exists() and notice.exists(), timeout=TIMEOUT)
        qtbot.waitUntil(lambda: "notice.pdf" in panel.message.text(), timeout=TIMEOUT)
        for pdf in (agreement, notice):
            data = pdf.read_bytes()
            assert data.startswith(b"%PDF")
            assert ID_ZHANG.encode() not in data

        # the list shows the new state once the panel re-read it
        qtbot.waitUntil(
            lambda: any(r.id == case.id and r.state == "agreed" for r in panel.list.model.rows),
            timeout=TIMEOUT,
        )
    finally:
        for panel in panels:
            panel.shutdown()
        panels.clear()
        database.dispose()


def test_the_intake_dialog_registers_a_case(
    qtbot: QtBot, database: Database, panels: list[MediationPanel]
) -> None:
    panel = make_panel(qtbot, database, COUNTER)
    panels.append(panel)
    dialog = panel.new_case()
    assert isinstance(dialog, CaseIntakeDialog)
    table = dialog.parties
    table.set_text(0, "name", "张秀兰")
    table.set_text(0, "id", "11010519491231002")  # one digit short: the domain refuses it
    table.set_text(1, "name", "幸福物业服务有限公司")
    table.set_choice(1, "kind", "organisation")
    dialog.set_choice(dialog.type_combo, "property_management")
    dialog.facts.setPlainText("电梯长期故障。")
    dialog.risk.setChecked(True)
    dialog.send()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=TIMEOUT)
    assert dialog.isVisible()

    table.set_text(0, "id", ID_ZHANG)
    dialog.send()
    qtbot.waitUntil(lambda: panel.intake_dialog is None, timeout=TIMEOUT)  # closed on success
    detail = wait_state(qtbot, panel, "registered")
    assert detail.case.dispute_type == "property_management"
    assert detail.case.escalation_risk
    assert [p.name for p in detail.case.applicants] == ["张秀兰"]
    assert detail.case.respondents[0].is_organisation
    assert panel.detail.risk_badge.isVisibleTo(panel)
    qtbot.waitUntil(lambda: len(panel.list.model.rows) == 1, timeout=TIMEOUT)
    assert panel.list.model.rows[0].applicant_id_masked == MASKED_ZHANG
    assert ID_ZHANG not in texts_in(panel)


def test_the_short_referral_slip_prints_on_the_station_printer(
    qtbot: QtBot, database: Database, tmp_path: Path, panels: list[MediationPanel]
) -> None:
    cases = seed_three(database)
    printer = VirtualPrinter(tmp_path, name="counter-1-printer")
    station = PrintStation(database, PrinterSettings(), "counter-1", printer=printer)
    station.start()
    try:
        panel = make_panel(qtbot, database, COUNTER, print_station=station)
        panels.append(panel)
        open_case(qtbot, panel, cases["referred"].id)
        assert panel.detail.document_buttons["referral_short"].isEnabled()
        panel.detail.print_referral_short()
        qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=TIMEOUT)
        text = decoded_text(decode(printer.jobs[0].bin_path.read_bytes(), chinese=True))
        assert cases["referred"].number in text
        assert "张秀兰" in text
        assert ID_ZHANG not in text
        qtbot.waitUntil(lambda: "is printed" in panel.message.text(), timeout=TIMEOUT)
    finally:
        station.stop()


def test_the_look_helper_writes_screenshots_of_the_list_and_detail(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    ids = mediation_look.seed_cases(database)
    written = mediation_look.take_screenshots(
        database, ids["agreed"], tmp_path, (("en", "en"),), translate=False
    )
    assert [path.name for path in written] == ["case_list_en.png", "case_detail_en.png"]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == mediation_look.SIZE


def test_changes_made_at_another_station_appear_without_a_refresh(
    qtbot: QtBot, database: Database, panels: list[MediationPanel]
) -> None:
    cases = seed_three(database)
    panel = make_panel(qtbot, database)
    panels.append(panel)
    open_case(qtbot, panel, cases["registered"].id)
    reads = panel.list.loads
    panel.check_for_changes()  # the first look only notes where things stand
    qtbot.waitUntil(lambda: panel._stamp is not None, timeout=TIMEOUT)
    panel.check_for_changes()
    qtbot.wait(300)
    assert panel.list.loads == reads  # nothing changed: nothing re-read

    with database.writer() as session:  # another station registers one and moves the open one
        clock = recent_clock()
        added = register(session, clock, dispute_type="marriage_family", facts="赡养纠纷。")
        drive(session, clock, cases["registered"], "referred")
    panel.check_for_changes()
    qtbot.waitUntil(lambda: added.number in listed(panel), timeout=TIMEOUT)
    assert wait_state(qtbot, panel, "referred").case.number == cases["registered"].number
