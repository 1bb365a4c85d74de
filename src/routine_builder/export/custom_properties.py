"""A document's custom properties (``docProps/custom.xml``), which python-docx does not model.

Text properties only; Word shows them under File › Properties › Custom, and LibreOffice keeps them when
it saves a .docx. Word accepts values of up to 255 characters.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the format id of user-defined properties
MAX_VALUE = 255


def write_custom_properties(document: Document, values: dict[str, str]) -> None:
    """Replace the document's custom properties with ``values`` (name → text, each at most 255 characters)."""
    for name, value in values.items():
        if len(value) > MAX_VALUE:
            raise ValueError(f"the custom property {name!r} is longer than Word accepts")
    package = document.part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RT.CUSTOM_PROPERTIES:
            package.rels.pop(r_id)
    properties = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name={quoteattr(name)}><vt:lpwstr>{escape(value)}</vt:lpwstr>'
        "</property>"
        for pid, (name, value) in enumerate(values.items(), start=2)
    )
    xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<Properties xmlns="{_NS}" xmlns:vt="{_VT}">{properties}</Properties>'
    )
    part = Part(PackURI("/docProps/custom.xml"), CONTENT_TYPE, xml.encode("utf-8"), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def read_custom_properties(document: Document) -> dict[str, str]:
    """The document's custom properties as texts (numbers and dates as written); empty when it has none."""
    for rel in document.part.package.rels.values():
        if rel.reltype == RT.CUSTOM_PROPERTIES and not rel.is_external:
            try:
                root = etree.fromstring(rel.target_part.blob)
            except etree.XMLSyntaxError:
                return {}
            values = {}
            for prop in root.iter(f"{{{_NS}}}property"):
                name = prop.get("name")
                if name:
                    values[name] = "".join(child.text or "" for child in prop)
            return values
    return {}
