"""A banner for conflict copies that a sync tool left beside the answers file: merge them, or archive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from routine_builder.ui.banners.banner import Banner


class ConflictCopyBanner(Banner):
    """Names the oldest conflict copy; ``merge_requested(path)`` / ``archive_requested(path)``."""

    merge_requested = Signal(object)
    archive_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("conflictCopyBanner", "notice", parent)
        self.merge_button = self.add_button("mergeCopyButton")
        self.merge_button.clicked.connect(lambda: self._ask_for_first(self.merge_requested))
        self.archive_button = self.add_button("archiveCopyButton")
        self.archive_button.clicked.connect(lambda: self._ask_for_first(self.archive_requested))
        self.copies: list[Path] = []
        self.retranslate()

    def _ask_for_first(self, request: SignalInstance) -> None:
        if self.copies:
            request.emit(self.copies[0])

    def retranslate(self) -> None:
        self.merge_button.setText(self.tr("Jämför och slå ihop…"))
        self.archive_button.setText(self.tr("Arkivera utan att slå ihop"))
        self.archive_button.setToolTip(self.tr("Flytta kopian till områdets arkivmapp; den raderas inte"))
        self.show_copies(self.copies)

    def show_copies(self, copies: list[Path]) -> None:
        """Show the first copy (and how many more there are); hide when there are none."""
        self.copies = list(copies)
        if not copies:
            self.setVisible(False)
            return
        text = self.tr("Det finns en konfliktkopia från en synkroniseringstjänst: {name}").format(name=copies[0].name)
        if len(copies) > 1:
            text += " " + self.tr("(och {count} till)").format(count=len(copies) - 1)
        self.set_message(text)
        self.setVisible(True)
