"""Both themes reach WCAG AA contrast, computed from the colours and measured on rendered controls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from routine_builder.ui.theme import CONTROL_MINIMUM, colours, contrast_pairs, contrast_ratio
from tests.ui.area_fixtures import app_theme, host


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_every_colour_pair_meets_wcag_aa(mode: str) -> None:
    too_low = [
        f"{what}: {contrast_ratio(fg, bg):.2f} < {minimum}"
        for what, fg, bg, minimum in contrast_pairs(mode)
        if contrast_ratio(fg, bg) < minimum
    ]
    assert too_low == []


def test_the_contrast_formula() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def best_contrast(image: QImage, background: str, *, x_range: range, y_range: range) -> float:
    """The highest contrast of any pixel in the region against the background colour."""
    best = 1.0
    for x in x_range:
        for y in y_range:
            best = max(best, contrast_ratio(image.pixelColor(x, y).name(), background))
    return best


def card_with(*widgets: QWidget) -> QFrame:
    card = QFrame()
    card.setObjectName("card")
    card.setAutoFillBackground(True)
    card.setStyleSheet("QFrame#card { background: palette(base); }")
    layout = QVBoxLayout(card)
    for widget in widgets:
        layout.addWidget(widget)
    return card


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_radio_buttons_and_check_boxes_stand_out_on_a_card(qtbot: QtBot, qapp: QApplication, mode: str) -> None:
    with app_theme(qapp, mode):
        radio, checked_radio, box = QRadioButton("Ja"), QRadioButton("Nej"), QCheckBox("Ej aktuellt")
        checked_radio.setAutoExclusive(False)
        checked_radio.setChecked(True)
        card = card_with(radio, checked_radio, box)
        host(qtbot, card, 300, 200)
        base = colours(mode)["base"]
        for widget in (radio, checked_radio, box):
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            element = QStyle.SubElement.SE_CheckBoxIndicator
            if isinstance(widget, QRadioButton):
                element = QStyle.SubElement.SE_RadioButtonIndicator
            rect = widget.style().subElementRect(element, option, widget)  # the ring, not the label
            image = widget.grab().toImage()
            xs, ys = range(rect.left(), rect.right() + 1), range(rect.top(), rect.bottom() + 1)
            ratio = best_contrast(image, base, x_range=xs, y_range=ys)
            assert ratio >= CONTROL_MINIMUM, (widget.text(), ratio)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_focus_ring_is_clearly_visible(qtbot: QtBot, qapp: QApplication, mode: str) -> None:
    with app_theme(qapp, mode):
        button, box = QPushButton("Lägg till rad"), QCheckBox("Ej aktuellt")
        card = card_with(button, box)
        host(qtbot, card, 300, 200)
        accent, base = QColor(colours(mode)["accent"]), colours(mode)["base"]
        for widget in (button, box):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(widget.hasFocus)
            image = card.grab().toImage()
            top_left = widget.geometry().topLeft()
            ring = [image.pixelColor(top_left.x() + x, top_left.y() + widget.height() // 2) for x in range(0, 5)]
            assert accent in ring, (widget.text(), [c.name() for c in ring])
            assert contrast_ratio(accent.name(), base) >= CONTROL_MINIMUM


def indicator_image(widget: QCheckBox | QRadioButton) -> QImage:
    """The drawn indicator of a check box or radio button (without its label)."""
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    element = QStyle.SubElement.SE_CheckBoxIndicator
    if isinstance(widget, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonIndicator
    rect = widget.style().subElementRect(element, option, widget)
    return widget.grab().toImage().copy(rect)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_a_read_only_answer_still_shows_what_is_ticked(qtbot: QtBot, qapp: QApplication, mode: str) -> None:
    """A locked (disabled) choice must still show whether it is chosen: the read-only view shows answers."""
    with app_theme(qapp, mode):
        widgets = [QCheckBox("BMM"), QCheckBox("BMM"), QRadioButton("Ja"), QRadioButton("Ja")]
        for widget in widgets:
            if isinstance(widget, QRadioButton):
                widget.setAutoExclusive(False)
        widgets[1].setChecked(True)
        widgets[3].setChecked(True)
        card = card_with(*widgets)
        host(qtbot, card, 300, 200)
        for widget in widgets:
            widget.setEnabled(False)
        qapp.processEvents()
        assert indicator_image(widgets[0]) != indicator_image(widgets[1]), "check box"
        assert indicator_image(widgets[2]) != indicator_image(widgets[3]), "radio button"
