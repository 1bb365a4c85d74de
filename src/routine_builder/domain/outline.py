"""The routine outline.

The Word routine's chapters in the guideline's order, with the guideline's point for each chapter, our
recommendations where there are any, and the questions whose answers it holds.

How those texts are labelled is data too (``texts`` in the outline file): a reconstruction says that its
summaries are an interpretation and its recommendations are not the guideline's rules; the region's
official file leaves the labels out and its texts are shown as the guideline's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from routine_builder import paths
from routine_builder.domain.question_set import QuestionSet
from routine_builder.errors import QuestionSetError, RoutineBuilderError
from routine_builder.storage import LineDict, LineList
from routine_builder.storage.versioned import Problems, VersionedFormat, read_versioned

OUTLINE_FORMAT = VersionedFormat(what="dispositionen")
SPECIALS = frozenset(
    {
        "terms",
        "legal_references",
        "responsibilities",
        "contacts_appendix",
        "flowchart",
        "revision_history",
        "open_questions",
    }
)


@dataclass(frozen=True)
class Term:
    """A defined term of the routine."""

    term: str
    definition: str


@dataclass(frozen=True)
class OutlineSection:
    """One chapter (or sub-chapter) of the routine."""

    id: str
    title: str
    guideline: str = ""
    advice: str = ""
    questions: tuple[str, ...] = ()
    special: str = ""
    terms: tuple[Term, ...] = ()
    subsections: tuple[OutlineSection, ...] = ()
    line: int = 0


DEFAULT_ADVICE_LABEL = "Rekommendation"


@dataclass(frozen=True)
class OutlineTexts:
    """How the outline's texts are presented.

    ``guideline_label`` names the chapters' guideline texts ("" when they are the guideline's own),
    ``advice_label`` the recommendations, ``notice`` says once what the texts are, and
    ``flowchart_label`` marks the flow chart's heading when the chart is not the guideline's own ("tolkning").
    """

    guideline_label: str = ""
    advice_label: str = DEFAULT_ADVICE_LABEL
    notice: str = ""
    flowchart_label: str = ""

    @property
    def is_interpretation(self) -> bool:
        """Whether the guideline texts are labelled as something other than the guideline's own text."""
        return bool(self.guideline_label)


@dataclass(frozen=True)
class Outline:
    """The whole routine outline."""

    question_set_id: str
    title: str
    sections: tuple[OutlineSection, ...]
    texts: OutlineTexts = OutlineTexts()

    def walk(self) -> Iterator[tuple[int, OutlineSection]]:
        """Every section with its level (1 for chapters, 2 for sub-chapters), in order."""
        for section in self.sections:
            yield 1, section
            for sub in section.subsections:
                yield 2, sub

    def section_of_question(self, question_id: str) -> OutlineSection | None:
        """The chapter that holds a question's answer."""
        return next((s for _level, s in self.walk() if question_id in s.questions), None)


def _section(raw: Any, found: Problems, *, nested: bool) -> OutlineSection | None:
    """One chapter; None (with the problem noted) when it lacks its id or title."""
    if not isinstance(raw, LineDict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("title"), str):
        found.add("ett kapitel behöver 'id' och 'title'", getattr(raw, "line", None))
        return None
    special = raw.get("special") or ""
    if special and special not in SPECIALS:
        found.add(f"okänt 'special': {special}", raw.line_of("special"))
    subs = raw.get("subsections") or LineList()
    if subs and nested:
        found.add("underkapitel kan inte ha egna underkapitel", raw.line_of("subsections"))
        subs = LineList()
    return OutlineSection(
        id=raw["id"],
        title=raw["title"],
        guideline=str(raw.get("guideline") or "").strip(),
        advice=str(raw.get("advice") or "").strip(),
        questions=tuple(raw.get("questions") or ()),
        special=special,
        terms=tuple(Term(str(t.get("term")), str(t.get("definition"))) for t in raw.get("terms") or ()),
        subsections=_sections(subs, found, nested=True),
        line=raw.line,
    )


def _sections(raw: list[Any], found: Problems, *, nested: bool) -> tuple[OutlineSection, ...]:
    return tuple(s for item in raw if (s := _section(item, found, nested=nested)) is not None)


def _texts(data: LineDict, found: Problems) -> OutlineTexts:
    raw = data.get("texts")
    if raw is None:
        return OutlineTexts()
    if not isinstance(raw, LineDict):
        found.add("'texts' ska vara en mappning", data.line_of("texts"))
        return OutlineTexts()
    for key in ("guideline_label", "advice_label", "notice", "flowchart_label"):
        if raw.get(key) is not None and not isinstance(raw.get(key), str):
            found.add(f"'texts.{key}' ska vara text", raw.line_of(key))
    return OutlineTexts(
        guideline_label=str(raw.get("guideline_label") or "").strip(),
        advice_label=str(raw.get("advice_label") or "").strip() or DEFAULT_ADVICE_LABEL,
        notice=str(raw.get("notice") or "").strip(),
        flowchart_label=" ".join(str(raw.get("flowchart_label") or "").split()),
    )


def load_outline(question_set: QuestionSet, path: Path | None = None) -> Outline:
    """Load the outline of a question set and check that every question has exactly one place in it."""
    path = path or paths.guideline_path(question_set.id)
    data = read_versioned(path, OUTLINE_FORMAT)
    found = Problems(path)
    if not isinstance(data.get("sections"), list):
        found.add("'sections' saknas", data.line)
    outline = Outline(
        question_set_id=str(data.get("question_set") or question_set.id),
        title=str(data.get("title") or question_set.title),
        sections=_sections(data.get("sections") or [], found, nested=False),
        texts=_texts(data, found),
    )
    found.raise_any()
    problems: list[RoutineBuilderError] = []
    placed: dict[str, str] = {}
    for _level, section in outline.walk():
        for qid in section.questions:
            if qid not in question_set:
                problems.append(
                    RoutineBuilderError(
                        f"kapitlet '{section.id}' nämner okänd fråga '{qid}'", path=path, line=section.line
                    )
                )
            elif qid in placed:
                problems.append(
                    RoutineBuilderError(
                        f"frågan '{qid}' finns både i '{placed[qid]}' och '{section.id}'", path=path, line=section.line
                    )
                )
            placed[qid] = section.id
    for question in question_set.questions():
        if question.id not in placed:
            problems.append(
                RoutineBuilderError(f"frågan '{question.id}' har ingen plats i rutinens disposition", path=path)
            )
    if problems:
        raise QuestionSetError(problems, path=path)
    return outline


def workspace_outline_path(root: Path, question_set_id: str) -> Path | None:
    """A workspace's own outline file (``guideline/<id>.yaml`` in it), or None to use the bundled one."""
    local = Path(root) / "guideline" / f"{question_set_id}.yaml"
    return local if local.is_file() else None


def load_workspace_outline(root: Path, question_set: QuestionSet) -> Outline:
    """The outline a workspace uses: its own copy if it has one (the region's official file), else the bundled one."""
    return load_outline(question_set, workspace_outline_path(root, question_set.id))
