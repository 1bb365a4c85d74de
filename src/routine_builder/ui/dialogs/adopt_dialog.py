"""Fastställ: which version is adopted, by which body, on which date, until when and who owns it."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from routine_builder.domain.adoption import Adoption
from routine_builder.domain.answers import DocumentInfo
from routine_builder.domain.version_index import VersionHeader
from routine_builder.ui.dialogs.form_rows import add_rows, problem_label
from routine_builder.ui.form.editors.date_field import DateField

DRAFT = 0  # the combo's data for "save the draft as a new version and adopt it"


class AdoptDialog(QDialog):
    """Read :meth:`record` and :meth:`version` after accept; ``version`` None means "the draft"."""

    def __init__(
        self,
        document: DocumentInfo,
        versions: list[VersionHeader],
        *,
        today: dt.date,
        chosen: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fastställ rutinen"))
        self.setMinimumWidth(520)
        self.version_combo = QComboBox()
        self.version_combo.setAccessibleName(self.tr("Version som fastställs"))
        readable = [h for h in versions if h.version is not None]
        self.version_combo.addItem(
            self.tr("Utkastet som det är nu (sparas som version {number})").format(
                number=(versions[-1].number if versions else 0) + 1
            ),
            DRAFT,
        )
        for header in reversed(readable):
            assert header.version is not None
            comment = header.version.comment or self.tr("utan kommentar")
            self.version_combo.addItem(
                self.tr("Version {number}, {date}: {comment}").format(
                    number=header.number, date=f"{header.version.saved_at:%Y-%m-%d}", comment=comment
                ),
                header.number,
            )
        if chosen is not None:
            self.version_combo.setCurrentIndex(max(0, self.version_combo.findData(chosen)))
        self.by_edit = QLineEdit(document.adopted_by)
        self.by_edit.setAccessibleName(self.tr("Fastställd av"))
        self.by_edit.setPlaceholderText(self.tr("t.ex. Styrgruppen för närvårdssamverkan"))
        self.date_field = DateField(self, clearable=False)
        self.date_field.set_date(today)
        self.date_field.set_accessible(self.tr("Datum för beslutet"))
        self.until_field = DateField(self)
        later = document.valid_until if document.valid_until and document.valid_until > today else None
        self.until_field.set_date(later)
        self.until_field.set_accessible(self.tr("Giltig till"))
        self.owner_edit = QLineEdit(document.owner)
        self.owner_edit.setAccessibleName(self.tr("Ägare"))
        self.owner_edit.setPlaceholderText(self.tr("Den som ansvarar för att rutinen hålls aktuell"))
        self.label_edit = QLineEdit(document.version)
        self.label_edit.setAccessibleName(self.tr("Versionsbeteckning"))
        self.label_edit.setPlaceholderText(self.tr("t.ex. 2.0"))
        form = QFormLayout()
        form.setVerticalSpacing(8)
        rows = (
            (self.tr("&Version:"), self.version_combo, self.version_combo),
            (self.tr("Fastställd &av:"), self.by_edit, self.by_edit),
            (self.tr("&Datum:"), self.date_field, self.date_field.line_edit),
            (self.tr("Giltig &till:"), self.until_field, self.until_field.line_edit),
            (self.tr("Ä&gare:"), self.owner_edit, self.owner_edit),
            (self.tr("Versions&beteckning:"), self.label_edit, self.label_edit),
        )
        add_rows(form, rows)
        self.problem = problem_label()
        for field in (self.date_field, self.until_field):
            field.problem_changed.connect(self._show_problem)
        hint = QLabel(
            self.tr(
                "Den fastställda versionen ändras aldrig. Ändrar ni rutinen efteråt blir det ett nytt utkast "
                "under revidering, och den fastställda versionen går fortfarande att exportera."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.adopt_button = buttons.addButton(self.tr("Fastställ"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.adopt_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        order = (
            self.version_combo,
            self.by_edit,
            self.date_field.line_edit,
            self.date_field.calendar_button,
            self.until_field.line_edit,
            self.until_field.calendar_button,
            self.until_field.clear_button,
            self.owner_edit,
            self.label_edit,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        (self.by_edit if not document.adopted_by else self.version_combo).setFocus()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def version(self) -> int | None:
        """The saved version chosen, or None for the draft (saved as a new version first)."""
        data = self.version_combo.currentData()
        return None if data == DRAFT else int(data)

    def record(self) -> Adoption:
        """The adoption as filled in (checked when the dialog was accepted)."""
        adopted_on = self.date_field.date() or dt.date.today()
        return Adoption(
            adopted_by=self.by_edit.text().strip(),
            adopted_on=adopted_on,
            valid_until=self.until_field.date(),
            owner=self.owner_edit.text().strip(),
            label=self.label_edit.text().strip(),
        )

    def accept(self) -> None:
        """Close with the record, unless a date cannot be read or the record cannot be right."""
        for field in (self.date_field, self.until_field):
            if not field.commit():
                field.line_edit.setFocus()
                return
        if self.date_field.date() is None:
            self._show_problem(self.tr("Ange datumet för beslutet."))
            self.date_field.line_edit.setFocus()
            return
        record = self.record()
        if not record.adopted_by:
            self._show_problem(self.tr("Ange vem som fastställer rutinen, till exempel en styrgrupp eller nämnd."))
            self.by_edit.setFocus()
            return
        if record.valid_until is not None and record.valid_until <= record.adopted_on:
            self._show_problem(self.tr("”Giltig till” ska vara ett datum efter beslutet."))
            self.until_field.line_edit.setFocus()
            return
        super().accept()
