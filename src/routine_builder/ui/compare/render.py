"""Qt rich text for one side of a compared question, and the words for what differs.

Marks use strike-through and underline, not colour alone. Two versions of one area differ by what was
changed, added and removed; two areas simply answer differently, or one of them has an answer the
other lacks, and the words say so ("Bara i Borås") instead of calling it removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.compare import QuestionDiff, Status
from routine_builder.export.comparison_html import side_html
from routine_builder.ui.wording import breakable, plural

_DELETE = "background-color:#ffd7d5; color:#6b0000; text-decoration:line-through;"
_INSERT = "background-color:#d3f5d3; color:#064006; text-decoration:underline;"
_TAG = re.compile(r"(<[^>]+>)")


def tr(text: str) -> str:
    """Translate in the context of the comparison views."""
    return QCoreApplication.translate("CompareRender", text)


def qt_mark(kind: str, text: str) -> str:
    """A span Qt's rich text understands (it has no ``<del>``/``<ins>``)."""
    return f'<span style="{_DELETE if kind == "delete" else _INSERT}">{text}</span>'


def _breakable(rich_text: str) -> str:
    """Break opportunities after '@', '.' and '/' in the text (not in tags), so no table cell is cut off."""
    parts = _TAG.split(rich_text)
    for index in range(0, len(parts), 2):
        parts[index] = breakable(parts[index])
    return "".join(parts)


def side_rich_text(question: QuestionDiff, side: str) -> str:
    """One side of one question as Qt rich text, in the UI's language."""
    words = {"comment": tr("Kommentar"), "reason": tr("Motivering"), "empty": tr("Inget svar")}
    return _breakable(side_html(question, side, mark=qt_mark, words=words))


def side_title(answer_set: AnswerSet, *, live: bool = False) -> str:
    """One side in words: "Borås, version 3 (2026-03-19)", "Borås, utkast (2026-11-20)" or "… (nu)"."""
    info = answer_set.version
    if info is not None:
        return tr("{area}, version {number} ({date})").format(
            area=answer_set.area.name, number=info.number, date=f"{info.saved_at:%Y-%m-%d}"
        )
    if live or answer_set.updated_at is None:
        return tr("{area}, utkastet (nu)").format(area=answer_set.area.name)
    return tr("{area}, utkast ({date})").format(area=answer_set.area.name, date=f"{answer_set.updated_at:%Y-%m-%d}")


@dataclass(frozen=True)
class Wording:
    """How differences are named: between versions of one area, or between two areas."""

    left_area: str = ""
    right_area: str = ""
    between_areas: bool = False

    def status(self, status: Status) -> str:
        """The word shown beside a question ("" for unchanged)."""
        if status is Status.UNCHANGED:
            return ""
        if self.between_areas:
            if status is Status.CHANGED:
                return tr("Olika")
            only = self.right_area if status is Status.ADDED else self.left_area
            return tr("Bara i {area}").format(area=only)
        return {Status.CHANGED: tr("Ändrad"), Status.ADDED: tr("Tillagd"), Status.REMOVED: tr("Borttagen")}[status]

    def counts(self, changed: int, added: int, removed: int) -> str:
        """'2 ändrade, 1 tillagd, 0 borttagna', or between areas '2 olika, 1 bara i Borås, …'."""
        if self.between_areas:
            return ", ".join(
                (
                    tr("{n} olika").format(n=changed),
                    tr("{n} bara i {area}").format(n=added, area=self.right_area),
                    tr("{n} bara i {area}").format(n=removed, area=self.left_area),
                )
            )
        return ", ".join(
            (
                plural(changed, tr("1 ändrad"), tr("{n} ändrade")),
                plural(added, tr("1 tillagd"), tr("{n} tillagda")),
                plural(removed, tr("1 borttagen"), tr("{n} borttagna")),
            )
        )


VERSIONS = Wording()


def status_text(status: Status) -> str:
    """The word for a difference between two versions of one area ("" for unchanged)."""
    return VERSIONS.status(status)


def counts_text(changed: int, added: int, removed: int) -> str:
    """'2 ändrade, 1 tillagd, 0 borttagna' with singular and plural."""
    return VERSIONS.counts(changed, added, removed)
