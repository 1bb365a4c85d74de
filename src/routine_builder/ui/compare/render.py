"""Qt rich text for one side of a compared question; marks use strike-through and underline, not colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from routine_builder.domain.compare import QuestionDiff, Status
from routine_builder.export.comparison_html import side_html

_DELETE = "background-color:#ffd7d5; color:#6b0000; text-decoration:line-through;"
_INSERT = "background-color:#d3f5d3; color:#064006; text-decoration:underline;"


def qt_mark(kind: str, text: str) -> str:
    """A span Qt's rich text understands (it has no ``<del>``/``<ins>``)."""
    return f'<span style="{_DELETE if kind == "delete" else _INSERT}">{text}</span>'


def side_rich_text(question: QuestionDiff, side: str) -> str:
    """One side of one question as Qt rich text."""
    return side_html(question, side, mark=qt_mark)


def tr(text: str) -> str:
    """Translate in the context of the comparison views."""
    return QCoreApplication.translate("CompareRender", text)


def status_text(status: Status) -> str:
    """The Swedish status word shown beside a question ("" for unchanged)."""
    return {
        Status.UNCHANGED: "",
        Status.CHANGED: tr("Ändrad"),
        Status.ADDED: tr("Tillagd"),
        Status.REMOVED: tr("Borttagen"),
    }[status]


def _count(number: int, one: str, many: str) -> str:
    return tr(one) if number == 1 else tr(many).format(number)


def counts_text(changed: int, added: int, removed: int) -> str:
    """'2 ändrade, 1 tillagd, 0 borttagna' with Swedish singular and plural."""
    return ", ".join(
        (
            _count(changed, "1 ändrad", "{0} ändrade"),
            _count(added, "1 tillagd", "{0} tillagda"),
            _count(removed, "1 borttagen", "{0} borttagna"),
        )
    )
