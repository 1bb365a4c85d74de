"""``routine-builder diff A B``: what differs between two answer sets, as text, Word and HTML."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from routine_builder.cli.common import EXIT_OK
from routine_builder.domain.question_set import QuestionType
from routine_builder.domain.workspace import current_user, load_answers_file
from routine_builder.errors import RoutineBuilderError

if TYPE_CHECKING:  # the comparison is imported when the command runs, not on every start of the program
    from routine_builder.domain.compare import Comparison, QuestionDiff
    from routine_builder.domain.compare_rows import RowDiff

STATUS_WORDS = {"unchanged": "oförändrad", "changed": "ändrad", "added": "tillagd", "removed": "borttagen"}
_SHORT_TYPES = (QuestionType.CHOICE, QuestionType.YESNO, QuestionType.NUMBER, QuestionType.DATE)
_ROW_SIGNS = {"added": "+", "removed": "-", "changed": "~", "equal": " "}


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``diff`` command."""
    parser = sub.add_parser(
        "diff",
        help="jämför två svarsfiler eller versioner",
        description=(
            "Jämför två svarsfiler eller versionsfiler fråga för fråga och visar ändrade ord som [-gammalt-]{+nytt+}. "
            "Slutstatus 0 även när det finns skillnader, 2 när en fil inte kan användas."
        ),
    )
    parser.add_argument("a", type=Path, metavar="A", help="den äldre svarsfilen eller versionen")
    parser.add_argument("b", type=Path, metavar="B", help="den nyare svarsfilen eller versionen")
    parser.add_argument(
        "--docx", type=Path, metavar="UT", help="skriv jämförelsen som Word-dokument med spårade ändringar"
    )
    parser.add_argument("--html", type=Path, metavar="UT", help="skriv jämförelsen som HTML-sida")
    parser.add_argument("--all", action="store_true", help="visa alla frågor, inte bara de som skiljer sig")
    parser.set_defaults(handler=run)


def _indent(text: str) -> list[str]:
    return ["    " + line for line in text.splitlines() if line.strip()]


def _row_line(row: RowDiff) -> str:
    from routine_builder.domain.readable import CELL_SEPARATOR
    from routine_builder.domain.word_diff import compact

    if row.kind in ("added", "removed"):
        cells = ["".join(op.text for op in ops) for ops in row.cells]
    else:
        cells = [compact(ops) for ops in row.cells]
    return f"{_ROW_SIGNS[row.kind]} " + CELL_SEPARATOR.join(c for c in cells if c.strip())


def question_lines(question: QuestionDiff, *, full: bool = False) -> list[str]:
    """The printed lines of one question: header, then the changed lines in compact word-diff form."""
    from routine_builder.domain.word_diff import compact

    lines = [f"[{STATUS_WORDS[question.status.value]}] {question.question_id}: {question.question_text}"]
    if not question.differs:
        return [*lines, *_indent(question.new_text)] if full else lines
    if question.rows:
        lines += ["    " + _row_line(row) for row in question.rows if row.kind != "equal" or full]
    show = [line for line in question.lines if line.changed or full]
    if question.type in _SHORT_TYPES and question.old_text.strip() and question.new_text.strip():
        lines.append(f"    {question.old_text} → {question.new_text}")
    elif not question.rows or question.old_not_applicable or question.new_not_applicable:
        lines += [item for line in show for item in _indent(compact(line.ops))]
    label = "Motivering" if question.new_not_applicable else "Kommentar"
    comment = [line for line in question.comment_lines if line.changed or full]
    lines += [item for line in comment for item in _indent(f"{label}: " + compact(line.ops))]
    return lines


def report(comparison: Comparison, *, show_all: bool) -> list[str]:
    """Every printed line of the comparison."""
    out: list[str] = []
    for section in comparison.sections:
        questions = [q for q in section.questions if q.differs or show_all]
        if not questions:
            continue
        out.append(f"== {section.title} ==")
        for question in questions:
            out += question_lines(question, full=show_all)
        out.append("")
    counts = comparison.counts
    if comparison.is_empty:
        out.append("Inga skillnader.")
    else:
        out.append(f"{counts.changed} ändrade, {counts.added} tillagda, {counts.removed} borttagna svar.")
    return out


def run(args: argparse.Namespace) -> int:
    """Compare A with B, print the differences and write the requested documents."""
    from routine_builder.domain.compare import answer_set_label, compare, question_set_for

    question_set = question_set_for(args.b)
    old = load_answers_file(args.a, question_set).answer_set
    new = load_answers_file(args.b, question_set).answer_set
    if old.question_set_id != new.question_set_id:
        raise RoutineBuilderError(
            f"filerna hör till olika frågeunderlag ('{old.question_set_id}' och '{new.question_set_id}')", path=args.a
        )
    comparison = compare(question_set, old, new)
    print("\n".join([f"--- {answer_set_label(old)}  ({args.a})", f"+++ {answer_set_label(new)}  ({args.b})", ""]))
    print("\n".join(report(comparison, show_all=args.all)))
    if args.docx is not None:
        from routine_builder.export.comparison_docx import write_comparison_docx
        from routine_builder.export.redline_authors import versions_between, workspace_of

        workspace = workspace_of(args.b)
        between = versions_between(workspace, old, new) if workspace is not None else []
        write_comparison_docx(
            comparison,
            question_set=question_set,
            old=old,
            new=new,
            output=args.docx,
            between=between,
            exported_by=current_user(),
            template=workspace.template_path() if workspace is not None else None,
            workspace=workspace,
        )
        print(f"Word-dokumentet med spårade ändringar sparades: {args.docx}")
    if args.html is not None:
        from routine_builder.export.comparison_html import write_comparison_html
        from routine_builder.export.redline_authors import side_label

        write_comparison_html(
            comparison,
            question_set=question_set,
            output=args.html,
            old_label=side_label(old),
            new_label=side_label(new),
        )
        print(f"HTML-sidan sparades: {args.html}")
    return EXIT_OK
