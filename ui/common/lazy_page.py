"""A tab page whose content is built the first time it is shown or asked for.

A counter's clerk works in the request form all day; the mediation, petitions, appointments
and request-list tabs are opened now and then. Building them with the window cost about a
tenth of the station's memory and of the time before its content paints, for pages most
sessions never open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from ui.qt import QShowEvent, QVBoxLayout, QWidget

Content = TypeVar("Content", bound=QWidget)


class LazyPage(QWidget, Generic[Content]):
    def __init__(self, build: Callable[[], Content]) -> None:
        super().__init__()
        self._build = build
        self._content: Content | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> Content | None:
        """The content if it has been built, without building it."""
        return self._content

    def content(self) -> Content:
        if self._content is None:
            self._content = self._build()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._content)
            # Now, not at the next turn of the event loop (a layout shows a widget added to
            # a visible page later): the caller may give a field of it the focus at once.
            self._content.show()
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)
