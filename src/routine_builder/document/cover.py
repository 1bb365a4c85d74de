"""The cover page: title, area, what the routine builds on, and the document data as a table.

The document data names the status and version, who adopted the routine (the approving body) and when,
from when and until when it applies and who owns its content. Answers whose phrasing puts them on the
cover (``place: cover``) are written under the title, in place of the guideline's bare title.

A document made after an adoption but not adopted itself (a revision, a remiss copy, a draft) does not
present itself as the adopted version: a version label it shares with the version in force reads
"1.0 med ändringar", and the adoption is named as the version in force ("Gällande version").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from routine_builder.document.blocks import Block, Paragraph, Table, plain
from routine_builder.document.sentences import placed_sentences
from routine_builder.document.specials import missing_count
from routine_builder.document.swedish import date_in_table, join_list, shown_version, status_label
from routine_builder.document.text import clean_text
from routine_builder.domain.answers import AnswerSet, DocumentInfo
from routine_builder.domain.operations import ADOPTED
from routine_builder.domain.question_set import QuestionSet
from routine_builder.domain.version_index import VersionHeader

ROUTINE_TITLE = "Lokal rutin för samverkan vid oro för väntat barn"
DRAFT_MARK = "UTKAST"
EMPTY = "–"


@dataclass(frozen=True)
class DocumentData:
    """What the cover, header, footer and properties say about the document."""

    title: str
    area: str
    municipalities: str
    status: str
    version: str
    revision: int
    draft: bool
    in_force: str | None = None  # the adopted version's label, when this document is a later, unadopted one


def in_force_label(info: DocumentInfo, versions: Sequence[VersionHeader]) -> str | None:
    """The label of the adopted version still in force when ``info`` is a later, unadopted document; else None.

    The label is the adopted saved version's own (found among ``versions``), else the document's.
    """
    if info.status == ADOPTED or info.adopted_on is None:
        return None
    for header in versions:
        if header.number == info.adopted_version and header.document is not None and header.document.version:
            return header.document.version
    return info.version


def document_data(
    answer_set: AnswerSet,
    *,
    title: str,
    saved_versions: int,
    draft: bool,
    versions: Sequence[VersionHeader] = (),
) -> DocumentData:
    """Collect the document data of one area (``versions``: the area's saved versions, for the one in force)."""
    info = answer_set.document
    in_force = in_force_label(info, versions)
    if info.version or in_force:
        version = shown_version(info.version, in_force)
    elif answer_set.version is not None:
        version = str(answer_set.version.number)
    else:
        version = ""
    revision = answer_set.version.number if answer_set.version is not None else saved_versions + 1
    return DocumentData(
        title=clean_text(title) or ROUTINE_TITLE,
        area=clean_text(answer_set.area.name),
        municipalities=join_list([clean_text(m) for m in answer_set.area.municipalities]),
        status=status_label(info.status),
        version=clean_text(version),
        revision=max(revision, 1),
        draft=draft,
        in_force=in_force,
    )


def cover_sentences(question_set: QuestionSet, answer_set: AnswerSet) -> list[Paragraph]:
    """The answers placed on the cover, each as its sentence."""
    placed = placed_sentences(question_set, answer_set, "cover")
    return [Paragraph(plain(text, italic=True), source=qid) for qid, text in placed]


def cover_blocks(data: DocumentData, answer_set: AnswerSet, question_set: QuestionSet, *, gaps: int) -> list[Block]:
    """Title, area, municipalities, what the routine builds on, a draft notice and the document data."""
    blocks: list[Block] = [Paragraph(plain(data.title), "title"), Paragraph(plain(data.area), "subtitle")]
    if data.municipalities:
        blocks.append(Paragraph(plain(f"Gäller för {data.municipalities}")))
    sentences = cover_sentences(question_set, answer_set)
    if sentences:
        blocks += sentences
    elif question_set.guideline.title:
        blocks.append(Paragraph(plain(f"Bygger på {question_set.guideline.title}.", italic=True)))
    if data.draft:
        # named as the status row and the export name it ("Under revidering"); a plain draft stays "UTKAST"
        mark = data.status if answer_set.document.status in ("remiss", "under_revidering") else DRAFT_MARK
        text = f"{mark} – ej fastställd."
        if gaps:
            text += f" {missing_count(gaps)} De är markerade med [Svar saknas] i texten."
        blocks.append(Paragraph(plain(text, bold=True), "notice"))
    info = answer_set.document
    valid_from = info.valid_from or info.adopted_on
    if data.in_force is None:
        adoption = [
            ("Fastställd av", clean_text(info.adopted_by) or EMPTY),
            ("Fastställd", date_in_table(info.adopted_on)),
            ("Giltig från", date_in_table(valid_from)),
            ("Giltig till", date_in_table(info.valid_until)),
        ]
    else:
        adoption = [("Gällande version", _in_force_text(data.in_force, info))]
    rows = [
        ("Område", data.area),
        ("Kommuner", data.municipalities or EMPTY),
        ("Status", data.status),
        ("Version", data.version or EMPTY),
        *adoption,
        ("Innehållsansvarig", clean_text(info.owner) or EMPTY),
        ("Senast ändrad", date_in_table(answer_set.updated_at.date() if answer_set.updated_at else None)),
    ]
    blocks.append(Paragraph(plain("Dokumentuppgifter", bold=True), "label"))
    blocks.append(
        Table(
            ("Uppgift", "Värde"),
            tuple(rows),
            caption="Dokumentuppgifter",
            first_column=True,
            widths=(4.5,),
            description="Rutinens område, status, version, fastställande, giltighet och innehållsansvarig.",
        )
    )
    return blocks


def _in_force_text(label: str, info: DocumentInfo) -> str:
    """'1.0, fastställd 2026-03-12 av Lokala samverkansgruppen, giltig till 2028-03-31'."""
    parts = [label or "Fastställd version", f"fastställd {date_in_table(info.adopted_on)}"]
    if clean_text(info.adopted_by):
        parts[-1] += f" av {clean_text(info.adopted_by)}"
    if info.valid_until is not None:
        parts.append(f"giltig till {date_in_table(info.valid_until)}")
    return ", ".join(parts)
