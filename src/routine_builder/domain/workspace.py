"""A workspace: a folder with ``workspace.yaml`` and one folder per area.

::

    WORKSPACE/
      workspace.yaml
      areas/<area-id>/answers.yaml
      areas/<area-id>/versions/<n>.yaml

Loading never writes. Saving is atomic and refuses to overwrite a file that changed on disk since it
was loaded (the caller passes the digest it loaded).
"""

from __future__ import annotations

import datetime as dt
import getpass
import re
import shutil
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from routine_builder import paths
from routine_builder.domain.answers import AnswerSet, AreaInfo, DocumentInfo, dump_answers, now, parse_answers
from routine_builder.domain.area_summaries import AreaSummaries
from routine_builder.domain.question_set import QuestionSet, load_question_set
from routine_builder.errors import ConflictError, SchemaVersionError, WorkspaceError, YamlFormatError
from routine_builder.storage import LineDict, atomic_write, dump_yaml, file_digest, load_yaml_text
from routine_builder.storage.yaml_io import read_text

SCHEMA_VERSION = 1
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
    """An area's answers as loaded, with what is needed to notice a later change on disk."""

    answer_set: AnswerSet
    path: Path
    digest: str


class Workspace:
    """An open workspace folder."""

    def __init__(
        self, root: Path, *, name: str, question_set_id: str, edition: str, template: str | None, demo: bool = False
    ):
        self.root = root
        self.name = name
        self.demo = demo  # sample areas with made-up answers (``demo: true`` in workspace.yaml)
        self.question_set_id = question_set_id
        self.edition = edition
        self.template = template

    # ------------------------------------------------------------ create / open

    @classmethod
    def create(cls, root: Path | str, *, name: str = "", question_set_id: str = DEFAULT_QUESTION_SET) -> Workspace:
        """Create a new, empty workspace in ``root`` (an empty or missing folder)."""
        root = Path(root)
        if (root / WORKSPACE_FILE).exists():
            raise WorkspaceError("här finns redan en arbetsyta", path=root)
        if root.exists() and not root.is_dir():
            raise WorkspaceError("finns redan och är ingen mapp", path=root)
        question_set = load_question_set(paths.question_set_path(question_set_id))
        (root / "areas").mkdir(parents=True, exist_ok=True)
        data = {
            "schema_version": SCHEMA_VERSION,
            "name": name or root.resolve().name,
            "question_set": {"id": question_set.id, "edition": question_set.edition},
            "template": None,
        }
        atomic_write(root / WORKSPACE_FILE, dump_yaml(data))
        return cls.open(root)

    @classmethod
    def open(cls, root: Path | str) -> Workspace:
        """Open the workspace in ``root``."""
        root = Path(root)
        config = root / WORKSPACE_FILE
        if not config.is_file():
            raise WorkspaceError("är ingen arbetsyta (workspace.yaml saknas)", path=root)
        text, _raw = read_text(config)
        data = load_yaml_text(text, config)
        if not isinstance(data, LineDict):
            raise YamlFormatError("filen ska vara en mappning", path=config, line=1)
        version = data.get("schema_version", SCHEMA_VERSION)
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            raise SchemaVersionError(
                f"arbetsytan har schema_version {version}; uppdatera Routine Builder",
                path=config,
                line=data.line_of("schema_version"),
            )
        qs = data.get("question_set")
        if not isinstance(qs, dict) or not isinstance(qs.get("id"), str):
            raise YamlFormatError("'question_set' med 'id' saknas", path=config, line=data.line_of("question_set"))
        template = data.get("template")
        if template is not None and not isinstance(template, str):
            raise YamlFormatError("'template' ska vara en sökväg", path=config, line=data.line_of("template"))
        return cls(
            root,
            name=str(data.get("name") or root.name),
            question_set_id=qs["id"],
            edition=str(qs.get("edition") or ""),
            template=template,
            demo=data.get("demo") is True,
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
        """The Word template: the workspace's own or the bundled one."""
        if self.template:
            return (self.root / self.template).resolve()
        return paths.routine_template_path()

    # ------------------------------------------------------------ areas

    @property
    def areas_dir(self) -> Path:
        """The folder holding one folder per area."""
        return self.root / "areas"

    def area_ids(self) -> list[str]:
        """The ids of the areas that have an answers file, sorted."""
        if not self.areas_dir.is_dir():
            return []
        return sorted(p.name for p in self.areas_dir.iterdir() if (p / "answers.yaml").is_file())

    def area_dir(self, area_id: str) -> Path:
        """The folder of one area."""
        return self.areas_dir / area_id

    def answers_path(self, area_id: str) -> Path:
        """The living draft of one area."""
        return self.area_dir(area_id) / "answers.yaml"

    def load_area(self, area_id: str) -> LoadedArea:
        """Load an area's draft. Raises a :class:`~routine_builder.errors.StorageError` naming file and line."""
        path = self.answers_path(area_id)
        if not path.is_file():
            raise WorkspaceError(f"området '{area_id}' finns inte i arbetsytan", path=self.root)
        return load_answers_file(path, self.question_set)

    def create_area(self, area: AreaInfo, *, document: DocumentInfo | None = None, by: str = "") -> LoadedArea:
        """Create a new area with an empty draft."""
        if not _AREA_ID.match(area.id):
            raise WorkspaceError(f"område-id '{area.id}' får bara ha små bokstäver, siffror och bindestreck")
        if self.answers_path(area.id).exists():
            raise WorkspaceError(f"området '{area.id}' finns redan", path=self.area_dir(area.id))
        self.area_dir(area.id).mkdir(parents=True, exist_ok=True)
        answer_set = AnswerSet(
            question_set_id=self.question_set.id,
            question_set_edition=self.question_set.edition,
            area=area,
            document=document or DocumentInfo(),
        )
        return self.save_area(answer_set, expected_digest=None, by=by or current_user())

    def save_area(self, answer_set: AnswerSet, *, expected_digest: str | None, by: str = "") -> LoadedArea:
        """Save an area's draft atomically, stamping who and when.

        ``expected_digest`` is the digest of the file as it was loaded (None for a new file). If the
        file on disk differs, nothing is written and :class:`ConflictError` is raised.
        """
        path = self.answers_path(answer_set.area.id)
        check_unchanged(path, expected_digest)
        stamped = replace(answer_set, updated_at=now(), updated_by=by or current_user())
        text = dump_answers(stamped, self.question_set)
        atomic_write(path, text, keep_backup=True)
        return LoadedArea(stamped, path, file_digest(text.encode("utf-8")))


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


def create_demo_workspace(root: Path | str) -> Workspace:
    """Create a workspace in ``root`` filled with the bundled demo areas."""
    root = Path(root)
    if root.exists() and any(root.iterdir()):
        raise WorkspaceError("mappen är inte tom; välj en ny eller tom mapp för demo-arbetsytan", path=root)
    source = paths.demo_workspace_dir()
    shutil.copytree(source, root, dirs_exist_ok=True)
    config = root / WORKSPACE_FILE
    data = load_yaml_text(read_text(config)[0], config)
    if isinstance(data, dict) and data.get("demo") is not True:
        atomic_write(config, dump_yaml({**dict(data), "demo": True}))  # the app marks it as demo data
    return Workspace.open(root)


def today() -> dt.date:
    """Today's date (one place, so that tests and exports agree)."""
    return dt.date.today()
