"""A new area, chosen from the catalogue in one of three ways.

A whole delregional collaboration area, one local group of an area, or a custom set of municipalities
with the units that take part. Parts of the catalogue that are not verified say so in plain text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from routine_builder.domain.answers import AreaInfo
from routine_builder.domain.catalogue import Catalogue
from routine_builder.domain.workspace import slugify

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATA = Qt.ItemDataRole.UserRole
WHOLE, GROUP, CUSTOM = range(3)


class NewAreaDialog(QDialog):
    """Choose what the new area covers, its name and its id; read the result with :meth:`area_info`."""

    def __init__(self, catalogue: Catalogue, existing_ids: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._existing = set(existing_ids)
        self._id_edited = False
        self.setWindowTitle(self.tr("Nytt område"))
        self.resize(720, 540)  # a size, not a minimum: the dialog must fit a small screen at 200 %

        self.way_buttons = QButtonGroup(self)
        ways = QVBoxLayout()
        for way, text in enumerate(
            (
                self.tr("Ett &helt delregionalt samverkansområde"),
                self.tr("En &lokal grupp inom ett samverkansområde"),
                self.tr("En &egen sammansättning av kommuner"),
            )
        ):
            radio = QRadioButton(text)
            self.way_buttons.addButton(radio, way)
            ways.addWidget(radio)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_area_list())
        self.pages.addWidget(self._build_group_tree())
        self.pages.addWidget(self._build_custom_page())

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setProperty("role", "hint")
        form = self._build_name_form()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Skapa området"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        heading = QLabel(self.tr("Vad ska området omfatta?"))
        heading.setProperty("role", "heading")
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addLayout(ways)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.details)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.way_buttons.idToggled.connect(self._way_toggled)
        self.name_edit.textChanged.connect(self._name_changed)
        self.id_edit.textEdited.connect(self._id_typed)
        self.way_buttons.button(WHOLE).setChecked(True)
        self.area_list.setCurrentRow(0)

    # ------------------------------------------------------------ building

    def _build_name_form(self) -> QFormLayout:
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Områdets namn"))
        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(self.tr("Områdets id"))
        self.id_edit.setAccessibleDescription(
            self.tr("Mappnamnet i arbetsytan: små bokstäver, siffror och bindestreck. Skapas från namnet.")
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "note")
        form = QFormLayout()
        for text, edit in ((self.tr("&Namn:"), self.name_edit), (self.tr("&Id:"), self.id_edit)):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
        form.addRow("", self.message)
        return form

    def _mark(self, verified: str | bool) -> str:
        if verified in (True, "true"):
            return ""
        if verified == "partial":
            return " " + self.tr("(delvis osäker indelning)")
        return " " + self.tr("(osäker indelning)")

    def _build_area_list(self) -> QListWidget:
        self.area_list = QListWidget()
        self.area_list.setAccessibleName(self.tr("Samverkansområden"))
        for area in self._catalogue.areas:
            item = QListWidgetItem(area.name + self._mark(area.verified))
            item.setData(_DATA, area.id)
            self.area_list.addItem(item)
        self.area_list.currentRowChanged.connect(lambda _row: self._selection_changed())
        return self.area_list

    def _build_group_tree(self) -> QTreeWidget:
        self.group_tree = QTreeWidget()
        self.group_tree.setHeaderHidden(True)
        self.group_tree.setAccessibleName(self.tr("Lokala grupper, ordnade efter samverkansområde"))
        for area in self._catalogue.areas:
            parent = QTreeWidgetItem([area.name + self._mark(area.verified)])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.group_tree.addTopLevelItem(parent)
            for index, group in enumerate(area.groups()):
                # One group per municipality: the area's mark on the parent row says it once for all.
                mark = self._mark(group.verified) if area.local_groups else ""
                child = QTreeWidgetItem([group.name + mark])
                child.setData(0, _DATA, (area.id, index))
                parent.addChild(child)
        self.group_tree.expandAll()
        self.group_tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        return self.group_tree

    def _build_custom_page(self) -> QWidget:
        page = QWidget()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filtrera kommuner…"))
        self.filter_edit.setAccessibleName(self.tr("Filtrera kommunerna"))
        self.filter_edit.setClearButtonEnabled(True)
        self.municipality_list = self._check_list(
            [m.name for m in self._catalogue.municipalities], self.tr("Kommuner i området")
        )
        self.region_unit_list = self._check_list(
            list(self._catalogue.region_units), self.tr("Regionens verksamheter som deltar")
        )
        self.municipal_unit_list = self._check_list(
            list(self._catalogue.municipal_units), self.tr("Kommunernas verksamheter som deltar")
        )
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (text, widget) in enumerate(
            (
                (self.tr("&Kommuner:"), self.municipality_list),
                (self.tr("&Regionens verksamheter:"), self.region_unit_list),
                (self.tr("K&ommunernas verksamheter:"), self.municipal_unit_list),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 2 if column == 0 else 1, column, 1 if column == 0 else 2, 1)
        grid.addWidget(self.filter_edit, 1, 0)
        self.filter_edit.textChanged.connect(self._filter_municipalities)
        return page

    def _check_list(self, texts: list[str], accessible_name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(accessible_name)
        for text in texts:
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.itemChanged.connect(lambda _item: self._selection_changed())
        return widget

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[str, ...]:
        items = (widget.item(row) for row in range(widget.count()))
        return tuple(i.text() for i in items if i.checkState() == Qt.CheckState.Checked)

    def _filter_municipalities(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.municipality_list.count()):
            item = self.municipality_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    # ------------------------------------------------------------ state

    def way(self) -> int:
        """Which way is chosen: WHOLE, GROUP or CUSTOM."""
        return self.way_buttons.checkedId()

    def _choice(self) -> tuple[str, tuple[str, ...], str]:
        """Name, municipalities and a description of what is chosen now."""
        if self.way() == WHOLE and self.area_list.currentItem() is not None:
            area = self._catalogue.area(self.area_list.currentItem().data(_DATA))
            text = self.tr("Kommuner: {0}. Sjukhus: {1}.").format(
                ", ".join(area.municipalities), ", ".join(area.hospitals)
            )
            if area.verified != "true":
                text += " " + (area.note or self.tr("Indelningen är inte bekräftad i någon källa."))
            return area.name, area.municipalities, text
        if self.way() == GROUP and self.group_tree.currentItem() is not None:
            data = self.group_tree.currentItem().data(0, _DATA)
            if data:
                area = self._catalogue.area(data[0])
                group = area.groups()[data[1]]
                text = self.tr("Del av {0}. Kommuner: {1}.").format(area.name, ", ".join(group.municipalities))
                if not group.verified:
                    notes = [] if area.local_groups else self._catalogue.uncertainties(group.municipalities)
                    text += " " + (
                        " ".join(notes)
                        or self.tr("Gruppens indelning är inte bekräftad; kontrollera den innan ni använder den.")
                    )
                return group.name, group.municipalities, text
        if self.way() == CUSTOM:
            chosen = self._checked(self.municipality_list)
            text = self.tr("Valda kommuner ({0} av {1}): {2}.").format(
                len(chosen), self.municipality_list.count(), ", ".join(chosen) or "–"
            )
            text = " ".join([text, *self._catalogue.uncertainties(chosen)])
            return self.name_edit.text().strip(), chosen, text
        return "", (), self.tr("Välj ett område i listan.")

    def _way_toggled(self, way: int, checked: bool) -> None:
        if not checked:
            return
        self.pages.setCurrentIndex(way)
        if way == CUSTOM:
            self.name_edit.clear()
        elif way == GROUP and self.group_tree.currentItem() is None:
            first_area = self.group_tree.topLevelItem(0)
            if first_area is not None and first_area.childCount():
                self.group_tree.setCurrentItem(first_area.child(0))
        self._selection_changed()

    def _selection_changed(self) -> None:
        name, _municipalities, text = self._choice()
        if self.way() != CUSTOM and name:
            self.name_edit.setText(name)
        self.details.setText(text)
        self._validate()

    def _name_changed(self, name: str) -> None:
        if not self._id_edited:
            self.id_edit.setText(slugify(name) if name.strip() else "")
        self._validate()

    def _id_typed(self, text: str) -> None:
        self._id_edited = bool(text)
        if not text:
            self.id_edit.setText(slugify(self.name_edit.text()) if self.name_edit.text().strip() else "")
        self._validate()

    def problem(self) -> str:
        """Why the area cannot be created yet, or an empty string."""
        area_id = self.id_edit.text()
        _name, municipalities, _text = self._choice()
        if self.way() == GROUP and not municipalities:
            return self.tr("Välj en grupp under ett av samverkansområdena.")
        if not self.name_edit.text().strip():
            return self.tr("Skriv ett namn på området.")
        if self.way() == CUSTOM and not municipalities:
            return self.tr("Välj minst en kommun.")
        if not _ID.match(area_id):
            return self.tr("Id får bara innehålla små bokstäver a–z, siffror och enstaka bindestreck.")
        if area_id in self._existing:
            return self.tr("Id:t ”{0}” används redan av ett annat område i arbetsytan. Välj ett annat.").format(area_id)
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        self.message.setText(problem or self.tr("Området sparas i mappen areas/{0}.").format(self.id_edit.text()))
        self.message.setProperty("role", "error" if problem else "note")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.updateGeometry()
        self.ok_button.setEnabled(not problem)

    def area_info(self) -> AreaInfo:
        """The area as chosen."""
        _name, municipalities, _text = self._choice()
        units = self._checked(self.region_unit_list) + self._checked(self.municipal_unit_list)
        return AreaInfo(
            id=self.id_edit.text(),
            name=self.name_edit.text().strip(),
            municipalities=tuple(municipalities),
            units=units if self.way() == CUSTOM else (),
        )
