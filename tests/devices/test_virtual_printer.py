"""The file-writing printer, its simulated faults, and its previews."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from devices.errors import PrinterNotReady
from devices.memory_job_store import MemoryJobStore
from devices.printer import Printer
from devices.spooler import Spooler
from devices.virtual_printer import VirtualPrinter

PNG = b"\x89PNG\r\n\x1a\nfake"


def fake_render(data: bytes, paper_width_mm: int) -> bytes:
    return PNG + bytes([paper_width_mm])


def test_each_job_gets_bytes_and_a_preview(tmp_path: Path) -> None:
    shown: list[Path] = []
    printer = VirtualPrinter(
        tmp_path / "out", paper_width_mm=58, on_printed=shown.append, render=fake_render
    )
    printer.send(b"\x1b@one")
    printer.send(b"\x1b@two")
    assert (tmp_path / "out" / "0001.bin").read_bytes() == b"\x1b@one"
    assert (tmp_path / "out" / "0002.bin").read_bytes() == b"\x1b@two"
    assert (tmp_path / "out" / "0002.png").read_bytes() == PNG + bytes([58])
    assert [job.number for job in printer.jobs] == [1, 2]
    assert shown == [tmp_path / "out" / "0001.png", tmp_path / "out" / "0002.png"]
    assert not list((tmp_path / "out").glob("*.tmp"))


def test_numbering_goes_on_after_a_restart(tmp_path: Path) -> None:
    VirtualPrinter(tmp_path, render=fake_render).send(b"first run")
    again = VirtualPrinter(tmp_path, render=fake_render)
    again.send(b"second run")
    assert (tmp_path / "0001.bin").read_bytes() == b"first run"
    assert (tmp_path / "0002.bin").read_bytes() == b"second run"


def test_a_simulated_fault_refuses_jobs_until_cleared(tmp_path: Path) -> None:
    printer: Printer = VirtualPrinter(tmp_path, name="kiosk", render=fake_render)
    assert isinstance(printer, VirtualPrinter)
    printer.set_fault("paper_end")
    assert printer.status().problem == "paper_end"
    with pytest.raises(PrinterNotReady, match="out of paper"):
        printer.send(b"x")
    assert not list(tmp_path.iterdir())
    printer.set_fault("offline")
    assert printer.status().problem == "offline"
    printer.set_fault(None)
    assert printer.status().ok
    printer.send(b"x")
    assert (tmp_path / "0001.bin").exists()


def test_an_unknown_fault_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        VirtualPrinter(tmp_path).set_fault("on_fire")  # type: ignore[arg-type]


def test_a_broken_preview_keeps_the_job(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    def broken(data: bytes, paper_width_mm: int) -> bytes:
        raise ValueError("cannot decode")

    shown: list[Path] = []
    printer = VirtualPrinter(tmp_path, render=broken, on_printed=shown.append)
    with caplog.at_level(logging.ERROR, logger="devices.virtual_printer"):
        printer.send(b"\x1b@data")
    assert (tmp_path / "0001.bin").read_bytes() == b"\x1b@data"
    assert not (tmp_path / "0001.png").exists()
    assert printer.jobs[0].png_path is None
    assert shown == []
    assert "could not render a preview" in caplog.text


def test_a_failing_viewer_does_not_fail_the_job(tmp_path: Path) -> None:
    def viewer(path: Path) -> None:
        raise RuntimeError("window closed")

    printer = VirtualPrinter(tmp_path, render=fake_render, on_printed=viewer)
    printer.send(b"x")
    assert len(printer.jobs) == 1


def test_the_spooler_drives_it_through_a_demo_fault(tmp_path: Path) -> None:
    printer = VirtualPrinter(tmp_path, name="kiosk", render=fake_render)
    store = MemoryJobStore()
    spooler = Spooler(store, printer, poll_interval=0.01)
    printer.set_fault("paper_end")
    job_id = store.add("kiosk", b"\x1b@ticket")
    spooler.run_once()
    assert store.get(job_id).state == "waiting"
    printer.set_fault(None)
    spooler.run_once()
    assert store.get(job_id).state == "done"
    assert (tmp_path / "0001.bin").read_bytes() == b"\x1b@ticket"


def test_the_real_preview_renders_a_png(tmp_path: Path) -> None:
    preview = pytest.importorskip("printing.preview")
    assert preview is not None
    printer = VirtualPrinter(tmp_path)
    printer.send(b"\x1b@\x1c&" + "受理回执".encode("gb18030") + b"\nA023\n\x1dV\x00")
    png = printer.jobs[0].png_path
    assert png is not None
    assert png.read_bytes().startswith(b"\x89PNG")
