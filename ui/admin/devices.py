"""The Devices tab: this station's printer and scanner settings, saved to its settings file,
with the printer's status and a test page.

Everything that touches a port or a file runs on the panel's device worker, bounded by the
serial timeouts, so the window never waits for a printer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from devices.errors import DeviceError
from devices.ports import PortInfo, list_ports
from devices.printer_status import PrinterStatus
from devices.virtual_printer import VirtualPrinter
from printing.documents import TestPage
from printing.thermal import render_test_page
from services.core.clock import utc_now
from services.core.settings import (
    LANGUAGES,
    PAPER_WIDTHS,
    PRINTER_KINDS,
    PrinterSettings,
    ScannerSettings,
    Settings,
    SettingsError,
)
from station.printers import build_printer, printer_profile
from station.settings_writer import (
    BAUD_RATES,
    DeviceSettings,
    check_device_settings,
    write_device_settings,
)
from ui.admin.common import AdminContext, AdminTab, tint
from ui.common import theme
from ui.common.i18n import fill
from ui.common.messages import user_message
from ui.layout.direction import DirectionBox
from ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)

FORM_WIDTH = 760
DEFAULT_STATION = "manager"


@dataclass(frozen=True)
class PrinterCheck:
    """What asking a printer (and perhaps printing a test page on it) found."""

    kind: str  # one of PRINTER_KINDS
    where: str  # the port, or the folder a virtual printer writes to
    status: PrinterStatus | None  # None: no printer configured
    printed: bool
    preview: Path | None = None  # a virtual printer's picture of the page


def check_printer(
    settings: PrinterSettings,
    station: str,
    *,
    print_page: bool,
    language: str = "zh_CN",
    out_dir: Path | None = None,
    now: datetime | None = None,
) -> PrinterCheck:
    """Ask the printer of ``settings`` for its status and, if asked and it is ready, print the
    test page directly (not through the spool: the answer is wanted now).

    Runs on a worker thread; a serial printer's waits are bounded by its timeouts.

    Raises:
        SettingsError: the settings are outside the documented choices.
        DeviceError: the port cannot be opened, or the printer stopped taking data.
    """
    check_device_settings(DeviceSettings(settings, ScannerSettings()))
    printer = build_printer(settings, station, out_dir)
    if printer is None:
        return PrinterCheck(kind="none", where="", status=None, printed=False)
    where = str(printer.out_dir) if isinstance(printer, VirtualPrinter) else settings.port
    try:
        status = printer.status()
        printed = False
        if print_page and status.ok:
            page = TestPage(
                station_name=station,
                printed_at=now or utc_now(),
                paper_width_mm=settings.paper_width_mm,
                language=language if language in LANGUAGES else LANGUAGES[0],
            )
            printer.send(render_test_page(page, printer_profile(settings)))
            printed = True
    finally:
        close = getattr(printer, "close", None)
        if callable(close):
            close()
    preview = None
    if printed and isinstance(printer, VirtualPrinter) and printer.jobs:
        preview = printer.jobs[-1].png_path
    return PrinterCheck(settings.kind, where, status, printed, preview)


def device_message(error: BaseException) -> str:
    """Known device and settings faults in their own words; anything else as a bug."""
    if isinstance(error, DeviceError | SettingsError | ValueError):
        return str(error)
    return user_message(error)


class DevicesTab(AdminTab):
    def __init__(
        self,
        context: AdminContext,
        settings_path: Path | None,
        settings: Settings,
        *,
        printouts_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.settings_path = settings_path or settings.source
        self.settings = settings
        self.printouts_dir = printouts_dir
        self.last_check: PrinterCheck | None = None
        self.ports: list[PortInfo] = []
        layout = QVBoxLayout(self)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.file_label)
        # The forms beside the printer's state; above it on a portrait screen.
        sides = DirectionBox()
        row = sides.box
        row.setContentsMargins(0, 0, 0, 0)
        forms = QVBoxLayout()
        forms.addWidget(self._build_printer())
        forms.addWidget(self._build_scanner())
        forms.addStretch(1)
        holder = QWidget()
        holder.setFixedWidth(FORM_WIDTH)
        forms.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(forms)
        row.addWidget(holder)
        row.addWidget(self._build_status(), 1)
        layout.addWidget(sides, 1)
        self._fill(DeviceSettings.of(settings))
        self.retranslate()

    @property
    def station(self) -> str:
        return self.settings.station_name or DEFAULT_STATION

    # --- layout ---------------------------------------------------------------------------

    def _port_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setMinimumWidth(360)
        return combo

    def _baud_combo(self) -> QComboBox:
        combo = QComboBox()
        for rate in BAUD_RATES:
            combo.addItem(str(rate), rate)
        return combo

    def _build_printer(self) -> QGroupBox:
        box = QGroupBox()
        self.texts.bind(box.setTitle, lambda: self.tr("Printer of this station"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_combo = QComboBox()
        for kind in PRINTER_KINDS:
            self.kind_combo.addItem(kind, kind)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        port_row = QHBoxLayout()
        self.printer_port_combo = self._port_combo()
        self.find_ports_button = QPushButton()
        self.texts.bind(self.find_ports_button.setText, lambda: self.tr("Find ports"))
        self.find_ports_button.clicked.connect(self.find_ports)
        port_row.addWidget(self.printer_port_combo, 1)
        port_row.addWidget(self.find_ports_button)
        port_holder = QWidget()
        port_row.setContentsMargins(0, 0, 0, 0)
        port_holder.setLayout(port_row)
        self.printer_baud_combo = self._baud_combo()
        self.flow_combo = QComboBox()
        for flow in ("none", "rtscts", "xonxoff"):
            self.flow_combo.addItem(flow, flow)
        self.paper_combo = QComboBox()
        for width in PAPER_WIDTHS:
            self.paper_combo.addItem(f"{width} mm", width)
        self.native_barcode_check = QCheckBox()
        self.texts.bind(
            self.native_barcode_check.setText,
            lambda: self.tr("The printer draws barcodes and QR codes itself"),
        )
        self.texts.row(form, lambda: self.tr("Kind:"), self.kind_combo)
        self.texts.row(form, lambda: self.tr("Port:"), port_holder)
        self.texts.row(form, lambda: self.tr("Baud rate:"), self.printer_baud_combo)
        self.texts.row(form, lambda: self.tr("Flow control:"), self.flow_combo)
        self.texts.row(form, lambda: self.tr("Paper width:"), self.paper_combo)
        form.addRow("", self.native_barcode_check)
        return box

    def _build_scanner(self) -> QGroupBox:
        box = QGroupBox()
        self.texts.bind(box.setTitle, lambda: self.tr("Barcode scanner of this station"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.scanner_port_combo = self._port_combo()
        scanner_line = self.scanner_port_combo.lineEdit()
        assert scanner_line is not None
        self.texts.bind(
            scanner_line.setPlaceholderText,
            lambda: self.tr("empty: a keyboard scanner (USB) only"),
        )
        self.scanner_baud_combo = self._baud_combo()
        self.texts.row(form, lambda: self.tr("Serial port:"), self.scanner_port_combo)
        self.texts.row(form, lambda: self.tr("Baud rate:"), self.scanner_baud_combo)
        buttons = QHBoxLayout()
        self.save_button = QPushButton()
        self.texts.bind(self.save_button.setText, lambda: self.tr("Save to the settings file"))
        self.save_button.clicked.connect(self.save)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        return box

    def _build_status(self) -> QGroupBox:
        box = QGroupBox()
        self.texts.bind(box.setTitle, lambda: self.tr("Printer status"))
        column = QVBoxLayout(box)
        buttons = QHBoxLayout()
        self.status_button = QPushButton()
        self.texts.bind(self.status_button.setText, lambda: self.tr("Ask the printer"))
        self.status_button.clicked.connect(lambda: self.check(print_page=False))
        self.test_button = QPushButton()
        self.texts.bind(self.test_button.setText, lambda: self.tr("Print test page"))
        self.test_button.clicked.connect(lambda: self.check(print_page=True))
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setFont(theme.font(14, bold=True))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.status_label)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.detail_label)
        column.addStretch(1)
        self.texts.bind(
            self.detail_label.setText,
            lambda: self.tr(
                "The test page is printed with the settings shown, saved or not; it goes "
                "straight to the printer, not through the print queue."
            ),
        )
        return box

    def retranslate(self) -> None:
        super().retranslate()
        kinds = (
            self.tr("Virtual printer (files and pictures)"),
            self.tr("Serial ESC/POS thermal printer"),
            self.tr("No printer"),
        )
        for index, text in enumerate(kinds):
            self.kind_combo.setItemText(index, text)
        flows = (self.tr("None"), self.tr("RTS/CTS (hardware)"), self.tr("XON/XOFF (software)"))
        for index, text in enumerate(flows):
            self.flow_combo.setItemText(index, text)
        self._describe_file()
        self._show_check(self.last_check)

    # --- the form -------------------------------------------------------------------------

    def _fill(self, devices: DeviceSettings) -> None:
        printer, scanner = devices.printer, devices.scanner
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(printer.kind), 0))
        self.printer_port_combo.setCurrentText(printer.port)
        _select(self.printer_baud_combo, printer.baudrate)
        flow = "rtscts" if printer.rtscts else "xonxoff" if printer.xonxoff else "none"
        _select(self.flow_combo, flow)
        _select(self.paper_combo, printer.paper_width_mm)
        self.native_barcode_check.setChecked(printer.native_barcode)
        self.scanner_port_combo.setCurrentText(scanner.port)
        _select(self.scanner_baud_combo, scanner.baudrate)
        self._kind_changed()

    def _kind_changed(self) -> None:
        serial = self.kind_combo.currentData() == "serial"
        for combo in (self.printer_port_combo, self.printer_baud_combo, self.flow_combo):
            combo.setEnabled(serial)
        printing = self.kind_combo.currentData() != "none"
        for widget in (self.status_button, self.test_button, self.paper_combo):
            widget.setEnabled(printing)

    def form_devices(self) -> DeviceSettings:
        flow = self.flow_combo.currentData()
        printer = replace(
            self.settings.printer,
            kind=str(self.kind_combo.currentData()),
            port=self.printer_port_combo.currentText().strip(),
            baudrate=int(self.printer_baud_combo.currentData()),
            rtscts=flow == "rtscts",
            xonxoff=flow == "xonxoff",
            paper_width_mm=int(self.paper_combo.currentData()),
            native_barcode=self.native_barcode_check.isChecked(),
        )
        scanner = ScannerSettings(
            port=self.scanner_port_combo.currentText().strip(),
            baudrate=int(self.scanner_baud_combo.currentData()),
        )
        return DeviceSettings(printer, scanner)

    def _describe_file(self) -> None:
        if self.settings_path is None:
            self.file_label.setText(
                self.tr("This station runs without a settings file: changes cannot be saved here.")
            )
        else:
            self.file_label.setText(
                fill(
                    self.tr("Settings file of this station (%1): %2"),
                    self.station,
                    str(self.settings_path),
                )
            )
        self.save_button.setEnabled(self.settings_path is not None)

    # --- work on the device worker --------------------------------------------------------

    def refresh(self) -> None:
        self.loaded = True
        self.find_ports()

    def find_ports(self) -> None:
        self.context.device(list_ports, self._show_ports, self._device_failed)

    def _show_ports(self, ports: list[PortInfo]) -> None:
        self.ports = ports
        for combo in (self.printer_port_combo, self.scanner_port_combo):
            current = combo.currentText()
            combo.clear()
            if combo is self.scanner_port_combo:
                combo.addItem("")
            for port in ports:
                combo.addItem(port.name)
                combo.setItemData(combo.count() - 1, port.description, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentText(current)

    def save(self) -> None:
        path = self.settings_path
        if path is None:
            return
        devices = self.form_devices()
        self.context.device(
            lambda: write_device_settings(path, devices), self._saved, self._device_failed
        )

    def _saved(self, settings: Settings) -> None:
        self.settings = settings
        self.context.say(
            fill(
                self.tr(
                    "Saved to %1. Restart this station for the printer and scanner to use them."
                ),
                str(self.settings_path),
            ),
            False,
        )

    def check(self, *, print_page: bool) -> None:
        printer = self.form_devices().printer
        station, language, out_dir = self.station, self.context.language, self.printouts_dir
        self.status_label.setText(self.tr("Asking the printer…"))
        tint(self.status_label, None)
        for button in (self.status_button, self.test_button):
            button.setEnabled(False)

        def job() -> PrinterCheck:
            return check_printer(
                printer, station, print_page=print_page, language=language, out_dir=out_dir
            )

        self.context.device(job, self._checked, self._check_failed)

    def _checked(self, result: PrinterCheck) -> None:
        self.last_check = result
        self._kind_changed()
        self._show_check(result)

    def _check_failed(self, error: BaseException) -> None:
        self.last_check = None
        self._kind_changed()
        tint(self.status_label, theme.RED)
        self.status_label.setText(device_message(error))

    def _device_failed(self, error: BaseException) -> None:
        self.context.say(device_message(error), True)

    def _show_check(self, result: PrinterCheck | None) -> None:
        if result is None:
            return
        if result.status is None:
            tint(self.status_label, None)
            self.status_label.setText(self.tr("This station has no printer."))
            return
        ok = result.status.ok
        tint(self.status_label, theme.GREEN if ok else theme.RED)
        lines = [self.status_text(result.status)]
        if result.printed:
            lines.append(self.tr("The test page was printed."))
            if result.preview is not None:
                lines.append(fill(self.tr("Picture of the page: %1"), str(result.preview)))
        elif not ok:
            lines.append(self.tr("Nothing was printed."))
        self.status_label.setText("\n".join(lines))

    def status_text(self, status: PrinterStatus) -> str:
        """``PrinterStatus.describe()`` in the window's language, chosen by its problem."""
        texts = {
            "unknown": self.tr("The printer does not answer. Check its power and cable."),
            "cover_open": self.tr("The printer cover is open. Close it."),
            "paper_end": self.tr("The printer is out of paper. Load a new roll."),
            "error": self.tr(
                "The printer reports an error (paper jam, cutter or overheating). "
                "Clear it and switch the printer off and on."
            ),
            "offline": self.tr("The printer is offline. Check that it is switched on and ready."),
        }
        if status.problem is not None:
            return texts.get(status.problem, status.describe())
        if status.paper_near_end:
            return self.tr("The printer is ready; its paper roll is nearly used up.")
        return self.tr("The printer is ready.")


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index < 0:
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
