"""The template's styles by name, with a fallback for the optional ones.

Styles are looked up by their NAME (``document.styles["Heading 1"]``), never by style id, because Word
translates style ids (``Rubrik1`` in Swedish Word) but keeps the built-in names.
"""

from __future__ import annotations

from docx.document import Document
from docx.styles.style import BaseStyle

# Styles the export uses; those with a fallback may be deleted by a coordinator without breaking it.
REQUIRED_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Number")
OPTIONAL_STYLES = {
    "Mellanrubrik": "Frågerubrik",
    "Bilagerubrik": "Heading 2",
    "Frågerubrik": "Heading 3",
    "TOC Heading": "Normal",
    "toc 1": "Normal",
    "toc 2": "Normal",
    "Riktlinjetext": "Normal",
    "Riktlinjepunkt": "List Bullet",
    "Rekommendationstext": "Riktlinjetext",
    "Rekommendationspunkt": "Riktlinjepunkt",
    "Saknat svar": "Normal",
    "Flödesruta": "Normal",
    "Flödesbeslut": "Flödesruta",
    "Flödespil": "Normal",
    "Caption": "Normal",
    "Hyperlink": "Default Paragraph Font",
    "Rutintabell": "Table Grid",
    "Rutintabell tät": "Rutintabell",
    "Table Grid": "Normal Table",
}


class StyleSheet:
    """The styles of one document by name, resolved once; a missing optional style falls back."""

    def __init__(self, document: Document):
        self._styles = document.styles
        self._cache: dict[str, BaseStyle | None] = {}

    def get(self, name: str) -> BaseStyle | None:
        """The style called ``name`` (or its fallback), None when neither exists."""
        if name not in self._cache:
            try:
                self._cache[name] = self._styles[name]
            except KeyError:
                fallback = OPTIONAL_STYLES.get(name)
                self._cache[name] = self.get(fallback) if fallback else None
        return self._cache[name]

    def has(self, name: str) -> bool:
        """Whether the template defines ``name`` itself (not through a fallback)."""
        style = self.get(name)
        return style is not None and (style.name or "").lower() == name.lower()

    def style_id(self, name: str) -> str | None:
        """The id of the style called ``name`` (or of its fallback)."""
        style = self.get(name)
        return style.style_id if style is not None else None
