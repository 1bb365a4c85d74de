"""``routine-builder export``: the Word routine of one area or of all areas."""

from __future__ import annotations

import argparse
import contextlib
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from routine_builder.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE, UsageError, fail, iso_date, positive
from routine_builder.domain import LoadedArea, Question, QuestionSet, Workspace, load_version, slugify
from routine_builder.domain.adoption import adopted_number, draft_for_export, version_for_export
from routine_builder.domain.completeness import missing_required
from routine_builder.domain.remiss import version_for_remiss
from routine_builder.domain.sync import save_or_merge
from routine_builder.errors import ExportError, RoutineBuilderError

if TYPE_CHECKING:
    from routine_builder.export import RoutineExporter


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help="skapa Word-rutinen för ett område eller alla",
        description="Skapar den lokala rutinen som Word-dokument (.docx), för ett område eller för alla.",
    )
    parser.add_argument("workspace", type=Path, metavar="ARBETSYTA", help="arbetsytans mapp")
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
    parser.add_argument("--version", type=positive, metavar="N", help="en sparad version i stället för utkastet")
    parser.add_argument(
        "--remiss",
        action="store_true",
        help="en remissfil för granskare i Word: svaren märkta så att kommentarer och ändringar kan importeras",
    )
    parser.add_argument("--reply-by", type=iso_date, metavar="ÅÅÅÅ-MM-DD", help="sista dag för remissvar (--remiss)")
    parser.add_argument(
        "--remiss-summary",
        action="store_true",
        help="avsluta med en bilaga: områdets remissvar och hur de har hanterats",
    )
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


def _check_combination(args: argparse.Namespace) -> None:
    """Raise :class:`UsageError` for options that do not go together (before any file is opened)."""
    if args.all and (args.version or args.remiss or args.remiss_summary):
        raise UsageError("--version, --remiss och --remiss-summary gäller ett område (--area), inte --all")
    if args.reply_by and not args.remiss:
        raise UsageError("--reply-by gäller en remissfil; lägg till --remiss")
    if args.remiss_summary and args.remiss:
        raise UsageError("--remiss-summary gäller rutinen, inte remissfilen; ta bort en av dem")
    if args.remiss and (args.pdf or args.draft):
        raise UsageError("en remissfil skrivs bara som Word-fil (utan --pdf och --draft; luckor visas ändå)")


def run(args: argparse.Namespace) -> int:
    from routine_builder.document.swedish import status_label
    from routine_builder.export import IncompleteError, RoutineExporter  # python-docx only when exporting

    _check_combination(args)
    workspace = Workspace.open(args.workspace)
    if args.all:
        return _run_all(workspace, args)
    output: Path = args.output
    if output.suffix.lower() != ".docx":
        return fail(f"{output}: filnamnet ska sluta på .docx")
    if not output.parent.is_dir():
        return fail(f"{output.parent}: mappen finns inte; skapa den först eller välj en annan plats")
    loaded = workspace.load_area(args.area)
    exporter = RoutineExporter(workspace)
    if args.remiss:
        return _run_remiss(workspace, exporter, loaded, args)
    if args.version:
        answer_set = version_for_export(workspace, args.area, args.version)
    else:
        answer_set = draft_for_export(workspace, loaded.answer_set)
    try:
        result = exporter.export(
            answer_set,
            output,
            draft=args.draft,
            pdf=args.pdf,
            saved_version=bool(args.version),
            remiss_summary=args.remiss_summary,
        )
    except IncompleteError as exc:
        print_missing(workspace.question_set, exc.missing, area=args.area)
        return EXIT_PROBLEMS
    which = f"Version {args.version} av rutinen för '{args.area}'" if args.version else f"Rutinen för '{args.area}'"
    label = status_label(answer_set.document.status)
    print(f"{which} ({label}) skrevs till {result.path}" + (f" och {result.pdf}" if result.pdf else "") + ".")
    unanswered = len(missing_required(workspace.question_set, answer_set))
    if args.version and unanswered and not args.draft:
        print(
            f"Version {args.version} saknar svar på {unanswered} obligatoriska frågor som har tillkommit i "
            "frågeunderlaget sedan den sparades; de är utelämnade."
        )
    number = adopted_number(workspace, loaded.answer_set)
    if not args.version and answer_set.document.status == "under_revidering" and number is not None:
        print(
            f"Utkastet har ändrats sedan version {number} fastställdes och märks därför 'Under revidering'; "
            f"exportera den fastställda rutinen med --version {number}."
        )
    for note in result.notes:
        print(note)
    if result.gaps:
        print(f"Utkastet har {result.gaps} obligatoriska svar som saknas; de är markerade i dokumentet.")
    return EXIT_OK


def _run_remiss(workspace: Workspace, exporter: RoutineExporter, loaded: LoadedArea, args: argparse.Namespace) -> int:
    from routine_builder.export.remiss_export import export_remiss

    if args.version:
        version = load_version(workspace, args.area, args.version).answer_set
    else:
        version = version_for_remiss(workspace, loaded.answer_set, reply_by=args.reply_by)
        if loaded.answer_set.document.status == "utkast":
            draft = replace(loaded.answer_set, document=replace(loaded.answer_set.document, status="remiss"))
            save_or_merge(workspace, base=loaded, mine=draft)
    result = export_remiss(exporter, version, args.output, reply_by=args.reply_by)
    number = version.version.number if version.version else "?"
    reply = f", svar senast {args.reply_by.isoformat()}" if args.reply_by else ""
    print(f"Remissfilen för '{args.area}' (version {number}{reply}) skrevs till {result.path}.")
    if result.gaps:
        print(f"{result.gaps} obligatoriska svar saknas; de är markerade i remissfilen.")
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


def _export_all(
    workspace: Workspace, ids: list[str], folder: Path, args: argparse.Namespace, stack: contextlib.ExitStack
) -> int:
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
            answer_set = draft_for_export(workspace, workspace.load_area(area_id).answer_set)
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
