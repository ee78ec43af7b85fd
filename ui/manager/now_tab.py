"""The manager's "Now" tab: the hall at a glance, kept open all day.

A line of totals, then a table of the services (the line, its longest wait against the
target, who serves it) and one of the counters (who sits there, the ticket, for how long).
A row that needs the manager is red and its tooltip says why. The minutes run on between
readings: every half minute they are worked out again from the reading already held."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from services.core.clock import utc_now
from services.queue.hall_now import (
    CALLED_TOO_LONG,
    CALLED_TOO_LONG_MINUTES,
    NO_OPEN_COUNTER,
    OVER_TARGET,
    SERVING_TOO_LONG,
    SLOW_SERVICE_FACTOR,
    CounterHallNow,
    HallNow,
    ServiceNow,
)
from ui.common import theme
from ui.common.i18n import fill
from ui.common.table_model import Column, RowsModel
from ui.manager.sortable import sortable_table
from ui.qt import QLabel, QTimer, QVBoxLayout, QWidget

MINUTES_REFRESH_MS = 30_000


class NowTab(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._hall: HallNow | None = None
        self._at: datetime = utc_now()
        layout = QVBoxLayout(self)
        # No title over each table: their first headings (service, counter) name them, and
        # both tables keep every row in view at 1366x768 even under the training band.
        self.summary = QLabel()
        self.summary.setFont(theme.font(14, bold=True))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.service_model: RowsModel[ServiceNow] = RowsModel(self._service_columns(), self)
        self.service_view = sortable_table(self.service_model)  # type: ignore[arg-type]
        layout.addWidget(self.service_view, 1)
        self.counter_model: RowsModel[CounterHallNow] = RowsModel(self._counter_columns(), self)
        self.counter_view = sortable_table(self.counter_model)  # type: ignore[arg-type]
        layout.addWidget(self.counter_view, 1)
        self._minutes_timer = QTimer(self)
        self._minutes_timer.setInterval(MINUTES_REFRESH_MS)
        self._minutes_timer.timeout.connect(lambda: self.show_minutes_at(utc_now()))
        self._minutes_timer.start()
        self.retranslate()

    # --- showing --------------------------------------------------------------------------

    def show_hall(self, hall: HallNow) -> None:
        self._hall = hall
        self._at = hall.at
        self.service_model.set_rows(hall.services)
        self.counter_model.set_rows(hall.counters)
        self._show_summary()

    def show_minutes_at(self, at: datetime) -> None:
        """The minutes, highlights and totals as they stand at ``at``, from the last reading
        (no database read: the counts only change with an event, the minutes with time)."""
        self._at = at
        for model in (self.service_model, self.counter_model):
            if model.rowCount():
                top_left = model.index(0, 0)
                bottom_right = model.index(model.rowCount() - 1, model.columnCount() - 1)
                model.dataChanged.emit(top_left, bottom_right)
        self._show_summary()

    def _show_summary(self) -> None:
        hall = self._hall
        if hall is None:
            self.summary.clear()
            return
        longest = hall.longest_wait_minutes(self._at)
        # Counted forms (Qt's %n): "1 counter open", never "1 counters".
        counters = self.tr("%n counters open", "", hall.open_counters)
        if hall.total_waiting == 0 or longest is None:
            text = fill(self.tr("Nobody waiting now, %1."), counters)
        else:
            text = fill(
                self.tr("%1, %2, %3."),
                self.tr("%n waiting now", "", hall.total_waiting),
                counters,
                self.tr("longest wait %n min", "", longest),
            )
        attention = sum(1 for s in hall.services if s.alerts(self._at)) + sum(
            1 for c in hall.counters if c.alerts(self._at)
        )
        if attention:
            text = fill(
                self.tr("%1 %2", "a sentence, then the next"),
                text,
                self.tr("%n in red need a look.", "", attention),
            )
        self.summary.setText(text)

    # --- the services ---------------------------------------------------------------------

    def _service_columns(self) -> list[Column[ServiceNow]]:
        def reasons(s: ServiceNow) -> str | None:
            return self._service_reasons(s)

        def colour(s: ServiceNow) -> str | None:
            return theme.RED if s.alerts(self._at) else None

        def column(
            title: Callable[[], str], value: Callable[[ServiceNow], object], name: str
        ) -> Column[ServiceNow]:
            return Column(title, value, True, name=name, colour=colour, tooltip=reasons)

        return [
            Column(
                lambda: self.tr("Service"),
                lambda s: f"{s.code} {s.name(self._language)}",
                name="service",
                colour=colour,
                tooltip=lambda s: reasons(s) or f"{s.code} {s.name(self._language)}",
                sort_key=lambda s: s.code,
            ),
            column(lambda: self.tr("Waiting"), lambda s: s.waiting, "waiting"),
            column(
                lambda: self.tr("Longest wait (min)"),
                lambda s: s.longest_wait_minutes(self._at),
                "longest",
            ),
            column(lambda: self.tr("Target (min)"), lambda s: s.target_wait_minutes, "target"),
            column(lambda: self.tr("Open counters"), lambda s: s.open_counters, "open_counters"),
            column(
                lambda: self.tr("Appointments", "checked in and waiting"),
                lambda s: s.appointments_waiting,
                "appointments",
            ),
            Column(
                lambda: self.tr("Kiosk"),
                lambda s: s.paused,
                name="kiosk",
                display=lambda s: self.tr("Paused") if s.paused else self.tr("Taking tickets"),
                colour=colour,
                tooltip=reasons,
            ),
        ]

    def _service_reasons(self, service: ServiceNow) -> str | None:
        texts = []
        for alert in service.alerts(self._at):
            if alert == OVER_TARGET:
                texts.append(
                    fill(
                        self.tr("The longest wait, %1 min, is over the target of %2 min."),
                        service.longest_wait_minutes(self._at),
                        service.target_wait_minutes,
                    )
                )
            elif alert == NO_OPEN_COUNTER:
                texts.append(self.tr("People are waiting and no open counter serves them."))
        return "\n".join(texts) or None

    # --- the counters ---------------------------------------------------------------------

    def _counter_columns(self) -> list[Column[CounterHallNow]]:
        def reasons(c: CounterHallNow) -> str | None:
            return self._counter_reasons(c)

        def colour(c: CounterHallNow) -> str | None:
            return theme.RED if c.alerts(self._at) else None

        def state(c: CounterHallNow) -> str:
            words = {
                "open": self.tr("Open"),
                "paused": self.tr("On a break"),
                "closed": self.tr("Closed"),
            }
            return words.get(c.state, c.state)

        def ticket_status(c: CounterHallNow) -> str:
            words = {"called": self.tr("Called"), "serving": self.tr("Serving")}
            return words.get(c.ticket_status or "", c.ticket_status or "—")

        def text_column(
            title: Callable[[], str],
            text: Callable[[CounterHallNow], str],
            name: str,
            sort_key: Callable[[CounterHallNow], object] | None = None,
        ) -> Column[CounterHallNow]:
            return Column(
                title,
                text,
                name=name,
                colour=colour,
                tooltip=lambda c: reasons(c) or text(c),
                sort_key=sort_key,
            )

        return [
            text_column(
                lambda: self.tr("Counter"),
                self._counter_name,
                "counter",
                lambda c: c.number,
            ),
            text_column(lambda: self.tr("State"), state, "state"),
            text_column(lambda: self.tr("Staff"), lambda c: c.staff_name or "—", "staff"),
            text_column(lambda: self.tr("Ticket"), lambda c: c.ticket_code or "—", "ticket"),
            text_column(lambda: self.tr("Ticket status"), ticket_status, "ticket_status"),
            Column(
                lambda: self.tr("For (min)"),
                lambda c: c.minutes_at_counter(self._at),
                True,
                name="minutes",
                colour=colour,
                tooltip=reasons,
            ),
        ]

    def _counter_name(self, counter: CounterHallNow) -> str:
        """The name with the counter's number in front, unless the name already ends in it."""
        name = counter.name(self._language)
        return name if name.endswith(str(counter.number)) else f"{counter.number} {name}"

    def _counter_reasons(self, counter: CounterHallNow) -> str | None:
        alerts = counter.alerts(self._at)
        if CALLED_TOO_LONG in alerts:
            return fill(
                self.tr("Called %1 min ago and not yet started (more than %2 min)."),
                counter.minutes_at_counter(self._at),
                CALLED_TOO_LONG_MINUTES,
            )
        if SERVING_TOO_LONG in alerts and counter.usual_service_seconds is not None:
            return fill(
                self.tr("Serving for %1 min, more than %2 times the recent average of %3 min."),
                counter.minutes_at_counter(self._at),
                SLOW_SERVICE_FACTOR,
                round(counter.usual_service_seconds / 60),
            )
        return None

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.service_model.refresh_headers()
        self.counter_model.refresh_headers()
        self._show_summary()
