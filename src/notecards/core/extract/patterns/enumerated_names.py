"""Sentences that name several things in turn: ``값을 넣는 연산을 **enqueue**, 꺼내는 연산을
**dequeue**라고 합니다`` names ``enqueue`` as well as the last name, which
:mod:`.naming_sentences` reads; each part before it says what it names (an object,
``...을``/``...를``) and gives its name.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.naming_sentences import (
    CLAUSE_ENDS,
    JOINING_NAMES,
    korean_named,
)
from notecards.core.extract.patterns.sentences import SENTENCE_BREAK, is_question
from notecards.core.extract.patterns.spans import MASK_CHAR, mask_opaque
from notecards.core.extract.patterns.terms import is_term

# a name marked as one: bold, code or quoted (``A를 **X**, B를 **Y**라고 한다``)
_MARKED_NAME: Final = re.compile(r"\*\*[^*]+\*\*|`[^`]+`|'[^']+'|\"[^\"]+\"|“[^”]+”|‘[^’]+’")
# how a verb ends when a clause goes on (``받아 정렬하고, ...``): no name ends so
_CLAUSE_GOES_ON: Final = ("고", "며", "서", "면", "게", "지", "다", "니", "요", "데")
_MAX_ENUMERATED_PLAIN_WORDS: Final = 2
# a clause that ends in time (``증명한 뒤``) and how a verb ends before a noun it describes
# (``변경할``, ``증명한``, ``쓰는``): no plain name is written so
_TIME_AFTER: Final = frozenset(["뒤", "후", "전", "다음", "동안"])
_ADNOMINAL_ENDINGS: Final = ("할", "한", "는", "된", "될", "던")


def also_named(sentence: str) -> list[str]:
    """The names given before the last one in a naming sentence that names several things
    in turn: ``값을 넣는 연산을 **enqueue**, 꺼내는 연산을 **dequeue**라고 합니다`` names
    ``enqueue`` too (in the order written). Each comma-separated part before the last name
    must say what it names (an object, ``...을``/``...를``) and then give the name."""
    masked = mask_opaque(sentence)
    found = korean_named(masked, sentence)
    if found is None:
        return []
    head = masked[: found[1]]
    if not head.rstrip().rstrip("'\"“‘*`").rstrip().endswith(("을", "를")):
        return []  # the last name is given to an object, as each name before it is
    names: list[str] = []
    # (the parts of the naming sentence alone: "... 예로 들었으나, ... 낸다고 합니다. 이 때문에
    # X를 **Y**라고 합니다" keeps the sentence it points back at, which names nothing)
    floor = max((stop.end() for stop in SENTENCE_BREAK.finditer(head)), default=0)
    end = head.rfind(", ", floor)
    while end > floor:
        previous = head.rfind(", ", floor, end)
        start = previous + 2 if previous >= 0 else floor
        name = _enumerated_name(masked[start:end], sentence[start:end])
        if name is None:
            break
        names.append(name)
        end = start - 2
    return names[::-1]


# a word and the gloss in parentheses after it, or a gloss in parentheses before it: one word
_WORD_WITH_GLOSS: Final = re.compile(r"(?:[^\s(]+|\([^()]*\))+")
# a name with its gloss: "푸시(push)"
_GLOSSED: Final = re.compile(r"[^\s(]+\([^()]+\)")


def _first_of_alternatives(words: list[str]) -> list[str]:
    """The words of the first of two names of one thing (``주제(topic) 또는 구정보``)."""
    for index, word in enumerate(words):
        if word in JOINING_NAMES:
            return words[:index]
    return words


def _enumerated_name(masked: str, part: str) -> str | None:
    """``...를 X`` (one part of an enumerating sentence): X, when it reads as a name."""
    stripped = part.rstrip()
    marks = list(_MARKED_NAME.finditer(stripped))
    marked = marks[-1] if marks else None
    if marked is not None and marked.end() == len(stripped):
        before, name = masked[: marked.start()].rstrip(), clean_term(marked.group(0))
    else:
        # (a gloss in parentheses is a part of the word it follows: "predecessor(왼쪽
        # 서브트리의 최대값)" is one name)
        spans = [word.span() for word in _WORD_WITH_GLOSS.finditer(masked)]
        words = [masked[start:end] for start, end in spans]
        objects = [index for index, word in enumerate(words) if word.endswith(("을", "를"))]
        if not objects:
            return None
        named_words = _first_of_alternatives(
            [part[start:end] for start, end in spans[objects[-1] + 1 :]]
        )
        if len(named_words) > _MAX_ENUMERATED_PLAIN_WORDS and _GLOSSED.fullmatch(named_words[-1]):
            # "넣는 것을 '밀어넣는다'는 의미의 푸시(push)": what the name means, then the
            # name with its gloss
            if not named_words[-2].endswith("의"):
                return None
            named_words = named_words[-1:]
        if not 0 < len(named_words) <= _MAX_ENUMERATED_PLAIN_WORDS:
            return None
        before = " ".join(words[: objects[-1] + 1])
        name = " ".join(named_words)
        *modifiers, last = name.split()
        if (
            last.endswith(_CLAUSE_GOES_ON)
            or last in CLAUSE_ENDS
            or last in _TIME_AFTER
            or any(word.endswith(_ADNOMINAL_ENDINGS) for word in modifiers)
        ):
            return None  # "프로세스를 변경할 때, ...": a clause before the name, not a name
    if len(before) < 2 or not before.endswith(("을", "를")) or MASK_CHAR in name:
        return None
    return name if name and is_term(name) and not is_question(name) else None
