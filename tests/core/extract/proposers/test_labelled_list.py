"""A label on its own line and the list under it: the label asks, the plain items answer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from notecards.core.extract.proposers import labelled_list
from tests.conftest import by_question, cards_of


def test_bracketed_and_bold_labels_ask_for_the_list_under_them() -> None:
    text = (
        "## UDP\n\n사용자 데이터그램 프로토콜로, 데이터그램 단위로 주고받는다.\n\n"
        "[ UDP 특징 ]\n\n- 연결을 맺지 않는다\n- 순서를 보장하지 않는다\n\n"
        "**장점**\n\n- 빠르다\n- 헤더가 작다\n"
    )
    cards = by_question(cards_of(text, "net.md"))
    assert cards["UDP 특징"].answer == "- 연결을 맺지 않는다\n- 순서를 보장하지 않는다"
    assert cards["UDP — 장점"].answer == "- 빠르다\n- 헤더가 작다"
    assert cards["UDP"].answer.startswith("사용자 데이터그램 프로토콜")


def test_a_label_over_definitions_leaves_the_cards_to_the_items() -> None:
    text = "Types of joins:\n\n- Inner join: rows found in both\n- Left join: every left row\n"
    assert [card.question for card in cards_of(text)] == ["Inner join", "Left join"]


def test_a_sentence_ending_in_a_colon_is_no_label() -> None:
    text = "I installed these for the course, in this order:\n\n- python\n- node\n"
    assert cards_of(text) == []


def test_an_item_whose_cards_are_its_sub_items_still_answers_the_label() -> None:
    """``Snapshot reads:`` over two items, one holding ``- Term: ...`` sub-items: the label
    keeps its card, the whole list under it answering."""
    text = (
        "# Locks\n\nSnapshot reads:\n- a query reads rows as they were when it started\n"
        "- a write to a row another holds waits for it\n"
        "\t- the other aborts: the write goes ahead\n\t- the other commits: the write fails\n"
    )
    cards = by_question(cards_of(text, "db.md"))
    answer = cards["Snapshot reads"].answer
    assert answer.startswith("- a query reads rows as they were")
    assert "the other commits: the write fails" in answer
    assert cards["Snapshot reads"].line == 3


def test_the_last_line_of_a_stack_of_labels_asks_for_the_list() -> None:
    text = (
        "# Locks\n\n**Versioned rows**\nSnapshot reads:\n"
        "- a query reads rows as they were when it started\n- nothing waits on a read\n"
    )
    cards = by_question(cards_of(text, "db.md"))
    assert cards["Snapshot reads"].answer.startswith("- a query reads rows")
    assert cards["Snapshot reads"].line == 4


def test_the_last_line_of_a_sentence_ending_in_a_colon_is_no_label() -> None:
    text = "# Router\n\nA box that forwards packets between networks. Holds:\n- a table\n- ports\n"
    assert "Holds" not in by_question(cards_of(text, "net.md"))


def test_a_bold_label_over_a_paragraph_is_asked_like_a_heading() -> None:
    text = (
        "# Forests\n\n**Weak spot of random forests:**\n\n"
        "When most predictors are noise, the random subsets seldom hold a useful one, "
        "so each tree learns little.\n\nTuning forests:\n\n"
        "Out-of-bag errors let training and validation run in one pass.\n"
    )
    cards = by_question(cards_of(text, "ml.md"))
    assert cards["Weak spot of random forests"].answer.startswith("When most predictors")
    assert cards["Weak spot of random forests"].line == 3
    assert cards["Tuning forests"].answer.startswith("Out-of-bag errors")


def test_numbered_example_and_phrase_labels_over_a_paragraph_are_no_cards() -> None:
    text = (
        "# Log\n\n**Sheet 1**\n\nThe first set of exercises covers counting arguments.\n\n"
        "Example output:\n\nThe command prints one line per file it opened.\n\n"
        "At a high level:\n\nYou embed both texts and compare every pair of vectors.\n\n"
        "**Bounded walks**\n\n**Unbounded walks**\n\nA walker steps up or down at random.\n"
    )
    questions = {card.question for card in cards_of(text, "log.md")}
    assert not questions & {"Sheet 1", "Example output", "At a high level", "Bounded walks"}


def test_a_bold_label_with_its_explanation_on_the_next_lines_is_a_card() -> None:
    """A glossary written as bold labels, each with its lines right under it (no blank
    line): every label asks, its own lines answer, and the title's card gives way."""
    text = (
        "# Anomalies\n\n**Lost update**\nTwo writers read one row and the later write "
        "silently replaces the earlier.\n\n**Read skew**\nA reader sees one row before and "
        "another after a writer's change, an inconsistent pair.\n"
    )
    cards = by_question(cards_of(text, "db.md"))
    assert cards["Lost update"].answer.startswith("Two writers read one row")
    assert cards["Lost update"].line == 3
    assert cards["Read skew"].answer.startswith("A reader sees one row")
    assert "Anomalies" not in cards


def test_a_bold_label_ending_in_a_full_stop_is_asked_without_it() -> None:
    text = (
        "# Boosting\n\n**Weakness of greedy splits.**\n\nEach split only looks one step "
        "ahead, so a pair of features that matter together can be missed.\n"
    )
    cards = by_question(cards_of(text, "ml.md"))
    assert cards["Weakness of greedy splits"].answer.startswith("Each split only looks")


def test_run_in_labels_that_number_or_label_give_no_card() -> None:
    """``**Solution 1.**`` and ``**해설:**`` label a part; a label over another label is a
    stack, not an explanation; a name ending in a digit (``HTTP2``) is still a name."""
    text = (
        "# Puzzles\n\n**Solution 1.**\n- sort the piles first\n- then take from the largest\n\n"
        "**해설:**\n정렬한 뒤 가장 큰 더미부터 가져가면 항상 이긴다.\n\n"
        "**Architecture**\n**Workflow**\nThe driver asks the manager for executors.\n\n"
        "**HTTP2**\n- streams share one connection\n- headers are compressed\n"
    )
    cards = by_question(cards_of(text, "puzzles.md"))
    assert not set(cards) & {"Solution 1", "해설", "Architecture"}
    assert cards["HTTP2"].answer.startswith("- streams share one connection")


def test_a_reference_marked_label_is_answered_by_the_arrowed_paragraph_under_it() -> None:
    text = (
        "## 통계\n\n※ 자유도\n\n-> 자유도란, 데이터가 얼마나 자유롭게 움직일 수 있는지를 나타낸다\n"
    )
    cards = by_question(cards_of(text, "stats.md"))
    assert cards["자유도"].answer.startswith("자유도란, 데이터가")


def test_a_bold_label_running_into_its_text_asks_and_the_text_answers() -> None:
    text = (
        "# Probability\n\nNotes from the course.\n\n"
        "**Independence** Events A and B are independent if P(A and B) = P(A)P(B).\n\n"
        "**Calculate moments** by taking derivatives of the generating function at one\n\n"
        "**power** of the test, which we want high\n\n"
        "**어제는** 하루 종일 집에서 쉬었다고 한다\n"
    )
    cards = by_question(cards_of(text, "prob.md"))
    assert cards["Independence"].answer.startswith("Events A and B are independent")
    assert cards["Calculate moments"].answer.startswith("**Calculate moments** by taking")
    assert "power" not in cards
    assert "어제는" not in cards


def test_a_sentence_broken_off_before_its_list_is_no_label() -> None:
    text = "# Alliances\n\nText before.\n\n## Members\n\nA group including:\n\n- Brazil\n- India\n"
    questions = [card.question for card in cards_of(text, "alliances.md")]
    assert "A group including" not in questions


def test_a_line_asking_why_is_answered_by_the_list_under_it() -> None:
    text = (
        "## flatMap\n\n"
        "*map이 아닌 flatMap을 사용하는 이유\n\n"
        "- 비동기 observable을 기다리는 동안 다른 연결은 계속 돈다\n"
        "- 끝난 observable들을 하나로 편다\n"
    )
    cards = by_question(cards_of(text))
    assert cards["map이 아닌 flatMap을 사용하는 이유"].answer.startswith("- 비동기 observable")


def test_a_method_said_under_its_heading_is_its_definition_not_a_label() -> None:
    text = (
        "## 탐욕 알고리즘\n\n최적해를 구하는 데 쓰는 근시안적인 방법\n\n"
        "- 떠오르는 생각을 검증 없이 바로 구현한다\n- 빠르지만 최적이 아닐 수 있다\n"
    )
    assert "최적해를 구하는 데 쓰는 근시안적인 방법" not in by_question(cards_of(text))


@given(st.text(alphabet=st.sampled_from("a 특]*_:：※[\n."), max_size=30))
def test_a_label_is_told_by_its_last_character_as_the_pattern_tells_it(text: str) -> None:
    """The quick test before the label pattern rejects only text the pattern rejects."""
    found, expected = labelled_list._label(text), labelled_list._LABEL.match(text)
    assert (found and found.groupdict()) == (expected and expected.groupdict())


def test_an_unmarked_line_right_over_its_list_is_a_label() -> None:
    """``Append-only log`` with its bullets right under it, no blank line between: a heading
    written as a plain line, as outliners' and course notes do; asked, the list answers."""
    text = (
        "# Why message queues are fast\n\n"
        "Two habits of their storage make them so.\n\n"
        "Append-only log\n"
        "- every write goes to the end of a file\n"
        "- disks read and write long runs quickly\n\n"
        "Batching\n"
        "- producers send many records in one request\n"
    )
    cards = by_question(cards_of(text, "queues.md"))
    assert cards["Append-only log"].answer == (
        "- every write goes to the end of a file\n- disks read and write long runs quickly"
    )
    assert cards["Append-only log"].line == 5
    assert cards["Batching"].answer == "- producers send many records in one request"


def test_an_unmarked_line_is_no_label_apart_from_its_list_or_as_a_sentence() -> None:
    """A blank line between, a sentence broken off before its list, a statement or a
    numbered step: none of them a label."""
    apart = "# Queues\n\nAppend-only log\n\n- every write goes to the end of a file\n"
    broken = "# Queues\n\nThroughput depends on\n- the batch size\n- the disk\n"
    stated = "# Windows\n\nBigger batches are cheaper\n- one request per batch\n"
    numbered = "# Plan\n\nStep 3 of the rollout\n- run the load test\n"
    korean = "# 큐\n\n메시지를 보내면\n- 큐 끝에 붙는다\n"
    exercise = "# Sheet 2\n\nAnswers below.\n\nQ2\n- a) the minimum is exponential\n"
    for text in (apart, broken, stated, numbered, korean, exercise):
        label = text.split("\n")[2]
        assert label not in [card.question for card in cards_of(text)]


def test_a_sections_opening_line_over_its_list_answers_the_heading() -> None:
    """``## Zener diodes`` + ``Diodes run in reverse bias`` + bullets: the line is what the
    heading is, the list goes on saying it; no label."""
    text = "## Zener diodes\nDiodes run in reverse bias\n- hold the voltage steady\n"
    (card,) = cards_of(text)
    assert card.question == "Zener diodes"
    assert card.answer == "Diodes run in reverse bias\n\n- hold the voltage steady"


def test_a_label_over_links_to_read_is_no_card() -> None:
    """``Relevant documentation:`` + links with a word on each: where to read, not what it
    says; a linked name with its explanation nested under it still answers."""
    links = (
        "# Logging out\n\nSee the docs.\n\nRelevant documentation:\n\n"
        "- [Logout](https://example.com/logout) high level documentation\n"
        "- [GET /v2/logout](https://example.com/api) API documentation\n"
    )
    assert "Relevant documentation" not in [card.question for card in cards_of(links)]
    explained = (
        "# Isolation\n\nSerialisable:\n\n"
        "- [Snapshot isolation](https://example.com/ssi.pdf)\n"
        "  - reads see one snapshot\n"
        "- [Two-phase locking](https://example.com/2pl.pdf)\n"
        "  - locks held to the end\n"
    )
    assert "Serialisable" in [card.question for card in cards_of(explained)]


def test_under_a_numbered_chapter_the_opening_line_over_its_list_is_a_label() -> None:
    """``## Chapter 4`` names no topic for its first line to answer: ``Consensus`` over its
    bullets is that chapter's first label, as ``Leases`` is its second."""
    text = (
        "# Distributed systems book\n\n## Chapter 4\nConsensus\n"
        "- nodes agree on one value\n- a majority must answer\n\n"
        "Leases\n- a lock that expires by itself\n"
    )
    cards = by_question(cards_of(text, "book.md"))
    assert cards["Consensus"].answer == "- nodes agree on one value\n- a majority must answer"
    assert cards["Consensus"].line == 4
    assert "Leases" in cards


def test_a_bold_label_over_an_example_in_code_is_answered_by_the_paragraph_after_it() -> None:
    """``**1. ++i vs i++**`` + the two loops in code + what they show: the code shows, the
    paragraph after it says."""
    text = (
        "# Small optimisations\n\nA few habits that help.\n\n"
        "**1. Pre-increment vs post-increment**\n\n"
        "```\nfor (i = 0; i < n; i++) {}\nfor (i = 0; i < n; ++i) {}\n```\n\n"
        "The post form keeps a copy of the old value, so the pre form is a little faster.\n\n"
        "**2. Switch vs if chains**\n\n"
        "A switch jumps to its case at once, so it beats a long if chain.\n"
    )
    cards = by_question(cards_of(text, "opt.md"))
    assert cards["Pre-increment vs post-increment"].answer == (
        "The post form keeps a copy of the old value, so the pre form is a little faster."
    )
    assert "**1." not in cards["Small optimisations"].answer


def test_a_caption_of_the_code_under_it_asks_nothing_of_the_prose_after_it() -> None:
    text = (
        "# Jobs\n\nA word first.\n\n**reducer.py**\n\n```python\nprint(1)\n```\n\n"
        "Next we make the script runnable.\n\n**Listing 4**\n\n```\nx = 1\n```\n\n"
        "Listing 5 computes the rest of it.\n"
    )
    questions = [card.question for card in cards_of(text)]
    assert "reducer.py" not in questions and "Listing 4" not in questions


def test_a_facet_word_alone_on_its_line_labels_the_list_under_it() -> None:
    """``특징`` alone on its line, a blank line, then bullets: the facet of the heading's
    subject, as a heading would be; the heading keeps only its own sentence. A count
    (``12 results``) is no such label."""
    text = (
        "# 키\n\n"
        "## 기본키 (Primary Key)\n\n"
        "> 후보키 가운데 골라 대표로 쓰는 키\n\n"
        "특징\n\n"
        "* NULL을 가질 수 없음\n"
        "* 같은 값이 두 번 나올 수 없음\n"
    )
    cards = by_question(cards_of(text, "db/keys.md"))
    assert cards["기본키 (Primary Key)"].answer == "후보키 가운데 골라 대표로 쓰는 키"
    assert cards["기본키 (Primary Key) — 특징"].answer == (
        "* NULL을 가질 수 없음\n* 같은 값이 두 번 나올 수 없음"
    )
    counted = "# Search\n\n## Operators\n\n12 results\n\n- the first ten are ads\n- two are wikis\n"
    assert not any("12 results" in card.question for card in cards_of(counted, "s.md"))


def test_a_plain_line_over_its_list_asks_it_across_one_blank_line() -> None:
    text = (
        "# SQL kinds\n\nThe language splits into parts.\n\n"
        "Data Definition Language\n\n- defines the structure that holds the data\n"
        "- e.g. CREATE, ALTER\n\n"
        "Data Control Language\n\n- controls who may see the data\n- e.g. GRANT, REVOKE\n"
    )
    cards = by_question(cards_of(text, "db/sql-kinds.md"))
    assert cards["Data Control Language"].answer.startswith("- controls who may see the data")


def test_a_thread_number_or_a_topic_particle_is_no_label() -> None:
    thread = "# Paper thread\n\nIntro post here.\n\n6/N\n\n- grid cells emerge only sometimes\n"
    assert "6/N" not in by_question(cards_of(thread, "blog/thread.md"))
    marked = (
        "# 메모리\n\n메모리를 관리하는 방법.\n\nARC는\n\n- 참조 횟수를 센다\n- 0이 되면 해제한다\n"
    )
    assert "ARC" in by_question(cards_of(marked, "ios/arc.md"))


def test_a_labels_list_keeps_the_items_that_are_cards_of_their_own_by_their_first_line() -> None:
    """``HTTP2:`` + items, one of them a term (``HTTP streams: ...``): the list still answers
    whole, that item by its first line (its own card holds the rest), as a heading's list
    does; it never silently loses it."""
    text = (
        "Versions of the protocol, side by side.\n\n"
        "HTTP2:\n\n"
        "- HTTP streams: many objects share one TCP connection\n"
        "  * each object is split into frames with a stream id\n"
        "- each stream is independent of the others\n"
        "- head of line blocking moves down to the transport layer\n"
    )
    answer = by_question(cards_of(text, "net/http.md"))["HTTP2"].answer
    assert answer == (
        "- HTTP streams: many objects share one TCP connection\n"
        "- each stream is independent of the others\n"
        "- head of line blocking moves down to the transport layer"
    )


def test_a_label_over_two_items_one_a_card_of_its_own_still_asks_its_list() -> None:
    """``HTTP1.1:`` + a plain item and a term (``head of line blocking: ...``): one item
    of two says something of its own, so the label asks for the list (before, two plain
    items were needed)."""
    text = (
        "Versions of the protocol.\n\n"
        "HTTP1.1:\n\n"
        "- keep-alive lets one TCP connection serve many requests\n"
        "- head of line blocking: a slow response holds up the ones behind it\n"
    )
    cards = by_question(cards_of(text, "net/http.md"))
    assert cards["HTTP1.1"].answer.startswith("- keep-alive lets one TCP connection")
    assert "head of line blocking" in cards


def test_a_bold_label_naming_code_with_underscores_asks_for_its_list() -> None:
    """``**Cleanup with atexit_register:**``: an identifier's underscores sit inside the bold
    marks, and the label still asks for the list under it."""
    text = (
        "# Shutdown\n\nHow a program ends.\n\n"
        "**Cleanup with atexit_register:**\n\n"
        "- handlers run in the reverse order they were added\n"
        "- a handler that raises stops the ones after it\n"
    )
    cards = by_question(cards_of(text, "py/shutdown.md"))
    assert cards["Cleanup with atexit_register"].answer.startswith("- handlers run in the reverse")
