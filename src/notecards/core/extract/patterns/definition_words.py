"""The words the defining sentences judge a term by (:mod:`.defining_sentences`): what
never opens a term (pronouns, words pointing into the text), what leads a sentence in
(``여기서``, ``note that``, the field a Korean term is used in: ``정보이론에서``), what ends a
clause rather than a name (bound nouns, case particles), and what makes a sentence a remark
rather than a definition.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.patterns.sentences import ends_in_rieul

# a figure, listing or example the text points at (``코드 12``, ``그림 3``, ``표 2``, ``식 5``)
FIGURE_REFERENCE: Final = re.compile(
    r"(?:코드|그림|표|식|수식|예문|예제|code|figure|table)\s*\d", re.I
)
# a first word that says where, when or about what (``때에 따라서``, ``이에 대해서``)
ADVERBIAL_ENDINGS: Final = (
    "에서",
    "에는",
    "라서",
    "해서",
    "대해",
    "반해",
    "에",
    "도",
)
OBJECT_PRONOUNS: Final = frozenset(
    ("this", "that", "it", "these", "those", "them", "which", "previous", "above", "following")
)
# bound nouns and sequence words that open a clause, never a name (``수 있는 기법``, ``이후 설명``)
NOT_A_NAME_FIRST: Final = frozenset(
    ("수", "것", "때", "데", "바", "줄", "이후", "다시", "지금까지")
)
# what opens or ends a topic said to be "... 것" when it is a remark on the text, not a term
NOT_A_THING_FIRST: Final = frozenset(
    ("가장", "또다른", "또", "다른", "주", "중요한", "알고보니", "사실", "해커", "결국", "점은")
)
NOT_A_THING_LAST: Final = frozenset(
    ("핵심", "목적", "목표", "방법", "전략", "점", "이슈", "약속", "강점", "문제", "차이점", "것")
)
# a sentence that says how many or how much (``... 100만개입니다``, ``... 0.5입니다``)
VALUE_PREDICATE: Final = re.compile(r"\S*\d\S*입니다\s*[.。]?\s*$")
# words that make ``X is when ...`` a remark on the text or the writer, not a definition
INFORMAL_TERM: Final = frozenset(
    ("our", "my", "your", "their", "his", "her", "its", "more", "most", "less", "only", "here",
     "there", "interesting", "important", "tricky", "fun", "nice", "cool", "good", "bad")
)  # fmt: skip
# a word ending in a case particle names a place or a means, never the term: "저장매체에는"
CASE_PARTICLES: Final = ("에", "에서", "에게", "으로", "까지", "부터")
PRONOUNS: Final = frozenset(
    [
        "이들",
        "그들",
        "이것",
        "그것",
        "저것",
        "이",
        "그",
        "저",
        "이는",
        "그는",
        "이게",
        "그게",
        "여기",
        "거기",
        "이것이",
        "우리",
        "나",
        "저희",
        "this",
        "that",
        "it",
        "these",
        "those",
        "which",
        "what",
        "he",
        "she",
        "they",
        "we",
        "i",
    ]
)


# words in 는/은 that are no topic: a quotation's (``크기라는``), a comparison's (``1번과는``),
# a conjunction (``또는``, ``혹은``), a verb's (``회전시키는``, ``중요하지 않은``)
NOT_TOPIC_ENDINGS: Final = (
    "라는", "과는", "와는", "또는", "혹은", "시키는", "하는", "되는", "않은",
)  # fmt: skip
# nouns that only follow a clause (``쪼갤 수``, ``먹은 것``): no term ends in one (``토픽 수``,
# the number of topics, is a noun after a noun)
BOUND_NOUNS: Final = frozenset(("수", "것", "줄", "바", "뿐", "데", "적"))


def ends_adnominal(word: str) -> bool:
    """Whether a word ends as a verb before a noun: in ㄹ (``쪼갤``, ``할``) or in 은, 는, 던."""
    last = word[-1:]
    if not "가" <= last <= "힣":
        return False
    return last in "은는던" or ends_in_rieul(last)  # (쪼갤, 할, 먹을)


# one-syllable adjectives in 은, never a noun and its particle (``힙은`` is)
ADJECTIVES_IN_EUN: Final = frozenset((
    "같은", "작은", "높은", "낮은", "좋은", "많은", "적은", "넓은", "깊은", "짧은", "얕은",
    "좁은", "짙은", "옅은", "붉은", "검은", "밝은", "젊은", "늙은", "굵은", "낡은", "옳은",
    "싫은", "괜찮은", "수많은", "드높은", "기나긴", "이같은", "그같은", "저같은",
))  # fmt: skip
# words that point into the text or the moment, never the first word of a term
POINTING_WORDS: Final = frozenset(
    (
        "여기서", "여기", "지금", "이번", "위의", "위", "아래의", "하기의", "다음의", "상기",
        "다음", "앞의", "뒤의", "모든", "각각의", "이런", "그런", "저런", "이러한", "그러한",
        "아래", "오른쪽의", "왼쪽의", "오른쪽", "왼쪽", "어떤", "해당", "본", "이날", "이제",
        "첫번째", "두번째", "세번째", "첫째", "둘째", "셋째", "전자", "후자", "우리의",
        "latter", "former", "above", "below", "aforementioned", "following", "preceding",
        "previous",
    )
)  # fmt: skip


# words that open a condition, a reason or a supposition ("If there is a cycle that ...",
# "Unless the cache is a write-back cache, ...", "Suppose there is a graph with ...") say
# when, not what a term is; and a word that picks one of several ("One option is the
# `--all` flag ...") names none
_SUBORDINATORS: Final = frozenset((
    "if", "unless", "whether", "although", "though", "because", "since", "whereas", "once",
    "suppose", "assume", "assuming", "let", "one", "another", "often",
    # a question ("How is a user supposed to ...?"), an aside ("Sometimes is ...",
    # "Remember how there is ...") says no term either
    "how", "why", "who", "sometimes", "remember",
))  # fmt: skip

# no term opens with a pronoun, a word pointing into the text ("여기서는 ...", "위의 2개
# 속성은 ...": where, not what) or a condition
NEVER_FIRST: Final = PRONOUNS | POINTING_WORDS | _SUBORDINATORS


# words that join a sentence to the one before it, never part of the term it defines
# (``여기서 데이터그램이란 ...`` defines ``데이터그램``)
LEADING_ADVERBS: Final = frozenset(
    (
        "여기서", "즉", "이때", "또한", "각", "그리고", "따라서", "결국", "특히", "보통",
        "반면", "그러나", "하지만", "또",
        "일반적으로", "한편", "그래서", "그러므로", "예컨대", "예컨데", "가령", "그런데", "다만",
        "물론", "우선", "먼저", "이에", "여기에서", "여기에서도", "여기서도", "어쨌든", "아무튼",
        "사실", "사실상", "그러면", "그럼", "마찬가지로", "게다가", "더욱이", "아울러", "나아가",
        "요컨대", "결과적으로", "기본적으로", "반대로", "반면에",
        "here", "thus", "so",
        "also", "then", "hence",
        "therefore",
    )
)  # fmt: skip


# a word that says where a definition stands in a series, opening its sentence ("마지막으로
# X는 ...", "둘째, X는 ...", "Finally, X is ..."; "finally 블록은 ..." names a keyword)
IN_A_SERIES: Final = re.compile(
    r"(?:마지막으로|끝으로|다음으로|그다음으로?|[첫둘셋넷]째로?|[첫두세네]\s?번째로)(?:,\s*|\s+)"
    r"|(?:finally|lastly),\s*"
    # a joint before the code a sentence says the use of: "Then `--arg` sets ...", "Here
    # `app.py` is ...", "Next, the `-s` flag ..."
    r"|(?:then|next|now|here|also|and|so),?\s+(?=(?:the\s+|that\s+)?`)",
    re.IGNORECASE,
)

# the same as LEADING_ADVERBS, in two words (``다시 말해 X는 ...``)
LEADING_PHRASES: Final = frozenset(
    (
        "다시 말해",
        "다시 말하면",
        "바꿔 말해",
        "바꿔 말하면",
        "예를 들어",
        "예를 들면",
        "이와 관련해",
        "이와 관련해서",
        "더 나아가",
        "더 나아가서",
        "in short",
        "note that",
        "notice that",
    )
)


ARTICLES: Final = frozenset(("the", "a", "an"))


# a Korean word that says in which field or setting a term is used, opening the term
_WHERE_SAID: Final = ("에서", "에서는", "에선")
# the places of the text itself a word may point at instead (``그림에서 $x_t$는 ...``: in the
# figure, whose paragraph explains it)
_PLACES_IN_THE_TEXT: Final = frozenset((
    "그림", "위", "아래", "식", "수식", "예", "예시", "예제", "여기", "이", "다음", "앞", "표",
    "코드", "본문", "글",
))  # fmt: skip


def names_a_field(word: str) -> bool:
    """``정보이론에서``, ``머신러닝에서는``: a field the term belongs to (not ``그림에서``)."""
    for ending in _WHERE_SAID:
        if word.endswith(ending):
            return word[: -len(ending)] not in _PLACES_IN_THE_TEXT
    return False
