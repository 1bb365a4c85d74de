"""Benchmark: compare two 70-question answer sets with long texts.

Prints the median time of ``compare()`` and, as a floor measured in the same run, the median time of a
plain ``difflib.SequenceMatcher(autojunk=False).get_opcodes()`` over the same word lists, and their
ratio. A frame at 60 Hz is 16.7 ms.

    .venv/bin/python benchmarks/compare.py
"""

from __future__ import annotations

import random
import statistics
import time
from difflib import SequenceMatcher

from routine_builder.domain import Answer, AnswerSet, AreaInfo
from routine_builder.domain.compare import compare
from routine_builder.domain.question_set import GuidelineInfo, Question, QuestionSet, QuestionType, Section

COMMON = (  # noqa: SIM905 - reads better as one text
    "och att i en som det på är för med till den av om har de inte ett var så men kan ska vid när efter "
    "barnmorskan socialtjänsten mottagningen samverkan orosanmälan blivande föräldern erbjuds samtal inom "
    "veckor oro kontakten dokumenteras journalen mödrahälsovården ansvarar informera stöd enheten följer "
    "upp ärendet tillsammans familjen"
).split()
FRAME_MS = 1000 / 60


def _word(rng: random.Random) -> str:
    """A Zipf-like mix: frequent words from COMMON, and a long tail of rarer (made-up) words."""
    if rng.random() < 0.55:
        return rng.choice(COMMON)
    return "".join(rng.choice("abdefgiklmnoprstuvåäö") for _ in range(rng.randint(4, 11))) + rng.choice(["", "", ","])


def _text(rng: random.Random, paragraphs: int = 5, words: int = 70) -> str:
    return "\n".join(" ".join(_word(rng) for _ in range(words)) + "." for _ in range(paragraphs))


def _edit(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    for _ in range(3):
        index = rng.randrange(len(lines))
        words = lines[index].split()
        for _ in range(4):
            position = rng.randrange(len(words))
            words[position : position + rng.randint(0, 2)] = [_word(rng) for _ in range(rng.randint(0, 3))]
        lines[index] = " ".join(words)
    if rng.random() < 0.3:
        lines.insert(rng.randrange(len(lines)), _text(rng, 1, 30))
    return "\n".join(lines)


def build(seed: int = 1, words: int = 70) -> tuple[QuestionSet, AnswerSet, AnswerSet]:
    rng = random.Random(seed)
    sections = tuple(
        Section(
            id=f"avsnitt-{s}",
            title=f"Avsnitt {s}",
            questions=tuple(
                Question(id=f"q-{s}-{q}", text=f"Fråga {s}.{q}?", type=QuestionType.LONGTEXT, section_id=f"avsnitt-{s}")
                for q in range(10)
            ),
        )
        for s in range(7)
    )
    question_set = QuestionSet("bench", "1", "Benchmark", GuidelineInfo("Riktlinje"), sections)
    area = AreaInfo(id="norr", name="Norr")
    old_answers: dict[str, Answer] = {}
    new_answers: dict[str, Answer] = {}
    for question in question_set.questions():
        text = _text(rng, words=words)
        old_answers[question.id] = Answer(text)
        new_answers[question.id] = Answer(_edit(rng, text) if rng.random() < 0.6 else text)
    old = AnswerSet("bench", "1", area, answers=old_answers)
    new = AnswerSet("bench", "1", area, answers=new_answers)
    return question_set, old, new


def _median_ms(function, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(words: int) -> None:
    question_set, old, new = build(words=words)
    pairs = [(str(old.answers[q].value).split(), str(new.answers[q].value).split()) for q in old.answers]

    def floor() -> None:
        for a, b in pairs:
            SequenceMatcher(None, a, b, autojunk=False).get_opcodes()

    floor_ms = _median_ms(floor)
    compare_ms = _median_ms(lambda: compare(question_set, old, new))
    total = sum(len(a) for a, _b in pairs)
    changed = compare(question_set, old, new).counts.changed
    print(f"70 frågor à 5 stycken med {words} ord ({total} ord per sida), {changed} ändrade svar")
    print(f"  golv (difflib över samma ordlistor): {floor_ms:7.2f} ms")
    print(f"  compare():                          {compare_ms:7.2f} ms  ({compare_ms / floor_ms:.2f} × golvet)")
    print(f"  andel av en bildruta (60 Hz, {FRAME_MS:.1f} ms): {compare_ms / FRAME_MS:.0%}")


def main() -> None:
    for words in (25, 70):
        run(words)


if __name__ == "__main__":
    main()
