"""As an ordinary user (not root): a read-only workspace, a read-only file, an unreadable areas/ folder.

Each gets one Swedish sentence naming the place and the reason, and nothing on disk changes.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.helpers.builders import make_workspace
from tests.helpers.system import OtherUser, files_under, other_user

_SAVE = textwrap.dedent(
    """
    import sys
    from routine_builder.domain import Answer, Workspace
    from routine_builder.domain.locks import AreaLock
    from routine_builder.errors import RoutineBuilderError
    workspace = Workspace.open(sys.argv[1])
    for step in sys.argv[2:]:
        try:
            if step == "save":
                loaded = workspace.load_area("norr")
                qid = next(q.id for q in workspace.question_set.questions() if q.type == "longtext")
                answers = loaded.answer_set.with_answer(qid, Answer("ny text"))
                workspace.save_area(answers, expected_digest=loaded.digest)
            elif step == "lock":
                AreaLock.acquire(workspace.area_dir("norr"), user="anna")
            print(step + ": ok")
        except RoutineBuilderError as exc:
            print(step + ": " + exc.message)
    """
)


@pytest.fixture(scope="module")
def user() -> OtherUser:
    return other_user()


def _workspace(user: OtherUser, name: str) -> Path:
    root = user.folder(name) / "ws"
    make_workspace(root, ("norr", "syd"))
    user.own(root.parent)
    return root


def test_a_read_only_workspace(user: OtherUser) -> None:
    root = _workspace(user, "skrivskyddad")
    user.make_read_only(root)
    before = {p: (root / p).read_bytes() for p in files_under(root) if (root / p).is_file()}

    result = user.run("-m", "routine_builder", "validate", str(root))
    assert result.returncode == 1 and "norr" in result.stdout, result.stderr  # reading works

    script = user.folder("skript") / "save.py"
    script.write_text(_SAVE, encoding="utf-8")
    result = user.run(str(script), str(root), "save", "lock")
    answers, lock = root / "areas" / "norr" / "answers.yaml", root / "areas" / "norr" / ".lock"
    assert result.stdout.splitlines() == [
        f"save: {answers}: kunde inte sparas (åtkomst nekad)",
        f"lock: {lock}: låsfilen kunde inte skapas (åtkomst nekad)",
    ], result.stderr

    result = user.run("-m", "routine_builder", "snapshot", str(root), "--area", "norr", "-m", "Version")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"routine-builder: {root / 'areas' / 'norr' / 'versions'}: versionen kunde inte sparas (åtkomst nekad)."
    )

    result = user.run("-m", "routine_builder", "init", str(root / "ny"), "--demo")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"routine-builder: {root / 'ny'}: demo-arbetsytan kunde inte skapas (åtkomst nekad); inget lämnades kvar."
    )
    assert {p: (root / p).read_bytes() for p in files_under(root) if (root / p).is_file()} == before


def test_a_read_only_answers_file(user: OtherUser) -> None:
    root = _workspace(user, "skrivskyddad-fil")
    answers = root / "areas" / "norr" / "answers.yaml"
    user.make_read_only(answers)
    before = answers.read_bytes()
    script = user.folder("skript") / "save.py"
    script.write_text(_SAVE, encoding="utf-8")
    result = user.run(str(script), str(root), "save")
    assert result.stdout.strip() == f"save: {answers}: kunde inte sparas: filen är skrivskyddad (åtkomst nekad)"
    assert answers.read_bytes() == before
    assert sorted(p.name for p in answers.parent.iterdir()) == ["answers.yaml"]


def test_an_unreadable_areas_folder(user: OtherUser) -> None:
    root = _workspace(user, "olasbar")
    areas = root / "areas"
    user.make_unreadable(areas)  # rights removed on the share
    expected = f"routine-builder: {areas}: områdena kan inte läsas (åtkomst nekad)."
    for command in (
        ["validate", str(root)],
        ["export", str(root), "--all", "--draft", "-o", str(user.folder("ut"))],
        ["versions", str(root), "--area", "norr"],
    ):
        result = user.run("-m", "routine_builder", *command)
        assert result.returncode == 2, (command, result.stderr)
        if command[0] == "versions":
            assert result.stderr.strip().startswith("routine-builder: ") and "åtkomst nekad" in result.stderr
        else:
            assert result.stderr.strip() == expected, (command, result.stderr)
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_the_app_starts_with_an_unreadable_areas_folder(user: OtherUser) -> None:
    """The desktop app in a real process as the user: it starts, shows the window, and exits cleanly."""
    root = _workspace(user, "olasbar-app")
    user.make_unreadable(root / "areas")
    result = user.run(
        "-c",
        "import os, sys; os.environ['ROUTINE_BUILDER_SMOKE'] = '1'; os.environ['ROUTINE_BUILDER_SMOKE_DELAY_MS'] = "
        "'500'; from routine_builder.cli import main; sys.exit(main(['gui', sys.argv[1]]))",
        str(root),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "main window shown" in result.stdout
    assert "Traceback" not in result.stderr
