"""An outliner's page (Logseq) read as the markdown it means."""

from __future__ import annotations

import pytest

from notecards.core.extract import outliner
from tests.conftest import by_question, cards_of

PAGE = (
    "title:: Caches\n"
    "alias:: caching\n"
    "\n"
    "- # Eviction\n"
    "  collapsed:: true\n"
    "\t- LRU\n"
    "\t  id:: 6a1f0c2e-1111-4222-8333-944455556666\n"
    "\t\t- drops the entry used longest ago\n"
    "\t- Compare with ((6a1f0c2e-1111-4222-8333-944455556666))"
    " and ((00000000-0000-4000-8000-000000000000))\n"
    "\t- Write-back means {{cloze the write reaches memory later}}\n"
    "\t- {{embed ((6a1f0c2e-1111-4222-8333-944455556666))}}\n"
)


def test_properties_references_and_macros_are_read_as_markdown() -> None:
    outline = outliner.read(PAGE)
    assert outline is not None
    assert outline.title == "Caches"
    assert outline.text.split("\n") == [
        "",
        "- # Eviction",
        "\t- LRU",
        "\t\t- drops the entry used longest ago",
        "\t- Compare with LRU and",
        "\t- Write-back means {{c1::the write reaches memory later}}",
        "",
    ]
    # each line of the outline points at its line in the page
    assert [outline.page_line(line) for line in (2, 3, 4, 5)] == [4, 6, 8, 9]


def test_a_plain_note_is_no_outline() -> None:
    assert outliner.read("# Notes\n\n- Term: definition\n- std::vector holds items\n") is None


def test_cards_of_a_page_point_at_the_page_lines() -> None:
    cards = by_question(cards_of(PAGE, "pages/Caches.md"))
    assert cards["LRU"].answer == "- drops the entry used longest ago"
    assert cards["LRU"].line == 6
    assert cards["LRU"].context == ("Caches", "Eviction")  # the page's name is its title
    (cloze,) = [card for card in cards.values() if card.kind.value == "cloze"]
    assert cloze.line == 10


def test_a_block_whose_first_line_is_a_property_keeps_its_content() -> None:
    page = (
        "- Wick contractions\n"
        "\t- card-repeats:: 2\n"
        "\t  card-last-score:: 5\n"
        "\t  $$\\langle a b \\rangle = \\delta_{ab}$$\n"
        "\t  for free fields #card\n"
        "\t\t- operators pair up two by two\n"
    )
    cards = by_question(cards_of(page))
    card = cards["$$\\langle a b \\rangle = \\delta_{ab}$$ for free fields"]  # on one line
    assert card.answer == "- operators pair up two by two"
    assert card.line == 4
    assert card.context == ("note", "Wick contractions")
    # the parent lists its child, the child's tag left out
    assert cards["Wick contractions"].answer.endswith(
        "for free fields\n\t- operators pair up two by two"
    )


@pytest.mark.parametrize("sign", outliner._LOGSEQ_SIGNS)
def test_each_sign_of_an_outliners_page_is_looked_for(sign: str) -> None:
    assert outliner._has_a_sign(f"x\n{sign} y")


def test_a_signs_first_character_alone_is_no_sign() -> None:
    assert not outliner._has_a_sign("x: (y) #tag {z}\n\tindented\n-")


def test_a_page_of_blocks_with_a_reference_and_no_property_is_an_outline() -> None:
    # a page that only quotes blocks of other pages (``- ((uuid))``) has no property line,
    # but a block reference is no less Logseq's own: it is read, not asked as written
    page = (
        "- ((6a1f0c2e-1111-4222-8333-944455556666))\n"
        "- Anyons braid\n"
        "\t- exchanging two of them twice is not the identity\n"
        "-\n"
    )
    outline = outliner.read(page)
    assert outline is not None
    cards = by_question(cards_of(page, "pages/Braiding.md"))
    assert "((" not in "".join(card.answer for card in cards.values())
    assert cards["Anyons braid"].answer == "- exchanging two of them twice is not the identity"


def test_a_page_of_a_heading_over_tab_nested_blocks_is_an_outline() -> None:
    # Logseq writes a top-level heading without its dash and the blocks under it nested by
    # tabs; plain markdown would read those blocks as indented code, so the tab-nested
    # block under a heading is sign enough, with no property or reference on the page
    page = (
        "# Definition\n"
        "\t- A monoid is a set with an associative operation and an identity.\n"
        "\t\t- Identity: $e \\cdot a = a$ for every $a$\n"
        "\t- Every group is a monoid.\n"
    )
    outline = outliner.read(page)
    assert outline is not None
    cards = by_question(cards_of(page, "pages/Monoid.md"))
    assert cards["Identity"].answer == "$e \\cdot a = a$ for every $a$"
    assert cards["Identity"].line == 3
    # a plain note's heading over a tab-indented code block stays a plain note
    assert outliner.read("# Shell\n\n\tls -la\n\tcd -\n") is None


def test_an_org_style_admonition_is_read_as_its_content() -> None:
    """``- #+BEGIN_NOTE`` ... ``#+END_NOTE``: Logseq's admonition markers are no words of
    the note; what they wrap is the block's content."""
    page = (
        "title:: Channels\n"
        "- Depolarizing channel\n"
        "\t- shrinks the Bloch vector evenly\n"
        "\t- #+BEGIN_NOTE\n"
        "\t  at p = 3/4 every state maps to the centre\n"
        "\t  #+END_NOTE\n"
    )
    outline = outliner.read(page)
    assert outline is not None
    assert "BEGIN" not in outline.text and "END_" not in outline.text
    assert "\t- at p = 3/4 every state maps to the centre" in outline.text.split("\n")
    assert not any("BEGIN" in card.question for card in cards_of(page))


def test_a_reference_under_a_label_of_its_own_shows_its_label() -> None:
    """``[lemma](((uuid)))`` points at a block of another page under a label of its own: the
    label is shown (not an empty ``[lemma]()`` link), and a block that is such a link alone
    only points, saying nothing."""
    page = (
        "title:: Groups\n"
        "- # Facts\n"
        "\t- Cosets split a finite group into parts of one size; see the"
        " [lemma](((11111111-2222-4333-8444-777777777777))) above.\n"
        "\t\t- [source](((11111111-2222-4333-8444-888888888888)))\n"
    )
    outline = outliner.read(page)
    assert outline is not None
    lines = outline.text.split("\n")
    assert "\t- Cosets split a finite group into parts of one size; see the lemma above." in lines
    assert "source" not in outline.text
    assert "]()" not in outline.text


def test_a_reference_to_a_result_named_in_parentheses_is_asked_by_that_name() -> None:
    """``- ((uuid)) (Name) statement`` cites a result kept on another page and names it as a
    textbook does (``Theorem 4 (Name).``): the name asks for the statement, even among plain
    statements and with the statement running on under the block."""
    page = (
        "title:: Rings\n"
        "- # Ideals\n"
        "\t- Every field has exactly two ideals.\n"
        "\t- ((11111111-2222-4333-8444-999999999999)) (Prime avoidance) Let $I$ be an ideal"
        " inside a finite union of primes $P_k$. Then\n"
        "\t  collapsed:: true\n"
        "\t  $I$ lies inside one of the $P_k$.\n"
        "\t\t- Argue by induction on the number of primes.\n"
    )
    outline = outliner.read(page)
    assert outline is not None
    assert "\t- **Prime avoidance**: Let $I$ be an ideal" in outline.text
    cards = by_question(cards_of(page, "pages/Rings.md"))
    assert "Prime avoidance" in cards
    assert "lies inside one of" in cards["Prime avoidance"].answer
