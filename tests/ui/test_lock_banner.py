"""The lock banner's texts and buttons, and the take-over confirmation."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from routine_builder.domain.locks import LockInfo
from routine_builder.ui.area.lock_state import FREE, LOST, OTHER, LockState
from routine_builder.ui.banners.lock_banner import LockBanner
from routine_builder.ui.dialogs.take_over_dialog import TakeOverDialog
from tests.ui.area_fixtures import host


def _info(minutes_ago: int) -> LockInfo:
    now = dt.datetime.now().astimezone().replace(microsecond=0)
    since = (now - dt.timedelta(hours=1)).isoformat()
    beat = (now - dt.timedelta(minutes=minutes_ago)).isoformat()
    return LockInfo("bertil", "PC-7", 42, since, beat, "t")


def test_someone_else_holding_the_area(qtbot: QtBot) -> None:
    banner = LockBanner()
    host(qtbot, banner, 800, 120)
    holder = _info(0)
    banner.show_state(LockState(OTHER, holder))
    since = dt.datetime.fromisoformat(holder.since).strftime("%H:%M")
    assert (
        banner.message.text()
        == (
            f"Öppet för redigering av bertil på PC-7 sedan {since}. "
            "Du ser en skrivskyddad vy som uppdateras när filen ändras."
        )
        or dt.datetime.fromisoformat(holder.since).date() != dt.date.today()
    )
    assert banner.isVisible() and banner.retry_button.isVisible()
    assert not banner.take_over_button.isVisible() and not banner.merge_button.isVisible()


def test_a_stale_holder_can_be_taken_over(qtbot: QtBot) -> None:
    banner = LockBanner()
    host(qtbot, banner, 800, 120)
    banner.show_state(LockState(OTHER, _info(30)))
    assert "bertil verkar inte ha programmet öppet längre" in banner.message.text()
    assert banner.take_over_button.isVisible()
    with qtbot.waitSignal(banner.take_over_requested):
        banner.take_over_button.click()


def test_lost_and_free_states(qtbot: QtBot) -> None:
    banner = LockBanner()
    host(qtbot, banner, 800, 120)
    banner.show_state(LockState(LOST, _info(0), unsaved=True))
    assert banner.message.text().startswith("Området har tagits över av bertil på PC-7.")
    assert banner.merge_button.isVisible()
    banner.show_state(LockState(FREE))
    assert "Ingen redigerar området just nu" in banner.message.text() and not banner.merge_button.isVisible()
    banner.show_state(None)
    assert not banner.isVisible()


def test_the_take_over_question(qtbot: QtBot) -> None:
    dialog = TakeOverDialog(_info(30))
    qtbot.addWidget(dialog)
    beat = dt.datetime.fromisoformat(_info(30).heartbeat).strftime("%H:%M")
    assert (
        dialog.message.text().startswith(
            f"bertil verkar inte ha programmet öppet längre (senaste livstecken {beat}). Ta över området?"
        )
        or dt.datetime.fromisoformat(_info(30).heartbeat).date() != dt.date.today()
    )
    assert dialog.cancel_button.isDefault()
