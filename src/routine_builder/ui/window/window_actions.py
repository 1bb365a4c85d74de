"""What each main-window action and history-panel button does, connected in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from routine_builder.domain import Workspace
from routine_builder.ui.window import area_commands as commands
from routine_builder.ui.window.actions import ActionId

if TYPE_CHECKING:
    from routine_builder.ui.window.main_window import MainWindow


def connect_actions(w: MainWindow) -> None:
    """Connect every action of ``w`` to its command (each checks that there is something to act on)."""

    def on_session(run):
        return lambda: w.session is not None and run(w.session)

    def open_folder() -> None:
        folder = commands.choose_folder(w, w.tr("Öppna arbetsyta"))
        if folder is not None:
            w.open_workspace(folder)

    connections = {
        ActionId.NEW_AREA: w.new_area,
        ActionId.NEW_WORKSPACE: lambda: (p := commands.new_workspace(w)) and w.open_workspace(p),
        ActionId.OPEN_WORKSPACE: open_folder,
        ActionId.SAVE: on_session(lambda s: s.save(explicit=True)),
        ActionId.SAVE_VERSION: w.save_version,
        ActionId.EXPORT: on_session(lambda s: commands.export(w, s, w.settings, w.jump_to_question)),
        ActionId.QUIT: w.close,
        ActionId.UNDO: w.undo_group.undo,
        ActionId.REDO: w.undo_group.redo,
        ActionId.FIND: lambda: w.form is not None and w.form.focus_search(),
        ActionId.DOCUMENT_DATA: on_session(lambda s: not s.read_only and commands.edit_document_data(w, s)),
        ActionId.SETTINGS: lambda: commands.settings_dialog(w, w.settings),
        ActionId.NEXT_SECTION: lambda: w.form is not None and w.form.next_section(),
        ActionId.PREVIOUS_SECTION: lambda: w.form is not None and w.form.previous_section(),
        ActionId.NEXT_MISSING: lambda: w.form is not None and w.form.next_missing(),
        ActionId.COMPARE: on_session(
            lambda s: commands.compare(w, s.workspace, s.area_id, draft=s.answer_set, copy_answer=w.copy_answer)
        ),
        ActionId.CROSS_AREA: lambda: (
            w.workspace is not None
            and commands.cross_area(
                w,
                w.workspace,
                w.focused_question,
                current_area=w.session.area_id if w.session is not None and not w.session.read_only else "",
                copy_answer=w.copy_answer,
            )
        ),
        ActionId.PREVIEW: w.show_preview,
        ActionId.ADOPT: lambda: w.adopt(),
        ActionId.REMISS_EXPORT: w.reviews.export,
        ActionId.REMISS_IMPORT: lambda: w.reviews.import_files(),
        ActionId.NEXT_REVIEW_ITEM: w.reviews.next_open,
        ActionId.WELCOME: w.show_welcome,
        ActionId.ABOUT: lambda: commands.about(w),
    }
    for action_id, slot in connections.items():
        w.actions[action_id].triggered.connect(slot)
    undo, redo = w.actions[ActionId.UNDO], w.actions[ActionId.REDO]
    w.undo_group.canUndoChanged.connect(undo.setEnabled)
    w.undo_group.canRedoChanged.connect(redo.setEnabled)
    w.undo_group.undoTextChanged.connect(w.update_undo_texts)
    w.undo_group.redoTextChanged.connect(w.update_undo_texts)
    undo.setEnabled(False)
    redo.setEnabled(False)


def connect_history(w: MainWindow, panel: object, workspace: Workspace) -> None:
    """The history panel's buttons: compare a version with the draft, open it, restore it."""

    def with_area(run):
        return lambda number: w.session is not None and run(w.session, number)

    panel.compare_requested.connect(  # type: ignore[attr-defined]
        with_area(
            lambda s, n: commands.compare(
                w, workspace, s.area_id, version=n, draft=s.answer_set, copy_answer=w.copy_answer
            )
        )
    )
    panel.open_requested.connect(with_area(lambda s, n: commands.open_version(w, workspace, s.area_id, n)))  # type: ignore[attr-defined]
    panel.restore_requested.connect(w.restore_version)  # type: ignore[attr-defined]
    panel.export_requested.connect(  # type: ignore[attr-defined]
        with_area(lambda s, n: commands.export_version(w, workspace, s.area_id, n, w.settings))
    )
    panel.adopt_requested.connect(lambda number: w.adopt(number))  # type: ignore[attr-defined]
