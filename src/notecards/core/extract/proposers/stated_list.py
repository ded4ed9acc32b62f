"""A statement that ends in a colon, and the list right under it: ``Random forests have
three hyper-parameters to tune:`` + the three, ``To de-correlate the trees, we:`` + the
steps, ``TCP는 연결을 세 단계로 맺는다:`` + the stages; or a Korean statement that counts
what the list holds, colon or not: ``트리는 몇 가지 특징이 있다.`` + the features
(:func:`counted`).

The statement says what the list is; asked as written (without its colon), the list
answers it. A statement that announces an example or the writer's own story (``For
example:``, ``Here is what I ran:``, ``결과는 다음과 같다:``) asks nothing, and neither does
a list whose items are mostly cards of their own (the items are the cards). An existential
opening (``There are three kinds of scans:``) names what the list holds, and is asked too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract import list_shapes
from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.definition_words import LEADING_ADVERBS
from notecards.core.extract.patterns.discourse import is_lead_in, tells_a_story
from notecards.core.extract.patterns.sentences import SENTENCE_BREAK, is_hangul, is_question
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers.topic import whole_list
from notecards.core.model import CardKind

_LAST_SENTENCE: Final = re.compile(r"(?:^|(?<=[.!?。])\s+)(?P<sentence>[^\n]*?)[:：]\s*$")
_MIN_WORDS: Final = 3
_MAX_CHARACTERS: Final = 160
# words that show the list is an example, an output or a way of saying something, not what
# the sentence states
_ANNOUNCES: Final = re.compile(
    r"\b(?:for (?:example|instance)|e\.g|i\.e|such as|as follows|the following|following|"
    r"like (?:this|so|that)|this way|below|above|example|examples|output|looks? like|"
    r"result(?:s|ed)? in|returns?|prints?|shows?|gives?|says?|said|run|ran|using|try|"
    r"something like|here|there|then|now)\b"
    r"|(?:예시|예를|예로|예제|아래|위와|다음|결과|출력|이렇게|같이)",
    re.IGNORECASE,
)
# a sentence that ends pointing at the list names nothing of it: "To bake it well, do this:"
_POINTS_ON: Final = re.compile(r"\b(?:this|these)$", re.IGNORECASE)  # not "showed that:"
# "There are three kinds of scans:": an existential opening counts or names what the list
# holds (its "there" neither leans on the text before nor points at a place); the rest of
# the sentence is judged as any statement is
_THERE_ARE: Final = re.compile(r"There (?:are|is|were|was) (?=\S+ \S)")
_NOT_A_STATEMENT: Final = re.compile(r"[`$|<>\[\]{}=:：]|https?:|\*\*")
# a statement names its subject first: one that opens with a pronoun, a modal or a
# conjunction leans on the text before it (``It is not:``, ``Can be used for:``)
_LEANING_FIRST_WORDS: Final = frozenset(
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
    # (one sentence alone: "There are many. Some of these include:" leans on its first)
    existential = _THERE_ARE.match(sentence) if sentence[:6] == "There " else None
    if existential is not None and SENTENCE_BREAK.search(sentence) is not None:
        existential = None
    named = sentence if existential is None else sentence[existential.end() :]
    if (
        len(words) < minimum
        or len(sentence) > _MAX_CHARACTERS
        or named.split()[0].casefold().strip(",") in _LEANING_FIRST_WORDS
        or is_question(sentence)
        or _NOT_A_STATEMENT.search(sentence)
        or _ANNOUNCES.search(named)
        or _POINTS_ON.search(sentence)
        or is_lead_in(sentence)
        or tells_a_story(sentence)
    ):
        return None
    return sentence


# A Korean sentence announces the list under it by its own words, no colon needed: it counts
# what the list holds (``트리는 몇 가지 특징이 있다``, ``크게 세 가지로 나뉜다``, ``다음 두
# 가지 속성이 있다``) or says that what it names is as follows (``힙 정렬의 수행 방법은 다음과
# 같다``, ``CSRF 공격은 아래와 같은 조건에서 실행된다``).
_NUMBERS: Final = r"(?:\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열)"
_COUNTS: Final = re.compile(
    rf"(?:{_NUMBERS}|한|몇)\s*가지"
    r"|(?:다음|아래)[과와]\s*같(?:다|습니다|음|은\s)"
    rf"|(?<![가-힣])(?:다음|아래)의?\s+{_NUMBERS}\s*(?:가지|개)?\s*[가-힣]"
)
# "다음과 같다", "아래와 같이", "다음과 같은": the pointing alone, which names nothing
_AS_FOLLOWS: Final = re.compile(r"(?:다음|아래)[과와]\s*같(?:다|습니다|음|이|은)[.]?")
# it states: "... 있다", "... 있습니다", "... 나뉨"
_DECLARATIVE: Final = re.compile(r"[가-힣](?:다|니다|음|됨|함)[.]?$")
# what someone else says, quoted indirectly ("... 있다고 합니다", "... 있다고 한다"): a report of
# their words, not the note's own statement of what the list is
_HEARSAY: Final = re.compile(r"[다라]고\s*(?:합니다|한다|함)[.]?$")
# a list of examples, code or output is announced too (``다음 예문과 같습니다``, ``코드는
# 다음과 같다``): the list shows, it is not what the sentence states
_ANNOUNCES_AN_EXAMPLE: Final = re.compile(
    r"예문|예시|예제|예를|예로|(?:코드|그림|결과|출력|링크|식|표)(?:은|는|이|가|으로|로)?\s*(?:다음|아래)"
)
# a sentence that opens by pointing back at the text before it (``이를 ...``, ``위 네 가지는
# ...``) names nothing a card can ask of
_POINTING_BACK: Final = frozenset(
    ("이", "이를", "이는", "이것은", "위", "위의", "이런", "이러한", "그", "그런", "그러한", "이들")
)


def counted(text: str) -> str | None:
    """A Korean paragraph's last sentence when it announces the list under it without a
    colon, by counting what the list holds or saying it is as follows (``트리는 몇 가지 특징이
    있다``, ``다중화의 장점은 아래와 같다``); not when it leans on the text before it, names
    nothing past its pointing (``예컨대 다음과 같습니다``), announces examples or output, or
    is the writer's own lead-in (``몇 가지 살펴보겠습니다``)."""
    if not ("가지" in text or "다음" in text or "아래" in text) or _COUNTS.search(text) is None:
        return None  # (most paragraphs hold none of the words a count needs: found in C)
    # its lines may be wrapped
    sentence = SENTENCE_BREAK.split(" ".join(text.split("\n")).strip())[-1]
    words = sentence.split()
    while words and words[0].strip(",") in LEADING_ADVERBS:
        words = words[1:]
    if (
        len(_AS_FOLLOWS.sub("", " ".join(words)).split()) < _MIN_WORDS - 1
        or len(sentence) > _MAX_CHARACTERS
        or not _DECLARATIVE.search(sentence)
        or _HEARSAY.search(sentence)
        or not _COUNTS.search(sentence)
        or words[0].strip(",") in _POINTING_BACK
        or words[0].casefold().strip(",") in _LEANING_FIRST_WORDS
        or _NOT_A_STATEMENT.search(sentence)
        or _ANNOUNCES_AN_EXAMPLE.search(sentence)
        or is_lead_in(_AS_FOLLOWS.sub("", sentence))  # "다음과 같이" alone leads in
        or tells_a_story(sentence)
    ):
        return None
    return sentence.rstrip(".")


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
