"""Words that label something rather than name it: ``Note``, ``참고``, ``e.g.``, ``Week 3``.

A line led by such a label introduces what follows; the label is never a card's question.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.patterns.label_words import GENERIC_HEADINGS, GENERIC_LABEL_WORDS

_NUMBERED_LABEL: Final = re.compile(
    r"""
    (?:^|\s)(?:기본|심화|선택|필수)?\s*(?:과제|실습|문제|예제|퀴즈|미션)\s*\d+
    | \d+\s*(?:주차|일차|강|장|회차|번째)
    | \b(?:day|week|lecture|lec|chapter|ch|part|step|lab|homework|hw|assignment|exercise
          |problem|quiz|session|episode|ep|unit|module|lesson|example|ex|definition|def
          |theorem|thm|lemma|corollary|proposition|prop|remark|figure|fig|table|equation|eq
          |appendix|algorithm|line|studio|tutorial|tut|recitation|rec|slide|page|pg|solution
          |answer|hint|iter|iteration|epoch|keynote|talk)\s*[.#]?\s*\(?\d+
    | (?:^|\s)(?:정의|정리|예시|그림|표|보조정리|따름정리)\s*\(?\d+
    | (?:^|\s)(?:예시|예제)\s*\([a-z]\)
    | ^(?:output|input|response|template|sample|doc|document|응답|출력|입력|문서)\s*\(?\d+\)?$
    """,
    re.VERBOSE | re.IGNORECASE,
)
# one of several lettered examples or choices: "선택지 A", "Assistant B", "Option C", "보기 D"
_LETTERED_LABEL: Final = re.compile(
    r"(?:^|\s)(?:option|choice|assistant|model|answer|response|output|선택지|보기|응답|모델)"
    r"\s*\(?[A-E]\)?$",
    re.IGNORECASE,
)
# a bare "Definition" label (``정의``, ``Def. 2.1``): the term is in what follows it
GENERIC_DEFINITION_LABEL: Final = re.compile(r"(?:definition|def|정의)\.?\s*[\d.]*", re.IGNORECASE)
# the kinds of result a note states (``Cor.``: its short forms too)
_RESULT_KINDS: Final = r"theorem|thm|lemma|corollary|cor|proposition|prop"
# a numbered statement, or one part of it: ``Theorem 6.12``, ``Lemma 3.11``, ``Theorem 6.12
# (c)``, ``Cor. 2.1``: it asks what it states
NUMBERED_STATEMENT: Final = re.compile(
    rf"(?:{_RESULT_KINDS}|claim|정리|보조정리|따름정리)\.?\s*"
    r"\d+(?:\.\d+)*\.?(?:\s*[(（](?:[a-z]|[ivx]{1,4}|\d{1,2})[)）])?",
    re.IGNORECASE,
)
MAX_LABEL_CHARS: Final = 17
# an unnumbered statement's label opening a line: ``Theorem. ...``, ``**Lemma**: ...``,
# ``Cor. ...`` (math notes state a result so, then prove or explain it under it)
_STATEMENT_LABEL: Final = re.compile(
    rf"(?:\*\*|__)?(?:{_RESULT_KINDS})(?:\*\*|__)?\s*[.:]"
    r"(?:\*\*|__)?\s+\S",
    re.IGNORECASE,
)


def states_a_result(line: str) -> bool:
    """Whether a line opens with an unnumbered statement's label and states it (``Theorem.
    Every NFA has an equivalent DFA``, ``**Corollary**: ...``)."""
    return line[:1] in "*_TtLlCcPp" and _STATEMENT_LABEL.match(line) is not None


# an example's marker: "e.g. `AbC`", "ex. 집값 예측", "예) 의료 검사", "i.e., the address"
_EXAMPLE_MARKER: Final = re.compile(
    r"(?:e\.?g\.|ex\.|ex\)|i\.e\.|예\)|예:|예시\)|(?:example|예시|예제)(?:\s*\d+)?\s*[.:])(?:,|\s)",
    re.IGNORECASE,
)


_CODE_SPAN: Final = re.compile(r"`[^`\n]+`")


# the characters an example's marker starts with
EXAMPLE_LEADS: Final = "eEiI예"


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
        return (
            len(term) <= _MAX_EXAMPLE_LABEL_CHARS
            and term[-1:] in _EXAMPLE_LAST_CHARACTERS
            and " " in term
            and _only_qualifies_an_example(term.casefold().strip(" .,:*_`"))
        )
    if term[:1] == "`" == term.strip(" .,:*_")[-1:]:
        return False  # (`date`, `input` in code: a command's or a parameter's name)
    folded = term.casefold().strip(" .,:*_`")
    return (
        folded in GENERIC_LABEL_WORDS
        or _owned_label(folded)
        or folded.replace(" ", "") in GENERIC_LABEL_WORDS
        or (
            folded[-1:] in _EXAMPLE_LAST_CHARACTERS
            and " " in folded
            and _only_qualifies_an_example(folded)
        )
    )


# a writer's aside labelled with whose it is: "Rylan's comment", "My take", "Our notes"
_OWNER: Final = re.compile(r"(?:my|our|[^\W\d_][\w.-]*['’]s)\s+(?P<label>.+)")
# (only the words of an aside: "Euler's theorem", "Bayes's rule", "My answer" are kept)
_ASIDE_WORDS: Final = frozenset(
    ("comment", "comments", "note", "notes", "thought", "thoughts", "take", "opinion", "remark")
)


def _owned_label(folded: str) -> bool:
    """Whether a (casefolded) label is an owner's aside: "rylan's comment", "my notes"."""
    if "'s " not in folded and "’s " not in folded and not folded.startswith(("my ", "our ")):
        return False  # most terms: no owner named
    match = _OWNER.fullmatch(folded)
    if match is None:
        return False
    return match.group("label") in _ASIDE_WORDS


# the nouns that name an example, and the words that only say which example it is
_EXAMPLE_NOUNS: Final = ("example", "examples", "예시", "예제")
_EXAMPLE_QUALIFIERS: Final = frozenset((
    "a", "an", "one", "some", "another", "more", "here's", "here’s", "motivating", "worked",
    "toy", "simple", "concrete", "running", "quick", "basic", "full", "complete", "real",
    "real-world", "minimal", "small", "trivial", "illustrative", "간단한", "구체적인", "실제",
    "다른", "추가",
))  # fmt: skip


_MAX_EXAMPLE_LABEL_CHARS: Final = 30
# how such a label may end (its noun's last letter, or a mark after it): the cheap test
_EXAMPLE_LAST_CHARACTERS: Final = frozenset("eEsS시제 .,:*_`")


def _only_qualifies_an_example(folded: str) -> bool:
    """``motivating example``, ``here's an example``, ``간단한 예시``: an example and only
    which one (``sql example`` names what it is an example of)."""
    if not folded.endswith(_EXAMPLE_NOUNS):
        return False
    words = folded.split()
    return (
        len(words) > 1
        and words[-1] in _EXAMPLE_NOUNS
        and _EXAMPLE_QUALIFIERS.issuperset(words[:-1])
    )


def is_generic_heading(text: str) -> bool:
    """``Introduction``, ``정리``, ``TIL``, ``과제``: a heading that names a part, not a topic."""
    folded = text.casefold().strip(" .:*_`")
    return folded in GENERIC_HEADINGS or folded.replace(" ", "") in GENERIC_HEADINGS


# a numbered part of a book or a course (``Chapter 3``, ``Week 2``, ``3장``, ``Lecture 5``):
# what it holds is several topics, each opening with its own label
_NUMBERED_PART: Final = re.compile(
    r"^\W*(?:(?:chapter|ch|part|week|day|lecture|lec|session|unit|module|lesson)\s*\.?\s*\d+"
    r"|\d+\s*(?:주차|일차|장|강|회차))\W*$",
    re.IGNORECASE,
)


_PART_ENDS: Final = frozenset("0123456789차장강")


def is_numbered_part(text: str) -> bool:
    """``Chapter 3``, ``Week 2``, ``3장``: a heading that only numbers a part of a book or
    course, nothing more (``Chapter 3: Storage`` names its topic)."""
    # (its last character, before any mark, is a digit or 차/장/강: most headings end otherwise)
    return text.rstrip(" .:)*_#")[-1:] in _PART_ENDS and _NUMBERED_PART.match(text) is not None


def is_numbered_label(text: str) -> bool:
    """``과제 1``, ``2주차``, ``Week 3``, ``Definition 2``: a numbered part of a course or text;
    ``응답 1``, ``Template 2``, ``선택지 A``: one of several numbered or lettered examples."""
    return _NUMBERED_LABEL.search(text) is not None or _LETTERED_LABEL.search(text) is not None


# what a piece of work came to: the outcome of a run or an experiment, the head of a short
# label (``실험 결과``, ``양측 검정 결과 (A구 vs B구)``, ``InstructGPT의 결과``, ``성능 비교``)
_OUTCOME: Final = re.compile(r"(?:결과|성능\s*비교)(?:\s*[(（][^)）]*[)）])?\s*#?\d*[.:]?$")
_PARENTHESES: Final = re.compile(r"\s*[(（][^)）]*[)）]")
# at most this many words, parentheses aside: a label, not a sentence or a heading naming
# what it compares (``First fit, Next fit, Best fit 결과`` over what each of them is)
_MAX_OUTCOME_WORDS: Final = 4
_BARE_OUTCOMES: Final = frozenset(("결과", "결과:", "성능 비교", "성능비교"))
# an assignment's parts, the label alone or whose they are (``요구사항``, ``과제의 요구사항``,
# ``요청 조건``, ``산출물``, ``정답 및 해설``): what is asked of a learner or what they
# handed in, not what a thing is (``비기능 요구사항`` is a kind of requirement, and a term)
_ASSIGNMENT_PART: Final = re.compile(
    r"(?:\S+의\s+)?(?:요구\s*사항|요청\s*조건|준비\s*사항|산출물|제출물"
    r"|정답(?:\s*및\s*해설)?|해설|모범\s*답안)[.:]?"
)


def names_work_done(label: str) -> bool:
    """Whether a question or heading names what a piece of work came to or was asked to
    come to: a run's or experiment's result (``실험 결과``, ``단측 검정 결과``, ``성능
    비교``) or an assignment's requirements, deliverables and answers (``요청 조건``,
    ``산출물``, ``확인문제 — 정답 및 해설``). Korean lecture and bootcamp notes label so what
    happened in one run or one project: it is no knowledge of its own (what it shows is
    asked where the note says it). A bare ``결과`` facet of a named method says what the
    method does (``L2 정규화 — 결과``: 가중치가 골고루 작아짐), and stays."""
    if label.isascii():
        return False  # (most questions: every word it looks for is Korean)
    facet = label.rpartition(" — ")[2].strip(" *_`")
    if _ASSIGNMENT_PART.fullmatch(facet) is not None:
        return True
    return _is_outcome(facet) and (facet not in _BARE_OUTCOMES or " — " not in label)


def _is_outcome(label: str) -> bool:
    return (
        _OUTCOME.search(label) is not None
        and len(_PARENTHESES.sub("", label).split()) <= _MAX_OUTCOME_WORDS
    )


def heads_work_done(context: tuple[str, ...]) -> bool:
    """Whether a heading above a card says what a piece of work came to (``## 실험 결과`` >
    ``- 모델 크기: ...``; :func:`names_work_done` asks it of the question itself). The
    outermost heading is not asked: it may be the note's title, and a note titled for a
    comparison still names its topic (``# 형태소 분석기 성능 비교`` > ``## 형태소 분석``)."""
    return any(_heads_work_done(part) for part in context[1:])


def _heads_work_done(heading: str) -> bool:
    # (the headings above every card are asked: most hold neither word, and fail at once)
    return ("결과" in heading or "비교" in heading) and _is_outcome(heading.strip(" *_`"))


# a heading over what a course, a lesson or an exam asks to learn (``Learning Goals``, ``M3
# Learning Goals``, ``학습 목표``, ``5. 필수 학습 주제``); not ``Goals`` alone (``# Goals`` of
# the EU, of an operating system, are what it aims at, a topic)
_LEARNING_GOALS: Final = re.compile(
    r"(?:^|\s)(?:learning\s+(?:goals?|objectives?|outcomes?)|학습\s*(?:목표|주제))\s*\d*$",
    re.IGNORECASE,
)


def heads_learning_goals(context: tuple[str, ...]) -> bool:
    """Whether a heading above a card (the note's title too) lists what to learn
    (``## Learning Goals`` > ``### DHCP`` > ``- Describe the purpose of DHCP``): a heading or
    a list item over the goals asks what to study, not what a thing is."""
    return any(
        ("학습" in part or "earning" in part or "EARNING" in part)
        and _LEARNING_GOALS.search(part.strip(" *_`:")) is not None
        for part in context
    )


_CONTENTS: Final = re.compile(r"(?:table\s+of\s+)?contents|toc|목차|차례", re.IGNORECASE)


def is_table_of_contents(heading: str) -> bool:
    """``## 목차``, ``Contents``, ``Table of Contents``: the items under it name the parts of
    the note (``- 거대 언어 모델의 학습`` + ``- 지시 학습``, ``- 해결 방안 2: UUID 사용``), each
    asked where the note comes to it."""
    return len(heading) < 30 and _CONTENTS.fullmatch(heading.strip(" *_`:#")) is not None


# a block's first words before a colon or a full stop, or all in bold
_OPENING_LABEL: Final = re.compile(
    r"(?:\*\*([^*\n]{1,30})\*\*|([^\s:.*_][^:.*_\n]{0,30}?)\s*[:.]\s)"
)


def opens_with_a_label(text: str) -> bool:
    """Whether a block or an item's text (past its markers) opens with a generic or
    numbered label (``Remark: ...``, ``참고: ...``, ``**Example 3.5** ...``, ``예시: 광고
    데이터``) or an example's marker (``e.g. a toy dataset``): an aside or an example of
    its own, not the text above it going on."""
    if opens_an_example(text):
        return True
    found = _OPENING_LABEL.match(text)
    if found is None:
        return False
    label = (found.group(1) or found.group(2)).strip(" :.")
    return is_generic_label(label) or is_numbered_label(label)


# generic words that are also names of things: a label alone, but beside sibling terms
# (``- 코드 : 소스코드`` among ``- 데이터 : ...``, ``- 힙 : ...``; ``- Update: ...`` between
# ``- Enter: ...`` and ``- Exit: ...``) one of the things the list names
_NAMING_LABEL_WORDS: Final = frozenset((
    "code", "코드", "source", "sources", "result", "results", "link", "links", "링크",
    "update", "status", "table", "표",
))  # fmt: skip
_LABEL_LINE: Final = re.compile(
    r"(?:\*\*|__)?([^\W\d_][^:：*_\n]{0,10}?)(?:\*\*|__)?\s*([:：])\s+(\S.*)"
)


def naming_label_split(line: str) -> tuple[str, str, str] | None:
    """``Source : 사용자 IP를 해싱하여 분배``: a generic word that can also name a thing,
    its separator and what follows it (term, separator, definition); None for any other
    line."""
    found = _LABEL_LINE.fullmatch(line.strip())
    if found is None or found.group(1).strip().casefold() not in _NAMING_LABEL_WORDS:
        return None
    return found.group(1).strip(), found.group(2), found.group(3).strip()


# a bold span, read from the left (its opening marks, then what it holds)
_BOLD_SPAN: Final = re.compile(r"\*\*([^*\n]+)\*\*")
_MAX_FORM_EXAMPLE_CHARACTERS: Final = 80


def shows_a_form(answer: str) -> bool:
    """A short one-line answer that marks part of a word in bold, the bold opening right
    after a letter (``예쁘**다**, 예쁘**구나**``, ``나**의** 연구``, ``walk**ed**``): grammar
    notes mark so the form a line exemplifies; it is an example of the form, not what the
    term it follows means (a bold term a particle follows, ``**임베딩**은 ...``, opens after
    a space)."""
    if len(answer) > _MAX_FORM_EXAMPLE_CHARACTERS or "\n" in answer:
        return False
    for span in _BOLD_SPAN.finditer(answer):
        before = answer[span.start() - 1 : span.start()]
        if before.isalpha() and span.group(1)[:1].isalpha():
            return True
    return False
