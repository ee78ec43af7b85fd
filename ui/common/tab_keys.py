"""Stable names of a window's tabs, the same in every language (``--tab`` of a screenshot).

A page added to a ``QTabWidget`` is named with ``keyed(page, "appointments")``; a tab inside a
named page is reached by the path of both names, ``desk.ledger`` or ``admin.devices``.
"""

from __future__ import annotations

from typing import TypeVar

from ui.common.lazy_page import LazyPage
from ui.qt import QTabWidget, QWidget

TAB_KEY = "tabKey"
Page = TypeVar("Page", bound=QWidget)


def keyed(page: Page, key: str) -> Page:
    """``page`` named ``key`` among its window's tabs."""
    page.setProperty(TAB_KEY, key)
    return page


class UnknownTab(LookupError):
    """No tab of the window has that name; ``known`` lists the names it has."""

    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(name)
        self.name = name
        self.known = known


def _tabs_of(page: QWidget) -> QTabWidget | None:
    """The tab widget ``page`` is a tab of (its parent is the tab widget's page stack)."""
    stack = page.parentWidget()
    tabs = stack.parentWidget() if stack is not None else None
    return tabs if isinstance(tabs, QTabWidget) and tabs.indexOf(page) >= 0 else None


def _is_tab(widget: QWidget) -> bool:
    return bool(widget.property(TAB_KEY)) and _tabs_of(widget) is not None


def tab_paths(root: QWidget) -> dict[str, list[QWidget]]:
    """Every named tab under ``root`` by its path, with its pages from the outermost in;
    in the order the window shows them. Pages not built yet are built, for their own tabs."""
    while unbuilt := [lazy for lazy in root.findChildren(LazyPage) if lazy.built is None]:
        for lazy in unbuilt:
            lazy.content()
    found: dict[str, list[QWidget]] = {}
    for page in root.findChildren(QWidget):
        if not _is_tab(page):
            continue
        chain = [page]
        parent = page.parentWidget()
        while parent is not None and parent is not root:
            if _is_tab(parent):
                chain.append(parent)
            parent = parent.parentWidget()
        chain.reverse()
        found[".".join(str(p.property(TAB_KEY)) for p in chain)] = chain

    def place(path: str) -> list[int]:
        return [tabs.indexOf(p) for p in found[path] if (tabs := _tabs_of(p)) is not None]

    return {path: found[path] for path in sorted(found, key=place)}


def show_tab(root: QWidget, path: str) -> None:
    """Bring the tab named ``path`` to the front, with every tab around it.

    Raises:
        UnknownTab: the window has no tab of that name.
    """
    paths = tab_paths(root)
    if path not in paths:
        raise UnknownTab(path, list(paths))
    for page in paths[path]:
        tabs = _tabs_of(page)
        assert tabs is not None
        tabs.setCurrentWidget(page)
