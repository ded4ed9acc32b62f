"""What a heading is: a topic to ask about, a stated definition, or a section to skip.

Retrospectives, peer sessions, plans and reference lists are skipped whole; a diary title
(``2026-03-10 Daily log``) marks a note whose sections are judged one by one; generic
headings (``Introduction``, ``정리``, ``TIL``) name no topic.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from notecards.core.extract.clean import LABELLED_NAME, clean_term, unboxed
from notecards.core.extract.patterns.chatter import mentions_date
from notecards.core.extract.patterns.clutter import wikilinks_as_text
from notecards.core.extract.patterns.label_words import GENERIC_HEADINGS
from notecards.core.extract.patterns.labels import GENERIC_DEFINITION_LABEL, NUMBERED_STATEMENT
from notecards.core.extract.patterns.numbering import without_category, without_section_number
from notecards.core.extract.patterns.terms import (
    is_heading_name,
    is_term,
    is_title_cased_name,
    is_work_title,
)

# A heading class matches whole words, never fragments (``Retrofit`` is no ``retro``,
# ``링크드 리스트`` no ``링크``); a Korean word may carry a particle (``회고를``, ``링크는``).
_PARTICLE: Final = "(?:은|는|이|가|을|를|의|에|에서|와|과|도|로|으로|만|란|이란)?"
# words that mean chatter wherever they stand in a heading (``TIL 회고``, ``Sprint retrospective``)
_CHATTER_ANYWHERE: Final = (
    "회고",
    "피어세션",
    "피어 세션",
    "느낀 점",
    "느낀점",
    "소감",
    "잡담",
    "근황",
    "오늘 한 일",
    "오늘의 한 줄",
    "오늘의 한줄",
    "한 줄 평",
    "한줄평",
    "tmi",
    "retrospective",
    "retrospectives",
    "peer session",
    "peer sessions",
    "what went well",
    "what i did",
)
# Korean words that mean chatter as the head of the heading, its last word (``강의 후기``,
# ``3월 일정``), but not as a modifier (``후기 바인딩`` is late binding, ``일정 관리`` a topic)
_CHATTER_HEAD: Final = ("후기", "다짐", "반성", "할 일", "할일", "일정")
_DIARY_HEAD: Final = ("일기", "일지")
# English words that are also the names of things (``Java Reflection``, ``Todo app``,
# ``Journal of ...``): chatter only when the heading is the word alone, with at most words
# that say whose or when (``Weekly reflection``, ``My todo list``, ``Daily journal 3/10``)
_CHATTER_ALONE: Final = frozenset(
    ("reflection", "reflections", "retro", "mood", "tomorrow", "to do", "to-do", "todo", "todos")
)
_DIARY_ALONE: Final = frozenset(("diary", "journal", "daily log", "devlog", "dev log"))
_FRAMING_WORDS: Final = frozenset(
    (
        "my",
        "our",
        "the",
        "a",
        "for",
        "on",
        "of",
        "and",
        "today",
        "today's",
        "todays",
        "tomorrow's",
        "this",
        "next",
        "weekly",
        "daily",
        "monthly",
        "sprint",
        "personal",
        "final",
        "self",
        "week",
        "day",
        "month",
        "list",
        "items",
        "plan",
        "plans",
        "notes",
        "오늘",
        "오늘의",
        "내일",
        "이번",
        "주",
        "주간",
        "리스트",
        "목록",
        "월",
        "일",
        "년",
        "주차",
        "일차",
    )
)
# a reference heading is made of these words alone, with framing words (``References``,
# ``참고 자료 및 출처``, ``Further reading``), never a topic led by one (``Reference types``);
# ``참고`` alone is an aside (notes that add to the topic), not a list of references
_REFERENCE_PHRASES: Final = (
    "reference",
    "references",
    "refer",  # a heading of references in many Korean blogs
    "ref",
    "refs",
    "레퍼런스",
    "참고문헌",
    "참고 문헌",
    "참고자료",
    "참고 자료",
    "출처",
    "링크",
    "link",
    "links",
    "bibliography",
    "works cited",
    "footnotes",
    "각주",
    "see also",
    "관련 글",
    "관련글",
    "further reading",
    "reading list",
    "resources",
    "읽을거리",
    "읽을 거리",
    "읽어볼",
    "sources",
    "source",
)
_REFERENCE_FRAMING: Final = frozenset(
    (
        "and",
        "the",
        "of",
        "for",
        "other",
        "more",
        "further",
        "useful",
        "external",
        "additional",
        "recommended",
        "related",
        "list",
        "및",
        "참고",
        "참조",
        "관련",
        "추가",
        "기타",
        "외부",
        "유용한",
        "모음",
        "목록",
        "만한",
        "글",
        "자료",
    )
)


def _whole(words: tuple[str, ...], *, at_end: bool = False) -> re.Pattern[str]:
    """Any of the words as a whole word (spaces in a phrase optional), with a particle."""
    alternatives = "|".join(
        re.escape(word).replace(r"\ ", r"\s*") for word in sorted(words, key=len, reverse=True)
    )
    tail = r"(?:\s*(?:[(\[（][^)\]）]*[)\]）]|[^\w\s]+|\d+))*\s*$" if at_end else r"(?!\w)"
    return re.compile(rf"(?<!\w)(?:{alternatives}){_PARTICLE}{tail}")


_CHATTER: Final = _whole(_CHATTER_ANYWHERE)
_CHATTER_LAST: Final = _whole(_CHATTER_HEAD + _DIARY_HEAD, at_end=True)
_DIARY_LAST: Final = _whole(_DIARY_HEAD, at_end=True)
_REFERENCE: Final = _whole(_REFERENCE_PHRASES)
# ``TODO 1: ...``, ``Todo: write the tests``: a task, whatever follows
_TASK_LEAD: Final = re.compile(r"^(?:todo|to-do|to do)\s*\d*\s*[:.)]")
_WORD: Final = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
_LINK: Final = re.compile(r"!?\[[^\]]*\]\([^)]*\)|<[^>]+>|\b(?:https?|ftp)://\S+|www\.\S+")


def folded_heading(heading: str) -> str:
    """A heading as its words are compared: tidied, casefolded, no marks around it."""
    return clean_term(heading).casefold().strip(" .:*_`")


@functools.lru_cache(maxsize=1024)
def is_skipped_heading(heading: str) -> bool:
    """Retrospectives, peer sessions, diaries, plans, references and worked examples:
    sections to skip whole.

    Every heading of every note is asked, and headings recur (``Example``, ``정리``), so
    answers are kept for the recent ones."""
    folded = folded_heading(heading)
    return _is_chatter(folded) or _is_reference(folded) or _is_worked_example(folded)


# ``Example 2``, ``예제 3``, ``BCNF Example 3``, ``실습 2`` (a numbered hands-on exercise, its
# steps): one worked example among several, its data
# and working (``Task: find high values``, ``X intercept: $x = 5/2$``) no knowledge of its
# own; ``Examples``, ``Examples of NoSQL stores``, ``예시: 배달 앱`` list instances of a
# concept, and ``Example 1: Registers`` names what a lecture's example teaches, which are
_WORKED_EXAMPLE: Final = re.compile(
    r"(?:^|(?<!\w)(?=examples?\b))(?:examples?|예시|예제|ex\.?|실습)\s*#?\d+[.:)]?$"
    # a numbered exercise and its answers ("L7 Clicker 4", "Quiz 3", "Problem Set 2",
    # "연습문제 4"): what it asked and answered is no knowledge of its own
    r"|(?:^|\s)(?:clicker|quiz|homework|hw|assignment|problem\s*set|pset|exercises?|연습문제"
    r"|퀴즈)\s*#?\d+[.:)]?$"
)


def _is_worked_example(folded: str) -> bool:
    return _WORKED_EXAMPLE.search(folded) is not None


# ``정규분포 실습``, ``emit 이벤트 실습 구현``: a hands-on exercise named by what it practises
_EXERCISE: Final = re.compile(r"(?:^|\s)실습(?:\s*(?:구현|하기|코드|과정))?\s*#?\d*$")


def names_an_exercise(question: str) -> bool:
    """Whether a question (its subject, before a facet: ``긴 꼬리분포 실습 — setting``)
    names a hands-on exercise (``정규분포 실습``, ``실습 2``): what the exercise did is no
    knowledge of its own (what it teaches is asked where it is said)."""
    return _EXERCISE.search(folded_heading(question.split(" — ", 1)[0])) is not None


def is_worked_example(title: str) -> bool:
    """Whether a note's title names one worked example (``Abstraction Example 1``): its
    sections hold no knowledge of their own."""
    return _is_worked_example(folded_heading(title))


@functools.lru_cache(maxsize=1024)
def is_diary_heading(heading: str) -> bool:
    """``2026-03-10 Daily log``, ``3월 10일 일기``: a diary, as a section or as a note's title.

    Every note's first heading is asked (answers are kept for the recent ones)."""
    folded = folded_heading(heading)
    return _DIARY_LAST.search(folded) is not None or _alone(folded, _DIARY_ALONE)


@functools.lru_cache(maxsize=1024)
def is_title(heading: str) -> bool:
    """Whether a heading, or a label that stands for one, names a topic that can be asked
    about (not a date, label, diary), in a term's few words.

    Several idioms ask it of the same heading, so answers are kept for the recent ones."""
    name = _topic_name(heading)
    return name is not None and is_term(name)


# a question written without its mark: "What is Agile", "What are monads", "What to do"
_UNMARKED_QUESTION: Final = re.compile(
    r"(?:what|why|how|when|where|which)\s+(?:is|are|to)\s+\S", re.I
)


@functools.lru_cache(maxsize=1024)
def is_heading_title(heading: str) -> bool:
    """Like :func:`is_title`, for a markdown heading: a heading may name its topic at
    greater length than a term or a label (``다음 토큰 예측 기반 거대 언어 모델의 한계``),
    and may ask a question without its mark (``What is Agile``)."""
    name = _topic_name(heading)
    if name is not None and name[-1:] != "?" and _UNMARKED_QUESTION.match(name):
        name += "?"
    return name is not None and (is_heading_name(name) or is_work_title(name))


def is_title_cased_heading(heading: str, level: int, note_title: str) -> bool:
    """Whether a section's heading is written in title case, each word but the short ones
    capitalised (``Code Should Be Obvious``, ``Measure What You Want to Improve``): a
    section naming a principle or a habit, however much it reads like a sentence. Only a
    heading below the note's title (``level`` 2 or deeper, not ``note_title``) reads so: a
    note's title in capitals is often a sentence."""
    if level < 2 or clean_term(heading) == note_title:
        return False
    name = _topic_name(heading)
    return name is not None and is_title_cased_name(name)


# a month and year before the name of what happened then (a day's date opens a diary's entry)
_DATED_EVENT: Final = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:1[5-9]|20)\d\d\s*:\s+"
    r"(?P<event>\S.*)",
    re.IGNORECASE,
)
# a heading quoted whole, one pair of quotes and none inside
_QUOTED_WHOLE: Final = re.compile(r"(?:'[^'\"“”‘’]+'|\"[^'\"“”‘’]+\"|“[^'\"“”‘’]+”|‘[^'\"“”‘’]+’)")
# marks some writers set before a heading's name, as a bullet
_DECORATIONS: Final = "|▶▷►■□●○◆◇★☆※→·•"


def _topic_name(heading: str) -> str | None:
    """The name a heading gives its topic, its section number aside (``(1) FIFO``,
    ``3) 정규화``); None for a date, chatter, a reference or a generic heading."""
    if heading[:1] in _DECORATIONS:
        heading = heading.lstrip(_DECORATIONS + " ")  # "## | 환각 (Hallucination)", "#### ※ 주의"
    # "### [[Power Law]]": a heading linked to the topic's own note; "### [ 운영체제의 역할 ]":
    # the brackets only frame it
    heading = wikilinks_as_text(heading) if "[[" in heading else unboxed(heading)
    if _QUOTED_WHOLE.fullmatch(heading):
        heading = heading[1:-1].strip()  # '"Free-rider problem"': the quotes only set it apart
    dated = _DATED_EVENT.match(heading)  # "July 1956: The Suez Crisis": a timeline's event
    if not heading or mentions_date(dated.group("event") if dated else heading):
        return None
    folded = folded_heading(heading)
    if _is_chatter(folded) or _is_reference(folded) or _is_generic(folded):
        return None
    return without_section_number(without_category(heading)) or heading


def is_generic_heading(heading: str) -> bool:
    """``Learning Objectives``, ``정리``, ``Summary``: a heading (or a callout's title) that
    names no topic of its own."""
    return _is_generic(folded_heading(heading))


def is_definition_heading(heading: str) -> bool:
    """``Definition 3.1 (Sample space)``, ``Theorem 2 (Lagrange)``, ``Definition 3.2``, ``정의``,
    ``Lemma 3.11``: a heading that announces what its body states."""
    return bool(
        LABELLED_NAME.fullmatch(heading)
        or GENERIC_DEFINITION_LABEL.fullmatch(heading)
        or NUMBERED_STATEMENT.fullmatch(heading)
    )


def _alone(folded: str, *word_sets: frozenset[str]) -> bool:
    """Whether the heading is one of the words of ``word_sets`` alone, with dates, numbers
    and words that frame it (whose, when: ``My``, ``Weekly``, ``3주차``) around it."""
    found = _WORD.findall(folded)
    whole = " ".join(found)
    if any(whole in words for words in word_sets):
        return True
    unframed = " ".join(word for word in found if word not in _FRAMING_WORDS)
    return unframed != whole and any(unframed in words for words in word_sets)


def names_a_thing_below(heading: str, below: str) -> bool:
    """Whether a skipped word alone (``3. Reflection``, ``Todo``) is the name of a thing after
    all, as the heading right under it says (``Reflection API``, ``Todo app``): a topic's
    part names the topic with more words, a writer's retrospective is not read so."""
    found = [word for word in _WORD.findall(folded_heading(heading)) if word not in _FRAMING_WORDS]
    if len(found) != 1 or found[0] not in _CHATTER_ALONE:
        return False
    words = _WORD.findall(folded_heading(below))
    more = [word for word in words if word not in _FRAMING_WORDS and word != found[0]]
    return found[0] in words and bool(more) and not is_skipped_heading(below)


def _is_chatter(folded: str) -> bool:
    if (
        _CHATTER.search(folded) is not None
        or _CHATTER_LAST.search(folded) is not None
        or _TASK_LEAD.match(folded) is not None
    ):
        return True
    return _alone(folded, _CHATTER_ALONE, _DIARY_ALONE)


def _is_reference(folded: str) -> bool:
    """Reference words and words that frame them, alone (``참고 자료``), or a link with words
    that frame it (``참고: [post](https://...)``)."""
    linked = "[" in folded or "<" in folded or "://" in folded or "www." in folded
    unlinked = _LINK.sub(" ", folded) if linked else folded
    has_link = linked and unlinked != folded
    named = _REFERENCE.search(unlinked) is not None
    if not named and not has_link:
        return False
    words = _WORD.findall(_REFERENCE.sub(" ", unlinked) if named else unlinked)
    # a link alone is a heading that names a paper or a tool, not a pointer to elsewhere
    return (named or bool(words)) and all(word in _REFERENCE_FRAMING for word in words)


def _is_generic(folded: str) -> bool:
    return folded in GENERIC_HEADINGS or folded.replace(" ", "") in GENERIC_HEADINGS


_COMPARISON: Final = re.compile(r"\bvs\.?\s|\bversus\b|차이|비교|\bdifferences?\b|\bcompar", re.I)


def is_comparison(heading: str) -> bool:
    """Whether a heading or title compares things (``RDD와 DataFrame의 차이점``, ``SIGINT vs
    SIGTERM``, ``Differences Between C++ and Java``): a table under it answers it whole."""
    folded = heading.lower()  # (words looked for first: most headings hold none of them)
    return (
        "vs" in folded
        or "versus" in folded
        or "차이" in heading
        or "비교" in heading
        or "differen" in folded
        or "compar" in folded
    ) and _COMPARISON.search(heading) is not None
