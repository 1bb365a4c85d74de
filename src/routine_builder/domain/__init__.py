"""The domain of Routine Builder: question sets, answers, areas, workspaces, versions, completeness.

Pure Python: imports no Qt and no python-docx (checked by import-linter).
"""

from routine_builder.domain.answers import (
    STATUSES,
    AnswerSet,
    AreaInfo,
    DocumentInfo,
    VersionInfo,
    dump_answers,
    parse_answers,
)
from routine_builder.domain.catalogue import Catalogue, CollaborationArea, LocalGroup, Municipality, load_catalogue
from routine_builder.domain.completeness import (
    Progress,
    is_shown,
    missing_required,
    overall_progress,
    question_state,
    section_progress,
)
from routine_builder.domain.guideline_status import expiry_notice, guideline_notices
from routine_builder.domain.legal import LegalReference, LegalReferences, load_legal_references
from routine_builder.domain.outline import Outline, OutlineSection, OutlineTexts, Term, load_outline
from routine_builder.domain.question_set import (
    Choice,
    Column,
    Condition,
    Question,
    QuestionSet,
    QuestionType,
    Section,
    load_question_set,
)
from routine_builder.domain.values import Answer, AnswerValue, condition_met, is_answered, is_blank
from routine_builder.domain.version_index import VersionHeader, version_headers
from routine_builder.domain.versions import list_versions, load_version, restore_version, save_version
from routine_builder.domain.workspace import (
    LoadedArea,
    Workspace,
    create_demo_workspace,
    current_user,
    load_answers_file,
    slugify,
)

__all__ = [
    "STATUSES",
    "Answer",
    "AnswerSet",
    "AnswerValue",
    "AreaInfo",
    "Catalogue",
    "Choice",
    "CollaborationArea",
    "Column",
    "Condition",
    "DocumentInfo",
    "LegalReference",
    "LegalReferences",
    "LoadedArea",
    "LocalGroup",
    "Municipality",
    "Outline",
    "OutlineSection",
    "OutlineTexts",
    "Progress",
    "Question",
    "QuestionSet",
    "QuestionType",
    "Section",
    "Term",
    "VersionHeader",
    "VersionInfo",
    "Workspace",
    "condition_met",
    "create_demo_workspace",
    "current_user",
    "dump_answers",
    "expiry_notice",
    "guideline_notices",
    "is_answered",
    "is_blank",
    "is_shown",
    "list_versions",
    "load_answers_file",
    "load_catalogue",
    "load_legal_references",
    "load_outline",
    "load_question_set",
    "load_version",
    "missing_required",
    "overall_progress",
    "parse_answers",
    "question_state",
    "restore_version",
    "save_version",
    "section_progress",
    "slugify",
    "version_headers",
]
