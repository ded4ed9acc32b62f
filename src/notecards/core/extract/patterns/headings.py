"""What a heading is: a topic to ask about, a stated definition, or a section to skip.

Retrospectives, peer sessions, plans and reference lists are skipped whole; a diary title
(``2026-03-10 Daily log``) marks a note whose sections are judged one by one; generic
headings (``Introduction``, ``정리``, ``TIL``) name no topic.
"""

from __future__ import annotations

import re

from notecards.core.extract.clean import LABELLED_NAME, clean_term
from notecards.core.extract.patterns.chatter import mentions_date
from notecards.core.extract.patterns.labels import GENERIC_DEFINITION_LABEL
from notecards.core.extract.patterns.terms import is_term

_CHATTER_WORDS = (
    "회고",
    "피어세션",
    "피어 세션",
    "느낀 점",
    "느낀점",
    "소감",
    "잡담",
    "일기",
    "후기",
    "tmi",
    "근황",
    "다짐",
    "반성",
    "retrospective",
    "retro",
    "reflection",
    "what went well",
    "what i did",
    "tomorrow",
    "mood",
    "오늘 한 일",
    "오늘의 한 줄",
    "오늘의 한줄",
    "한 줄 평",
    "한줄평",
    "peer session",
    "to do",
    "to-do",
    "todo",
    "할 일",
    "할일",
    "일정",
)
# a note titled so is a day's log: its sections are judged one by one
_DIARY_WORDS = ("diary", "journal", "daily log", "devlog", "dev log", "일기", "일지")
_CHATTER_AND_DIARY_WORDS = _CHATTER_WORDS + _DIARY_WORDS
# one search for any of the words, anywhere in a heading (as fast as ``in`` is for one)
_CHATTER_OR_DIARY = re.compile("|".join(map(re.escape, _CHATTER_AND_DIARY_WORDS)))
_DIARY = re.compile("|".join(map(re.escape, _DIARY_WORDS)))
_REFERENCE_WORDS = (
    "reference",
    "references",
    "참고문헌",
    "참고 문헌",
    "참고자료",
    "참고 자료",
    "출처",
    "링크",
    "links",
    "bibliography",
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
)
_GENERIC_HEADINGS = frozenset(
    (
        "til",
        "today-i-learned",
        "today i learned",
        "학습정리",
        "학습 정리",
        "정리",
        "요약",
        "summary",
        "notes",
        "note",
        "메모",
        "노트",
        "intro",
        "introduction",
        "소개",
        "개요",
        "overview",
        "서론",
        "결론",
        "conclusion",
        "목차",
        "contents",
        "toc",
        "들어가며",
        "마치며",
        "과제",
        "기본과제",
        "심화과제",
        "선택과제",
        "과제 해결과정",
        "과제해결과정",
        "실습",
        "assignment",
        "assignments",
        "homework",
        "exercise",
        "exercises",
        "lab",
        "labs",
        "문제풀이",
        "풀이",
        "quiz",
        "퀴즈",
        "미션",
        "mission",
    )
)


def _folded_heading(heading: str) -> str:
    return clean_term(heading).casefold().strip(" .:*_`")


def is_skipped_heading(heading: str) -> bool:
    """Retrospectives, peer sessions, diaries, plans and references: sections to skip whole."""
    folded = _folded_heading(heading)
    return _is_chatter(folded) or _is_reference(folded)


def is_diary_heading(heading: str) -> bool:
    """``2026-03-10 Daily log``, ``3월 10일 일기``: a diary, as a section or as a note's title."""
    folded = _folded_heading(heading)
    return _DIARY.search(folded) is not None


def is_title(heading: str) -> bool:
    """Whether a heading names a topic that can be asked about (not a date, label, diary)."""
    if not heading or mentions_date(heading):
        return False
    folded = _folded_heading(heading)
    return not (_is_chatter(folded) or _is_reference(folded) or _is_generic(folded)) and is_term(
        heading
    )


def is_definition_heading(heading: str) -> bool:
    """``Definition 3.1 (Sample space)``, ``Theorem 2 (Lagrange)``, ``Definition 3.2``, ``정의``:
    a heading that announces what its body states."""
    return bool(LABELLED_NAME.fullmatch(heading) or GENERIC_DEFINITION_LABEL.fullmatch(heading))


def _is_chatter(folded: str) -> bool:
    return _CHATTER_OR_DIARY.search(folded) is not None


def _is_reference(folded: str) -> bool:
    return folded.startswith(_REFERENCE_WORDS)


def _is_generic(folded: str) -> bool:
    return folded in _GENERIC_HEADINGS or folded.replace(" ", "") in _GENERIC_HEADINGS
