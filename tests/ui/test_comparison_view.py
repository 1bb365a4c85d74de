"""The comparison view's layout: a label's height follows its text and frame; content built hidden fits when shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFrame, QLabel
from pytestqt.qtbot import QtBot

from routine_builder.domain import create_demo_workspace
from routine_builder.domain.compare import compare
from routine_builder.ui.compare.comparison_view import FIRST_ROWS, ComparisonView, WrappedLabel
from tests.helpers.builders import small_question_set
from tests.helpers.compare_fixtures import sample_pair
from tests.ui.area_fixtures import host

TEXT = "Barnmorskan ringer socialtjänstens mottagning samma dag. " * 12


def _plain(text: str, *, line_width: int = 1, margin: int = 0) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.Box)
    label.setLineWidth(line_width)
    label.setMargin(margin)
    return label


def test_a_wrapped_label_is_as_tall_as_a_plain_one_after_every_change(qtbot: QtBot) -> None:
    label = WrappedLabel(TEXT)
    qtbot.addWidget(label)
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.Box)
    widths = (180, 320, 640, 180)

    def heights(other: QLabel) -> list[int]:
        qtbot.addWidget(other)
        return [other.heightForWidth(w) for w in widths]

    assert [label.heightForWidth(w) for w in widths] == heights(_plain(TEXT))
    label.setText(TEXT * 2)
    assert [label.heightForWidth(w) for w in widths] == heights(_plain(TEXT * 2))
    before = label.heightForWidth(320)
    label.setLineWidth(8)  # a thicker frame, as the current change has
    assert [label.heightForWidth(w) for w in widths] == heights(_plain(TEXT * 2, line_width=8))
    assert label.heightForWidth(320) > before
    label.setMargin(12)
    assert [label.heightForWidth(w) for w in widths] == heights(_plain(TEXT * 2, line_width=8, margin=12))
    assert label.heightForWidth(180) > label.heightForWidth(640)


def test_content_built_while_hidden_fits_the_width_it_is_shown_at(qtbot: QtBot, tmp_path: Path) -> None:
    question_set = small_question_set(tmp_path)
    old, new = sample_pair(question_set)
    view = ComparisonView()
    view.show_comparison(compare(question_set, old, new), left_label="Version 1", right_label="Utkastet")
    assert len(view.rows) == 9
    window = host(qtbot, view, width=700, height=500)
    for width in (700, 1300):
        window.resize(width, 500)
        qtbot.waitUntil(lambda: view.rows[0].right.width() > 0)
        view.widget().layout().activate()
        for row in view.rows:
            assert row.left.y() == row.right.y() and row.left.height() == row.right.height()
            for cell in (row.left, row.right):
                assert cell.height() >= cell.heightForWidth(cell.width()), cell.text()


def test_a_long_comparison_shows_a_screenful_first_and_builds_the_rest_while_idle(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = create_demo_workspace(tmp_path / "demo")
    first, second = workspace.area_ids()[:2]
    comparison = compare(workspace.question_set, *(workspace.load_area(a).answer_set for a in (first, second)))
    view = ComparisonView()
    view.show_comparison(comparison, left_label="Ett", right_label="Två")
    assert len(view.rows) > 3 * FIRST_ROWS
    assert [row.built for row in view.rows] == [True] * FIRST_ROWS + [False] * (len(view.rows) - FIRST_ROWS)
    last = view.rows[-1]
    assert not last.built
    host(qtbot, view, width=900, height=600)
    qtbot.waitUntil(lambda: last.built)  # the rest comes while the program is idle
    assert len(view.findChildren(WrappedLabel)) == 3 * len(view.rows) + len(view.section_labels)
    view.show_comparison(comparison, left_label="Ett", right_label="Två", only_changed=True)
    wanted = view.changed_rows()[-1]
    view.reveal(wanted)  # stepping to a change far down builds it (and the rows above it) at once
    assert wanted.built
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    assert all(row.built for row in view.rows[: view.rows.index(wanted)])
