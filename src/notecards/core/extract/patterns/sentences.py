"""Whether Korean or English words read as a sentence (or a question) rather than a name.

A name is what a card asks about; a sentence is prose. English gives itself away by a
finite verb or a pronoun; Korean by its particles (``모델은``, ``데이터를``), its sentence
endings (``했다``, ``중요함``) and its speakers (``내가``).
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.patterns.english_verbs import ENGLISH_FINITE_VERBS

# particle -> shortest stem (in syllables) before we believe it is a particle and not the
# end of a noun ("길이", "전문가", "정확도" are nouns; "데이터가", "모델을" are not)
_KOREAN_CASE_PARTICLES: Final = {
    "에서는": 1,
    "에서": 1,
    "으로는": 1,
    "으로": 1,
    "에게": 1,
    "한테": 1,
    "부터": 1,
    "까지": 1,
    "처럼": 1,
    "보다": 2,
    "이랑": 1,
    "을": 2,
    "를": 1,
    "에": 2,
    "로": 2,
    "이": 3,
    "가": 3,
}
_KOREAN_ADNOMINAL_BEFORE_NEUN: Final = frozenset("하되있없지가오주보내나치리시쓰려아르으")
# verbs whose stem ends in 리 after a syllable with no final ㄹ ("버리는", "그리는")
_VERBS_IN_RI: Final = frozenset((
    "버리", "그리", "꾸리", "부리", "흐리", "저리", "우리", "다리", "때리", "차리", "가리",
    "누리", "드리", "내리", "어리",
))  # fmt: skip
_KOREAN_VERB_STEMS_BEFORE_DA: Final = frozenset(
    "하되이있없같였했됐졌난는한된진간온본준싶많좋크작높낮쉽어렵길짧넓깊"
)
_KOREAN_PREDICATE_ENDINGS: Final = (
    "니다",
    "해요",
    "어요",
    "아요",
    "에요",
    "예요",
    "세요",
    "네요",
    "군요",
    "지요",
    "죠",
    "함",
    "됨",
    "있음",
    "없음",
    "좋음",
    "않음",
    "같음",
    "했음",
    "됐음",
    "였음",
    "다름",
    "아님",
    "보임",
    "듦",
    "하기",
    "던것",
    "할것",
    "는것",
    "한것",
    "은것",
    "을것",
    "된것",
)
_SENTENCE_PUNCTUATION: Final = str.maketrans(".,;!", "    ")
_KOREAN_SPEAKER_SUBJECTS: Final = frozenset(
    ["내가", "제가", "나는", "저는", "우리가", "우리는", "너는", "네가", "난", "전", "우린"]
)
_KOREAN_ADNOMINAL_ENDINGS: Final = (
    "한", "할", "는", "된", "될", "던", "은", "인", "운", "울", "의", "적",
)  # fmt: skip
_QUESTION_ENDINGS: Final = (
    "?", "？", "인가", "인가요", "일까", "일까요", "는가", "나요", "을까", "을까요", "할까",
    "할까요", "인지",
)  # fmt: skip


# a Hangul syllable, searched for in a text (:func:`is_hangul` asks it of one character)
HANGUL_SYLLABLE: Final = re.compile("[\uac00-\ud7a3]")


def is_hangul(char: str) -> bool:
    """Whether a character is a Hangul syllable."""
    return "\uac00" <= char <= "\ud7a3"


def ends_in_consonant(syllable: str) -> bool:
    """Whether a Hangul syllable closes with a final consonant (받침): ``션``, ``혼`` do,
    ``시``, ``파`` do not. The particles that follow a word agree with it (은/는, 이란/란)."""
    return (ord(syllable) - 0xAC00) % 28 != 0


_FINAL_RIEUL: Final = 8  # ㄹ's index among the final consonants of a Hangul syllable


# the last syllables of verbs in the adnominal past (따른, 다른, 만든, 가진, 보낸, 들어온,
# 걸린): ``대한``, ``관한`` are in _KOREAN_ADNOMINAL_ENDINGS; not ``면`` nor ``만``, which join
# clauses (``따르면``, ``있지만``)
_ADNOMINAL_IN_NIEUN: Final = (
    "른", "든", "진", "낸", "본", "준", "온", "간", "린", "긴", "친", "쓴", "난",
)  # fmt: skip


def _ends_in_nieun(word: str) -> bool:
    """Whether a word of two syllables or more closes as a verb describing the noun after
    it (``따른``, ``만든``, ``가진``): after a word with its particle, it is one."""
    return len(word) > 1 and word.endswith(_ADNOMINAL_IN_NIEUN)


def ends_in_rieul(syllable: str) -> bool:
    """Whether a Hangul syllable closes with ㄹ: ``할``, ``걸``, ``먹을`` (its last)."""
    return (ord(syllable) - 0xAC00) % 28 == _FINAL_RIEUL


def particle_stem(word: str) -> str | None:
    """The stem before a case particle, if the word ends with one."""
    for particle, shortest in _KOREAN_CASE_PARTICLES.items():
        if word.endswith(particle) and len(word) > len(particle):
            stem = word[: -len(particle)]
            if not is_hangul(stem[-1]):
                return stem
            if particle == "이" and not ends_in_consonant(stem[-1]):
                continue  # the subject particle after a vowel is 가: "베르누이 분포" is a name
            if len(stem) >= shortest:
                return stem
    return None


# verb stems that close in a vowel the topic particle 는 could follow (nouns so closed are
# few: "쿠키", "단축키" and "경우" end in one syllable of them, not both)
_VERB_STEMS_IN_A_VOWEL: Final = (
    "시키", "으키", "지키", "나누", "바꾸", "맞추", "갖추", "낮추", "늦추", "세우", "키우",
    "배우", "채우", "비우", "지우", "싸우", "가두", "다루", "이루", "미루", "거두",
)  # fmt: skip


def is_topic_marked(word: str) -> bool:
    """``모델은``, ``데이터는``, ``Attention은`` (not ``작은``, ``학습하는``)."""
    if not word.endswith(("은", "는")) or len(word) < 2:
        return False
    stem = word[:-1]
    if not is_hangul(stem[-1]):
        return True
    # the particle is 은 after a final consonant and 는 after a vowel: "찾는", "나은" are verbs
    has_final = ends_in_consonant(stem[-1])
    if word.endswith("은"):
        return has_final and len(stem) >= 2
    if has_final:
        return False
    if stem.endswith(_VERB_STEMS_IN_A_VOWEL):
        return False  # "향상시키는", "나누는", "이루는": a verb describing the noun after it
    if stem[-1] == "다" and len(stem) >= 2 and ends_in_consonant(stem[-2]):
        return False  # "비교한다는", "있다는": what is said, quoted ("바다는" is a noun's)
    if stem[-1] == "리" and len(stem) >= 2:
        # "메모리는", "처리는": a noun in 리; a verb in -리- closes its stem in ㄹ ("걸리는",
        # "불리는") or is one of a few ("버리는", "그리는")
        before = stem[-2]
        return is_hangul(before) and not ends_in_rieul(before) and stem[-2:] not in _VERBS_IN_RI
    return stem[-1] not in _KOREAN_ADNOMINAL_BEFORE_NEUN


def is_predicate(word: str) -> bool:
    """A Korean word that ends a sentence: ``했다``, ``중요함``, ``있음``, ``합니다``."""
    if len(word) < 2 or not is_hangul(word[-1]):
        return False
    if word.endswith("다"):
        return len(word) >= 3 or word[-2] in _KOREAN_VERB_STEMS_BEFORE_DA
    return word.endswith(_KOREAN_PREDICATE_ENDINGS)


def is_question(text: str) -> bool:
    """Whether text ends as a question: ``?``, ``인가``, ``일까``, ``나요``."""
    stripped = text.rstrip(" *_~")
    return stripped.endswith(_QUESTION_ENDINGS)


_OBJECT: Final = ("을", "를")
# how a verb links to the auxiliary after it ("피해야 하는", "쓰게 되는", "알고 있는"), or to
# the adjective that says how easy it is ("사용하기 좋은", "쓰기 어려운")
_AUXILIARY_LINKS: Final = ("야", "게", "고", "지", "기")


def _adnominal(word: str) -> bool:
    return is_hangul(word[-1]) and word.endswith(_KOREAN_ADNOMINAL_ENDINGS)


def _describes_a_noun(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a verb before the noun it describes: in an adnominal form
    itself, or linked to an auxiliary that is (``피해야 하는 경우``, ``사용하기 좋은 경우``),
    a noun after it."""
    if _adnominal(words[at]):
        return True
    after = at + 1
    return (
        after < len(words) - 1 and words[at].endswith(_AUXILIARY_LINKS) and _adnominal(words[after])
    )


# the noun modifiers among the adnominal endings: a verb closes no clause in them
_NOUN_MODIFIERS: Final = ("의", "적")


def _clause_closes_on_noun(words: list[str]) -> bool:
    """Whether the words are a clause and the noun it describes (``CNN에서 정보가 깨지는
    이유``, ``테이블에 별칭을 반드시 붙여야 하는 경우``): the next to last word is a verb in
    its adnominal form, not a topic (``인덱스는``), and the last is a noun of Hangul."""
    if len(words) < 3:
        return False
    verb, noun = words[-2], words[-1]
    return (
        is_hangul(noun[-1])
        and not is_topic_marked(verb)
        and ((_adnominal(verb) and not verb.endswith(_NOUN_MODIFIERS)) or _ends_in_nieun(verb))
    )


# how a word that says where, to what or with what ends (``배열로``, ``파일에``)
_ADVERBIAL: Final = ("로", "에", "에서", "와", "과", "까지", "부터")
_LINKING: Final = ("고", "서", "며", "여", "면", "게", "지")  # a verb linking on: 읽고, 나눠서


def _done_by_the_last(words: list[str], at: int) -> bool:
    """Whether the heading's closing word is the noun of the action its object is for
    (``힙을 배열로 표현``, ``배열을 고정 크기 리스트로 변환``): only adverbial words between,
    or bare nouns that an adverbial word closes, and that word no predicate."""
    last, between = words[-1], words[at:-1]
    return (
        is_hangul(last[-1])
        and not is_predicate(last)
        and (not between or between[-1].endswith(_ADVERBIAL))
        and all(word.endswith(_ADVERBIAL) or _bare_noun(word) for word in between)
    )


def _bare_noun(word: str) -> bool:
    """A word with no particle nor verb ending (``고정`` of ``고정 리스트로``; not ``읽고``)."""
    return not (
        particle_stem(word) or word.endswith(_LINKING) or is_predicate(word) or _adnominal(word)
    ) and not _ends_in_nieun(word)


def without_acronyms(words: list[str]) -> list[str]:
    """The words but those written in capitals (``WAS``, ``IS``, ``DOES``): an acronym or a
    keyword so written names something, whatever word it spells (words all in capitals,
    ``THIS MAY BE UNNECESSARY``, are shouted, and stay)."""
    kept = [word for word in words if len(word) < 2 or not word.isupper()]
    return words if len(words) - len(kept) > 1 and not kept else kept


def looks_like_clause(words: list[str], korean: bool = True, *, described: bool = False) -> bool:
    """Whether the words read as a sentence rather than a name. ``described``: a noun may
    close them that a clause with its object describes (``락을 거는 이유``, ``캐시 사용을
    피해야 하는 경우``), as a heading's may; a term's words are read more strictly."""
    lowered = " ".join(words).lower()
    if "." in lowered or "," in lowered or ";" in lowered or "!" in lowered:
        # (only then: translating is slow on text that is not ASCII, and most has none)
        lowered = lowered.translate(_SENTENCE_PUNCTUATION)
    if not ENGLISH_FINITE_VERBS.isdisjoint(lowered.split()) and not ENGLISH_FINITE_VERBS.isdisjoint(
        " ".join(without_acronyms(words)).lower().translate(_SENTENCE_PUNCTUATION).split()
    ):
        return True  # (a verb in capitals, "WAS", is an acronym: looked at only when one is)
    if not korean:
        return False
    if is_predicate(words[-1]) or not _KOREAN_SPEAKER_SUBJECTS.isdisjoint(words):
        return True
    # "DB에서 인덱스를 쓰는 이유": the words before the closing noun are one clause that
    # describes it, its verb right before it; a word with its particle belongs to that clause
    clause_describes_last = described and _clause_closes_on_noun(words)
    for index, word in enumerate(words[:-1]):
        # a word right after an object is its verb: "락을 거는 이유" ends in 는 as a verb
        # does before the noun it describes, not as a topic marker
        if is_topic_marked(word) and not (
            described and index and words[index - 1].endswith(_OBJECT)
        ):
            return True
        if particle_stem(word) is not None and not (
            clause_describes_last
            or _adnominal(words[index + 1])
            or _ends_in_nieun(words[index + 1])  # "호칭에 따른 ...", "배열로 만든 ..."
            or (
                described
                and (_describes_a_noun(words, index + 1) or _done_by_the_last(words, index + 1))
            )
        ):
            return True
    return False


# the abbreviations whose stop ends no sentence ("open, i.e. every point ...")
ABBREVIATIONS: Final = ("i.e.", "e.g.", "cf.", "vs.", "a.k.a.")
# the spaces after a sentence's stop (the space first, the stop behind it: a search led by
# the space skips to the spaces, where one led by the look-behind tries every character),
# but an abbreviation's
SENTENCE_BREAK: Final = re.compile(
    r"\s(?<=[.!?。]\s)"
    + "".join(rf"(?<!\b{re.escape(abbreviation)}\s)" for abbreviation in ABBREVIATIONS)
    + r"\s*",
    re.IGNORECASE,
)


def sentence_so_far(text: str, end: int) -> str:
    """The sentence of ``text`` that ``end`` is in, up to ``end``."""
    start = 0
    for stop in SENTENCE_BREAK.finditer(text, 0, end):
        start = stop.end()
    return text[start:end]


# enough of a text past its subject for the mark that follows it (``는 ``, `` refers ``)
_MARK_ROOM: Final = 12


def opens_with_subject(text: str, subject: str, marks: re.Pattern[str]) -> bool:
    """Whether ``text`` opens with ``subject`` (case, emphasis and code marks aside) and
    ``marks`` matches right after it: the particle or the verb that makes the subject what
    the text speaks of (``이상 탐지는 ...``, ``**Anomaly detection** is ...``)."""
    if len(subject) < 2:
        return False
    opening = text[: len(subject) + _MARK_ROOM].lstrip("*_`").replace("**", "").replace("`", "")
    return (
        opening.casefold().startswith(subject.casefold())
        and marks.match(opening, len(subject)) is not None
    )
