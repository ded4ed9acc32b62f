"""A paragraph whose last line is a short question, answered by the list right below it:
the question asks, the list answers, whole (items that are cards of their own by their
first line; a task or a note to self is left out). A list whose every item is a card of
its own is no answer.

A question alone on its paragraph is answered by a quote right below it too (``***FTP란?***``
+ ``> 파일을 주고받기 위한 프로토콜``), and by a paragraph when the writer marked the question
as one (bold or italic, or a written ``Q:`` before it, whose answer may be written with its
``A:``): an unmarked question before prose is more often the writer asking
themselves (``그렇다면 왜 이런 일이 생길까?``) than a card."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.discourse import is_lead_in
from notecards.core.extract.patterns.sentences import is_question
from notecards.core.extract.patterns.terms import is_term
from notecards.core.extract.patterns.written_questions import answered as written_answer
from notecards.core.extract.patterns.written_questions import asked as written_question
from notecards.core.extract.patterns.written_questions import without_q
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers.block_text import block_source
from notecards.core.extract.proposers.topic import whole_list
from notecards.core.model import CardKind


def asks(paragraph: Block) -> bool:
    """Whether a paragraph ends in a short question, which a list below it would answer."""
    last = paragraph.text.rsplit("\n", 1)[-1]
    asked = _question_of(without_q(last) if last[:1] == "Q" else last)  # "Q) Is it ...?"
    return (
        asked is not None
        and not _SENTENCE_INSIDE.search(asked)  # "X란 ... 가리킵니다. 예를 볼까요?"
        and is_term(clean_term(asked))
    )


def _question_of(line: str) -> str | None:
    """The question a line asks, or None: the line, or, for a marked line going on with an
    aside after its question (``***RAM은 휘발성 아닌가요? 껐다 켜면 다 날아가는데..***``),
    its first sentence, marked as the line is."""
    stripped = line.strip()
    if is_question(stripped):
        return stripped
    if stripped[:1] in "*_" and "? " in stripped:
        mark = stripped[: len(stripped) - len(stripped.lstrip("*_"))]
        if stripped.endswith(mark) and len(stripped) > 2 * len(mark):
            return f"{stripped[: stripped.index('? ') + 1]}{mark}"
    return None


def answered(
    paragraph: Block,
    answers: Block,
    produced: Sequence[int],
    lines: Sequence[str],
    context: Context,
) -> Proposal | None:
    """The card of a question paragraph and the list ``answers`` under it; ``produced``
    is how many cards each of the list's items made, ``lines`` the note's source lines."""
    items = [item for item in answers.children if item.kind == "item"]
    plain = [item for item, count in zip(items, produced, strict=True) if count == 0]
    if not plain:
        return None
    answer = whole_list(items, produced, lines)
    paragraph_lines = paragraph.text.split("\n")
    question = clean_term(_question_of(paragraph_lines[-1]) or paragraph_lines[-1])
    line = paragraph.start + len(paragraph_lines)
    return Proposal(CardKind.BASIC, question, answer, line, context, Idiom.QUESTION_LIST)


_MAX_QUESTION_CHARACTERS: Final = 80
_SENTENCE_INSIDE: Final = re.compile(r"[.!?。]\s+\S")


# a short question about what came before it, naming nothing of its own
_ASKS_OF_WHAT_CAME_BEFORE: Final = re.compile(
    r"^\W*(?:\w+\W+){0,3}(?:this|that|these|those|it)\W+(?:\w+\W*){0,2}$", re.IGNORECASE
)
# how a paragraph written as a question's answer opens
_REPLY_MARKS: Final = ("->", "→", "=>", "⇒")


def explained(
    paragraph: Block, answer: Block, lines: Sequence[str], context: Context
) -> Proposal | None:
    """The card of a question alone on its paragraph and the quote (or, for a question
    marked in bold or italics, or a paragraph that opens with an arrow as its reply, the
    paragraph) right below it."""
    text = paragraph.text.strip()
    # "Q: Why fit a third way?" alone, then the paragraph that answers it: the writer's
    # "Q:" marks the question as one, as bold does
    written = ("\n" not in text and text[:1] in "Q*_" and written_question(text)) or None
    if written and _ASKS_OF_WHAT_CAME_BEFORE.search(written):
        return None  # "Q: Why does this happen?": of a figure or a result above it
    if "\n" not in text:
        text = _question_of(written or text) or text
    if (
        "\n" in text
        or answer.kind not in ("quote", "paragraph")
        or len(text) > _MAX_QUESTION_CHARACTERS
        or _SENTENCE_INSIDE.search(text)
        or is_lead_in(text)  # "아래 예를 볼까요?": the writer turning to an example
        or lines[paragraph.start].lstrip().startswith(">")  # quoted: an example's dialogue
    ):
        return None
    said = block_source(answer, lines)
    replies = said.startswith(_REPLY_MARKS)  # "-> Sugar API를 쓰면 ...": written as the answer
    if answer.kind == "paragraph" and not (text.startswith(("*", "_")) or replies or written):
        return None
    if replies:
        said = said.lstrip("-=>→⇒ ").strip()
    elif written and (reply := written_answer(said.split("\n", 1)[0])):  # "A) read, then ..."
        said = "\n".join((reply, *said.split("\n")[1:]))
    last = said.rsplit("\n", 1)[-1]
    if not said or is_question(last) or last.endswith(":") or is_lead_in(said):
        return None
    return Proposal(
        CardKind.BASIC, clean_term(text), said, paragraph.start + 1, context, Idiom.QUESTION_LIST
    )
