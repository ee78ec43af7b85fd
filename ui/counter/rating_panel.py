"""The resident's rating of a visit (好差评): a window facing the resident, with five very
large buttons, on the second screen when there is one. Staff windows have no rating controls:
only this panel's actor (``rating_panel_actor``) may rate."""

from __future__ import annotations

from sqlalchemy.orm import Session

from services.casework.evaluations import (
    BAD_RATING_REASONS,
    BAD_SCORES,
    SCORE_LABELS,
    EvaluationInfo,
    ratable_ticket,
    rate_ticket,
)
from services.core.actors import rating_panel_actor
from services.core.errors import AlreadyRated
from services.queue.tickets import TicketInfo
from services.storage.db import Database
from ui.common import theme
from ui.common.i18n import fill, translate_in
from ui.common.messages import user_message
from ui.common.op_runner import OpRunner
from ui.common.session_jobs import DatabaseJobs
from ui.qt import (
    QButtonGroup,
    QCloseEvent,
    QEvent,
    QGridLayout,
    QGuiApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

SCORE_COLOURS = {5: "#1b7f3b", 4: "#3d9a50", 3: "#51606f", 2: "#b35c00", 1: "#b00020"}
OFFER_SECONDS = 120
THANKS_SECONDS = 4


class RatingPanel(QWidget):
    """A top-level window; ``offer()`` after Finish shows the visit to rate.

    ``rated(EvaluationInfo)`` follows a stored rating.
    """

    rated = Signal(object)

    def __init__(
        self,
        database: Database,
        runner: OpRunner,
        counter_number: int,
        *,
        language: str = "zh_CN",
    ) -> None:
        super().__init__(None)
        self._database = database
        self._runner = runner
        self._jobs = DatabaseJobs(self._database, self._runner)
        self._counter = counter_number
        self._actor = rating_panel_actor(counter_number)
        self._language = language
        self.ticket: TicketInfo | None = None
        self._speaking = language  # the resident's language while a visit is rated and thanked
        self.score: int | None = None
        self.reason: str | None = None
        self._sending = False
        self.setObjectName("ratingPanel")
        self.setStyleSheet(
            f"QWidget#ratingPanel {{ background: {theme.PAPER}; }}"
            "QPushButton { border-radius: 12px; padding: 8px; }"
        )
        self._build()
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(OFFER_SECONDS * 1000)
        self._timeout.timeout.connect(self.withdraw)
        self._thanks = QTimer(self)
        self._thanks.setSingleShot(True)
        self._thanks.setInterval(THANKS_SECONDS * 1000)
        self._thanks.timeout.connect(self.withdraw)
        self.retranslate()

    def _build(self) -> None:
        self._pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addWidget(self._pages)
        # the rating page
        rate = QWidget()
        layout = QVBoxLayout(rate)
        layout.setSpacing(16)
        self._title = QLabel()
        self._title.setFont(theme.font(30, bold=True))
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._visit = QLabel()
        self._visit.setFont(theme.font(18))
        self._visit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._title)
        layout.addWidget(self._visit)
        scores = QHBoxLayout()
        scores.setSpacing(14)
        self.score_buttons: dict[int, QPushButton] = {}
        for label in SCORE_LABELS:
            button = QPushButton()
            button.setCheckable(True)
            button.setFont(theme.font(24, bold=True))
            button.setMinimumSize(150, 150)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            colour = SCORE_COLOURS[label.score]
            button.setStyleSheet(
                f"QPushButton {{ background: {colour}; color: white; border: 4px solid {colour}; }}"
                f"QPushButton:checked {{ border: 8px solid {theme.INK}; }}"
            )
            button.clicked.connect(lambda _checked=False, s=label.score: self.choose(s))
            scores.addWidget(button)
            self.score_buttons[label.score] = button
        layout.addLayout(scores, 3)
        self._reasons_box = QWidget()
        reasons = QVBoxLayout(self._reasons_box)
        reasons.setContentsMargins(0, 0, 0, 0)
        self._reasons_title = QLabel()
        self._reasons_title.setFont(theme.font(20, bold=True))
        reasons.addWidget(self._reasons_title)
        grid = QGridLayout()
        grid.setSpacing(10)
        self._reason_group = QButtonGroup(self)
        self._reason_group.setExclusive(True)
        self.reason_buttons: dict[str, QPushButton] = {}
        for index, reason in enumerate(BAD_RATING_REASONS):
            button = QPushButton()
            button.setCheckable(True)
            button.setFont(theme.font(18))
            button.setMinimumHeight(64)
            button.setStyleSheet(
                f"QPushButton {{ background: {theme.MIST}; border: 2px solid {theme.NAVY}; }}"
                f"QPushButton:checked {{ background: {theme.NAVY}; color: white; }}"
            )
            button.clicked.connect(lambda _checked=False, c=reason.code: self.choose_reason(c))
            self._reason_group.addButton(button)
            grid.addWidget(button, index // 3, index % 3)
            self.reason_buttons[reason.code] = button
        reasons.addLayout(grid)
        self.submit_button = QPushButton()
        self.submit_button.setFont(theme.font(22, bold=True))
        self.submit_button.setMinimumHeight(72)
        self.submit_button.setStyleSheet(
            f"QPushButton {{ background: {theme.NAVY}; color: white; }}"
        )
        self.submit_button.clicked.connect(self.submit)
        reasons.addWidget(self.submit_button)
        layout.addWidget(self._reasons_box, 2)
        self.message = QLabel()
        self.message.setFont(theme.font(18, bold=True))
        self.message.setStyleSheet(f"color: {theme.RED};")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._pages.addWidget(rate)
        # the idle and thank-you page
        self._idle = QLabel()
        self._idle.setFont(theme.font(34, bold=True))
        self._idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._idle.setWordWrap(True)
        self._pages.addWidget(self._idle)
        self._show_idle(thanks=False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Please rate our service"))
        self._title.setText(self.tr("Please rate our service"))
        language = self._resident_language()
        for label in SCORE_LABELS:
            self.score_buttons[label.score].setText(label.label(language))
        for reason in BAD_RATING_REASONS:
            self.reason_buttons[reason.code].setText(reason.label(language))
        self._reasons_title.setText(self.tr("Sorry. Please tell us what went wrong:"))
        self.submit_button.setText(self.tr("Submit"))
        self._show_visit()

    def _resident_language(self) -> str:
        return self.ticket.language if self.ticket is not None else self._speaking

    def tr(self, text: str, *_plural: object) -> str:
        """The panel speaks the resident's language (their ticket's), not the clerk's."""
        return translate_in(self._resident_language(), "RatingPanel", text)

    def _show_visit(self) -> None:
        ticket = self.ticket
        if ticket is None:
            self._visit.clear()
            return
        self._visit.setText(
            fill(
                self.tr("Ticket %1 · %2 · counter %3"),
                ticket.code,
                ticket.service_name(ticket.language),
                str(self._counter),
            )
        )

    # --- offering a visit -----------------------------------------------------------------

    def offer(self) -> None:
        """Show the visit just finished at this counter, if it is not rated yet."""
        actor = self._actor
        counter = self._counter

        def read(session: Session) -> TicketInfo | None:
            return ratable_ticket(session, actor, counter)

        self._jobs.read(read, self.show_ticket, lambda _error: None)

    def show_ticket(self, ticket: TicketInfo | None) -> None:
        if ticket is None:
            return
        self._thanks.stop()
        self.ticket = ticket
        self._speaking = ticket.language
        self.score = None
        self.reason = None
        for button in self.score_buttons.values():
            button.setChecked(False)
        self._clear_reasons()
        self._reasons_box.setVisible(False)
        self.message.clear()
        self.retranslate()
        self._pages.setCurrentIndex(0)
        self._timeout.start()
        self.show_on_screen()

    def show_on_screen(self) -> None:
        """Full screen on the second screen when there is one; else a window of its own."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            screen = screens[1]
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
            return
        if not self.isVisible():
            self.resize(960, 640)
        self.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            self.raise_()  # over the clerk's window; those platforms cannot (and warn)

    def withdraw(self) -> None:
        """Back to idle: hidden when it shares the clerk's screen."""
        self._timeout.stop()
        self._thanks.stop()
        self.ticket = None
        self._speaking = self._language
        self._show_idle(thanks=False)
        if len(QGuiApplication.screens()) < 2:
            self.hide()

    def _show_idle(self, *, thanks: bool) -> None:
        self._idle.setText(self.tr("Thank you for your rating!") if thanks else self.tr("Welcome"))
        self._pages.setCurrentIndex(1)

    # --- rating ---------------------------------------------------------------------------

    def _clear_reasons(self) -> None:
        self._reason_group.setExclusive(False)
        for button in self.reason_buttons.values():
            button.setChecked(False)
        self._reason_group.setExclusive(True)

    def choose(self, score: int) -> None:
        """A tap on a score: 3 to 5 are sent at once; 1 and 2 ask for a reason first."""
        if self.ticket is None or self._sending:
            return
        self.score = score
        for value, button in self.score_buttons.items():
            button.setChecked(value == score)
        self._timeout.start()
        if score in BAD_SCORES:
            self.reason = None
            self._clear_reasons()
            self._reasons_box.setVisible(True)
            self.message.clear()
            return
        self._reasons_box.setVisible(False)
        self.submit()

    def choose_reason(self, code: str) -> None:
        self.reason = code
        for value, button in self.reason_buttons.items():
            button.setChecked(value == code)
        self.message.clear()
        self._timeout.start()

    def submit(self) -> None:
        ticket, score = self.ticket, self.score
        if ticket is None or score is None or self._sending:
            return
        reason = self.reason if score in BAD_SCORES else None
        if score in BAD_SCORES and reason is None:
            self.message.setText(self.tr("Please choose a reason first."))
            return
        actor = self._actor

        def write(session: Session) -> EvaluationInfo:
            return rate_ticket(session, actor, ticket.id, score, reason)

        self._sending = True
        self._jobs.write(write, self._rated, self._failed)

    def _rated(self, info: EvaluationInfo) -> None:
        self._sending = False
        self._timeout.stop()
        self.ticket = None
        self._show_idle(thanks=True)
        self._thanks.start()
        self.rated.emit(info)

    def _failed(self, error: BaseException) -> None:
        self._sending = False
        if isinstance(error, AlreadyRated):
            self.ticket = None
            self._show_idle(thanks=True)
            self._thanks.start()
            return
        self.message.setText(user_message(error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timeout.stop()
        self._thanks.stop()
        super().closeEvent(event)
