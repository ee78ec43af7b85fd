"""Resident lookup and registration at the counter: the ID number checked as it is typed,
contact fields, and the masked ID with an audited "Reveal"."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from services.casework.residents import (
    ResidentInfo,
    find_or_create_resident,
    get_resident,
    may_reveal,
    reveal_id_number,
    search_residents,
    update_resident,
)
from services.core.actors import Actor
from services.core.id_numbers import LENGTH, mask_id_number, normalise
from services.grid.map import list_grids
from ui.common import theme
from ui.common.i18n import fill
from ui.common.id_number_text import id_problem, prefix_problem
from ui.common.map_completion import MapCompletion
from ui.counter.request_context import CounterContext
from ui.qt import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QShowEvent,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

REVEAL_SECONDS = 60
CONTACT_FIELDS = ("phone", "address", "community", "grid")


@dataclass(frozen=True)
class ResidentEntry:
    """What the clerk typed, taken on the GUI thread and saved on the worker."""

    resident_id: int | None
    id_number: str
    name: str
    phone: str
    address: str
    community: str
    grid: str
    stored: ResidentInfo | None


def save_resident(session: Session, actor: Actor, entry: ResidentEntry) -> ResidentInfo:
    """Register the resident, or save the fields the clerk changed on a registered one."""
    stored = entry.stored
    if entry.resident_id is None or stored is None:
        return find_or_create_resident(
            session,
            actor,
            entry.id_number,
            entry.name,
            entry.phone,
            entry.address,
            entry.community,
            entry.grid,
        )
    changes = {
        field: getattr(entry, field)
        for field in ("name", *CONTACT_FIELDS)
        if getattr(entry, field).strip() != getattr(stored, field)
    }
    if not changes:
        return stored
    return update_resident(session, actor, entry.resident_id, **changes)


class ResidentPanel(QGroupBox):
    """Type the ID number first: at 18 valid characters the resident is looked up."""

    resident_changed = Signal(object)  # ResidentInfo | None

    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.resident: ResidentInfo | None = None
        self.revealed = False
        self._looked_up = ""
        self._build()
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.setInterval(REVEAL_SECONDS * 1000)
        self._reveal_timer.timeout.connect(self.hide_full_number)
        self.retranslate()
        self._map_asked = False

    def showEvent(self, event: QShowEvent) -> None:
        # Read once the window is built and shown; a convenience: without the map the fields
        # stay plain text, so a failure is silent.
        if not self._map_asked:
            self._map_asked = True
            actor = self._context.actor
            self._context.read(
                lambda session: list_grids(session, actor), self.map_completion.use, lambda _e: None
            )
        super().showEvent(event)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.id_edit = QLineEdit()
        self.id_edit.setMaxLength(24)
        self.id_edit.setFont(theme.font(13, bold=True))
        self.id_edit.textEdited.connect(self._id_edited)
        self.id_edit.returnPressed.connect(self.lookup)
        self.lookup_button = QPushButton()
        self.lookup_button.clicked.connect(self.lookup)
        id_row = QHBoxLayout()
        id_row.addWidget(self.id_edit, 1)
        id_row.addWidget(self.lookup_button)
        self._id_label = QLabel()
        form.addRow(self._id_label, id_row)
        self.id_feedback = QLabel()
        self.id_feedback.setWordWrap(True)
        self.id_feedback.setFont(theme.font(12))  # a style sheet (the colour) resets the font
        form.addRow(self.id_feedback)
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.community_edit = QLineEdit()
        self.grid_edit = QLineEdit()
        self.map_completion = MapCompletion(self.community_edit, self.grid_edit)
        self._labels: dict[str, QLabel] = {}
        for key, edit in self._edits().items():
            edit.setMaxLength(200 if key == "address" else 100)
            self._labels[key] = QLabel()
            form.addRow(self._labels[key], edit)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        for button in (self.reveal_button, self.save_button, self.clear_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self._show_state()

    def _edits(self) -> dict[str, QLineEdit]:
        return {
            "name": self.name_edit,
            "phone": self.phone_edit,
            "address": self.address_edit,
            "community": self.community_edit,
            "grid": self.grid_edit,
        }

    def retranslate(self) -> None:
        self.setTitle(self.tr("Resident"))
        self._id_label.setText(self.tr("ID number:"))
        self.id_edit.setPlaceholderText(self.tr("18 characters, then Enter"))
        self.lookup_button.setText(self.tr("Look up"))
        texts = {
            "name": self.tr("Name:"),
            "phone": self.tr("Phone:"),
            "address": self.tr("Address:"),
            "community": self.tr("Community:"),
            "grid": self.tr("Grid:"),
        }
        for key, label in self._labels.items():
            label.setText(texts[key])
        self.save_button.setText(self.tr("Save resident"))
        self.clear_button.setText(self.tr("Next resident"))
        self._show_reveal_button()
        if not self.id_feedback.text():
            self._id_edited(self.id_edit.text())

    # --- the ID number --------------------------------------------------------------------

    def _feedback(self, text: str, colour: str) -> None:
        self.id_feedback.setStyleSheet(f"color: {colour};")
        self.id_feedback.setText(text)

    def _id_edited(self, text: str) -> None:
        if self.resident is not None:
            return
        value = normalise(text)
        if not value:
            self._feedback(self.tr("Type the ID number first; a known resident is filled in."), "")
            return
        if len(value) < LENGTH:
            problem = prefix_problem(value)
            if problem is not None:
                self._feedback(problem, theme.RED)
                return
            self._feedback(fill(self.tr("%1 of 18 characters"), str(len(value))), theme.INK)
            return
        problem = id_problem(value)
        if problem is not None:
            self._feedback(problem, theme.RED)
            return
        self._feedback(self.tr("Valid ID number."), theme.GREEN)
        if value != self._looked_up and len(text.strip()) >= LENGTH:
            self.lookup()

    def lookup(self) -> None:
        """Look the typed ID number up; a known resident fills the form."""
        if self.resident is not None:
            return
        number = normalise(self.id_edit.text())
        problem = id_problem(number)
        if problem is not None:
            self._feedback(problem, theme.RED)
            self.id_edit.setFocus()
            return
        self._looked_up = number
        actor = self._context.actor
        self._context.read(
            lambda s: search_residents(s, actor, number), lambda found: self._found(number, found)
        )

    def _found(self, number: str, found: list[ResidentInfo]) -> None:
        if normalise(self.id_edit.text()) != number or self.resident is not None:
            return  # the clerk typed on meanwhile
        if not found:
            self._feedback(
                self.tr(
                    "Valid ID number. Not registered yet: the resident is registered "
                    "with the request."
                ),
                theme.GREEN,
            )
            if self.id_edit.hasFocus():
                self.name_edit.setFocus()
            return
        info = found[0]
        typed_name = self.name_edit.text().strip()
        if typed_name and typed_name != info.name:
            self._feedback(
                fill(
                    self.tr(
                        "This ID number is registered under the name %1, not %2. "
                        "Check the number and the name."
                    ),
                    info.name,
                    typed_name,
                ),
                theme.RED,
            )
            return
        self.show_resident(info, keep_typed=True)
        if self.id_edit.hasFocus():
            self.phone_edit.setFocus()

    def show_resident(self, info: ResidentInfo, *, keep_typed: bool = False) -> None:
        """Show a registered resident: masked ID, stored fields (typed contact fields kept)."""
        self.resident = info
        self.revealed = False
        for key, edit in self._edits().items():
            if not (keep_typed and key != "name" and edit.text().strip()):
                edit.setText(getattr(info, key))
        self._show_state()
        self._feedback(
            fill(self.tr("Registered resident %1. The ID number is masked."), info.name),
            theme.GREEN,
        )
        self.resident_changed.emit(info)
        self.check_reveal()

    def _show_state(self) -> None:
        loaded = self.resident is not None
        if loaded and not self.revealed:
            assert self.resident is not None
            self.id_edit.setText(self.resident.id_number_masked)
        self.id_edit.setReadOnly(loaded)
        self.lookup_button.setEnabled(not loaded)
        self._show_reveal_button()

    # --- revealing the full number --------------------------------------------------------

    def check_reveal(self) -> None:
        """Ask whether this clerk may reveal the resident's number (it enables the button)."""
        info = self.resident
        self.reveal_button.setEnabled(False)
        self.reveal_button.setProperty("allowed", False)
        if info is None:
            return
        actor = self._context.actor
        self._context.read(
            lambda s: may_reveal(s, actor, info.id),
            lambda allowed: self._show_may_reveal(info.id, bool(allowed)),
            lambda _error: None,
        )

    def _show_may_reveal(self, resident_id: int, allowed: bool) -> None:
        if self.resident is None or self.resident.id != resident_id:
            return
        self.reveal_button.setProperty("allowed", allowed)
        self._show_reveal_button()

    def _show_reveal_button(self) -> None:
        allowed = bool(self.reveal_button.property("allowed")) and self.resident is not None
        self.reveal_button.setEnabled(allowed or self.revealed)
        self.reveal_button.setText(self.tr("Hide") if self.revealed else self.tr("Reveal…"))
        self.reveal_button.setToolTip(
            ""
            if allowed
            else self.tr(
                "Counter staff may reveal the full ID number only of residents whose request "
                "they accepted today."
            )
        )

    def toggle_reveal(self) -> None:
        if self.revealed:
            self.hide_full_number()
            return
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Reveal the ID number"),
            self.tr("Why do you need the full ID number? (recorded in the audit log)"),
        )
        if accepted and reason.strip():
            self.reveal(reason.strip())

    def reveal(self, reason: str) -> None:
        info = self.resident
        if info is None:
            return
        actor = self._context.actor
        self._context.write(
            lambda s: reveal_id_number(s, actor, info.id, reason),
            lambda number: self._show_full_number(info.id, number),
        )

    def _show_full_number(self, resident_id: int, number: str) -> None:
        if self.resident is None or self.resident.id != resident_id:
            return
        self.revealed = True
        self.id_edit.setText(number)
        self._show_reveal_button()
        self._reveal_timer.start()

    def hide_full_number(self) -> None:
        self._reveal_timer.stop()
        self.revealed = False
        self._show_state()

    # --- saving ---------------------------------------------------------------------------

    def entry(self) -> ResidentEntry:
        resident = self.resident
        return ResidentEntry(
            resident_id=resident.id if resident else None,
            id_number=normalise(self.id_edit.text()) if resident is None else "",
            name=self.name_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            address=self.address_edit.text().strip(),
            community=self.community_edit.text().strip(),
            grid=self.grid_edit.text().strip(),
            stored=resident,
        )

    def problem(self) -> str | None:
        """What stops saving the resident, for the clerk; None when it can be saved."""
        if self.resident is None:
            problem = id_problem(self.id_edit.text())
            if problem is not None:
                return fill(self.tr("ID number: %1"), problem)
        if not self.name_edit.text().strip():
            return self.tr("Enter the resident's name.")
        return None

    def save(self) -> None:
        problem = self.problem()
        if problem is not None:
            self._context.say(problem, True)
            return
        entry = self.entry()
        actor = self._context.actor
        self._context.write(lambda s: save_resident(s, actor, entry), self.saved)

    def saved(self, info: ResidentInfo) -> None:
        """The resident as stored now (after a save or an accepted request)."""
        self.resident = info
        for key, edit in self._edits().items():
            edit.setText(getattr(info, key))
        if not self.revealed:
            self._show_state()
        self._feedback(
            fill(self.tr("Registered resident %1. The ID number is masked."), info.name),
            theme.GREEN,
        )
        self.resident_changed.emit(info)
        self.check_reveal()

    def has_entries(self) -> bool:
        """Whether the clerk typed something that is not saved yet."""
        entry = self.entry()
        if entry.stored is None:
            return any(
                (entry.id_number, entry.name, entry.phone, entry.address, entry.community)
            ) or bool(entry.grid)
        return any(
            getattr(entry, field) != getattr(entry.stored, field)
            for field in ("name", *CONTACT_FIELDS)
        )

    def load_resident(self, resident_id: int) -> None:
        """Show a registered resident (a real-name ticket's) unless the clerk began another."""
        actor = self._context.actor

        def show(info: ResidentInfo) -> None:
            if self.resident is None and not self.has_entries():
                self.show_resident(info)

        self._context.read(lambda s: get_resident(s, actor, resident_id), show)

    def fill_from_card(self, id_number: str, name: str = "", address: str = "") -> None:
        """An ID card read (or typed by a reader in keyboard mode): look its holder up.

        The number replaces whoever the panel shows; the card's name and address fill empty
        fields of a resident not registered yet.
        """
        if self.resident is not None and self.resident.id_number_masked != mask_id_number(
            id_number
        ):
            self.clear(focus=False)
        elif self.resident is not None:
            return
        self.id_edit.setText(id_number)
        if name and not self.name_edit.text().strip():
            self.name_edit.setText(name)
        if address and not self.address_edit.text().strip():
            self.address_edit.setText(address)
        self._looked_up = ""
        self.lookup()

    def clear(self, *, focus: bool = True) -> None:
        self._reveal_timer.stop()
        self.resident = None
        self.revealed = False
        self._looked_up = ""
        self.reveal_button.setProperty("allowed", False)
        self.id_edit.clear()
        for edit in self._edits().values():
            edit.clear()
        self.id_feedback.clear()
        self._show_state()
        self._id_edited("")
        self.resident_changed.emit(None)
        if focus:
            self.id_edit.setFocus()
