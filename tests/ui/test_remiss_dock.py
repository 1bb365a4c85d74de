"""The Remissvar dock on real reviewed files: items on their questions, Godta as one undo step, Avslå,
handled with a note, the form's counts and filter, "Nästa öppna remissvar", and all of it kept on disk."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from routine_builder.domain.reviews import (
    ACCEPTED,
    COMMENT,
    GENERAL,
    HANDLED,
    KIND_WORDS,
    OPEN,
    PROPOSAL,
    REJECTED,
    load_reviews,
)
from routine_builder.ui.dialogs.export_dialog import ExportDialog
from routine_builder.ui.review.review_panel import ReviewPanel
from routine_builder.ui.settings import Settings
from routine_builder.ui.window.actions import ActionId
from routine_builder.ui.window.main_window import MainWindow
from tests.helpers.cli import run_cli
from tests.ui.remiss_fixtures import (
    ANNA,
    BO,
    CECILIA,
    RemissRound,
    export_then,
    open_demo_window,
    remiss_round,
    remiss_round_template,
    when_modal,
    workspace_of,
)

LEFT = Qt.MouseButton.LeftButton
__all__ = ["remiss_round", "remiss_round_template"]  # fixtures used by the tests below


def _import(window: MainWindow, paths: list[Path]) -> tuple[str, str]:
    """Import through the dock and read the summary the user is shown; (text, informative text)."""
    seen: list[tuple[str, str]] = []

    def read(box: QMessageBox) -> None:
        seen.append((box.text(), box.informativeText()))
        box.accept()

    when_modal(read, kind=QMessageBox)
    window.reviews.import_files(paths)
    assert seen, "no summary was shown"
    return seen[0]


def _window(qtbot: QtBot, settings: Settings, round_: RemissRound, area_id: str = "boras") -> MainWindow:
    return open_demo_window(qtbot, settings, round_.root / "data", round_.root / "ws", area_id)


def _imported(qtbot: QtBot, settings: Settings, round_: RemissRound) -> tuple[MainWindow, ReviewPanel]:
    window = _window(qtbot, settings, round_)
    text, details = _import(window, [round_.anna, round_.cecilia])
    assert text == "2 filer importerades."
    assert "boras-anna.docx: Anna Berg, 2 förslag, 1 kommentar, 1 allmän kommentar." in details
    assert "boras-cecilia.docx: Cecilia Holm, 1 kommentar." in details
    panel = window.reviews.panel
    assert panel is not None
    return window, panel


def _rows(panel: ReviewPanel) -> dict[str, list[tuple[str, str, str]]]:
    """The list as shown: group title -> (question id, reviewer, kind) of each row."""
    rows = {}
    for index in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(index)
        entries = [panel.model.entry(tuple(group.child(i).data(0, 256))) for i in range(group.childCount())]
        rows[group.text(0)] = [(e.item.question_id, e.reviewer, e.item.kind) for e in entries if e is not None]
    return rows


def _select(panel: ReviewPanel, question_id: str, reviewer: str = ANNA) -> None:
    entry = next(e for e in panel.model.entries if e.item.question_id == question_id and e.reviewer == reviewer)
    assert panel.select(entry.key)


def _on_disk(round_: RemissRound) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(question id, reviewer, kind) -> (state, note), read from the review files as a new start would."""
    reviews, problems = load_reviews(workspace_of(round_.root / "ws"), "boras")
    assert problems == []
    return {(i.question_id, i.author or r.reviewer, i.kind): (i.state, i.note) for r in reviews for i in r.items}


def test_two_reviewers_files_land_on_their_questions(qtbot: QtBot, settings: Settings, remiss_round) -> None:
    window, panel = _imported(qtbot, settings, remiss_round)
    assert window.reviews.dock.isVisible()
    assert panel.count_label.text() == "5 öppna av 5"
    assert _rows(panel) == {
        "Arbetsgång": [
            ("alt1-sip", ANNA, PROPOSAL),
            ("alt2-aterkoppling", ANNA, COMMENT),
            ("alt2-aterkoppling", CECILIA, COMMENT),
            ("grav-uppfoljning", ANNA, PROPOSAL),
        ],
        "Dokumentation": [("", ANNA, GENERAL)],
    }
    _select(panel, "alt2-aterkoppling")
    detail = panel.detail.toPlainText()
    assert "Ange hur snabbt återkopplingen ska ske." in detail
    assert f"{BO}: Håller med, inom sju dagar." in detail  # Word's reply stays with its comment
    panel.group_combo.setCurrentIndex(1)
    assert list(_rows(panel)) == [ANNA, CECILIA]
    window.jump_to_question("alt2-aterkoppling")
    count = window.form.widgets["alt2-aterkoppling"].review_label
    assert count.isVisible() and "2 öppna remissvar" in count.text()
    with qtbot.waitSignal(window.pane.review_requested):  # the count is a link to the question's items
        count.linkActivated.emit("remiss")
    assert panel.current_entry().item.question_id == "alt2-aterkoppling"


def test_godta_applies_a_proposal_as_one_undo_step_and_is_kept(qtbot: QtBot, settings: Settings, remiss_round) -> None:
    window, panel = _imported(qtbot, settings, remiss_round)
    session = window.session
    before = session.answer_set.get("alt1-sip").value
    _select(panel, "alt1-sip")
    html = panel.detail.toHtml()
    assert "alltid" in html and "både" in html  # the word-level diff against the current answer
    assert panel.accept_button.isEnabled()
    qtbot.mouseClick(panel.accept_button, LEFT)
    after = session.answer_set.get("alt1-sip").value
    assert after.startswith("SIP erbjuds alltid när den gravida") and "från socialtjänsten" in after
    question = session.workspace.question_set.question("alt1-sip").text
    assert window.action(ActionId.UNDO).text() == f"&Ångra godtaget remissförslag: {question} ({ANNA})"
    assert _on_disk(remiss_round)[("alt1-sip", ANNA, PROPOSAL)][0] == ACCEPTED
    assert panel.count_label.text() == "4 öppna av 5"
    assert not window.form.widgets.get("alt1-sip") or not window.form.widgets["alt1-sip"].review_label.isVisible()
    window.action(ActionId.UNDO).trigger()
    assert session.answer_set.get("alt1-sip").value == before
    window.action(ActionId.REDO).trigger()
    assert session.answer_set.get("alt1-sip").value == after
    qtbot.waitUntil(lambda: "SIP erbjuds alltid" in session.workspace.answers_path("boras").read_text("utf-8"))


def test_avsla_edit_before_accepting_and_handled_with_a_note_survive_a_restart(
    qtbot: QtBot, settings: Settings, remiss_round
) -> None:
    window, panel = _imported(qtbot, settings, remiss_round)
    session = window.session
    sip_before = session.answer_set.get("alt1-sip").value
    _select(panel, "alt1-sip")
    panel.note_edit.setText("Vi behåller formuleringen.")
    qtbot.mouseClick(panel.reject_button, LEFT)
    assert session.answer_set.get("alt1-sip").value == sip_before
    _select(panel, "grav-uppfoljning")
    panel.edit_button.click()
    assert panel.editor.isVisible()
    edited = panel.editor.toPlainText().replace("var fjärde vecka", "var tredje vecka")
    panel.editor.setPlainText(edited)
    qtbot.mouseClick(panel.accept_button, LEFT)
    assert session.answer_set.get("grav-uppfoljning").value.startswith("Planen följs upp var tredje vecka")
    _select(panel, "alt2-aterkoppling", CECILIA)
    assert not panel.accept_button.isEnabled() and not panel.reject_button.isEnabled()  # a comment
    panel.note_edit.setText("Hänvisningen står i kapitel 2.")
    qtbot.mouseClick(panel.handled_button, LEFT)
    _select(panel, "", ANNA)
    panel.note_edit.setText("Läggs till vid nästa revidering.")
    qtbot.mouseClick(panel.handled_button, LEFT)
    assert panel.count_label.text() == "1 öppet av 5"
    panel.show_combo.setCurrentIndex(1)  # all, also the handled ones
    _select(panel, "", ANNA)
    assert panel.reopen_button.isEnabled()
    qtbot.mouseClick(panel.reopen_button, LEFT)
    expected = {
        ("alt1-sip", ANNA, PROPOSAL): (REJECTED, "Vi behåller formuleringen."),
        ("grav-uppfoljning", ANNA, PROPOSAL): (ACCEPTED, "Godtaget med ändringar."),
        ("alt2-aterkoppling", CECILIA, COMMENT): (HANDLED, "Hänvisningen står i kapitel 2."),
        ("alt2-aterkoppling", ANNA, COMMENT): (OPEN, ""),
        ("", ANNA, GENERAL): (OPEN, ""),
    }
    assert _on_disk(remiss_round) == expected
    session.save()
    window.close()
    again = _window(qtbot, settings, remiss_round)  # a new start reads the same
    assert again.reviews.panel.count_label.text() == "2 öppna av 5"
    assert again.session.answer_set.get("grav-uppfoljning").value.startswith("Planen följs upp var tredje vecka")
    again.reviews.panel.show_combo.setCurrentIndex(1)
    _select(again.reviews.panel, "alt2-aterkoppling", CECILIA)
    text = again.reviews.panel.detail.toPlainText()
    assert "Hanterad" in text and "Hänvisningen står i kapitel 2." in text


def test_the_filter_and_next_open_item_walk_through_the_questions(
    qtbot: QtBot, settings: Settings, remiss_round
) -> None:
    window, panel = _imported(qtbot, settings, remiss_round)
    form = window.form
    form.filter_combo.setCurrentIndex(3)  # "Med öppna remissvar (alla avsnitt)"
    assert list(form.widgets) == ["alt1-sip", "alt2-aterkoppling", "grav-uppfoljning"]
    panel.tree.setCurrentItem(None)
    visited = []
    for _ in range(6):
        window.action(ActionId.NEXT_REVIEW_ITEM).trigger()
        entry = panel.current_entry()
        visited.append((entry.item.question_id, entry.reviewer))
        if entry.item.question_id:
            assert window.form is form and form.filter_mode == "review"  # the walk keeps the filter
            assert form.widgets[entry.item.question_id].isAncestorOf(window.focusWidget())
    assert visited == [
        ("alt1-sip", ANNA),
        ("alt2-aterkoppling", ANNA),
        ("alt2-aterkoppling", CECILIA),
        ("grav-uppfoljning", ANNA),
        ("", ANNA),
        ("alt1-sip", ANNA),
    ]
    _select(panel, "alt1-sip")
    qtbot.mouseClick(panel.accept_button, LEFT)
    assert list(form.widgets) == ["alt2-aterkoppling", "grav-uppfoljning"]  # handled: off the filtered list


def test_a_file_made_for_another_area_is_refused_in_one_sentence(
    qtbot: QtBot, settings: Settings, remiss_round
) -> None:
    window = _window(qtbot, settings, remiss_round, "simba")
    text, details = _import(window, [remiss_round.anna])
    assert text == "0 filer importerades."
    assert details.startswith("boras-anna.docx: inte importerad. ")
    assert "boras" in details and details.count(".") <= 4 and "\n" not in details
    assert window.reviews.panel.count_label.text() == "Inga remissvar har importerats för området ännu."
    assert load_reviews(workspace_of(remiss_round.root / "ws"), "simba") == ([], [])


def test_the_draft_export_offers_the_remiss_replies_as_an_appendix(
    qtbot: QtBot, settings: Settings, remiss_round
) -> None:
    window, panel = _imported(qtbot, settings, remiss_round)
    _select(panel, "alt1-sip")
    panel.note_edit.setText("Infört.")
    qtbot.mouseClick(panel.accept_button, LEFT)
    output = remiss_round.root / "utkast.docx"
    seen: list[bool] = []

    def choose(dialog: ExportDialog) -> None:
        seen.append(dialog.summary_check.isVisibleTo(dialog))
        dialog.summary_check.setChecked(True)
        dialog.draft_radio.click()

    when_modal(export_then(output, choose), kind=ExportDialog)
    window.action(ActionId.EXPORT).trigger()
    assert seen == [True]
    document = docx.Document(str(output))
    rows = [[cell.text for cell in row.cells] for row in document.tables[-1].rows]
    assert rows[0] == ["Gäller", "Från", "Synpunkt", "Hantering"] and len(rows) == 6
    question = window.session.workspace.question_set.question("alt1-sip").text
    assert [question, ANNA] == next(r for r in rows if r[0] == question)[:2]
    assert next(r for r in rows if r[0] == question)[3] == "Godtagen. Infört."
    window.area_list.select("simba")  # no replies there: nothing to offer
    when_modal(
        lambda dialog: (seen.append(dialog.summary_check.isVisibleTo(dialog)), dialog.reject()), kind=ExportDialog
    )
    window.action(ActionId.EXPORT).trigger()
    assert seen == [True, False]


def _listed_by_the_command_line(round_: RemissRound, *extra: str) -> list[tuple[str, str, str, str]]:
    """``review list`` in a real process, read back as (group, question id, reviewer, kind) per item."""
    result = run_cli("review", "list", str(round_.root / "ws"), "--area", "boras", *extra)
    assert result.returncode == 0, result.stderr
    kinds = {f"{word.capitalize()} från ": kind for kind, word in KIND_WORDS.items()}
    listed: list[list[str]] = []
    group = ""
    for line in result.stdout.splitlines()[1:]:
        if line and not line.startswith(" "):
            group = line
        elif line.startswith("  ") and not line.startswith("    "):
            head = re.sub(r" \(.*?\)", "", line.strip(), count=1)
            word = next(w for w in kinds if head.startswith(w))
            listed.append([group, "", head[len(word) :].split(",")[0].split(" (")[0], kinds[word]])
        elif line.startswith("    Fråga: "):
            listed[-1][1] = line.rsplit("[", 1)[1].rstrip("]")
    return [tuple(item) for item in listed]  # type: ignore[misc]


def test_the_command_line_lists_the_items_in_the_panels_order(qtbot: QtBot, settings: Settings, remiss_round) -> None:
    _window, panel = _imported(qtbot, settings, remiss_round)
    _select(panel, "alt2-aterkoppling", CECILIA)
    qtbot.mouseClick(panel.handled_button, LEFT)
    for show_all in (True, False):
        panel.show_combo.setCurrentIndex(1 if show_all else 0)
        shown = [(group, *row) for group, rows in _rows(panel).items() for row in rows]
        assert len(shown) == (5 if show_all else 4)
        assert _listed_by_the_command_line(remiss_round, *([] if show_all else ["--open"])) == shown


def test_undo_of_godta_reopens_the_item_in_its_file_and_redo_accepts_it_again(
    qtbot: QtBot, settings: Settings, remiss_round
) -> None:
    window, panel = _imported(qtbot, settings, remiss_round)
    session = window.session
    undo, redo = window.action(ActionId.UNDO), window.action(ActionId.REDO)
    review_file = session.workspace.area_dir("boras") / "reviews" / "1.yaml"
    opened = review_file.read_text("utf-8")
    sip_before = session.answer_set.get("alt1-sip").value
    _select(panel, "grav-uppfoljning")
    panel.edit_button.click()
    panel.editor.setPlainText(panel.editor.toPlainText().replace("var fjärde vecka", "var tredje vecka"))
    qtbot.mouseClick(panel.accept_button, LEFT)  # accepted after editing: a note of its own
    _select(panel, "alt1-sip")
    panel.note_edit.setText("Infört som det stod.")
    qtbot.mouseClick(panel.accept_button, LEFT)
    sip_after = session.answer_set.get("alt1-sip").value
    accepted = {
        ("alt1-sip", ANNA, PROPOSAL): (ACCEPTED, "Infört som det stod."),
        ("grav-uppfoljning", ANNA, PROPOSAL): (ACCEPTED, "Godtaget med ändringar."),
    }
    assert {k: v for k, v in _on_disk(remiss_round).items() if v[0] != OPEN} == accepted
    assert panel.count_label.text() == "3 öppna av 5"

    undo.trigger()  # one step: the answer and the item
    assert session.answer_set.get("alt1-sip").value == sip_before
    assert _on_disk(remiss_round)[("alt1-sip", ANNA, PROPOSAL)] == (OPEN, "")
    assert panel.count_label.text() == "4 öppna av 5"
    panel.show_combo.setCurrentIndex(1)
    _select(panel, "alt1-sip")
    assert panel.accept_button.isEnabled() and "Godtagen" not in panel.detail.toPlainText()
    undo.trigger()
    assert review_file.read_text("utf-8") == opened  # the file is back as it was imported
    assert panel.count_label.text() == "5 öppna av 5"
    window.jump_to_question("alt1-sip")
    assert "1 öppet remissvar" in window.form.widgets["alt1-sip"].review_label.text()

    redo.trigger()
    redo.trigger()
    assert session.answer_set.get("alt1-sip").value == sip_after
    assert {k: v for k, v in _on_disk(remiss_round).items() if v[0] != OPEN} == accepted
    assert panel.count_label.text() == "3 öppna av 5"
    undo.trigger()
    session.save()
    window.close()
    again = _window(qtbot, settings, remiss_round)  # a new start reads the same
    assert again.reviews.panel.count_label.text() == "4 öppna av 5"
    assert again.session.answer_set.get("alt1-sip").value == sip_before


def test_avsla_hanterad_and_oppna_igen_are_undone_and_redone_like_godta(
    qtbot: QtBot, settings: Settings, remiss_round
) -> None:
    window, panel = _imported(qtbot, settings, remiss_round)
    undo, redo = window.action(ActionId.UNDO), window.action(ActionId.REDO)
    review_file = window.session.workspace.area_dir("boras") / "reviews" / "1.yaml"
    opened = review_file.read_text("utf-8")
    _select(panel, "alt1-sip")
    panel.note_edit.setText("Formuleringen står kvar.")
    qtbot.mouseClick(panel.reject_button, LEFT)
    _select(panel, "", ANNA)
    qtbot.mouseClick(panel.handled_button, LEFT)
    handled = {k: v for k, v in _on_disk(remiss_round).items() if v[0] != OPEN}
    assert handled[("alt1-sip", ANNA, PROPOSAL)] == (REJECTED, "Formuleringen står kvar.")
    assert panel.count_label.text() == "3 öppna av 5"
    assert undo.isEnabled() and "remissvar" in window.undo_group.undoText()  # what Ctrl+Z undoes

    undo.trigger()
    undo.trigger()
    assert review_file.read_text("utf-8") == opened
    assert panel.count_label.text() == "5 öppna av 5"
    redo.trigger()
    redo.trigger()
    assert {k: v for k, v in _on_disk(remiss_round).items() if v[0] != OPEN} == handled

    panel.show_combo.setCurrentIndex(1)  # all, also the handled ones
    _select(panel, "alt1-sip")
    qtbot.mouseClick(panel.reopen_button, LEFT)
    assert _on_disk(remiss_round)[("alt1-sip", ANNA, PROPOSAL)] == (OPEN, "")
    undo.trigger()  # reopening is a step too
    assert _on_disk(remiss_round)[("alt1-sip", ANNA, PROPOSAL)] == (REJECTED, "Formuleringen står kvar.")
