from __future__ import annotations

from pytestqt.qtbot import QtBot

from routine_builder.ui.orphans_panel import OrphansPanel
from tests.ui.area_fixtures import host


def test_orphans_are_shown_read_only(qtbot: QtBot) -> None:
    panel = OrphansPanel({"gammal-fraga": "Text som inte får försvinna", "lista": ["a"]})
    host(qtbot, panel, 300, 300)
    assert panel.text.isReadOnly()
    assert "gammal-fraga: Text som inte får försvinna" in panel.text.toPlainText()
    panel.set_orphans({})
    assert not panel.text.isVisible() and "inga svar" in panel.explanation.text()
