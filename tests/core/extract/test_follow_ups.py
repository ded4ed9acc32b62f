"""What a paragraph that asks gets from the block right under it."""

from __future__ import annotations

from notecards.core.extract import follow_ups
from notecards.core.extract.blocks import Block, parse
from notecards.core.extract.proposal import Idiom, Proposal
from notecards.core.model import CardKind
from tests.conftest import by_question, cards_of


def _blocks(text: str) -> tuple[list[str], list[Block]]:
    return text.split("\n"), parse(text)


def test_a_question_is_answered_by_the_quote_under_it_unless_the_quote_made_cards() -> None:
    lines, (question, quote) = _blocks("***DNS란?***\n\n> 도메인 이름을 IP 주소로 바꿔 주는 체계\n")
    asked = follow_ups.asking(question, None, past_opening=False)
    assert asked == follow_ups.Asking(question, None, None)
    card = follow_ups.prose_answer(asked, quote, made=[], lines=lines, context=("net",))
    assert card is not None and card.idiom is Idiom.QUESTION_LIST
    assert (card.question, card.answer) == ("DNS란?", "도메인 이름을 IP 주소로 바꿔 주는 체계")
    assert follow_ups.prose_answer(asked, quote, made=[card], lines=lines, context=()) is None


def test_a_label_is_answered_by_a_paragraph_not_by_a_quote() -> None:
    lines, (label, paragraph) = _blocks(
        "**Weak spot**\n\nWith many noisy features each tree sees little signal.\n"
    )
    asked = follow_ups.Asking(label, "Weak spot", None)
    card = follow_ups.prose_answer(asked, paragraph, made=[], lines=lines, context=())
    assert card is not None and card.answer.startswith("With many noisy features")
    lines, (label, quote) = _blocks("**Weak spot**\n\n> With many noisy features, little signal.\n")
    asked = follow_ups.Asking(label, "Weak spot", None)
    assert follow_ups.prose_answer(asked, quote, made=[], lines=lines, context=()) is None


def test_a_label_over_a_list_takes_its_free_items_and_marks_them_taken() -> None:
    lines, (label, answers) = _blocks(
        "[ UDP 특징 ]\n\n- 연결을 맺지 않는다\n- 순서를 보장하지 않는다\n"
    )
    asked = follow_ups.asking(label, None, past_opening=False)
    assert asked == follow_ups.Asking(label, "UDP 특징", None)
    card, per_item = follow_ups.list_answer(
        asked, answers, made=[], per_item=[0, 0], lines=lines, context=()
    )
    assert card is not None and card.answer == "- 연결을 맺지 않는다\n- 순서를 보장하지 않는다"
    assert per_item == [1, 1]


def test_a_statement_asks_only_past_the_opening_and_never_for_a_paragraph() -> None:
    lines, (statement, paragraph) = _blocks(
        "Random forests have three settings to tune:\n\nEach one trades bias for variance.\n"
    )
    assert follow_ups.asking(statement, None, past_opening=False) is None
    asked = follow_ups.asking(statement, None, past_opening=True)
    assert asked == follow_ups.Asking(statement, None, "Random forests have three settings to tune")
    assert follow_ups.prose_answer(asked, paragraph, made=[], lines=lines, context=()) is None


def test_a_definition_that_leads_into_a_formula_takes_it() -> None:
    text = (
        "# Probability Density Function\n\n## Definition\n\n"
        "The PDF is the function $f_X(x)$ such that:\n\n"
        "$$P(X \\in [a,b]) = \\int_a^b f_X(x) dx$$\n\n"
        "## Automata\n\n"
        "A PDA is a 6 tuple $M = (Q, S, G, d, q, F)$ where:\n\n"
        "- $Q$ is the finite set of states\n- $S$ is the input alphabet\n\n"
        "## Trees\n\nA heap is a tree where each parent is smaller than its children.\n\n"
        "$$h = \\log n$$\n"
    )
    cards = by_question(cards_of(text))
    assert cards["PDF"].answer == (
        "The PDF is the function $f_X(x)$ such that:\n\n$$P(X \\in [a,b]) = \\int_a^b f_X(x) dx$$"
    )
    # a list it leads into after a colon completes it (the heading over the same answer
    # asks less than the term does, and is no card of its own)
    assert cards["PDA"].answer.endswith(
        "where:\n\n- $Q$ is the finite set of states\n- $S$ is the input alphabet"
    )
    assert "Automata" not in cards
    # a sentence that is whole leaves the formula under it alone
    whole = "A heap is a tree where each parent is smaller than its children."
    assert cards["heap"].answer == whole


def test_a_definition_wrapped_at_a_width_still_takes_the_formula_it_leads_into() -> None:
    # lines wrapped by the editor: the sentence starts on a line above the paragraph's last
    text = (
        "# Tensors\n\n"
        "Just as vectors extend the scalars of a field, tensors further extend\n"
        "matrices to any number of axes, with k separate indices. A tensor is defined\n"
        "as a k-array:\n\n"
        "$$T := t_{ijk}$$\n\n"
        "The count of indices is called the _order_.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["tensor"].answer == "A tensor is defined as a k-array:\n\n$$T := t_{ijk}$$"
    assert cards["order"].answer == "The count of indices is called the _order_."


def test_a_definition_past_the_opening_takes_the_list_it_leads_into() -> None:
    """``Pandas is a library that lets you:`` + what it lets you do, in a day's log: the
    list completes the definition."""
    text = (
        "# 2025-05-01\n\n## Work\n\n- reviewed the pipeline\n- fixed the schema job\n\n"
        "Great Expectations is a tool that lets you:\n"
        "- declare what the data must look like\n- test each batch as it arrives\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Great Expectations"].answer == (
        "Great Expectations is a tool that lets you:\n\n"
        "- declare what the data must look like\n- test each batch as it arrives"
    )


def test_a_bold_question_in_a_section_is_answered_by_the_quote_under_it() -> None:
    """``**Deadlock 이란?**`` alone, then ``> ...``: in bold it reads as a label, but it asks,
    and the quote answers it, as it does the question marked in italics too."""
    text = (
        "# 운영체제\n\n## 교착\n\n"
        "**Deadlock 이란?**\n\n> 두 프로세스가 서로의 자원을 기다리며 멈춘 상태\n\n"
        "***Context Switching* 이란?**\n\n> 프로세스의 상태를 저장하고 복원하는 과정\n"
    )
    cards = by_question(cards_of(text, "os.md"))
    assert cards["Deadlock 이란?"].answer == "두 프로세스가 서로의 자원을 기다리며 멈춘 상태"
    assert cards["Context Switching 이란?"].answer == "프로세스의 상태를 저장하고 복원하는 과정"


def test_a_sentence_saying_what_code_does_takes_the_short_code_it_leads_into() -> None:
    text = (
        "# Notes on building\n\n## Compiling\n\nSome setup came first, with a few surprises.\n\n"
        "Run `make` to compile the C sources:\n\n```\nmake\n```\n\n"
        "## Inspecting files\n\nThe `fileinfo` command prints what a file holds:\n\n"
        "```bash\nfileinfo data.bin\n```\n\n"
        "## A long listing\n\nThe `gen` tool writes the whole module, like this:\n\n"
        "```python\n" + "".join(f"line_{number} = {number}\n" for number in range(10)) + "```\n"
    )
    cards = by_question(cards_of(text))
    assert cards["`make`"].answer == "Run `make` to compile the C sources:\n\n```\nmake\n```"
    assert cards["`fileinfo`"].answer.endswith(":\n\n```bash\nfileinfo data.bin\n```")
    # a program is more than a sentence leads into: the sentence stays alone
    assert cards["`gen`"].answer == "The `gen` tool writes the whole module, like this:"


def test_a_card_ending_in_a_colon_takes_the_block_the_colon_announces() -> None:
    """Whatever idiom made the card, an answer that ends with its paragraph's colon takes the
    short formula, list or code right under it."""
    text = (
        "# Chores\n\n## Independence\n\n"
        "Two random events are __independent__ if the chance of both is the\n"
        "product of their own chances:\n\n$$P(A, B) = P(A) P(B)$$\n\n"
        "## Baking bread\n\nBread is baked in four steps. Nothing about it is hard.\n\n"
        "To bake it well, do this:\n\n1. Mix the dough\n2. Let it rise\n3. Bake it hot\n"
    )
    cards = by_question(cards_of(text, "chores.md"))
    assert cards["independent"].answer.endswith("chances:\n\n$$P(A, B) = P(A) P(B)$$")
    assert cards["Baking bread"].answer.endswith(
        "do this:\n\n1. Mix the dough\n2. Let it rise\n3. Bake it hot"
    )


def test_a_paragraph_of_its_own_that_only_points_on_takes_nothing() -> None:
    """``To list them:`` alone after what the card says is the next step of the writer's
    story: it is cut off later, and the code it announces is no part of the card."""
    said = "Old files pile up in the spool, and nothing deletes them.\n\nTo list them:"
    lines, body = _blocks(f"{said}\n\n```\nspool ls\n```")
    card = Proposal(CardKind.BASIC, "Spool", said, 1, (), Idiom.SECTION_BODY)
    assert follow_ups.with_announced_blocks([card], body, lines) == [card]
    one = card._replace(answer="Old files pile up; to list them, run:")
    lines, body = _blocks("Old files pile up; to list them, run:\n\n```\nspool ls\n```")
    (taken,) = follow_ups.with_announced_blocks([one], body, lines)
    assert taken.answer == "Old files pile up; to list them, run:\n\n```\nspool ls\n```"


def test_a_lead_in_names_what_its_list_holds_unless_the_list_finishes_it() -> None:
    def subject(text: str) -> str | None:
        return follow_ups.lead_in_subject(parse(text)[0])

    assert subject("Hashing has two useful properties:\n") == "Hashing has two useful properties"
    assert subject("It is fast. The flags it takes are:\n") is None  # "are" wants more
    assert subject("So far so good. Three steps make a backup:\n") == "Three steps make a backup"
    assert subject("A device that is capable of:\n") is None
    assert subject("layer 1: parsing the input text:\n") is None  # a term line
    assert subject("Types:\n") is None  # a label, read as one elsewhere
    assert subject("Hashing has\ntwo useful properties:\n") is None


def test_a_statement_after_the_opening_paragraph_asks_for_its_own_list() -> None:
    """The section's first paragraph answers its heading; a later paragraph that ends in a
    colon states what the list right under it is, and that list answers it."""
    text = (
        "# Gardening\n\n## Compost\n\n"
        "Compost turns kitchen scraps into soil over a few months.\n\n"
        "A healthy heap needs three things:\n"
        "- air from regular turning\n- water to keep it damp\n- a mix of green and brown waste\n\n"
        "Most heaps are ready by spring.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["A healthy heap needs three things"].answer == (
        "- air from regular turning\n- water to keep it damp\n- a mix of green and brown waste"
    )
    assert cards["Compost"].answer == "Compost turns kitchen scraps into soil over a few months."
