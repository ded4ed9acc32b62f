"""Whether text reads as a term: a short name for something, not a sentence, label or date.

A card's question is a term (``LSTM``, ``Supremum, Least upper bound (상한)``, ``$\\sigma$``)
or a short question; every rule that finds a card asks :func:`is_term` of its question.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from notecards.core.extract.patterns.chatter import is_date
from notecards.core.extract.patterns.english_verbs import ENGLISH_FINITE_VERBS
from notecards.core.extract.patterns.figure_parts import names_a_figure_part
from notecards.core.extract.patterns.labels import is_generic_label, is_numbered_label
from notecards.core.extract.patterns.prose_openings import opens_prose
from notecards.core.extract.patterns.sentences import (
    HANGUL_SYLLABLE,
    is_question,
    looks_like_clause,
    without_acronyms,
)
from notecards.core.extract.patterns.spans import (
    BRACKET,
    CLOSE_BRACKETS,
    KEY_NOTATION,
    OPEN_BRACKETS,
    outside_brackets,
)

_HAS_WORD: Final = re.compile(
    r"[A-Za-z\uac00-\ud7a3\u3131-\u318e\u4e00-\u9fff\u0370-\u03ff\u0400-\u04ff]"
)
_NUMBER_ONLY: Final = re.compile(r"^[\s\d.,:;%+\-*/#()~]*$")
_DIARY_OPENERS: Final = frozenset(
    [
        "오늘",
        "어제",
        "내일",
        "이번",
        "지난",
        "오늘의",
        "이번주",
        "지난주",
        "이번달",
        "today",
        "yesterday",
        "tomorrow",
    ]
)
_VAGUE_NOUNS: Final = frozenset(["내용", "것", "부분", "얘기", "이야기"])
_MUSING_WORDS: Final = frozenset(
    ["의문", "궁금", "궁금증", "궁금한점", "느낀점", "생각", "고민거리", "잡생각"]
)
_TEX_COMMAND: Final = re.compile(r"\\[A-Za-z]{2,}")
_MAX_LATIN_WORDS: Final = 6
_MAX_KOREAN_WORDS: Final = 4
_MAX_HEADING_LATIN_WORDS: Final = 8
_MAX_HEADING_KOREAN_WORDS: Final = 8
_MAX_TERM_CHARS: Final = 80
_MAX_QUESTION_CHARS: Final = 120
_SPECIAL_CHARS: Final = re.compile(r"[\d$()\[\]{}（）【】「」]")
_BRACKET_CHARS: Final = frozenset(OPEN_BRACKETS + CLOSE_BRACKETS)
_NON_DIGIT_SPECIALS: Final = _BRACKET_CHARS | {"$"}
_INDEX_LETTERS: Final = frozenset("ABCDE")
# a quoted word or form a heading opens with, closed, and more after it ("'안' 부정법")
_OPENS_WITH_QUOTED: Final = re.compile(r"(['\"“‘])[^'\"“”‘’]{1,30}['\"”’]\S*\s+\S")
_CODE_SPAN: Final = re.compile(r"`[^`]*`")
# an amount, a duration or a round, never a name (``60분``, ``3 hours``, ``2차``, ``4개``); a
# unit of data is (``10KB = 10240 bytes``: a conversion to recall)
_QUANTITY: Final = re.compile(
    r"[~약]?\s*\d+(?:[.,]\d+)?\s*(?:분|초|시간|일|주|주차|개월|달|년|개|명|원|회|번|점|배|차|%"
    r"|ms|sec|secs|min|mins|minutes?|hours?|days?|weeks?|months?|years?)\s*$",
    re.IGNORECASE,
)


# (not Final: the tests swap it to check the fast path against the full rules)
_PLAIN_LATIN_TERM = re.compile(r"[A-Za-z][A-Za-z\-]*(?: [A-Za-z][A-Za-z\-]*){0,5}")
# the same glossed in brackets with no digit, dollar, bracket or backslash in the gloss
# (``Multi-head Attention (임베딩)``): the gloss is left out of the term's words
# (not Final either: swapped by the tests, as above)
_GLOSSED_LATIN_TERM = re.compile(
    r"([A-Za-z][A-Za-z\-]*(?: [A-Za-z][A-Za-z\-]*){0,5}) \([^\d$()\[\]{}（）【】「」\\\n]*\)"
)


@functools.lru_cache(maxsize=4096)
def is_term(term: str) -> bool:
    """Whether text reads as a name for something: short, not a sentence, not a label.

    Every idiom asks it of its candidates, often of the same text (a heading, a term that
    recurs), so answers are kept for the most recent texts."""
    return _reads_as_name(term, _MAX_KOREAN_WORDS, _MAX_LATIN_WORDS, heading=False)


@functools.lru_cache(maxsize=1024)
def is_bolded_name(term: str) -> bool:
    """Whether text its writer bolded whole before a separator reads as a name: as
    :func:`is_term` in every test but length, where it may run as long as a heading's
    (``듀얼 코어 프로세서의 캐시 메모리``): bold sets it apart as a heading does."""
    return _reads_as_name(
        term, _MAX_HEADING_KOREAN_WORDS, _MAX_HEADING_LATIN_WORDS, heading=False
    ) or is_title_cased_name(term)


# a word of a name in title case: capitalised (``Repeat``, ``Aren't``, ``Read-Only``) or one of
# the short words title case leaves in lower case (``Sharpen the Saw``)
_TITLE_WORD: Final = re.compile(r"[A-Z][a-z]*(?:['’-][A-Za-z]+)*")
_TITLE_SMALL_WORDS: Final = frozenset(
    ("a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "with", "from")
)
_MIN_TITLE_WORDS: Final = 2
_MAX_TITLE_WORDS: Final = 6


def is_title_cased_name(term: str) -> bool:
    """Whether a phrase its writer bolded is written in title case, each word but the short
    ones capitalised (``Don't Repeat Yourself``, ``Always Be Deciding``, ``Sharpen the Saw``):
    the name of a principle, a habit or a law, however much it reads like a sentence (not
    one in capitals, ``THIS IS IMPORTANT``, one opening as prose, ``This Is Key``, nor a
    question)."""
    words = term.split()
    if not _MIN_TITLE_WORDS <= len(words) <= _MAX_TITLE_WORDS or is_question(term):
        return False
    if words[0] in _TITLE_SMALL_WORDS or words[-1] in _TITLE_SMALL_WORDS:
        return False
    if opens_prose(term) or is_generic_label(term):
        return False  # "This Is Important", "So What": a sentence in capitals, or a label
    # (a comma may part its words, "Don't Guess, Measure", but ends none: "For Git,")
    capitalised = [word for word in words[:-1] if word not in _TITLE_SMALL_WORDS]
    capitalised = [word.removesuffix(",") for word in capitalised] + words[-1:]
    return all(_TITLE_WORD.fullmatch(word) for word in capitalised) and any(
        any(letter.islower() for letter in word) for word in capitalised
    )


# the short words a work's title in title case leaves in lower case, beyond a name's
# ("Detection via Vision and Language", "Pose Estimation without CAD Models")
_WORK_TITLE_SMALL_WORDS: Final = _TITLE_SMALL_WORDS | frozenset(
    ("via", "without", "as", "into", "through", "over", "vs", "versus", "no", "is", "are")
)
_MIN_WORK_TITLE_WORDS: Final = 7
_MAX_WORK_TITLE_WORDS: Final = 16


def is_work_title(heading: str) -> bool:
    """Whether a heading is the title of a work, a paper's most often, written in title case
    at a length no name runs to (``Open-vocabulary Object Detection via Vision and Language
    Knowledge Distillation``, ``SegMAN: Omni-scale Context Modeling with State Space
    Models``): one who takes notes on a paper heads them with its title, and the notes
    under it say what the work does. Every word but the short ones opens with a capital
    or a digit; not a question, not a sentence in capitals."""
    words = heading.split()
    if not _MIN_WORK_TITLE_WORDS <= len(words) <= _MAX_WORK_TITLE_WORDS:
        return False
    if not words[0][:1].isupper() or words[-1] in _WORK_TITLE_SMALL_WORDS:
        return False
    if heading.isupper() or is_question(heading) or heading.endswith((".", "!", ",", ";")):
        return False
    return all(
        word in _WORK_TITLE_SMALL_WORDS or word[:1].isupper() or word[:1].isdigit()
        for word in words
    )


# an error message: an exception's (qualified) name, ``ValueError``, ``a.b.SomeException``,
# or a compiler's or a tool's ``fatal error``, ``error``, ``ERROR``, then a colon and what went
# wrong
_QUOTED_ERROR: Final = re.compile(
    r"(?:(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception)|(?:fatal )?error|(?:FATAL )?ERROR)"
    r":\s+\S"
)


def quotes_an_error(text: str) -> bool:
    """Whether text opens with an error message (``ValueError: Expected more than 1 value``,
    ``fatal error: Python.h: No such file or directory``): it asks how to fix it, as a
    question would."""
    return _QUOTED_ERROR.match(text) is not None


@functools.lru_cache(maxsize=1024)
def is_heading_name(heading: str) -> bool:
    """Whether a heading reads as a name: like :func:`is_term`, but a heading may name its
    topic at greater length (``다음 토큰 예측 기반 거대 언어 모델의 한계``, ``Tracking table
    history with a JSON audit log``): a heading is set apart as a title by its writer, where
    a term in running text is not. A sentence is still no name, but an error message its
    section fixes asks as a question does (``TypeError: f() got an unexpected keyword``)."""
    if quotes_an_error(heading) and len(heading) <= _MAX_QUESTION_CHARS:
        return True
    return _reads_as_name(
        heading, _MAX_HEADING_KOREAN_WORDS, _MAX_HEADING_LATIN_WORDS, heading=True
    )


# modifier keys, then the key pressed with them (``Ctrl + Alt + Left/Right``, ``⌘ + K``,
# and as code with the keys in angle brackets: ```<cmd> + <shift> + A```)
_MODIFIER: Final = r"<?(?:ctrl|control|cmd|command|shift|alt|option|opt|win|super|meta|fn|[⌘⌥⇧⌃])>?"
_KEY_COMBINATION: Final = re.compile(
    rf"(`?)(?:{_MODIFIER}\s*\+\s*)+(?!{_MODIFIER}`?$)[^\s+`]{{1,12}}(?:/[^\s+`]{{1,12}})?\1",
    re.IGNORECASE,
)


# a modifier pressed twice: "Shift + Shift", "`<shift> + <shift>`"
_DOUBLE_TAP: Final = re.compile(rf"(`?)({_MODIFIER})\s*\+\s*\2\1", re.IGNORECASE)

# where a key combination works, in brackets after it: "`<command> + N` (editor)"
_WHERE_IT_WORKS: Final = re.compile(r"\s+\([^()]{1,40}\)$")


# a heading that asks how or why of its subject, without a question mark ("How it works",
# "Why it matters"); not the writer's story ("How I set up ...")
_ASKS_HOW_OR_WHY: Final = re.compile(
    r"(?:how|why)\s+(?!i\b|we\b|my\b|our\b)\w+\s+\w", re.IGNORECASE
)


def _one_of_lettered(term: str) -> bool:
    """``선택지 A``, ``Assistant B``: one of several lettered examples, no name."""
    return term[-1] in _INDEX_LETTERS and is_numbered_label(term)


def _reads_as_name(
    term: str, max_korean_words: int, max_latin_words: int, *, heading: bool
) -> bool:
    if " + " in term and (
        _KEY_COMBINATION.fullmatch(keys := _WHERE_IT_WORKS.sub("", term))
        or _DOUBLE_TAP.fullmatch(keys)
    ):
        # "Ctrl + Alt + Left/Right": keys to press, however many (and where); "Shift + Shift":
        # one pressed twice
        return True
    if term.count(" ") >= max_latin_words and not BRACKET.search(term) and not is_question(term):
        # a sentence, most often: the cheap test first (no name below has that many words
        # without a bracket, nor is one a question)
        return False
    if len(term) <= _MAX_TERM_CHARS and _PLAIN_LATIN_TERM.fullmatch(term):
        # letters and single spaces only: of all the rules below, only these can apply
        lowered = term.lower().split()
        if heading and _ASKS_HOW_OR_WHY.match(term):
            return True  # "How it works", "Why it matters": a question without its mark
        return (
            not is_generic_label(term)
            and not _one_of_lettered(term)
            and not names_a_figure_part(term)
            and (
                ENGLISH_FINITE_VERBS.isdisjoint(lowered)  # (the common case: no verb at all)
                or ENGLISH_FINITE_VERBS.isdisjoint(
                    word.lower() for word in without_acronyms(term.split())
                )
            )
            and lowered[0] not in _DIARY_OPENERS
            and not opens_prose(term)
        )
    glossed = _GLOSSED_LATIN_TERM.fullmatch(term) if len(term) <= _MAX_TERM_CHARS else None
    if glossed is not None and not is_question(term):
        # of all the rules below, only these can apply (the gloss holds no special character)
        words = glossed.group(1).split()
        return (
            len(words) <= max_latin_words
            and not is_generic_label(term)
            and " + " not in term
            and words[0].casefold() not in _DIARY_OPENERS
            and words[-1] not in _VAGUE_NOUNS
            and not opens_prose(term)
            and ENGLISH_FINITE_VERBS.isdisjoint(
                word.lower() for word in without_acronyms(glossed.group(1).split())
            )
        )
    if not term or len(term) > _MAX_QUESTION_CHARS or "\n" in term:
        return False
    if "\\" in term and "$" not in term and _TEX_COMMAND.search(term):
        return False  # TeX outside math: "\begin{aligned}" opens a formula, not a name
    if (
        term[0] in "([{<\"'“‘#>|"
        and not KEY_NOTATION.match(term)
        and not (heading and _OPENS_WITH_QUOTED.match(term))
    ) or term[-1] in ",;":
        # (a key in angle brackets opens a name, "<leader>f"; a heading may open with the
        # word it quotes, "'안' 부정법")
        return False
    question = is_question(term)
    if not (_HAS_WORD.search(term) or (term.startswith("$") and term.endswith("$"))):
        return False
    special = _SPECIAL_CHARS.findall(term)
    outside = term
    if special:
        kinds = set(special)
        if not kinds <= _NON_DIGIT_SPECIALS and (
            _NUMBER_ONLY.match(term)
            or is_date(term)
            or is_numbered_label(term)
            or _QUANTITY.match(term)
        ):
            return False
        if "$" in kinds and special.count("$") % 2 and _CODE_SPAN.sub("", term).count("$") % 2:
            return False  # a lone "$" opens math, unless code holds it (`$emit()`)
        if not kinds.isdisjoint(_BRACKET_CHARS):
            unbracketed = outside_brackets(term)
            if unbracketed is None and not _CODE_SPAN.fullmatch(term):
                return False  # unbalanced (in code a bracket need not close: vim's "ds{")
            outside = unbracketed if unbracketed is not None else term.strip("`")
    if is_generic_label(term) or _one_of_lettered(term) or names_a_figure_part(term):
        return False
    if question:
        return True
    if len(term) > _MAX_TERM_CHARS or term.endswith((".", "!", "。", "…")):
        return False
    words = outside.split()
    if not words:
        return False
    korean_words = (
        sum(map(bool, map(HANGUL_SYLLABLE.search, words))) if HANGUL_SYLLABLE.search(outside) else 0
    )
    if korean_words > max_korean_words or len(words) > max_latin_words:
        return False
    if " + " in term or (korean_words and not _MUSING_WORDS.isdisjoint(words)):
        return False  # "Attention + FFN": a sum of parts
    if words[0].casefold() in _DIARY_OPENERS or words[-1] in _VAGUE_NOUNS:
        return False
    if opens_prose(term):
        return False
    return not looks_like_clause(words, korean=korean_words > 0, described=heading)
