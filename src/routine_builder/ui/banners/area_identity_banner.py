"""A banner for an answers file whose area id is not its folder's name (a copied area folder).

The folder is the area's identity: the app opens, locks and saves the folder it opened. The banner
says so and offers to write the folder's name into the file, which ends the mismatch.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from routine_builder.ui.banners.banner import Banner


class AreaIdentityBanner(Banner):
    """Shown while the file states another area id than the folder's; ``fix_requested`` writes the folder's."""

    fix_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("areaIdentityBanner", "notice", parent)
        self.fix_button = self.add_button("fixAreaIdButton")
        self.fix_button.clicked.connect(self.fix_requested)
        self._folder = self._stated = ""
        self._editable = True
        self.retranslate()

    def retranslate(self) -> None:
        self.fix_button.setText(self.tr("Rätta svarsfilen"))
        self.fix_button.setToolTip(self.tr("Skriv mappens namn som områdets id i svarsfilen"))
        self.show_mismatch(self._folder, self._stated, editable=self._editable)

    def show_mismatch(self, folder: str, stated: str, *, editable: bool = True) -> None:
        """Show the mismatch (hide when ``stated`` is empty)."""
        self._folder = folder
        self._stated = stated
        self._editable = editable
        if not stated:
            self.setVisible(False)
            return
        self.set_message(
            self.tr(
                "Svarsfilen i mappen {folder} anger området ”{stated}” – troligen är mappen en kopia. Programmet "
                "arbetar med mappen {folder} och sparar bara där."
            ).format(folder=folder, stated=stated)
        )
        self.fix_button.setVisible(editable)
        self.setVisible(True)
