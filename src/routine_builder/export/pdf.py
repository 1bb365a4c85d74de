"""PDF through LibreOffice: tagged PDF/UA in Swedish, the document title in the window title.

The document's table of contents and page numbers are kept as Routine Builder wrote them (they come
from LibreOffice's own layout, see :mod:`routine_builder.export.contents`).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from routine_builder.errors import ExportError
from routine_builder.export.office import MISSING, Office, find_soffice
from routine_builder.storage import atomic_write

__all__ = ["MISSING", "convert_to_pdf", "find_soffice"]


def convert_to_pdf(docx: Path, *, out_dir: Path | None = None, office: Office | None = None) -> Path:
    """Convert ``docx`` to a PDF beside it (or in ``out_dir``) and return the PDF's path.

    The PDF is written atomically. ``office`` is a running LibreOffice to use (else one is started and
    stopped). Raises :class:`ExportError` in one sentence when LibreOffice is missing or fails.
    """
    docx = Path(docx).resolve()
    target = (Path(out_dir) if out_dir else docx.parent) / (docx.stem + ".pdf")
    with tempfile.TemporaryDirectory(prefix="routine-builder-pdf-") as tmp:
        produced = Path(tmp) / "dokument.pdf"
        try:
            if office is not None:
                office.pdf(docx, produced)
            else:
                with Office() as own:
                    own.pdf(docx, produced)
        except ExportError as exc:
            if exc.path is not None:
                raise
            raise ExportError(exc.reason, path=docx) from None
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, produced.read_bytes())
    return target
