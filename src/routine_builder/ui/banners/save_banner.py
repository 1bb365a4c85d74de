"""A banner above the form when a save did not go through: why, that the text is kept, and what to do.

Two cases: the save failed (folder gone, read-only drive; it is retried by itself), or someone else
changed the same questions and the user has not yet chosen between the answers (autosave waits).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from routine_builder.ui.banners.banner import Banner


class SaveBanner(Banner):
    """Hidden while saving works; shown with the reason when it does not."""

    retry_requested = Signal()
    merge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("saveBanner", "error", parent)
        self.retry_button = self.add_button("retryButton")
        self.retry_button.clicked.connect(self.retry_requested)
        self.merge_button = self.add_button("mergeButton")
        self.merge_button.clicked.connect(self.merge_requested)
        self._reason = ""
        self._merge = False
        self.retranslate()

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Försök igen"))
        self.merge_button.setText(self.tr("Jämför och välj…"))
        self.merge_button.setToolTip(self.tr("Se dina och deras svar sida vid sida och välj vilka som ska gälla"))
        if self._reason:
            self._show_text()

    def _show_text(self) -> None:
        if self._merge:
            text = (
                self.tr("Inte sparat: {reason}.").format(reason=self._reason)
                + "\n"
                + self.tr("Dina svar finns kvar här. Inget sparas automatiskt förrän du har valt.")
            )
        else:
            text = (
                self.tr("Kunde inte spara: {reason}").format(reason=self._reason)
                + "\n"
                + self.tr(
                    "Dina svar finns kvar i programmet och i återställningsfilen och sparas så fort det går igen."
                )
            )
        self.set_message(text)

    def show_failure(self, reason: str) -> None:
        """Show why saving failed (it is retried by itself)."""
        self._show(reason, merge=False)

    def show_merge_pending(self, reason: str) -> None:
        """Someone else changed the same questions; the user has not chosen yet."""
        self._show(reason, merge=True)

    def _show(self, reason: str, *, merge: bool) -> None:
        self._reason = reason
        self._merge = merge
        self.merge_button.setVisible(merge)
        self.retry_button.setVisible(not merge)
        self._show_text()
        self.setVisible(True)

    def clear(self) -> None:
        """Hide the banner (the area was saved)."""
        self._reason = ""
        self.setVisible(False)
