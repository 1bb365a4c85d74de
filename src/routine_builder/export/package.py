"""The template, read once per exporter, and a fresh copy of the parts an export edits.

python-docx reads every part of the template and compresses every part again on each save; most
parts (styles, theme, fonts, …) never change in an export. The template is therefore read once with
python-docx and saved once to normalise it exactly as python-docx would write it; an export copies
only the XML of the parts it edits (document, headers, footers, settings, numbering, core
properties) and writes the unchanged parts' compressed bytes as they are.
"""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import serialize_part_xml

from routine_builder.export import docx_helpers as dx
from routine_builder.export import xml_build as xb
from routine_builder.export.xml_build import Element
from routine_builder.export.zip_writer import Member, read_members, write_zip


@dataclass
class DocumentParts:
    """One export's own copies of the editable parts; serialised by :meth:`TemplatePackage.save`."""

    document: Element
    header_footers: list[tuple[str, Element]]
    settings: Element
    numbering: Element | None
    core: Element
    _by_member: dict[str, Element]

    @property
    def body(self) -> Element:
        """The ``w:body`` of the document."""
        return self.document.find(xb.w("body"))

    @property
    def core_properties(self) -> CoreProperties:
        """python-docx's view of the core properties (title, author, …)."""
        return CoreProperties(self.core)


class TemplatePackage:
    """A Word template prepared for many exports; raises what python-docx raises for a broken file."""

    def __init__(self, data: bytes):
        document = Document(io.BytesIO(data))
        package = document.part.package
        # python-docx adds these parts when the template has none; the export always uses them.
        _ = document.core_properties, document.styles, document.settings
        self.styles = dx.Styles(document)
        settings, core = document.part._settings_part, package._core_properties_part
        self._document = document.part.partname.membername
        self._settings = settings.partname.membername
        self._core = core.partname.membername
        self._elements: dict[str, Element] = {
            self._document: document.element,
            self._settings: settings.element,
            self._core: core.element,
        }
        self._numbering: str | None = None
        try:
            numbering = document.part.part_related_by(RT.NUMBERING)
        except KeyError:
            pass
        else:
            self._numbering = numbering.partname.membername
            self._elements[self._numbering] = numbering.element
        # The header and footer of each section, in the order python-docx's sections yield them.
        self._header_footers: list[tuple[str, str]] = []
        for sect_pr in document.element.xpath("./w:body/w:p/w:pPr/w:sectPr | ./w:body/w:sectPr"):
            for kind, tag in (("header", "headerReference"), ("footer", "footerReference")):
                for reference in sect_pr.findall(xb.w(tag)):
                    if reference.get(xb.w("type")) == "default":
                        part = document.part.related_parts[reference.get(dx.qn("r:id"))]
                        self._header_footers.append((kind, part.partname.membername))
                        self._elements[part.partname.membername] = part.element
        buffer = io.BytesIO()
        document.save(buffer)
        self._members: list[Member] = read_members(buffer.getvalue())

    def fresh(self) -> DocumentParts:
        """Copies of the editable parts, as python-docx would have read them from the template."""
        copies = {name: copy.deepcopy(element) for name, element in self._elements.items()}
        return DocumentParts(
            document=copies[self._document],
            header_footers=[(kind, copies[name]) for kind, name in self._header_footers],
            settings=copies[self._settings],
            numbering=copies[self._numbering] if self._numbering else None,
            core=copies[self._core],
            _by_member=copies,
        )

    def save(self, parts: DocumentParts) -> bytes:
        """The .docx file: the edited parts serialised as python-docx does, the others as they were."""
        members = []
        for member in self._members:
            element = parts._by_member.get(member.name)
            members.append(member if element is None else Member.of(member.name, serialize_part_xml(element)))
        return write_zip(members)
