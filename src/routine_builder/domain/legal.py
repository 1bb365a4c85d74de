"""Legal references as data, and the ``{ref:ID}`` placeholders that cite them in texts.

Renumbering a law (as the new Socialtjänstlag 2025:400 does) is one edit of
``resources/legal_references.yaml``; every help text and guideline text follows.

One rule for provisions whose new number is not confirmed (``verified: false`` and no chapter or
paragraph): every text, and the legal table, cites the provision it replaces followed by
"numera motsvarande bestämmelse i <law> (<sfs>)". Once the number is filled in and marked verified,
the citations name it instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from routine_builder import paths
from routine_builder.domain.dates import as_date
from routine_builder.storage import LineList
from routine_builder.storage.versioned import Problems, VersionedFormat, read_versioned

LEGAL_FORMAT = VersionedFormat(what="lagreferenserna")
_PLACEHOLDER = re.compile(r"\{ref:([a-z0-9-]+)\}")


@dataclass(frozen=True)
class LegalReference:
    """One provision of law."""

    id: str
    law: str
    short: str = ""
    sfs: str = ""
    chapter: int | None = None
    paragraph: str = ""
    subparagraph: str = ""
    summary: str = ""
    applies_to: str = ""
    in_force_from: dt.date | None = None
    in_force_to: dt.date | None = None
    replaced_by: str = ""
    verified: bool = True
    amended_by: str = ""
    source: str = ""

    @property
    def has_number(self) -> bool:
        """Whether the reference names a chapter or a paragraph (not just a whole law)."""
        return self.chapter is not None or bool(self.paragraph)

    @property
    def number_confirmed(self) -> bool:
        """Whether the reference may be cited by its own number."""
        return self.verified and self.has_number

    def citation(self) -> str:
        """The provision as a Swedish citation, e.g. '25 kap. 12 § OSL (2009:400)'."""
        parts = []
        if self.chapter is not None:
            parts.append(f"{self.chapter} kap.")
        if self.paragraph:
            parts.append(f"{self.paragraph} §" + ("§" if "–" in self.paragraph or "-" in self.paragraph else ""))
        if self.subparagraph:
            parts.append(self.subparagraph)
        name = self.short or self.law
        text = " ".join([*parts, name]) if parts else name
        if self.sfs:
            text += f" ({self.sfs})"
        return text

    def in_force(self, on: dt.date) -> bool:
        """Whether the provision applies on a given day."""
        if self.in_force_from and on < self.in_force_from:
            return False
        return not (self.in_force_to and on > self.in_force_to)


class LegalReferences:
    """All references, by id."""

    def __init__(self, references: list[LegalReference]):
        self._by_id = {r.id: r for r in references}

    def __iter__(self) -> Iterator[LegalReference]:
        return iter(self._by_id.values())

    def __contains__(self, ref_id: object) -> bool:
        return ref_id in self._by_id

    def get(self, ref_id: str) -> LegalReference:
        """The reference with this id (``KeyError`` when unknown)."""
        return self._by_id[ref_id]

    def cite(self, ref_id: str) -> str:
        """The citation for a placeholder, following ``replaced_by`` to today's provision."""
        ref = self._by_id.get(ref_id)
        if ref is None:
            return f"[okänd lagreferens: {ref_id}]"
        text = ref.citation()
        amending = self._by_id.get(ref.amended_by) if ref.amended_by else None
        if amending is not None and not ref.has_number:
            text += f", ändrad genom {amending.citation()}"
        successor = self._by_id.get(ref.replaced_by) if ref.replaced_by else None
        if successor is not None:
            if successor.number_confirmed:
                text += f", numera {successor.citation()}"
            else:
                text += f", numera motsvarande bestämmelse i {successor.short or successor.law}"
                if successor.sfs:
                    text += f" ({successor.sfs})"
        return text

    def predecessor(self, ref_id: str) -> LegalReference | None:
        """The reference that ``ref_id`` replaces, if any."""
        return next((r for r in self._by_id.values() if r.replaced_by == ref_id), None)

    def current_citation(self, ref_id: str) -> str:
        """How a provision in force is named in the legal table.

        A provision with an unconfirmed number is named through the one it replaces (see the module
        docstring); a confirmed one by its own number, with the earlier number in brackets.
        """
        ref = self._by_id[ref_id]
        earlier = self.predecessor(ref_id)
        if earlier is None:
            return self.cite(ref_id)
        if not ref.number_confirmed:
            return self.cite(earlier.id)
        return f"{ref.citation()} (tidigare {earlier.citation()})"

    def table_rows(self, on: dt.date) -> list[tuple[str, str, str]]:
        """(provision, what it means, who it applies to) for every provision in force on a day."""
        return [
            (self.current_citation(r.id), " ".join(r.summary.split()), " ".join(r.applies_to.split()))
            for r in self.in_force(on)
        ]

    def unverified(self) -> list[LegalReference]:
        """The references whose number or wording has not been checked against a source, in file order."""
        return [r for r in self._by_id.values() if not r.verified]

    def expand(self, text: str) -> str:
        """Replace every ``{ref:ID}`` in ``text`` by its citation."""
        return _PLACEHOLDER.sub(lambda m: self.cite(m.group(1)), text)

    def in_force(self, on: dt.date) -> list[LegalReference]:
        """The references that apply on a day, in file order."""
        return [r for r in self._by_id.values() if r.in_force(on)]


def placeholders(text: str) -> list[str]:
    """The reference ids cited in a text."""
    return _PLACEHOLDER.findall(text)


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if (day := as_date(value)) is None:
        raise ValueError(f"'{value}' är inget datum som ÅÅÅÅ-MM-DD")
    return day


def _reference(raw: Any, line: int, found: Problems) -> LegalReference | None:
    """One reference; None (with the problem noted) when it cannot be read."""
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw.get("law"):
        found.add("en lagreferens behöver 'id' och 'law'", line)
        return None
    try:
        return LegalReference(
            id=raw["id"],
            law=str(raw["law"]),
            short=str(raw.get("short") or ""),
            sfs=str(raw.get("sfs") or ""),
            chapter=raw.get("chapter"),
            paragraph=str(raw.get("paragraph") or ""),
            subparagraph=str(raw.get("subparagraph") or ""),
            summary=str(raw.get("summary") or "").strip(),
            applies_to=str(raw.get("applies_to") or "").strip(),
            in_force_from=_date(raw.get("in_force_from")),
            in_force_to=_date(raw.get("in_force_to")),
            replaced_by=str(raw.get("replaced_by") or ""),
            verified=bool(raw.get("verified", True)),
            amended_by=str(raw.get("amended_by") or ""),
            source=str(raw.get("source") or "").strip(),
        )
    except ValueError as exc:
        found.add(f"lagreferensen '{raw['id']}' har ett ogiltigt datum ({exc})", line)
        return None


def load_legal_references(path: Path | None = None) -> LegalReferences:
    """Load the legal reference file (the bundled one by default), reporting every problem with its line."""
    path = path or paths.legal_references_path()
    data = read_versioned(path, LEGAL_FORMAT)
    found = Problems(path)
    raw_refs = data.get("references")
    if not isinstance(raw_refs, LineList):
        found.add("'references' saknas", data.line)
        raw_refs = LineList()
    read = [
        (ref, raw_refs.line_of(i))
        for i, raw in enumerate(raw_refs)
        if (ref := _reference(raw, raw_refs.line_of(i), found))
    ]
    known = {ref.id for ref, _line in read}
    for ref, line in read:
        for key in ("replaced_by", "amended_by"):
            if getattr(ref, key) and getattr(ref, key) not in known:
                found.add(f"lagreferensen '{ref.id}' har {key} '{getattr(ref, key)}', som inte finns i filen", line)
    found.raise_any()
    return LegalReferences([ref for ref, _line in read])
