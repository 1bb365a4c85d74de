"""The user's preferences: language, theme and how soon after typing the answers are saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from routine_builder.ui import i18n, theme
from routine_builder.ui.settings import AUTOSAVE_DELAY_MS, LANGUAGE, THEME, Settings

MIN_DELAY_S = 0.5
MAX_DELAY_S = 30.0


class SettingsDialog(QDialog):
    """Edit the preferences; on accept they are stored and the language and theme apply at once."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Inställningar"))
        self.setMinimumWidth(440)

        self.language_combo = QComboBox()
        # Each language is named in itself, so that it can be found whatever the current language is.
        self.language_combo.addItem("Svenska", "sv")
        self.language_combo.addItem("English", "en")
        self.language_combo.setAccessibleName(self.tr("Språk"))
        self.language_combo.setAccessibleDescription(self.tr("Språket i programmets menyer och dialoger"))
        self._select(self.language_combo, settings.get(LANGUAGE))

        self.theme_combo = QComboBox()
        self.theme_combo.addItem(self.tr("Systemets"), "system")
        self.theme_combo.addItem(self.tr("Ljust"), "light")
        self.theme_combo.addItem(self.tr("Mörkt"), "dark")
        self.theme_combo.setAccessibleName(self.tr("Utseende"))
        self.theme_combo.setAccessibleDescription(self.tr("Ljust eller mörkt utseende, eller samma som datorn"))
        self._select(self.theme_combo, settings.get(THEME))

        self.delay_spin = QDoubleSpinBox()
        self.delay_spin.setRange(MIN_DELAY_S, MAX_DELAY_S)
        self.delay_spin.setSingleStep(0.5)
        self.delay_spin.setDecimals(1)
        self.delay_spin.setSuffix(self.tr(" sekunder"))
        self.delay_spin.setValue(settings.get(AUTOSAVE_DELAY_MS) / 1000)
        self.delay_spin.setAccessibleName(self.tr("Spara automatiskt efter"))
        self.delay_spin.setAccessibleDescription(
            self.tr("Hur länge efter att du slutat skriva som svaren sparas automatiskt")
        )

        form = QFormLayout()
        form.setVerticalSpacing(10)
        for text, widget in (
            (self.tr("&Språk:"), self.language_combo),
            (self.tr("&Utseende:"), self.theme_combo),
            (self.tr("Spara &automatiskt efter:"), self.delay_spin),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

        hint = QLabel(
            self.tr(
                "Svaren sparas också när du lämnar ett fält, byter område och stänger programmet. "
                "Språk och utseende byts direkt."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.language_combo.setFocus()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def language(self) -> str:
        """The chosen language code ("sv" or "en")."""
        return self.language_combo.currentData()

    def theme_mode(self) -> str:
        """The chosen theme ("system", "light" or "dark")."""
        return self.theme_combo.currentData()

    def autosave_delay_ms(self) -> int:
        """The chosen autosave delay in milliseconds."""
        return round(self.delay_spin.value() * 1000)

    def accept(self) -> None:
        """Store the preferences, then apply language and theme to the running app."""
        self._settings.set(LANGUAGE, self.language())
        self._settings.set(THEME, self.theme_mode())
        self._settings.set(AUTOSAVE_DELAY_MS, self.autosave_delay_ms())
        self._settings.sync()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.apply_language(app, self.language())
            theme.apply_theme(app, self.theme_mode())
        super().accept()
