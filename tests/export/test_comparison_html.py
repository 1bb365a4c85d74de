"""The HTML comparison page: self-contained, escaped, two columns, marks that do not rely on colour."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from routine_builder.domain import Answer
from routine_builder.domain.compare import compare
from routine_builder.export.comparison_html import write_comparison_html
from tests.helpers.builders import empty_answer_set, small_question_set
from tests.helpers.compare_fixtures import sample_pair


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.links += [v or "" for k, v in attrs if k in ("src", "href")]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _page(tmp_path: Path, **kwargs: object) -> tuple[str, _Collector]:
    qs = small_question_set(tmp_path)
    old, new = sample_pair(qs)
    old = old.with_answer("kort", Answer("<script>alert('x')</script> & co"))
    path = write_comparison_html(
        compare(qs, old, new),
        question_set=qs,
        old_label="Version 1",
        new_label="Utkast <nu>",
        output=tmp_path / "jämförelse.html",
        **kwargs,
    )
    text = path.read_text(encoding="utf-8")
    collector = _Collector()
    collector.feed(text)
    return text, collector


def test_self_contained_and_escaped(tmp_path: Path) -> None:
    text, page = _page(tmp_path)
    assert "script" not in page.tags and "link" not in page.tags and page.links == []
    assert "&lt;script&gt;" in text and "Utkast &lt;nu&gt;" in text
    assert "<style>" in text


def test_marks_and_summary(tmp_path: Path) -> None:
    text, page = _page(tmp_path)
    assert "<del>socialtjänsten</del>" in text
    assert "<ins>socialtjänstens mottagning</ins>" in text
    assert re.search(r"del\{[^}]*line-through", text) and re.search(r"ins\{[^}]*underline", text)
    joined = "".join(page.text)
    assert "Totalt" in joined and "Ändrad" in joined and "Tillagd" in joined and "Borttagen" in joined
    summary = re.search(r"<tr><td>Totalt</td><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td></tr>", text)
    assert summary is not None and summary.groups() == ("5", "2", "1")  # kort changed too here
    assert text.count('<table class="compare">') == 2


def test_only_changed_and_identical(tmp_path: Path) -> None:
    text = _page(tmp_path, only_changed=True)[0]
    assert "Ja eller nej?" not in text and "En lång text?" in text
    qs = small_question_set(tmp_path)
    same = empty_answer_set(qs).with_answer("lang", Answer("Samma text."))
    path = write_comparison_html(
        compare(qs, same, same), question_set=qs, old_label="A", new_label="B", output=tmp_path / "same.html"
    )
    same_text = path.read_text(encoding="utf-8")
    assert "<del>" not in same_text.split("</section>")[1] and "<ins>" not in same_text.split("</section>")[1]
