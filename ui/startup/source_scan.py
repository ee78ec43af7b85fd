"""Spare the domain PySide6's source scan on import.

PySide6 reads the whole source of every module imported after it (``inspect.getsource``) to
see whether the text "PySide6" occurs in it, the test for its optional ``__feature__``
switches (snake_case, true_property), which CivicDesk does not use. A station now paints its
window before importing SQLAlchemy and our models, so that scan read about a thousand files and
left some 12 MB of source in ``linecache``. Packages that never use Qt are answered without
reading them: the answer they would get (no PySide6) is the same.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

# Top-level packages that import no Qt (the layering contracts forbid it in ours).
NOT_QT = frozenset(
    {
        "sqlalchemy",
        "alembic",
        "mako",
        "psycopg",
        "psycopg_binary",
        "greenlet",
        "typing_extensions",
        "platformdirs",
        "reportlab",
        "barcode",
        "serial",
        "services",
        "printing",
        "devices",
        "station",
        "cli",
    }
)


def skip_source_scan_outside_qt() -> None:
    """Answer PySide6's "does this module use PySide6?" for ``NOT_QT`` without its source."""
    try:
        from PySide6.support import feature  # type: ignore[attr-defined]
    except ImportError:
        return
    scan: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or getattr(scan, "spares_the_domain", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        if getattr(module, "__name__", "").partition(".")[0] in NOT_QT:
            return False
        return scan(module)

    uses_pyside.spares_the_domain = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
