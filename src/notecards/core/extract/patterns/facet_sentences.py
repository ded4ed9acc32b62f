"""Sentences that say what a named subject has (``X는 ...라는 장점이 있다``), or why
something is so (``X하는 이유는 ... 때문이다``).

Korean prose often gives a subject's advantage or limit in a sentence of its own, the facet
last: ``최대엔트로피모델은 자질을 유연하게 설정할 수 있다는 장점이 있습니다``, ``그러나
은닉마코프모델은 문맥의 자질을 쓸 수 없다는 단점이 있습니다``, ``ORM은 복잡한 쿼리를
표현하는 데 한계가 있다``. The sentence answers ``X의 장점`` as ``X의 장점은 ...`` does.

The subject is the sentence's first topic (``X는``), past a conjunction (``그러나``), and
names something: not what the text points at (``이 방식은``, ``해당 평가 방식은``). A
sentence that announces its facets (``몇 가지 한계점을``, ``다음과 같은 장점이``) or says
more after the facet (``... 장점이 있지만 ...``) is left to the rules around it.

A reason is given the same way, often mid-paragraph: ``UDP를 사용하는 이유는 오버헤드가 더
적기 때문이다`` answers ``UDP를 사용하는 이유`` (why UDP is used).
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.definition_words import LEADING_ADVERBS, NEVER_FIRST
from notecards.core.extract.patterns.sentences import is_topic_marked
from notecards.core.extract.patterns.terms import is_term

# the facets a subject is said to have, as a word of their own with their particle
_FACET: Final = r"(?<!\S)(?P<facet>장점|단점|한계|한계점|문제점|약점|강점|이점)(?:이|가|을|를)"
# the facet, and the verb of having it, closing the sentence
_HAS_A_FACET: Final = re.compile(
    _FACET + r"\s*(?:있|가지|갖)"
    r"(?:다|습니다|음|어요|는다|고\s*있다|고\s*있습니다|고\s*있음)[.!]?$"
)
# a facet the sentence only counts or points at: what follows names them
_ANNOUNCED: Final = re.compile(r"몇\s*가지|여러\s*가지|\d+\s*가지|다음과|아래와|다음의|아래의")
# no subject opens with a pronoun or a word pointing into the text (those no term opens
# with), nor with one pointing back at what the text said before it
_POINTING: Final = NEVER_FIRST | frozenset(("두", "앞서", "이전의"))
# a facet named before the one closing the sentence: "... 장점이 있지만 ... 단점이 있다" says both
_ANY_FACET: Final = re.compile(_FACET + r"\s")
_MAX_SUBJECT_WORDS: Final = 3


# the reason given for what a clause says: "디코더가 직전 출력을 다시 넣는 이유는 정답이 없기
# 때문입니다", "UDP를 사용하는 이유는 오버헤드가 더 적기 때문이다", "... 이유는 ...를 구분하기
# 위함이다" (the clause, ending in an adnominal, is what the reason is of)
_REASON_GIVEN: Final = re.compile(
    r"^(?P<clause>(?:\S+\s+){1,9}\S*(?:는|은|한|된|던|할|운))\s+(?:주된\s+|근본적인\s+)?이유는\s"
    r"(?=.*(?:때문|위해|위함))"
)


# words that join a sentence to the one before it, said before the reason's clause
_JOINING: Final = LEADING_ADVERBS | frozenset(("먼저", "그런데", "한편", "결국", "사실", "단", "※"))
# pointing words glued to what they point at ("위와 같은", "이러한", "이런", "그러한"), and an
# aside in brackets
_POINTING_PREFIXES: Final = ("위", "이러", "이런", "그러", "그런", "이와", "앞의", "$", "(")
_POINTS_INTO_TEXT: Final = re.compile(
    r"(?:^|\s)(?:이처럼|이렇게|그렇게|위와|위의|위|아래|아래의|이런식으로)(?=\s|$)"
)
# a word the clause is about, with its case particle: "UDP를 사용하는", "AlexNet이 중요한"
_NAMES_WHAT: Final = re.compile(r"\S(?:을|를|이|가|에|에서|로|으로|와|과)(?=\s)")


def reason_given(sentence: str) -> str | None:
    """``X하는 이유`` for a sentence giving the reason X is so (``X하는 이유는 Y 때문이다``),
    or None: the sentence answers why, as ``X의 장점은 ...`` answers what X is good for."""
    stripped = sentence.strip(" -*>").rstrip()
    words = stripped.split()
    while words and words[0].rstrip(",") in _JOINING:
        words = words[1:]
    found = _REASON_GIVEN.match(" ".join(words))
    if (
        found is None
        or words[0] in _POINTING
        or words[0].startswith(_POINTING_PREFIXES)
        or _POINTS_INTO_TEXT.search(found.group("clause"))
        or not _NAMES_WHAT.search(found.group("clause"))
    ):
        # "이러한 계산 체계가 중요한 이유는 ...", "VAE가 이처럼 구성된 이유는 ...": the reason
        # of what the text said; "해결하지 못한 이유는 ...": of nothing named
        return None
    return f"{clean_term(found.group('clause'))} 이유"


def facet_had(sentence: str) -> str | None:
    """``X의 장점`` for a sentence saying X has an advantage (or a disadvantage, a limit, a
    problem), or None."""
    if "이유는" in sentence:
        return reason_given(sentence)
    if "점" not in sentence and "한계" not in sentence:
        return None  # every facet it asks holds one of them: most sentences end here
    stripped = sentence.strip(" -*>").rstrip()
    found = _HAS_A_FACET.search(stripped)
    if (
        found is None
        or _ANNOUNCED.search(stripped, 0, found.start())
        or _ANY_FACET.search(stripped, 0, found.start())
    ):
        return None
    words = stripped.split()
    while words and words[0].rstrip(",") in LEADING_ADVERBS:
        words = words[1:]
    for count, word in enumerate(words[:_MAX_SUBJECT_WORDS], start=1):
        if is_topic_marked(word):
            named = word[:-1].removesuffix("에서")  # "Spring에서는 ...": what Spring has
            subject = clean_term(" ".join([*words[: count - 1], named]))
            if not subject or subject.split()[0] in _POINTING or not is_term(subject):
                return None
            return f"{subject}의 {found.group('facet')}"
    return None
