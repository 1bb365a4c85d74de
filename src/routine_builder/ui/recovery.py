"""Crash recovery in the app: writing the recovery file while typing, and asking what to do with one.

The store and the decision what to offer live in :mod:`routine_builder.domain.recovery`. Here the
:class:`RecoveryWriter` keeps the file current (at most a moment after the first unsaved keystroke,
however steadily the user types) and the :class:`RecoveryDialog` lists, question by question, what
restoring brings back ("Återställ") or throws away ("Släng").
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from routine_builder.domain import Answer, AnswerSet, QuestionSet, Workspace
from routine_builder.domain.readable import readable_value
from routine_builder.domain.recovery import Recovery, RecoveryStore
from routine_builder.ui.capped_delay import CappedDelay
from routine_builder.ui.question_dialog import QuestionDialog

__all__ = ["RecoveryDialog", "RecoveryStore", "RecoveryWriter"]

RECOVERY_DELAY_MS = 400  # after the last keystroke
RECOVERY_CEILING_MS = 1500  # after the first unsaved keystroke, however steadily the typing goes on
PREVIEW_CHARS = 120
PREVIEW_LEAD = 30  # characters shown before the first one that differs from the file
MAX_LISTED = 12  # questions listed by name; the rest are counted


class RecoveryWriter(QObject):
    """Writes the latest unsaved snapshot of one area, with the base it was edited from."""

    def __init__(self, store: RecoveryStore, workspace: Workspace, area_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._workspace = workspace
        self._area_id = area_id
        self._pending: tuple[AnswerSet, AnswerSet] | None = None
        self._delay = CappedDelay(delay_ms=RECOVERY_DELAY_MS, ceiling_ms=RECOVERY_CEILING_MS, parent=self)
        self._delay.due.connect(self.flush)

    def schedule(self, answer_set: AnswerSet, *, base: AnswerSet) -> None:
        """Write ``answer_set`` (edited from ``base``) soon."""
        self._pending = (answer_set, base)
        self._delay.request()

    def flush(self) -> None:
        """Write the pending snapshot now."""
        self._delay.stop()
        if self._pending is not None:
            unsaved, base = self._pending
            self._store.write(self._workspace, unsaved, base=base, area_id=self._area_id)
            self._pending = None

    def discard(self) -> None:
        """Drop the pending snapshot and the file (the area was saved, or holds no unsaved change)."""
        self._delay.stop()
        self._pending = None
        self._store.remove(self._workspace, self._area_id)


def _readable(question_set: QuestionSet, key: str, answer: Answer | None) -> str:
    if answer is None:
        return ""
    text = readable_value(question_set.question(key), answer) if key in question_set else str(answer.value)
    return " ".join(text.split())


def _preview(question_set: QuestionSet, recovery: Recovery, key: str) -> str:
    """The unsaved text of a question from a little before where it differs from the file."""
    if key == "document":
        return ""
    text = _readable(question_set, key, recovery.unsaved.answers.get(key))
    saved = _readable(question_set, key, recovery.current.answers.get(key))
    same = next((i for i, (a, b) in enumerate(zip(text, saved, strict=False)) if a != b), min(len(text), len(saved)))
    start = 0 if same <= PREVIEW_LEAD else text.rfind(" ", 0, same - PREVIEW_LEAD) + 1
    shown = ("…" if start else "") + text[start:]
    return shown if len(shown) <= PREVIEW_CHARS else shown[: PREVIEW_CHARS - 1] + "…"


class RecoveryDialog(QuestionDialog):
    """Lists what restoring brings back, per question, and asks "Återställ" or "Släng".

    Window-modal and opened with :meth:`open`; after ``finished``, :attr:`restore_chosen` and
    :attr:`discard_chosen` tell the choice (neither: the dialog was closed without one, e.g. with Esc).
    """

    def __init__(
        self, area_name: str, recovery: Recovery, question_set: QuestionSet, parent: QWidget | None = None
    ) -> None:
        count = len(recovery.restorable)
        text = (
            self.tr("Programmet avslutades innan ändringarna i {area} hann sparas.").format(area=area_name)
            + " "
            + (
                self.tr("En fråga har osparade ändringar:")
                if count == 1
                else self.tr("{count} frågor har osparade ändringar:").format(count=count)
            )
        )
        super().__init__(
            object_name="recoveryPrompt", title=self.tr("Osparade ändringar hittades"), text=text, parent=parent
        )
        self.restore_chosen = self.discard_chosen = False
        self.details = QLabel(self._listing(recovery, question_set), self)
        self.details.setObjectName("recoveryDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.question = QLabel(self._question(recovery), self)
        self.question.setWordWrap(True)
        self.layout().insertWidget(1, self.details)
        self.layout().insertWidget(2, self.question)
        buttons = self.buttons
        self.restore_button = buttons.addButton(self.tr("Återställ"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.discard_button = buttons.addButton(self.tr("Släng"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.discard_button.setObjectName("discardButton")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        self.finish()

    def _listing(self, recovery: Recovery, question_set: QuestionSet) -> str:
        items = []
        for key in recovery.restorable[:MAX_LISTED]:
            if key == "document":
                title = self.tr("Dokumentuppgifter")
            else:
                title = question_set.question(key).text if key in question_set else key
            preview = _preview(question_set, recovery, key)
            line = f"<b>{html.escape(title)}</b>"
            if preview:
                line += f"<br>”{html.escape(preview)}”"
            if key in recovery.conflicts:
                line += (
                    "<br><i>"
                    + html.escape(self.tr("Ändrad av någon annan också: du väljer svar i nästa steg."))
                    + "</i>"
                )
            items.append(f"<li>{line}</li>")
        if len(recovery.restorable) > MAX_LISTED:
            more = self.tr("… och {count} frågor till").format(count=len(recovery.restorable) - MAX_LISTED)
            items.append(f"<li>{html.escape(more)}</li>")
        return "<ul style='margin-left: -20px'>" + "".join(items) + "</ul>"

    def _question(self, recovery: Recovery) -> str:
        if recovery.conflicts:
            return self.tr(
                "Någon har sparat området efter att programmet avslutades. Återställ lägger tillbaka dina ändringar "
                "och låter dig välja där ni båda har ändrat; Släng tar bort dem för gott."
            )
        return self.tr("Återställ lägger tillbaka ändringarna i formuläret; Släng tar bort dem för gott.")

    def _restore(self) -> None:
        self.restore_chosen = True
        self.accept()

    def _discard(self) -> None:
        self.discard_chosen = True
        self.reject()
