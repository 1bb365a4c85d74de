"""The About dialog: what the program is for, its version and licence, and the Qt it runs on."""

from __future__ import annotations

import html

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

import routine_builder
from routine_builder import APP_NAME

LICENCE = "MIT"


def about_text() -> str:
    """The dialog's text as rich text (name, version, purpose, licence, Qt and PySide6 versions)."""
    translate = QCoreApplication.translate
    purpose = translate(
        "AboutDialog",
        "Hjälper kommuner och region i Västra Götaland att skriva lokala rutiner för samverkan "
        "vid oro för väntat barn, utifrån den länsgemensamma riktlinjen.",
    )
    version = translate("AboutDialog", "Version {0}").format(routine_builder.__version__)  # looked up now, not at start
    licence = translate("AboutDialog", "Fri programvara under licensen {0}.").format(LICENCE)
    runtime = translate("AboutDialog", "Byggt med Qt {0} och PySide6 {1}.").format(qVersion(), PySide6.__version__)
    return (
        f"<h3>{html.escape(APP_NAME)}</h3>"
        f"<p>{html.escape(version)}</p>"
        f"<p>{html.escape(purpose)}</p>"
        f"<p>{html.escape(licence)}<br>{html.escape(runtime)}</p>"
    )


def build_about(parent: QWidget | None) -> QMessageBox:
    """The About box, not yet shown."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("AboutDialog", "Om {0}").format(APP_NAME))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setIcon(QMessageBox.Icon.Information)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return box


def show_about(parent: QWidget | None) -> None:
    """Show the About box modally."""
    build_about(parent).exec()
