"""The settings dialog: values are stored, the language and theme apply at once."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from routine_builder.domain.answers import DocumentInfo
from routine_builder.ui import i18n, theme
from routine_builder.ui.dialogs.document_data_dialog import DocumentDataDialog
from routine_builder.ui.dialogs.settings_dialog import SettingsDialog
from routine_builder.ui.settings import AUTOSAVE_DELAY_MS, LANGUAGE, THEME, Settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def restore_app(qapp: QApplication) -> Iterator[QApplication]:
    """Put language, locale, style and palette back, so that no other test sees English or dark."""
    style = qapp.style().name() or "Fusion"  # a style sheet hides the style's name behind its own
    palette, sheet, locale = QPalette(qapp.palette()), qapp.styleSheet(), QLocale()
    yield qapp
    i18n.install_translators(qapp, "sv")
    QLocale.setDefault(locale)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


@pytest.fixture(scope="module")
def built_translations() -> None:
    if not i18n.app_translation_file("en").is_file():
        subprocess.run([sys.executable, str(REPO / "tools" / "i18n.py"), "build"], check=True)


def test_shows_the_stored_values(qtbot, settings: Settings) -> None:
    settings.set(LANGUAGE, "en")
    settings.set(THEME, "dark")
    settings.set(AUTOSAVE_DELAY_MS, 3000)
    dlg = SettingsDialog(settings)
    qtbot.addWidget(dlg)
    assert (dlg.language(), dlg.theme_mode(), dlg.autosave_delay_ms()) == ("en", "dark", 3000)
    assert dlg.language_combo.currentText() == "English"
    for widget in (dlg.language_combo, dlg.theme_combo, dlg.delay_spin):
        assert widget.accessibleName() and widget.accessibleDescription()


def test_cancel_changes_nothing(qtbot, settings: Settings, restore_app) -> None:
    dlg = SettingsDialog(settings)
    qtbot.addWidget(dlg)
    dlg.language_combo.setCurrentIndex(1)
    dlg.reject()
    assert settings.get(LANGUAGE) == "sv"


def test_switch_to_english_and_dark(qtbot, settings: Settings, restore_app, built_translations) -> None:
    dlg = SettingsDialog(settings)
    qtbot.addWidget(dlg)
    dlg.language_combo.setCurrentIndex(dlg.language_combo.findData("en"))
    dlg.theme_combo.setCurrentIndex(dlg.theme_combo.findData("dark"))
    dlg.delay_spin.setValue(2.5)
    dlg.buttons.accepted.emit()
    assert (settings.get(LANGUAGE), settings.get(THEME), settings.get(AUTOSAVE_DELAY_MS)) == ("en", "dark", 2500)
    assert "focus" in restore_app.styleSheet()
    assert restore_app.palette().color(QPalette.ColorRole.Window).lightness() < 80

    english = DocumentDataDialog(DocumentInfo())
    qtbot.addWidget(english)
    assert english.windowTitle() == "Document details"
    assert english.status_combo.itemText(2) == "Under revision"  # "Adopted" is set by Fastställ…, not offered here
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.windowTitle() == "Settings"

    i18n.apply_language(restore_app, "sv")
    swedish = DocumentDataDialog(DocumentInfo())
    qtbot.addWidget(swedish)
    assert swedish.windowTitle() == "Dokumentuppgifter"


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_theme_palettes_have_enough_contrast(qapp, mode: str) -> None:
    palette = theme.build_palette(mode)
    role = QPalette.ColorRole
    for fg, bg in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.Link, role.Base),
    ):
        assert _contrast(palette.color(fg), palette.color(bg)) >= 4.5, (mode, fg, bg)
    muted = palette.color(QPalette.ColorGroup.Disabled, role.Text)
    assert _contrast(muted, palette.color(role.Window)) >= 4.5
    assert "focus" in theme.stylesheet(mode)
