"""The browser's state without a screen: query, marks, targets and the sentence of each action,
over a real :class:`Browser` on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from notecards.browse_session import STATUSES, BrowseSession, deck_choices
from notecards.browsing import SORT_COLUMNS, BrowseQuery, Browser
from notecards.storage.db import Database
from notecards.sync import sync
from tests.conftest import notes_folder

TODAY = date(2026, 3, 2)
NOTES = {
    "ml/detection.md": (
        "# Object detection\n"
        "- NMS: 여러 bounding box가 같은 class로 겹쳐있다면, 하나의 class로 통합하는 방법\n"
        "- RoI = Region of Interest\n"
        "- IoU: 두 box의 교집합 넓이를 합집합 넓이로 나눈 값\n"
    ),
    "math/analysis.md": (
        "## Bounds\n"
        "- Supremum, Least upper bound (상한): $\\alpha = \\sup E$, upper bound 중 가장 작은 것\n"
        "- Estimator: $\\hat \\mu$ 는 $\\mu$ 의 추정량\n"
    ),
}


@pytest.fixture
def browser(database: Database, tmp_path: Path) -> Browser:
    notes = notes_folder(tmp_path / "notes", NOTES)
    sync(database, [notes], now=datetime(2026, 3, 2, 9, tzinfo=UTC))
    return Browser(database, "alice", today=TODAY)


def by_question(session: BrowseSession) -> BrowseSession:
    session.sort_by("question")
    if session.query.descending:
        session.reverse()
    return session


def ids(session: BrowseSession, *questions: str) -> list[int]:
    return [row.card_id for row in session.rows if row.question in questions]


def test_deck_choices_hold_the_decks_above_and_the_chosen_one() -> None:
    assert deck_choices(["ml::vision::yolo", "math", "ml::nlp"]) == [
        "math",
        "ml",
        "ml::nlp",
        "ml::vision",
        "ml::vision::yolo",
    ]
    assert deck_choices([], "gone") == ["gone"]
    assert deck_choices(["a"], None) == ["a"]


def test_statuses_are_the_interfaces_own() -> None:
    assert STATUSES[:3] == ("new", "learning", "review")
    assert "rejected" in STATUSES and "flagged" in STATUSES and "untriaged" in STATUSES


def test_the_query_is_built_a_filter_at_a_time(browser: Browser) -> None:
    session = by_question(BrowseSession(browser))
    assert [row.question for row in session.rows] == [
        "Estimator",
        "IoU",
        "NMS",
        "RoI",
        "Supremum, Least upper bound (상한)",
    ]
    assert session.describe() == "5 cards · sorted by question ↑"
    session.filter_deck("ml")
    assert [row.question for row in session.rows] == ["IoU", "NMS", "RoI"]
    session.search("region")
    assert [row.question for row in session.rows] == ["RoI"]
    session.search("")
    session.filter_status("suspended")
    assert session.rows == [] and session.describe().startswith("0 cards")
    session.filter_status(None)
    session.filter_deck(None)
    assert len(session.rows) == 5


def test_sorting_by_a_column_then_again_reverses_and_o_cycles(browser: Browser) -> None:
    session = by_question(BrowseSession(browser))
    session.sort_by("question")
    assert session.query.descending and session.rows[0].question.startswith("Supremum")
    assert session.describe().endswith("sorted by question ↓")
    session.next_sort()
    assert session.describe().endswith(f"sorted by {SORT_COLUMNS[1]} ↑")
    for _ in SORT_COLUMNS[1:]:
        session.next_sort()
    assert session.describe().endswith("sorted by question ↑")
    with pytest.raises(ValueError, match="cannot sort"):
        session.sort_by("colour")


def test_a_limited_listing_counts_every_card_found(browser: Browser) -> None:
    session = BrowseSession(browser, limit=2)
    assert len(session.rows) == 2 and session.total == 5
    assert session.describe().startswith("2 of 5 cards")


def test_marks_are_the_targets_and_a_search_drops_the_unlisted(browser: Browser) -> None:
    session = by_question(BrowseSession(browser))
    first, second, *_ = (row.card_id for row in session.rows)
    assert [row.card_id for row in session.targets(second)] == [second]
    session.toggle_mark(first)
    session.toggle_mark(second)
    assert [row.card_id for row in session.targets(None)] == [first, second]
    assert "2 marked" in session.describe()
    session.toggle_mark(first)
    assert session.marked == {second}
    session.search("estimator")  # lists the first only: the second's mark goes
    assert session.marked == set()
    session.search("")
    session.toggle_all()
    assert len(session.marked) == 5
    session.toggle_all()
    assert session.marked == set()


def test_each_action_says_what_it_did_and_toggles_back(browser: Browser) -> None:
    session = by_question(BrowseSession(browser))
    nms, roi = ids(session, "NMS", "RoI")
    session.toggle_mark(nms)
    session.toggle_mark(roi)
    assert session.suspend(None).message == "2 cards suspended"
    assert {row.status for row in session.targets(None)} == {"suspended"}
    assert session.suspend(None).message == "2 cards unsuspended"
    assert session.flag(None).message == "2 cards flagged"
    assert session.flag(None).message == "2 cards unflagged"
    session.toggle_all()
    session.toggle_all()
    assert session.reject(nms).message == "1 card rejected"
    assert browser.search(BrowseQuery(statuses=("rejected",)))[0].question == "NMS"
    assert session.row(nms) is None  # a rejected card is listed by its own filter only
    session.filter_status("rejected")
    assert session.reject(nms).message == "1 card restored"
    assert session.rows == []
    session.filter_status(None)
    assert session.bury(roi).message == "1 card buried until tomorrow"
    assert session.reset(roi).message == "1 card reset to new (history kept)"
    assert session.undo().message.startswith("Undone")
    assert session.reject(None).message == "No card to act on"


def test_undo_with_nothing_done(browser: Browser) -> None:
    done = BrowseSession(browser).undo()
    assert done.message == "Nothing to undo" and not done.changed


def test_triage_keys_outside_the_inbox_say_where_they_work(browser: Browser) -> None:
    session = BrowseSession(browser)
    card = session.rows[0].card_id
    assert "inbox" in session.accept(card).message
    assert "inbox" in session.accept_rest_of_note(card).message
    assert BrowseSession(browser, inbox=True).inbox
