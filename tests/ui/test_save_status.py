"""The status bar's save indicator: a time alone means today; an earlier save carries its date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from routine_builder.domain import create_demo_workspace
from routine_builder.ui.i18n import apply_language
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.save_status import SaveStatus, saved_when
from tests.ui.test_main_window import open_window

SWEDISH_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober")
SWEDISH_MONTHS += ("november", "december")


@pytest.fixture(autouse=True)
def swedish(qapp: QApplication) -> None:
    """The app's language (and with it the month names) as the program starts it: Swedish."""
    assert apply_language(qapp, "sv")


@pytest.fixture
def status(qtbot: QtBot) -> SaveStatus:
    label = SaveStatus()
    qtbot.addWidget(label)
    return label


def test_a_save_today_shows_the_time_only(status: SaveStatus) -> None:
    now = dt.datetime.now().astimezone()
    status.show_loaded(now)
    assert status.text() == f"Senast sparat {now:%H:%M}"
    status.show_saved(now)
    assert status.text() == status.toolTip() == status.accessibleName() == f"Senast sparat {now:%H:%M}"


def test_an_earlier_save_this_year_shows_day_and_month(status: SaveStatus) -> None:
    today = dt.date.today()
    day = today - dt.timedelta(days=1) if today.timetuple().tm_yday > 1 else today + dt.timedelta(days=1)
    moment = dt.datetime(day.year, day.month, day.day, 13, 20).astimezone()
    status.show_loaded(moment)
    assert status.text() == f"Senast sparat {day.day} {SWEDISH_MONTHS[day.month - 1]} 13:20"


def test_a_save_in_another_year_shows_the_year(status: SaveStatus) -> None:
    moment = dt.datetime(dt.date.today().year - 1, 9, 3, 15, 20, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    local = moment.astimezone()
    status.show_loaded(moment)
    expected = f"{local.day} {SWEDISH_MONTHS[local.month - 1]} {local.year} {local:%H:%M}"
    assert status.text() == f"Senast sparat {expected}"
    assert saved_when(moment, today=dt.date(local.year, 12, 24)) == (f"{local.day} september", f"{local:%H:%M}")


def test_the_date_follows_the_language(qtbot: QtBot, status: SaveStatus) -> None:
    app = QApplication.instance()
    moment = dt.datetime(2025, 9, 3, 13, 20)  # no zone: shown as it is
    try:
        assert apply_language(app, "en")
        status.show_loaded(moment)
        assert status.text() == "Last saved 3 September 2025 at 13:20"
    finally:
        apply_language(app, "sv")
    qtbot.waitUntil(lambda: status.text() == "Senast sparat 3 september 2025 13:20")  # retranslated


def test_at_start_up_the_status_bar_dates_a_save_made_months_ago(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    workspace = create_demo_workspace(tmp_path / "demo")
    window = open_window(qtbot, settings, tmp_path / "data", workspace.root)
    window.area_list.select("boras")
    updated = workspace.load_area("boras").answer_set.updated_at
    assert updated is not None and updated.date() < dt.date.today()  # the demo's last save, long before today
    local = updated.astimezone()
    year = f" {local.year}" if local.year != dt.date.today().year else ""
    expected = f"Senast sparat {local.day} {SWEDISH_MONTHS[local.month - 1]}{year} {local:%H:%M}"
    qtbot.waitUntil(lambda: window.save_status.text() == expected)
