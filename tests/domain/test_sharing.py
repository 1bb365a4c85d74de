"""Working on a shared drive: locks between real processes, merging saves, conflict copies."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routine_builder.domain import Answer, Workspace
from routine_builder.domain.conflict_copies import archive_conflict_copy, find_conflict_copies
from routine_builder.domain.locks import LOCK_NAME, AreaLock, LockedError, read_lock
from routine_builder.domain.merge import merge
from routine_builder.domain.sync import save_or_merge, save_resolved
from routine_builder.domain.validate import validate_workspace
from tests.helpers.builders import make_workspace
from tests.helpers.processes import run_together

_OPENER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from routine_builder.domain.locks import AreaLock, LockedError
    area, go = Path(sys.argv[1]), Path(sys.argv[2])
    while not go.exists():
        time.sleep(0.001)
    try:
        lock = AreaLock.acquire(area, user=sys.argv[3])
        print("won", flush=True)
        sys.stdin.read()
        lock.release()
    except LockedError as exc:
        print("lost:" + exc.holder.user, flush=True)
    """
)


def test_simultaneous_open_has_exactly_one_winner(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    area = workspace.area_dir("norr")
    script = tmp_path / "opener.py"
    script.write_text(_OPENER, encoding="utf-8")
    for attempt in range(5):
        go = tmp_path / f"go{attempt}"
        procs = [
            subprocess.Popen(
                [sys.executable, str(script), str(area), str(go), f"user{i}"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for i in range(3)
        ]
        time.sleep(0.3)  # let all three reach the starting line
        go.touch()
        answers = [p.stdout.readline().strip() for p in procs if p.stdout is not None]
        assert sorted(a.split(":")[0] for a in answers) == ["lost", "lost", "won"], answers
        winner = f"user{[a for a in answers].index('won')}"
        assert all(a == f"lost:{winner}" for a in answers if a != "won")
        for p in procs:
            p.communicate("")
        assert read_lock(area) is None, "the winner released its lock on close"


def test_stale_lock_is_taken_over_only_when_asked(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    area = workspace.area_dir("norr")
    old = (dt.datetime.now().astimezone() - dt.timedelta(minutes=30)).isoformat()
    (area / LOCK_NAME).write_text(
        json.dumps({"user": "bertil", "host": "PC-7", "pid": 1, "since": old, "heartbeat": old, "token": "t"}),
        encoding="utf-8",
    )
    with pytest.raises(LockedError, match="bertil på PC-7"):
        AreaLock.acquire(area)
    report = validate_workspace(workspace.root)
    assert any("inaktuellt lås" in p for p in report.areas[0].problems)
    lock = AreaLock.acquire(area, take_over_stale=True, user="anna")
    assert read_lock(area).user == "anna"
    assert lock.refresh()
    fresh = AreaLock  # a fresh lock is never taken over
    with pytest.raises(LockedError):
        fresh.acquire(area, take_over_stale=True)
    lock.release()
    assert read_lock(area) is None


def _longtexts(workspace: Workspace, count: int) -> list[str]:
    return [q.id for q in workspace.question_set.questions() if q.type == "longtext"][:count]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    steps=st.lists(st.tuples(st.sampled_from("ab"), st.sampled_from(["edit", "save"]), st.integers(0, 3)), max_size=25)
)
def test_interleaved_edits_never_lose_a_saved_change(tmp_path_factory: pytest.TempPathFactory, steps) -> None:
    workspace = make_workspace(tmp_path_factory.mktemp("ws"))
    questions = _longtexts(workspace, 4)
    base = {c: workspace.load_area("norr") for c in "ab"}
    mine = {c: base[c].answer_set for c in "ab"}
    edited: dict[str, set[str]] = {"a": set(), "b": set()}
    expected: dict[str, str] = {}
    counter = 0
    for client, action, index in steps:
        if action == "edit":
            counter += 1
            qid = questions[index]
            mine[client] = mine[client].with_answer(qid, Answer(f"{client}{counter}"))
            edited[client].add(qid)
            continue
        outcome = save_or_merge(workspace, base=base[client], mine=mine[client])
        if outcome.pending is not None:  # a true conflict: this user keeps their own text
            outcome = save_resolved(
                workspace, outcome=outcome, choices={c.key: "mine" for c in outcome.pending.conflicts}
            )
        assert outcome.saved is not None
        for qid in edited[client]:
            expected[qid] = mine[client].answers[qid].value
        edited[client].clear()
        base[client] = outcome.saved
        mine[client] = outcome.saved.answer_set
        on_disk = workspace.load_area("norr").answer_set.answers
        for qid, value in expected.items():
            assert on_disk[qid].value == value, (qid, steps)


_CHILD_SAVER = textwrap.dedent(
    """
    import sys
    from routine_builder.domain import Answer, Workspace
    from routine_builder.domain.sync import save_or_merge
    ws = Workspace.open(sys.argv[1])
    base = ws.load_area("norr")
    print("loaded", flush=True)
    sys.stdin.readline()
    outcome = save_or_merge(ws, base=base, mine=base.answer_set.with_answer(sys.argv[2], Answer("från process B")))
    print("saved" if outcome.saved else "conflict", flush=True)
    """
)


def test_two_processes_edit_different_questions(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    q1, q2 = _longtexts(workspace, 2)
    script = tmp_path / "saver.py"
    script.write_text(_CHILD_SAVER, encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(script), str(workspace.root), q2], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == "loaded"
    base = workspace.load_area("norr")
    mine = save_or_merge(workspace, base=base, mine=base.answer_set.with_answer(q1, Answer("från process A")))
    assert mine.saved is not None
    child.stdin.write("go\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "saved"
    child.communicate()
    answers = workspace.load_area("norr").answer_set.answers
    assert answers[q1].value == "från process A"
    assert answers[q2].value == "från process B"


def test_merge_reports_true_conflicts_only(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    q1, q2, q3 = _longtexts(workspace, 3)
    base = workspace.load_area("norr").answer_set.with_answer(q3, Answer("bas"))
    mine = base.with_answer(q1, Answer("min")).with_answer(q3, Answer("min tre"))
    theirs = base.with_answer(q2, Answer("deras")).with_answer(q3, Answer("deras tre"))
    result = merge(base, mine, theirs)
    assert [c.key for c in result.conflicts] == [q3]
    assert result.merged.answers[q1].value == "min"
    assert result.merged.answers[q2].value == "deras"
    assert result.resolve({q3: "theirs"}).answers[q3].value == "deras tre"


def test_conflict_copies_are_found_reported_and_archived(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    area = workspace.area_dir("norr")
    original = workspace.answers_path("norr").read_text(encoding="utf-8")
    for name in ("answers-PC123.yaml", "answers (1).yaml", "answers-conflict-20261122.yaml"):
        (area / name).write_text(original, encoding="utf-8")
    copies = find_conflict_copies(area)
    assert sorted(p.name for p in copies) == [
        "answers (1).yaml",
        "answers-PC123.yaml",
        "answers-conflict-20261122.yaml",
    ]
    report = validate_workspace(workspace.root)
    assert sum("konfliktkopia" in p for p in report.areas[0].problems) == 3
    archived = archive_conflict_copy(copies[0])
    assert archived.parent.name == "archive" and archived.read_text(encoding="utf-8") == original
    assert len(find_conflict_copies(area)) == 2


def test_read_only_folder_then_writable_again(tmp_path: Path) -> None:
    """A save into a vanished folder fails without losing anything and succeeds once it is back."""
    workspace = make_workspace(tmp_path / "ws")
    loaded = workspace.load_area("norr")
    qid = _longtexts(workspace, 1)[0]
    edited = loaded.answer_set.with_answer(qid, Answer("skrivet när nätet var borta"))
    hidden = tmp_path / "unplugged"
    workspace.root.rename(hidden)
    with pytest.raises(Exception) as info:
        save_or_merge(workspace, base=loaded, mine=edited)
    assert "norr" in str(info.value)
    hidden.rename(workspace.root)
    outcome = save_or_merge(workspace, base=loaded, mine=edited)
    assert outcome.saved is not None
    assert workspace.load_area("norr").answer_set.answers[qid].value == "skrivet när nätet var borta"


def test_a_lock_left_by_a_crashed_program_on_this_machine_is_taken_back(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    area = workspace.area_dir("norr")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from routine_builder.domain.locks import AreaLock;"
            f"AreaLock.acquire(__import__('pathlib').Path({str(area)!r}), user='anna'); print('held', flush=True);"
            "sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    with pytest.raises(LockedError, match="anna"):  # alive: the lock holds
        AreaLock.acquire(area)
    holder.kill()  # crashed: its lock file stays behind, fresh
    holder.communicate()
    assert read_lock(area) is not None and not read_lock(area).is_stale()
    lock = AreaLock.acquire(area, user="anna")
    assert lock.still_held()
    lock.release()


_DELAYED_SAVER = textwrap.dedent(
    """
    import json, sys, time
    from routine_builder.domain import Answer, Workspace
    from routine_builder.domain import workspace as workspace_module
    from routine_builder.domain.sync import save_or_merge
    from routine_builder.errors import RoutineBuilderError

    root, qid, name, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    delays = json.loads(sys.argv[5])
    checked = workspace_module.check_unchanged
    calls = 0

    def check_then_wait(path, digest):
        # The real check, then a pause before the rename (as on a slow share).
        global calls
        checked(path, digest)
        time.sleep(delays[calls % len(delays)])
        calls += 1

    workspace_module.check_unchanged = check_then_wait
    workspace = Workspace.open(root)
    base = workspace.load_area("norr")
    print("ready", flush=True)
    sys.stdin.readline()
    lost, errors, conflicts, committed = [], [], 0, None
    for i in range(rounds):
        if committed is not None:
            on_disk = workspace.load_area("norr").answer_set.get(qid)
            if on_disk is None or on_disk.value != committed:
                lost.append([committed, on_disk.value if on_disk else None])
        try:
            outcome = save_or_merge(workspace, base=base, mine=base.answer_set.with_answer(qid, Answer(f"{name}-{i}")))
        except RoutineBuilderError as exc:
            errors.append(exc.message)
            continue
        if outcome.saved is None:
            conflicts += 1
            base = outcome.theirs
            continue
        base, committed = outcome.saved, f"{name}-{i}"
    print(json.dumps({"lost": lost, "errors": errors, "conflicts": conflicts, "last": committed}), flush=True)
    """
)


@pytest.mark.slow
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    delays=st.tuples(
        *[st.lists(st.sampled_from([0.0, 0.0005, 0.002, 0.008, 0.02]), min_size=1, max_size=6) for _ in "ab"]
    )
)
def test_two_processes_saving_with_delays_never_lose_a_committed_save(
    tmp_path_factory: pytest.TempPathFactory, delays: tuple[list[float], list[float]]
) -> None:
    """Two real programs save one area over and over, each pausing between its check and its rename.

    Each edits its own question, so every save is committed (merged, never a conflict) and nothing may
    ever take a committed answer back. Three schedules of delays, 150 rounds each per process.
    """
    root = tmp_path_factory.mktemp("ws")
    workspace = make_workspace(root)
    questions = _longtexts(workspace, 2)
    script = root / "saver.py"
    script.write_text(_DELAYED_SAVER, encoding="utf-8")
    outputs = run_together(
        [
            [sys.executable, str(script), str(root), qid, name, "150", json.dumps(schedule)]
            for qid, name, schedule in zip(questions, "ab", delays, strict=True)
        ]
    )
    results = [json.loads(output) for output in outputs]
    for result in results:
        assert result["lost"] == [], f"committed saves were overwritten: {result['lost'][:5]}"
        assert result["errors"] == [], f"false errors: {result['errors'][:3]}"
        assert result["conflicts"] == 0, "a conflict on a question only one program edits means a lost save"
    final = workspace.load_area("norr").answer_set
    assert [final.get(q).value for q in questions] == [r["last"] for r in results] == ["a-149", "b-149"]
    assert not [p.name for p in workspace.area_dir("norr").iterdir() if p.name.endswith((".tmp", ".saving"))]


def test_archiving_copies_with_the_same_name_in_the_same_second_keeps_both(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    area = workspace.area_dir("norr")
    archive = area / "archive"
    archive.mkdir()
    now = dt.datetime.now()
    # An earlier copy of the same name was archived this very second (and the next, should the clock turn).
    for moment in (now, now + dt.timedelta(seconds=1)):
        (archive / f"{moment:%Y%m%d-%H%M%S}-answers-PC1.yaml").write_text("arkiverad först\n", encoding="utf-8")
    (area / "answers-PC1.yaml").write_text("kopia två\n", encoding="utf-8")
    second = archive_conflict_copy(area / "answers-PC1.yaml")
    (area / "answers-PC1.yaml").write_text("kopia tre\n", encoding="utf-8")
    third = archive_conflict_copy(area / "answers-PC1.yaml")
    texts = sorted(p.read_text(encoding="utf-8") for p in archive.iterdir())
    assert texts == ["arkiverad först\n", "arkiverad först\n", "kopia tre\n", "kopia två\n"]
    assert len({second, third}) == 2 and second.parent == third.parent == archive
    assert not (area / "answers-PC1.yaml").exists()
