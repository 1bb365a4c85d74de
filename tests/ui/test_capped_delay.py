"""Autosave and the recovery file have a ceiling: typing that never pauses is still saved."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from routine_builder.domain import Answer, Workspace
from routine_builder.domain.operations import set_answer
from routine_builder.domain.recovery import RecoveryStore
from routine_builder.ui import settings as options
from routine_builder.ui.area.area_session import AreaSession
from routine_builder.ui.capped_delay import CappedDelay
from routine_builder.ui.settings import Settings


def test_requests_push_the_run_back_but_never_past_the_ceiling(qapp) -> None:
    now = [100.0]
    delay = CappedDelay(delay_ms=400, ceiling_ms=1500, clock=lambda: now[0], parent=qapp)
    delay.request()
    assert delay.pending and delay.interval_ms() == 400
    for step in range(1, 6):  # a keystroke every 200 ms
        now[0] = 100.0 + step * 0.2
        delay.request()
        assert delay.interval_ms() == 400
    now[0] = 101.3
    delay.request()
    assert delay.interval_ms() == 200, "200 ms are left until the ceiling"
    now[0] = 101.6
    delay.request()
    assert delay.interval_ms() == 0, "past the ceiling: run at once"
    delay.stop()
    now[0] = 105.0
    delay.request()
    assert delay.interval_ms() == 400, "after a run (or stop) the next request starts a new batch"


def _type_steadily(qtbot: QtBot, session: AreaSession, *, every_ms: int, count: int) -> list[str]:
    typed: list[str] = []

    def key() -> None:
        typed.append("x")
        text = "".join(typed)
        session.apply(set_answer(session.answer_set, question_id="lang", answer=Answer(text)), merge_key="lang")
        if len(typed) < count:
            QTimer.singleShot(every_ms, key)

    key()
    qtbot.waitUntil(lambda: len(typed) == count, timeout=count * every_ms * 10)
    return typed


def test_steady_typing_is_autosaved_before_it_pauses(
    qtbot: QtBot, qapp, workspace: Workspace, settings: Settings, recovery: RecoveryStore
) -> None:
    settings.set(options.AUTOSAVE_DELAY_MS, 400)  # longer than the pause between keys
    session = AreaSession(
        workspace,
        workspace.load_area("norr"),
        settings=settings,
        recovery=recovery,
        autosave_ceiling_ms=600,
        parent=qapp,  # ended with the application, never by the interpreter's last collection
    )
    saves: list[object] = []
    session.saved.connect(saves.append)
    _type_steadily(qtbot, session, every_ms=50, count=40)  # two seconds, never a pause of 400 ms
    assert len(saves) >= 2, "autosave ran during the typing, at the ceiling"
    assert "xxxxxxxxxx" in workspace.answers_path("norr").read_text(encoding="utf-8")
