"""The app's help panel shows the content's labels, recommendations and notices, from the data."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from routine_builder import paths
from routine_builder.domain import load_legal_references, load_outline, load_question_set
from routine_builder.domain.outline import load_workspace_outline
from routine_builder.ui.panels.help_panel import HelpPanel
from tests.content.test_labelling import ADVICE_LABEL, GUIDELINE_LABEL, official_workspace
from tests.ui.area_fixtures import host

EXPIRED = "programmet känner inte till någon nyare utgåva"


def bundled_panel(qtbot: QtBot) -> HelpPanel:
    question_set = load_question_set(paths.question_set_path("oro-for-vantat-barn"))
    panel = HelpPanel(load_legal_references())
    host(qtbot, panel, 360, 600)
    panel.set_sources(question_set, load_outline(question_set))
    return panel


def test_10_labels_and_recommendations_show_in_the_help_panel(qtbot: QtBot) -> None:
    panel = bundled_panel(qtbot)
    panel.show_question("alt2-vard-utan-samtycke")
    shown = panel.browser.toPlainText()
    assert GUIDELINE_LABEL in shown and ADVICE_LABEL in shown
    assert "För den gravida själv kan däremot vård utan samtycke enligt 4 § LVM (1988:870)" in shown
    assert "Riktlinjen om" not in shown
    # A chapter that holds only a recommendation shows it too, under its label.
    panel.show_question("oro-samtalet")
    shown = panel.browser.toPlainText()
    assert ADVICE_LABEL in shown and "Ett öppet samtal är grunden." in shown


def test_12_the_expired_guideline_shows_in_the_help_panel(qtbot: QtBot) -> None:
    panel = bundled_panel(qtbot)
    assert EXPIRED in panel.browser.toPlainText()  # before a question is chosen
    panel.show_section("ansvar-och-uppfoljning")
    assert "Om underlaget" in panel.browser.toPlainText() and EXPIRED in panel.browser.toPlainText()
    panel.show_question("grund-riktlinjeversion")  # in the routine's first chapter, as in the export
    shown = panel.browser.toPlainText()
    assert EXPIRED in shown and "inte riktlinjens egen text" in shown
    panel.show_question("alt2-beslut")
    assert EXPIRED not in panel.browser.toPlainText()


def test_official_files_show_no_labels_and_no_notice(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = official_workspace(tmp_path, valid_until="2099-12-31")
    panel = HelpPanel(load_legal_references())
    host(qtbot, panel, 360, 600)
    panel.set_sources(workspace.question_set, load_workspace_outline(workspace.root, workspace.question_set))
    panel.show_question("grund-riktlinjeversion")
    shown = panel.browser.toPlainText()
    assert "Vad riktlinjen säger" in shown
    assert "(tolkning)" not in shown and "Om underlaget" not in shown and EXPIRED not in shown
