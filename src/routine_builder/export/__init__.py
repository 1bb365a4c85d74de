"""Word export of the routine (and, beside it, a PDF through LibreOffice). Uses the domain and python-docx, no Qt."""

from routine_builder.export.office import Office, find_soffice
from routine_builder.export.pdf import convert_to_pdf
from routine_builder.export.routine import ExportResult, IncompleteError, RoutineExporter, export_routine

__all__ = [
    "ExportResult",
    "IncompleteError",
    "Office",
    "RoutineExporter",
    "convert_to_pdf",
    "export_routine",
    "find_soffice",
]
