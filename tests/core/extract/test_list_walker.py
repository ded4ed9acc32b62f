"""The walk over a note's lists: each item read by the first idiom that claims it."""

from __future__ import annotations

from notecards.core.extract import list_walker
from notecards.core.extract.walker import MarkdownWalker
from tests.conftest import by_question, cards_of


def test_the_markdown_walker_reads_its_lists_as_a_list_walker() -> None:
    assert issubclass(MarkdownWalker, list_walker.ListWalker)


def test_an_item_is_read_by_the_first_idiom_that_claims_it() -> None:
    """Explicit markup first, then ``Term: definition``, then a bare term explained by
    what is nested under it."""
    text = (
        "- What does LRU drop? :: the entry used longest ago\n"
        "- FIFO: drops the oldest entry\n"
        "- Clock\n"
        "  - a ring of entries with one reference bit each\n"
    )
    cards = by_question(cards_of(text))
    assert cards["What does LRU drop?"].answer == "the entry used longest ago"
    assert cards["FIFO"].answer == "drops the oldest entry"
    assert cards["Clock"].answer == "- a ring of entries with one reference bit each"


def test_tasks_and_notes_to_self_are_set_aside() -> None:
    text = (
        "## 캐시\n\n- [ ] LRU 구현해 보기\n- 아직 모르겠다\n- LRU: 가장 오래 안 쓴 항목을 버린다\n"
    )
    assert [card.question for card in cards_of(text)] == ["LRU"]


def test_an_option_under_its_command_is_asked_with_the_command() -> None:
    text = "## ls\n\n- -l : 자세히 보여줌\n- -a : 숨김 파일까지 보여줌\n"
    cards = by_question(cards_of(text))
    assert cards["ls -l"].answer == "자세히 보여줌"
    assert cards["ls -a"].answer == "숨김 파일까지 보여줌"


def test_a_generic_word_among_sibling_terms_names_one_of_them() -> None:
    """``- Code : ...`` beside ``- Stack : ...`` and ``- Heap : ...`` is one of the segments
    the list names, not a label: asked under the list's subject, which tells it apart. Alone
    among asides (``- Source: a textbook``) or under no heading it stays a label."""
    text = (
        "## Segments of a process\n\n"
        "- Code : the compiled instructions, read-only\n"
        "- Stack : locals and return addresses, grows down\n"
        "- Heap : what malloc hands out at run time\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Code — Segments of a process"].answer == "the compiled instructions, read-only"
    assert "Stack" in cards and "Heap" in cards
    aside = "## Reading\n\n- Source: the course textbook, chapter 3\n- Pages: 40 to 52\n"
    assert not any(card.question.startswith("Source") for card in cards_of(aside))


def test_an_item_that_names_two_terms_in_two_sentences_gives_both_cards() -> None:
    text = (
        "# 집합\n\n## 용어\n\n"
        "- 집합 $A$의 모든 원소가 집합 $B$에 들어 있을 때 $A$를 $B$의 **부분집합**이라 합니다. "
        "이 때 $B$는 $A$의 **상위집합**이라 합니다.\n"
    )
    cards = by_question(cards_of(text, "math/sets.md"))
    assert "모든 원소가 집합 $B$에 들어 있을 때" in cards["상위집합"].answer
    assert "부분집합" in cards


def test_a_short_item_with_nothing_under_it_may_say_what_its_topic_does() -> None:
    """``- `compose.yaml` defines the services`` has no full stop and is short enough to be
    read as a bare term; with nothing nested under it, it is still a sentence that says what
    its topic does. A bare name with a few words (``- `ss -t` TCP sockets``) stays no card."""
    text = (
        "## The project files\n\n"
        "- `compose.yaml` defines the services\n"
        "- `Makefile` runs the tests.\n"
        "- `ss -t` TCP sockets\n"
    )
    cards = by_question(cards_of(text))
    assert cards["`compose.yaml`"].answer == "`compose.yaml` defines the services"
    assert cards["`Makefile`"].answer == "`Makefile` runs the tests."
    assert not any("ss -t" in card.question for card in cards_of(text))


def test_a_list_of_code_each_glossed_by_a_phrase_is_a_card_per_item() -> None:
    """``- `df -h` sizes in powers of 1024`` with no separator: in a list whose every item
    is code and the phrase that glosses it, each item is a card. One item alone, or items
    that go on from the code (``- `null` for reference types``), are no such list."""
    text = (
        "## Disk usage\n\n"
        "- `df -h` sizes in powers of 1024\n"
        "- `df -H` sizes in powers of 1000\n"
        "- `df -i` inode counts\n"
    )
    cards = by_question(cards_of(text))
    assert cards["`df -h`"].answer == "sizes in powers of 1024"
    assert cards["`df -i`"].answer == "inode counts"
    # a gloss may run to a dozen words: a process that listens is still a phrase, no sentence
    ports = (
        "## Ports\n\n- `lsof -i` open network files\n"
        "- `lsof -i :5432` processes holding a socket on port 5432 of this host now\n"
    )
    assert by_question(cards_of(ports))["`lsof -i :5432`"].answer.startswith("processes holding")
    defaults = "## Defaults\n\n- `null` for reference types\n- `0` for numbers\n"
    assert not any(card.answer.startswith("for ") for card in cards_of(defaults))


def test_a_labelled_result_with_its_proof_nested_under_it_asks_for_the_proof() -> None:
    """``- Lemma. ...`` + a short proof under it: the statement asks, the proof answers,
    and the proof's own lines are no cards (a question asked in it still is)."""
    text = (
        "## Primes\n\n"
        "- Lemma. There are infinitely many primes.\n"
        "  - Proof: multiply all known primes and add one.\n"
        "  - Why does adding one help?\n"
        "    - No known prime divides the result.\n"
    )
    cards = by_question(cards_of(text))
    lemma = cards["Lemma. There are infinitely many primes."]
    assert lemma.answer.startswith("- Proof: multiply all known primes and add one.")
    assert "Proof" not in cards
    assert cards["Why does adding one help?"].answer == "- No known prime divides the result."


def test_an_item_that_is_one_equation_is_a_step_not_a_term() -> None:
    """``- $v=u+at$`` with remarks nested under it is a line of working, not a term
    to be asked; a formula that names something (``- $k$-means``) still asks."""
    text = (
        "## Motion\n\n"
        "- Constant acceleration\n"
        "  - $v=u+a t$\n"
        "    - integrate the acceleration once over time\n"
        "  - $s\\equiv u t+\\frac{1}{2} a t^2$\n"
        "    - integrate once more\n"
        "- $k$-means\n"
        "  - splits points into $k$ groups around their centroids\n"
    )
    cards = by_question(cards_of(text))
    assert not any(question.startswith("$v") or question.startswith("$s") for question in cards)
    assert cards["k-means"].answer == "- splits points into $k$ groups around their centroids"
    assert cards["Constant acceleration"].answer.startswith("- $v=u+a t$")


def test_a_nested_item_that_works_something_out_is_no_term_of_its_own() -> None:
    """Under an item, ``- miss ratio = $1 - h$`` or ``- smaller pages => more page faults``
    states a value or a consequence of the item above (whose card answers with it), not a
    term and its gloss. At the top of a list ``A = B`` glosses a name, and nested a symbol,
    code, a spelled-out acronym or the parts a name is made of are still glossed."""
    text = (
        "## Paging\n\n"
        "- TLB = Translation Lookaside Buffer\n"
        "- Page size trade-off\n"
        "  - smaller pages => more page faults\n"
        "  - table entries = memory size / page size\n"
        "  - PTE = Page Table Entry\n"
        "  - virtual address = page number + offset\n"
        "  - $h$ = the hit ratio\n"
        "  - `vmstat 1` = one line of paging counts a second\n"
    )
    cards = by_question(cards_of(text))
    assert cards["TLB"].answer == "Translation Lookaside Buffer"
    assert cards["Page size trade-off"].answer.startswith("- smaller pages => more page faults")
    assert "smaller pages" not in cards and "table entries" not in cards
    assert cards["PTE"].answer == "Page Table Entry"
    assert cards["virtual address"].answer == "page number + offset"
    assert cards["$h$ — Page size trade-off"].answer == "the hit ratio"
    assert cards["`vmstat 1`"].answer == "one line of paging counts a second"
