"""The banner shown while someone else has the area open (or took it over)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from routine_builder.domain.locks import LockInfo
from routine_builder.ui.area.lock_state import FREE, LOST, OTHER, LockState, when
from routine_builder.ui.banners.banner import Banner


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
