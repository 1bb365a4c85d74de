"""A calm notice when an adopted routine is changed: the change starts a revision, nothing is blocked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from routine_builder.ui.banners.banner import Banner


class RevisionBanner(Banner):
    """Shown once, at the first change after adoption; "Jämför" shows what changed since the adopted version."""

    compare_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("revisionBanner", "info", parent)
        self.compare_button = self.add_button("compareAdoptedButton")
        self.close_button = self.add_button("closeRevisionButton")
        self.compare_button.clicked.connect(self._compare)
        self.close_button.clicked.connect(self.clear)
        self._number: int | None = None
        self.retranslate()

    def _compare(self) -> None:
        if self._number:
            self.compare_requested.emit(self._number)

    def retranslate(self) -> None:
        self.compare_button.setText(self.tr("Jämför med den fastställda"))
        self.close_button.setText(self.tr("Uppfattat"))
        if self.isVisible():
            self._show_text()

    def _show_text(self) -> None:
        if self._number is not None:
            text = self.tr(
                "Rutinen är fastställd som version {number}. Det du ändrar blir ett nytt utkast under revidering."
            ).format(number=self._number)
        else:
            text = self.tr("Rutinen är fastställd. Det du ändrar blir ett nytt utkast under revidering.")
        self.set_message(
            text + " " + self.tr("Den fastställda versionen finns kvar och kan exporteras under Versioner.")
        )

    def show_revision(self, number: int | None) -> None:
        """Say that the change just made starts a revision of adopted version ``number``."""
        self._number = number
        self.compare_button.setVisible(number is not None)
        self._show_text()
        self.setVisible(True)

    def clear(self) -> None:
        """Hide the notice."""
        self.setVisible(False)
