"""Saved versions of an area: numbered, immutable files beside the draft."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from routine_builder.domain.answers import AnswerSet, VersionInfo, dump_answers, now
from routine_builder.domain.workspace import LoadedArea, Workspace, current_user, load_answers_file
from routine_builder.errors import WorkspaceError, WriteError


def versions_dir(workspace: Workspace, area_id: str) -> Path:
    """The folder holding an area's versions."""
    return workspace.area_dir(area_id) / "versions"


def version_numbers(workspace: Workspace, area_id: str) -> list[int]:
    """The numbers of the saved versions, ascending."""
    folder = versions_dir(workspace, area_id)
    if not folder.is_dir():
        return []
    return sorted(int(p.stem) for p in folder.glob("*.yaml") if p.stem.isdigit())


def version_path(workspace: Workspace, area_id: str, number: int) -> Path:
    """The file of one version."""
    return versions_dir(workspace, area_id) / f"{number}.yaml"


def load_version(workspace: Workspace, area_id: str, number: int) -> LoadedArea:
    """Load one saved version."""
    path = version_path(workspace, area_id, number)
    if not path.is_file():
        raise WorkspaceError(f"version {number} av området '{area_id}' finns inte", path=path)
    return load_answers_file(path, workspace.question_set)


def list_versions(workspace: Workspace, area_id: str) -> list[AnswerSet]:
    """Every saved version of an area, oldest first (unreadable ones are skipped by the caller's validate)."""
    return [load_version(workspace, area_id, n).answer_set for n in version_numbers(workspace, area_id)]


def save_version(workspace: Workspace, answer_set: AnswerSet, *, comment: str, by: str = "") -> AnswerSet:
    """Save ``answer_set`` as the next numbered version; the file is created exclusively and never replaced."""
    folder = versions_dir(workspace, answer_set.area.id)
    folder.mkdir(parents=True, exist_ok=True)
    for _attempt in range(100):
        numbers = version_numbers(workspace, answer_set.area.id)
        number = (numbers[-1] if numbers else 0) + 1
        info = VersionInfo(number=number, saved_at=now(), saved_by=by or current_user(), comment=comment)
        version = replace(answer_set, version=info)
        payload = dump_answers(version, workspace.question_set).encode("utf-8")
        path = version_path(workspace, answer_set.area.id, number)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o444)
        except FileExistsError:
            continue  # someone saved a version at the same moment: take the next number
        except OSError as exc:
            raise WriteError(f"versionen kunde inte sparas ({exc.strerror})", path=path) from None
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            path.unlink(missing_ok=True)
            raise WriteError(f"versionen kunde inte sparas ({exc.strerror})", path=path) from None
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
