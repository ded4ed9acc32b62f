"""Facet words: what a heading or a term says about its subject rather than naming one
(특징, 정의, 장점, Pros, Example, Usage, Parameters, ...). A card asked by one names its
subject (:mod:`.facets`); a note headed by one is named by its file, not by it. A few more
words do so only as a section's heading (``Algorithm``, ``시간 복잡도``): written as a term
with its definition they may be the term.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.patterns.sentences import is_hangul
from notecards.core.extract.patterns.spans import escaped

_FACET_WORDS: Final = frozenset(
    word.casefold()
    for line in (
        "특징 정의 장점 단점 장단점 문제점 한계 한계점 예시 예제 예 사용법 사용 방법 용도 종류",
        "개념 설명 원리 목적 역할 구조 동작 방식 동작원리 차이 차이점 주의점 주의사항 활용",
        "pros cons example examples usage uses description parameters parameter params arguments",
        "args returns return shape definition features feature advantages disadvantages",
        "benefits drawbacks limitations properties syntax overview purpose types",
        "why intuition idea motivation characteristic characteristics concept concepts",
        "components 특성 구성 구성요소 왜 이유 결과 목표 수식 과정 순서 조건 해석 설정 원인",
        "result results formula process steps conditions interpretation setup cause causes",
        "explanation problem problems issue issues positive positives negative negatives",
        "setting derivation effect effects solution solutions 해결책 해결법",
        "definitions def defn defs",
        "installation implementations algorithms methods techniques notations goal takeaway",
        "takeaways summary conclusion conclusions comments requirements operations approach",
        "tools theorems 공통점 개요 의미 뜻 meaning",
    )
    for word in line.split()
) | frozenset(
    (
        "사용 방법",
        "동작 방식",
        "해결 방법",
        "use cases",
        "how it works",
        "key idea",
        "key intuition",
        "formal definition",
        "informal definition",
        "takeaway message",
        "key points",
        "주요 파라미터",
        "주요 기능",
        "주요 특징",
        "처리 방법",
        "구현 방법",
        "실행 방법",
        "필요한 이유",
        "사용하는 이유",
        "핵심 개념",
        "사전적 의미",
        "사전적 정의",
    )
)
_LONGEST: Final = max(map(len, _FACET_WORDS))
# words that, as a heading under a subject (or a label over a list), name a part of it
# (``## Booth Multiplier`` > ``### Algorithm``, ``### 시간 복잡도``), but written as a term
# with its definition may be the term (``- Structure: a value type with named fields``)
_SECTION_FACETS: Final = frozenset(
    (
        "algorithm", "algorithms", "structure", "method", "analysis", "architecture",
        "application", "applications", "complexity", "time complexity", "space complexity",
        "runtime", "implementation", "alternatives", "variants", "challenges", "history",
        "caveat", "caveats", "pitfalls", "gotchas", "use case", "key idea", "main idea",
        "pseudocode", "workflow", "best practices", "what", "how",
        # the parts of a proof, an argument or a problem: "## Notation", "- Statement"
        "notation", "statement", "argument", "arguments", "counter arguments",
        "implications", "implication", "observation", "observations", "base case",
        "induction step", "inductive step", "thought experiment", "basic facts", "key facts",
        "instructions", "mistakes", "common mistakes", "proof idea", "proof sketch", "wts",
        "soln",
        # the parts of a paper's or a model's write-up: "## Training" under the model
        "training", "experiments", "experiment", "experimental results", "background",
        "discussion", "contributions", "ablation", "ablations", "배경", "실험", "실험 결과",
        "알고리즘", "구현", "시간 복잡도", "시간복잡도", "공간 복잡도", "공간복잡도",
        "주의할 점", "유의할 점", "유의사항", "사용 예시", "예시 코드", "코드 예시",
        "작동 원리", "작동 방식", "동작 과정", "핵심 아이디어", "아이디어", "사용 이유",
        "필요성", "등장 배경", "기능", "흐름", "문제", "해결", "핵심",
        "configuration", "authentication", "deployment", "testing", "troubleshooting",
        "debugging", "performance", "security", "설치", "배포", "테스트", "설정 방법",
        # what threatens it, and where the note points to learn it: "# Vulnerabilities"
        "vulnerabilities", "vulnerability", "attacks", "attack vectors", "guides",
        "alternate definition", "alternative definition", "corollary", "corollaries",
        "research questions",
        # a problem's attempts at it: "## 첫 번째 시도" under "# BOJ 1010. 다리 놓기"
        "첫 번째 시도", "두 번째 시도", "세 번째 시도", "첫번째 시도", "두번째 시도", "attempt",
        "first attempt", "second attempt", "wrong attempt", "correct attempt", "풀이", "내 풀이",
        "다른사람 풀이", "다른 사람 풀이", "접근 방식", "my solution", "official solution",
        "the solution",
    )
)  # fmt: skip
_LONGEST_SECTION_FACET: Final = max(map(len, _SECTION_FACETS))


def undecorated(text: str) -> str:
    """The text without the digits, punctuation and symbols before its first letter and the
    punctuation and symbols after its last letter or digit (``**1. Pros:**`` is ``Pros``):
    what ``re.sub(r"^[\\W\\d_]+|[\\W_]+$", "", text)`` leaves, a few times faster."""
    start, end = 0, len(text)
    while start < end and (not text[start].isalnum() or text[start].isdecimal()):
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def is_facet_label(text: str) -> bool:
    """Whether a line is only a facet word, its bold or italic marks aside (``특징``,
    ``**Properties**``), not a count (``62 results``): a label for what follows it."""
    bare = text.strip(" *_")
    return not bare[:1].isdigit() and is_facet(bare)


def is_facet(question: str) -> bool:
    """Whether a question is only a facet word, such as ``특징`` or ``Pros:``."""
    stripped = question.strip()
    if stripped[:1] in "HhWw" and _ASKS_OF_IT.fullmatch(stripped.rstrip("?？ ")):
        return True  # "Why is it useful", "How do they work": asked of the subject above
    if stripped[:1].isalpha() and stripped[-1:].isalnum():
        # no decoration to take away (the common case): casefolding never shortens a text
        if len(stripped) <= _LONGEST and stripped.casefold() in _FACET_WORDS:
            return True
        # "정의 및 특징", "Pros and Cons": only a facet word can open facets joined (and
        # a longer question: most questions are decided here)
        if len(stripped) > _LONGEST_JOINED or not (
            " 및 " in stripped or " and " in stripped or "&" in stripped or "," in stripped
        ):
            return False
        space = stripped.find(" ")
        return (
            space > 0
            and stripped[:space].rstrip(",/&").casefold() in _FACET_WORDS
            and _joins_facets(stripped)
        )
    if stripped[:1] == "\\" and escaped(stripped):
        return False  # "\\*args": an escaped character is part of the question
    core = undecorated(stripped)
    if len(core) <= _LONGEST and core.casefold() in _FACET_WORDS:
        return True
    return stripped.endswith(("?", "？")) and _asked_facet(core)


# facet words joined, three at most ("장점, 단점 및 한계", "Pros and Cons")
_LONGEST_JOINED: Final = 3 * _LONGEST + 10
# what joins two facets in one heading: "정의 및 특징", "Pros and Cons", "개념 & 예시"
_FACET_JOINER: Final = re.compile(r"\s+(?:및|and|&)\s+|\s*,\s*", re.IGNORECASE)


def _joins_facets(text: str) -> bool:
    """Whether ``text`` is facet words joined (``정의 및 특징``, ``Pros and Cons``)."""
    parts = _FACET_JOINER.split(text)
    return len(parts) > 1 and all(part.casefold() in _FACET_WORDS for part in parts)


# a how or why (or what) question that points at the subject above with a pronoun, in a
# few words ("Why is it useful", "how do they work", "How that all works", "What it does")
_ASKS_OF_IT: Final = re.compile(
    r"(?:how|why|what)(?!.*\b(?:I|we|my|our)\b)(?:\s+\w+){0,2}?"
    r"\s+(?:it|they|them|this|that|these|those)(?:\s+\w+){0,3}",
    re.IGNORECASE,
)


# "장점은?", "단점은 없는가?", "특징은 무엇인가?": a facet word asked of the subject above
_FACET_QUESTION: Final = re.compile(
    r"(?P<facet>\S+?)(?:은|는)"
    r"(?:\s+(?:없는가|있는가|무엇인가|무엇일까|뭘까|뭔가요|무엇인가요|뭐가 있을까))?"
)


def _asked_facet(core: str) -> bool:
    found = _FACET_QUESTION.fullmatch(core)
    return found is not None and found.group("facet") in _FACET_WORDS


def is_section_facet(question: str) -> bool:
    """Whether a heading (or a label over a list) only names a part of the subject above
    it: a facet word, or ``Algorithm``, ``Structure``, ``시간 복잡도``, ``핵심 아이디어``."""
    return is_facet(question) or names_a_part(question)


def names_a_part(question: str) -> bool:
    """``Algorithm``, ``Structure``, ``시간 복잡도``: a part of a subject, as a section's
    heading names one (the facet words aside)."""
    core = undecorated(question.strip())
    return len(core) <= _LONGEST_SECTION_FACET and core.casefold() in _SECTION_FACETS


# the facets that state the subject itself: a note opening with one as its heading
# (``# Definition``, ``# Notation``, ``# Argument`` in ``Zombie Argument.md``, ``# Theorem``
# in a note named by its result) states what its title names there; not ``# Results`` of
# four parts, nor ``# Concepts`` + links
_STATING_THE_SUBJECT: Final = frozenset(
    ("definition", "definitions", "def", "defn", "formal definition", "notation", "statement",
     "overview", "description", "idea", "key idea", "intuition", "concept", "argument",
     "thought experiment", "theorem", "lemma", "proposition", "corollary", "정의", "개념",
     "개요", "설명", "의미", "뜻")
)  # fmt: skip


def states_the_subject(heading: str) -> bool:
    """Whether a heading is a facet that states its subject itself (``Definition``,
    ``Notation``, ``개념``): what it heads is what the subject is."""
    core = undecorated(heading.strip())
    return len(core) <= _LONGEST and core.casefold() in _STATING_THE_SUBJECT


_FACET_OPENERS: Final = frozenset(
    ("why", "how", "reasons", "advantages", "disadvantages", "benefits", "drawbacks",
     "limitations", "properties", "characteristics", "features", "causes", "types", "kinds",
     "ways")
)  # fmt: skip
_OF: Final = frozenset(("of", "for", "to"))
# what a learner asks of a thing (not how a sentence ends: ``... 방식``, ``... 역할``, ``... 사용``)
_ASKED_FACETS: Final = frozenset(
    ("이유", "방법", "장점", "단점", "장단점", "한계", "한계점", "문제점", "차이", "차이점",
     "원리", "원인", "종류", "특징", "주의점", "주의사항", "목적")
)  # fmt: skip
_MAX_PHRASE_WORDS: Final = 12
# "the points to <verb>": ``싱글톤 사용 시 주의할 점``, ``구현 시 고려해야 할 사항``; a thing
# "to watch" (``주의할 것``) too, but not ``CDN을 사용할 것``, an instruction to do it
_POINTS: Final = ("점", "사항")
_CAUTION_VERBS: Final = ("주의할", "유의할", "고려할", "고려해야할", "알아야할", "조심할")


def names_a_facet_of(text: str) -> bool:
    """Whether a phrase asks for a facet of something it names at length: ``큰 블록 크기를
    쓰는 이유``, ``기존 배치 처리 시스템의 한계``, ``Class 객체 얻는 방법``, ``Why the
    index is rebuilt``, ``Benefits of caching``. Not a sentence; up to a dozen words."""
    words = text.split()
    if (
        not 2 <= len(words) <= _MAX_PHRASE_WORDS
        or text.rstrip().endswith((".", "!", "。"))
        or "://" in text
    ):
        return False
    last = undecorated(words[-1])
    if last and "\uac00" <= last[0] <= "\ud7a3":
        return last in _ASKED_FACETS or (len(words) > 2 and _points_to_verb(words))
    first = undecorated(words[0]).casefold()
    return first in _FACET_OPENERS and (first in ("why", "how") or words[1] in _OF)


def _points_to_verb(words: Sequence[str]) -> bool:
    """``... 주의할 점``, ``... 고려해야 할 사항``, ``... 주의할 것`` (three words or more): what
    to mind about the thing the words before name; ``X로 할 수 있는 것``: what it lets one do."""
    verb, noun = words[-2], undecorated(words[-1])
    if noun in _POINTS:
        return verb.endswith("할")
    if noun != "것":
        return False
    return verb in _CAUTION_VERBS or (verb == "있는" and len(words) > 4 and words[-3] == "수")


def asks_a_facet(heading: str) -> bool:
    """A Korean heading that asks a facet of what it names at length (``미디어쿼리에 em 단위를
    쓰는 이유``, ``경사 하강법을 사용해야 하는 이유``): a question the section under it
    answers, in a paragraph or a list. (An English ``How it works`` heads a walk through the
    code more often than an answer.)"""
    return is_hangul(heading.rstrip()[-1:]) and names_a_facet_of(heading)
