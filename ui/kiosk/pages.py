"""The kiosk's three screens: choose a service, your ticket, and closed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from printing.barcode_image import code128_image, fit_module_dots
from services.calendar.opening_hours import Refusal
from services.catalog.reads import ServiceInfo
from services.queue.tickets import PriorityReason, TicketInfo
from ui.common import theme
from ui.common.i18n import fill
from ui.kiosk.tile_title import tile_title
from ui.qt import (
    QButtonGroup,
    QCoreApplication,
    QEvent,
    QHBoxLayout,
    QImage,
    QLabel,
    QPixmap,
    QPushButton,
    QSize,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

GREEN_CHANNEL = (
    PriorityReason.ELDERLY,
    PriorityReason.DISABILITY,
    PriorityReason.MILITARY,
    PriorityReason.PREGNANT,
)


@dataclass(frozen=True)
class ServiceTile:
    service: ServiceInfo
    waiting: int
    available: bool
    refusal: Refusal | None = None  # why not, during opening hours
    wait_minutes: int = 0  # the estimated wait of a ticket taken now


class ServiceButton(QPushButton):
    """One big touch target: letter and name, a description, and the queue length.

    The texts are placed by hand: the name may wrap onto a second line in a narrow tile,
    the queue length sits at the bottom, and the description fills what is left between
    them; when the whole description would not fit there, it is left out rather than cut.
    """

    MARGIN = 14  # room for "G Consultation" on one line of a 1280 px wide kiosk
    GAP = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._name = QLabel(self)
        self._name.setObjectName("tileTitle")
        self._name.setFont(theme.font(30, bold=True))
        self._name.setWordWrap(True)
        self._description = QLabel(self)
        self._description.setFont(theme.font(18))
        self._description.setWordWrap(True)
        self._waiting = QLabel(self)
        self._waiting.setFont(theme.font(22, bold=True))
        self._waiting.setWordWrap(True)
        for label in (self._name, self._description, self._waiting):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.tile: ServiceTile | None = None
        self._title = ("", "")  # the letter and the name, broken anew for each width

    def show_tile(self, tile: ServiceTile, language: str) -> None:
        self.tile = tile
        english = language.startswith("en")
        service = tile.service
        self._title = (service.code, service.name_en if english else service.name_zh)
        self._description.setText(service.description_en if english else service.description_zh)
        if tile.refusal is Refusal.PAUSED:
            self._waiting.setText(self.tr("Paused by the center"))
        elif tile.refusal is Refusal.QUOTA_REACHED:
            self._waiting.setText(self.tr("Today's numbers are all taken"))
        elif not tile.available:
            self._waiting.setText(self.tr("Not available now"))
        elif service.real_name_required:
            self._waiting.setText(
                fill(self.tr("%1 waiting · please place your ID card"), str(tile.waiting))
            )
        elif tile.waiting and tile.wait_minutes:
            self._waiting.setText(
                fill(self.tr("%1 waiting, about %2 min"), str(tile.waiting), str(tile.wait_minutes))
            )
        else:
            self._waiting.setText(fill(self.tr("%1 waiting"), str(tile.waiting)))
        self.setEnabled(tile.available)
        self.setAccessibleName("  ".join(self._title))
        self._arrange()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        room = self.rect().adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        width = max(1, room.width())
        self._name.setText(tile_title(*self._title, self._name.font(), width))
        name_height = self._name.heightForWidth(width)
        waiting_height = self._waiting.heightForWidth(width)
        self._name.setGeometry(room.left(), room.top(), width, name_height)
        self._waiting.setGeometry(
            room.left(), room.bottom() + 1 - waiting_height, width, waiting_height
        )
        top = room.top() + name_height + self.GAP
        free = room.height() - name_height - waiting_height - 2 * self.GAP
        needed = self._description.heightForWidth(width)
        fits = bool(self._description.text()) and needed <= free
        self._description.setVisible(fits)
        if fits:
            self._description.setGeometry(room.left(), top, width, needed)

    def needed_height(self, width: int) -> int:
        """The height the name and the queue length need in a tile ``width`` wide."""
        inner = max(1, width - 2 * self.MARGIN)
        return (
            self._name.heightForWidth(inner)
            + self._waiting.heightForWidth(inner)
            + 2 * self.MARGIN
            + self.GAP
        )


class TileGrid(QWidget):
    """The service tiles in as many columns as the shape of the screen suits."""

    SPACING = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._tiles: list[ServiceButton] = []

    def set_tiles(self, tiles: list[ServiceButton]) -> None:
        self._tiles = tiles
        self._arrange()

    def columns(self) -> int:
        count = max(1, len(self._tiles))
        if self.width() < self.height() * 1.2:  # portrait: two wide columns
            return min(2, count)
        return min(count, 3 if count <= 6 else 4)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        if not self._tiles:
            return
        columns = self.columns()
        rows = (len(self._tiles) + columns - 1) // columns
        gap = self.SPACING
        width = (self.width() - gap * (columns - 1)) // columns
        height = (self.height() - gap * (rows - 1)) // rows
        for index, tile in enumerate(self._tiles):
            row, column = divmod(index, columns)
            tile.setGeometry(column * (width + gap), row * (height + gap), width, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)


class HomePage(QWidget):
    """The service tiles and the green channel."""

    service_chosen = Signal(str, object)  # service letter, PriorityReason | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 18)
        layout.setSpacing(14)
        self._prompt = QLabel()
        self._prompt.setFont(theme.font(30, bold=True))
        self._prompt.setWordWrap(True)
        layout.addWidget(self._prompt)
        self._grid = TileGrid()
        layout.addWidget(self._grid, 1)
        self._green_hint = QLabel()
        self._green_hint.setFont(theme.font(18))
        self._green_hint.setWordWrap(True)
        self._green_hint.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self._green_hint)
        green = QHBoxLayout()
        green.setSpacing(12)
        self._green_group = QButtonGroup(self)
        self._green_group.setExclusive(False)
        self._green_buttons: dict[PriorityReason, QPushButton] = {}
        for reason in GREEN_CHANNEL:
            button = QPushButton()
            button.setObjectName("greenChannel")
            button.setCheckable(True)
            button.setMinimumHeight(72)
            button.setMinimumWidth(1)
            button.setFont(theme.font(20, bold=True))
            button.toggled.connect(lambda checked, r=reason: self._only(r, checked))
            self._green_group.addButton(button)
            self._green_buttons[reason] = button
            green.addWidget(button, 1)
        layout.addLayout(green)
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

    def green_button(self, reason: PriorityReason) -> QPushButton:
        return self._green_buttons[reason]

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
            button = ServiceButton(self._grid)
            button.clicked.connect(lambda _=False, b=button: self._chosen(b))
            self._buttons.append(button)
        for index, button in enumerate(self._buttons):
            if index < len(tiles):
                button.show_tile(tiles[index], language)
                button.show()
            else:
                button.hide()
        self._grid.set_tiles(self._buttons[: len(tiles)])

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
        self._green_hint.setText(
            "<b>{}</b> {}".format(
                self.tr("Green channel:"),
                self.tr(
                    "Choose a green channel first if it applies to you, then touch your service."
                ),
            )
        )
        for reason, button in self._green_buttons.items():
            button.setText(green_channel_text(reason))
        for button in self._buttons:
            if button.tile is not None:
                button.show_tile(button.tile, self._language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def green_channel_text(reason: PriorityReason) -> str:
    """The short name of a green channel, as its button and the ticket page show it."""
    texts = {
        PriorityReason.ELDERLY: QCoreApplication.translate("HomePage", "Elderly 60+"),
        PriorityReason.DISABILITY: QCoreApplication.translate("HomePage", "Disability"),
        PriorityReason.MILITARY: QCoreApplication.translate("HomePage", "Military family"),
        PriorityReason.PREGNANT: QCoreApplication.translate("HomePage", "Pregnant"),
    }
    return texts.get(reason, QCoreApplication.translate("HomePage", "Priority"))


class TicketPage(QWidget):
    """The issued number, very large, with what the resident needs to know."""

    done = Signal()
    BARCODE_HEIGHT = 96
    BARCODE_WIDTH = 560

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 12, 36, 16)
        layout.setSpacing(6)
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
        self._service.setWordWrap(True)
        self._priority = QLabel()
        self._priority.setObjectName("greenChannelChosen")
        self._priority.setFont(theme.font(24, bold=True))
        self._priority.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._priority.setStyleSheet(f"color: {theme.GREEN};")
        self._ahead = QLabel()
        self._ahead.setFont(theme.font(24))
        self._ahead.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._ahead.setWordWrap(True)
        # Whole pixels per bar, black on a white quiet zone: a scanner reads it off the glass.
        self._barcode = QLabel()
        self._barcode.setObjectName("ticketBarcode")
        self._barcode.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._barcode.setStyleSheet("background: white; padding: 8px;")
        self._print_state = QLabel()
        self._print_state.setObjectName("printState")
        self._print_state.setFont(theme.font(22, bold=True))
        self._print_state.setWordWrap(True)
        self._print_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._done = QPushButton()
        self._done.setMinimumSize(360, 72)
        self._done.setFont(theme.font(26, bold=True))
        self._done.clicked.connect(self.done)
        for widget in (self._heading, self._code, self._service, self._priority, self._ahead):
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

    @property
    def priority_text(self) -> str:
        return self._priority.text() if not self._priority.isHidden() else ""

    def barcode_image(self) -> QImage:
        """The on-screen barcode as it is drawn (for tests and the staff)."""
        return self._barcode.grab().toImage()

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
        self._barcode.setPixmap(barcode_pixmap(ticket.barcode, self.BARCODE_WIDTH))
        self.retranslate()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        # The number takes what the page can spare: very large in portrait, smaller on a
        # short landscape screen, where everything else still has to fit.
        font = theme.font(150, bold=True)
        font.setPixelSize(max(80, min(200, int(self.height() * 0.14))))
        self._code.setFont(font)

    def set_print_state(self, text: str, *, fault: bool) -> None:
        self._print_state.setProperty("fault", fault)
        self._print_state.setStyleSheet(
            f"color: {theme.RED if fault else theme.GREEN}; padding: 6px;"
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
        reason = ticket.priority_reason
        self._priority.setVisible(reason is not None)
        if reason is not None:
            self._priority.setText(
                self.tr("Green channel: %1").replace(
                    "%1", green_channel_text(PriorityReason(reason))
                )
            )
        ahead = ticket.ahead or 0
        if ahead == 0:
            self._ahead.setText(self.tr("You are next. Please watch the hall display."))
        else:
            # Counted forms (Qt's %n): "1 person ahead", never "1 people".
            text = self.tr("%n people ahead of you", "", ahead)
            minutes = ticket.estimated_wait_minutes or 0
            if minutes >= 1:  # "about 0 minutes" says nothing a resident can use
                text = fill(self.tr("%1, %2"), text, self.tr("about %n minutes", "", minutes))
            self._ahead.setText(text)
        if not self._counters_open:
            # Early in the morning: the ticket is good, the clerks are just arriving.
            self._ahead.setText(self.tr("The counters open shortly.") + "\n" + self._ahead.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def barcode_pixmap(payload: str, max_width: int) -> QPixmap:
    """CODE128 of ``payload`` in whole-pixel modules, as wide as ``max_width`` allows."""
    module = fit_module_dots(payload, max_width, largest=4)
    image = code128_image(payload, module_dots=module, height_dots=TicketPage.BARCODE_HEIGHT)
    grey = image.convert("L")
    data = grey.tobytes()
    qimage = QImage(data, grey.width, grey.height, grey.width, QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(qimage.copy())


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
