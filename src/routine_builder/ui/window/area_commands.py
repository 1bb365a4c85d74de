"""What the main window's actions do: each opens a dialog or runs a domain call, then reports.

The dialogs come from ``ui.dialogs`` and ``ui.compare``. Each is imported in the function that opens it,
so that starting the app loads none of them (the export's also bring python-docx).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLayout, QLineEdit, QMessageBox, QWidget

from routine_builder.domain import (
    AnswerSet,
    AreaInfo,
    Workspace,
    load_catalogue,
    load_version,
    restore_version,
    save_version,
)
from routine_builder.domain.adoption import adopted_document, draft_for_export, save_adopted_version, version_for_export
from routine_builder.domain.new_area import with_units
from routine_builder.domain.operations import adopt as adopt_operation
from routine_builder.domain.operations import set_document
from routine_builder.domain.version_index import version_headers
from routine_builder.domain.workspace import today
from routine_builder.errors import RoutineBuilderError
from routine_builder.ui.area.area_session import AreaSession
from routine_builder.ui.compare.sources import Source
from routine_builder.ui.settings import Settings

WidgetT = TypeVar("WidgetT", bound=QWidget)


def tr(text: str) -> str:
    """Translate in the context of the area commands."""
    return QCoreApplication.translate("AreaCommands", text)


def _fixed_size_constraint(window: WidgetT) -> WidgetT:
    """Size a separate window once instead of following its content (some platforms warn on every change)."""
    if (layout := window.layout()) is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    return window


def show_error(parent: QWidget, title: str, error: RoutineBuilderError | str) -> None:
    """A warning box with one clear sentence."""
    text = error.message if isinstance(error, RoutineBuilderError) else error
    QMessageBox.warning(parent, title, text)


def choose_folder(parent: QWidget, title: str) -> Path | None:
    """Ask for a folder; None when cancelled."""
    folder = QFileDialog.getExistingDirectory(parent, title)
    return Path(folder) if folder else None


def new_workspace(parent: QWidget) -> Path | None:
    """Create a workspace in a folder the user chooses; its path, or None."""
    folder = choose_folder(parent, tr("Välj en tom mapp för den nya arbetsytan"))
    if folder is None:
        return None
    try:
        return Workspace.create(folder).root
    except RoutineBuilderError as exc:
        show_error(parent, tr("Arbetsytan kunde inte skapas"), exc)
        return None


def new_area(parent: QWidget, workspace: Workspace) -> AreaInfo | None:
    """Ask for a new area (from the catalogue) and create it; its info, or None."""
    from routine_builder.ui.dialogs.new_area_dialog import NewAreaDialog

    try:
        catalogue = load_catalogue()
    except RoutineBuilderError as exc:
        show_error(parent, tr("Områdeskatalogen kunde inte läsas"), exc)
        return None
    dialog = NewAreaDialog(catalogue, set(workspace.area_ids()), parent, question_set=workspace.question_set)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    info = dialog.area_info()
    try:
        created = workspace.create_area(info)
        prefilled = with_units(created.answer_set, dialog.unit_answers())
        if prefilled != created.answer_set:  # the ticked units are the first answers
            workspace.save_area(prefilled, expected_digest=created.digest)
    except RoutineBuilderError as exc:
        show_error(parent, tr("Området kunde inte skapas"), exc)
        return None
    return info


def edit_document_data(parent: QWidget, session: AreaSession) -> None:
    """Let the user change the document data; the change is one undoable step."""
    from routine_builder.ui.dialogs.document_data_dialog import DocumentDataDialog

    dialog = DocumentDataDialog(session.answer_set.document, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        session.apply(set_document(session.answer_set, document=dialog.document_info()))
        session.save()


def save_new_version(parent: QWidget, session: AreaSession) -> str:
    """Save the draft, ask for a comment and save it as the next version; a status message."""
    if not session.save():
        return tr("Versionen sparades inte eftersom utkastet inte kunde sparas.")
    comment, ok = QInputDialog.getText(
        parent, tr("Spara version"), tr("Kommentar till versionen (t.ex. 'Remissversion'):"), QLineEdit.EchoMode.Normal
    )
    if not ok:
        return ""
    try:
        version = save_version(session.workspace, session.loaded.answer_set, comment=comment.strip())
    except RoutineBuilderError as exc:
        show_error(parent, tr("Versionen kunde inte sparas"), exc)
        return ""
    number = version.version.number if version.version else 0
    return tr("Version {number} sparad.").format(number=number)


def adopt(parent: QWidget, session: AreaSession, *, number: int | None = None) -> str:
    """Fastställ: record that a saved version (or the draft, saved as one) is adopted; a status message.

    The record goes into the draft's document data as one undoable step and is saved at once.
    """
    from routine_builder.ui.dialogs.adopt_dialog import AdoptDialog

    if session.read_only:
        return ""
    if not session.save():
        show_error(parent, tr("Fastställ"), tr("Utkastet måste kunna sparas innan rutinen fastställs."))
        return ""
    workspace = session.workspace
    headers = version_headers(workspace, session.area_id)
    dialog = AdoptDialog(session.answer_set.document, headers, today=today(), chosen=number, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    record = dialog.record()
    try:
        chosen_number = dialog.version()
        if chosen_number is None:
            version = save_adopted_version(workspace, session.loaded.answer_set, record)
        else:
            version = load_version(workspace, session.area_id, chosen_number).answer_set
    except RoutineBuilderError as exc:
        show_error(parent, tr("Rutinen kunde inte fastställas"), exc)
        return ""
    assert version.version is not None
    chosen = version.version.number
    document = adopted_document(session.answer_set.document, record, chosen)
    session.apply(adopt_operation(session.answer_set, version=version, document=document))
    session.seal()
    session.save(explicit=True)
    if session.answer_set.document.status == "under_revidering":
        return tr("Version {number} är fastställd. Utkastet skiljer sig från den och är under revidering.").format(
            number=chosen
        )
    return tr("Version {number} är fastställd.").format(number=chosen)


def restore(parent: QWidget, session: AreaSession, number: int) -> bool:
    """Make a saved version the draft again (after saving); True when the area must be reloaded."""
    if not session.save():
        show_error(parent, tr("Återställ version"), tr("Utkastet måste kunna sparas innan en version återställs."))
        return False
    answer = QMessageBox.question(
        parent,
        tr("Återställ version"),
        tr("Göra version {number} till utkast? Det nuvarande utkastet sparas först som en egen version.").format(
            number=number
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_version(session.workspace, session.loaded, number)
    except RoutineBuilderError as exc:
        show_error(parent, tr("Versionen kunde inte återställas"), exc)
        return False
    return True


def export(parent: QWidget, session: AreaSession, settings: Settings, jump: Any) -> None:
    """Save, then open the export dialog; ``jump(question_id)`` follows its links to missing answers."""
    from routine_builder.ui.dialogs.export_dialog import ExportDialog

    session.save()
    answer_set = draft_for_export(session.workspace, session.answer_set)  # "Fastställd" only for adopted content
    dialog = ExportDialog(session.workspace, answer_set, settings, parent)
    dialog.jump_to_question.connect(dialog.accept)
    dialog.jump_to_question.connect(jump)
    dialog.exec()


def export_version(parent: QWidget, workspace: Workspace, area_id: str, number: int, settings: Settings) -> None:
    """Export a saved version as it was saved (the adopted one with its adoption)."""
    from routine_builder.ui.dialogs.export_dialog import ExportDialog

    try:
        answer_set = version_for_export(workspace, area_id, number)
    except RoutineBuilderError as exc:
        show_error(parent, tr("Versionen kunde inte öppnas"), exc)
        return
    ExportDialog(workspace, answer_set, settings, parent, saved_version=True).exec()


def compare(
    parent: QWidget,
    workspace: Workspace,
    area_id: str,
    *,
    version: int | None = None,
    draft: AnswerSet | None = None,
    copy_answer: Any = None,
) -> None:
    """Open the comparison window for an area (``version`` on the left, else the newest version).

    An area without saved versions has nothing to compare its draft with: the user is told so, and may
    compare it with another area instead of seeing the draft compared with itself.
    """
    from routine_builder.ui.compare.compare_window import CompareWindow  # brings the redline export

    left = Source(area_id, version) if version is not None else None
    if left is None and not version_headers(workspace, area_id):
        others = [a for a in workspace.area_ids() if a != area_id]
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Jämför"))
        name = draft.area.name if draft is not None else area_id
        box.setText(
            tr("{area} har inga sparade versioner ännu, så det finns inget att jämföra utkastet med.").format(area=name)
        )
        box.setInformativeText(tr("Spara en version med Versioner › Spara version (Ctrl+Skift+S)."))
        other = box.addButton(tr("Jämför med ett annat område"), QMessageBox.ButtonRole.AcceptRole) if others else None
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if other is None or box.clickedButton() is not other:
            return
        left = Source(others[0])
    window = CompareWindow(
        workspace=workspace, area_id=area_id, left=left, draft=draft, parent=parent, copy_answer=copy_answer
    )
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _fixed_size_constraint(window).show()


def open_version(parent: QWidget, workspace: Workspace, area_id: str, number: int) -> None:
    """Show a saved version read-only."""
    from routine_builder.ui.compare.version_view import VersionView  # brings the comparison's rendering

    try:
        view = VersionView(workspace=workspace, area_id=area_id, number=number, parent=parent)
    except RoutineBuilderError as exc:
        show_error(parent, tr("Versionen kunde inte öppnas"), exc)
        return
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _fixed_size_constraint(view).open()


def cross_area(
    parent: QWidget, workspace: Workspace, question_id: str | None, *, current_area: str = "", copy_answer: Any = None
) -> None:
    """Show one question's answer in every area side by side (a window of its own)."""
    from routine_builder.ui.compare.cross_area_view import CrossAreaView  # brings the comparison's rendering

    view = CrossAreaView(
        workspace=workspace,
        question_id=question_id or None,
        parent=parent,
        current_area=current_area,
        copy_answer=copy_answer,
    )
    view.setWindowFlag(Qt.WindowType.Window)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.resize(1000, 640)
    _fixed_size_constraint(view).show()


def settings_dialog(parent: QWidget, settings: Settings) -> None:
    """Open the settings (the dialog applies language and theme itself)."""
    from routine_builder.ui.dialogs.settings_dialog import SettingsDialog

    SettingsDialog(settings, parent).exec()


def welcome(parent: QWidget, *, demo_open: bool) -> str:
    """Show the welcome; returns how the user wants to begin ("explore", "new" or "open")."""
    from routine_builder.ui.dialogs.welcome_dialog import WelcomeDialog

    dialog = WelcomeDialog(demo_open=demo_open, parent=parent)
    dialog.exec()
    return dialog.choice


def about(parent: QWidget) -> None:
    """Show the About box."""
    from routine_builder.ui.dialogs.about_dialog import show_about

    show_about(parent)
