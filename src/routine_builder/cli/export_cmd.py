"""``routine-builder export``: the Word routine of one area or of all areas."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from routine_builder.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE, fail
from routine_builder.domain import Question, QuestionSet, Workspace, slugify
from routine_builder.errors import ExportError, RoutineBuilderError

if TYPE_CHECKING:
    pass


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help="skapa Word-rutinen för ett område eller alla",
        description="Skapar den lokala rutinen som Word-dokument (.docx), för ett område eller för alla.",
    )
    parser.add_argument("workspace", type=Path, metavar="WORKSPACE", help="arbetsytans mapp")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--area", metavar="ID", help="områdets id")
    which.add_argument("--all", action="store_true", help="alla områden, ett dokument per område")
    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FIL|MAPP", help="dokumentet (--area) eller mappen (--all)"
    )
    parser.add_argument(
        "--draft", action="store_true", help="exportera även om obligatoriska svar saknas (märks UTKAST)"
    )
    parser.add_argument("--pdf", action="store_true", help="skriv också en PDF bredvid dokumentet (kräver LibreOffice)")
    parser.set_defaults(handler=run)


def print_missing(question_set: QuestionSet, missing: list[Question], *, area: str, stream=None) -> None:
    """The missing required answers, per section with the question text."""
    stream = stream or sys.stderr
    print(f"Området '{area}' saknar {len(missing)} obligatoriska svar:", file=stream)
    for section in question_set.sections:
        questions = [q for q in missing if q.section_id == section.id]
        if questions:
            print(f"  {section.title}", file=stream)
            for question in questions:
                print(f"    - {question.text} ({question.id})", file=stream)
    print("Besvara frågorna, markera dem som ej aktuella eller exportera ett utkast med --draft.", file=stream)


def run(args: argparse.Namespace) -> int:
    from routine_builder.export import IncompleteError, RoutineExporter  # python-docx only when exporting

    workspace = Workspace.open(args.workspace)
    if args.all:
        return _run_all(workspace, args)
    exporter = RoutineExporter(workspace)
    output: Path = args.output
    if output.suffix.lower() != ".docx":
        return fail(f"{output}: filnamnet ska sluta på .docx")
    if not output.parent.is_dir():
        return fail(f"{output.parent}: mappen finns inte; skapa den först eller välj en annan plats")
    answer_set = workspace.load_area(args.area).answer_set
    try:
        result = exporter.export(answer_set, output, draft=args.draft, pdf=args.pdf)
    except IncompleteError as exc:
        print_missing(workspace.question_set, exc.missing, area=args.area)
        return EXIT_PROBLEMS
    print(f"Rutinen för '{args.area}' skrevs till {result.path}" + (f" och {result.pdf}" if result.pdf else "") + ".")
    for note in result.notes:
        print(note)
    if result.gaps:
        print(f"Utkastet har {result.gaps} obligatoriska svar som saknas; de är markerade i dokumentet.")
    return EXIT_OK


def _run_all(workspace: Workspace, args: argparse.Namespace) -> int:
    folder: Path = args.output
    if folder.exists() and not folder.is_dir():
        return fail(f"{folder}: är ingen mapp")
    folder.mkdir(parents=True, exist_ok=True)
    ids = workspace.area_ids()
    if not ids:
        return fail(f"{workspace.root}: arbetsytan har inga områden")
    with contextlib.ExitStack() as stack:
        return _export_all(workspace, ids, folder, args, stack)


def _export_all(workspace: Workspace, ids: list[str], folder: Path, args: argparse.Namespace,
                stack: contextlib.ExitStack) -> int:  # fmt: skip
    from routine_builder.export import IncompleteError, Office, RoutineExporter
    from routine_builder.export.office import unavailable
    from routine_builder.export.routine import NO_PAGE_NUMBERS

    # One LibreOffice lays out every document (page numbers of the contents, PDFs) when it can be started.
    reason = unavailable()
    office = None
    if reason is None:
        try:
            office = stack.enter_context(Office())
        except ExportError as exc:
            reason = exc.reason
    exporter = RoutineExporter(workspace, office=office)
    skipped: list[tuple[str, int]] = []
    failed: list[str] = []
    for number, area_id in enumerate(ids, start=1):
        prefix = f"[{number}/{len(ids)}] {area_id}:"
        try:
            answer_set = workspace.load_area(area_id).answer_set
            target = folder / f"{slugify(area_id)}.docx"
            result = exporter.export(answer_set, target, draft=args.draft, pdf=args.pdf)
        except IncompleteError as exc:
            skipped.append((area_id, len(exc.missing)))
            print(f"{prefix} hoppades över, {len(exc.missing)} obligatoriska svar saknas", flush=True)
            continue
        except (ExportError, RoutineBuilderError) as exc:
            failed.append(area_id)
            print(f"{prefix} misslyckades: {exc.message}", file=sys.stderr, flush=True)
            continue
        note = f" ({result.gaps} luckor markerade)" if result.gaps else ""
        print(f"{prefix} {result.path.name}{note}", flush=True)
    done = len(ids) - len(skipped) - len(failed)
    print(f"{done} av {len(ids)} områden exporterades till {folder}.")
    if done and office is None:
        print(NO_PAGE_NUMBERS.format(reason=reason))
    if skipped:
        listing = ", ".join(f"{area} ({count})" for area, count in skipped)
        print(f"Hoppades över som ofullständiga: {listing}. Använd --draft för att exportera dem som utkast.")
    if failed:
        return EXIT_UNUSABLE
    return EXIT_PROBLEMS if skipped else EXIT_OK
