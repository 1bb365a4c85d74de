"""Asking what to do with unsaved changes found after a crash: restore ("Återställ") or throw away ("Släng")."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from routine_builder.domain import QuestionSet
from routine_builder.domain.recovery import Recovery, recovery_preview
from routine_builder.ui.dialogs.question_dialog import QuestionDialog

MAX_LISTED = 12  # questions listed by name; the rest are counted


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
        self.main_layout.insertWidget(1, self.details)
        self.main_layout.insertWidget(2, self.question)
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
            preview = recovery_preview(question_set, recovery, key)
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
