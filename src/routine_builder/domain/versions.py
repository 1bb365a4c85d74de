"""Saved versions of an area: numbered, immutable files beside the draft."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from routine_builder.domain.answers import AnswerSet, VersionInfo, dump_answers, now
from routine_builder.domain.workspace import LoadedArea, Workspace, current_user, in_folder, load_answers_file
from routine_builder.errors import StorageError, WorkspaceError, WriteError
from routine_builder.storage import os_error, write_new


def versions_dir(workspace: Workspace, area_id: str) -> Path:
    """The folder holding an area's versions."""
    return workspace.area_dir(area_id) / "versions"


def version_numbers(workspace: Workspace, area_id: str) -> list[int]:
    """The numbers of the saved versions, ascending."""
    folder = versions_dir(workspace, area_id)
    try:
        if not folder.is_dir():
            return []
        return sorted(int(p.stem) for p in folder.glob("*.yaml") if p.stem.isdigit())
    except OSError as exc:
        raise os_error(exc, path=folder, doing="versionerna kan inte läsas", kind=StorageError) from None


def version_path(workspace: Workspace, area_id: str, number: int) -> Path:
    """The file of one version."""
    return versions_dir(workspace, area_id) / f"{number}.yaml"


def load_version(workspace: Workspace, area_id: str, number: int) -> LoadedArea:
    """Load one saved version."""
    path = version_path(workspace, area_id, number)
    if not path.is_file():
        raise WorkspaceError(f"version {number} av området '{area_id}' finns inte", path=path)
    return in_folder(load_answers_file(path, workspace.question_set), area_id)


def list_versions(workspace: Workspace, area_id: str) -> list[AnswerSet]:
    """Every saved version of an area, oldest first; raises the error of the first one that cannot be read.

    To list the versions with a broken file among them, use ``version_index.version_headers``.
    """
    return [load_version(workspace, area_id, n).answer_set for n in version_numbers(workspace, area_id)]


def save_version(workspace: Workspace, answer_set: AnswerSet, *, comment: str, by: str = "") -> AnswerSet:
    """Save ``answer_set`` as the next numbered version; the file is created atomically and never replaced."""
    folder = versions_dir(workspace, answer_set.area.id)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(exc, path=folder, doing="versionen kunde inte sparas") from None
    for _attempt in range(100):
        numbers = version_numbers(workspace, answer_set.area.id)
        number = (numbers[-1] if numbers else 0) + 1
        info = VersionInfo(number=number, saved_at=now(), saved_by=by or current_user(), comment=comment)
        version = replace(answer_set, version=info)
        path = version_path(workspace, answer_set.area.id, number)
        try:
            write_new(path, dump_answers(version, workspace.question_set), mode=0o444)
        except FileExistsError:
            continue  # someone saved a version at the same moment: take the next number
        except WriteError as exc:
            reason = exc.reason.replace("kunde inte sparas", "versionen kunde inte sparas")
            raise WriteError(reason, path=path) from None
        return version
    raise WriteError("kunde inte hitta ett ledigt versionsnummer", path=folder)


def restore_version(
    workspace: Workspace, loaded_draft: LoadedArea, number: int, *, by: str = ""
) -> tuple[LoadedArea, AnswerSet]:
    """Make version ``number`` the draft again; the replaced draft is first kept as a version.

    Returns the new draft and the version that keeps the replaced draft.
    """
    kept = save_version(
        workspace, loaded_draft.answer_set, comment=f"Utkastet före återställning av version {number}", by=by
    )
    restored = replace(load_version(workspace, loaded_draft.answer_set.area.id, number).answer_set, version=None)
    new_draft = workspace.save_area(restored, expected_digest=loaded_draft.digest, by=by)
    return new_draft, kept
