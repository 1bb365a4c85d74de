"""A new area, chosen from the catalogue in one of three ways, with the units that take part.

A whole delregional collaboration area, one local group of an area, or a custom set of municipalities.
The units ticked here become the first answers to the question set's two unit questions. What the
catalogue is unsure of is said in the catalogue's own plain words below the list, never as marks in it.
The folder name (the area's id) is made from the name; nobody has to think about it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
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
from routine_builder.domain.new_area import UNIT_QUESTIONS, unique_area_id, unit_choices
from routine_builder.domain.question_set import QuestionSet
from routine_builder.ui.theme import set_role

_DATA = Qt.ItemDataRole.UserRole
WHOLE, GROUP, CUSTOM = range(3)


class NewAreaDialog(QDialog):
    """Choose what the new area covers, its units and its name; read :meth:`area_info` and :meth:`unit_answers`."""

    def __init__(
        self,
        catalogue: Catalogue,
        existing_ids: set[str],
        parent: QWidget | None = None,
        question_set: QuestionSet | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._existing = set(existing_ids)
        self._units = unit_choices(question_set) if question_set is not None else {}
        self.setWindowTitle(self.tr("Nytt område"))
        self.resize(820, 600)  # a size, not a minimum: the dialog must fit a small screen at 200 %

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
        middle = QHBoxLayout()
        middle.addWidget(self.pages, 3)
        middle.addLayout(self._build_units(), 2)
        layout.addLayout(middle, 1)
        layout.addWidget(self.details)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.way_buttons.idToggled.connect(self._way_toggled)
        self.name_edit.textChanged.connect(lambda _name: self._validate())
        self.way_buttons.button(WHOLE).setChecked(True)
        self.area_list.setCurrentRow(0)

    # ------------------------------------------------------------ building

    def _build_name_form(self) -> QFormLayout:
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Områdets namn"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "note")
        form = QFormLayout()
        label = QLabel(self.tr("&Namn:"))
        label.setBuddy(self.name_edit)
        form.addRow(label, self.name_edit)
        form.addRow("", self.message)
        return form

    def _build_units(self) -> QVBoxLayout:
        """The units that take part: from the question set's unit questions (or the catalogue's lists)."""
        region = self._units.get(UNIT_QUESTIONS[0])
        municipal = self._units.get(UNIT_QUESTIONS[1])
        region_texts = [c.label for c in region] if region else list(self._catalogue.region_units)
        municipal_texts = [c.label for c in municipal] if municipal else list(self._catalogue.municipal_units)
        self.region_unit_list = self._check_list(region_texts, self.tr("Regionens verksamheter som deltar"))
        self.municipal_unit_list = self._check_list(municipal_texts, self.tr("Kommunernas verksamheter som deltar"))
        column = QVBoxLayout()
        for text, widget in (
            (self.tr("&Regionens verksamheter:"), self.region_unit_list),
            (self.tr("K&ommunernas verksamheter:"), self.municipal_unit_list),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            column.addWidget(label)
            column.addWidget(widget, 1)
        hint = QLabel(self.tr("De verksamheter ni kryssar i blir de första svaren i frågeunderlaget."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        column.addWidget(hint)
        return column

    def _build_area_list(self) -> QListWidget:
        self.area_list = QListWidget()
        self.area_list.setAccessibleName(self.tr("Samverkansområden"))
        for area in self._catalogue.areas:
            item = QListWidgetItem(area.name)
            item.setData(_DATA, area.id)
            self.area_list.addItem(item)
        self.area_list.currentRowChanged.connect(lambda _row: self._selection_changed())
        return self.area_list

    def _build_group_tree(self) -> QTreeWidget:
        self.group_tree = QTreeWidget()
        self.group_tree.setHeaderHidden(True)
        self.group_tree.setAccessibleName(self.tr("Lokala grupper, ordnade efter samverkansområde"))
        for area in self._catalogue.areas:
            parent = QTreeWidgetItem([area.name])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.group_tree.addTopLevelItem(parent)
            for index, group in enumerate(area.groups()):
                child = QTreeWidgetItem([group.name])
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
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Kommuner:"))
        label.setBuddy(self.municipality_list)
        column.addWidget(label)
        column.addWidget(self.filter_edit)
        column.addWidget(self.municipality_list, 1)
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
        if self.way() == GROUP and (item := self.group_tree.currentItem()) is not None:
            data = item.data(0, _DATA)
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
            if first_area is not None and (first_group := first_area.child(0)) is not None:
                self.group_tree.setCurrentItem(first_group)
        self._selection_changed()

    def _selection_changed(self) -> None:
        name, _municipalities, text = self._choice()
        if self.way() != CUSTOM and name:
            self.name_edit.setText(name)
        self.details.setText(text)
        self._validate()

    def problem(self) -> str:
        """Why the area cannot be created yet, or an empty string."""
        _name, municipalities, _text = self._choice()
        if self.way() == GROUP and not municipalities:
            return self.tr("Välj en grupp under ett av samverkansområdena.")
        if not self.name_edit.text().strip():
            return self.tr("Skriv ett namn på området.")
        if self.way() == CUSTOM and not municipalities:
            return self.tr("Välj minst en kommun.")
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        set_role(self.message, "error" if problem else "note")
        self.ok_button.setEnabled(not problem)

    def area_id(self) -> str:
        """The new area's id (its folder name), made from the name and unlike every other area's."""
        return unique_area_id(self.name_edit.text().strip(), self._existing)

    def unit_answers(self) -> dict[str, list[str]]:
        """The ticked units as choice ids, per unit question (empty when the question set has none)."""
        answers: dict[str, list[str]] = {}
        for question_id, widget in zip(UNIT_QUESTIONS, (self.region_unit_list, self.municipal_unit_list), strict=True):
            choices = self._units.get(question_id)
            if choices:
                checked = set(self._checked(widget))
                answers[question_id] = [c.id for c in choices if c.label in checked]
        return answers

    def area_info(self) -> AreaInfo:
        """The area as chosen."""
        _name, municipalities, _text = self._choice()
        units = self._checked(self.region_unit_list) + self._checked(self.municipal_unit_list)
        return AreaInfo(
            id=self.area_id(),
            name=self.name_edit.text().strip(),
            municipalities=tuple(municipalities),
            units=units,
        )
