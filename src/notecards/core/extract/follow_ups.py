"""What a paragraph that asks gets from the block right under it.

A paragraph may ask without answering: a question (``가비지 컬렉션이란?``), a label on a
line of its own (``[ TCP 특징 ]``, ``**장점**``, ``Types of joins:``), or a statement that
ends in a colon (``Random forests have three hyper-parameters:``). The block under it is
its answer: a list (:func:`.proposers.labelled_list.answered`,
:func:`.proposers.question_list.answered`, :func:`.proposers.stated_list.answered`), or,
for a question or a label, a paragraph or quote
(:func:`.proposers.labelled_list.explained`, :func:`.proposers.question_list.explained`).
The walker reads every block as it comes and asks here, with the block's own cards, whether
the paragraph before it made a card of the two.

A definition may also lead into the formula or the list under it: ``The PDF is the
function $f$ such that:`` + the formula, ``Pandas is a library that lets you:`` + what it
lets you do; it, or a sentence saying what code does, into short code (``Run `make` to
compile it:`` + the command). Its card takes that block (:func:`led_on`), as a section's
card does (:mod:`.proposers.section_body`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Final, NamedTuple

from notecards.core.extract import list_shapes
from notecards.core.extract.blocks import CODE_KINDS, Block
from notecards.core.extract.clean import tidy_label
from notecards.core.extract.patterns import discourse
from notecards.core.extract.patterns.sentences import SENTENCE_BREAK
from notecards.core.extract.patterns.trailing_leads import without_dangling_lines
from notecards.core.extract.proposal import (
    FROM_SENTENCES,
    MAX_LED_INTO_LINES,
    Context,
    Idiom,
    Proposal,
)
from notecards.core.extract.proposers import labelled_list, question_list, stated_list
from notecards.core.extract.proposers.block_text import block_source
from notecards.core.extract.proposers.section_blocks import one_of_a_series

# how a definition ends when it leads into the block under it
_LEADS_INTO: Final = (
    ":", "：", "such that", "where", "as follows", "다음과 같다", "다음과 같습니다",
)  # fmt: skip
_COLONS: Final = (":", "：")
_LED_INTO_BLOCKS: Final = frozenset(("math", "list")) | CODE_KINDS
_SAYS_WHAT_CODE_DOES: Final = FROM_SENTENCES | {Idiom.CODE_PURPOSE}
_MAX_LED_INTO_CODE: Final = 8  # a command or a few lines (fences included), not a program


def led_on(
    made: Sequence[Proposal], paragraph: Block, after: Block | None, lines: Sequence[str]
) -> Proposal | None:
    """The paragraph's last card with the formula or the list under the paragraph in its
    answer, when the card's sentence (a definition or a naming) ends the paragraph leading
    into it (``... such that:``, ``... where:``, ``... 다음과 같습니다.``; a list only after
    a colon); None when it does not. In prose wrapped at a width the card's sentence may
    start lines above the paragraph's last (``A quaternion is defined`` + ``as a
    4-vector:`` + the formula): it still ends the paragraph, and leads into the formula or
    the code under it."""
    if not made or after is None or after.kind not in _LED_INTO_BLOCKS:
        return None
    card = made[-1]
    answer = card.answer.rstrip(" .")
    # the card's line (1-based): the paragraph's last, or one its sentence wraps from onto
    # the last when it leads into a formula or code (a list it announces is filed later)
    earliest = paragraph.start + 1 if after.kind != "list" else paragraph.end
    if (
        # (a term line's term may be a label: "Short version:"; a sentence saying what code
        # does shows it: "Run `make` to compile the C++ code:" + the command)
        card.idiom not in (_SAYS_WHAT_CODE_DOES if after.kind in CODE_KINDS else FROM_SENTENCES)
        or not earliest <= card.line <= paragraph.end
        or not answer.casefold().endswith(_LEADS_INTO if after.kind == "math" else _COLONS)
        or after.end - after.start
        > (_MAX_LED_INTO_CODE if after.kind in CODE_KINDS else MAX_LED_INTO_LINES)
        or not _ends_paragraph(answer, lines[card.line - 1 : paragraph.end])
    ):
        return None
    return card._replace(answer=f"{card.answer}\n\n{block_source(after, lines)}")


def _ends_paragraph(answer: str, lines: Sequence[str]) -> bool:
    """Whether ``answer`` (its full stop aside) ends the paragraph lines from its card's line
    down, however the lines are wrapped: it is the last thing the paragraph says."""
    if len(lines) == 1:  # (the commonest: the sentence on the paragraph's last line)
        return lines[0].rstrip(" .").endswith(answer[-12:])
    tail = " ".join(answer.split())[-40:]
    return " ".join(" ".join(lines).split()).rstrip(" .").endswith(tail)


class Asking(NamedTuple):
    """A paragraph that asks, and how: by a ``label``, by a ``statement`` ending in a colon,
    or (neither) by a question."""

    paragraph: Block
    label: str | None
    statement: str | None


def asking(
    paragraph: Block, after: Block | None, *, past_opening: bool, first: bool = False
) -> Asking | None:
    """How a paragraph asks for the block ``after`` it, if it does: a label first, then a
    question, then a statement ending in a colon (only ``past_opening``, after a section's
    opening paragraph: that is its heading's answer, list and all) or a Korean one that
    counts what its list holds, then a plain line right over its list (neither the
    ``first`` block of a run: a heading's opening line and its list answer the heading)."""
    label = labelled_list.label_of(paragraph)
    if label is not None:
        return Asking(paragraph, label, None)
    if question_list.asks(paragraph):
        return Asking(paragraph, None, None)
    statement = stated_list.stated(paragraph) if past_opening else None
    if statement is None and not first:
        # "트리는 몇 가지 특징이 있다.": a Korean count says what its list is without a
        # colon, in a section's opening prose too (past its first paragraph)
        statement = stated_list.counted(paragraph.text)
    if statement is not None:
        return Asking(paragraph, None, statement)
    label = None if first else labelled_list.tight_label_of(paragraph, after)
    return Asking(paragraph, label, None) if label is not None else None


# a numbered line alone: "1. Avoid wildcard imports"
_NUMBERED_LINE: Final = re.compile(r"\s*\d{1,2}[.)]\s+(?P<text>\S.{0,78}?)\s*$")


def numbered_label(
    block: Block, after: Block | None, produced: Sequence[int], lines: Sequence[str]
) -> Asking | None:
    """How a list of one numbered line, which made no card (``1. Avoid wildcard imports``,
    then a blank line and what explains it), asks for the block ``after`` it: as a label,
    a heading in all but name (not when the next step follows, ``2. ...``: a list of steps
    broken by blank lines)."""
    if produced != [0] or block.end - block.start != 1:
        return None  # (one count per item: a list of one item that made no card)
    if (
        after is None
        or after.kind not in ("paragraph", "list")
        or _NUMBERED_LINE.match(lines[after.start]) is not None
    ):
        return None
    item = block.children[0]
    if len(item.children) != 1 or item.children[0].kind != "paragraph":
        return None
    found = _NUMBERED_LINE.fullmatch(lines[block.start])
    if found is None or found.group("text").endswith((".", ":", "：", "?")):
        return None  # a sentence, a lead-in or a question asks otherwise
    return Asking(item.children[0], found.group("text"), None)


def list_answer(
    asked: Asking,
    answers: Block,
    *,
    made: Sequence[Proposal],
    per_item: list[int],
    lines: Sequence[str],
    context: Context,
) -> tuple[Proposal | None, list[int]]:
    """The card of the paragraph ``asked`` and the list ``answers``, whose items made the
    cards ``made`` (``per_item`` of them each); and the counts per item the section's own
    idioms should see then (an item the card holds is no longer free)."""
    paragraph, label, statement = asked
    if label is not None:
        card = labelled_list.answered(
            paragraph,
            answers,
            label=label,
            produced=list_shapes.own_cards(answers, made),
            lines=lines,
            context=context,
        )
        if card is None:
            return None, per_item
        return card, [count + 1 if count == 0 else count for count in per_item]
    if statement is not None:
        card = stated_list.answered(
            paragraph, statement, answers, produced=per_item, lines=lines, context=context
        )
    else:
        card = question_list.answered(paragraph, answers, per_item, lines, context)
    if card is None:
        return None, per_item
    # its question's card holds every item: none is left for a topic
    return card, [count + 1 if count >= 0 else count for count in per_item]


def prose_answer(
    asked: Asking,
    answer: Block,
    *,
    made: Sequence[Proposal],
    lines: Sequence[str],
    context: Context,
) -> Proposal | None:
    """The card of the paragraph ``asked`` and the paragraph or quote ``answer`` right
    under it, which made the cards ``made`` on its own."""
    paragraph, label, statement = asked
    if label is None:
        if made or statement is not None:
            return None  # a statement's colon announces a list, not a paragraph
        return question_list.explained(paragraph, answer, lines, context)
    if answer.kind != "paragraph":
        # "**Deadlock 이란?**" + a quote: a question set in bold, which the quote answers
        asks = answer.kind == "quote" and not made and question_list.asks(paragraph)
        return question_list.explained(paragraph, answer, lines, context) if asks else None
    return labelled_list.explained(
        paragraph, answer, label=label, produced=made, lines=lines, context=context
    )


_MAX_LEAD_IN_CHARS: Final = 100
_MIN_LEAD_IN_WORDS: Final = 3
# how a lead-in ends when the list goes on with its sentence instead of naming what its
# entries are ("A device that is capable of:", "Keys used for:", "These are problems like:",
# "The solutions are:"): a word that wants its complement
_WANTS_MORE: Final = frozenset(
    (
        "a", "about", "an", "and", "are", "as", "at", "be", "because", "but", "by", "can",
        "contain", "contains", "could", "cover", "does", "following", "for", "from", "get",
        "gets", "has", "have", "if", "in", "include", "includes", "including", "into", "is",
        "it", "like", "may", "must", "need", "of", "on", "or", "satisfying", "should", "so",
        "such", "than", "that", "the", "then", "through", "to", "was", "were", "when",
        "where", "which", "while", "who", "will", "with", "would",
    )
)  # fmt: skip


def lead_in_subject(paragraph: Block) -> str | None:
    """What the entries of the list under ``paragraph`` are of, when it is one line whose
    last sentence ends in a colon and names them (``There are two families of randomized
    algorithms:``, ``Past projects for STAR questions:``), without its colon; not a sentence
    the list finishes (``A device that is capable of:``)."""
    text = paragraph.text.strip()
    if "\n" in text or len(text) > _MAX_LEAD_IN_CHARS or not text.endswith(_COLONS):
        return None
    sentence = SENTENCE_BREAK.split(text[:-1].strip())[-1]
    words = sentence.split()
    if (
        len(words) < _MIN_LEAD_IN_WORDS
        or words[-1].casefold().strip(",") in _WANTS_MORE
        or any(colon in sentence for colon in _COLONS)  # a term line: "layer 1: parsing:"
    ):
        return None
    return sentence


def filed_under_lead_in(subject: str, made: Sequence[Proposal], context: Context) -> list[Proposal]:
    """:func:`filed_under` the ``subject`` of a lead-in (:func:`lead_in_subject`), but for
    a card that asks it already (``There are three kinds — X``)."""
    return filed_under(subject, made, context, unless=lambda card: subject in card.question)


def filed_under(
    label: str,
    made: Sequence[Proposal],
    context: Context,
    *,
    unless: Callable[[Proposal], bool] | None = None,
) -> list[Proposal]:
    """The cards a list's entries ``made`` under a ``label`` that makes no card of its own
    (``**O_NONBLOCK**`` + ``- reading: ...``, a glossary): the label joins their context
    after ``context``, the path above it, so each is asked of what it stands under (but a
    card ``unless`` says stays as it is)."""
    name = tidy_label(label)
    if not name:
        return list(made)
    depth = len(context)
    return [
        proposal._replace(context=(*context, name, *proposal.context[depth:]))
        if proposal.context[:depth] == context and (unless is None or not unless(proposal))
        else proposal
        for proposal in made
    ]


def filed_under_topic(topic: str, made: Sequence[Proposal], context: Context) -> list[Proposal]:
    """The cards ``made`` from the blocks after a name alone in bold (``**MLFQ**``), up to
    the next bold label, a rule or prose that moves on: a writer who bolds a name on its own
    line, as a heading it does not make, explains that name in the labels and lists that
    follow (``Basic Rules:`` + its list), so the name joins their context after ``context``.
    A card that asks the name itself, or one already filed under it (the list right under
    the name), is left as it is."""
    name, depth = tidy_label(topic), len(context)
    return filed_under(
        topic,
        made,
        context,
        unless=lambda card: card.context[depth : depth + 1] == (name,) or card.question == topic,
    )


_ANNOUNCED_BLOCKS: Final = frozenset(("math", "list", "fence"))


def with_announced_blocks(
    made: Sequence[Proposal], body: Sequence[Block], lines: Sequence[str]
) -> list[Proposal]:
    """The cards ``made`` from a section's ``body``, each card whose answer ends with a
    paragraph's closing colon (``The fix is to run:``, ``Formally:``, ``다음과 같이 설정한다:``)
    with the short fence, formula or list right under that paragraph in its answer: the
    colon announces the block, and the lead-in alone answers nothing (code only as short as
    :func:`led_on` takes: a command or a few lines, not a program)."""
    after_paragraph = {
        block.end: following
        for block, following in pairwise(body)
        if block.kind == "paragraph"
        and following.kind in _ANNOUNCED_BLOCKS
        and following.end - following.start
        <= (_MAX_LED_INTO_CODE if following.kind in CODE_KINDS else MAX_LED_INTO_LINES)
        and lines[block.end - 1].rstrip().endswith(_COLONS)
        # (code, a table and a picture in turn after a colon: kinds of things, shown one by one)
        and not one_of_a_series(following, body)
    }
    if not after_paragraph:
        return list(made)
    taken = []
    for card in made:
        answer = card.answer.rstrip()
        if not answer.endswith(_COLONS) or _points_on_alone(answer):
            taken.append(card)
            continue
        led = next(
            (
                following
                for end, following in after_paragraph.items()
                if card.line <= end and lines[end - 1].rstrip().endswith(answer[-20:])
            ),
            None,
        )
        taken.append(
            card if led is None else card._replace(answer=f"{answer}\n\n{block_source(led, lines)}")
        )
    return taken


def _points_on_alone(answer: str) -> bool:
    """Whether the answer's last line is a paragraph or a label of its own that only points
    on (``To list the jobs:``, ``Here's what I did:``): the next step of a story or an aside,
    not part of what the card says; it is cut off (see :mod:`.patterns.trailing_leads`)."""
    cut = without_dangling_lines(answer)
    return len(cut) < len(answer) and answer[len(cut) :].lstrip(" \t").startswith("\n")


def announces_examples(block: Block) -> bool:
    """Whether ``block`` is a paragraph whose last sentence announces the example
    sentences under it (``다음 예문과 같습니다.``, ``형용사가 쓰인 예문을 보겠습니다.``)."""
    return block.kind == "paragraph" and discourse.announces_examples(block.text)


def without_examples_shown(
    made: Sequence[Proposal], block: Block, produced: list[int]
) -> tuple[list[Proposal], list[int]]:
    """The cards ``made`` from a list or quote that a paragraph announced as examples,
    without its term lines: a ``label : instance`` line there labels an example sentence or
    word (``감탄문 : 꽃이 예쁘구나``), it defines no term; and ``produced`` (the cards per list
    item) less the lines dropped."""
    kept: list[Proposal] = []
    left = list(produced)
    items = block.children[: len(left)]
    for proposal in made:
        if proposal.idiom is not Idiom.TERM_LINE:
            kept.append(proposal)
            continue
        for number, item in enumerate(items):
            if item.start < proposal.line <= item.end:
                left[number] -= 1
    return kept, left
