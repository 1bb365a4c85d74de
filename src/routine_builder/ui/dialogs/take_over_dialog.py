"""The confirmation before taking over a stale lock."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from routine_builder.domain.locks import LockInfo
from routine_builder.ui.area.lock_state import when
from routine_builder.ui.dialogs.question_dialog import QuestionDialog


class TakeOverDialog(QuestionDialog):
    """Asks before taking over a stale lock ("Ta över" / "Avbryt"); open it and read ``result()``."""

    def __init__(self, holder: LockInfo, parent: QWidget | None = None) -> None:
        super().__init__(object_name="takeOverDialog", title=self.tr("Ta över området"), text="", parent=parent)
        self.message.setText(
            self.tr(
                "{user} verkar inte ha programmet öppet längre (senaste livstecken {time}). Ta över området?"
            ).format(user=holder.user, time=when(holder.heartbeat))
            + "\n\n"
            + self.tr(
                "Om {user} ändå har osparade ändringar slås de ihop med dina när hen sparar; inget skrivs över."
            ).format(user=holder.user)
        )
        buttons = self.buttons
        self.take_over_button = buttons.addButton(self.tr("Ta över"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_over_button.setObjectName("confirmTakeOver")
        self.cancel_button = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.finish()
