"""The flow chart of the two alternatives, drawn as a table so that it prints and edits well in Word.

Boxes are bordered, shaded cells; arrows are centred '↓'. Where the area has answered the matching
question, the step carries the local decision (who calls, within how many days, …).
"""

from __future__ import annotations

from lxml import etree

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import question_state
from routine_builder.domain.question_set import QuestionSet
from routine_builder.export import docx_helpers as dx
from routine_builder.export import xml_build as xb
from routine_builder.export.render_answers import value_text
from routine_builder.export.writer import Writer
from routine_builder.export.xml_build import Element

BOX = "EAF1F7"
DECISION = "FFF2CC"
LINE = "1B4F72"
ARROW = "↓"
WIDTHS = (7.4, 1.2, 7.4)  # cm: the two alternatives and the gap between them


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


def _box(tc: Element, text: str, fill: str, *, bold: bool = False) -> None:
    dx.shade(tc, fill)
    dx.cell_borders(tc, LINE, 8)
    paragraph = tc.find(xb.P)
    dx.centre(paragraph)
    dx.spacing(paragraph, before=60, after=60)  # 3 pt
    xb.add_run(paragraph, text, bold=bold)


def _arrow(tc: Element) -> None:
    dx.cell_borders(tc, None)
    paragraph = tc.find(xb.P)
    dx.centre(paragraph)
    dx.spacing(paragraph, before=0, after=0)
    xb.add_run(paragraph, ARROW, bold=True, color=LINE, size_half_points=28)  # 14 pt


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
    whole, split = [3], [1, 1, 1]
    spans = [whole, whole] * len(common) + [split] + [split, split] * len(alt1) + [whole, whole]
    table = xb.new_table(writer.body, xb.twips(WIDTHS), spans)
    _centre_table(table)
    rows = [xb.cells(tr) for tr in xb.rows(table)]
    index = 0
    for text, fill, bold in common:
        _box(rows[index][0], text, fill, bold=bold)
        _arrow(rows[index + 1][0])
        index += 2
    for col, label in ((0, "Ja – Alternativ 1, med samtycke"), (2, "Nej – Alternativ 2, utan samtycke")):
        _box(rows[index][col], label, DECISION, bold=True)
    index += 1
    for col, steps in ((0, alt1), (2, alt2)):
        for offset, step in enumerate(steps):
            _arrow(rows[index + 2 * offset][col])
            _box(rows[index + 1 + 2 * offset][col], f"{offset + 1}. {step}", BOX)
    index += 2 * len(alt1)
    _arrow(rows[index][0])
    _box(rows[index + 1][0], tail, BOX, bold=True)
    for cells in rows[:-1]:
        for tc in cells:
            for paragraph in tc.iterchildren(xb.P):
                dx.keep_with_next(paragraph)
    for tr, cells in zip(xb.rows(table), rows, strict=True):
        dx.cant_split(tr)
        for tc in cells:
            if xb.tc_pr(tc).find(xb.w("tcBorders")) is None:
                dx.cell_borders(tc, None)


def _centre_table(table: Element) -> None:
    """Centre the table on the page (``w:jc`` follows ``w:tblW`` in the table properties)."""
    xb.tbl_pr(table).find(xb.w("tblW")).addnext(etree.Element(xb.w("jc"), {xb.VAL: "center"}))
