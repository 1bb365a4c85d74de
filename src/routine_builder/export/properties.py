"""The package's extended properties (``docProps/app.xml``): which program wrote the document.

python-docx keeps the part it found in the template and does not model it, so each document gets a new
part naming Routine Builder and its version instead of the template's leftovers (another program's name,
page and word counts of an empty document).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from routine_builder import __version__

APPLICATION = "Routine Builder"
_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def app_version(version: str = __version__) -> str:
    """The version as Office writes it ("XX.YYYY"): 0.1.0 → "00.0100"."""
    parts = [int(p) if p.isdigit() else 0 for p in [*version.split("."), "0", "0"][:3]]
    return f"{parts[0]:02d}.{parts[1]:02d}{parts[2]:02d}"


def write_app_properties(document: Document, *, version: str = __version__) -> None:
    """Replace ``docProps/app.xml`` with one naming Routine Builder and ``version``."""
    package = document.part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            package.rels.pop(r_id)
    xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<Properties xmlns="{_NS}"><Application>{escape(APPLICATION)} {escape(version)}</Application>'
        "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
        f"<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        f"<AppVersion>{app_version(version)}</AppVersion></Properties>"
    )
    part = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, xml.encode("utf-8"), package)
    package.relate_to(part, RT.EXTENDED_PROPERTIES)
