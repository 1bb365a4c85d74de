"""A saved version shown read-only: every question with its answer, section by section."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from routine_builder.domain.compare import answer_set_label, compare
from routine_builder.domain.versions import load_version
from routine_builder.domain.workspace import Workspace
from routine_builder.ui.compare.render import side_rich_text


class VersionView(QDialog):
    """Read-only view of version ``number`` of an area."""

    def __init__(self, *, workspace: Workspace, area_id: str, number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("versionView")
        answer_set = load_version(workspace, area_id, number).answer_set
        self.setWindowTitle(self.tr("{0} (skrivskyddad)").format(answer_set_label(answer_set)))
        comparison = compare(workspace.question_set, answer_set, answer_set)
        parts = [f"<h2>{html.escape(answer_set_label(answer_set))}</h2>"]
        if answer_set.version is not None and answer_set.version.comment:
            parts.append(f"<p><i>{html.escape(answer_set.version.comment)}</i></p>")
        for section in comparison.sections:
            parts.append(f"<h3>{html.escape(section.title)}</h3>")
            for question in section.questions:
                parts.append(f"<p><b>{html.escape(question.question_text)}</b></p>{side_rich_text(question, 'new')}")
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Versionens svar"))
        self.browser.setHtml("".join(parts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 680)
