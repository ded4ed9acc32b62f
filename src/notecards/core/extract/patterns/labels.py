"""Words that label something rather than name it: ``Note``, ``참고``, ``e.g.``, ``Week 3``.

A line led by such a label introduces what follows; the label is never a card's question.
"""

from __future__ import annotations

import re

_GENERIC_LABELS = frozenset(
    [
        # asides in lecture notes: what follows them is not what the word means
        "proof",
        "theorem",
        "lemma",
        "corollary",
        "proposition",
        "claim",
        "remark",
        "remarks",
        "hint",
        "solution",
        # "the rest": what a section of leftovers holds is no one thing
        "기타",
        "그 외",
        "그외",
        "miscellaneous",
        # a sentence's opening words on a line of their own (``In some sense:`` + what is
        # meant, ``Overall``): they go on to the point, they name nothing
        "overall",
        "in general",
        "generally",
        "typically",
        "usually",
        "normally",
        "basically",
        "in some sense",
        "in a sense",
        "in other words",
        "specifically",
        "more specifically",
        # what the writer took away (``- 배운 점`` + what it was): a part of the note
        "배운 점",
        "배운점",
        "알게 된 점",
        "알게된 점",
        # an exercise's instruction: what follows is the statement to work on
        "prove",
        "disprove",
        "prove or disprove",
        "prove that",
        "show that",
        "warning",
        "caution",
        "important",
        "증명",
        "풀이",
        "중요",
        "참고",
        "참조",
        "출처",
        "링크",
        "예시",
        "예",
        "예제",
        "메모",
        "노트",
        "주의",
        "팁",
        "요약",
        "정리",
        "결론",
        "느낀점",
        "생각",
        "질문",
        "답",
        "답변",
        "설명",
        "참고링크",
        "참고자료",
        "관련링크",
        "논문링크",
        "영상링크",
        "원문",
        "원본",
        "코드",
        "사진",
        "그림",
        "표",
        "이미지",
        "출처링크",
        "note",
        "notes",
        "nb",
        "tip",
        "tips",
        "todo",
        "to-do",
        "fixme",
        "example",
        "examples",
        "e.g",
        "eg",
        "ex",
        "i.e",
        "ie",
        "cf",
        "see",
        "also",
        "link",
        "links",
        "ref",
        "refs",
        "reference",
        "references",
        "source",
        "sources",
        "summary",
        "hint",
        "hints",
        "prove or disprove",
        "정리하면",
        "정리하자면",
        "요약하면",
        "결론적으로",
        "in summary",
        "to summarize",
        "in short",
        "exercise",
        "exercises",
        "homework",
        "연습문제",
        "tldr",
        "tl;dr",
        "answer",
        "question",
        "questions",
        "thoughts",
        "ideas",
        "misc",
        "extra",
        "q",
        "a",
        "result",
        "results",
        "output",
        "input",
        "code",
        "image",
        "figure",
        "fig",
        "table",
        "update",
        "edit",
        "edited",
        "ps",
        "p.s",
        "입력",
        "출력",
        "정답",
        "해설",
        "citation",
        "given",
        "with",
        # metadata of a note or a lecture, not things to learn
        "date",
        "instructor",
        "lecturer",
        "professor",
        "speaker",
        "author",
        "authors",
        "location",
        "room",
        "venue",
        "attendees",
        "status",
        "tags",
        "tag",
        "category",
        "categories",
        "aliases",
        "날짜",
        "일시",
        "장소",
        "강사",
        "교수",
        "작성자",
        "작성일",
        "수정일",
        "발표자",
        "참석자",
    ]
)
# headings that name a part of a note or a course, not a topic (folded, spaces optional)
GENERIC_HEADINGS = frozenset(
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
        "welcome",
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
        "시작",
        "시작하며",
        "마치며",
        "마무리",
        "맺음말",
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
        # a course's logistics: how it runs and is marked, what to read
        "textbook",
        "textbooks",
        "course book",
        "course books",
        "readings",
        "required readings",
        "recommended readings",
        "assessment",
        "assessments",
        "grading",
        "grading scheme",
        "marking scheme",
        "graded requirements",
        "prerequisite",
        "prerequisites",
        "course structure",
        "course information",
        "course logistics",
        "logistics",
        "administrivia",
        "office hours",
        "syllabus",
        "teaching team",
        "lecture notes",
        "강의 정보",
        "수업 정보",
        "교재",
        "성적 평가",
        "선수 과목",
        "미션",
        "mission",
        # what a lesson aims at and how a lab runs, not what it teaches
        "학습 목표",
        "학습목표",
        "목표",
        "learning objectives",
        "learning goals",
        "objectives",
        "goals",
        "agenda",
        "실습 순서",
        "실행 결과",
        "결과 예시",
        "출력 결과",
        # what the writer took away, and the setting of a paper or a post: parts of the
        # note, not topics (what they hold is read item by item)
        "배운 점",
        "배운점",
        "알게 된 점",
        "알게된 점",
        "what i learned",
        "lessons learned",
        "review",
        "result & review",
        "background",
        # pointers to other notes and sources, not what the note says
        "related",
        "related notes",
        "related pages",
        "see also",
        "further reading",
        "references",
        "resources",
        "관련 글",
        "관련 노트",
        "참고 자료",
        "참고 문헌",
    )
)
_NUMBERED_LABEL = re.compile(
    r"""
    (?:^|\s)(?:기본|심화|선택|필수)?\s*(?:과제|실습|문제|예제|퀴즈|미션)\s*\d+
    | \d+\s*(?:주차|일차|강|장|회차|번째)
    | \b(?:day|week|lecture|lec|chapter|ch|part|step|lab|homework|hw|assignment|exercise
          |problem|quiz|session|episode|ep|unit|module|lesson|example|ex|definition|def
          |theorem|thm|lemma|corollary|proposition|prop|remark|figure|fig|table|equation|eq
          |appendix|algorithm|line|studio|tutorial|tut|recitation|rec|slide|page|pg|solution
          |answer|hint|iter|iteration|epoch)\s*\.?\s*\(?\d+
    | (?:^|\s)(?:정의|정리|예시|그림|표|보조정리|따름정리)\s*\(?\d+
    | (?:^|\s)(?:예시|예제)\s*\([a-z]\)
    | ^(?:output|input|response|template|sample|doc|document|응답|출력|입력|문서)\s*\(?\d+\)?$
    """,
    re.VERBOSE | re.IGNORECASE,
)
# one of several lettered examples or choices: "선택지 A", "Assistant B", "Option C", "보기 D"
_LETTERED_LABEL = re.compile(
    r"(?:^|\s)(?:option|choice|assistant|model|answer|response|output|선택지|보기|응답|모델)"
    r"\s*\(?[A-E]\)?$",
    re.IGNORECASE,
)
# a bare "Definition" label (``정의``, ``Def. 2.1``): the term is in what follows it
GENERIC_DEFINITION_LABEL = re.compile(r"(?:definition|def|정의)\.?\s*[\d.]*", re.IGNORECASE)
MAX_LABEL_CHARS = 17


# an example's marker: "e.g. `AbC`", "ex. 집값 예측", "예) 의료 검사", "i.e., the address"
_EXAMPLE_MARKER = re.compile(
    r"(?:e\.?g\.|ex\.|ex\)|i\.e\.|예\)|예:|예시\)|(?:example|예시|예제)(?:\s*\d+)?\s*[.:])(?:,|\s)",
    re.IGNORECASE,
)


_CODE_SPAN = re.compile(r"`[^`\n]+`")


# the characters an example's marker starts with
EXAMPLE_LEADS = "eEiI예"


def opens_an_example(question: str) -> bool:
    """Whether a question is an example of what the note explains (``e.g. 집값 예측``,
    ``ex. Rolling a die``) rather than a term or a topic: an example is no question of its
    own."""
    return question[:1] in EXAMPLE_LEADS and _EXAMPLE_MARKER.match(question) is not None


def example_in_code(question: str) -> str | None:
    """The code an example question gives and nothing else (``E.g. `[SEP]``` -> ```[SEP]```,
    which a note then explains: a term like any other), else None."""
    found = _EXAMPLE_MARKER.match(question)
    if found is None:
        return None
    rest = question[found.end() :].strip(" ,")
    return rest if _CODE_SPAN.fullmatch(rest) else None


def is_generic_label(term: str) -> bool:
    """Labels such as "참고", "Note", "e.g." that introduce something rather than name it."""
    if len(term) > MAX_LABEL_CHARS:
        return False
    folded = term.casefold().strip(" .,:*_`")
    return folded in _GENERIC_LABELS or folded.replace(" ", "") in _GENERIC_LABELS


def is_generic_heading(text: str) -> bool:
    """``Introduction``, ``정리``, ``TIL``, ``과제``: a heading that names a part, not a topic."""
    folded = text.casefold().strip(" .:*_`")
    return folded in GENERIC_HEADINGS or folded.replace(" ", "") in GENERIC_HEADINGS


# a numbered part of a book or a course (``Chapter 3``, ``Week 2``, ``3장``, ``Lecture 5``):
# what it holds is several topics, each opening with its own label
_NUMBERED_PART = re.compile(
    r"^\W*(?:(?:chapter|ch|part|week|day|lecture|lec|session|unit|module|lesson)\s*\.?\s*\d+"
    r"|\d+\s*(?:주차|일차|장|강|회차))\W*$",
    re.IGNORECASE,
)


_PART_ENDS = frozenset("0123456789차장강")


def is_numbered_part(text: str) -> bool:
    """``Chapter 3``, ``Week 2``, ``3장``: a heading that only numbers a part of a book or
    course, nothing more (``Chapter 3: Storage`` names its topic)."""
    # (its last character, before any mark, is a digit or 차/장/강: most headings end otherwise)
    return text.rstrip(" .:)*_#")[-1:] in _PART_ENDS and _NUMBERED_PART.match(text) is not None


def is_numbered_label(text: str) -> bool:
    """``과제 1``, ``2주차``, ``Week 3``, ``Definition 2``: a numbered part of a course or text;
    ``응답 1``, ``Template 2``, ``선택지 A``: one of several numbered or lettered examples."""
    return _NUMBERED_LABEL.search(text) is not None or _LETTERED_LABEL.search(text) is not None
