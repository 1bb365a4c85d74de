"""A workspace: a folder with ``workspace.yaml`` and one folder per area.

::

    WORKSPACE/
      workspace.yaml
      areas/<area-id>/answers.yaml
      areas/<area-id>/versions/<n>.yaml

Loading never writes. Saving is atomic and refuses to overwrite a file that changed on disk since it
was loaded (the caller passes the digest it loaded): under an exclusive save marker the file is
checked again immediately before the rename, so a save reported as done is never overwritten.

The folder is an area's identity: an area is opened, locked and saved by the name of its folder,
whatever id its answers file states (a copied folder keeps its original's id), and no path is ever
built from a file's content.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import re
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from routine_builder import paths
from routine_builder.domain.answers import AnswerSet, AreaInfo, DocumentInfo, dump_answers, now, parse_answers
from routine_builder.domain.area_summaries import AreaSummaries
from routine_builder.domain.question_set import QuestionSet, load_question_set
from routine_builder.errors import (
    ConflictError,
    StorageError,
    WorkspaceError,
    YamlFormatError,
)
from routine_builder.storage import LineDict, atomic_write, dump_yaml, file_digest, load_yaml_text, os_error, os_reason
from routine_builder.storage.creation import Creation
from routine_builder.storage.leftovers import remove_stale_temporaries
from routine_builder.storage.save_marker import MarkerLost, SaveMarker
from routine_builder.storage.versioned import VersionedFormat, upgrade
from routine_builder.storage.word_package import WordFileProblem, check_word_file
from routine_builder.storage.yaml_io import read_text

SCHEMA_VERSION = 1
WORKSPACE_FORMAT = VersionedFormat(what="arbetsytan", current=SCHEMA_VERSION)
DEFAULT_QUESTION_SET = "oro-for-vantat-barn"
WORKSPACE_FILE = "workspace.yaml"
_AREA_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def current_user() -> str:
    """The name of whoever runs the program."""
    try:
        return getpass.getuser()
    except Exception:
        return "okänd"


def slugify(name: str) -> str:
    """A kebab-case id from a Swedish name ('Göteborg Nordost' → 'goteborg-nordost')."""
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "Å": "a", "Ä": "a", "Ö": "o"})
    slug = re.sub(r"[^a-z0-9]+", "-", name.translate(table).lower()).strip("-")
    return slug or "omrade"


@dataclass(frozen=True)
class LoadedArea:
    """An area's answers as loaded, with what is needed to notice a later change on disk.

    ``file_area_id`` is the id the file itself states when it differs from its folder's name (the
    answer set always carries the folder's name); empty when they agree.
    """

    answer_set: AnswerSet
    path: Path
    digest: str | None
    file_area_id: str = ""


def in_folder(loaded: LoadedArea, area_id: str) -> LoadedArea:
    """``loaded`` as the area of folder ``area_id`` (the folder is the identity, not the file's id)."""
    stated = loaded.answer_set.area.id
    if stated == area_id:
        return loaded
    answer_set = replace(loaded.answer_set, area=replace(loaded.answer_set.area, id=area_id))
    return replace(loaded, answer_set=answer_set, file_area_id=stated)


def check_area_folder_name(area_id: str) -> None:
    """Raise :class:`WorkspaceError` unless ``area_id`` is a plain folder name (no path, no '..')."""
    if (
        not area_id
        or area_id in (".", "..")
        or any(c in area_id for c in "/\\:\0")
        or area_id != area_id.strip()
        or Path(area_id).is_absolute()
    ):
        raise WorkspaceError(f"'{area_id}' är inget giltigt områdesnamn (ett områdes mapp ligger direkt i areas/)")


class Workspace:
    """An open workspace folder."""

    def __init__(
        self,
        root: Path,
        *,
        name: str,
        question_set_id: str,
        edition: str,
        template: str | None,
        demo: bool = False,
        template_line: int = 0,
    ):
        self.root = root
        self.name = name
        self.demo = demo  # sample areas with made-up answers (``demo: true`` in workspace.yaml)
        self.question_set_id = question_set_id
        self.edition = edition
        self.template = template
        self.template_line = template_line

    # ------------------------------------------------------------ create / open

    @classmethod
    def create(cls, root: Path | str, *, name: str = "", question_set_id: str = DEFAULT_QUESTION_SET) -> Workspace:
        """Create a new, empty workspace in ``root`` (an empty or missing folder)."""
        root = Path(root)
        try:
            if (root / WORKSPACE_FILE).exists():
                raise WorkspaceError("här finns redan en arbetsyta", path=root)
            if root.exists() and not root.is_dir():
                raise WorkspaceError("finns redan och är ingen mapp", path=root)
        except OSError as exc:
            raise os_error(exc, path=root, doing="arbetsytan kunde inte skapas", kind=WorkspaceError) from None
        question_set = load_question_set(paths.question_set_path(question_set_id))
        data = {
            "schema_version": SCHEMA_VERSION,
            "name": name or root.resolve().name,
            "question_set": {"id": question_set.id, "edition": question_set.edition},
            "template": None,
        }
        with Creation(root, "arbetsytan kunde inte skapas") as creation:
            creation.mkdir(root / "areas")
            creation.write(root / WORKSPACE_FILE, dump_yaml(data))
        return cls.open(root)

    @classmethod
    def open(cls, root: Path | str) -> Workspace:
        """Open the workspace in ``root``."""
        root = Path(root)
        config = root / WORKSPACE_FILE
        try:
            is_workspace = config.is_file()
        except OSError as exc:
            raise os_error(exc, path=root, doing="arbetsytan kan inte öppnas", kind=WorkspaceError) from None
        if not is_workspace:
            raise WorkspaceError("är ingen arbetsyta (workspace.yaml saknas)", path=root)
        text, _raw = read_text(config)
        data = load_yaml_text(text, config)
        data = upgrade(data, config, WORKSPACE_FORMAT)
        qs = data.get("question_set")
        if not isinstance(qs, dict) or not isinstance(qs.get("id"), str):
            raise YamlFormatError("'question_set' med 'id' saknas", path=config, line=data.line_of("question_set"))
        if not _AREA_ID.match(qs["id"]):
            raise YamlFormatError(
                f"frågeunderlagets id '{qs['id']}' får bara ha små bokstäver, siffror och bindestreck",
                path=config,
                line=qs.line_of("id") if isinstance(qs, LineDict) else data.line_of("question_set"),
            )
        name = data.get("name")
        if name is not None and not isinstance(name, (str, int, float)):
            raise YamlFormatError("'name' ska vara en text", path=config, line=data.line_of("name"))
        template = data.get("template")
        if template is not None and (not isinstance(template, str) or not template.strip()):
            raise YamlFormatError("'template' ska vara en sökväg", path=config, line=data.line_of("template"))
        return cls(
            root,
            name=str(name or root.name),
            question_set_id=qs["id"],
            edition=str(qs.get("edition") or ""),
            template=template,
            demo=data.get("demo") is True,
            template_line=data.line_of("template"),
        )

    # ------------------------------------------------------------ question set and template

    @cached_property
    def question_set(self) -> QuestionSet:
        """The question set the workspace uses: its own copy if it has one, else the bundled one."""
        local = self.root / "question_sets" / f"{self.question_set_id}.yaml"
        return load_question_set(local if local.is_file() else paths.question_set_path(self.question_set_id))

    @cached_property
    def summaries(self) -> AreaSummaries:
        """Each area's draft and progress, read once per change of its answers file."""
        return AreaSummaries(self)

    def template_path(self) -> Path:
        """The Word template, checked: the workspace's own (a Word file inside the workspace) or the bundled one.

        Raises :class:`WorkspaceError` naming ``workspace.yaml`` and the line of the setting when the
        template is outside the workspace, not a regular file, too large, a zip bomb or not Word.
        """
        if not self.template:
            path = paths.routine_template_path()
            check_word_file(path)
            return path
        config = self.root / WORKSPACE_FILE
        line = self.template_line or None
        try:
            path = (self.root / self.template).resolve(strict=True)
            inside = path.is_relative_to(self.root.resolve(strict=True))
        except FileNotFoundError:
            raise WorkspaceError(f"Word-mallen '{self.template}' finns inte", path=config, line=line) from None
        except (OSError, RuntimeError) as exc:
            reason = os_reason(exc) if isinstance(exc, OSError) else "en länk pekar på sig själv"
            raise WorkspaceError(
                f"Word-mallen '{self.template}' kan inte läsas ({reason})", path=config, line=line
            ) from None
        if not inside:
            raise WorkspaceError(
                f"Word-mallen '{self.template}' ligger utanför arbetsytan; lägg mallen i arbetsytans mapp",
                path=config,
                line=line,
            )
        try:
            check_word_file(path)
        except WordFileProblem as exc:
            raise WorkspaceError(
                f"Word-mallen '{self.template}' kan inte användas: {exc.reason}", path=config, line=line
            ) from None
        return path

    # ------------------------------------------------------------ areas

    @property
    def areas_dir(self) -> Path:
        """The folder holding one folder per area."""
        return self.root / "areas"

    def area_ids(self) -> list[str]:
        """The names of the area folders that have an answers file, sorted.

        Raises :class:`StorageError` when ``areas/`` cannot be read (rights removed, share gone).
        """
        try:
            return sorted(p.name for p in self.areas_dir.iterdir() if _has_answers(p))
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise os_error(exc, path=self.areas_dir, doing="områdena kan inte läsas", kind=StorageError) from None

    def area_dir(self, area_id: str) -> Path:
        """The folder of one area (``area_id`` must be a plain folder name)."""
        check_area_folder_name(area_id)
        return self.areas_dir / area_id

    def answers_path(self, area_id: str) -> Path:
        """The living draft of one area."""
        return self.area_dir(area_id) / "answers.yaml"

    def load_area(self, area_id: str) -> LoadedArea:
        """Load an area's draft. Raises a :class:`~routine_builder.errors.StorageError` naming file and line."""
        path = self.answers_path(area_id)
        try:
            exists = path.is_file()
        except OSError as exc:
            raise os_error(exc, path=path, doing="filen kan inte läsas", kind=StorageError) from None
        if not exists:
            raise WorkspaceError(f"området '{area_id}' finns inte i arbetsytan", path=self.root)
        return in_folder(load_answers_file(path, self.question_set), area_id)

    def remove_leftovers(self, area_id: str) -> list[Path]:
        """Delete temporary files that interrupted saves left in an area (older than a few minutes)."""
        folder = self.area_dir(area_id)
        return remove_stale_temporaries(folder) + remove_stale_temporaries(folder / "versions")

    def create_area(self, area: AreaInfo, *, document: DocumentInfo | None = None, by: str = "") -> LoadedArea:
        """Create a new area with an empty draft."""
        if not _AREA_ID.match(area.id):
            raise WorkspaceError(f"område-id '{area.id}' får bara ha små bokstäver, siffror och bindestreck")
        if self.answers_path(area.id).exists():
            raise WorkspaceError(f"området '{area.id}' finns redan", path=self.area_dir(area.id))
        try:
            self.area_dir(area.id).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise os_error(exc, path=self.area_dir(area.id), doing="området kunde inte skapas") from None
        answer_set = AnswerSet(
            question_set_id=self.question_set.id,
            question_set_edition=self.question_set.edition,
            area=area,
            document=document or DocumentInfo(),
        )
        return self.save_area(answer_set, expected_digest=None, by=by or current_user())

    def save_area(self, answer_set: AnswerSet, *, expected_digest: str | None, by: str = "") -> LoadedArea:
        """Save an area's draft atomically, stamping who and when.

        The area is the folder named by ``answer_set.area.id`` (as loaded, that is the folder's name).
        ``expected_digest`` is the digest of the file as it was loaded (None for a new file). If the
        file on disk differs, nothing is written and :class:`ConflictError` is raised. The check is
        made under the area's exclusive save marker, immediately before the rename.
        """
        area_id = answer_set.area.id
        path = self.answers_path(area_id)
        stamped = replace(answer_set, updated_at=now(), updated_by=by or current_user())
        payload = dump_answers(stamped, self.question_set).encode("utf-8")
        for attempt in range(3):
            with SaveMarker(path) as marker:

                def ready(marker: SaveMarker = marker) -> None:
                    marker.confirm()
                    check_unchanged(path, expected_digest)

                try:
                    atomic_write(path, payload, keep_backup=True, before_replace=ready)
                except MarkerLost:
                    if attempt == 2:
                        raise
                    continue
            return LoadedArea(stamped, path, file_digest(payload))
        raise AssertionError("unreachable")  # pragma: no cover


def check_unchanged(path: Path, expected_digest: str | None) -> None:
    """Raise :class:`ConflictError` when ``path`` is not what was loaded (digest None: must not exist)."""
    try:
        current = file_digest(path.read_bytes())
    except FileNotFoundError:
        current = None
    except OSError:
        return  # an unreadable file is reported by the write itself
    if current != expected_digest:
        if expected_digest is None:
            raise ConflictError("filen har skapats av någon annan under tiden; inget sparades", path=path)
        raise ConflictError("filen har ändrats av någon annan sedan den lästes in; inget sparades", path=path)


def load_answers_file(path: Path, question_set: QuestionSet) -> LoadedArea:
    """Load any answers or version file against ``question_set``."""
    text, raw = read_text(path)
    data = load_yaml_text(text, path)
    return LoadedArea(parse_answers(data, path, question_set), path, file_digest(raw))


def _has_answers(folder: Path) -> bool:
    try:
        return (folder / "answers.yaml").is_file()
    except PermissionError:
        return True  # an area folder without rights is listed, and opening it says why it cannot be read


def _marked_as_demo(content: bytes, path: Path) -> bytes:
    """``workspace.yaml`` of the demo with ``demo: true`` (the app marks it as sample data)."""
    data = load_yaml_text(content.decode("utf-8"), path)
    if isinstance(data, dict) and data.get("demo") is not True:
        return dump_yaml({**dict(data), "demo": True}).encode("utf-8")
    return content


def create_demo_workspace(root: Path | str) -> Workspace:
    """Create a workspace in ``root`` filled with the bundled demo areas (all of it, or nothing)."""
    root = Path(root)
    try:
        if root.exists() and any(root.iterdir()):
            raise WorkspaceError("mappen är inte tom; välj en ny eller tom mapp för demo-arbetsytan", path=root)
    except OSError as exc:
        raise os_error(exc, path=root, doing="demo-arbetsytan kunde inte skapas", kind=WorkspaceError) from None
    source = paths.demo_workspace_dir()
    with Creation(root, "demo-arbetsytan kunde inte skapas") as creation:
        creation.mkdir(root)
        for folder, dirs, files in os.walk(source):
            dirs.sort()
            target = root / Path(folder).relative_to(source)
            creation.mkdir(target)
            for name in sorted(files):
                mode = os.stat(Path(folder) / name).st_mode & 0o777
                content = (Path(folder) / name).read_bytes()
                if target == root and name == WORKSPACE_FILE:
                    content = _marked_as_demo(content, root / name)
                creation.write(target / name, content, mode=mode)
    return Workspace.open(root)


def today() -> dt.date:
    """Today's date (one place, so that tests and exports agree)."""
    return dt.date.today()
