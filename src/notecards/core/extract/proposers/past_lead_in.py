"""What a section's opening paragraph says past its lead-in.

A paragraph that opens by leading in (``Here's one thing to watch out for: ...``, ``예제로
군집화를 해 보았습니다. ...``) may still say what its heading asks: in the same sentence,
after the colon that announces it, or in the sentences after the lead-in, when they name
the heading's subject. A paragraph that only leads in is answered by the first paragraph
past what it turns to (a picture, an example, a listing).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.patterns.discourse import (
    LEADS_ON,
    first_sentence,
    is_lead_in,
    points_in_passing,
    tells_a_story,
    without_turn_to_what_follows,
)
from notecards.core.extract.patterns.sentences import is_hangul, opens_with_subject
from notecards.core.extract.proposal import Proposal
from notecards.core.extract.proposers.block_text import block_source, explains, says_nothing
from notecards.core.extract.proposers.section_text import claimed

_ANNOUNCED: Final = re.compile(r"^[^:\n]{3,80}?:\s+(?P<said>\S.*)$", re.DOTALL)
_MIN_ANNOUNCED_WORDS: Final = 5


def after_announcement(paragraph: str) -> str:
    """What a lead-in announces in its own sentence (``Here's one thing to watch out for:
    the trick does not guarantee ...``), or "" when it announces what comes after it."""
    announced = _ANNOUNCED.match(paragraph)
    if (
        announced is None
        or len(announced.group("said").split()) < _MIN_ANNOUNCED_WORDS
        or "(" in paragraph[: announced.start("said")]
        or any(map(is_hangul, paragraph[: announced.start("said")]))
    ):
        return ""  # (Korean announces what follows the paragraph: "다음과 같다:")
    said = announced.group("said")
    return said[:1].upper() + said[1:]


# a sentence about people, the writer's or the reader's: "He told me how ...", "In case
# you're interested ..."
_ABOUT_PEOPLE: Final = re.compile(r"\b(?:I|[Hh]e|[Ss]he|[Ww]e|[Mm]y|me|[Yy]ou(?:'re)?)\b")
# words that name nothing of a heading's subject
_FUNCTION_WORDS: Final = frozenset(
    ("the", "and", "for", "with", "from", "that", "this", "you", "your")
)
# a paragraph's first sentence, wrapped or not, and the space after it
_SENTENCE: Final = re.compile(r".+?(?:[.!?。]|다\.)(?:\s+|$)", re.DOTALL)


def goes_on_about(paragraph: str, question: str) -> bool:
    """Whether a paragraph whose first sentence leads in goes on to explain its heading's
    ``question`` (``예제로 군집화를 해 보았습니다. 적절한 k는 데이터마다 다르므로 ...``
    under ``## 적절한 k 고르기``): the sentence after the lead-in names a word of the
    question and no person, and what follows explains."""
    opening = _SENTENCE.match(paragraph.strip())
    if opening is None:
        return False
    said = without_turn_to_what_follows(paragraph.strip()[opening.end() :])
    if not said or (is_lead_in(said) and not points_in_passing(said)) or not explains(said):
        return False
    named = first_sentence(" ".join(said.split()))
    if _ABOUT_PEOPLE.search(named):
        return False  # the story goes on ("He told me how ..."), or the reader is addressed
    if opens_with_subject(opening.group(), question, _SUBJECT_MARK):
        return True  # "cosine similarity는 아래와 같이 구합니다. ...": what it says is of it
    return _names_a_word_of(named, question)


# what follows a sentence's subject when it opens with it: "X는 아래와 같이 ...", "X is
# computed as follows."
_SUBJECT_MARK: Final = re.compile(r"(?:은|는|이란|란)\s|\s(?:is|are|can)\s")


# what a lead-in turns to before the text that explains it: a picture, an example, a
# listing, a formula or a table (two at most: an example and its output)
_ILLUSTRATIONS: Final = frozenset(("fence", "code", "quote", "math", "table", "html"))
_MAX_ILLUSTRATIONS: Final = 2
# a paragraph that describes the next picture or example in turn
_POINTS_AT_ANOTHER: Final = re.compile(
    r"(?:아래|다음)\s*(?:그림|표|예|코드)?\s*(?:와|과|처럼|같이)"
)
_GOES_ON_FROM_BEFORE: Final = frozenset(
    ("And", "But", "So", "Or", "Also", "그런데", "하지만", "그리고")
)
_MIN_SAID_PAST: Final = 40  # characters: "이제 다 끝났다." past a listing says nothing


def _names_a_word_of(text: str, question: str) -> bool:
    """Whether ``text`` holds a word of ``question`` that names something of it (a Hangul
    word of two syllables or more, any other of three letters or more, no function word)."""
    folded = text.casefold()
    return any(
        word in folded
        for word in question.casefold().split()
        if (len(word) > 2 or (len(word) == 2 and all(map(is_hangul, word))))
        and word not in _FUNCTION_WORDS
    )


def said_past(
    lead_in: Block,
    body: Sequence[Block],
    lines: Sequence[str],
    produced: Sequence[Proposal],
    question: str,
) -> str:
    """The first paragraph past a section's opening ``lead_in`` (``이번엔 삭제 연산을
    살펴보겠습니다.``, ``Look at the example below.``) and the picture, example or listing it
    turns to, when it explains and is neither another lead-in, the writer's story, nor a
    card's own; else ""."""
    index = next((at for at, block in enumerate(body) if block is lead_in), len(body))
    shown = 0
    for block in body[index + 1 :]:
        pictured = block.kind == "html" or "![" in block.text or "<img" in block.text
        silent = says_nothing(block)
        if silent and not pictured:
            continue
        if block.kind in _ILLUSTRATIONS or (pictured and silent):
            shown += 1
            if shown > _MAX_ILLUSTRATIONS:
                return ""
            continue
        if not shown or block.kind != "paragraph" or claimed(block, produced):
            return ""  # (a paragraph right after the lead-in is the example it announces)
        text = block_source(block, lines)
        if (
            len(text) < _MIN_SAID_PAST
            or is_lead_in(text)
            or tells_a_story(text)
            or not explains(text)
            or text.rstrip(" .").endswith(LEADS_ON)
            or without_turn_to_what_follows(text) != text
            or not _names_a_word_of(text, question)
            or _POINTS_AT_ANOTHER.search(text) is not None
            or text.split(maxsplit=1)[0] in _GOES_ON_FROM_BEFORE
        ):
            # (nor one that turns to the next picture, "아래와 같습니다.", "아래 그림처럼", nor
            # one that goes on from another paragraph: "And the full transcript ...")
            return ""
        return text
    return ""
