"""What a colleague's program, or a hand in a text editor, does to a workspace behind the app's back."""

from __future__ import annotations

from dataclasses import replace

from routine_builder.domain import VersionInfo, Workspace, dump_answers
from routine_builder.domain.answers import now
from routine_builder.domain.versions import version_path


def save_version_elsewhere(workspace: Workspace, area_id: str, number: int, *, comment: str, by: str) -> None:
    """Write version ``number`` of the area's draft as another program would, without this one knowing."""
    draft = workspace.load_area(area_id).answer_set
    info = VersionInfo(number=number, saved_at=now(), saved_by=by, comment=comment)
    path = version_path(workspace, area_id, number)
    path.write_text(dump_answers(replace(draft, version=info), None), encoding="utf-8")


def edit_version_by_hand(workspace: Workspace, area_id: str, number: int, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in a saved version's file, as someone with a text editor might."""
    path = version_path(workspace, area_id, number)
    path.chmod(0o644)
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
