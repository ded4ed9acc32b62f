"""A heading whose body is mostly a plain list: the heading asks, the list answers.

Only a heading that names a topic counts (not a generic or repeated label such as
``Example``, not a dated entry), and only when the list opens the section, after at most
one short paragraph leading into it (kept in the answer): a section that opens with prose
is asked by its heading and answered by that prose. A list most of whose items are cards
of their own is a glossary, no card; otherwise the answer is the whole list, the items
that are cards of their own too, by their first line (the list reads as a whole, and its
first items say what it is about). A reading list (items led by links) or a long list is
no card; a list of one item is the answer only when the item says something, not when it
names one thing (unless the heading asks a question, or the item is an equation or a chain
of steps). Steps with a command or two written under each (``1) 압축 해제`` + a fence with
its ``tar`` line) answer with their code, when that is short. When the lists after prose
of their own (``예시:`` + a list of cards of their own) leave the section no card, the
first list alone answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract import list_shapes
from notecards.core.extract.actions import names_a_task
from notecards.core.extract.blocks import CODE_KINDS, Block
from notecards.core.extract.clean import clean_term, dedent
from notecards.core.extract.facet_words import asks_a_facet
from notecards.core.extract.item_heads import item_head
from notecards.core.extract.note import Heading
from notecards.core.extract.patterns.chatter import is_date, is_link_only
from notecards.core.extract.patterns.headings import is_heading_title, is_title_cased_heading
from notecards.core.extract.patterns.labels import (
    NUMBERED_STATEMENT,
    is_generic_label,
    opens_with_a_label,
)
from notecards.core.extract.patterns.overview_headings import is_overview, overview_subject
from notecards.core.extract.patterns.sentences import is_hangul
from notecards.core.extract.patterns.stated_headings import states_a_point
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers import topic_items
from notecards.core.model import CardKind

_MAX_ITEMS: Final = 12
_MIN_PLAIN_ITEMS: Final = 2
_MAX_ANSWER_LINES: Final = 14
_MAX_LEAD_IN_CHARS: Final = 160
_IMAGE_ONLY: Final = re.compile(r"(?:!\[[^\]]*\]\([^)]*\)|<[^>]+>|\s)+")


def _stands_alone(line: str) -> bool:
    """Whether an item's first line reads without what is nested under it: not a heading
    block, a formula's opening or a line leading into its children (``Picking vendors:``)."""
    said = topic_items.ITEM_MARKER.sub("", line).strip()
    return bool(said) and said[0] not in "#$" and not said.endswith((":", "："))


_EXAMPLE_SEPARATOR: Final = re.compile(r"\s*[,、/]\s*")
_MAX_EXAMPLE_WORDS: Final = 2


def _names_examples(answer: str) -> bool:
    """``RAM, SSD``, ``운영체제, 컴파일러``: two or more short names and nothing said (the
    caller has found a separator in it); a name opens with a capital, a digit or Hangul
    (``second note's answer, edited`` says something, and so does ``합, $\\sum_i x_i$``)."""
    names = _EXAMPLE_SEPARATOR.split(answer.strip())
    return len(names) >= 2 and all(
        name
        and len(name.split()) <= _MAX_EXAMPLE_WORDS
        and (name[0].isupper() or name[0].isdigit() or is_hangul(name[0]))
        and not name.endswith((".", ":", "다"))
        for name in names
    )


def whole_list(items: Sequence[Block], produced: Sequence[int], lines: Sequence[str]) -> str:
    """A list's items as an answer: each whole, but an item that is a card of its own by its
    opening only (its card holds the rest), so the list reads whole and stays short."""
    return "\n".join(
        dedent(lines[item.start : item.end]) if count == 0 else item_head(item, lines)
        for item, count in zip(items, produced, strict=True)
        if count >= 0
    )


def _lead_in(body: Sequence[Block]) -> tuple[bool, Block | None]:
    """What the section says before its first list: whether it is prose (the heading and
    that prose are then a card of their own), and the one paragraph leading into the list
    if that is all, short or ending in a colon (``특징은 다음과 같다:``, ``최적해를 구하는
    근시안적인 방법``, ``(aka. foundation model)``), which the answer keeps. Code, images,
    links, rules and HTML do not count."""
    lead: Block | None = None
    for block in body:
        if block.kind == "list":
            return False, lead
        if block.kind in ("paragraph", "quote"):
            text = _text_of(block)
            if text is None:
                return True, None  # a quote of several blocks is prose
            if _IMAGE_ONLY.fullmatch(text) or is_link_only(text):
                continue
            introduces = text.rstrip("*_ ").endswith((":", "："))
            if lead is not None or not (introduces or len(text) <= _MAX_LEAD_IN_CHARS):
                return True, None
            lead = block
    return False, lead


def _first_list_run(body: Sequence[Block]) -> int:
    """How many items the section's first run of lists holds: a list that comes after
    prose of its own (``예시:`` + a list, ``※ Cache`` + its explanation) belongs to that
    prose, not to the heading (a table breaks the run too). Images, links, code and rules
    between lists break no run."""
    count = 0
    for block in body:
        if block.kind == "list":
            count += len(block.children)
        elif count and block.kind in ("paragraph", "quote", "table"):
            text = _text_of(block)
            if text is None or not (
                _IMAGE_ONLY.fullmatch(text) or (is_link_only(text) and not is_generic_label(text))
            ):
                break  # (a label such as ``예시:`` leads into a list of its own)
    return count


def _text_of(block: Block) -> str | None:
    """A paragraph's text, or a quote's when it is one paragraph (None otherwise)."""
    if block.kind == "paragraph":
        return block.text.strip()
    children = block.children
    if len(children) == 1 and children[0].kind == "paragraph":
        return children[0].text.strip()
    return None


def _answered_by_lead(
    lead: Block, first_item: Block, produced: Sequence[Proposal], lines: Sequence[str]
) -> bool:
    """Whether the paragraph before the list made a card that holds the list already
    (``**Theorem 1.9** ... Then`` + the conditions): the section has nothing left to ask."""
    item = topic_items.ITEM_MARKER.sub("", lines[first_item.start]).strip()
    return any(
        lead.start < proposal.line <= lead.end
        and item in proposal.answer
        and not is_generic_label(proposal.question)  # "Given:" + the list: a label's card
        for proposal in produced
    )


def names_a_topic(heading: Heading, body: Sequence[Block], note_title: str = "") -> bool:
    """A heading that names a topic (or an overview of the subject above it): not a repeated
    category label, not a dated entry; ``note_title`` is the note's title."""
    title = heading.text.strip()
    if heading.repeated or not (
        is_heading_title(title)
        # "### Measure What You Want to Improve": a habit named in title case, below the title
        or is_title_cased_heading(title, heading.level, note_title)
        or heading.solves  # "## Solution" after "## Problem": the subject's solution
        or is_overview(title)
        or names_a_task(title)
        or NUMBERED_STATEMENT.fullmatch(title)  # "## Theorem 3.11" + the statements it makes
        or asks_a_facet(title)  # "### 인덱스가 쓰기를 늦추는 이유" + the reasons
        # "### 작은 변경은 리뷰가 빠르다" + why: a point, below the note's title (a note's
        # title often reads as a sentence)
        or (states_a_point(title) and clean_term(title) != note_title)
    ):
        return False  # ("### SwiftLint 적용하기" + its steps: a task's heading asks its steps)
    first = body[0] if body else None
    return not (first is not None and first.kind == "paragraph" and is_date(first.text))


def in_section(
    heading: Heading,
    body: Sequence[Block],
    *,
    per_item: Sequence[int],
    lines: Sequence[str],
    context: Context,
    produced: Sequence[Proposal] = (),
    title: str = "",
) -> Proposal | None:
    """The card of a section whose body is mostly a plain list.

    ``per_item`` is how many cards each item of the body's lists produced (negative: set
    aside, a task or a note to self); ``lines`` are the note's source lines and ``context``
    the path above the heading; ``produced`` the cards the body's blocks made (a paragraph
    before the list whose card holds the list, ``**Theorem 1.9** ... Then`` + the list,
    leaves no topic card).
    """
    prose, lead = _lead_in(body)
    if prose:
        return None  # (the list's shape is tested first: cheaper than the heading's words)
    every = [item for block in body if block.kind == "list" for item in block.children]
    if not every or len(every) != len(per_item):
        return None
    if lead is not None and _answered_by_lead(lead, every[0], produced, lines):
        return None
    found = _card_of_items(
        heading,
        body,
        every,
        per_item,
        lead=lead,
        lines=lines,
        context=context,
        produced=produced,
        title=title,
    )
    if found is not None or sum(1 for block in body if block.kind == "list") < 2:
        return found
    first_run = _first_list_run(body)
    if first_run < len(every):
        # the lists after prose of their own (``예시:`` + a list) made it no card: the
        # first list alone may answer
        found = _card_of_items(
            heading,
            body,
            every[:first_run],
            per_item[:first_run],
            lead=lead,
            lines=lines,
            context=context,
            produced=produced,
            title=title,
        )
    return found


def _naming_in_passing(
    items: Sequence[Block], results: Sequence[int], produced: Sequence[Proposal]
) -> set[int]:
    """The 1-based lines of the items whose one card is a sentence naming a term, when they
    are no more than the items that are no card; else none."""
    naming = {proposal.line for proposal in produced if proposal.idiom is Idiom.PROSE_NAMING}
    named = {
        item.start + 1
        for item, count in zip(items, results, strict=True)
        if count == 1 and item.start + 1 in naming
    }
    return named if len(named) <= results.count(0) else set()


def _defines_a_heading_word(
    heading: Heading,
    items: Sequence[Block],
    results: Sequence[int],
    produced: Sequence[Proposal],
    lines: Sequence[str],
) -> set[int]:
    """The 1-based line of the first item when it defines a word of the heading (``- flag:
    ...`` under ``Remove Flag Argument``) and the items after it that are no card say
    something (``## Protocol vs Interface`` + ``- Protocol: ...`` + ``- Interface`` names
    its parts); else none."""
    first = items[0].start + 1
    if results[0] != 1 or 0 not in results[1:]:
        return set()
    said = topic_items.defines_a_heading_word(heading, first, produced) and all(
        topic_items.says_something(lines[item.start])
        for item, count in zip(items, results, strict=True)
        if count == 0
    )
    return {first} if said else set()


def _card_of_items(
    heading: Heading,
    body: Sequence[Block],
    every: Sequence[Block],
    per_item: Sequence[int],
    *,
    lead: Block | None,
    lines: Sequence[str],
    context: Context,
    produced: Sequence[Proposal],
    title: str,
) -> Proposal | None:
    """The topic card answered by the list items ``every`` (``per_item``: how many cards
    each made), under the paragraph ``lead`` leading into them if any."""
    items = [item for item, produced in zip(every, per_item, strict=True) if produced >= 0]
    results = [produced for produced in per_item if produced >= 0]
    by_line = {proposal.line for proposal in produced}
    # "- 기억장치 : RAM, SSD": an item that only names examples is a part, not a term
    examples = (
        {
            proposal.line
            for proposal in produced
            if ("," in proposal.answer or "/" in proposal.answer or "、" in proposal.answer)
            and _names_examples(proposal.answer)
        }
        if 1 in results  # (only an item that made one card may be a part named by examples)
        else set()
    )
    # "- 결과 코드를 object code라고 한다": an item naming a term in passing still says
    # what the heading is about, beside as many items that are no card (most items naming
    # terms make a glossary)
    in_passing = _naming_in_passing(items, results, produced) if 0 in results else set()
    # "##### Remove Flag Argument" + "- flag: a literal param that picks ..." + "- give each
    # case its own function": a first item defining a word of the heading says what the
    # heading is about, beside items that say something and are no card
    in_passing |= (
        _defines_a_heading_word(heading, items, results, produced, lines) if 0 in results else set()
    )
    plain = [
        item
        for item, produced in zip(items, results, strict=True)
        if not produced
        or (produced == 1 and (item.start + 1 in examples or item.start + 1 in in_passing))
        or (
            lead is None
            and item.start + 1 not in by_line
            and "#" not in lines[item.start][:8]  # an outliner's heading block names
            and (
                len(items) > 1
                or not opens_with_a_label(topic_items.ITEM_MARKER.sub("", lines[item.start]))
            )
            and topic_items.says_something(lines[item.start])
        )
    ]  # an item saying something whose nested lines alone made cards reads as plain
    if len(items) == 1 and not (
        plain
        and (
            topic_items.says_something(lines[items[0].start])
            or topic_items.answers_alone(heading, lines[items[0].start])
        )
    ):
        return None  # one item alone answers when it says something, not when it names one
    if (
        len(plain) < min(_MIN_PLAIN_ITEMS, len(items))
        and (
            topic_items.opens_in_bold(lines[items[0].start])
            or (
                topic_items.defines_its_heading(heading, items, results, produced)
                and topic_items.reads_as_a_definition(lines[items[0].start])
            )
        )
        and topic_items.says_something(lines[items[0].start])  # (the costlier test, last)
    ):
        # "- **what the setting decides**" + its lines, then items that are cards of their
        # own (a table of values, options): the items before them answer; so does a first
        # item saying what the heading is ("- A collection of bits set by ...") over items
        # that are all cards ("- Zero-flag: ...")
        opening = next((index for index, count in enumerate(results) if count), len(items))
        if opening:
            items, results = items[:opening], results[:opening]
            plain = list(items)
    if (
        len(plain) < len(items)  # (only what would be a glossary otherwise may be a facet's)
        and topic_items.cases_of_a_facet(heading, items, results, lines)
    ):
        plain = list(items)  # "##### 시간 복잡도" + "- 인접 행렬 : O(V^2)": its cases, not terms
    if (
        len(plain) < min(_MIN_PLAIN_ITEMS, len(items))
        or 2 * len(plain) < len(items) - len(plain)
        or len(items) > _MAX_ITEMS
        or not names_a_topic(heading, body, title)
    ):
        return None
    shown = results
    if len(items) == 1 and results[0] > 0 and items[0].start + 1 not in by_line:
        # one item (plain, or the check above returned) whose nested lines alone made cards
        # answers whole: they say what it leads into ("- R is in BCNF if" + the conditions)
        shown = [0]
    answer = whole_list(items, shown, lines)
    # steps with their commands, when that is short enough (a cheap test first)
    stepped = (
        list_shapes.with_step_code(body, items, shown, lines)
        if any(block.kind in CODE_KINDS for block in body)
        else None
    )
    if (
        lead is None
        and len(items) > 1
        and answer.count("\n") >= _MAX_ANSWER_LINES
        and all(_stands_alone(lines[item.start]) for item in items)
    ):
        # too long whole: its items by their first lines say what it holds (under a lead
        # paragraph, the paragraph answers instead)
        answer = whole_list(items, [max(count, 1) for count in results], lines)
    if lead is not None:
        said = dedent(lines[lead.start : lead.end])
        answer = f"{said}\n\n{answer}"
        stepped = None if stepped is None else f"{said}\n\n{stepped}"
    if stepped is not None and stepped.count("\n") < _MAX_ANSWER_LINES:
        answer = stepped  # (too long with its code, the list alone answers)
    if answer.count("\n") >= _MAX_ANSWER_LINES:
        return None
    if list_shapes.is_reading_list(items, lines):
        return None
    question = clean_term(heading.text.strip())
    if is_overview(question):  # "## what" + a list: what the subject above it is
        question = overview_subject(question, context, title)
        if not question:
            return None
    return Proposal(CardKind.BASIC, question, answer, heading.line + 1, context, Idiom.TOPIC)
