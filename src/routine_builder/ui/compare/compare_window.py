"""The compare window: pick two sides, read them side by side, step through the changes, export.

Each side is named by area and version (or draft) with its date, above its column and in the title.
Between two areas the differences are called what they are ("Olika", "Bara i Borås"). When the right
side is the open area's draft, an answer on the left can be taken into it, one question at a time,
each as one undo step. The window follows a change of language while it is open.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.compare import Comparison, compare
from routine_builder.domain.values import Answer
from routine_builder.domain.workspace import Workspace, current_user
from routine_builder.errors import RoutineBuilderError
from routine_builder.export.comparison_docx import write_comparison_docx
from routine_builder.export.comparison_html import write_comparison_html
from routine_builder.export.redline_authors import side_label, versions_between
from routine_builder.ui.compare.comparison_view import ComparisonView
from routine_builder.ui.compare.render import VERSIONS, Wording, side_title
from routine_builder.ui.compare.sources import Source, load_source, other_sources, own_sources
from routine_builder.ui.wording import plural

#: Takes an answer into the open area's draft: (question id, answer, where it comes from).
CopyAnswer = Callable[[str, Answer, str], None]


def file_name(text: str) -> str:
    """``text`` as a file name that works on Windows and Linux."""
    return re.sub(r'[<>:"/\\|?*]+', "-", text).strip(" .") or "jamforelse"


class SourcePicker(QComboBox):
    """A picker of sources that asks for the other areas' sources once the user reaches for more than this area's.

    Listing every area's versions costs a read per area (a round trip each on a network share); most
    comparisons stay within the open area, so those are listed when the picker is opened, scrolled or
    stepped through with the keyboard.
    """

    def __init__(self, reaching: Callable[[], None]) -> None:
        super().__init__()
        self._reaching = reaching

    def showPopup(self) -> None:
        self._reaching()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._reaching()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._reaching()
        super().wheelEvent(event)


class CompareWindow(QMainWindow):
    """Compare two answer sets of the workspace (by default the newest version with the draft)."""

    def __init__(
        self,
        *,
        workspace: Workspace,
        area_id: str,
        parent: QWidget | None = None,
        left: Source | None = None,
        right: Source | None = None,
        draft: AnswerSet | None = None,
        copy_answer: CopyAnswer | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("compareWindow")
        self.workspace = workspace
        self.area_id = area_id
        self.draft = draft
        self.copy_answer = copy_answer
        self.comparison: Comparison | None = None
        self._sides: tuple[AnswerSet, AnswerSet] | None = None
        self.wording: Wording = VERSIONS
        self.current = -1
        self._others_added = False
        self.left_combo = SourcePicker(self.add_other_areas)
        self.right_combo = SourcePicker(self.add_other_areas)
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.only_changed = QCheckBox()
        self.counter = QLabel()
        self.counter.setObjectName("changeCounter")
        self.left_title = QLabel()
        self.right_title = QLabel()
        for title in (self.left_title, self.right_title):
            title.setObjectName("sideTitle")
            title.setProperty("role", "heading")
            title.setWordWrap(True)
        self.view = ComparisonView(self)
        self.view.copy_requested.connect(self._copy)
        self._build_layout()
        self._build_actions()
        self.retranslate()
        self._fill_sources(left, right)
        self.left_combo.currentIndexChanged.connect(self.refresh)
        self.right_combo.currentIndexChanged.connect(self.refresh)
        self.only_changed.toggled.connect(self._rebuild)
        self.refresh()
        self._fit_screen()

    # ------------------------------------------------------------ building

    def _build_layout(self) -> None:
        pick = QHBoxLayout()
        self.left_label = QLabel()
        self.right_label = QLabel()
        for label, combo in ((self.left_label, self.left_combo), (self.right_label, self.right_combo)):
            label.setBuddy(combo)
            pick.addWidget(label)
            pick.addWidget(combo, 1)
        self.swap_button = QPushButton()
        self.swap_button.clicked.connect(self.swap)
        pick.addWidget(self.swap_button)
        steps = QHBoxLayout()
        steps.addWidget(self.only_changed)
        steps.addStretch(1)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.previous_button.clicked.connect(self.previous_change)
        self.next_button.clicked.connect(self.next_change)
        self.docx_button = QPushButton()
        self.html_button = QPushButton()
        self.close_button = QPushButton()
        self.docx_button.clicked.connect(self._ask_docx)
        self.html_button.clicked.connect(self._ask_html)
        self.close_button.clicked.connect(self.close)
        for widget in (self.previous_button, self.counter, self.next_button, self.docx_button, self.html_button):
            steps.addWidget(widget)
        steps.addSpacing(12)
        steps.addWidget(self.close_button)
        titles = QHBoxLayout()
        titles.setSpacing(12)
        titles.addWidget(self.left_title, 1)
        titles.addWidget(self.right_title, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addLayout(steps)
        layout.addLayout(titles)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        self.next_action = QAction(self)
        self.previous_action = QAction(self)
        self.close_action = QAction(self)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_F8))
        self.previous_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F8))
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        for action, slot in (
            (self.next_action, self.next_change),
            (self.previous_action, self.previous_change),
            (self.close_action, self.close),
        ):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def retranslate(self) -> None:
        """Every text in the current language (also while the window is open)."""
        self.left_combo.setAccessibleName(self.tr("Vänster sida (äldre)"))
        self.right_combo.setAccessibleName(self.tr("Höger sida (nyare)"))
        self.left_label.setText(self.tr("&Vänster:"))
        self.right_label.setText(self.tr("&Höger:"))
        self.swap_button.setText(self.tr("Byt &sida"))
        self.only_changed.setText(self.tr("&Bara ändrade"))
        self.previous_button.setText(self.tr("◀ Föregående"))
        self.next_button.setText(self.tr("Nästa ▶"))
        self.previous_button.setToolTip(self.tr("Föregående ändring (Skift+F8)"))
        self.next_button.setToolTip(self.tr("Nästa ändring (F8)"))
        self.docx_button.setText(self.tr("Exportera som &Word…"))
        self.html_button.setText(self.tr("Exportera som H&TML…"))
        self.docx_button.setToolTip(self.tr("Word-dokument med spårade ändringar"))
        self.close_button.setText(self.tr("Stän&g"))
        self.close_button.setToolTip(self.tr("Stäng jämförelsen (Esc)"))
        self.next_action.setText(self.tr("Nästa ändring"))
        self.previous_action.setText(self.tr("Föregående ändring"))
        self.close_action.setText(self.tr("Stäng"))
        if self.left_combo.count():
            self._relabel_sources()
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fit_screen(self) -> None:
        """A roomy window that still fits the screen (768 px high included)."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(min(1100, int(screen.width() * 0.95)), min(760, int(screen.height() * 0.92)))
        self.move(screen.center() - self.rect().center())

    def _fill_sources(self, left: Source | None, right: Source | None) -> None:
        """The area's own sources; the other areas' come when a picker is opened (or a side is one of them)."""
        sources = own_sources(self.workspace, self.area_id)
        self._add_sources(sources)
        own_versions = [s for s, _label in sources if s.version is not None]
        self.select(left=left or (own_versions[0] if own_versions else Source(self.area_id)), right=right)

    def _add_sources(self, sources: list[tuple[Source, str]]) -> None:
        for combo in (self.left_combo, self.right_combo):
            combo.blockSignals(True)
            for source, label in sources:
                combo.addItem(label, source)
            combo.blockSignals(False)

    def add_other_areas(self) -> None:
        """Add the other areas' drafts and versions to both pickers (once; their indexes are read now)."""
        if not self._others_added:
            self._others_added = True
            self._add_sources(other_sources(self.workspace, self.area_id))

    def _relabel_sources(self) -> None:
        labels = dict(own_sources(self.workspace, self.area_id))
        if self._others_added:
            labels |= dict(other_sources(self.workspace, self.area_id))
        for combo in (self.left_combo, self.right_combo):
            for index in range(combo.count()):
                combo.setItemText(index, labels.get(combo.itemData(index), combo.itemText(index)))

    def select(self, *, left: Source | None = None, right: Source | None = None) -> None:
        """Choose the sides (None keeps a side; the right side defaults to this area's draft)."""
        for combo, source in ((self.left_combo, left), (self.right_combo, right or Source(self.area_id))):
            if source is not None and source.area_id != self.area_id:
                self.add_other_areas()
            index = next((i for i in range(combo.count()) if combo.itemData(i) == source), -1)
            if source is not None and index >= 0:
                combo.setCurrentIndex(index)

    # ------------------------------------------------------------ comparing

    def refresh(self) -> None:
        """Load both sides and compare them again."""
        try:
            old = load_source(self.workspace, self.left_combo.currentData(), self.draft)
            new = load_source(self.workspace, self.right_combo.currentData(), self.draft)
        except RoutineBuilderError as exc:
            self.comparison = None
            self._sides = None
            self.summary.setText(html.escape(exc.message))
            self._rebuild()
            return
        self.comparison = compare(self.workspace.question_set, old, new)
        self._sides = (old, new)
        between = old.area.id != new.area.id
        self.wording = Wording(old.area.name, new.area.name, between_areas=True) if between else VERSIONS
        self._show_titles()
        self._show_summary()
        self._rebuild()

    def _is_live(self, source: Source) -> bool:
        return source.version is None and self.draft is not None and source.area_id == self.draft.area.id

    def side_titles(self) -> tuple[str, str]:
        """The two sides in words: area and version (or draft) with its date."""
        if self._sides is None:
            return "", ""
        old, new = self._sides
        return (
            side_title(old, live=self._is_live(self.left_combo.currentData())),
            side_title(new, live=self._is_live(self.right_combo.currentData())),
        )

    def _show_titles(self) -> None:
        left, right = self.side_titles()
        self.left_title.setText(left)
        self.right_title.setText(right)
        self.setWindowTitle(self.tr("Jämför: {left} ↔ {right}").format(left=left, right=right))

    def _show_summary(self) -> None:
        """At most two lines: the total, and how many sections differ (each section says its own counts)."""
        assert self.comparison is not None
        total = self.comparison.counts
        if total.total == 0:
            self.summary.setText("<b>" + html.escape(self.tr("Inga skillnader.")) + "</b>")
            self.summary.setToolTip("")
            return
        counts = self.wording.counts(total.changed, total.added, total.removed)
        sections = [s for s in self.comparison.sections if s.counts.total]
        where = plural(
            len(sections),
            self.tr("Skillnaderna finns i 1 avsnitt; se rubrikerna nedan."),
            self.tr("Skillnaderna finns i {n} avsnitt; se rubrikerna nedan."),
        )
        total_text = self.tr("Totalt: {counts}").format(counts=counts)
        self.summary.setText(f"<b>{html.escape(total_text)}</b><br>{html.escape(where)}")
        self.summary.setToolTip(
            "\n".join(
                f"{s.title}: {self.wording.counts(s.counts.changed, s.counts.added, s.counts.removed)}"
                for s in sections
            )
        )

    def _copy_text(self) -> str:
        right = self.right_combo.currentData()
        if self.copy_answer is None or self._sides is None or not self._is_live(right):
            return ""
        return self.tr("Använd vänster svar i utkastet")

    def _rebuild(self) -> None:
        left, right = self.side_titles()
        self.view.show_comparison(
            self.comparison,
            left_label=left,
            right_label=right,
            only_changed=self.only_changed.isChecked(),
            wording=self.wording,
            copy_text=self._copy_text(),
        )
        self.current = -1
        self._update_counter()

    def swap(self) -> None:
        """Exchange left and right."""
        left, right = self.left_combo.currentIndex(), self.right_combo.currentIndex()
        self.left_combo.blockSignals(True)
        self.left_combo.setCurrentIndex(right)
        self.left_combo.blockSignals(False)
        self.right_combo.setCurrentIndex(left)

    def _copy(self, question_id: str) -> None:
        """Take the left side's answer to one question into the open draft (one undo step)."""
        if self.copy_answer is None or self._sides is None:
            return
        old, _new = self._sides
        answer = old.get(question_id) or Answer()
        self.copy_answer(question_id, answer, self.side_titles()[0])
        if self.draft is not None:
            self.draft = self.draft.with_answer(question_id, answer if answer != Answer() else None)
        self.refresh()
        self.statusBar().showMessage(
            self.tr("Svaret från {source} finns nu i utkastet. Ångra med Ctrl+Z i huvudfönstret.").format(
                source=self.side_titles()[0]
            ),
            15_000,
        )

    # ------------------------------------------------------------ stepping

    def change_count(self) -> int:
        """How many changes there are to step through."""
        return len(self.view.changed_rows())

    def _update_counter(self) -> None:
        count = self.change_count()
        if count == 0:
            self.counter.setText(self.tr("Inga ändringar"))
        elif self.current < 0:
            self.counter.setText(self.tr("{0} ändringar").format(count) if count != 1 else self.tr("1 ändring"))
        else:
            self.counter.setText(self.tr("Ändring {0} av {1}").format(self.current + 1, count))
        self.counter.setAccessibleName(self.counter.text())
        for widget in (self.next_button, self.previous_button, self.next_action, self.previous_action):
            widget.setEnabled(count > 0)

    def go_to_change(self, index: int) -> None:
        """Show change ``index`` (0-based, wrapping around)."""
        rows = self.view.changed_rows()
        if not rows:
            return
        self.current = index % len(rows)
        self.view.set_current(rows[self.current])
        self.view.reveal(rows[self.current])
        self._update_counter()

    def next_change(self) -> None:
        """F8: the next change."""
        self.go_to_change(self.current + 1)

    def previous_change(self) -> None:
        """Shift+F8: the previous change."""
        self.go_to_change(self.current - 1 if self.current >= 0 else -1)

    # ------------------------------------------------------------ exporting

    def export_docx(self, path: Path) -> Path:
        """Write the comparison as a Word document with tracked changes."""
        if self.comparison is None:
            raise RoutineBuilderError(self.tr("det finns ingen jämförelse att exportera"))
        assert self._sides is not None
        old, new = self._sides
        return write_comparison_docx(
            self.comparison,
            question_set=self.workspace.question_set,
            old=old,
            new=new,
            output=path,
            between=versions_between(self.workspace, old, new),
            exported_by=current_user(),
            template=self.workspace.template_path(),
            workspace=self.workspace,
        )

    def export_html(self, path: Path) -> Path:
        """Write the comparison as an HTML page (each side named by area, version and date)."""
        if self.comparison is None or self._sides is None:
            raise RoutineBuilderError(self.tr("det finns ingen jämförelse att exportera"))
        old, new = self._sides
        return write_comparison_html(
            self.comparison,
            question_set=self.workspace.question_set,
            output=path,
            old_label=side_label(old),
            new_label=side_label(new),
        )

    def default_file_name(self, suffix: str) -> str:
        """A name that says what was compared: 'Jämförelse Borås version 3 – Borås utkast.docx'."""
        left, right = self.side_titles()
        return file_name(self.tr("Jämförelse {left} – {right}").format(left=left, right=right)) + suffix

    def _ask(self, title: str, suffix: str, pattern: str, write: Callable[[Path], Path]) -> None:
        start = str(Path.home() / self.default_file_name(suffix))
        name, _filter = QFileDialog.getSaveFileName(self, title, start, pattern)
        if not name:
            return
        try:
            written = write(Path(name))
        except RoutineBuilderError as exc:
            QMessageBox.warning(self, title, exc.message)
            return
        self.statusBar().showMessage(self.tr("Jämförelsen är sparad som {path}").format(path=written))

    def _ask_docx(self) -> None:
        self._ask(self.tr("Exportera som Word"), ".docx", self.tr("Word-dokument (*.docx)"), self.export_docx)

    def _ask_html(self) -> None:
        self._ask(self.tr("Exportera som HTML"), ".html", self.tr("HTML-sida (*.html)"), self.export_html)
