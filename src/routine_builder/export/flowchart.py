"""The flow chart in Word: boxes in paragraph styles, the two alternatives side by side in two columns.

The chart is text in reading order, not a table: the common start, then Alternativ 1's steps, then
Alternativ 2's, then the birth, so a screen reader reads it as a sequence. Boxes are paragraphs in
'Flödesruta' and 'Flödesbeslut' (a coordinator restyles them in Word); the lines joining them are
paragraph borders in 'Flödespil', drawn but never read aloud.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.shared import Cm
from docx.text.paragraph import Paragraph

from routine_builder.document.blocks import Flowchart
from routine_builder.export import ooxml

if TYPE_CHECKING:
    from routine_builder.export.writer import Writer

COLUMN_GAP_CM = 0.75


class _Chart:
    def __init__(self, writer: Writer):
        self.writer = writer

    def box(self, text: str, *, decision: bool = False, bold: bool = False) -> Paragraph:
        return self.writer.paragraph(text, "Flödesbeslut" if decision else "Flödesruta", bold=bold)

    def joint(self, width_cm: float) -> Paragraph:
        """The line from one box down to the next, at the middle of the column."""
        line = self.writer.paragraph(style="Flödespil")
        line.paragraph_format.left_indent = Cm(width_cm / 2)
        return line


def write_flowchart(writer: Writer, chart_block: Flowchart) -> None:
    """Common start, the decision on consent, the two alternatives side by side and the birth."""
    chart = _Chart(writer)
    width = writer.text_width_cm
    column = (width - COLUMN_GAP_CM) / 2
    chart.box(chart_block.common[0], bold=True)
    for text in chart_block.common[1:]:
        chart.joint(width)
        chart.box(text)
    chart.joint(width)
    decision = chart.box(chart_block.decision, decision=True)
    columns = ooxml.end_section(decision, writer.document)
    columns.start_type = WD_SECTION.CONTINUOUS
    ooxml.columns(columns, 2, space_twips=round(COLUMN_GAP_CM * 567))
    last = decision
    for label, steps in chart_block.alternatives:
        joint = chart.joint(column)
        if last is not decision:
            joint.add_run().add_break(WD_BREAK.COLUMN)  # the second alternative starts the second column
        chart.box(label, decision=True)
        for number, step in enumerate(steps, start=1):
            chart.joint(column)
            last = chart.box(f"{number}. {step}")
    # the box that ends the columns keeps with nothing: LibreOffice, keeping it with the paragraph after the
    # section break, can move the chart's end onto a page of its own (the arrow below still joins it)
    last.paragraph_format.keep_with_next = False
    after = ooxml.end_section(last, writer.document)
    after.start_type = WD_SECTION.CONTINUOUS
    ooxml.columns(after, 1)
    chart.joint(width)
    chart.box(chart_block.birth, bold=True)
