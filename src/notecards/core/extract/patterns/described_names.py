"""Bolded names a Korean sentence lists, each after the clause that describes it: ``입력 변수
영역을 두 개로 구분하는 **재귀적 분기**와 너무 자세하게 구분된 영역을 통합하는 **가지치기** 두
가지 과정으로 나뉩니다``, ``... 맞추는 방향으로 자르는 **Ratio Cut**, ... 부그래프를 자르는
**Minmax Cut** 기법이 있습니다``. Each name is asked, the sentence answering: its clause says
what it is, the rest what it is one of.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.discourse import announces_the_post
from notecards.core.extract.patterns.sentences import is_topic_marked
from notecards.core.extract.patterns.terms import is_term

# a bolded name, the word right before it, and how the list goes on after it: a comma, a
# particle, "등", the count of what it lists or its kind ("**A**와 ... **B** 두 가지 과정으로",
# "**Ratio Cut**, ... **Minmax Cut** 기법이 있습니다")
_BOLD_AFTER_WORD: Final = re.compile(
    r"(?P<word>[^\s*]+)\s\*\*(?P<name>[^*\n]+)\*\*"
    r"(?=,|(?:와|과|이나|나|이|가|은|는|을|를|으로|로|의|에|도|만)(?:\s|$)"
    r"|\s(?:등|두|세|네|모두|기법|방법|과정|단계|알고리즘|모델)(?:\s|이|가|을|를|으로|로|$))"
)
# how a verb describing the noun after it ends (나누는, 구분된, 기법인, 자르는, 따른, 할)
_ADNOMINAL_LAST: Final = frozenset("는은던인한된될할운른든진낸린긴준온간친쓴난")
_FEWEST_NAMES: Final = 2


# short words in 은 or 는 that describe (a noun of one syllable takes the particle: 값은,
# 힙은), and the conjunctions that only end so (혹은, 또는)
_SHORT_DESCRIBING: Final = frozenset((
    "하는", "되는", "있는", "없는", "같은", "작은", "높은", "낮은", "좋은", "많은", "적은",
    "넓은", "깊은", "짧은", "쓰는", "주는", "보는", "오는", "가는", "내는", "받는", "맞는",
    "찾는", "읽는", "먹는", "만든", "다른", "따른",
))  # fmt: skip
_CONJUNCTIONS: Final = frozenset(("혹은", "또는", "그러는", "아니면"))


def _describes(word: str) -> bool:
    if word[-1] not in _ADNOMINAL_LAST or word in _CONJUNCTIONS:
        return False
    if len(word) <= 2 and word[-1] in "은는":
        return word in _SHORT_DESCRIBING
    return not is_topic_marked(word)


def described_names(sentence: str) -> list[str]:
    """The bolded names a sentence lists, each right after the clause that describes it;
    none unless two names or more are so described, nor in a sentence announcing the post
    (``이번 글에서는 ... 자료구조인 **트리**와 ... **이진트리**를 살펴보겠습니다``)."""
    if sentence.count("**") < 2 * _FEWEST_NAMES or announces_the_post(sentence):
        return []
    names = [
        name
        for found in _BOLD_AFTER_WORD.finditer(sentence)
        if _describes(found.group("word")) and is_term(name := clean_term(found.group("name")))
    ]
    return names if len(names) >= _FEWEST_NAMES else []
