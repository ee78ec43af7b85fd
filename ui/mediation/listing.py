"""The mediation case list (filters, search, a sortable table) and ``MediationPanel``, the list
with the case detail beside it, which the counter and manager windows embed as a tab.

``MediationPanel(database, actor, language, print_station=None)``; call ``start()`` once it is
shown and ``shutdown()`` when its window closes (unless it shares the window's ``runner``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from services.casework.requests import get_request_by_number
from services.core.actors import Actor, Permission
from services.core.errors import DatabaseUnavailable
from services.mediation import common as mediation_common
from services.mediation import intake as mediation_intake
from services.mediation import queries as mediation_queries
from services.mediation.states import CaseState, Channel, DisputeType
from services.storage.db import Database
from ui.common import theme
from ui.common.i18n import fill
from ui.common.messages import user_message
from ui.common.op_runner import OpRunner
from ui.common.print_station import PrintStation
from ui.mediation.detail import CaseDetailWidget
from ui.mediation.intake import CaseIntakeDialog, IntakeRequest
from ui.mediation.model import CaseContext, CaseTableModel, code_text
from ui.qt import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

SEARCH_DELAY_MS = 300
WATCH_MS = 5000  # how often a visible panel looks for cases changed at other stations
LIST_SHARE = 0.45  # of the panel's width, while a case is open beside the list
WIDEST_COLUMN = 170  # pixels; longer texts are elided (the tooltip has them)
# Columns left out while a case is open beside the list, which then has less room.
COMPACT_HIDDEN = ("channel", "applicant_id", "respondents", "registered")


class CaseListWidget(QWidget):
    """Filters by state, channel, dispute type and overdue; search by number or party name.

    ``case_activated(int)`` carries the id of the case chosen in the table.
    """

    case_activated = Signal(int)
    new_case_requested = Signal()

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._select_after: int | None = None
        self._restoring = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.loads = 0  # how many times the list was read (tests wait on it)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.refresh)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_case_requested.emit)
        if not context.actor.may(Permission.REFER_DISPUTE):
            self.new_button.hide()  # hidden, never shown before it has a parent (a window)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        filters = QHBoxLayout()
        language = context.language
        self.state_combo = self._combo(
            [(s.value, code_text("state", s.value, language)) for s in CaseState]
        )
        self.channel_combo = self._combo(
            [(c.value, code_text("channel", c.value, language)) for c in Channel]
        )
        self.type_combo = self._combo(
            [(d.value, code_text("dispute_type", d.value, language)) for d in DisputeType]
        )
        self.overdue_check = QCheckBox()
        self.overdue_check.toggled.connect(lambda _on: self.refresh())
        for combo in (self.state_combo, self.channel_combo, self.type_combo):
            filters.addWidget(combo, 1)
        filters.addWidget(self.overdue_check)
        layout.addLayout(filters)
        self.model = CaseTableModel(language, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(
            CaseTableModel.COLUMNS.index("registered"), Qt.SortOrder.DescendingOrder
        )
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.compact = False
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.view, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.retranslate()

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        # Long dispute types must not make the list (and the window) wider than the screen.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.addItem("", None)
        for code, text in items:
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        return combo

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search: case number or a party's name"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.new_button.setText(self.tr("New case…"))
        self.state_combo.setItemText(0, self.tr("All states"))
        self.channel_combo.setItemText(0, self.tr("All channels"))
        self.type_combo.setItemText(0, self.tr("All dispute types"))
        self.overdue_check.setText(self.tr("Overdue only"))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- filters --------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        """The current filters, as keyword arguments of ``list_cases``."""
        query = self.search_edit.text().strip()
        return {
            "state": self.state_combo.currentData(),
            "channel": self.channel_combo.currentData(),
            "dispute_type": self.type_combo.currentData(),
            "overdue": True if self.overdue_check.isChecked() else None,
            "query": query or None,
        }

    def set_filters(
        self,
        *,
        state: str | None = None,
        channel: str | None = None,
        dispute_type: str | None = None,
        overdue: bool = False,
        query: str = "",
    ) -> None:
        """Set every filter at once and read the list once."""
        widgets = (
            self.state_combo,
            self.channel_combo,
            self.type_combo,
            self.overdue_check,
            self.search_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        for combo, code in (
            (self.state_combo, state),
            (self.channel_combo, channel),
            (self.type_combo, dispute_type),
        ):
            combo.setCurrentIndex(max(0, combo.findData(code)) if code else 0)
        self.overdue_check.setChecked(overdue)
        self.search_edit.setText(query)
        for widget in widgets:
            widget.blockSignals(False)
        self.refresh()

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        self._search_timer.stop()
        actor, filters = self._context.actor, self.filters()

        def read(session: Session) -> list[mediation_common.CaseInfo]:
            return mediation_queries.list_cases(session, actor, **filters)

        self._context.read(read, self._show_cases)

    def _show_cases(self, infos: list[mediation_common.CaseInfo]) -> None:
        keep = self._select_after if self._select_after is not None else self.selected_id()
        self._select_after = None
        self.model.set_cases(infos)
        self._fit_columns()
        self.loads += 1
        self._show_count()
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self._restoring = True  # the case is already open: do not read it again
            try:
                self.view.selectRow(row)
            finally:
                self._restoring = False

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):  # the last one stretches
            if self.view.columnWidth(column) > WIDEST_COLUMN:
                self.view.setColumnWidth(column, WIDEST_COLUMN)

    def set_compact(self, compact: bool) -> None:
        """Show fewer columns (number, state, type, applicants, due) beside an open case."""
        self.compact = compact
        for name in COMPACT_HIDDEN:
            self.view.setColumnHidden(CaseTableModel.COLUMNS.index(name), compact)

    def _show_count(self) -> None:
        count = self.model.rowCount()
        overdue = sum(1 for row in self.model.rows if row.overdue)
        text = fill(self.tr("%1 cases"), str(count))
        if overdue:
            text += "  ·  " + fill(self.tr("%1 overdue"), str(overdue))
        self.count_label.setText(text)

    def selected_id(self) -> int | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row()).id

    def select_case(self, case_id: int) -> None:
        """Select the case when it is in the list (now, or after the next read)."""
        row = self.model.row_of(case_id)
        if row is None:
            self._select_after = case_id
            return
        self.view.selectRow(row)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._restoring:
            self.case_activated.emit(self.model.row_at(current.row()).id)


class MediationPanel(QWidget):
    """The case list with the selected case beside it: a tab of the counter and manager windows.

    Every database operation runs on ``runner`` (the window's, or the panel's own); errors are
    shown in the panel's message line, never as tracebacks.
    """

    case_shown = Signal(object)  # LoadedCase, each time the detail is (re)read

    def __init__(
        self,
        database: Database,
        actor: Actor,
        language: str = "zh_CN",
        print_station: PrintStation | None = None,
        *,
        runner: OpRunner | None = None,
        pdf_font: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.language = "en" if language.startswith("en") else "zh_CN"
        self._owns_runner = runner is None
        self.runner = runner if runner is not None else OpRunner(self)
        self._closed = False
        if self._owns_runner:
            app = QApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.shutdown)
        self.context = CaseContext(
            database=database,
            runner=self.runner,
            actor=actor,
            language=self.language,
            say=lambda text, warn: self.say(text, warn=warn),
            failed=self._failed,
        )
        self.intake_dialog: CaseIntakeDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = CaseListWidget(self.context)
        self.detail = CaseDetailWidget(self.context, print_station=print_station, pdf_font=pdf_font)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.detail.hide()
        layout.addWidget(self.splitter, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setContentsMargins(8, 2, 8, 4)
        layout.addWidget(self.message)
        self.list.case_activated.connect(self.open_case)
        self.list.new_case_requested.connect(lambda: self.new_case())
        self.detail.changed.connect(self._case_changed)
        self.detail.loaded.connect(self._detail_loaded)
        self.detail.close_requested.connect(self.close_case)
        self._stamp: mediation_queries.CasesStamp | None = None
        self._stamp_in_flight = False
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.check_for_changes)

    # --- life -----------------------------------------------------------------------------

    def start(self) -> None:
        """Read the list for the first time, then keep watching for changes."""
        self.list.refresh()
        self._watch.start()

    def refresh(self) -> None:
        self.list.refresh()
        self.detail.reload()

    def shutdown(self) -> None:
        """Stop the panel's own worker thread (not a runner shared with the window)."""
        if self._closed:
            return
        self._closed = True
        self._watch.stop()
        if self._owns_runner:
            self.runner.shutdown()

    def check_for_changes(self) -> None:
        """Re-read the list and the open case when a case changed, here or elsewhere."""
        if self._closed or self._stamp_in_flight or not self.isVisible():
            return
        self._stamp_in_flight = True
        actor = self.actor
        self.context.read(
            lambda session: mediation_queries.cases_stamp(session, actor),
            self._stamp_read,
            self._stamp_failed,
        )

    def _stamp_read(self, stamp: mediation_queries.CasesStamp) -> None:
        self._stamp_in_flight = False
        changed = self._stamp is not None and stamp != self._stamp
        self._stamp = stamp
        if changed:
            self.refresh()

    def _stamp_failed(self, _error: BaseException) -> None:
        # Quiet: the window's banner reports a lost database; the next look tries again.
        self._stamp_in_flight = False

    # --- messages -------------------------------------------------------------------------

    def say(self, text: str, *, warn: bool = False) -> None:
        self.message.setStyleSheet(f"color: {theme.RED if warn else theme.INK};")
        self.message.setText(text)

    def _failed(self, error: BaseException) -> None:
        self.say(user_message(error), warn=True)
        if isinstance(error, DatabaseUnavailable):
            return
        self.detail.reload()

    # --- cases ----------------------------------------------------------------------------

    @property
    def current(self) -> mediation_queries.CaseDetail | None:
        loaded = self.detail.current
        return loaded.detail if loaded is not None else None

    def open_case(self, case_id: int) -> None:
        """Show a case beside the list."""
        self.detail.load(case_id)

    def open_number(self, number: str) -> None:
        """Show the case of a typed or scanned number (``M-2026-000045``)."""
        actor = self.actor
        self.context.read(lambda s: mediation_queries.find_case(s, actor, number), self._found)

    def _found(self, info: mediation_common.CaseInfo) -> None:
        self.list.select_case(info.id)
        self.open_case(info.id)

    def close_case(self) -> None:
        self.detail.show_case(None)
        self.detail.hide()
        self.list.set_compact(False)
        self.list.view.clearSelection()

    def _detail_loaded(self, loaded: Any) -> None:
        if self.detail.isHidden():
            self.list.set_compact(True)
            self.detail.show()
            width = max(self.width(), 800)
            self.splitter.setSizes([int(width * LIST_SHARE), int(width * (1 - LIST_SHARE))])
        self.case_shown.emit(loaded)

    def _case_changed(self, info: mediation_common.CaseInfo) -> None:
        self.list.select_case(info.id)
        self.list.refresh()

    # --- registering ----------------------------------------------------------------------

    def new_case(self, request_number: str | None = None) -> CaseIntakeDialog:
        """Open the intake dialog (window-modal, not blocking); returns it."""
        dialog = CaseIntakeDialog(
            self.language, request_number=request_number, submit=self._submit_intake, parent=self
        )
        self.intake_dialog = dialog
        dialog.finished.connect(lambda _r: self._intake_closed(dialog))
        dialog.open()
        return dialog

    def _intake_closed(self, dialog: CaseIntakeDialog) -> None:
        if self.intake_dialog is dialog:
            self.intake_dialog = None
        dialog.deleteLater()

    def _submit_intake(self, request: IntakeRequest, done: Any, failed: Any) -> None:
        def finished(info: mediation_common.CaseInfo) -> None:
            done(info)
            self._registered(info)

        self.context.write(self._register_work(request), finished, failed)

    def register_case(self, request: IntakeRequest) -> None:
        """Register a dispute without the dialog (errors go to the message line)."""
        self.context.write(self._register_work(request), self._registered)

    def _register_work(self, request: IntakeRequest) -> Any:
        actor = self.actor

        def work(session: Session) -> mediation_common.CaseInfo:
            request_id = None
            if request.request_number:
                request_id = get_request_by_number(session, actor, request.request_number).id
            return mediation_intake.register_case(
                session,
                actor,
                request_id=request_id,
                applicants=request.applicants,
                respondents=request.respondents,
                dispute_type=request.dispute_type,
                source=request.source,
                facts=request.facts,
                claims=request.claims,
                escalation_risk=request.escalation_risk,
            )

        return work

    def _registered(self, info: mediation_common.CaseInfo) -> None:
        self.say(fill(self.tr("Registered %1."), info.number))
        self.list.select_case(info.id)
        self.list.refresh()
        self.open_case(info.id)

    # --- the open case (the panel's API; each runs off the GUI thread) --------------------

    def run_transition(self, target: str, note: str = "", **details: Any) -> None:
        """Move the open case to ``target`` with the details that move needs."""
        self.detail.run_transition(target, note, **details)

    def run_work(self, kind: str, **fields: Any) -> None:
        """Record work on the open case: reschedule, session, extend, fulfil, visit, file_item."""
        self.detail.run_work(kind, **fields)

    def reveal_party_id(self, party_id: int, reason: str) -> None:
        self.detail.reveal(party_id, reason)
