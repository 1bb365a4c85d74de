"""Crash recovery: an area's unsaved answers, kept outside the workspace until they are saved.

A recovery file holds what the user had typed (``unsaved``) and the answers file as it was when they
started typing (``base``). What to offer back is decided by content, never by clocks: the questions
the user changed (unsaved differs from base) whose text the answers file does not hold now. When a
colleague saved the area meanwhile, the offer is a three-way merge against the current file, with
a conflict wherever both changed the same question. A recovery file is removed only when the user
chose to discard it, when the area was saved, or when the answers file already holds all of it.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from routine_builder.domain.answers import AnswerSet, answers_to_data, parse_answers
from routine_builder.domain.merge import MergeResult, merge
from routine_builder.domain.question_set import QuestionSet
from routine_builder.domain.readable import readable_value
from routine_builder.domain.values import Answer
from routine_builder.domain.workspace import Workspace
from routine_builder.errors import RoutineBuilderError, YamlFormatError
from routine_builder.storage import LineDict, atomic_write, dump_yaml, load_yaml
from routine_builder.storage.leftovers import remove_stale_temporaries
from routine_builder.storage.renames import remove_file
from routine_builder.storage.versioned import VersionedFormat, upgrade

RECOVERY_FORMAT = 1
PREVIEW_CHARS = 120
PREVIEW_LEAD = 30  # characters shown before the first one that differs from the file
RECOVERY_FILE = VersionedFormat(what="återställningsfilen", current=RECOVERY_FORMAT, key="recovery")


@dataclass(frozen=True)
class Recovery:
    """What a recovery file offers for one area, measured against the answers file as it is now.

    ``merge.merged`` is the current file (``current``) with the user's unsaved changes put back (for a
    conflict, the user's side); ``restorable`` lists the keys (question ids, ``"document"``) that
    restoring changes, in question order.
    """

    area_id: str
    unsaved: AnswerSet
    current: AnswerSet
    merge: MergeResult
    restorable: tuple[str, ...]

    @property
    def conflicts(self) -> tuple[str, ...]:
        """The keys that someone else changed too (the user chooses per key)."""
        return tuple(c.key for c in self.merge.conflicts)


def _without_base(unsaved: AnswerSet, current: AnswerSet) -> AnswerSet:
    """A base for an old recovery file that records none.

    Nothing is in common, so every question answered differently on both sides is the user's choice.
    """
    return replace(unsaved, answers={}, orphans={}, document=current.document, area=current.area)


def compare_recovery(area_id: str, unsaved: AnswerSet, base: AnswerSet | None, current: AnswerSet) -> Recovery:
    """What ``unsaved`` (edited from ``base``) adds to ``current``, the answers file as it is now."""
    base = base if base is not None else _without_base(unsaved, current)
    unsaved = replace(unsaved, area=current.area)
    result = merge(base, unsaved, current)
    keys = list(dict.fromkeys([*unsaved.answers, *base.answers]))
    restorable = [k for k in keys if unsaved.answers.get(k) != base.answers.get(k)]
    restorable = [k for k in restorable if unsaved.answers.get(k) != current.answers.get(k)]
    if unsaved.document != base.document and unsaved.document != current.document:
        restorable.append("document")
    return Recovery(area_id, unsaved, current, result, tuple(restorable))


class RecoveryStore:
    """Recovery files in one folder (the user's data folder), named by workspace and area folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @staticmethod
    def _key(workspace: Workspace) -> str:
        return hashlib.sha256(str(workspace.root.resolve()).encode("utf-8")).hexdigest()[:16]

    def path_for(self, workspace: Workspace, area_id: str) -> Path:
        """The recovery file of one area of one workspace."""
        return self.folder / f"{self._key(workspace)}-{area_id}.yaml"

    def write(self, workspace: Workspace, unsaved: AnswerSet, *, base: AnswerSet, area_id: str = "") -> None:
        """Keep ``unsaved`` (edited from ``base``) as the area's unsaved state.

        Errors are ignored: this is a safety net, and the save itself reports a full or lost disk.
        """
        area_id = area_id or unsaved.area.id
        data: dict[str, Any] = {
            "recovery": RECOVERY_FORMAT,
            "workspace": str(workspace.root.resolve()),
            "area": area_id,
            "base": answers_to_data(base, workspace.question_set),
            "unsaved": answers_to_data(unsaved, workspace.question_set),
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path_for(workspace, area_id), dump_yaml(data))
        except (OSError, RoutineBuilderError):
            pass

    def remove(self, workspace: Workspace, area_id: str) -> None:
        """Forget the unsaved state of an area (saved, discarded by the user, or held by the file)."""
        with contextlib.suppress(OSError):
            remove_file(self.path_for(workspace, area_id))

    def _area_ids(self, workspace: Workspace) -> list[str]:
        prefix = f"{self._key(workspace)}-"
        try:
            names = [p.name for p in self.folder.iterdir() if p.name.startswith(prefix) and p.suffix == ".yaml"]
        except OSError:
            return []
        return sorted(name[len(prefix) : -len(".yaml")] for name in names)

    def read(self, workspace: Workspace, area_id: str) -> tuple[AnswerSet, AnswerSet | None]:
        """The unsaved answers and their base (None in a file from before bases were kept)."""
        path = self.path_for(workspace, area_id)
        data = load_yaml(path)
        question_set = workspace.question_set
        if isinstance(data, LineDict) and "recovery" in data:
            data = upgrade(data, path, RECOVERY_FILE)
            if not isinstance(data.get("unsaved"), LineDict) or not isinstance(data.get("base"), LineDict):
                raise YamlFormatError("återställningsfilen är ofullständig", path=path, line=data.line)
            return parse_answers(data["unsaved"], path, question_set), parse_answers(data["base"], path, question_set)
        return parse_answers(data, path, question_set), None

    def load(self, workspace: Workspace, area_id: str) -> AnswerSet:
        """The unsaved answers kept for an area (raises a RoutineBuilderError when unreadable)."""
        return self.read(workspace, area_id)[0]

    def recover(self, workspace: Workspace, area_id: str, current: AnswerSet | None = None) -> Recovery | None:
        """What the area's recovery file offers against ``current`` (default: the answers file now).

        None when there is no recovery file or the answers file already holds everything in it
        (the file is then removed: nothing in it can be lost).
        """
        if not self.path_for(workspace, area_id).is_file():
            return None
        unsaved, base = self.read(workspace, area_id)
        if current is None:
            current = workspace.load_area(area_id).answer_set
        recovery = compare_recovery(area_id, unsaved, base, current)
        if not recovery.restorable:
            self.remove(workspace, area_id)
            return None
        return recovery

    def pending(self, workspace: Workspace) -> list[str]:
        """The areas of ``workspace`` whose recovery file holds text the answers file does not."""
        remove_stale_temporaries(self.folder)
        found = []
        for area_id in self._area_ids(workspace):
            try:
                if self.recover(workspace, area_id) is not None:
                    found.append(area_id)
            except RoutineBuilderError:
                found.append(area_id)  # offered, and restoring says what is wrong; never dropped unseen
        return found


def _readable(question_set: QuestionSet, key: str, answer: Answer | None) -> str:
    if answer is None:
        return ""
    text = readable_value(question_set.question(key), answer) if key in question_set else str(answer.value)
    return " ".join(text.split())


def recovery_preview(question_set: QuestionSet, recovery: Recovery, key: str) -> str:
    """The unsaved text of a question from a little before where it differs from the file."""
    if key == "document":
        return ""
    text = _readable(question_set, key, recovery.unsaved.answers.get(key))
    saved = _readable(question_set, key, recovery.current.answers.get(key))
    same = next((i for i, (a, b) in enumerate(zip(text, saved, strict=False)) if a != b), min(len(text), len(saved)))
    start = 0 if same <= PREVIEW_LEAD else text.rfind(" ", 0, same - PREVIEW_LEAD) + 1
    shown = ("…" if start else "") + text[start:]
    return shown if len(shown) <= PREVIEW_CHARS else shown[: PREVIEW_CHARS - 1] + "…"
