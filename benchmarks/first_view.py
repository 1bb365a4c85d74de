"""A reference for the app start in ``county.py``: a minimal PySide6 program showing the app's first view.

It reads the files the app reads at start (question set, legal references, guideline outline, the
workspace file and every area's answers) with PyYAML's C loader, applies the app's stylesheet, and shows
a main window like the app's first one: five menus, the areas and sections in two lists, the first
section's questions as cards (text fields, a contacts table of the first area's rows, check boxes) and
the help text in a dock with four more docks tabbed behind it. It has none of the app's own code
(models, validation, undo, locks, recovery, translations; only its stylesheet), so the time it takes
is about the least any program showing that view can take; the app's start minus this is what the app's own code costs.
It prints, as JSON, when its window was painted (as ``file_ops.py`` does for the app).

    python benchmarks/first_view.py WORKSPACE
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import yaml
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from routine_builder.ui.theme import stylesheet  # the app's stylesheet (the theme module imports only paths)

CARD_STYLE = """
QFrame#questionCard { background: palette(base); border: 1px solid palette(mid); border-radius: 4px; }
QFrame#questionCard QLabel#questionText { font-weight: bold; }
"""  # as the app's question cards

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
MENUS = ("Arkiv", "Redigera", "Gå till", "Versioner", "Hjälp")
DOCKS = ("Hjälp", "Borttagna frågor", "Förhandsgranska", "Versioner", "Remissvar")


def _load(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or {}


def _card(question: dict, rows: list[dict]) -> QFrame:
    card = QFrame()
    card.setObjectName("questionCard")
    card.setStyleSheet(CARD_STYLE)
    layout = QVBoxLayout(card)
    title = QLabel(str(question.get("text", "")))
    title.setWordWrap(True)
    title.setObjectName("questionText")
    layout.addWidget(title)
    columns = question.get("columns") or []
    if columns:
        table = QTableWidget(len(rows), len(columns))
        table.setHorizontalHeaderLabels([str(c.get("label", "")) for c in columns])
        for r, row in enumerate(rows):
            for c, column in enumerate(columns):
                table.setItem(r, c, QTableWidgetItem(str(row.get(column.get("id"), ""))))
        table.resizeRowsToContents()
        layout.addWidget(table)
        buttons = QHBoxLayout()
        for text in ("Lägg till rad", "Ta bort rad", "Flytta upp", "Flytta ned"):
            buttons.addWidget(QPushButton(text))
        layout.addLayout(buttons)
    elif question.get("choices"):
        for choice in question["choices"]:
            layout.addWidget(QCheckBox(str(choice.get("label", ""))))
    else:
        layout.addWidget(QLineEdit(str(question.get("text", ""))[:40]))
    layout.addWidget(QCheckBox("Ej aktuellt"))
    return card


def main(root: Path) -> None:
    question_set = _load(RESOURCES / "question_sets" / "oro-for-vantat-barn.yaml")
    _load(RESOURCES / "legal_references.yaml")
    outline = _load(RESOURCES / "guideline" / "oro-for-vantat-barn.yaml")
    _load(root / "workspace.yaml")
    areas = [_load(path) for path in sorted(root.glob("areas/*/answers.yaml"))]
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(stylesheet("light"))
    window = QMainWindow()
    for name in MENUS:
        menu = window.menuBar().addMenu(name)
        for index in range(8):
            menu.addAction(f"{name} {index + 1}")
    left = QSplitter(Qt.Orientation.Vertical)
    left.addWidget(QListWidget())
    left.widget(0).addItems([f"{a.get('area', {}).get('name', '')}\nutkast · 35 av 71 besvarade" for a in areas])
    left.addWidget(QListWidget())
    left.widget(1).addItems([f"{s.get('title', '')}\nSvar saknas" for s in question_set.get("sections", [])])
    form = QWidget()
    layout = QVBoxLayout(form)
    layout.addWidget(QLabel("Grunduppgifter för rutinen"))
    layout.addWidget(QLineEdit())
    first = question_set["sections"][0]
    answers = (areas[0].get("answers") or {}) if areas else {}
    for question in first.get("questions", []):
        value = answers.get(question.get("id"))
        if isinstance(value, dict) and "value" in value:  # an answer with a comment
            value = value["value"]
        rows = [row for row in value if isinstance(row, dict)] if isinstance(value, list) else []
        layout.addWidget(_card(question, rows))
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(form)
    centre = QSplitter()
    centre.addWidget(left)
    centre.addWidget(scroll)
    window.setCentralWidget(centre)
    docks = []
    for name in DOCKS:
        dock = QDockWidget(name, window)
        dock.setWidget(QTextBrowser())
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if docks:
            window.tabifyDockWidget(docks[0], dock)
        docks.append(dock)
    help_html = [f"<h3>{first.get('title', '')}</h3><p><i>{first.get('intro', '')}</i></p>"]
    for part in outline.get("sections", [])[:3]:
        paragraphs = str(part.get("guideline", "")).split("\n\n")
        help_html.append(f"<h4>{part.get('title', '')}</h4>" + "".join(f"<p>{text}</p>" for text in paragraphs))
    docks[0].widget().setHtml("".join(help_html))
    docks[0].raise_()
    window.statusBar().showMessage("Senast sparat 10:37")
    window.resize(1366, 768)
    window.show()
    _quit_once_painted(app)
    app.exec()
    print(json.dumps({"shown": time.time()}))


def _quit_once_painted(app: QApplication) -> None:
    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                self.seen = True
                QTimer.singleShot(0, app.quit)
            return False

    app.installEventFilter(FirstPaint(app))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
