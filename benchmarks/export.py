"""Benchmark of the Word export.

Prints the time to export one area and to export 49 areas, each as a ratio to the floor: loading the
template and saving it unchanged with python-docx the same number of times. Aims: one export within
5x the floor, 49 areas within 3x of 49 floors. The documents are built with python-docx only (the
contents without page numbers); LibreOffice's layout pass, which puts the page numbers into the
contents, is timed on its own below (one running LibreOffice, as ``export --all`` uses it).

For scale it also times the least any python-docx writer of this routine can take: the exported
routine's own paragraph texts and table cells written again with python-docx's plainest calls
(``add_paragraph(text)``, ``add_table``, ``cell.text``), no styles, numbering, bookmarks or widths.

    .venv/bin/python benchmarks/export.py [--repeat 5]

Uses the demo workspace when it exists (resources/demo), else a generated area answering every
question of the bundled question set. The 49 areas are copies of that area in a temporary workspace.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import docx

from routine_builder import paths
from routine_builder.domain import Answer, AreaInfo, DocumentInfo, QuestionType, Workspace
from routine_builder.export import Office, RoutineExporter
from routine_builder.export.office import unavailable

AREAS = 49


def _sample(question) -> Answer:
    kind = question.type
    values = {
        QuestionType.TEXT: "Länsgemensam riktlinje 2020",
        QuestionType.LONGTEXT: "Så här gör vi:\n- ringer mottagningen\n- dokumenterar\n\nSedan följer vi upp.",
        QuestionType.YESNO: True,
        QuestionType.DATE: dt.date(2026, 11, 22),
        QuestionType.NUMBER: 14,
        QuestionType.LIST: ["Första", "Andra"],
    }
    if kind is QuestionType.CHOICE:
        value = question.choices[0].id
    elif kind is QuestionType.MULTICHOICE:
        value = [c.id for c in question.choices[:2]]
    elif kind is QuestionType.CONTACTS:
        value = [{c.id: f"{c.label} {row}" for c in question.columns} for row in range(3)]
    else:
        value = values[kind]
    return Answer(value=value, comment="En kommentar." if question.comment else "")


def _source_workspace(tmp: Path) -> tuple[Workspace, str]:
    demo = paths.demo_workspace_dir()
    if (demo / "workspace.yaml").is_file():
        ws = Workspace.open(shutil.copytree(demo, tmp / "demo"))  # a copy: reading versions writes their index
        for area_id in ws.area_ids():
            return ws, area_id
    ws = Workspace.create(tmp / "source", name="Benchmark")
    loaded = ws.create_area(
        AreaInfo(id="omrade", name="Benchmarkområdet", municipalities=("Ale", "Kungälv")),
        document=DocumentInfo(status="remiss", version="0.9", owner="Samordnare"),
    )
    answers = loaded.answer_set
    for question in ws.question_set.questions():
        answers = answers.with_answer(question.id, _sample(question))
    ws.save_area(answers, expected_digest=loaded.digest)
    return ws, "omrade"


def _many(source: Workspace, area_id: str, tmp: Path) -> Workspace:
    root = tmp / "many"
    shutil.copytree(source.root, root, ignore=shutil.ignore_patterns("areas"))
    text = source.answers_path(area_id).read_text(encoding="utf-8")
    for number in range(AREAS):
        new_id = f"omrade-{number + 1:02d}"
        folder = root / "areas" / new_id
        folder.mkdir(parents=True)
        (folder / "answers.yaml").write_text(text.replace(f"id: {area_id}", f"id: {new_id}", 1), encoding="utf-8")
    return Workspace.open(root)


def _best(repeat: int, run: Callable[[], None]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times) if repeat < 3 else statistics.median(sorted(times)[: max(1, repeat - 1)])


def _plain_copy(routine: Path, template: Path, out: Path) -> Callable[[], None]:
    """The routine's text written again with python-docx's plainest calls: the least any writer can take."""
    document = docx.Document(str(routine))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]

    def run() -> None:
        copy = docx.Document(str(template))
        for text in paragraphs:
            copy.add_paragraph(text)
        for rows in tables:
            table = copy.add_table(rows=len(rows), cols=len(rows[0]))
            for row, values in zip(table.rows, rows, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
        copy.save(str(out))

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="repetitions; the median of the best is reported")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rb-bench-") as name:
        tmp = Path(name)
        source, area_id = _source_workspace(tmp)
        template = source.template_path()
        out = tmp / "out"
        out.mkdir()

        def floor(count: int) -> Callable[[], None]:
            def run() -> None:
                for index in range(count):
                    docx.Document(str(template)).save(str(out / f"floor-{index}.docx"))

            return run

        answers = source.load_area(area_id).answer_set

        def single() -> None:
            RoutineExporter(source, page_numbers=False).export(answers, out / "single.docx")

        many = _many(source, area_id, tmp)
        many_answers = [many.load_area(i).answer_set for i in many.area_ids()]

        def all_areas() -> None:
            exporter = RoutineExporter(many, page_numbers=False)
            for answer_set in many_answers:
                exporter.export(answer_set, out / f"{answer_set.area.id}.docx")

        single()  # warm imports and caches
        plain = _plain_copy(out / "single.docx", template, out / "plain.docx")
        plain()
        floor_1 = _best(args.repeat, floor(1))
        single_time = _best(args.repeat, single)
        plain_time = _best(args.repeat, plain)
        floor_49 = _best(max(1, args.repeat // 2), floor(AREAS))
        all_time = _best(max(1, args.repeat // 2), all_areas)
        print(f"Mall: {template}")
        rows = [
            ("Golv (läs mall + spara) 1 gång", floor_1, ""),
            ("Export av ett område", single_time, f"kvot {single_time / floor_1:5.2f} (mål ≤ 5)"),
            ("Samma text, enklaste python-docx", plain_time, f"kvot {plain_time / floor_1:5.2f} (det minsta möjliga)"),
            (f"Golv {AREAS} gånger", floor_49, ""),
            (f"Export av {AREAS} områden", all_time, f"kvot {all_time / floor_49:5.2f} (mål ≤ 3)"),
        ]
        if unavailable() is None:
            with Office() as office:
                exporter = RoutineExporter(source, office=office)
                exporter.export(answers, out / "warm.docx")
                laid_out = _best(max(1, args.repeat // 2), lambda: exporter.export(answers, out / "pages.docx"))
            rows.append(
                ("Med sidnummer (LibreOffice)", laid_out, f"varav layout {(laid_out - single_time) * 1000:.0f} ms")
            )
        for label, seconds, ratio in rows:
            print(f"{label:<34}{seconds * 1000:9.1f} ms   {ratio}")


if __name__ == "__main__":
    main()
