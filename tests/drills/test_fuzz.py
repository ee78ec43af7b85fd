"""Drill 6: bad input, fuzzed with hypothesis. A clear error or safe handling, never a crash.

- Settings files: any bytes as ``--config`` give a working command or one line and exit 1.
- Command lines: random argument lists through ``cli.app.run_command`` (in-process) end with
  an exit status from 0 to 4 and no traceback; errors are one line.
- ID numbers through ``find_or_create_resident``: a resident, or ``ValidationError``.
- Free text (very long, control characters, lone surrogates that no encoding can carry, text
  beyond the BMP, private use and unassigned code points) as a request's description, a
  transfer note and a case's statement of facts: accepted and stored exactly (and the receipt
  still renders, on paper and as PDF), or refused with ``ValidationError``.
- The ESC/POS decoder on real tickets mutated byte by byte: operations or ``DecodeError``.

The number of examples scales with CIVICDESK_SOAK_SCALE.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cli.app import run_command
from printing.decoder import DecodeError, decode
from printing.documents import QueueTicket
from printing.profiles import PrinterProfile
from printing.thermal import render_receipt, render_ticket
from services.casework.requests import accept_request, receipt_data
from services.casework.residents import find_or_create_resident
from services.core.actors import SYSTEM
from services.core.errors import ValidationError
from services.mediation.intake import PersonParty, register_case
from services.queue import ops as q
from services.storage.casework_models import MediationCase
from services.storage.db import Database, open_database
from services.storage.models import Ticket
from station.receipt_printing import acceptance_receipt, receipt_pdf
from tests.drills.conftest import scaled

pytestmark = pytest.mark.soak

VALID_ID = "11010519491231002X"


def _fuzz(examples: int) -> settings:
    return settings(
        max_examples=scaled(examples),
        deadline=None,
        database=None,  # no example files in the working tree
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Commands write nothing outside ``tmp_path``: working directory, config and data dirs."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("CIVICDESK_DB", raising=False)
    return tmp_path


def _command(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run a command in this process; its exit status and what it wrote on stderr."""
    sys.stdin = io.StringIO("Fuzzed-passw0rd\n")  # for "user add"
    try:
        code = run_command(argv)
    except SystemExit as exit_:  # argparse: usage errors (2) and --help (0)
        code = exit_.code if isinstance(exit_.code, int) else 1
    finally:
        sys.stdin = sys.__stdin__
    return code, capsys.readouterr().err


def _assert_clean(code: int, err: str) -> None:
    assert 0 <= code <= 4, (code, err)
    assert "Traceback" not in err, err
    if code in (1, 3, 4):
        assert err.strip(), "an error without a message"
        assert err.count("\n") == 1, err


# --- settings files ----------------------------------------------------------------------

_SETTING_LINES = st.sampled_from(
    [
        'database_url = "sqlite:///x.sqlite3"',
        'language = "fr"',
        'language = "en"',
        "language = 3",
        "version = 99",
        "version = true",
        "[printer]",
        'kind = "serial"',
        "paper_width_mm = 57",
        "baudrate = -9600",
        "[scanner]",
        "port = 1",
        "[[printer]]",
        "printer = 5",
        'pdf_font = "/nonexistent/font.ttf"',
        "x = [1, [2, [3]]]",
        "= broken",
        "[",
        'kiosk_pin = "１２３４"',
        'port = "ttyFAKE"',
        "baudrate = 0",
    ]
)
SETTINGS_FILES = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=400).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.lists(_SETTING_LINES, max_size=8).map(lambda lines: "\n".join(lines).encode()),
)


@_fuzz(60)
@given(content=SETTINGS_FILES)
def test_any_settings_file_gives_a_working_command_or_one_clear_line(
    content: bytes, sandbox: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    config = sandbox / "civicdesk.toml"
    config.write_bytes(content)
    code, err = _command(["--config", str(config), "--db", sqlite_url, "service", "list"], capsys)
    _assert_clean(code, err)
    assert code in (0, 1)
    # The printer's settings as a station would use them.
    code, err = _command(["--config", str(config), "--db", sqlite_url, "printer", "status"], capsys)
    _assert_clean(code, err)


# --- command lines -----------------------------------------------------------------------

# Every command: (its words, how many positional values, required options, other options).
# Flags that take no value end with "!".
SPECS: list[tuple[tuple[str, ...], int, tuple[str, ...], tuple[str, ...]]] = [
    (("db", "upgrade"), 0, (), ()),
    (("db", "backup"), 1, (), ()),
    (("user", "add"), 1, ("--role",), ("--full-name",)),
    (("seed-demo",), 0, (), ("--days", "--seed", "--per-day")),
    (("service", "list"), 0, (), ()),
    (("service", "pause"), 0, ("--service",), ()),
    (("service", "resume"), 0, ("--service",), ()),
    (("counter", "list"), 0, (), ()),
    (("counter", "open"), 0, ("--counter",), ()),
    (("counter", "pause"), 0, ("--counter",), ()),
    (("counter", "close"), 0, ("--counter",), ()),
    (("ticket", "issue"), 0, ("--service",), ("--priority", "--lang")),
    (("ticket", "call-next"), 0, ("--counter",), ()),
    (("ticket", "call"), 1, ("--counter",), ()),
    (("ticket", "recall"), 0, ("--counter",), ()),
    (("ticket", "start"), 0, ("--counter",), ()),
    (("ticket", "finish"), 0, ("--counter",), ()),
    (("ticket", "no-show"), 0, ("--counter",), ()),
    (("ticket", "hold"), 0, ("--counter",), ("--minutes",)),
    (("ticket", "transfer"), 0, ("--counter", "--service"), ("--note",)),
    (("ticket", "cancel"), 1, (), ()),
    (("ticket", "reinstate"), 1, (), ()),
    (("queue", "status"), 0, (), ()),
    (("day", "close"), 0, (), ("--force!",)),
    (("report", "day"), 0, ("--date",), ("--pdf", "--csv", "--lang")),
    (("report", "range"), 0, ("--from", "--to"), ("--pdf", "--csv", "--lang")),
    (
        ("case", "list"),
        0,
        (),
        ("--state", "--channel", "--type", "--search", "--limit", "--overdue!"),
    ),
    (("case", "show"), 1, (), ()),
    (("case", "actions"), 0, (), ("--date", "--lead-days")),
    (("print", "ticket"), 1, (), ("--date", "--to", "--port", "--baud", "--paper", "--lang")),
    (("print", "test"), 0, (), ("--to", "--port", "--baud", "--paper", "--lang")),
    (("print", "receipt"), 1, ("--pdf",), ("--lang",)),
    (("print", "referral"), 1, ("--pdf",), ("--lang",)),
    (("print", "agreement"), 1, ("--pdf",), ("--lang",)),
    (("print", "notice"), 1, ("--pdf",), ("--lang",)),
    (("printer", "status"), 0, (), ("--port", "--baud")),
    (("devices", "ports"), 0, (), ()),
]
OPTIONS = sorted({o.rstrip("!") for spec in SPECS for o in spec[2] + spec[3]} | {"--json", "-h"})
VALUES = [
    "A",
    "b",
    "Z",
    "",
    " ",
    "0",
    "1",
    "2",
    "3",
    "-1",
    "99999",
    "1e9",
    "nan",
    "2026-11-30",
    "2026-02-30",
    "today",
    "yesterday",
    "zh_CN",
    "en",
    "elderly",
    "counter",
    "admin",
    "A001",
    "T-20261130-A001",
    "R-2026-000001",
    "M-2026-000001",
    "58",
    "80",
    "9600",
    "out.pdf",
    "out-folder",
    "referred",
    "neighbour",
    "x" * 300,
    "\x00",
    "\ud800",
    "证明开具",
    "😀",
]
# Free words, but never a path out of the sandbox (no separators, no dots).
WORDS = st.text(
    st.characters(exclude_characters="/\\.", exclude_categories=("Cs",)), min_size=1, max_size=20
)
VALUE = st.one_of(
    st.sampled_from(VALUES),
    WORDS,
    st.integers(-(10**25), 10**25).map(str),
    st.integers(-3, 30).map(str),
)
TOKENS = st.one_of(st.sampled_from(OPTIONS), VALUE)


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """Mostly well-formed commands with fuzzed values; now and then a stray token."""
    words, positionals, required, optional = draw(st.sampled_from(SPECS))
    argv = list(words) + [draw(VALUE) for _ in range(positionals)]
    chosen = (
        list(required) + draw(st.lists(st.sampled_from(optional), unique=True))
        if optional
        else list(required)
    )
    for option in chosen:
        argv += [option.rstrip("!")] if option.endswith("!") else [option, draw(VALUE)]
    if draw(st.booleans()):
        argv.append("--json")
    if draw(st.integers(0, 9)) == 0:
        argv.insert(draw(st.integers(0, len(argv))), draw(TOKENS))
    return argv


ARGV = st.one_of(
    command_lines(),
    command_lines(),
    command_lines(),
    st.lists(
        st.one_of(st.sampled_from([w for spec in SPECS for w in spec[0]]), TOKENS), max_size=6
    ),
)


@_fuzz(250)
@given(argv=ARGV)
def test_random_command_lines_exit_cleanly(
    argv: list[str], sandbox: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _command(["--db", sqlite_url, *argv], capsys)
    _assert_clean(code, err)


# --- ID numbers --------------------------------------------------------------------------

ID_TEXT = st.one_of(
    st.text(max_size=30),
    st.text("0123456789Xx ", min_size=15, max_size=20),
    st.sampled_from(
        [VALID_ID, VALID_ID.lower(), f" {VALID_ID} ", "１１０１０５１９４９１２３１００２Ｘ"]
    ),
    st.builds(
        lambda i, c: VALID_ID[:i] + c + VALID_ID[i + 1 :], st.integers(0, 17), st.characters()
    ),
)


@_fuzz(120)
@given(id_number=ID_TEXT, name=st.text(max_size=40))
def test_any_id_number_gives_a_resident_or_a_validation_error(
    id_number: str, name: str, database: Database
) -> None:
    try:
        with database.writer() as session:
            resident = find_or_create_resident(session, SYSTEM, id_number, name or "张三")
    except ValidationError:
        return
    assert resident.id > 0


# --- free text through the operations ----------------------------------------------------

NASTY = st.sampled_from(
    [
        "\x00",
        "\x07",
        "\x1b[31m",
        "\r",
        "\n",
        "\t",
        "\x85",
        "\u2028",
        "\u200b",
        "\u202e",
        "\ufeff",
        "\ud800",
        "\udfff",
        "\ue000",
        "\U0010fffd",
        "\u0378",
        "😀",
        "𠀀",
        "é",
        "e\u0301",
        "证明",
        "'; DROP TABLE ticket; --",
        "%s%(x)s{0}",
    ]
)
FREE_TEXT = st.one_of(
    st.lists(st.one_of(NASTY, st.text(max_size=20)), max_size=12).map("".join),
    st.text(st.characters(exclude_categories=()), max_size=60),
    st.builds(lambda s, n: s * n, st.sampled_from(["长", "a", "😀", "\x00"]), st.integers(0, 5000)),
)


def _outcome(action: object) -> object:
    """What an operation returned, or None when it refused the input with ValidationError."""
    try:
        return action()  # type: ignore[operator]
    except ValidationError as exc:
        message = str(exc)
    assert message, "a refusal without a reason"
    return None


@_fuzz(60)
@given(description=FREE_TEXT)
def test_a_request_description_is_stored_exactly_or_refused(
    description: str, database: Database
) -> None:
    with database.writer() as session:
        resident = find_or_create_resident(session, SYSTEM, VALID_ID, "张三")

    def accept() -> object:
        with database.writer() as session:
            return accept_request(
                session,
                SYSTEM,
                resident_id=resident.id,
                service_code="A",
                description=description,
            )

    request = _outcome(accept)
    if request is None:
        return
    with database.writer() as session:
        data = receipt_data(session, SYSTEM, request.id)  # type: ignore[attr-defined]
    assert data.description == request.description  # type: ignore[attr-defined]
    assert data.description.strip() == data.description
    receipt = acceptance_receipt(data, "zh_CN")
    assert render_receipt(receipt, PrinterProfile(80)).startswith(b"\x1b@")
    assert receipt_pdf(data, "en").startswith(b"%PDF")


@_fuzz(60)
@given(note=FREE_TEXT)
def test_a_transfer_note_is_stored_exactly_or_refused(note: str, database: Database) -> None:
    with database.writer() as session:
        left = q.current_ticket(session, 1)  # from an example that failed
        if left is not None and left.status == "called":
            q.start_service(session, SYSTEM, 1)
        if left is not None:
            q.finish_service(session, SYSTEM, 1)
    with database.writer() as session:
        q.issue_ticket(session, SYSTEM, "A")
    with database.writer() as session:
        called = q.call_next(session, SYSTEM, 1, open_if_closed=True)
    with database.writer() as session:
        q.start_service(session, SYSTEM, 1)
    target = "C" if called.service_code == "B" else "B"  # earlier transfers come first

    def transfer() -> object:
        with database.writer() as session:
            return q.transfer(session, SYSTEM, 1, target, note=note)

    moved = _outcome(transfer)
    if moved is None:
        with database.writer() as session:
            q.finish_service(session, SYSTEM, 1)  # free the counter for the next example
        return
    with database.reader() as session:
        stored = session.get(Ticket, moved.id)  # type: ignore[attr-defined]
        assert stored is not None
        assert (stored.transfer_note or "") == note.strip()


@_fuzz(60)
@given(facts=FREE_TEXT, name=FREE_TEXT)
def test_a_case_statement_of_facts_is_stored_exactly_or_refused(
    facts: str, name: str, database: Database
) -> None:
    def register() -> object:
        with database.writer() as session:
            return register_case(
                session,
                SYSTEM,
                applicants=[PersonParty(name=name[:50] or "张三")],
                respondents=[PersonParty(name="李四")],
                dispute_type="neighbour",
                source="party_applied",
                facts=facts,
            )

    case = _outcome(register)
    if case is None:
        return
    with database.reader() as session:
        stored = session.get(MediationCase, case.id)  # type: ignore[attr-defined]
        assert stored is not None
        assert stored.facts == case.facts  # type: ignore[attr-defined]


# --- the ESC/POS decoder -----------------------------------------------------------------

TICKET = render_ticket(
    QueueTicket(
        center_name="北京市朝阳区政务服务中心",
        service_name="不动产登记",
        code="A023",
        barcode_payload="T-20261130-A023",
        people_ahead=12,
        estimated_wait_minutes=25,
        issued_at=datetime(2026, 11, 30, 9, 15),
        language="zh_CN",
        priority_label="老年人",
        notice="请留意叫号屏幕和语音提示。",
    ),
    PrinterProfile(80),
)
MUTATIONS = st.lists(
    st.tuples(
        st.sampled_from(["flip", "cut", "insert", "delete"]),
        st.integers(0, 10**6),
        st.binary(max_size=4),
    ),
    min_size=1,
    max_size=6,
)


def _mutate(data: bytes, mutations: list[tuple[str, int, bytes]]) -> bytes:
    buffer = bytearray(data)
    for kind, where, extra in mutations:
        at = where % (len(buffer) + 1)
        if kind == "flip" and at < len(buffer):
            buffer[at] ^= 1 << (where % 8)
        elif kind == "cut":
            del buffer[at:]
        elif kind == "insert":
            buffer[at:at] = extra
        elif kind == "delete":
            del buffer[at : at + 1 + where % 16]
    return bytes(buffer)


@_fuzz(300)
@given(mutations=MUTATIONS, chinese=st.booleans())
def test_the_decoder_reads_mutated_tickets_or_says_why_not(
    mutations: list[tuple[str, int, bytes]], chinese: bool
) -> None:
    data = _mutate(TICKET, mutations)
    try:
        ops = decode(data, chinese=chinese)
    except DecodeError as exc:
        message = str(exc)
    else:
        assert isinstance(ops, list)
        return
    assert message, "a decode error without a reason"


# --- huge inputs in error messages ------------------------------------------------------------


def test_errors_quote_huge_inputs_short_and_masked(
    database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    url = database.engine.url.render_as_string(hide_password=False)
    huge_service = "A" * 120_000
    code, err = _command(["--db", url, "ticket", "issue", "--service", huge_service], capsys)
    assert code == 1
    assert err.count("\n") == 1
    assert len(err) < 200
    assert "120000 characters" in err

    digits = "13812345678" * 100_000  # a megabyte of phone number
    code, err = _command(["--db", url, "ticket", "call-next", "--counter", digits], capsys)
    assert code == 2
    assert len(err) < 1000
    assert "13812345678" not in err

    with pytest.raises(ValidationError) as raised, database.writer() as session:
        register_case(
            session,
            SYSTEM,
            applicants=[PersonParty(name="张三", phone=digits)],
            respondents=[PersonParty(name="李四")],
            dispute_type="neighbour",
            source="party_applied",
            facts="A fence.",
        )
    message = str(raised.value)
    assert len(message) < 160
    assert "not a phone number" in message
    assert "13812345678" not in message
    assert "(1100000 characters)" in message
