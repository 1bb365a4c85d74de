"""Exportera för remiss… and Importera remissvar…: what the two actions do."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from routine_builder.domain.operations import set_document
from routine_builder.domain.outline import load_workspace_outline
from routine_builder.domain.review_import import build_review
from routine_builder.domain.reviews import Review, add_review
from routine_builder.domain.workspace import today
from routine_builder.errors import RoutineBuilderError
from routine_builder.ui.area.area_session import AreaSession
from routine_builder.ui.settings import Settings
from routine_builder.ui.wording import plural


def tr(text: str) -> str:
    """Translate in the context of the remiss commands."""
    return QCoreApplication.translate("RemissCommands", text)


def export_for_remiss(parent: QWidget, session: AreaSession, settings: Settings) -> None:
    """Save, then open the remiss export; a draft that was 'utkast' becomes 'remiss' once the file is made."""
    from routine_builder.ui.dialogs.remiss_export_dialog import RemissExportDialog

    if not session.save():
        QMessageBox.warning(parent, tr("Exportera för remiss"), tr("Utkastet måste kunna sparas först."))
        return
    dialog = RemissExportDialog(session.workspace, session.loaded.answer_set, settings, parent, today=today())
    dialog.exec()
    if dialog.export_result is not None and session.answer_set.document.status == "utkast" and not session.read_only:
        document = replace(session.answer_set.document, status="remiss")
        session.apply(set_document(session.answer_set, document=document))
        session.seal()
        session.save()


def import_reviews(parent: QWidget, session: AreaSession, *, start_folder: str = "") -> list[Review]:
    """Ask for reviewed remiss files (several at once) and import each; the imported reviews."""
    names, _filter = QFileDialog.getOpenFileNames(
        parent, tr("Importera remissvar"), start_folder, tr("Word-dokument (*.docx)")
    )
    return import_files(parent, session, [Path(n) for n in names])


def import_files(parent: QWidget, session: AreaSession, paths: list[Path]) -> list[Review]:
    """Import reviewed remiss files into the open area and say what came in (and what did not)."""
    from routine_builder.document.answer_words import own_words  # the routine's blocks only when importing
    from routine_builder.export.remiss_reader import read_reviewed  # python-docx only when importing

    if not paths:
        return []
    workspace = session.workspace
    outline = load_workspace_outline(workspace.root, workspace.question_set)
    progress = QProgressDialog(tr("Läser remissvaren…"), "", 0, len(paths), parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    imported: list[Review] = []
    lines: list[str] = []
    for index, path in enumerate(paths):
        progress.setValue(index)
        QApplication.processEvents()
        try:
            found = read_reviewed(path)
            built = build_review(
                workspace, session.area_id, found, file_name=path.name, outline=outline, own_words=own_words
            )
            review = add_review(workspace, built)
        except RoutineBuilderError as exc:
            lines.append(tr("{file}: inte importerad. {reason}").format(file=path.name, reason=exc.message))
            continue
        imported.append(review)
        lines.append(_summary(review, missing=len(found.missing)))
    progress.setValue(len(paths))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if len(imported) == len(paths) else QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Importera remissvar"))
    box.setText(plural(len(imported), tr("1 fil importerades."), tr("{n} filer importerades.")))
    box.setInformativeText("\n\n".join(lines))
    box.exec()
    return imported


def _summary(review: Review, *, missing: int) -> str:
    """One file's import in words: who, how many of each kind, and what to check."""
    count = {kind: sum(1 for i in review.items if i.kind == kind) for kind in ("proposal", "comment", "general")}
    words = {
        "proposal": plural(count["proposal"], tr("1 förslag"), tr("{n} förslag")),
        "comment": plural(count["comment"], tr("1 kommentar"), tr("{n} kommentarer")),
        "general": plural(count["general"], tr("1 allmän kommentar"), tr("{n} allmänna kommentarer")),
    }
    kinds = ", ".join(words[kind] for kind, n in count.items() if n) or tr("inga synpunkter")
    text = tr("{file}: {reviewer}, {kinds}.").format(file=review.file_name, reviewer=review.reviewer, kinds=kinds)
    uncertain = sum(1 for i in review.items if i.uncertain)
    conflicts = sum(1 for i in review.items if i.conflict)
    if uncertain:
        text += " " + plural(
            uncertain,
            tr("1 är osäker (svarets markering saknades)."),
            tr("{n} är osäkra (svarens markeringar saknades)."),
        )
    if conflicts:
        text += " " + plural(
            conflicts,
            tr("1 gäller ett svar som har ändrats sedan remissversionen."),
            tr("{n} gäller svar som har ändrats sedan remissversionen."),
        )
    if missing:
        text += " " + plural(missing, tr("1 svar hittades inte i filen."), tr("{n} svar hittades inte i filen."))
    return text
