"""The District map tab: streets → communities/villages → grids, with each grid's members
(names and phones). Add a grid (its street and community are created when new), rename any
level, remove what nothing uses — the services refuse to remove a grid that ledger entries or
monthly reports name, and say so — and edit a grid's members. Every change is audited."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from services.grid import edits
from services.grid.map import GridInfo, MemberInfo, add_grid
from ui.admin.common import AdminContext, AdminTab
from ui.common.i18n import fill
from ui.qt import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Place:
    """What a tree row stands for: a street, a community or a grid, by id."""

    level: str
    id: int
    name: str
    street: str
    community: str
    grid: GridInfo | None = None


class GridMapTab(AdminTab):
    refresh_on_show = False

    def __init__(self, context: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.streets: list[edits.StreetNode] = []
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        # adding a grid
        self.street = QLineEdit()
        self.community = QLineEdit()
        self.grid_name = QLineEdit()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add())
        adding = QGroupBox()
        self.texts.bind(adding.setTitle, lambda: self.tr("Add a grid"))
        add_form = QFormLayout(adding)
        self.texts.row(add_form, lambda: self.tr("Street / town"), self.street)
        self.texts.row(add_form, lambda: self.tr("Community / village"), self.community)
        self.texts.row(add_form, lambda: self.tr("Grid"), self.grid_name)
        add_form.addRow(self.add_button)
        # the selected place
        self.new_name = QLineEdit()
        self.rename_button = QPushButton()
        self.rename_button.clicked.connect(lambda: self.rename())
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(lambda: self.remove())
        self.selected_box = QGroupBox()
        chosen = QFormLayout(self.selected_box)
        self.texts.row(chosen, lambda: self.tr("Name of the place"), self.new_name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        chosen.addRow(buttons)
        # the grid's members
        self.members = QTableWidget(0, 2)
        self.members.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_member_button = QPushButton()
        self.add_member_button.clicked.connect(lambda: self.add_member_row())
        self.remove_member_button = QPushButton()
        self.remove_member_button.clicked.connect(self._remove_member_row)
        self.save_members_button = QPushButton()
        self.save_members_button.clicked.connect(lambda: self.save_members())
        self.members_box = QGroupBox()
        self.texts.bind(self.members_box.setTitle, lambda: self.tr("Grid members"))
        members = QVBoxLayout(self.members_box)
        members.addWidget(self.members, 1)
        member_buttons = QHBoxLayout()
        for button in (
            self.add_member_button,
            self.remove_member_button,
            self.save_members_button,
        ):
            member_buttons.addWidget(button)
        member_buttons.addStretch(1)
        members.addLayout(member_buttons)
        for button, text in (
            (self.add_button, lambda: self.tr("Add the grid")),
            (self.rename_button, lambda: self.tr("Rename")),
            (self.remove_button, lambda: self.tr("Remove")),
            (self.add_member_button, lambda: self.tr("Add a member")),
            (self.remove_member_button, lambda: self.tr("Remove the member")),
            (self.save_members_button, lambda: self.tr("Save the members")),
        ):
            self.texts.bind(button.setText, text)
        right = QVBoxLayout()
        right.addWidget(adding)
        right.addWidget(self.selected_box)
        right.addWidget(self.members_box, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.tree, 3)
        layout.addLayout(right, 2)
        self.retranslate()
        self._show_selected()

    def retranslate(self) -> None:
        super().retranslate()
        self.tree.setHeaderLabels([self.tr("Place"), self.tr("Grid members")])
        self.members.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Phone")])
        self._title_selected()

    # --- reading --------------------------------------------------------------------------

    def refresh(self, select: tuple[str, int] | None = None) -> None:
        actor = self.context.actor

        def read(session: Session) -> list[edits.StreetNode]:
            return edits.district_map(session, actor)

        self.context.read(read, lambda streets: self._show(streets, select))

    def _show(self, streets: list[edits.StreetNode], select: tuple[str, int] | None) -> None:
        self.loaded = True
        self.streets = streets
        current = self.place()
        wanted = select or ((current.level, current.id) if current else None)
        self.tree.clear()
        found: QTreeWidgetItem | None = None
        for street in streets:
            street_item = self._item(None, Place("street", street.id, street.name, street.name, ""))
            for community in street.communities:
                community_item = self._item(
                    street_item,
                    Place("community", community.id, community.name, street.name, community.name),
                )
                for grid in community.grids:
                    place = Place("grid", grid.id, grid.name, street.name, community.name, grid)
                    item = self._item(community_item, place)
                    item.setText(1, "、".join(f"{m.name} {m.phone}".strip() for m in grid.members))
                    found = item if wanted == ("grid", grid.id) else found
                found = community_item if wanted == ("community", community.id) else found
            found = street_item if wanted == ("street", street.id) else found
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        if found is not None:
            self.tree.setCurrentItem(found)
        self._show_selected()

    def _item(self, parent: QTreeWidgetItem | None, place: Place) -> QTreeWidgetItem:
        item = QTreeWidgetItem([place.name, ""])
        item.setData(0, ROLE, place)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def place(self) -> Place | None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        return data if isinstance(data, Place) else None

    def select(self, level: str, item_id: int) -> None:
        """Make the row of a street, community or grid the current one."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while items:
            item = items.pop()
            if item is None:
                continue
            place = item.data(0, ROLE)
            if isinstance(place, Place) and (place.level, place.id) == (level, item_id):
                self.tree.setCurrentItem(item)
                return
            items.extend(item.child(i) for i in range(item.childCount()))
        raise LookupError(f"no {level} {item_id} on the map")

    def _title_selected(self) -> None:
        place = self.place()
        titles = {
            "street": self.tr("Street / town"),
            "community": self.tr("Community / village"),
            "grid": self.tr("Grid"),
        }
        self.selected_box.setTitle(
            fill(self.tr("Selected: %1"), titles[place.level]) if place else self.tr("Selected")
        )

    def _show_selected(self) -> None:
        place = self.place()
        self._title_selected()
        self.new_name.setText(place.name if place else "")
        for widget in (self.new_name, self.rename_button, self.remove_button):
            widget.setEnabled(place is not None)
        if place is not None:
            self.street.setText(place.street)
            self.community.setText(place.community)
        grid = place.grid if place else None
        self.members_box.setEnabled(grid is not None)
        self.members.setRowCount(0)
        for member in grid.members if grid else ():
            self.add_member_row(member.name, member.phone)

    # --- changes --------------------------------------------------------------------------

    def add(self) -> None:
        actor = self.context.actor
        street, community, name = self.street.text(), self.community.text(), self.grid_name.text()

        def work(session: Session) -> GridInfo:
            return add_grid(session, actor, street=street, community=community, name=name)

        def done(grid: GridInfo) -> None:
            self.grid_name.clear()
            self.context.say(fill(self.tr("Grid %1 added."), grid.path), False)
            self.refresh(("grid", grid.id))

        self.context.write(work, done)

    def rename(self) -> None:
        place = self.place()
        if place is None:
            return
        actor, name = self.context.actor, self.new_name.text()

        def work(session: Session) -> str:
            return edits.rename(session, actor, place.level, place.id, name)

        def done(new: str) -> None:
            self.context.say(fill(self.tr("%1 is now called %2."), place.name, new), False)
            self.refresh((place.level, place.id))

        self.context.write(work, done)

    def remove(self) -> None:
        place = self.place()
        if place is None:
            return
        actor = self.context.actor

        def work(session: Session) -> None:
            edits.remove(session, actor, place.level, place.id)

        def done(_none: None) -> None:
            self.context.say(fill(self.tr("%1 removed from the map."), place.name), False)
            self.refresh()

        self.context.write(work, done)

    def add_member_row(self, name: str = "", phone: str = "") -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        self.members.setItem(row, 0, QTableWidgetItem(name))
        self.members.setItem(row, 1, QTableWidgetItem(phone))
        if not name:
            self.members.setCurrentCell(row, 0)

    def _remove_member_row(self) -> None:
        row = self.members.currentRow()
        if row >= 0:
            self.members.removeRow(row)

    def member_rows(self) -> list[MemberInfo]:
        rows = []
        for row in range(self.members.rowCount()):
            cells = [self.members.item(row, column) for column in (0, 1)]
            name, phone = (cell.text().strip() if cell else "" for cell in cells)
            if name or phone:
                rows.append(MemberInfo(name, phone))
        return rows

    def save_members(self) -> None:
        place = self.place()
        if place is None or place.grid is None:
            return
        actor, grid_id, members = self.context.actor, place.id, self.member_rows()

        def work(session: Session) -> GridInfo:
            return edits.set_members(session, actor, grid_id, members)

        def done(grid: GridInfo) -> None:
            self.context.say(fill(self.tr("The members of %1 are saved."), grid.path), False)
            self.refresh(("grid", grid.id))

        self.context.write(work, done)
