from __future__ import annotations

from pytestqt.qtbot import QtBot

from routine_builder.ui.panels.orphans_panel import OrphansPanel
from tests.ui.area_fixtures import host


def test_orphans_are_shown_read_only_in_words_without_ids(qtbot: QtBot) -> None:
    panel = OrphansPanel({"gammal-fraga": "Text som inte får försvinna", "lista": ["a", "b"]})
    host(qtbot, panel, 300, 300)
    assert panel.text.isReadOnly()
    shown = panel.text.toPlainText()
    assert "Text som inte får försvinna" in shown and "Svar på en borttagen fråga (2)" in shown
    assert "gammal-fraga" not in shown and "a\nb" in shown
    panel.set_orphans({})
    assert not panel.text.isVisible() and "inga svar" in panel.explanation.text()
