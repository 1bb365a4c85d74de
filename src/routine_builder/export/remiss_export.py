"""The remiss file: the routine as it will read, marked "Remissversion", with every answer marked for import."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import missing_required
from routine_builder.domain.remiss import as_sent, version_for_remiss
from routine_builder.domain.workspace import Workspace
from routine_builder.export.remiss_marking import RemissInfo
from routine_builder.export.routine import ExportResult, Progress, RoutineExporter


def export_remiss(
    exporter: RoutineExporter,
    version: AnswerSet,
    output: Path,
    *,
    reply_by: dt.date | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the remiss file of saved ``version`` (see :func:`~routine_builder.domain.remiss.version_for_remiss`).

    Missing required answers are shown as gaps, as in a draft, so that reviewers see what is still open.
    """
    question_set = exporter.question_set
    info = RemissInfo(
        area_id=version.area.id,
        area_name=version.area.name,
        version=version.version.number if version.version is not None else None,
        question_set=f"{question_set.id} {question_set.edition}".strip(),
        reply_by=reply_by,
    )
    sent = as_sent(version)
    draft = bool(missing_required(question_set, sent))
    return exporter.export(sent, output, draft=draft, progress=progress, remiss=info)


def export_remiss_file(
    *,
    workspace: Workspace,
    draft: AnswerSet,
    output: Path,
    reply_by: dt.date | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Save the draft as a version when needed and export that version's remiss file.

    ``result.version`` is the number of the version the file was made from.
    """
    version = version_for_remiss(workspace, draft, reply_by=reply_by)
    result = export_remiss(RoutineExporter(workspace), version, output, reply_by=reply_by, progress=progress)
    return replace(result, version=version.version.number if version.version is not None else None)
