"""Exportera för remiss: the routine as a Word file that reviewers comment on and edit, with a reply date.

The remiss file is made from a saved version (the draft is saved as one when it has changed since the
newest), so that reviewers' comments and edits can be brought back to the questions they concern.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.workspace import Workspace
from routine_builder.export import ExportResult
from routine_builder.export.remiss_export import export_remiss_file
from routine_builder.ui.dialogs.export_dialog import ExportDialog
from routine_builder.ui.form.editors.date_field import DateField
from routine_builder.ui.settings import Settings

REPLY_WEEKS = 4


class RemissExportDialog(ExportDialog):
    """Export the remiss file of a saved ``version``; the reply date is asked for and shown in the file."""

    def __init__(
        self,
        workspace: Workspace,
        draft: AnswerSet,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        today: dt.date,
    ) -> None:
        super().__init__(workspace, draft, settings, parent)
        self.setWindowTitle(self.tr("Exportera för remiss"))
        self.heading.setText(self.tr("Remissversion av rutinen för {0}").format(draft.area.name))
        self.mode_box.hide()
        self._missing_ids = []  # gaps are shown in the remiss file, as in a draft
        self.revision_note.setText(
            self.tr(
                "Granskarna kommenterar i marginalen och ändrar i svaren med spårade ändringar, i Word eller "
                "LibreOffice. Med Arkiv › Importera remissvar hamnar deras synpunkter sedan på rätt fråga. "
                "Har utkastet ändrats sedan den senaste sparade versionen sparas det först som en ny version."
            )
        )
        self.revision_note.show()
        self.reply_field = DateField(self)
        self.reply_field.set_date(today + dt.timedelta(weeks=REPLY_WEEKS))
        self.reply_field.set_accessible(self.tr("Sista dag för remissvar"))
        label = QLabel(self.tr("Svar &senast:"))
        label.setBuddy(self.reply_field.line_edit)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.reply_field, 1)
        layout = self.main_layout
        layout.insertLayout(layout.indexOf(self.revision_note) + 1, row)
        self.pdf_check.setChecked(False)
        self.pdf_check.hide()
        self.summary_check.hide()
        self.pdf_hint.hide()
        self.path_edit.setText(str(self._remembered_path()))
        self._update_state()
        self.resize(660, self.sizeHint().height())  # no list of missing answers: they are shown in the file

    def _settings_key(self, *, draft: bool | None = None) -> str:
        return f"{self._workspace.root.resolve()}|{self._answer_set.area.id}|remiss"

    def _default_name(self, area: str, *, draft: bool) -> str:
        return self.tr("{0} – remissversion.docx").format(area)

    def _export_arguments(self, output: Path) -> dict[str, Any]:
        return {
            "workspace": self._workspace,
            "draft": self._answer_set,
            "output": output,
            "reply_by": self.reply_field.date(),
        }

    def _runner(self) -> Callable[..., ExportResult]:
        return export_remiss_file

    def start_export(self) -> None:
        """Export, unless the reply date cannot be read (the field then says why)."""
        if not self.reply_field.commit():
            self.reply_field.line_edit.setFocus()
            return
        super().start_export()

    def _succeeded(self, result: ExportResult) -> None:
        super()._succeeded(result)
        if result.version is not None:
            self.status_label.setText(
                self.status_label.text()
                + "\n"
                + self.tr("Remissfilen gjordes från version {0}. Skicka den till granskarna.").format(result.version)
            )
