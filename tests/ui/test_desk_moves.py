"""Every move of a petition and a ledger entry from the desk window under pytest-qt: each
dialog offers what the domain offers, is driven by its fields, and leaves the state and the
deadline in the database; a form error and a refusal of the services show in the dialog,
which stays open with what was typed. The written notice is saved as a PDF and read back with
pdftotext."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Role
from services.core.clock import utc_now
from services.ledger.models import LedgerEntry, LedgerEvent
from services.petitions import common as petition_common
from services.petitions.models import Petition
from services.storage.casework_models import MediationCase, MediationParty
from services.storage.db import Database, open_database
from services.storage.models import AuditLog
from tests.printing.tools import pdf_text, pdf_to_pngs, scan_barcodes
from tests.services.ledger_helpers import add, district
from tests.services.mediation_helpers import ID_ZHANG, Clock
from tests.services.petition_helpers import drive, register
from tests.ui.test_counter_casework import TIMEOUT, clerk, open_window
from ui.desk import petitions_page
from ui.desk.panel import DeskPanel
from ui.desk.petition_dialogs import PetitionMoveDialog, PetitionReferDialog
from ui.mediation.dialogs import FormDialog
from ui.qt import Qt

MANAGER = Actor("chen.manager", Role.MANAGER)
COUNTER = Actor("li.counter", Role.COUNTER)


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def _petition(database: Database, state: str, days_ago: int = 0) -> petition_common.PetitionInfo:
    with database.writer() as session:
        clock = Clock(utc_now() - timedelta(days=days_ago, hours=2))
        return drive(session, clock, register(session, clock), state)


OPEN: list[DeskPanel] = []


@pytest.fixture(autouse=True)
def _shut_down() -> Iterator[None]:
    yield
    while OPEN:
        OPEN.pop().shutdown()


def _open(qtbot: QtBot, database: Database, actor: Actor = MANAGER) -> DeskPanel:
    panel = DeskPanel(database, actor, "en")
    OPEN.append(panel)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    panel.start()
    qtbot.waitUntil(lambda: panel.petitions.model.rowCount() > 0, timeout=TIMEOUT)
    return panel


def _row(database: Database, number: str) -> Petition:
    with database.reader() as session:
        row = session.scalars(select(Petition).where(Petition.number == number)).one()
        session.expunge(row)
        return row


def _closes(qtbot: QtBot, dialog: FormDialog) -> None:
    dialog.send()
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=TIMEOUT)


def _refused(qtbot: QtBot, dialog: FormDialog) -> str:
    dialog.send()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dialog.ok_button().isEnabled(), timeout=TIMEOUT)
    assert dialog.isVisible()
    return dialog.message.text()


def _shown(qtbot: QtBot, panel: DeskPanel, state: str) -> None:
    """Wait until the page shows the selected petition in ``state`` (the list is read again)."""

    def shown() -> bool:
        chosen = panel.petitions.selected()
        return chosen is not None and chosen.state == state

    qtbot.waitUntil(shown, timeout=TIMEOUT)


def _move_dialog(panel: DeskPanel, target: str | None = None) -> PetitionMoveDialog:
    dialog = panel.petitions.open_move(target)
    assert dialog is not None
    dialog.save_notice.setChecked(False)  # the PDF is saved by the test itself
    return dialog


def test_forwarding_with_the_body_told_and_its_notice(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = _petition(database, "registered")
    panel = _open(qtbot, database)
    page = panel.petitions
    assert page.buttons["forward"].isEnabled()
    assert not page.buttons["refer"].isEnabled()
    target = tmp_path / "forward.pdf"
    # the one stand-in: the platform's file dialog, which answers with the path chosen
    monkeypatch.setattr(
        petitions_page.QFileDialog, "getSaveFileName", lambda *_a: (str(target), "")
    )
    dialog = page.open_move("forwarded")
    assert dialog is not None
    assert dialog.save_notice.isChecked()  # the forwarding notice is saved afterwards
    assert dialog.targets() == ["accepted", "declined", "forwarded"]
    assert fresh.deadlines.decide_by.isoformat() in [
        label.text() for label in dialog.findChildren(type(dialog.message))
    ]
    page_of = dialog.page_of["forwarded"]
    page_of.body.clear()  # type: ignore[attr-defined]
    assert _refused(qtbot, dialog) == "Name the competent body."
    page_of.body.setText("区人力资源和社会保障局")  # type: ignore[attr-defined]
    _closes(qtbot, dialog)
    qtbot.waitUntil(lambda: _row(database, fresh.number).state == "forwarded", timeout=TIMEOUT)
    assert _row(database, fresh.number).forwarded_to == "区人力资源和社会保障局"
    qtbot.waitUntil(lambda: "Forwarded to" in page.detail.text(), timeout=TIMEOUT)
    assert not page.buttons["move"].isEnabled()  # forwarded is final
    qtbot.waitUntil(lambda: page.message.text() == f"Saved {target}.", timeout=TIMEOUT)
    text = pdf_text(target.read_bytes(), tmp_path)
    assert fresh.number in text
    assert "区人力资源和社会保障局" in text.replace(" ", "").replace("\n", "")
    slip = tmp_path / "slip.pdf"
    page.save_notice_pdf("slip", slip)
    qtbot.waitUntil(lambda: page.message.text() == f"Saved {slip}.", timeout=TIMEOUT)
    pages = pdf_to_pngs(slip.read_bytes(), tmp_path / "slip")
    assert fresh.number in scan_barcodes(pages[0])


def test_extending_and_replying_with_satisfaction(qtbot: QtBot, database: Database) -> None:
    accepted = _petition(database, "accepted")
    panel = _open(qtbot, database)
    dialog = _move_dialog(panel, "extended")
    assert dialog.targets() == ["extended", "replied"]
    extend = dialog.page_of["extended"]
    assert _refused(qtbot, dialog) == "Give the reason for the extension."
    extend.days.setValue(20)  # type: ignore[attr-defined]
    extend.reason.setPlainText("需现场勘验")  # type: ignore[attr-defined]
    _closes(qtbot, dialog)
    qtbot.waitUntil(lambda: _row(database, accepted.number).state == "extended", timeout=TIMEOUT)
    row = _row(database, accepted.number)
    assert row.extension_days == 20
    assert accepted.deadlines.handle_by is not None
    assert row.handle_by is not None
    assert row.handle_by > accepted.deadlines.handle_by
    qtbot.waitUntil(
        lambda: f"Due: {row.handle_by}" in panel.petitions.message.text(), timeout=TIMEOUT
    )
    _shown(qtbot, panel, "extended")
    dialog = _move_dialog(panel)
    assert dialog.targets() == ["replied"]  # one extension only
    reply = dialog.page_of["replied"]
    reply.opinion.setPlainText("同意加装，由街道协调。")  # type: ignore[attr-defined]
    reply.satisfaction.setCurrentIndex(reply.satisfaction.findData("satisfied"))  # type: ignore[attr-defined]
    _closes(qtbot, dialog)
    qtbot.waitUntil(lambda: _row(database, accepted.number).state == "replied", timeout=TIMEOUT)
    row = _row(database, accepted.number)
    assert (row.finding, row.satisfaction) == ("supported", "satisfied")
    assert row.review_request_by is not None


def test_the_review_and_re_review_chain(qtbot: QtBot, database: Database) -> None:
    replied = _petition(database, "replied")
    panel = _open(qtbot, database)
    previous = "replied"
    steps = [
        ("review_requested", lambda p: None),
        ("reviewed", lambda p: p.opinion.setPlainText("维持原处理意见。")),
        ("re_review_requested", lambda p: None),
        ("re_reviewed", lambda p: p.opinion.setPlainText("复核维持。")),
    ]
    for target, fill_in in steps:
        _shown(qtbot, panel, previous)
        dialog = _move_dialog(panel)
        assert dialog.targets() == [target]
        fill_in(dialog.page_of[target])
        _closes(qtbot, dialog)
        qtbot.waitUntil(lambda t=target: _row(database, replied.number).state == t)
        previous = target
    row = _row(database, replied.number)
    assert row.review_decide_by is not None
    assert row.re_review_decide_by is not None
    assert row.re_review_result == "upheld"
    page = panel.petitions
    qtbot.waitUntil(lambda: "Re-reviewed (final)" in page.detail.text(), timeout=TIMEOUT)
    assert not page.buttons["move"].isEnabled()


def test_a_late_review_request_is_refused_in_the_dialog(qtbot: QtBot, database: Database) -> None:
    late = _petition(database, "replied", days_ago=50)
    panel = _open(qtbot, database)
    dialog = _move_dialog(panel)
    assert dialog.targets() == ["review_requested"]
    said = _refused(qtbot, dialog)
    assert (
        said
        == f"A review of {late.number} had to be asked for by {late.deadlines.review_request_by}."
    )
    assert _row(database, late.number).state == "replied"
    dialog.reject()


def test_referring_to_mediation_shows_the_linked_case(qtbot: QtBot, database: Database) -> None:
    accepted = _petition(database, "accepted")
    panel = _open(qtbot, database, COUNTER)
    page = panel.petitions
    assert page.buttons["refer"].isEnabled()
    assert not page.buttons["extend"].isEnabled()  # a manager's approval
    dialog = page.open_refer()
    assert isinstance(dialog, PetitionReferDialog)
    assert _refused(qtbot, dialog) == "Name at least one respondent."
    dialog.respondents[0][0].setText("李四")
    dialog.respondents[0][1].setText("13700137001")
    _closes(qtbot, dialog)
    qtbot.waitUntil(
        lambda: _row(database, accepted.number).mediation_case_id is not None, timeout=TIMEOUT
    )
    with database.reader() as session:
        case = session.get(MediationCase, _row(database, accepted.number).mediation_case_id)
        assert case is not None
        number = case.number
    qtbot.waitUntil(lambda: f"Mediation case: {number}" in page.detail.text(), timeout=TIMEOUT)
    assert page.message.text() == f"{accepted.number} referred to mediation: case {number}."
    assert not page.buttons["refer"].isEnabled()


# --- the ledger ----------------------------------------------------------------------------


def _entries(session: Session) -> list[LedgerEntry]:
    return list(session.scalars(select(LedgerEntry).order_by(LedgerEntry.id)))


def test_ledger_add_follow_up_refer_escalate_and_resolve(qtbot: QtBot, database: Database) -> None:
    with database.writer() as session:
        clock = Clock(utc_now() - timedelta(hours=1))
        grids = district(session, clock)
        register(session, clock)
        existing = add(session, clock, grids[3], parties=["周五"])
    panel = _open(qtbot, database, COUNTER)
    page = panel.ledger
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and bool(page.grids), timeout=TIMEOUT)
    assert "Not yet reported for" in page.missing_label.text()
    dialog = page.open_add()
    assert [dialog.grid.itemText(i) for i in range(dialog.grid.count())] == [
        g.path for g in sorted(grids, key=lambda g: (g.street, g.community, g.name))
    ]
    dialog.source.setCurrentIndex(dialog.source.findData("hotline_12345"))
    dialog.grid.setCurrentIndex(dialog.grid.findData(grids[1].id))
    dialog.parties.setPlainText("孙三\n李四\n")
    assert _refused(qtbot, dialog) == "Say what happened."
    dialog.summary.setPlainText("工地夜间施工扰民，扬言堵路")
    dialog.people.setValue(6)
    dialog.risk.setCurrentIndex(dialog.risk.findData("major"))
    dialog.flags["violence_threat"].setChecked(True)
    _closes(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT)
    with database.reader() as session:
        new = _entries(session)[-1]
        assert (new.source, new.grid_id, new.parties, new.risk) == (
            "hotline_12345",
            grids[1].id,
            ["孙三", "李四"],
            "major",
        )
        assert new.flags == ["five_or_more", "violence_threat"]
        number, first_follow_up = new.number, new.next_follow_up
    qtbot.waitUntil(lambda: (page.selected() or existing).number == number, timeout=TIMEOUT)
    # escalate: risk becomes 重大 and the follow-up every working day
    dialog = page.open_move("escalated")
    assert dialog is not None
    assert dialog.targets() == ["resolving", "resolved", "referred", "escalated"]
    assert _refused(qtbot, dialog) == "Write the note: it is required for this step."
    dialog.note.setPlainText("扬言报复")
    _closes(qtbot, dialog)

    def entry() -> LedgerEntry:
        with database.reader() as session:
            row = session.scalars(select(LedgerEntry).where(LedgerEntry.number == number)).one()
            session.expunge(row)
            return row

    qtbot.waitUntil(lambda: entry().state == "escalated", timeout=TIMEOUT)
    assert entry().risk == "grave"
    assert entry().next_follow_up is not None
    assert entry().next_follow_up <= first_follow_up
    qtbot.waitUntil(lambda: (page.selected() or existing).state == "escalated", timeout=TIMEOUT)
    follow = page.open_follow_up()
    assert follow is not None
    assert _refused(qtbot, follow) == "Say what the follow-up found."
    follow.note.setPlainText("双方情绪平稳")
    _closes(qtbot, follow)
    with database.reader() as session:
        qtbot.waitUntil(
            lambda: (
                session.scalar(select(LedgerEvent.kind).order_by(LedgerEvent.id.desc()).limit(1))
                == "follow_up"
            ),
            timeout=TIMEOUT,
        )
    # refer: an unknown case is refused in the dialog, a department taken
    qtbot.waitUntil(lambda: not page._runner.busy, timeout=TIMEOUT)
    dialog = page.open_move("referred")
    assert dialog is not None
    dialog.referral.setCurrentIndex(dialog.referral.findData("mediation"))
    dialog.detail.setText("M-2026-999999")
    assert "M-2026-999999" in _refused(qtbot, dialog)
    assert entry().state == "escalated"
    dialog.referral.setCurrentIndex(dialog.referral.findData("department"))
    dialog.detail.setText("区住房和城乡建设局")
    _closes(qtbot, dialog)
    qtbot.waitUntil(lambda: entry().state == "referred", timeout=TIMEOUT)
    assert (entry().referred_to, entry().referred_detail) == ("department", "区住房和城乡建设局")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    # the zero report of a grid that found nothing
    missing = [
        m for m in page.missing if m.grid == grids[2].name and m.community == grids[2].community
    ]
    page.zero_report(missing[0])
    qtbot.waitUntil(lambda: "Zero report" in page.message.text(), timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: all(m.community != grids[2].community for m in page.missing), timeout=TIMEOUT
    )


def test_a_resident_s_community_and_grid_complete_from_the_map(
    qtbot: QtBot, database: Database
) -> None:
    with database.writer() as session:
        district(session, Clock(utc_now()))
    window = open_window(qtbot, database, clerk(database, "zhou"))
    completion = window.request_page.resident_panel.map_completion
    qtbot.waitUntil(lambda: completion.communities.rowCount() == 3, timeout=TIMEOUT)
    assert completion.communities.stringList() == ["东湖村", "和平社区", "幸福社区"]
    window.request_page.resident_panel.community_edit.setText("幸福社区")
    assert completion.grid_names.stringList() == ["第一网格", "第二网格"]
    window.close()


def test_a_petitioner_s_id_shown_in_full_is_audited(qtbot: QtBot, database: Database) -> None:
    fresh = _petition(database, "registered")
    manager = _open(qtbot, database)
    page = manager.petitions
    masked = fresh.petitioners[0].id_number_masked
    assert masked is not None
    assert masked in page.detail.text()
    assert ID_ZHANG not in page.detail.text()
    assert page.buttons["reveal"].isEnabled()
    page.reveal(1, "回访")
    qtbot.waitUntil(lambda: ID_ZHANG in page.detail.text(), timeout=TIMEOUT)
    assert "13800138000" in page.detail.text()
    with database.reader() as session:
        audit = session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).one()
    assert (audit.action, audit.target_id, audit.details["reason"]) == (
        "petition.reveal_identity",
        fresh.number,
        "回访",
    )
    page.hide_revealed()
    assert ID_ZHANG not in page.detail.text()
    clerk_desk = _open(qtbot, database, COUNTER)
    assert not clerk_desk.petitions.buttons["reveal"].isEnabled()
    clerk_desk.petitions.reveal(1, "回访")
    qtbot.waitUntil(lambda: "not allowed" in clerk_desk.petitions.message.text(), timeout=TIMEOUT)


def test_ledger_refers_to_a_new_mediation_case(qtbot: QtBot, database: Database) -> None:
    with database.writer() as session:
        clock = Clock(utc_now() - timedelta(hours=1))
        grid = district(session, clock)[0]
        register(session, clock)
        entry = add(session, clock, grid, parties=["赵大", "钱二"])
    panel = _open(qtbot, database, COUNTER)
    page = panel.ledger
    qtbot.waitUntil(lambda: page.selected() is not None, timeout=TIMEOUT)
    dialog = page.open_move("referred")
    assert dialog is not None
    dialog.referral.setCurrentIndex(dialog.referral.findData("mediation"))
    assert dialog.detail.isVisibleTo(dialog)
    assert not dialog.sides.isVisibleTo(dialog)
    qtbot.keyClick(dialog.way, Qt.Key.Key_Down)  # "create a new mediation case"
    assert dialog.creating_case()
    assert not dialog.detail.isVisibleTo(dialog)
    assert list(dialog.respondent_checks) == ["赵大", "钱二"]
    assert _refused(qtbot, dialog) == "Mark at least one party as respondent, or name one."
    for box in dialog.respondent_checks.values():
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert _refused(qtbot, dialog) == "Leave at least one party as applicant."
    qtbot.keyClick(dialog.respondent_checks["赵大"], Qt.Key.Key_Space)
    dialog.other_respondents.setText("物业公司")
    dialog.note.setPlainText("要求维修并赔偿")
    _closes(qtbot, dialog)
    qtbot.waitUntil(lambda: "referred to mediation" in page.message.text(), timeout=TIMEOUT)
    with database.reader() as session:
        row = session.scalars(select(LedgerEntry).where(LedgerEntry.number == entry.number)).one()
        case = session.get(MediationCase, row.mediation_case_id)
        assert case is not None
        assert (row.state, row.referred_to, row.referred_detail) == (
            "referred",
            "mediation",
            case.number,
        )
        assert (case.dispute_type, case.claims) == ("neighbour", "要求维修并赔偿")
        parties = session.execute(
            select(MediationParty.side, MediationParty.name)
            .where(MediationParty.case_id == case.id)
            .order_by(MediationParty.id)
        ).all()
        assert [tuple(p) for p in parties] == [
            ("applicant", "赵大"),
            ("respondent", "钱二"),
            ("respondent", "物业公司"),
        ]
    assert page.message.text() == f"{entry.number} referred to mediation: case {case.number}."
    # the entry stays in sight while its case runs, and shows the case's state
    qtbot.waitUntil(lambda: f"{case.number} (Registered)" in page.detail.text(), timeout=TIMEOUT)
    assert (page.selected() or entry).state == "referred"
    assert not page.buttons["move"].isEnabled()
