"""Who else has the area open: the read-only banner, and the confirmation before taking over a stale lock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from routine_builder.domain.locks import LockInfo
from routine_builder.ui.banner import Banner
from routine_builder.ui.question_dialog import QuestionDialog

OTHER, FREE, LOST = "other", "free", "lost"


@dataclass(frozen=True)
class LockState:
    """How this app stands with an area's lock, when it does not hold it.

    ``kind``: ``other`` (someone holds it; read-only view), ``free`` (they closed it; still read-only
    here until the user asks to edit), ``lost`` (this app held it and someone took it over).
    """

    kind: str
    holder: LockInfo | None = None
    unsaved: bool = False

    @property
    def stale(self) -> bool:
        return self.holder is not None and self.holder.is_stale()


def when(stamp: str) -> str:
    """A lock time as '10:15' today, else '2026-11-22 10:15'."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    local = moment.astimezone() if moment.tzinfo else moment
    return local.strftime("%H:%M" if local.date() == dt.date.today() else "%Y-%m-%d %H:%M")


class LockBanner(Banner):
    """Shown while someone else has the area open (or took it over); hidden while this app holds it."""

    retry_requested = Signal()
    take_over_requested = Signal()
    merge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("lockBanner", "info", parent)
        self.take_over_button = self.add_button("takeOverButton")
        self.take_over_button.clicked.connect(self.take_over_requested)
        self.merge_button = self.add_button("mergeMineButton")
        self.merge_button.clicked.connect(self.merge_requested)
        self.retry_button = self.add_button("retryLockButton")
        self.retry_button.clicked.connect(self.retry_requested)
        self.state: LockState | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.take_over_button.setText(self.tr("Ta över…"))
        self.merge_button.setText(self.tr("Slå ihop mina ändringar…"))
        self.merge_button.setToolTip(self.tr("Spara dina ändringar; frågor som båda har ändrat får du välja mellan"))
        self.retry_button.setText(self.tr("Försök igen"))
        self.retry_button.setToolTip(self.tr("Kontrollera igen om området går att öppna för redigering"))
        if self.state is not None:
            self.show_state(self.state)

    def _holder_text(self, holder: LockInfo | None) -> str:
        if holder is None:
            return self.tr("någon annan")
        return self.tr("{user} på {host}").format(user=holder.user, host=holder.host)

    def show_state(self, state: LockState | None) -> None:
        """Show the lock state (None: this app holds the lock, so the banner hides)."""
        self.state = state
        if state is None:
            self.setVisible(False)
            return
        holder = state.holder
        if state.kind == LOST:
            text = self.tr("Området har tagits över av {who}. Du ser nu en skrivskyddad vy.").format(
                who=self._holder_text(holder)
            )
            if state.unsaved:
                text += " " + self.tr("Dina osparade ändringar finns kvar här och i återställningsfilen.")
        elif state.kind == FREE:
            text = self.tr("Ingen redigerar området just nu. Välj Försök igen för att öppna det för redigering.")
        else:
            text = self.tr(
                "Öppet för redigering av {user} på {host} sedan {time}. "
                "Du ser en skrivskyddad vy som uppdateras när filen ändras."
            ).format(
                user=holder.user if holder else "?",
                host=holder.host if holder else "?",
                time=when(holder.since if holder else ""),
            )
            if state.stale and holder is not None:
                text += "\n" + self.tr(
                    "{user} verkar inte ha programmet öppet längre (senaste livstecken {time})."
                ).format(user=holder.user, time=when(holder.heartbeat))
        self.set_message(text)
        self.take_over_button.setVisible(state.kind == OTHER and state.stale)
        self.merge_button.setVisible(state.kind == LOST and state.unsaved)
        self.setVisible(True)


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
