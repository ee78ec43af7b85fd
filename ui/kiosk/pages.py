"""The kiosk's three screens: choose a service, your ticket, and closed."""

from __future__ import annotations

from dataclasses import dataclass

from printing.barcode_svg import code128_svg
from services.calendar.opening_hours import Refusal
from services.catalog.reads import ServiceInfo
from services.queue.tickets import PriorityReason, TicketInfo
from ui.common import theme
from ui.common.i18n import fill
from ui.qt import (
    QButtonGroup,
    QByteArray,
    QEvent,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSvgWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

GREEN_CHANNEL = (PriorityReason.ELDERLY, PriorityReason.DISABILITY, PriorityReason.MILITARY)


@dataclass(frozen=True)
class ServiceTile:
    service: ServiceInfo
    waiting: int
    available: bool
    refusal: Refusal | None = None  # why not, during opening hours


class ServiceButton(QPushButton):
    """One big touch target: letter, name, a line of description and the queue length."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.setSpacing(4)
        self._name = QLabel()
        self._name.setFont(theme.font(30, bold=True))
        self._description = QLabel()
        self._description.setFont(theme.font(18))
        self._description.setWordWrap(True)
        self._waiting = QLabel()
        self._waiting.setFont(theme.font(22, bold=True))
        for label in (self._name, self._description, self._waiting):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.tile: ServiceTile | None = None

    def show_tile(self, tile: ServiceTile, language: str) -> None:
        self.tile = tile
        english = language.startswith("en")
        service = tile.service
        self._name.setText(f"{service.code}  {service.name_en if english else service.name_zh}")
        self._description.setText(service.description_en if english else service.description_zh)
        if tile.available and service.real_name_required:
            self._waiting.setText(
                fill(self.tr("%1 waiting · please place your ID card"), str(tile.waiting))
            )
        elif tile.available:
            self._waiting.setText(fill(self.tr("%1 waiting"), str(tile.waiting)))
        elif tile.refusal is Refusal.PAUSED:
            self._waiting.setText(self.tr("Paused by the center"))
        elif tile.refusal is Refusal.QUOTA_REACHED:
            self._waiting.setText(self.tr("Today's numbers are all taken"))
        else:
            self._waiting.setText(self.tr("Not available now"))
        self.setEnabled(tile.available)
        self.setAccessibleName(self._name.text())


class HomePage(QWidget):
    """The service buttons and the green channel."""

    service_chosen = Signal(str, object)  # service letter, PriorityReason | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 12, 36, 24)
        layout.setSpacing(18)
        self._prompt = QLabel()
        self._prompt.setFont(theme.font(30, bold=True))
        layout.addWidget(self._prompt)
        self._grid = QGridLayout()
        self._grid.setSpacing(18)
        layout.addLayout(self._grid, 1)
        green = QHBoxLayout()
        green.setSpacing(18)
        self._green_title = QLabel()
        self._green_title.setFont(theme.font(20, bold=True))
        green.addWidget(self._green_title)
        self._green_group = QButtonGroup(self)
        self._green_group.setExclusive(False)
        self._green_buttons: dict[PriorityReason, QPushButton] = {}
        for reason in GREEN_CHANNEL:
            button = QPushButton()
            button.setObjectName("greenChannel")
            button.setCheckable(True)
            button.setMinimumHeight(72)
            button.setFont(theme.font(20, bold=True))
            button.toggled.connect(lambda checked, r=reason: self._only(r, checked))
            self._green_group.addButton(button)
            self._green_buttons[reason] = button
            green.addWidget(button, 1)
        layout.addLayout(green)
        self._green_hint = QLabel()
        self._green_hint.setFont(theme.font(16))
        layout.addWidget(self._green_hint)
        self._buttons: list[ServiceButton] = []
        self._language = "zh_CN"
        self._card_holder: str | None = None
        self.retranslate()

    @property
    def priority(self) -> PriorityReason | None:
        for reason, button in self._green_buttons.items():
            if button.isChecked():
                return reason
        return None

    def _only(self, reason: PriorityReason, checked: bool) -> None:
        if checked:
            for other, button in self._green_buttons.items():
                if other is not reason:
                    button.setChecked(False)

    def clear_priority(self) -> None:
        for button in self._green_buttons.values():
            button.setChecked(False)

    def show_tiles(self, tiles: list[ServiceTile], language: str) -> None:
        self._language = language
        while len(self._buttons) < len(tiles):
            button = ServiceButton()
            button.clicked.connect(lambda _=False, b=button: self._chosen(b))
            self._buttons.append(button)
        columns = 2 if len(tiles) <= 8 else 3
        for index, button in enumerate(self._buttons):
            if index < len(tiles):
                button.show_tile(tiles[index], language)
                self._grid.addWidget(button, index // columns, index % columns)
                button.show()
            else:
                button.hide()

    def show_card_holder(self, masked_name: str | None) -> None:
        """Say whose ID card lies on the reader: the next service touched is theirs."""
        self._card_holder = masked_name
        self._show_prompt()

    def _show_prompt(self) -> None:
        if self._card_holder:
            self._prompt.setText(
                self.tr("ID card of %1 read: touch the service you need").replace(
                    "%1", self._card_holder
                )
            )
        else:
            self._prompt.setText(self.tr("Touch the service you need"))

    def _chosen(self, button: ServiceButton) -> None:
        if button.tile is not None and button.tile.available:
            self.service_chosen.emit(button.tile.service.code, self.priority)

    def retranslate(self) -> None:
        self._show_prompt()
        self._green_title.setText(self.tr("Green channel:"))
        labels = {
            PriorityReason.ELDERLY: self.tr("Elderly (65+)"),
            PriorityReason.DISABILITY: self.tr("Disability"),
            PriorityReason.MILITARY: self.tr("Military and families"),
        }
        for reason, button in self._green_buttons.items():
            button.setText(labels[reason])
        self._green_hint.setText(
            self.tr("Choose a green channel first if it applies to you, then touch your service.")
        )
        for button in self._buttons:
            if button.tile is not None:
                button.show_tile(button.tile, self._language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TicketPage(QWidget):
    """The issued number, very large, with what the resident needs to know."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 36)
        layout.setSpacing(10)
        self._heading = QLabel()
        self._heading.setFont(theme.font(30, bold=True))
        self._heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._code = QLabel()
        self._code.setObjectName("bigNumber")
        self._code.setFont(theme.font(150, bold=True))
        self._code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._service = QLabel()
        self._service.setFont(theme.font(30, bold=True))
        self._service.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._ahead = QLabel()
        self._ahead.setFont(theme.font(28))
        self._ahead.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._ahead.setWordWrap(True)
        self._barcode = QSvgWidget()
        self._barcode.setFixedSize(520, 110)
        self._print_state = QLabel()
        self._print_state.setObjectName("printState")
        self._print_state.setFont(theme.font(24, bold=True))
        self._print_state.setWordWrap(True)
        self._print_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._done = QPushButton()
        self._done.setMinimumSize(360, 90)
        self._done.setFont(theme.font(26, bold=True))
        self._done.clicked.connect(self.done)
        for widget in (self._heading, self._code, self._service, self._ahead):
            layout.addWidget(widget)
        layout.addWidget(self._barcode, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._print_state)
        layout.addStretch(1)
        layout.addWidget(self._done, 0, Qt.AlignmentFlag.AlignHCenter)
        self._ticket: TicketInfo | None = None
        self._seconds_left = 0
        self._heading_note = ""
        self._counters_open = True

    @property
    def code_text(self) -> str:
        return self._code.text()

    @property
    def heading_text(self) -> str:
        return self._heading.text()

    @property
    def print_state_text(self) -> str:
        return self._print_state.text()

    @property
    def ahead_text(self) -> str:
        return self._ahead.text()

    def show_ticket(
        self,
        ticket: TicketInfo,
        seconds_left: int,
        heading: str = "",
        *,
        counters_open: bool = True,
    ) -> None:
        """``heading`` replaces "Your number" (an appointment checked in, or late)."""
        self._heading_note = heading
        self._ticket = ticket
        self._counters_open = counters_open
        self._seconds_left = seconds_left
        self._code.setText(ticket.code)
        self._barcode.load(QByteArray(code128_svg(ticket.barcode)))
        self.retranslate()

    def set_print_state(self, text: str, *, fault: bool) -> None:
        self._print_state.setProperty("fault", fault)
        self._print_state.setStyleSheet(
            f"color: {theme.RED if fault else theme.GREEN}; padding: 8px;"
        )
        self._print_state.setText(text)

    def set_seconds_left(self, seconds: int) -> None:
        self._seconds_left = seconds
        self._done.setText(fill(self.tr("Done (%1 s)"), str(seconds)))

    def retranslate(self) -> None:
        self._heading.setText(self._heading_note or self.tr("Your number"))
        self.set_seconds_left(self._seconds_left)
        ticket = self._ticket
        if ticket is None:
            return
        english = ticket.language.startswith("en")
        self._service.setText(ticket.service_name_en if english else ticket.service_name_zh)
        ahead = ticket.ahead or 0
        if ahead == 0:
            self._ahead.setText(self.tr("You are next. Please watch the hall display."))
        else:
            self._ahead.setText(
                fill(
                    self.tr("%1 people ahead of you, about %2 minutes"),
                    str(ahead),
                    str(ticket.estimated_wait_minutes or 0),
                )
            )
        if not self._counters_open:
            # Early in the morning: the ticket is good, the clerks are just arriving.
            self._ahead.setText(self.tr("The counters open shortly.") + "\n" + self._ahead.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MessagePage(QWidget):
    """A polite full-screen message: closed hours, or a problem, with a way back."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 60, 60, 60)
        layout.addStretch(1)
        self._title = QLabel()
        self._title.setFont(theme.font(44, bold=True))
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)
        self._body = QLabel()
        self._body.setFont(theme.font(28))
        self._body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._body.setWordWrap(True)
        self._back = QPushButton()
        self._back.setMinimumSize(360, 90)
        self._back.setFont(theme.font(26, bold=True))
        self._back.clicked.connect(self.back)
        layout.addWidget(self._title)
        layout.addWidget(self._body)
        layout.addStretch(1)
        layout.addWidget(self._back, 0, Qt.AlignmentFlag.AlignHCenter)

    @property
    def text(self) -> str:
        return f"{self._title.text()}\n{self._body.text()}"

    def show_message(self, title: str, body: str, *, can_go_back: bool) -> None:
        self._title.setText(title)
        self._body.setText(body)
        self._back.setText(self.tr("Back"))
        self._back.setVisible(can_go_back)
