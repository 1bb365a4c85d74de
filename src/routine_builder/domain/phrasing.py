"""How an answer reads in the routine: the ``routine`` mapping of a question, checked when the set loads.

The question set says, per question, what the routine makes of its answer, so that a region's own set
can bring its own wording::

    routine:
      heading: Kontaktväg till socialtjänsten   # a statement heading instead of the question
      place: body                               # body | cover | history | appendix | none
      lead: Socialtjänsten nås så här.          # a sentence before a text, list or table
      text: Mottagaren återkopplar inom {antal}.  # text, number, date, multichoice ({svar}, {antal}, …)
      if_yes: Rutinen gäller också …            # yesno: one sentence for yes, one for no
      if_no: Rutinen gäller bara …
      choices: {bmm: Barnmorskemottagningen kallar.}  # choice: a sentence per option
      not_applicable: Kommunen har ingen jour.  # how "Ej aktuellt" reads (else it is left out)
      columns: [verksamhet, telefon]            # contacts: the columns shown in the chapter
      caption: Ansvarsfördelning                # contacts: the table's title (else the heading)
      contact_list: true                        # contacts: the whole table in the contact list appendix
      kept: {samtyckesblankett: kontakt-blankett}  # appendix: which answer says where an attachment is kept

Every template may name ``{område}`` (the area's name). A question without ``routine`` is written in the
body with a run-in label; the checks report unknown keys, places, placeholders and options with the
file's line and the question's id.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from routine_builder.storage import LineDict

PLACES = ("body", "cover", "history", "appendix", "none")
COMMON_FIELDS = frozenset({"område"})
#: The placeholders each template key may use, per question type.
_TEXT_FIELDS = {"text": {"svar"}, "number": {"antal"}, "date": {"datum"}, "multichoice": {"lista"}}
_KEYS = {
    "heading",
    "place",
    "lead",
    "text",
    "if_yes",
    "if_no",
    "choices",
    "not_applicable",
    "columns",
    "caption",
    "contact_list",
    "kept",
}
_ONLY_FOR = {
    "text": ("text", "number", "date", "multichoice"),
    "if_yes": ("yesno",),
    "if_no": ("yesno",),
    "choices": ("choice", "multichoice"),
    "lead": ("longtext", "list", "multichoice", "contacts"),
    "columns": ("contacts",),
    "caption": ("contacts",),
    "contact_list": ("contacts",),
    "kept": ("multichoice",),
}

Problem = Callable[[str, int, str], None]


@dataclass(frozen=True)
class Phrasing:
    """What the routine makes of one question's answer (see the module docstring for the keys)."""

    heading: str = ""
    place: str = "body"
    lead: str = ""
    text: str = ""
    yes: str = ""
    no: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    not_applicable: str = ""
    columns: tuple[str, ...] = ()
    caption: str = ""
    contact_list: bool = False
    kept: tuple[tuple[str, str], ...] = ()

    def choice(self, choice_id: str) -> str:
        """The sentence (choice) or phrase (multichoice) for an option; '' when none is given."""
        return next((text for key, text in self.choices if key == choice_id), "")

    def kept_by(self, choice_id: str) -> str:
        """The question whose answer says where an attachment is kept; '' when none is named."""
        return next((qid for key, qid in self.kept if key == choice_id), "")


def fields_of(template: str) -> set[str]:
    """The placeholder names in ``template`` (``ValueError`` for a stray brace)."""
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None}


def fill(template: str, values: dict[str, str]) -> str:
    """``template`` with its placeholders replaced (every one was checked when the set loaded)."""
    return string.Formatter().vformat(template, (), values)


class _Check:
    def __init__(self, raw: LineDict, kind: str, qid: str, problem: Problem):
        self.raw = raw
        self.kind = kind
        self.qid = qid
        self.problem = problem

    def get(self, key: str) -> Any:
        """The value of a key that fits the question's type (a key that does not is reported once, elsewhere)."""
        if key in _ONLY_FOR and self.kind not in _ONLY_FOR[key]:
            return None
        return self.raw.get(key)

    def text(self, key: str, allowed: Iterable[str] = ()) -> str:
        value = self.get(key)
        if value is None:
            return ""
        line = self.raw.line_of(key)
        if not isinstance(value, str) or not value.strip():
            self.problem(f"'routine.{key}' ska vara en text", line, self.qid)
            return ""
        self.template(f"routine.{key}", value, allowed, line)
        return " ".join(value.split())

    def template(self, where: str, value: str, allowed: Iterable[str], line: int) -> None:
        try:
            names = fields_of(value)
        except ValueError:
            self.problem(f"'{where}' har en klammer som inte är en platshållare (skriv {{{{ för {{)", line, self.qid)
            return
        known = COMMON_FIELDS | set(allowed)
        for name in sorted(names - known):
            shown = ", ".join(f"{{{k}}}" for k in sorted(known))
            self.problem(f"'{where}' nämner {{{name}}}, som inte finns här (tillåtna: {shown})", line, self.qid)


def parse_phrasing(
    raw: Any,
    *,
    kind: str,
    qid: str,
    choice_ids: tuple[str, ...],
    column_ids: tuple[str, ...],
    line: int,
    problem: Problem,
) -> Phrasing | None:
    """Check a question's ``routine`` mapping and build its :class:`Phrasing` (None when it is absent)."""
    if raw is None:
        return None
    if not isinstance(raw, LineDict):
        problem("'routine' ska vara en mappning", line, qid)
        return None
    check = _Check(raw, kind, qid, problem)
    for key in raw:
        if isinstance(key, bool):  # YAML reads a bare yes/no as true/false
            problem(
                f"nyckeln '{'yes' if key else 'no'}' läses som {str(key).lower()}; skriv "
                f"'routine.if_{'yes' if key else 'no'}'",
                raw.line_of(key),
                qid,
            )
        elif key not in _KEYS:
            problem(f"okänd nyckel 'routine.{key}'", raw.line_of(key), qid)
        elif key in _ONLY_FOR and kind not in _ONLY_FOR[key]:
            problem(f"'routine.{key}' passar inte typen {kind}", raw.line_of(key), qid)
    place = raw.get("place", "body")
    if place not in PLACES:
        problem(f"'routine.place' ska vara en av {', '.join(PLACES)}", raw.line_of("place"), qid)
        place = "body"
    phrasing = Phrasing(
        heading=check.text("heading"),
        place=place,
        lead=check.text("lead"),
        text=check.text("text", _TEXT_FIELDS.get(kind, ())),
        yes=check.text("if_yes"),
        no=check.text("if_no"),
        choices=_choices(check, choice_ids, place),
        not_applicable=check.text("not_applicable", {"motivering"}),
        columns=_columns(check, column_ids),
        caption=check.text("caption"),
        contact_list=_flag(check, "contact_list"),
        kept=_kept(check, choice_ids),
    )
    if kind == "yesno" and place == "body" and not (phrasing.yes and phrasing.no):
        problem("en ja/nej-fråga behöver både 'routine.if_yes' och 'routine.if_no'", raw.line, qid)
    return phrasing


def _choices(check: _Check, choice_ids: tuple[str, ...], place: str) -> tuple[tuple[str, str], ...]:
    raw = check.get("choices")
    if raw is None:
        if check.kind == "choice" and place == "body":
            check.problem("en valfråga behöver en mening per val i 'routine.choices'", check.raw.line, check.qid)
        return ()
    if not isinstance(raw, LineDict):
        check.problem(
            "'routine.choices' ska vara en mappning från val-id till text", check.raw.line_of("choices"), check.qid
        )
        return ()
    result = []
    for key, value in raw.items():
        line = raw.line_of(key)
        if key not in choice_ids:
            check.problem(f"'routine.choices' nämner valet '{key}', som frågan inte har", line, check.qid)
            continue
        if not isinstance(value, str) or not value.strip():
            check.problem(f"'routine.choices.{key}' ska vara en text", line, check.qid)
            continue
        check.template(f"routine.choices.{key}", value, {"annan"}, line)
        result.append((key, " ".join(value.split())))
    missing = [c for c in choice_ids if c not in raw]
    if missing:
        check.problem(f"'routine.choices' saknar valen {', '.join(missing)}", check.raw.line_of("choices"), check.qid)
    return tuple(result)


def _columns(check: _Check, column_ids: tuple[str, ...]) -> tuple[str, ...]:
    raw = check.get("columns")
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(c, str) for c in raw):
        check.problem("'routine.columns' ska vara en lista med kolumn-id", check.raw.line_of("columns"), check.qid)
        return ()
    for column in raw:
        if column not in column_ids:
            check.problem(
                f"'routine.columns' nämner kolumnen '{column}', som frågan inte har",
                check.raw.line_of("columns"),
                check.qid,
            )
    return tuple(c for c in raw if c in column_ids)


def _flag(check: _Check, key: str) -> bool:
    value = check.get(key) or False
    if not isinstance(value, bool):
        check.problem(f"'routine.{key}' ska vara true eller false", check.raw.line_of(key), check.qid)
        return False
    return value


def _kept(check: _Check, choice_ids: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    raw = check.get("kept")
    if raw is None:
        return ()
    if not isinstance(raw, LineDict) or not all(isinstance(v, str) for v in raw.values()):
        check.problem(
            "'routine.kept' ska vara en mappning från val-id till fråge-id", check.raw.line_of("kept"), check.qid
        )
        return ()
    for key in raw:
        if key not in choice_ids:
            check.problem(f"'routine.kept' nämner valet '{key}', som frågan inte har", raw.line_of(key), check.qid)
    return tuple((k, v) for k, v in raw.items() if k in choice_ids)


def check_references(phrasings: dict[str, tuple[Phrasing, int]], question_ids: set[str], problem: Problem) -> None:
    """Every question named in ``kept`` exists in the set."""
    for qid, (phrasing, line) in phrasings.items():
        for _choice, other in phrasing.kept:
            if other not in question_ids:
                problem(f"'routine.kept' nämner frågan '{other}', som inte finns", line, qid)
