"""A statement that ends in a colon, and the list right under it: ``Random forests have
three hyper-parameters to tune:`` + the three, ``To de-correlate the trees, we:`` + the
steps, ``TCP는 연결을 세 단계로 맺는다:`` + the stages.

The statement says what the list is; asked as written (without its colon), the list
answers it. A statement that announces an example or the writer's own story (``For
example:``, ``Here is what I ran:``, ``결과는 다음과 같다:``) asks nothing, and neither does
a list whose items are mostly cards of their own (the items are the cards).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from notecards.core.extract import list_shapes
from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.discourse import is_lead_in, tells_a_story
from notecards.core.extract.patterns.sentences import is_hangul, is_question
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers.topic import whole_list
from notecards.core.model import CardKind

_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?。])\s+)(?P<sentence>[^\n]*?)[:：]\s*$")
_MIN_WORDS = 3
_MAX_CHARACTERS = 160
# words that show the list is an example, an output or a way of saying something, not what
# the sentence states
_ANNOUNCES = re.compile(
    r"\b(?:for (?:example|instance)|e\.g|i\.e|such as|as follows|the following|following|"
    r"like (?:this|so|that)|this way|below|above|example|examples|output|looks? like|"
    r"result(?:s|ed)? in|returns?|prints?|shows?|gives?|says?|said|run|ran|using|try|"
    r"something like|here|there|then|now)\b"
    r"|(?:예시|예를|예로|예제|아래|위와|다음|결과|출력|이렇게|같이)",
    re.IGNORECASE,
)
_NOT_A_STATEMENT = re.compile(r"[`$|<>\[\]{}=:：]|https?:|\*\*")
# a statement names its subject first: one that opens with a pronoun, a modal or a
# conjunction leans on the text before it (``It is not:``, ``Can be used for:``)
_LEANING_FIRST_WORDS = frozenset(
    (
        "it", "it's", "that's", "there's", "here's", "in", "at", "this", "these", "that",
        "those", "they", "you", "we", "he", "she", "there", "here", "can", "could", "is",
        "are", "was", "were", "will", "would", "should", "may", "might", "must", "and",
        "but", "or", "so", "also", "then", "however", "which", "what", "when", "where",
        "why", "how", "if", "once", "after", "before", "because", "since", "while",
        "although", "my", "our", "your", "its", "their", "his", "her",
        "이", "그", "이것은", "그것은", "이는", "그리고", "하지만", "또한", "그래서", "따라서",
    )
)  # fmt: skip


def stated(paragraph: Block) -> str | None:
    """What a paragraph's last sentence states about the list under it, when it ends in a
    colon and is a statement of its own (not a label, a question, an announcement)."""
    text = paragraph.text
    if not text.rstrip().endswith((":", "：")):
        return None
    found = _LAST_SENTENCE.search(" ".join(text.split("\n")))  # its lines may be wrapped
    if found is None:
        return None
    sentence = found.group("sentence").strip()
    words = sentence.split()
    if not words or words[0][0].islower():
        return None  # a piece of a sentence the paragraph broke
    minimum = _MIN_WORDS - 1 if any(map(is_hangul, sentence)) else _MIN_WORDS
    if (
        len(words) < minimum
        or len(sentence) > _MAX_CHARACTERS
        or words[0].casefold().strip(",") in _LEANING_FIRST_WORDS
        or is_question(sentence)
        or _NOT_A_STATEMENT.search(sentence)
        or _ANNOUNCES.search(sentence)
        or is_lead_in(sentence)
        or tells_a_story(sentence)
    ):
        return None
    return sentence


def answered(
    paragraph: Block,
    statement: str,
    answers: Block,
    *,
    produced: Sequence[int],
    lines: Sequence[str],
    context: Context,
) -> Proposal | None:
    """The card of the ``statement`` a paragraph closes with and the list ``answers``
    under it; ``produced`` is how many cards each of the list's items made."""
    items = [item for item in answers.children if item.kind == "item"]
    if list_shapes.plain_answer_items(items, produced) is None:
        return None  # the items are the cards
    if list_shapes.is_reading_list(items, lines):
        return None
    answer = whole_list(items, produced, lines)
    line = paragraph.start + paragraph.text.count("\n") + 1
    question = clean_term(statement)
    return Proposal(CardKind.BASIC, question, answer, line, context, Idiom.STATED_LIST)
