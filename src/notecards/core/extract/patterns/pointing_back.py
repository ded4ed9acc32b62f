"""Sentences that point back at what came before them for what they say: ``This is called
X``, ``이를 X라고 한다``, ``이러한 방식을 X라고 한다``, ``전자를 X, 후자를 Y라고 한다``. A
naming sentence that points back needs the sentence it points at (or the two, for a pair)
to say what it names; one that does not says it itself, unless it names a symbol the
sentence before it brought in (``... 항을 $g$라 두겠습니다. $g$를 X라고 부릅니다``)."""

from __future__ import annotations

import re
from typing import Final

# the pointers no other word can be taken for: "이러한 방식을", "이를", "such a sort", "this"
_KOREAN_POINTERS: Final = r"이러한|이런|이와\s*같은|이\s*같은|이처럼|이렇게|그러한|이를|이것을"
_ENGLISH_POINTERS: Final = r"this|these|such"
# a sentence that points back at the sentence before it for what it names: it opens with a
# pointer, or with one that may also be read otherwise ("이와 같이", "그런", a bare "이",
# "이는", "that"), or with the pair "전자 ... 후자", "the former ... the latter"
_REFERS_BACK: Final = re.compile(
    r"(?:" + _KOREAN_POINTERS + r"|이와\s*같이|그런|이것이|이게|이는|이것은|이건"
    r"|이(?!\s*때\s)|(?P<korean_pair>전자|후자)(?:를|는|가|의)?)\s"
    r"|(?:" + _ENGLISH_POINTERS + r"|that|(?P<pair>the\s+former|the\s+latter))\b",
    re.IGNORECASE,
)


# ... or after a word or a clause of its own (``엄밀하게는 이러한 분포를 ...``, ``In practice,
# this is called ...``, ``식은 아래와 같으며, 이같은 과정을 ...``): an unmistakable pointer
# only (no relative pronoun, ``A model that ...``, nor a bare 이). After a word that opens a
# condition (``만일 이와 같은 B가 없으면 A를 X라 한다``) the sentence says what X is itself
_REFERS_BACK_LATER: Final = re.compile(
    r"(?!(?:만일|만약|만약에|if|when|unless)\s)"
    r"(?:\S+|(?:[^\s,.?!]+\s+){0,3}[^\s,.?!]+,)\s+"
    r"(?:" + _KOREAN_POINTERS + "|" + _ENGLISH_POINTERS + r")\s",
    re.IGNORECASE,
)


def _points_back(sentence: str) -> re.Match[str] | None:
    """Where a naming sentence points back, brackets around it aside (``(이를 X라고 한다)``)."""
    opened = sentence.lstrip("(（ ")
    return _REFERS_BACK.match(opened) or _REFERS_BACK_LATER.match(opened)


# a symbol a sentence names something by: math (``$Σ$``, ``$g(u,v)$``) or a label in brackets
# (``(다)``, ``(a)``)
_SYMBOL: Final = re.compile(r"\$[^$\n]{1,40}\$|\([가-힣A-Za-z0-9]{1,3}\)")


def names_a_symbol_from(naming: str, before: str) -> bool:
    """Whether a naming sentence, up to the name it gives (``naming``), names by a symbol
    the sentence ``before`` it brought in (``(다)와 같이 하나의 절이 ... (다)를 단문이라고
    부릅니다``, ``... 항을 $g$라 두겠습니다. $g$를 듀얼 함수라고 부릅니다``): the symbol is
    all it says of what it names, and the sentence before says what the symbol is."""
    return any(symbol in before for symbol in _SYMBOL.findall(naming))


def refers_back(sentence: str) -> bool:
    """Whether a sentence points at what came before it for what it names
    (``This is called ...``, ``이를 ...라고 한다``)."""
    return _points_back(sentence) is not None


def points_at_a_pair(sentence: str) -> bool:
    """Whether a sentence points back at two things in turn (``전자를 X, 후자를 Y라고
    한다``, ``the former ..., the latter ...``): the two sentences before it say them."""
    found = _points_back(sentence)
    return (
        found is not None
        and found.re is _REFERS_BACK
        and bool(found.group("korean_pair") or found.group("pair"))
    )
