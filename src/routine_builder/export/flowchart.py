"""The flow chart of the two alternatives, drawn as a table so that it prints and edits well in Word.

Boxes are bordered, shaded cells; arrows are centred '↓'. Where the area has answered the matching
question, the step carries the local decision (who calls, within how many days, …).
"""

from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import question_state
from routine_builder.domain.question_set import QuestionSet
from routine_builder.export import docx_helpers as dx
from routine_builder.export.render_answers import value_text
from routine_builder.export.writer import Writer

BOX = "EAF1F7"
DECISION = "FFF2CC"
LINE = "1B4F72"
ARROW = "↓"


def _local(question_set: QuestionSet, answer_set: AnswerSet, question_id: str, template: str) -> str:
    """``template`` filled with the answer's short text, or '' when the question is unanswered."""
    if question_id not in question_set:
        return ""
    question = question_set.question(question_id)
    answer = answer_set.get(question_id)
    if answer is None or question_state(question, answer_set) != "answered":
        return ""
    text = value_text(question, answer).rstrip(".")
    if text[1:2].islower():  # "Den gravida själv" → "den gravida själv", but "BMM" stays
        text = text[:1].lower() + text[1:]
    return template.format(text) if text else ""


def _steps(question_set: QuestionSet, answer_set: AnswerSet) -> tuple[list[str], list[str]]:
    def local(qid: str, template: str) -> str:
        return _local(question_set, answer_set, qid, template)

    alt1 = [
        "Samtycke inhämtas och dokumenteras" + local("alt1-samtycke-form", " ({})") + ".",
        "Kontakt med socialtjänstens mottagning" + local("alt1-vem-kontaktar", " – {}") + ".",
        "Samverkansmöte" + local("alt1-dagar-till-mote", " inom {}") + local("alt1-kallar", "; kallas av {}") + ".",
        "SIP erbjuds när insatser behövs från både kommun och region.",
        "Plan för graviditeten, förlossningen och tiden efter.",
    ]
    alt2 = [
        "Sekretessprövning: behövs uppgifterna för en nödvändig insats till skydd för det väntade barnet?",
        "Beslut om uppgiftslämnande" + local("alt2-beslut", " – {}") + ".",
        "Den gravida informeras" + local("alt2-information", " – {}") + ".",
        "Nödvändiga uppgifter lämnas till socialtjänsten och dokumenteras.",
        "Socialtjänsten återkopplar" + local("alt2-aterkoppling-dagar", " inom {}") + ".",
    ]
    return alt1, alt2


def _box(cell, text: str, fill: str, *, bold: bool = False) -> None:
    dx.shade(cell, fill)
    dx.cell_borders(cell, LINE, 8)
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_before = Pt(3)
    paragraph.paragraph_format.space_after = Pt(3)
    dx.add_text(paragraph, text, bold=bold)


def _arrow(cell) -> None:
    dx.cell_borders(cell, None)
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(ARROW)
    run.bold = True
    run.font.size = Pt(14)
    run.font.color.rgb = RGBColor(0x1B, 0x4F, 0x72)


def flowchart(writer: Writer, question_set: QuestionSet, answer_set: AnswerSet) -> None:
    """Common start, the decision on consent, the two alternatives side by side and the birth."""
    alt1, alt2 = _steps(question_set, answer_set)
    common = [
        ("Oro för ett väntat barn uppmärksammas i region eller kommun.", BOX, True),
        ("Samtal med den gravida (och partnern) om oron och om stödet som finns. "
         "Rådfrågning internt eller avidentifierat med socialtjänsten. Dokumentation.", BOX, False),
        ("Samtycker den gravida till kontakt med den andra huvudmannen?", DECISION, True),
    ]  # fmt: skip
    tail = (
        "Vid födseln: anmälan till socialnämnden om oron finns kvar, information till BB/neonatal "
        "och överrapportering till BVC."
    )
    rows = 2 * len(common) + 2 + 2 * len(alt1) + 1
    table = writer.document.add_table(rows=rows, cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [7.4, 1.2, 7.4]
    index = 0
    for text, fill, bold in common:
        merged = table.cell(index, 0).merge(table.cell(index, 2))
        _box(merged, text, fill, bold=bold)
        index += 1
        arrow = table.cell(index, 0).merge(table.cell(index, 2))
        _arrow(arrow)
        index += 1
    for col, label in ((0, "Ja – Alternativ 1, med samtycke"), (2, "Nej – Alternativ 2, utan samtycke")):
        _box(table.cell(index, col), label, DECISION, bold=True)
    index += 1
    for col, steps in ((0, alt1), (2, alt2)):
        for offset, step in enumerate(steps):
            _arrow(table.cell(index + 2 * offset, col))
            _box(table.cell(index + 1 + 2 * offset, col), f"{offset + 1}. {step}", BOX)
    index += 2 * len(alt1)
    _arrow(table.cell(index, 0).merge(table.cell(index, 2)))
    index += 1
    _box(table.cell(index, 0).merge(table.cell(index, 2)), tail, BOX, bold=True)
    for row in table.rows[:-1]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                dx.keep_with_next(paragraph)
    for row in table.rows:
        dx.cant_split(row)
        for cell in row.cells:
            if cell._tc.tcPr is None or cell._tc.tcPr.find(qn("w:tcBorders")) is None:
                dx.cell_borders(cell, None)
    dx.column_widths(table, widths)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
