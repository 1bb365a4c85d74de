"""Builders of sample question sets, workspaces and answer files for tests (real files, no fakes)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from routine_builder.domain import AnswerSet, AreaInfo, QuestionSet, Workspace, load_question_set

SMALL_QUESTION_SET = textwrap.dedent(
    """\
    schema_version: 1
    id: testset
    edition: "1"
    title: Testunderlag
    guideline: {title: Testriktlinje, adopted: 2020-03-10, valid_until: 2023-12-31}
    sections:
      - id: forsta
        title: Första avsnittet
        intro: Riktlinjen säger något om detta.
        questions:
          - {id: kort, text: "En kort text?", type: text, required: true, help: "Skriv kort."}
          - {id: lang, text: "En lång text?", type: longtext, required: true, renamed_from: [gammal-lang]}
          - id: val
            text: Välj ett?
            type: choice
            required: true
            comment: true
            choices: [{id: ett, label: Ett}, {id: tva, label: Två}]
          - id: flera
            text: Välj flera?
            type: multichoice
            choices: [{id: a, label: A}, {id: b, label: B}]
      - id: andra
        title: Andra avsnittet
        questions:
          - {id: janej, text: "Ja eller nej?", type: yesno, required: true, comment: true}
          - id: dagar
            text: "Hur många dagar?"
            type: number
            unit: dagar
            show_if: {question: janej, equals: true}
            required: true
          - {id: datum, text: "Vilket datum?", type: date}
          - id: kontakter
            text: Vilka kontakter?
            type: contacts
            required: true
            columns: [{id: namn, label: Namn}, {id: telefon, label: Telefon}]
          - {id: lista, text: "Vilka saker?", type: list}
    """
)


def write_question_set(folder: Path, text: str = SMALL_QUESTION_SET) -> Path:
    """Write a question set file and return its path."""
    path = folder / "testset.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def small_question_set(folder: Path) -> QuestionSet:
    """The small question set, loaded from a real file in ``folder``."""
    return load_question_set(write_question_set(folder))


def make_workspace(root: Path, area_ids: tuple[str, ...] = ("norr",)) -> Workspace:
    """A new workspace (bundled question set) with empty areas."""
    workspace = Workspace.create(root, name="Testarbetsyta")
    for area_id in area_ids:
        workspace.create_area(AreaInfo(id=area_id, name=area_id.title(), municipalities=("Ale",)), by="test")
    return workspace


def empty_answer_set(question_set: QuestionSet, area_id: str = "norr") -> AnswerSet:
    """An answer set with no answers."""
    return AnswerSet(
        question_set_id=question_set.id,
        question_set_edition=question_set.edition,
        area=AreaInfo(id=area_id, name="Norr", municipalities=("Ale", "Kungälv")),
    )


def versions_with_a_broken_one(workspace: Workspace, comments: tuple[str, ...], *, broken: int, content: bytes) -> Path:
    """Save the draft of 'norr' once per comment (by anna), then overwrite version ``broken`` with ``content``."""
    from routine_builder.domain import save_version
    from routine_builder.domain.versions import version_path

    draft = workspace.load_area("norr")
    for comment in comments:
        save_version(workspace, draft.answer_set, comment=comment, by="anna")
    path = version_path(workspace, "norr", broken)
    path.chmod(0o644)
    path.write_bytes(content)
    return path
