"""The card browser and every key of it, checked on what is drawn (table, card, message line)
and on what the database then holds (read back through a fresh :class:`Browser`)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from notecards.study import StudySession
from notecards.sync import Progress, SyncReport, sync
from notecards.tui.screens.browse import BrowseScreen
from notecards.tui.screens.decks import DecksScreen
from notecards.tui.screens.help import HelpScreen
from notecards.tui.screens.review import ReviewScreen
from notecards.tui.widgets.card_preview import CardPreview
from notecards.tui.widgets.card_table import CardTable

from .browser_view import (
    column,
    marked,
    message,
    preview,
    questions,
    shown,
    sorted_by_question,
    stored,
    table_lines,
    title,
    to_table,
)
from .conftest import NOW, SIZE, make_app, on, screen_text, squeezed


async def test_the_browser_lists_every_card_and_shows_the_selected_one(
    session: StudySession,
) -> None:
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await sorted_by_question(pilot, app)
        assert on(app, BrowseScreen)
        assert "6 cards" in title(app)
        assert questions(app) == ["Bijection", "Estimator", "IoU", "NMS", "RoI", "Supremum,"]
        header = shown(app.screen.query_one(CardTable)).splitlines()[0]
        assert "Question ▲" in header and "Deck" in header and "State" in header
        assert "Object detection" in table_lines(app)[3]  # the note's title beside NMS
        card = preview(app)
        assert "Bijection" in card and "전단사" in card  # front and back, as in review
        await pilot.press("down", "down")
        card = preview(app)
        assert "IoU" in card and squeezed(
            "두 box의 교집합 넓이를 합집합 넓이로 나눈 값"
        ) in squeezed(card)
        assert "ml/detection.md:4" in card and "Object detection" in card


async def test_typing_searches_at_each_keystroke(session: StudySession) -> None:
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert "RoI" in questions(app)
        await pilot.press("o", "i")
        assert questions(app) == ["RoI"] and "1 card" in title(app)
        await pilot.pause(0.3)  # the card beside the table waits for a pause in the typing
        assert "Region of Interest" in preview(app)
        for _ in "roi":
            await pilot.press("backspace")
        await pilot.press(*"상한")  # Korean, in the question's qualifier
        assert questions(app) == ["Supremum,"]
        await pilot.press("backspace", "backspace", *"zzz")
        await pilot.pause(0.3)
        assert questions(app) == [] and "No card matches" in preview(app)
        await pilot.press("backspace", "backspace", "backspace", *"NMS", "enter")
        assert squeezed("하나의 class로 통합하는 방법") in squeezed(preview(app))  # Enter: at once


async def test_slash_enter_down_and_escape_move_between_search_and_table(
    session: StudySession,
) -> None:
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(CardTable)

        def focused() -> bool:  # a call: mypy keeps no narrowing of has_focus across awaits
            return table.has_focus

        await pilot.press("enter")
        assert focused()
        await pilot.press("slash", "N", "M")
        assert not focused() and questions(app) == ["NMS"]
        await pilot.press("down")
        assert focused()
        await pilot.press("slash", "escape")
        assert focused() and on(app, BrowseScreen)  # Escape in the box: not out yet


async def test_d_c_and_t_filter_by_deck_state_and_tag_combined(session: StudySession) -> None:
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await sorted_by_question(pilot, app)
        await pilot.press("d", "down", "enter")  # the first deck: math
        assert questions(app) == ["Bijection", "Estimator", "Supremum,"]
        assert "math" in shown(app.screen.query_one("#deck-filter"))
        await pilot.press("down", "s")  # Estimator suspended
        await pilot.press("c")
        for _ in range(4):  # any state, new, learning, review, suspended
            await pilot.press("down")
        await pilot.press("enter")
        assert questions(app) == ["Estimator"]
        assert "suspended" in shown(app.screen.query_one("#state-filter"))
        await pilot.press("d", "up", "enter")  # all decks again: still suspended only
        assert questions(app) == ["Estimator"]
        await pilot.press("c", "home", "enter", "t", "down", "enter")
        assert app.screen.query_one(CardTable).has_focus


async def test_t_filters_by_tag_with_the_others(session: StudySession, notes: Path) -> None:
    (notes / "ml" / "vision.md").write_text(
        "---\ntags: [vision, exam]\n---\n# Vision\n- YOLO: You Only Look Once\n"
        "- SSD: Single Shot Detector\n",
        "utf-8",
    )
    sync(session.database, [notes], now=NOW)
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await sorted_by_question(pilot, app)
        assert len(questions(app)) == 8
        await pilot.press("t", "down", "enter")  # the first tag: exam
        assert questions(app) == ["SSD", "YOLO"]
        assert "exam" in shown(app.screen.query_one("#tag-filter"))
        assert "#exam" in preview(app) or "#vision" in preview(app)
        await pilot.press("slash", *"yolo", "enter")  # with words too
        assert questions(app) == ["YOLO"]
        await pilot.press("d", "down", "enter")  # and math: nothing
        assert questions(app) == [] and "0 cards" in title(app)


async def test_o_cycles_the_sort_column_and_capital_o_reverses(session: StudySession) -> None:
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await sorted_by_question(pilot, app)
        await pilot.press("O")
        assert "sorted by question ↓" in title(app)
        assert "Question ▼" in shown(app.screen.query_one(CardTable))
        assert questions(app) == ["Supremum,", "RoI", "NMS", "IoU", "Estimator", "Bijection"]
        await pilot.press("o")  # deck, ascending
        assert "sorted by deck ↑" in title(app)
        assert questions(app)[:3] != questions(app)[3:]
        assert column(app, "Deck") == ["math"] * 3 + ["ml"] * 3


async def test_clicking_a_header_sorts_by_it_then_reverses(session: StudySession) -> None:
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await to_table(pilot)
        table = app.screen.query_one(CardTable)
        header = shown(table).splitlines()[0]
        x = header.index("Question")
        await pilot.click(CardTable, offset=(x, 0))
        assert "sorted by question ↑" in title(app)
        await pilot.click(CardTable, offset=(x, 0))
        assert "sorted by question ↓" in title(app)
        assert questions(app)[0] == "Supremum,"


async def test_space_marks_and_star_marks_all(session: StudySession) -> None:
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await sorted_by_question(pilot, app)
        await pilot.press("space", "down", "space")  # Space moves on to the next card
        assert marked(app) == ["Bijection", "IoU"] and "2 marked" in title(app)
        await pilot.press("up", "space")
        assert marked(app) == ["Bijection"]
        await pilot.press("asterisk")
        assert len(marked(app)) == 6 and "6 marked" in title(app)
        await pilot.press("asterisk")
        assert marked(app) == [] and "marked" not in title(app)


async def test_s_suspends_the_marked_cards_and_again_unsuspends(session: StudySession) -> None:
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await sorted_by_question(pilot, app)
        await pilot.press("space", "space", "space", "s")
        assert "3 cards suspended" in message(app)
        assert column(app, "State")[:3] == ["suspended"] * 3
        assert stored(session, "suspended") == ["Bijection", "Estimator", "IoU"]
        await pilot.press("s")  # all three are: unsuspend them
        assert "3 cards unsuspended" in message(app)
        assert stored(session, "suspended") == []


async def test_b_buries_f_flags_and_capital_r_resets(session: StudySession) -> None:
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await sorted_by_question(pilot, app)
        await pilot.press("b")
        assert "1 card buried until tomorrow" in message(app)
        assert "buried" in table_lines(app)[0]
        assert stored(session, "buried") == ["Bijection"]
        await pilot.press("down", "f")
        assert "1 card flagged" in message(app) and "⚑" in table_lines(app)[1]
        assert "flagged" in preview(app)
        assert stored(session, "flagged") == ["Estimator"]
        await pilot.press("f")
        assert "1 card unflagged" in message(app) and "⚑" not in table_lines(app)[1]
        await pilot.press("up", "R")
        assert "reset" in message(app)
        assert stored(session, "buried") == []


async def test_x_rejects_and_again_restores(session: StudySession) -> None:
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"RoI", "enter", "x")
        assert "1 card rejected" in message(app) and questions(app) == []  # out of the list
        assert stored(session, "rejected") == ["RoI"]
        await pilot.press("c", *["down"] * 7, "enter")  # listed by the "rejected" filter
        assert questions(app) == ["RoI"] and column(app, "State") == ["rejected"]
        await pilot.press("x")
        assert "1 card restored" in message(app) and questions(app) == []
        assert stored(session, "rejected") == []


async def test_u_undoes_the_last_action(session: StudySession) -> None:
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"NMS", "enter", "u")
        assert "Nothing to undo" in message(app)
        await pilot.press("x")
        assert stored(session, "rejected") == ["NMS"]
        await pilot.press("u")
        assert "Undone" in message(app) and "rejected" not in table_lines(app)[0]
        assert stored(session, "rejected") == []


async def test_e_edits_the_note_at_the_card_and_resyncs_it(
    session: StudySession, notes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commands: list[list[str]] = []

    def editor(command: list[str]) -> int:
        commands.append(command)
        note = Path(command[-1])
        text = note.read_text("utf-8")
        note.write_text(text.replace("Region of Interest", "관심 영역"), "utf-8")
        return 0

    monkeypatch.setenv("EDITOR", "vim")
    app = make_app(session, first_screen="browse", run_editor=editor)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"RoI", "enter", "e")
        assert commands == [["vim", "+3", str(notes / "ml" / "detection.md")]]
        assert "Note synced" in message(app)
        assert "관심 영역" in preview(app)


async def test_e_on_a_note_gone_from_the_disk_says_so(session: StudySession, notes: Path) -> None:
    ran: list[list[str]] = []

    def editor(command: list[str]) -> int:
        ran.append(command)
        return 0

    app = make_app(session, first_screen="browse", run_editor=editor)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"RoI", "enter")
        (notes / "ml" / "detection.md").unlink()
        await pilot.press("e")
        assert "The note is not there any more" in message(app) and ran == []
        assert questions(app) == ["RoI"]  # nothing synced, nothing lost


async def test_m_shows_math_as_tex_and_p_hides_the_card(session: StudySession) -> None:
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"Supremum", "enter")
        assert "α = sup E" in preview(app)
        await pilot.press("m")
        await pilot.pause()
        assert "\\alpha = \\sup E" in preview(app)
        await pilot.press("p")
        await pilot.pause()
        assert "upper bound" not in screen_text(app).split("Question")[1].split("\n", 1)[0]
        assert not app.screen.query_one(CardPreview).display
        await pilot.press("p")
        await pilot.pause()
        assert "\\alpha = \\sup E" in preview(app)  # as it was: TeX


async def test_question_mark_lists_the_keys_and_q_leaves(session: StudySession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        assert on(app, BrowseScreen)
        await pilot.press("enter", "question_mark")
        assert on(app, HelpScreen)
        drawn = screen_text(app)
        for key, meaning in (("x", "reject"), ("R", "reset"), ("Space", "mark"), ("e", "$EDITOR")):
            assert key in drawn and meaning in drawn
        await pilot.press("z")
        assert on(app, BrowseScreen)
        await pilot.press("q")
        assert on(app, DecksScreen)
        await pilot.press("slash", "escape", "escape")
        assert on(app, DecksScreen)


async def test_slash_from_review_opens_the_browser_and_q_goes_back(
    session: StudySession,
) -> None:
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        assert on(app, BrowseScreen) and "Browse" in title(app)
        await pilot.press("enter", "q")
        assert on(app, ReviewScreen)


async def test_a_card_rejected_from_review_is_not_asked_after(session: StudySession) -> None:
    app = make_app(session, first_screen="review", deck="ml")
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert session.current is not None and session.current.queued.card.question == "NMS"
        await pilot.press("slash", *"NMS", "enter", "x", "q")
        assert on(app, ReviewScreen)
        await pilot.pause()
        assert session.current is not None and session.current.queued.card.question == "RoI"
        assert "RoI" in screen_text(app) and "NMS" not in screen_text(app)
        assert "2 to go" in screen_text(app)


async def test_q_quits_the_browse_command(session: StudySession) -> None:
    app = make_app(session, first_screen="browse")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "q")
    assert app.return_code == 0 and not app.is_running


async def test_the_decks_screen_counts_the_flagged_cards(session: StudySession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        assert "flagged" not in screen_text(app)
        await pilot.press("slash", *"NMS", "enter", "f", "q")
        assert on(app, DecksScreen)
        assert "1 card flagged to fix" in screen_text(app)


async def test_a_sync_ending_while_browsing_lists_the_new_cards(
    session: StudySession, notes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (notes / "ml" / "more.md").write_text("- Anchor box: 미리 정한 box 모양\n", "utf-8")
    browsing = threading.Event()
    sync_notes = session.sync_notes

    def sync_once_browsing(progress: Progress | None = None) -> SyncReport | None:
        assert browsing.wait(10)
        return sync_notes(progress)

    monkeypatch.setattr(session, "sync_notes", sync_once_browsing)
    app = make_app(session, sync_on_start=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "enter")
        assert on(app, BrowseScreen) and "6 cards" in title(app)
        browsing.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "7 cards" in title(app) and "Anchor" in questions(app)


async def test_slash_on_a_parent_deck_browses_the_decks_under_it(
    session: StudySession, notes: Path
) -> None:
    (notes / "cv" / "detection").mkdir(parents=True)
    (notes / "cv" / "detection" / "yolo.md").write_text("- YOLO: You Only Look Once\n", "utf-8")
    sync(session.database, [notes], now=NOW)
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "slash")  # All decks, then cv (a deck with no card of its own)
        assert on(app, BrowseScreen)
        assert questions(app) == ["YOLO"]
        assert "cv" in shown(app.screen.query_one("#deck-filter"))
        assert column(app, "Deck")[0].startswith("cv::")
