"""A community and a grid chosen from the district map (a resident's at the counter): the two
fields complete from the map's names (the grid from the grids of the community typed), and
still take a name the map lacks, so nothing typed before the map was drawn is refused."""

from __future__ import annotations

from collections.abc import Sequence

from services.grid.map import GridInfo
from ui.qt import QCompleter, QLineEdit, QStringListModel, Qt


class MapCompletion:
    def __init__(self, community: QLineEdit, grid: QLineEdit) -> None:
        self._community = community
        self._grids: Sequence[GridInfo] = ()
        self.communities = QStringListModel()
        self.grid_names = QStringListModel()
        for edit, model in ((community, self.communities), (grid, self.grid_names)):
            completer = QCompleter(model, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        community.textChanged.connect(lambda _text: self._fill_grids())

    def use(self, grids: Sequence[GridInfo]) -> None:
        self._grids = grids
        self.communities.setStringList(sorted({g.community for g in grids}))
        self._fill_grids()

    def _fill_grids(self) -> None:
        typed = " ".join(self._community.text().split())
        names = {g.name for g in self._grids if not typed or g.community == typed}
        self.grid_names.setStringList(sorted(names))
