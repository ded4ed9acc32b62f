"""A card as an idiom proposes it: before it is tidied, judged and stamped with its note.

Each proposer (one per idiom, see :mod:`notecards.core.extract.proposers`) reads a section or
a block and returns proposals; :mod:`.clean` tidies them, :mod:`.decide` keeps some, and the
pipeline turns those into cards with the note's deck, tags, source and a content key.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from enum import StrEnum
from typing import Final, NamedTuple

from notecards.core.model import CardKind

Context = tuple[str, ...]  # the headings and parent terms above a card, outermost first


class Idiom(StrEnum):
    """The way of writing that a proposal was read from."""

    EXPLICIT_PAIR = "explicit pair"  # Q :: A, Q ::: A
    CLOZE = "cloze"  # {{c1::...}}, ==highlight==
    TERM_LINE = "term line"  # - Term: definition; Term - definition in a paragraph
    DEFINITION_LIST = "definition list"  # Term + ": definition" on the next line
    HEADING_TERM = "heading term"  # ## Term: definition
    NESTED_TERM = "nested term"  # - Term + the lines and blocks nested under it
    TOPIC = "topic"  # a heading whose body is a list
    SECTION_BODY = "section body"  # a heading (or the note's title) + its first paragraph
    LABELLED_LIST = "labelled list"  # [ TCP 특징 ] / **장점** / Types: + the list under it
    QUESTION_LIST = "question list"  # a paragraph ending in a question + the list under it
    ANSWERED_QUESTION = "answered question"  # What are grid cells? Neurons that fire ...
    STATED_LIST = "stated list"  # a statement ending in a colon + the list under it
    STATED_DEFINITION = "stated definition"  # ### Definition 3.1 (Sample space) + paragraph
    CALLOUT = "callout"  # > [!definition] Term + its body
    PROSE_NAMING = "prose naming"  # ...를 X라고 함; ... is called X
    PROSE_DEFINITION = "prose definition"  # X란 ...; X는 ...을 말한다; X refers to ...
    CODE_PURPOSE = "code purpose"  # To add a dependency, use `rye add`.
    FLAT_TERM_LINE = "flat term line"  # a line of a flat export: Term: definition
    FLAT_TERM = "flat term"  # a flat export's bullet: Term: definition and/or deeper bullets
    FLAT_INTRODUCED_LIST = "flat introduced list"  # a flat export's short line + bullets
    OUTLINER_CARD = "outliner card"  # a Logseq block tagged #card + its children
    PARAMETER = "parameter"  # > name -> type + the list or paragraph explaining it
    ACTION_ITEM = "action item"  # - a task named in a list item + the command under it
    COMMENTED_COMMAND = "commented command"  # $ git diff --cached   # 커밋 후 변경사항
    TABLE_ROW = "table row"  # | `tree` | 디렉토리 구조를 트리로 보여줌 |: a glossary table's row
    COMPARED = "compared"  # Latency vs Throughput + "Latency is measured in ..."
    FORMULA = "formula"  # The canonical entropy is defined as: + the display formula under it
    SHOWN_ERROR = "shown error"  # I got this error: + the message + how it was fixed


# the idioms whose question the writer wrote as a question: it is asked as written
WRITTEN_AS_CARDS: Final = frozenset((Idiom.EXPLICIT_PAIR, Idiom.CLOZE, Idiom.OUTLINER_CARD))
# the idioms whose card is a sentence of prose that defines or names its term
FROM_SENTENCES: Final = frozenset((Idiom.PROSE_NAMING, Idiom.PROSE_DEFINITION))
# the most lines of a list or formula a paragraph leading into it takes into its answer
MAX_LED_INTO_LINES: Final = 14


class Proposal(NamedTuple):
    """One card an idiom proposes: ``line`` is 1-based, like a card's.

    ``code_is_tip``: the answer may be code alone, because the code is what the question
    asks for (a one-tip note ``# Undo the last commit`` + ``git reset --soft HEAD~1``);
    any other answer that is only code is no card (:mod:`.decide`).
    """

    kind: CardKind
    question: str
    answer: str
    line: int
    context: Context
    idiom: Idiom
    code_is_tip: bool = False


# a Proposal from a tuple of all its fields (``code_is_tip`` too), built in C: calling the
# class runs a __new__ written in Python, and the commonest idioms make one per list item
proposal_of: Callable[[tuple[CardKind, str, str, int, Context, Idiom, bool]], Proposal] = (
    functools.partial(tuple.__new__, Proposal)
)
