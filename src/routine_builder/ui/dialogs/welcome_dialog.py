"""The welcome shown on first start: what the program is for, and the three ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

EXPLORE, NEW_WORKSPACE, OPEN_WORKSPACE = "explore", "new", "open"


class WelcomeDialog(QDialog):
    """Explains the program in a few sentences; :attr:`choice` says how the user wants to begin."""

    def __init__(self, *, demo_open: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Välkommen till Routine Builder"))
        self.choice = EXPLORE
        heading = QLabel(self.tr("Välkommen till Routine Builder"))
        heading.setProperty("role", "heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        about = QLabel(
            self.tr(
                "Här skriver nyckelgruppen i ert samverkansområde den lokala rutinen för samverkan vid oro för "
                "väntat barn. Ni svarar på frågeunderlaget avsnitt för avsnitt, med hjälptext och en sammanfattning "
                "av riktlinjen bredvid varje fråga (det medföljande underlaget är en rekonstruktion, inte "
                "regionens eget). Svaren sparas automatiskt, och rutinen kan sedan "
                "exporteras som ett Word-dokument."
            )
        )
        demo = QLabel(
            self.tr(
                "Det som visas nu är en demo med påhittade områden och svar. Titta gärna runt i den: "
                "ingenting ni gör där påverkar något annat."
            )
            if demo_open
            else ""
        )
        start = QLabel(
            self.tr(
                "För ert eget arbete skapar ni en arbetsyta, en vanlig mapp, gärna på en delad nätverksenhet "
                "så att hela nyckelgruppen når den. Har någon redan skapat en, öppnar ni den i stället."
            )
        )
        for label in (about, demo, start):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        demo.setVisible(demo_open)
        demo.setProperty("role", "note")
        self.buttons = QDialogButtonBox(self)
        self.explore_button = self._button(self.tr("&Utforska demon"), EXPLORE)
        self.new_button = self._button(self.tr("&Skapa en ny arbetsyta…"), NEW_WORKSPACE)
        self.open_button = self._button(self.tr("Ö&ppna en arbetsyta…"), OPEN_WORKSPACE)
        self.explore_button.setDefault(True)
        if not demo_open:
            self.explore_button.setText(self.tr("&Stäng"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (heading, about, demo, start):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.resize(620, 320)
        self.explore_button.setFocus()

    def _button(self, text: str, choice: str) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
