"""Sending a routine out on remiss: the saved version a remiss file is made from.

A remiss file records the version it was made from, so that an import knows exactly what each reviewer
saw. The draft's newest saved version is used when it holds the draft's answers; otherwise the draft is
saved as a new version ("Remissversion") first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.operations import said
from routine_builder.domain.version_index import version_headers
from routine_builder.domain.versions import load_version, save_version
from routine_builder.domain.workspace import Workspace
from routine_builder.errors import RoutineBuilderError

REMISS = "remiss"


def remiss_comment(reply_by: dt.date | None) -> str:
    """The comment of a version saved for a remiss."""
    return f"Remissversion, svar senast {reply_by.isoformat()}" if reply_by else "Remissversion"


def version_for_remiss(workspace: Workspace, draft: AnswerSet, *, reply_by: dt.date | None, by: str = "") -> AnswerSet:
    """The saved version to send out: the newest one when it holds the draft's answers, else a new one."""
    headers = [h for h in version_headers(workspace, draft.area.id) if h.version is not None]
    if headers:
        try:
            newest = load_version(workspace, draft.area.id, headers[-1].number).answer_set
        except RoutineBuilderError:
            newest = None
        if newest is not None and said(newest) == said(draft):
            return newest
    document = draft.document
    if document.status == "utkast":
        document = replace(document, status=REMISS)
    return save_version(workspace, replace(draft, document=document), comment=remiss_comment(reply_by), by=by)


def as_sent(version: AnswerSet) -> AnswerSet:
    """The version as the remiss file shows it: status "Remissversion"."""
    return replace(version, document=replace(version.document, status=REMISS))
