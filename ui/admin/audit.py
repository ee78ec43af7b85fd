"""The Audit log tab: who changed what and when, newest first, filtered by dates, person and
action, a page at a time, with the selected entry's full details."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from services.admin.audit_log import (
    AuditEntry,
    AuditFilter,
    list_audit_actions,
    list_audit_page,
    local_day_range,
)
from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from ui.admin.audit_words import (
    action_text,
    details_text,
    group_phrases,
    raw_text,
    target_text,
)
from ui.admin.common import AdminContext, AdminTab, RowModel, make_table, role_text
from ui.center_clock.dates import center_qdate
from ui.common.i18n import fill
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)

PAGE_SIZE = 100
DEFAULT_DAYS = 7


class AuditLogModel(RowModel):
    """Audit entries, with their times shown in the center's time zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timezone = ZoneInfo("Asia/Shanghai")

    def set_entries(self, entries: Sequence[AuditEntry], timezone: ZoneInfo) -> None:
        self.timezone = timezone
        self.set_rows(entries)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("AuditLogModel", "Time"),
            QCoreApplication.translate("AuditLogModel", "By"),
            QCoreApplication.translate("AuditLogModel", "Role"),
            QCoreApplication.translate("AuditLogModel", "Action"),
            QCoreApplication.translate("AuditLogModel", "Concerns"),
            QCoreApplication.translate("AuditLogModel", "Details"),
        )

    def cell(self, row: AuditEntry, column: int) -> str:
        if column == 0:
            return f"{row.occurred_at.astimezone(self.timezone):%Y-%m-%d %H:%M:%S}"
        if column == 1:
            return row.actor
        if column == 2:
            return role_text(row.actor_role)
        if column == 3:
            return action_text(row.action)
        if column == 4:
            return target_text(row.target_type, row.target_id)
        return details_text(row.details)

    def tooltip(self, row: AuditEntry, column: int) -> str | None:
        return raw_text(row) if column in (3, 4, 5) else None


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    total: int
    offset: int
    timezone: ZoneInfo
    actions: list[str] | None  # the actions in the log, read with the first page
    days: tuple[date, date]  # the dates read, in the center's time zone


def _choice_text(code: str) -> str:
    """A filter choice: a group (``queue.``) or an action in words, its code beside it."""
    words = group_phrases().get(code[:-1]) if code.endswith(".") else action_text(code)
    return f"{words} ({code})" if words and words != code else code


def _to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class AuditTab(AdminTab):
    refresh_on_show = True

    def __init__(self, context: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.offset = 0
        self.total = 0
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.from_edit = self._date_edit(center_qdate(1 - DEFAULT_DAYS))
        self.to_edit = self._date_edit(center_qdate())
        self.actor_edit = QLineEdit()
        self.actor_edit.setClearButtonEnabled(True)
        self.actor_edit.returnPressed.connect(self.search)
        self.texts.bind(self.actor_edit.setPlaceholderText, lambda: self.tr("anyone"))
        self.action_combo = QComboBox()
        self.action_combo.setEditable(True)
        self.action_combo.setMinimumWidth(260)
        self._fill_groups()
        action_line = self.action_combo.lineEdit()
        assert action_line is not None
        action_line.returnPressed.connect(self.search)
        self.texts.bind(action_line.setPlaceholderText, lambda: self.tr("any action"))
        self.search_button = QPushButton()
        self.texts.bind(self.search_button.setText, lambda: self.tr("Show"))
        self.search_button.clicked.connect(self.search)
        filters.addWidget(self.texts.label(lambda: self.tr("From:")))
        filters.addWidget(self.from_edit)
        filters.addWidget(self.texts.label(lambda: self.tr("to:")))
        filters.addWidget(self.to_edit)
        filters.addSpacing(16)
        filters.addWidget(self.texts.label(lambda: self.tr("By:")))
        filters.addWidget(self.actor_edit, 1)
        filters.addWidget(self.texts.label(lambda: self.tr("Action:")))
        filters.addWidget(self.action_combo, 1)
        filters.addWidget(self.search_button)
        layout.addLayout(filters)
        self.model = AuditLogModel(self)
        self.view = make_table(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        paging = QHBoxLayout()
        self.page_label = QLabel()
        self.newer_button = QPushButton()
        self.texts.bind(self.newer_button.setText, lambda: self.tr("◀ Newer"))
        self.newer_button.clicked.connect(lambda: self.go(-PAGE_SIZE))
        self.older_button = QPushButton()
        self.texts.bind(self.older_button.setText, lambda: self.tr("Older ▶"))
        self.older_button.clicked.connect(lambda: self.go(PAGE_SIZE))
        paging.addWidget(self.page_label)
        paging.addStretch(1)
        paging.addWidget(self.newer_button)
        paging.addWidget(self.older_button)
        layout.addLayout(paging)
        self._show_paging()

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(value)
        return edit

    def retranslate(self) -> None:
        super().retranslate()
        for index in range(self.action_combo.count()):
            code = self.action_combo.itemData(index)
            if code:
                self.action_combo.setItemText(index, _choice_text(code))
        self._show_paging()

    def _fill_groups(self) -> None:
        """The groups in words; each item's data is the code prefix the log is filtered by."""
        self.action_combo.addItem("", "")
        for group in sorted(group_phrases()):
            self.action_combo.addItem(_choice_text(f"{group}."), f"{group}.")

    def action_prefix(self) -> str:
        """The code the chosen or typed action stands for; typed text that names no choice
        is taken as a code prefix itself."""
        text = self.action_combo.currentText().strip()
        index = self.action_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.action_combo.itemData(index) is not None:
            return str(self.action_combo.itemData(index))
        return text

    def current_filter(self) -> tuple[date, date, str, str]:
        return (
            _to_date(self.from_edit.date()),
            _to_date(self.to_edit.date()),
            self.actor_edit.text().strip(),
            self.action_prefix(),
        )

    def search(self) -> None:
        self.offset = 0
        self.refresh()

    def go(self, step: int) -> None:
        offset = max(0, self.offset + step)
        if offset >= self.total and step > 0:
            return
        self.offset = offset
        self.refresh()

    def refresh(self) -> None:
        first, last, actor_name, action = self.current_filter()
        actor, offset, with_actions = self.context.actor, self.offset, not self.loaded

        def read(session: Session) -> AuditPage:
            timezone = load_center_config(session).timezone
            nonlocal first, last
            if with_actions:  # the first page: the last week in the center's days, not the PC's
                last = service_day(utc_now(), timezone)
                first = last - timedelta(days=DEFAULT_DAYS - 1)
            since, until = local_day_range(timezone, first, last)
            flt = AuditFilter(since=since, until=until, actor_name=actor_name, action_prefix=action)
            entries, total = list_audit_page(session, actor, flt, limit=PAGE_SIZE, offset=offset)
            actions = list_audit_actions(session, actor) if with_actions else None
            return AuditPage(entries, total, offset, timezone, actions, (first, last))

        self.context.read(read, self._show)

    def _show(self, page: AuditPage) -> None:
        self.loaded = True
        for edit, day in zip((self.from_edit, self.to_edit), page.days, strict=True):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        if page.actions is not None:
            known = {self.action_combo.itemData(i) for i in range(self.action_combo.count())}
            current = self.action_combo.currentText()
            for action in page.actions:
                if action not in known:
                    self.action_combo.addItem(_choice_text(action), action)
            self.action_combo.setCurrentText(current)
        self.offset, self.total = page.offset, page.total
        self.model.set_entries(page.entries, page.timezone)
        self.details.clear()
        self._show_paging()

    def _show_paging(self) -> None:
        if self.total == 0:
            self.page_label.setText(self.tr("No entries match."))
        else:
            shown = self.model.rowCount()
            self.page_label.setText(
                fill(
                    self.tr("Entries %1–%2 of %3"),
                    str(self.offset + 1),
                    str(self.offset + shown),
                    str(self.total),
                )
            )
        self.newer_button.setEnabled(self.offset > 0)
        self.older_button.setEnabled(self.offset + PAGE_SIZE < self.total)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.clear()
            return
        entry: AuditEntry = self.model.row_at(current.row())
        header = (
            f"#{entry.id}  {self.model.cell(entry, 0)}  {entry.actor}  {action_text(entry.action)}"
        )
        self.details.setPlainText(f"{header}\n{raw_text(entry)}")
