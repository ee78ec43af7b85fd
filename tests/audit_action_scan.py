"""Every audit action the services can write, read from their sources.

An action is the action argument of ``record_audit`` or of a function that passes its own
parameter on to it (``audit_change``, ``CaseOp.audit``, ``_Op.log`` …), found until no new
wrapper appears: a literal is an action, an f-string a template filled from its callers'
literals, module constants and ``x if c else y``. The timeline's ``log_change`` writes
``{prefix}.{state or event}``: its families expand from their state and event tables.
"""

from __future__ import annotations

import ast
import functools
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[1] / "services"


@dataclass(frozen=True)
class Writer:
    """A function whose parameter ``param`` (at ``index``) becomes ``template`` % value."""

    index: int
    param: str
    template: str


def _modules(root: Path = SERVICES) -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(root.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _constants(module: ast.Module) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in module.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


# Each feature's operation class has its own ``log``: one is only the same in its package.
PACKAGE_SCOPED = frozenset({"log"})


def _key(path: Path, name: str) -> str:
    """A private function is called in its own module only; others by name anywhere."""
    if name in PACKAGE_SCOPED:
        return f"{path.parent}:{name}"
    return f"{path}:{name}" if name.startswith("_") else name


def _params(function: ast.FunctionDef) -> list[str]:
    names = [a.arg for a in function.args.args]
    return names[1:] if names and names[0] in ("self", "cls") else names


def _argument(call: ast.Call, writer: Writer) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == writer.param:
            return keyword.value
    return call.args[writer.index] if len(call.args) > writer.index else None


def _template(node: ast.expr) -> tuple[str, ast.expr | None]:
    """``node`` as a template and the one expression filling it (``None`` for a literal)."""
    if isinstance(node, ast.JoinedStr):
        text, hole = "", None
        for part in node.values:
            if isinstance(part, ast.Constant):
                text += str(part.value).replace("%", "%%")
            elif isinstance(part, ast.FormattedValue) and hole is None:
                text, hole = text + "%s", part.value
            else:
                raise AssertionError(f"an action with two holes: {ast.unparse(node)}")
        return text, hole
    return "%s", node


def _values(node: ast.expr, constants: dict[str, str]) -> list[str] | None:
    """The literal values of ``node``, or None when it is not literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Name) and node.id in constants:
        return [constants[node.id]]
    if isinstance(node, ast.IfExp):
        body, orelse = _values(node.body, constants), _values(node.orelse, constants)
        return None if body is None or orelse is None else body + orelse
    if isinstance(node, ast.Call) and _name(node) == "str" and node.args:
        return _values(node.args[0], constants)
    return None


def _root(node: ast.expr) -> str | None:
    """The parameter an expression reads: ``kind``, ``kind.value``, ``str(kind)``."""
    if isinstance(node, ast.Call) and _name(node) == "str" and node.args:
        return _root(node.args[0])
    if isinstance(node, ast.Attribute) and node.attr in ("value", "kind"):
        return _root(node.value) if node.attr == "value" else "self.kind"
    return node.id if isinstance(node, ast.Name) else None


def timeline_families() -> set[str]:
    """The ``audit_prefix`` of every ``log_change`` call: each writes ``prefix.state``."""
    return {
        keyword.value.value
        for _path, module in _modules()
        for call in ast.walk(module)
        if isinstance(call, ast.Call) and _name(call) == "log_change"
        for keyword in call.keywords
        if keyword.arg == "audit_prefix" and isinstance(keyword.value, ast.Constant)
    }


@functools.cache
def scan() -> tuple[frozenset[str], frozenset[str]]:
    """(the actions found, the call sites whose action could not be read)."""
    # A queue change's row is ``rules.Entry(kind, …).audit()``: ``queue.{kind}``.
    writers: dict[str, Writer] = {
        "record_audit": Writer(2, "action", "%s"),
        "Entry": Writer(0, "kind", "queue.%s"),
    }
    actions: set[str] = set()
    unread: set[str] = set()
    modules = list(_modules())
    changed = True
    while changed:
        changed = False
        actions.clear()
        unread.clear()
        for path, module in modules:
            constants = _constants(module)
            for function in ast.walk(module):
                if not isinstance(function, ast.FunctionDef) or function.name == "log_change":
                    continue
                params = _params(function)
                for call in ast.walk(function):
                    if not isinstance(call, ast.Call) or _key(path, _name(call)) not in writers:
                        continue
                    writer = writers[_key(path, _name(call))]
                    node = _argument(call, writer)
                    if node is None:
                        continue
                    template, hole = _template(node)
                    template = writer.template % template if "%s" in template else template
                    values = [""] if hole is None else _values(hole, constants)
                    if values is not None:
                        actions.update(
                            template % v if "%s" in template else template for v in values
                        )
                        continue
                    root = _root(hole) if hole is not None else None
                    key = _key(path, function.name)
                    if root in params and key not in writers:
                        writers[key] = Writer(params.index(root), root, template)
                        changed = True
                    elif root not in params:
                        unread.add(f"{path.name}:{call.lineno} {template}")
    return frozenset(actions), frozenset(unread)


# Actions a template builds from an enum's values rather than a caller's literal.
ENUM_TEMPLATES = {"grid.%s_renamed": "grid.edits.Level", "grid.%s_removed": "grid.edits.Level"}


def _enum_values(dotted: str) -> list[str]:
    module, _, name = dotted.rpartition(".")
    enum = getattr(importlib.import_module(f"services.{module}"), name)
    return [member.value for member in enum]


def audit_actions() -> set[str]:
    """Every action but a case timeline's; fails on a call site it cannot read."""
    found, unread = scan()
    actions = set(found)
    templates = {site.split(" ", 1)[1] for site in unread}
    unknown = templates - set(ENUM_TEMPLATES)
    assert not unknown, f"audit actions the scan cannot read: {sorted(unread)}"
    for template in templates:
        actions.update(template % value for value in _enum_values(ENUM_TEMPLATES[template]))
    return actions


def audit_targets() -> set[str]:
    """The target types written: ``target_type=`` literals, ``AUDIT_TARGET`` constants, the
    second argument of ``CaseOp.audit``, a queue change's ticket or counter, the grid levels
    and the printed documents."""
    found = {"ticket", "counter", *_enum_values("grid.edits.Level")}
    for _path, module in _modules():
        for node in ast.walk(module):
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg == "target_type" and isinstance(keyword.value, ast.Constant):
                        found.add(keyword.value.value)
                second = node.args[1] if len(node.args) > 1 else None
                if _name(node) == "audit" and isinstance(second, ast.Constant):
                    found.add(second.value)
            elif (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Constant)
                and any(getattr(t, "id", "") == "AUDIT_TARGET" for t in node.targets)
            ):
                found.add(node.value.value)
    return found | _printed_documents()


def _printed_documents() -> set[str]:
    """A reprint concerns the printed document: the stations' ``document_kind`` values."""
    found: set[str] = set()
    for _path, module in _modules(SERVICES.parent / "station"):
        constants = _constants(module)
        for node in ast.walk(module):
            for keyword in node.keywords if isinstance(node, ast.Call) else []:
                if keyword.arg == "document_kind":
                    found.update(_values(keyword.value, constants) or [])
    return found


# A case timeline's family: its states and the kinds of its events (a transition is named by
# the state it reaches). The ledger names its event kinds in ``entries._log`` calls.
TIMELINE_CODES = {
    "mediation": ("mediation.states.CaseState", "mediation.states.EventKind"),
    "petition": ("petitions.states.PetitionState", "petitions.states.EventKind"),
    "ledger": ("ledger.states.EntryState",),
}


def _ledger_event_kinds() -> set[str]:
    return {
        call.args[2].value
        for _path, module in _modules(SERVICES / "ledger")
        for call in ast.walk(module)
        if isinstance(call, ast.Call) and _name(call) == "_log" and len(call.args) > 2
        if isinstance(call.args[2], ast.Constant)
    }


def timeline_actions() -> set[str]:
    families = timeline_families()
    assert families <= set(TIMELINE_CODES), f"a new timeline family: {families}"
    actions: set[str] = set()
    for family in families:
        codes = {v for enum in TIMELINE_CODES[family] for v in _enum_values(enum)}
        if family == "ledger":
            codes |= _ledger_event_kinds()
        actions.update(f"{family}.{code}" for code in codes - {"transition"})
    return actions
