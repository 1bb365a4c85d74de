"""Checking a workspace, an answers file or a question set, as ``routine-builder validate`` does.

Besides answers, it reports a routine whose status says "fastställd" about other answers than the adopted
version's (a problem) and routines whose validity has ended or ends within three months (a note), and on
the content a routine builds on: legal references cited in the question
set or the outline that do not exist (problems), and, as notes that do not fail the check, the legal
references whose number or wording is not verified and a guideline whose validity has ended.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from routine_builder import paths
from routine_builder.domain.adoption import adopted_number, adopted_version, changed_since_adoption, revision_due
from routine_builder.domain.completeness import missing_required, overall_progress
from routine_builder.domain.conflict_copies import find_conflict_copies
from routine_builder.domain.guideline_status import expiry_notice
from routine_builder.domain.legal import LegalReferences, load_legal_references, placeholders
from routine_builder.domain.locks import LOCK_NAME, read_lock
from routine_builder.domain.outline import Outline, load_workspace_outline
from routine_builder.domain.question_set import QuestionSet, load_question_set
from routine_builder.domain.version_index import version_headers
from routine_builder.domain.workspace import WORKSPACE_FILE, Workspace, load_answers_file, today
from routine_builder.errors import QuestionSetError, RoutineBuilderError
from routine_builder.storage import LineDict, load_yaml
from routine_builder.storage.leftovers import temporaries
from routine_builder.storage.save_marker import left_markers


@dataclass
class AreaReport:
    """What validation found for one answers file."""

    label: str
    path: Path
    summary: str = ""
    missing: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unreadable: bool = False

    @property
    def ok(self) -> bool:
        """No missing required answers and no problems (orphans are kept and only reported)."""
        return not self.missing and not self.problems and not self.orphans


@dataclass(frozen=True)
class Note:
    """Something to know that does not fail the check, with its items (one per line)."""

    text: str
    items: list[str] = field(default_factory=list)


@dataclass
class Report:
    """What validation found overall."""

    areas: list[AreaReport] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Everything is complete and readable."""
        return not self.problems and all(a.ok for a in self.areas)

    @property
    def unusable(self) -> bool:
        """Some file could not be read at all (syntax, types, format)."""
        return any(a.unreadable for a in self.areas)


def check_answer_file(path: Path, question_set: QuestionSet, label: str, *, folder: str = "") -> AreaReport:
    """Check one answers or version file (``folder``: the area folder it belongs to, if any)."""
    report = AreaReport(label=label, path=path)
    try:
        answer_set = load_answers_file(path, question_set).answer_set
    except RoutineBuilderError as exc:
        report.problems.append(exc.message)
        report.unreadable = True
        return report
    if folder and answer_set.area.id != folder:
        report.problems.append(
            f"{path}: filen anger område-id '{answer_set.area.id}' men ligger i mappen '{folder}' (en kopierad "
            f"mapp?); programmet arbetar med mappen '{folder}' och rättar id:t när du väljer det i programmet"
        )
    report.summary = overall_progress(question_set, answer_set).summary()
    report.missing = [f"{q.id}: {q.text}" for q in missing_required(question_set, answer_set)]
    report.orphans = sorted(answer_set.orphans)
    if answer_set.question_set_id != question_set.id:
        report.problems.append(
            f"{path}: svaren hör till frågeunderlaget '{answer_set.question_set_id}', inte '{question_set.id}'"
        )
    return report


def _check_sharing(area_dir: Path, report: AreaReport) -> None:
    """Report stale locks, save markers and temporary files left by crashes, and sync-tool conflict copies."""
    lock = read_lock(area_dir)
    if lock is not None and lock.is_stale():
        report.problems.append(
            f"{area_dir / LOCK_NAME}: inaktuellt lås från {lock.describe()} (programmet avslutades troligen "
            "oväntat; låset kan tas över när området öppnas)"
        )
    for copy in find_conflict_copies(area_dir):
        report.problems.append(f"{copy}: konfliktkopia från en synkroniseringstjänst; jämför och slå ihop i programmet")
    for marker in left_markers(area_dir):
        report.problems.append(
            f"{marker}: en sparmarkering från en sparning som avbröts (programmet avslutades troligen oväntat); "
            "den tas bort vid nästa sparning"
        )
    for leftover in temporaries(area_dir) + temporaries(area_dir / "versions"):
        report.problems.append(
            f"{leftover}: en tillfällig fil från en sparning som avbröts; den tas bort när området öppnas i programmet"
        )


def _check_adoption(workspace: Workspace, area_id: str, report: AreaReport, due: list[str]) -> None:
    """A status that says "fastställd" about other answers than the adopted version's; a revision that is due."""
    try:
        answer_set = workspace.load_area(area_id).answer_set
    except RoutineBuilderError:
        return  # reported by the answers check
    document = answer_set.document
    number = adopted_number(workspace, answer_set)
    if document.adopted_version is not None and adopted_version(workspace, answer_set) is None:
        report.problems.append(
            f"{report.path}: den fastställda versionen {document.adopted_version} finns inte eller kan inte läsas"
        )
    elif document.status == "faststalld" and number is not None:
        changes = changed_since_adoption(workspace, answer_set)
        if changes is not None and changes[1]:
            report.problems.append(
                f"{report.path}: status är 'fastställd' men {len(changes[1])} svar skiljer sig från den fastställda "
                f"versionen {number}; rutinen exporteras som 'Under revidering' tills en ny version fastställs"
            )
    when = revision_due(document, today())
    if when is not None:
        due.append(f"{area_id}: {when.sentence()}")


def _check_versions(workspace: Workspace, area_id: str, report: AreaReport) -> None:
    """Report version files that cannot be read (they would leave a gap in the revision history)."""
    for header in version_headers(workspace, area_id):
        if header.problem:
            report.problems.append(f"version {header.number} kan inte läsas: {header.problem}")


def unverified_references(legal: LegalReferences) -> list[str]:
    """One line per legal reference whose number or wording is not verified, saying how it is cited now."""
    lines = []
    for ref in legal.unverified():
        earlier = legal.predecessor(ref.id)
        if ref.has_number:
            lines.append(f"{ref.id}: {legal.cite(ref.id)} är inte kontrollerat mot källan")
        elif earlier is not None:
            name = f"{ref.short or ref.law} ({ref.sfs})" if ref.sfs else ref.short or ref.law
            lines.append(
                f"{ref.id}: kapitel och paragraf i {name} för det som tidigare var {earlier.citation()} är inte "
                "bekräftade; rutinerna hänvisar till det tidigare numret"
            )
        else:
            lines.append(
                f"{ref.id}: kapitel och paragraf är inte bekräftade; rutinerna hänvisar till {legal.cite(ref.id)}"
            )
    return lines


def _check_content(report: Report, question_set: QuestionSet, outline: Outline | None) -> None:
    """Unknown legal references (problems), unverified ones and an expired guideline (notes)."""
    legal = load_legal_references()
    cited: list[tuple[str, str]] = []
    for question in question_set.questions():
        cited += [(f"frågan '{question.id}'", ref) for ref in placeholders(question.help)]
    if outline is not None:
        for _level, section in outline.walk():
            for ref in placeholders(section.guideline) + placeholders(section.advice):
                cited.append((f"kapitlet '{section.id}'", ref))
    for where, ref in cited:
        if ref not in legal:
            report.problems.append(f"{where} hänvisar till lagreferensen '{ref}', som inte finns")
    unverified = unverified_references(legal)
    if unverified:
        report.notes.append(
            Note(
                f"{len(unverified)} lagrum har ännu inte kontrollerats av dem som förvaltar frågeunderlaget, "
                "och rutinerna hänvisar till dem så här tills vidare:",
                unverified,
            )
        )
    expired = expiry_notice(question_set.guideline, today())
    if expired:
        report.notes.append(Note(expired))


def validate_workspace(root: Path) -> Report:
    """Check every area of a workspace (raises when the workspace itself cannot be opened)."""
    workspace = Workspace.open(root)
    question_set = workspace.question_set
    report = Report()
    try:
        outline = load_workspace_outline(workspace.root, question_set)
    except QuestionSetError as exc:
        report.problems.extend(p.message for p in exc.problems)
        outline = None
    _check_content(report, question_set, outline)
    due: list[str] = []
    for area_id in workspace.area_ids():
        area_report = check_answer_file(workspace.answers_path(area_id), question_set, area_id, folder=area_id)
        _check_versions(workspace, area_id, area_report)
        _check_adoption(workspace, area_id, area_report, due)
        _check_sharing(workspace.area_dir(area_id), area_report)
        report.areas.append(area_report)
    if due:
        report.notes.append(
            Note(f"{len(due)} rutiner behöver revideras (giltig till har passerat eller är nära):", due)
        )
    try:
        workspace.template_path()
    except RoutineBuilderError as exc:
        report.problems.append(exc.message)
    if not report.areas:
        report.problems.append(f"{root}: arbetsytan har inga områden ännu")
    return report


def _question_set_for(path: Path) -> QuestionSet:
    """The question set an answers file names (the workspace's own copy if it sits in one)."""
    data = load_yaml(path)
    set_id = None
    if isinstance(data, LineDict) and isinstance(data.get("question_set"), dict):
        set_id = data["question_set"].get("id")
    for parent in path.resolve().parents:
        if (parent / WORKSPACE_FILE).is_file():
            return Workspace.open(parent).question_set
    return load_question_set(paths.question_set_path(set_id if isinstance(set_id, str) else "oro-for-vantat-barn"))


def validate_path(path: Path) -> Report:
    """Check a workspace folder, an answers/version file or a question set file."""
    path = Path(path)
    if path.is_dir():
        return validate_workspace(path)
    data = load_yaml(path)
    if isinstance(data, LineDict) and "sections" in data:
        report = Report()
        try:
            question_set = load_question_set(path)
            report.areas.append(
                AreaReport(label=question_set.id, path=path, summary=f"{question_set.question_count} frågor")
            )
        except QuestionSetError as exc:
            report.problems.extend(p.message for p in exc.problems)
            return report
        _check_content(report, question_set, None)
        return report
    report = Report()
    report.areas.append(check_answer_file(path, _question_set_for(path), path.name))
    return report
