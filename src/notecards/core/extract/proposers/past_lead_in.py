"""What a section's opening paragraph says past its lead-in.

A paragraph that opens by leading in (``Here's one thing to watch out for: ...``, ``예제로
군집화를 해 보았습니다. ...``) may still say what its heading asks: in the same sentence,
after the colon that announces it, or in the sentences after the lead-in, when they name
the heading's subject.
"""

from __future__ import annotations

import re

from notecards.core.extract.patterns.discourse import (
    first_sentence,
    is_lead_in,
    without_turn_to_what_follows,
)
from notecards.core.extract.patterns.sentences import is_hangul, opens_with_subject
from notecards.core.extract.proposers.block_text import explains

_ANNOUNCED = re.compile(r"^[^:\n]{3,80}?:\s+(?P<said>\S.*)$", re.DOTALL)
_MIN_ANNOUNCED_WORDS = 5


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
_ABOUT_PEOPLE = re.compile(r"\b(?:I|[Hh]e|[Ss]he|[Ww]e|[Mm]y|me|[Yy]ou(?:'re)?)\b")
# words that name nothing of a heading's subject
_FUNCTION_WORDS = frozenset(("the", "and", "for", "with", "from", "that", "this", "you", "your"))
# a paragraph's first sentence, wrapped or not, and the space after it
_SENTENCE = re.compile(r".+?(?:[.!?。]|다\.)(?:\s+|$)", re.DOTALL)


def goes_on_about(paragraph: str, question: str) -> bool:
    """Whether a paragraph whose first sentence leads in goes on to explain its heading's
    ``question`` (``예제로 군집화를 해 보았습니다. 적절한 k는 데이터마다 다르므로 ...``
    under ``## 적절한 k 고르기``): the sentence after the lead-in names a word of the
    question and no person, and what follows explains."""
    opening = _SENTENCE.match(paragraph.strip())
    if opening is None:
        return False
    said = without_turn_to_what_follows(paragraph.strip()[opening.end() :])
    if not said or is_lead_in(said) or not explains(said):
        return False
    named = first_sentence(" ".join(said.split()))
    if _ABOUT_PEOPLE.search(named):
        return False  # the story goes on ("He told me how ..."), or the reader is addressed
    if opens_with_subject(opening.group(), question, _SUBJECT_MARK):
        return True  # "cosine similarity는 아래와 같이 구합니다. ...": what it says is of it
    words = [
        word
        for word in question.casefold().split()
        if len(word) > 2 or (len(word) == 2 and all(map(is_hangul, word)))
        if word not in _FUNCTION_WORDS
    ]
    return any(word in named.casefold() for word in words)


# what follows a sentence's subject when it opens with it: "X는 아래와 같이 ...", "X is
# computed as follows."
_SUBJECT_MARK = re.compile(r"(?:은|는|이란|란)\s|\s(?:is|are|can)\s")
