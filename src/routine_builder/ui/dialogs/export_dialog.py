"""Export one area's routine to Word (and PDF), with the missing required answers as links.

The export runs in a worker thread and reports its progress, so the window never freezes. Expected
problems (answers missing, the file cannot be written, LibreOffice fails) are shown in the dialog as
one sentence; anything unexpected is logged and shown as a short note pointing to the log.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from routine_builder.domain.answers import AnswerSet
from routine_builder.domain.completeness import missing_required
from routine_builder.domain.reviews import review_numbers
from routine_builder.domain.workspace import Workspace
from routine_builder.errors import RoutineBuilderError
from routine_builder.export import ExportResult, IncompleteError, export_routine, find_soffice
from routine_builder.storage import os_reason
from routine_builder.ui.dialogs.full_height import FullHeight
from routine_builder.ui.settings import EXPORT_PATHS, EXPORT_PDF, Settings
from routine_builder.ui.theme import set_role

log = logging.getLogger(__name__)
_QID = Qt.ItemDataRole.UserRole


class ExportThread(QThread):
    """Runs an export (:func:`export_routine`, or ``run`` given) off the GUI thread.

    The thread emits no Python signals of its own: it only stores its progress and outcome, which the
    dialog reads on a timer and when Qt's own ``finished`` arrives. (Emitting Python signals from the
    worker thread crashed PySide6 6.12 at interpreter exit.)
    """

    def __init__(
        self,
        arguments: dict[str, Any],
        parent: QWidget | None = None,
        run: Callable[..., ExportResult] = export_routine,
    ) -> None:
        super().__init__(parent)
        self._arguments = arguments
        self._run = run
        self.percent = 0
        self.outcome: ExportResult | BaseException | None = None

    def _report(self, percent: int, _text: str) -> None:
        self.percent = int(percent)

    def run(self) -> None:
        """Export; the result or the exception, even an unexpected one, ends up in ``outcome``."""
        try:
            self.outcome = self._run(**self._arguments, progress=self._report)
        except Exception as exc:
            self.outcome = exc


class ExportDialog(QDialog):
    """Choose complete or draft, the file and PDF; export; then open the document or its folder."""

    jump_to_question = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        answer_set: AnswerSet,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        saved_version: bool = False,
    ):
        super().__init__(parent)
        self._workspace = workspace
        self._answer_set = answer_set
        self._settings = settings
        self._version = answer_set.version.number if saved_version and answer_set.version is not None else None
        self._thread: ExportThread | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._show_progress)
        self._blocked_shown = False
        self._jumped = False
        self.export_result: ExportResult | None = None
        self.setWindowTitle(self.tr("Exportera rutinen"))
        if self._version is not None:
            heading = QLabel(
                self.tr("Version {0} av rutinen för {1} som Word-dokument").format(self._version, answer_set.area.name)
            )
        else:
            heading = QLabel(self.tr("Rutinen för {0} som Word-dokument").format(answer_set.area.name))
        heading.setProperty("role", "heading")
        self.heading = heading
        self.revision_note = QLabel(self._revision_text())
        self.revision_note.setWordWrap(True)
        self.revision_note.setProperty("role", "hint")
        self.revision_note.setVisible(bool(self.revision_note.text()))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Exportens förlopp"))
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setProperty("role", "note")
        self.status_label.hide()

        self.main_layout = layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.revision_note)
        self.mode_box = self._build_mode_box()
        layout.addWidget(self.mode_box, 1)
        layout.addLayout(self._build_path_row())
        layout.addWidget(self._build_pdf_check())
        layout.addWidget(self.pdf_hint)
        self.summary_check = QCheckBox(self.tr("Ta med bilaga: &remissvar och hur de hanterats"))
        self.summary_check.setToolTip(self.tr("Varje synpunkt från remissen och hur den hanterades, sist i rutinen"))
        self.summary_check.setVisible(self._version is None and self._has_reviews())
        layout.addWidget(self.summary_check)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        self._spacer_index = layout.count()
        layout.addStretch(0)  # takes the extra height instead of the list when nothing is missing
        layout.addWidget(self._build_buttons())

        missing = [] if self._version is not None else missing_required(workspace.question_set, answer_set)
        self._missing_ids = self._fill_missing([q.id for q in missing])
        self.mode_box.setVisible(self._version is None)  # a saved version is exported as it was saved
        (self.draft_radio if self._missing_ids else self.complete_radio).setChecked(True)
        self.path_edit.setText(str(self._remembered_path()))
        self.mode_buttons.buttonToggled.connect(lambda *_: self._mode_changed())
        self.path_edit.textChanged.connect(lambda _text: self._update_state())
        self._update_state()
        self.resize(660, 500 if self._missing_ids else 340)  # a size, not a minimum: fits a small screen at 200 %
        self._full_height = FullHeight(self)  # the wrapped texts and the remiss check box never squeeze the choices

    def _has_reviews(self) -> bool:
        """Whether remiss replies were imported for the area (an unreadable folder counts as none)."""
        try:
            return bool(review_numbers(self._workspace, self._answer_set.area.id))
        except RoutineBuilderError:
            return False

    def _revision_text(self) -> str:
        """What the document will say about its status, when that needs saying."""
        document = self._answer_set.document
        if self._version is not None and document.status == "faststalld":
            return self.tr("Den här versionen är den fastställda rutinen och märks ”Fastställd”.")
        if self._version is None and document.status == "under_revidering" and document.adopted_version:
            return self.tr(
                "Utkastet har ändrats sedan version {number} fastställdes och märks ”Under revidering”. "
                "Den fastställda rutinen exporteras från panelen Versioner."
            ).format(number=document.adopted_version)
        return ""

    # ------------------------------------------------------------ building

    def _build_mode_box(self) -> QGroupBox:
        self.complete_radio = QRadioButton(self.tr("&Färdig rutin: alla obligatoriska svar måste finnas"))
        self.draft_radio = QRadioButton(self.tr("&Utkast: det som saknas markeras tydligt i dokumentet"))
        self.mode_buttons = QButtonGroup(self)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_list = QListWidget()
        self.missing_list.setAccessibleName(self.tr("Obligatoriska frågor utan svar"))
        self.missing_list.setAccessibleDescription(self.tr("Välj en fråga och tryck Retur för att gå till den"))
        self.missing_list.setCursor(Qt.CursorShape.PointingHandCursor)
        self.missing_list.setWordWrap(True)
        self.missing_list.setSpacing(2)
        self.missing_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missing_list.itemClicked.connect(self._jump)
        self.missing_list.itemActivated.connect(self._jump)
        box = QGroupBox(self.tr("Vad ska skapas?"))
        box_layout = QVBoxLayout(box)
        for radio in (self.complete_radio, self.draft_radio):
            self.mode_buttons.addButton(radio)
            box_layout.addWidget(radio)
        box_layout.addWidget(self.missing_label)
        box_layout.addWidget(self.missing_list, 1)
        return box

    def _build_path_row(self) -> QHBoxLayout:
        self.path_edit = QLineEdit()
        self._confirmed_path: Path | None = None  # chosen in the file dialog, which asked about replacing it
        self.path_edit.setAccessibleName(self.tr("Dokumentets sökväg"))
        self.browse_button = QPushButton(self.tr("&Bläddra…"))
        self.browse_button.setAccessibleDescription(self.tr("Välj var dokumentet ska sparas"))
        self.browse_button.clicked.connect(self._browse)
        label = QLabel(self.tr("&Spara som:"))
        label.setBuddy(self.path_edit)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        return row

    def _build_pdf_check(self) -> QCheckBox:
        self.pdf_check = QCheckBox(self.tr("Skapa även &PDF"))
        self.pdf_hint = QLabel()
        self.pdf_hint.setProperty("role", "hint")
        self.pdf_hint.setWordWrap(True)
        if find_soffice() is None:
            self.pdf_check.setEnabled(False)
            self.pdf_hint.setText(
                self.tr(
                    "PDF kräver LibreOffice, som inte finns på den här datorn. Utan LibreOffice får "
                    "innehållsförteckningen sina sidnummer först i Word."
                )
            )
        else:
            self.pdf_check.setChecked(self._settings.get(EXPORT_PDF))
            self.pdf_hint.setText(self.tr("PDF-filen skapas med LibreOffice bredvid Word-dokumentet."))
        self.pdf_check.setAccessibleDescription(self.pdf_hint.text())
        return self.pdf_check

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.export_button = buttons.addButton(self.tr("&Exportera"), role.AcceptRole)
        self.open_button = buttons.addButton(self.tr("&Öppna dokumentet"), role.ActionRole)
        self.folder_button = buttons.addButton(self.tr("&Visa i mapp"), role.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)
        self.open_button.hide()
        self.folder_button.hide()
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(lambda: self._open(self._exported_path()))
        self.folder_button.clicked.connect(lambda: self._open(self._exported_folder()))
        self.close_button.clicked.connect(self.reject)
        self.buttons = buttons
        return buttons

    # ------------------------------------------------------------ paths

    def _settings_key(self, *, draft: bool | None = None) -> str:
        draft = self.draft_radio.isChecked() if draft is None else draft
        kind = f"version-{self._version}" if self._version is not None else "draft" if draft else "final"
        return f"{self._workspace.root.resolve()}|{self._answer_set.area.id}|{kind}"

    def _remembered_path(self, *, draft: bool | None = None) -> Path:
        """The last path of this area's draft or final routine, else a name that says which it is."""
        draft = self.draft_radio.isChecked() if draft is None else draft
        remembered = self._settings.get(EXPORT_PATHS).get(self._settings_key(draft=draft))
        if remembered:
            return Path(remembered)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = re.sub(r'[<>:"/\\|?*]+', "-", self._answer_set.area.name).strip() or self._answer_set.area.id
        return Path(documents or Path.home()) / self._default_name(name, draft=draft)

    def _default_name(self, area: str, *, draft: bool) -> str:
        """The file name proposed for the area's document (a subclass names its own kind)."""
        if self._version is not None:
            return self.tr("{0} – lokal rutin, version {1}.docx").format(area, self._version)
        pattern = self.tr("{0} – lokal rutin (utkast).docx") if draft else self.tr("{0} – lokal rutin.docx")
        return pattern.format(area)

    def _mode_changed(self) -> None:
        """A draft and a finished routine get different names (unless the user typed one of their own)."""
        draft = self.draft_radio.isChecked()
        if Path(self.path_edit.text().strip()) == self._remembered_path(draft=not draft):
            self.path_edit.setText(str(self._remembered_path(draft=draft)))
        self._update_state()

    def output_path(self) -> Path:
        """The document to write (``.docx`` added when missing)."""
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Spara rutinen som"), str(self.output_path()), self.tr("Word-dokument (*.docx)")
        )
        if chosen:
            self.path_edit.setText(chosen)
            self._confirmed_path = self.output_path()

    # ------------------------------------------------------------ missing answers

    def _fill_missing(self, question_ids: list[str]) -> list[str]:
        question_set = self._workspace.question_set
        titles = {s.id: s.title for s in question_set.sections}
        self.missing_list.clear()
        for qid in question_ids:
            question = question_set.question(qid)
            item = QListWidgetItem(f"{titles.get(question.section_id, '')}: {question.text}")
            item.setData(_QID, qid)
            item.setToolTip(self.tr("Gå till frågan"))
            font = item.font()
            font.setUnderline(True)
            item.setFont(font)
            item.setForeground(self.palette().link())
            self.missing_list.addItem(item)
        count = len(question_ids)
        self.missing_label.setText(
            self.tr("Obligatoriska svar som saknas: %n. Klicka på en fråga för att gå dit:", "", count)
            if count
            else self.tr("Alla obligatoriska frågor är besvarade.")
        )
        self.missing_list.setVisible(bool(count))
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretchFactor(self.mode_box, 1 if count else 0)
            layout.setStretch(self._spacer_index, 0 if count else 1)
        return question_ids

    def _jump(self, item: QListWidgetItem) -> None:
        # A click may also count as activation on some platforms: jump once only.
        if self._thread is None and not self._jumped:
            self._jumped = True
            self.jump_to_question.emit(item.data(_QID))
            self.reject()

    # ------------------------------------------------------------ export

    def _update_state(self, running: bool = False) -> None:
        blocked = self.complete_radio.isChecked() and bool(self._missing_ids)
        has_path = bool(self.path_edit.text().strip())
        self.export_button.setEnabled(not running and has_path and not blocked)
        for widget in (self.complete_radio, self.draft_radio, self.path_edit, self.browse_button):
            widget.setEnabled(not running)
        self.close_button.setEnabled(not running)
        if blocked and not running:
            self._show_status(
                self.tr(
                    "En färdig rutin kan skapas först när alla obligatoriska svar finns. "
                    "Välj Utkast, eller gå till frågorna ovan."
                ),
                error=False,
            )
            self._blocked_shown = True
        elif self._blocked_shown:
            self._show_status("", error=False)

    def _show_status(self, text: str, *, error: bool, hint: bool = True) -> None:
        self._blocked_shown = False
        self.status_label.setText(text)
        set_role(self.status_label, "error" if error else "note" if hint else "ok")
        self.status_label.setVisible(bool(text))

    def start_export(self) -> None:
        """Start exporting in the worker thread."""
        if self._thread is not None:
            return
        output = self.output_path()
        self.path_edit.setText(str(output))
        if not self._may_write(output):
            self._show_status(
                self.tr("Inget skrevs över. Välj ett annat namn eller en annan mapp och exportera igen."), error=False
            )
            return
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._show_status(
                self.tr("Mappen {0} kunde inte skapas ({1}).").format(output.parent, os_reason(exc)), error=True
            )
            return
        self.export_result = None
        self.open_button.hide()
        self.folder_button.hide()
        self.progress.setValue(0)
        self.progress.show()
        self._show_status(self.tr("Dokumentet skapas…"), error=False)
        self._thread = ExportThread(self._export_arguments(output), self, self._runner())
        self._thread.finished.connect(self._finished)
        self._poll.start()
        self._update_state(running=True)
        self._thread.start()

    def _export_arguments(self, output: Path) -> dict[str, Any]:
        """What the export is run with (a subclass runs another export)."""
        return {
            "workspace": self._workspace,
            "answer_set": self._answer_set,
            "output": output,
            "draft": self.draft_radio.isChecked(),
            "pdf": self.pdf_check.isEnabled() and self.pdf_check.isChecked(),
            "saved_version": self._version is not None,
            "remiss_summary": not self.summary_check.isHidden() and self.summary_check.isChecked(),
        }

    def _runner(self) -> Callable[..., ExportResult]:
        return export_routine

    def _may_write(self, output: Path) -> bool:
        """True when nothing would be replaced, or the user agrees to replace it."""
        pdf = self.pdf_check.isEnabled() and self.pdf_check.isChecked()
        existing = [path for path in (output, output.with_suffix(".pdf") if pdf else None) if path and path.is_file()]
        if not existing or (output == self._confirmed_path and existing == [output]):
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Filen finns redan"))
        box.setText(
            self.tr("{files} finns redan i {folder}. Vill du ersätta det som finns där?").format(
                files=", ".join(f"”{path.name}”" for path in existing), folder=output.parent
            )
        )
        replace = box.addButton(self.tr("&Ersätt"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is replace

    def _show_progress(self) -> None:
        # The export's own step texts are Swedish only; the bar and the status line say enough.
        if self._thread is not None:
            self.progress.setValue(max(0, min(100, self._thread.percent)))

    def _succeeded(self, result: ExportResult) -> None:
        self.export_result = result
        settings_paths = dict(self._settings.get(EXPORT_PATHS))
        settings_paths[self._settings_key()] = str(result.path)
        self._confirmed_path = None
        self._settings.set(EXPORT_PATHS, settings_paths)
        if self.pdf_check.isEnabled():
            self._settings.set(EXPORT_PDF, self.pdf_check.isChecked())
        lines = [self.tr("Klart. Dokumentet är sparat som {0}").format(result.path)]
        if result.pdf is not None:
            lines.append(self.tr("PDF: {0}").format(result.pdf))
        if result.gaps:
            lines.append(self.tr("Luckor som är markerade i dokumentet: %n.", "", result.gaps))
        if not result.page_numbers:
            lines.append(
                self.tr(
                    "Innehållsförteckningen har inga sidnummer eftersom LibreOffice saknas; Word fyller i dem "
                    "när du svarar Ja på frågan om att uppdatera fälten."
                )
            )
        self._show_status("\n".join(lines), error=False, hint=False)
        self.open_button.show()
        self.folder_button.show()
        self.open_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, IncompleteError):
            self._missing_ids = self._fill_missing([q.id for q in exc.missing])
            text = self.tr("Rutinen kan inte bli färdig eftersom obligatoriska svar saknas (%n).", "", len(exc.missing))
        elif isinstance(exc, RoutineBuilderError):
            text = self.tr("Exporten misslyckades: {0}").format(exc.message)
        elif isinstance(exc, OSError):
            text = self.tr("Filen {0} kunde inte skrivas ({1}).").format(
                exc.filename or self.output_path(), os_reason(exc)
            )
        else:
            log.error("Oväntat fel vid export", exc_info=exc)
            text = self.tr("Exporten misslyckades av ett oväntat skäl. Detaljerna finns i programmets loggfil.")
        self._show_status(text, error=True)

    def _finished(self) -> None:
        self._poll.stop()
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.wait()
        outcome = thread.outcome
        thread.deleteLater()
        if isinstance(outcome, BaseException):
            self._failed(outcome)
        elif outcome is not None:
            self._succeeded(outcome)
        self.progress.hide()
        self._update_state()

    def _exported_path(self) -> Path | None:
        return self.export_result.path if self.export_result is not None else None

    def _exported_folder(self) -> Path | None:
        return self.export_result.path.parent if self.export_result is not None else None

    def _open(self, target: Path | None) -> None:
        if target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def is_exporting(self) -> bool:
        """Whether an export is running."""
        return self._thread is not None

    def reject(self) -> None:
        """Close, unless an export is running (it is short and cannot be cancelled halfway)."""
        if self._thread is None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._thread is not None:
            event.ignore()
        else:
            super().closeEvent(event)
