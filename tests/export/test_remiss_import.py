"""A remiss round with real files: the remiss file exported, reviewed in Word and in LibreOffice, imported.

Reviewers' work is done on the real file with python-docx and lxml (tests/helpers/reviewer.py) and with
LibreOffice itself; every item must land on the right question with the right reviewer and text.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest

from routine_builder.document.answer_words import own_words
from routine_builder.domain import Answer, Workspace, create_demo_workspace
from routine_builder.domain.outline import load_workspace_outline
from routine_builder.domain.remiss import version_for_remiss
from routine_builder.domain.review_import import ReviewedFile, ReviewImportError, build_review
from routine_builder.domain.reviews import (
    ACCEPTED,
    COMMENT,
    GENERAL,
    PROPOSAL,
    Review,
    add_review,
    handle_item,
    load_reviews,
    proposed_answer,
)
from routine_builder.export import RoutineExporter
from routine_builder.export.remiss_export import export_remiss
from routine_builder.export.remiss_reader import read_reviewed
from tests.helpers.document_checks import ooxml_errors
from tests.helpers.reviewer import Reviewer, libreoffice_round_trip

REPLY_BY = dt.date(2027, 1, 15)
ANNA, BO, CECILIA = "Anna Berg", "Bo Ek", "Cecilia Holm"


@dataclass(frozen=True)
class Remiss:
    root: Path
    workspace: Workspace
    path: Path
    version: int


@pytest.fixture(scope="module")
def remiss_file(tmp_path_factory: pytest.TempPathFactory) -> Remiss:
    root = tmp_path_factory.mktemp("remiss")
    workspace = create_demo_workspace(root / "ws")
    version = version_for_remiss(workspace, workspace.load_area("boras").answer_set, reply_by=REPLY_BY)
    path = root / "boras-remiss.docx"
    export_remiss(RoutineExporter(workspace, page_numbers=False), version, path, reply_by=REPLY_BY)
    assert version.version is not None
    return Remiss(root, workspace, path, version.version.number)


@pytest.fixture
def remiss(remiss_file: Remiss, tmp_path: Path) -> Iterator[Remiss]:
    """A fresh copy of the workspace and the remiss file for each test."""
    shutil.copytree(remiss_file.root / "ws", tmp_path / "ws")
    path = shutil.copy(remiss_file.path, tmp_path / "boras-remiss.docx")
    yield Remiss(tmp_path, Workspace.open(tmp_path / "ws"), Path(path), remiss_file.version)


def _import(remiss: Remiss, path: Path, *, reviewer: str = "") -> Review:
    outline = load_workspace_outline(remiss.workspace.root, remiss.workspace.question_set)
    review = build_review(
        remiss.workspace,
        "boras",
        read_reviewed(path),
        file_name=path.name,
        outline=outline,
        reviewer=reviewer,
        own_words=own_words,
    )
    return add_review(remiss.workspace, review)


def _word_review(remiss: Remiss) -> Path:
    """Anna reviews in Word: comments with a reply, tracked changes, an untracked edit, a comment on a heading."""
    anna = Reviewer(remiss.path)
    first = anna.answer_paragraphs("alt2-aterkoppling")[0]
    parent = anna.comment(first, "Ange hur snabbt återkopplingen ska ske.", author=ANNA)
    anna.reply(parent, first, "Håller med, inom sju dagar.", author=BO)
    sip = anna.answer_paragraphs("alt1-sip")[0]
    anna.track_delete(sip, "både ", author=ANNA)
    anna.track_insert(sip, "SIP erbjuds", " alltid", author=ANNA)
    anna.edit_untracked(anna.answer_paragraphs("grav-uppfoljning")[0], "var sjätte vecka", "var fjärde vecka")
    anna.comment(anna.heading("Dokumentation"), "Kapitlet behöver en mening om journalföring.", author=ANNA)
    return anna.save(remiss.root / "boras-anna.docx", last_modified_by=ANNA)


def test_remiss_file_answers_are_found_unchanged(remiss: Remiss) -> None:
    found = read_reviewed(remiss.path)
    assert found.area_id == "boras" and found.version == remiss.version
    assert not found.missing
    assert found.answers and not [a.question_id for a in found.answers.values() if a.changed]
    assert {a.how for a in found.answers.values()} == {"tag"}


def test_word_reviewer_items_land_on_their_questions(remiss: Remiss) -> None:
    review = _import(remiss, _word_review(remiss))
    assert review.reviewer == ANNA and review.file_name == "boras-anna.docx" and review.version == remiss.version
    items = {(i.kind, i.question_id): i for i in review.items}
    comment = items[(COMMENT, "alt2-aterkoppling")]
    assert (comment.author, comment.text) == (ANNA, "Ange hur snabbt återkopplingen ska ske.")
    assert [(r.author, r.text) for r in comment.replies] == [(BO, "Håller med, inom sju dagar.")]
    assert comment.quote and comment.quote in " ".join(
        remiss.workspace.load_area("boras").answer_set.get("alt2-aterkoppling").value.split()
    )
    sip = items[(PROPOSAL, "alt1-sip")]
    assert sip.tracked and sip.author == ANNA and sip.date == dt.datetime(2026, 12, 3, 10, 15, tzinfo=dt.UTC)
    assert sip.text.startswith("SIP erbjuds alltid när den gravida behöver insatser från socialtjänsten")
    assert sip.original.startswith("SIP erbjuds när den gravida behöver insatser från både socialtjänsten")
    edited = items[(PROPOSAL, "grav-uppfoljning")]
    assert not edited.tracked and "var fjärde vecka" in edited.text and "var sjätte vecka" in edited.original
    general = [i for i in review.items if i.kind == GENERAL]
    assert [(g.chapter, g.text) for g in general] == [("dokumentation", "Kapitlet behöver en mening om journalföring.")]
    assert len(review.items) == 4  # nothing else: the other answers were left as they were
    assert not any(i.uncertain or i.conflict for i in review.items)
    stored, problems = load_reviews(remiss.workspace, "boras")
    assert problems == [] and stored == [review]


def test_a_proposal_is_the_answer_without_the_routines_phrasing(remiss: Remiss) -> None:
    """The remiss file is the routine: "Regionen kan erbjuda:" opens the answer there but is not part of it."""
    anna = Reviewer(remiss.path)
    lead, first = anna.answer_paragraphs("grav-stod-region")[:2]
    assert lead.text == "Regionen kan erbjuda:"
    anna.track_insert(first, "Tätare besök", " och längre samtal", author=ANNA)
    review = _import(remiss, anna.save(remiss.root / "ledet.docx"))
    proposal = next(i for i in review.items if i.question_id == "grav-stod-region")
    assert proposal.text.startswith("- Tätare besök och längre samtal hos barnmorskan\n- Psykosociala teamet")
    assert proposal.original.startswith("- Tätare besök hos barnmorskan")
    question = remiss.workspace.question_set.question("grav-stod-region")
    draft = remiss.workspace.load_area("boras").answer_set
    accepted = proposed_answer(question, draft.get(question.id), proposal.text)
    assert accepted is not None and accepted.value == draft.get(question.id).value.replace(
        "Tätare besök hos", "Tätare besök och längre samtal hos"
    )


def test_a_removed_control_is_matched_by_its_surroundings(remiss: Remiss) -> None:
    anna = Reviewer(remiss.path)
    anna.edit_untracked(anna.answer_paragraphs("dok-region")[0], "under sökordet", "under sökorden")
    anna.comment(anna.answer_paragraphs("dok-region")[0], "Vilket sökord?", author=ANNA)
    anna.remove_control("dok-region")
    review = _import(remiss, anna.save(remiss.root / "utan-kontroll.docx"), reviewer=ANNA)
    items = {(i.kind, i.question_id): i for i in review.items}
    assert "under sökorden" in items[(PROPOSAL, "dok-region")].text
    assert items[(PROPOSAL, "dok-region")].uncertain and items[(COMMENT, "dok-region")].uncertain
    assert items[(COMMENT, "dok-region")].text == "Vilket sökord?"
    assert len(review.items) == 2


@pytest.fixture
def elsewhere(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for files LibreOffice writes: its .docx are not ours to hold to the Microsoft 365 check."""
    return tmp_path_factory.mktemp("libreoffice")


def _flat(found: ReviewedFile, remiss: Remiss) -> list[tuple[str, str, str, str, str]]:
    """Every item and reply as (kind, question, author, text, chapter), in a stable order."""
    outline = load_workspace_outline(remiss.workspace.root, remiss.workspace.question_set)
    review = build_review(remiss.workspace, "boras", found, file_name="x.docx", outline=outline, own_words=own_words)
    rows = [(i.kind, i.question_id, i.author, i.text, i.chapter) for i in review.items]
    rows += [(COMMENT, i.question_id, r.author, r.text, i.chapter) for i in review.items for r in i.replies]
    return sorted(rows)


@pytest.mark.slow
def test_word_review_survives_a_libreoffice_round_trip(remiss: Remiss, elsewhere: Path) -> None:
    """Someone opens Anna's reviewed file in LibreOffice and saves it: nothing of hers is lost or moved.

    LibreOffice 7.4 does not keep which comment answers which, so a reply comes back as a comment of
    its own on the same question.
    """
    direct = read_reviewed(_word_review(remiss))
    after = read_reviewed(libreoffice_round_trip(remiss.root / "boras-anna.docx", elsewhere))
    assert not after.missing
    assert {a.how for a in after.answers.values()} == {"bookmark"}
    assert _flat(after, remiss) == _flat(direct, remiss)


@pytest.mark.slow
def test_libreoffice_reviewer(remiss: Remiss, elsewhere: Path) -> None:
    """Cecilia opens the remiss file in LibreOffice, comments and edits with changes tracked, and saves."""
    opened = libreoffice_round_trip(remiss.path, elsewhere / "opened")
    cecilia = Reviewer(opened)
    consult = cecilia.paragraph_with("Ring mottagningen barn och familj under telefontiden")
    cecilia.comment(consult, "Ange telefontiderna.", author=CECILIA)
    receiver = cecilia.paragraph_with("Hälso- och sjukvården lämnar uppgifterna till mottagningen")
    cecilia.track_insert(receiver, "Hälso- och sjukvården", " (barnmorska eller läkare)", author=CECILIA)
    cecilia.save()
    saved = libreoffice_round_trip(opened, elsewhere / "saved")
    review = _import(remiss, saved)
    assert review.reviewer == CECILIA
    items = {(i.kind, i.question_id): i for i in review.items}
    assert items[(COMMENT, "oro-avidentifierad-hur")].text == "Ange telefontiderna."
    proposal = items[(PROPOSAL, "alt2-mottagare")]
    assert proposal.author == CECILIA and proposal.tracked
    assert proposal.text.startswith("Hälso- och sjukvården (barnmorska eller läkare) lämnar uppgifterna")
    assert len(review.items) == 2 and not any(i.uncertain for i in review.items)


def test_a_file_for_another_area_is_refused(remiss: Remiss) -> None:
    with pytest.raises(ReviewImportError, match="gjordes för remiss av området 'boras'"):
        build_review(remiss.workspace, "simba", read_reviewed(remiss.path), file_name="boras-remiss.docx")
    assert load_reviews(remiss.workspace, "simba") == ([], [])


def test_the_same_file_is_not_imported_twice(remiss: Remiss) -> None:
    path = _word_review(remiss)
    _import(remiss, path)
    with pytest.raises(ReviewImportError, match="redan importerad"):
        _import(remiss, path)
    assert len(load_reviews(remiss.workspace, "boras")[0]) == 1


def test_a_plain_word_file_is_no_remiss_file(elsewhere: Path, tmp_path: Path) -> None:
    import docx

    plain = elsewhere / "brev.docx"  # python-docx's own template: not ours to hold to the check
    docx.Document().save(str(plain))
    with pytest.raises(ReviewImportError, match="ingen remissfil"):
        read_reviewed(plain)
    text = tmp_path / "inte-word.docx"
    text.write_text("hej")
    with pytest.raises(ReviewImportError, match="ingen Word-fil"):
        read_reviewed(text)


def test_older_question_ids_and_answers_changed_since_the_remiss(mini: Workspace, tmp_path: Path) -> None:
    """The remiss was made before a question was renamed and an answer changed: items follow and are flagged."""
    loaded = mini.load_area("norra")
    version = version_for_remiss(mini, loaded.answer_set, reply_by=REPLY_BY)
    path = tmp_path / "norra-remiss.docx"
    export_remiss(RoutineExporter(mini, page_numbers=False), version, path)
    reviewer = Reviewer(path)
    reviewer.edit_untracked(reviewer.answer_paragraphs("arbete-samtal")[0], "lugn miljö", "lugn och trygg miljö")
    reviewer.comment(reviewer.answer_paragraphs("arbete-kallar")[0], "Vem skickar kallelsen?", author=ANNA)
    reviewer.save(last_modified_by=ANNA)
    # after the export: the key group changes an answer, and the region's new edition renames a question
    changed = loaded.answer_set.with_answer("arbete-kallar", Answer("socialtjansten", comment="Inom en dag."))
    mini.save_area(changed, expected_digest=loaded.digest)
    for relative in ("question_sets/oro-for-vantat-barn.yaml", "guideline/oro-for-vantat-barn.yaml"):
        file = mini.root / relative
        text = file.read_text(encoding="utf-8").replace("arbete-samtal", "arbete-samtalet")
        if relative.startswith("question_sets"):
            text = text.replace(
                "        type: longtext\n", "        type: longtext\n        renamed_from: [arbete-samtal]\n", 1
            )
        file.write_text(text, encoding="utf-8")
    workspace = Workspace.open(mini.root)
    outline = load_workspace_outline(workspace.root, workspace.question_set)
    review = build_review(
        workspace, "norra", read_reviewed(path), file_name=path.name, outline=outline, own_words=own_words
    )
    items = {(i.kind, i.question_id): i for i in review.items}
    proposal = items[(PROPOSAL, "arbete-samtalet")]
    assert "lugn och trygg miljö" in proposal.text and not proposal.conflict
    assert proposal.original.startswith("Samtalet förs i lugn miljö.")
    assert items[(COMMENT, "arbete-kallar")].conflict
    assert len(review.items) == 2


def test_the_draft_can_end_with_the_remiss_replies_and_how_they_were_handled(remiss: Remiss) -> None:
    review = _import(remiss, _word_review(remiss))
    sip = next(i for i in review.items if i.question_id == "alt1-sip")
    handle_item(remiss.workspace, "boras", review.number, sip.id, state=ACCEPTED, note="Infört i rutinen.")
    output = remiss.root / "utkast med bilaga.docx"
    draft = remiss.workspace.load_area("boras").answer_set
    RoutineExporter(remiss.workspace, page_numbers=False).export(draft, output, draft=True, remiss_summary=True)
    document = docx.Document(str(output))
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "Bilagerubrik"]
    assert headings[-1] == "Bilaga: Remissvar och hur de hanterats"
    table = document.tables[-1]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Gäller", "Från", "Synpunkt", "Hantering"] and len(rows) == 1 + len(review.items)
    question = remiss.workspace.question_set.question("alt1-sip").text
    assert [question, ANNA] == rows[1 + [r[0] for r in rows[1:]].index(question)][:2]
    handled = next(r for r in rows if r[0] == question)
    assert handled[2].startswith("Förslag: SIP erbjuds alltid") and handled[3] == "Godtagen. Infört i rutinen."
    assert ["Dokumentation", ANNA, "Allmän kommentar: Kapitlet behöver en mening om journalföring.", "Öppen"] in rows
    assert any(r[2].endswith("Svar från Bo Ek: Håller med, inom sju dagar.") for r in rows)  # the reply too
    assert ooxml_errors(output) == []
    plain = remiss.root / "utan bilaga.docx"
    RoutineExporter(remiss.workspace, page_numbers=False).export(draft, plain, draft=True)
    assert "Bilaga: Remissvar" not in "\n".join(p.text for p in docx.Document(str(plain)).paragraphs)
