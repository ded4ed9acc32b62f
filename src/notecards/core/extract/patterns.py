"""The rules that decide what is a term, what is its definition, and what is not a card.

Everything here works on one line or one short text at a time and knows nothing about
markdown structure. The rules lean towards precision: a junk card costs the user more than
a missed one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from notecards.core.model import CLOZE_DELETION

# --- spans whose insides never hold a separator ------------------------------------------

_OPAQUE_SPAN = re.compile(
    r"""
      (`+).*?\1                                   # code span
    | \$\$.+?\$\$                                 # display math written inline
    | (?<![\\$])\$(?=[^\s$])[^$\n]*?(?<!\\)\$          # inline math
    | !?\[(?:[^\[\]]|\[[^\]]*\])*\]\([^)\s]*(?:\s[^)]*)?\)  # link or image
    | \[\^[^\]]*\]                                # footnote reference
    | <[A-Za-z/!][^>]*>                           # html tag or autolink
    | \b(?:https?|ftp)://\S+                      # bare url
    | \{\{c\d+::.*?\}\}                           # cloze deletion
    """,
    re.VERBOSE,
)
_MASK_CHAR = "\x00"
_OPAQUE_HINT = re.compile(r"[`$\[<{]|://")


def mask_opaque(text: str) -> str:
    """The text with code, math, links, urls and clozes blanked out, lengths kept."""
    if not _OPAQUE_HINT.search(text):
        return text
    return _OPAQUE_SPAN.sub(_blank, text)


# --- separators between a term and its definition ----------------------------------------

# Every separator starts with one of a few characters, matched first so that the search
# skips straight to them; what must come before one is checked by look-behind after it.
_SEPARATOR = re.compile(
    r"""
    [:：\-–—→⇒=]
    (?:
      (?<=[:：])(?<!:[:：])(?![:/\d])\s*         # colon (not ::, ://, 12:30)
    | (?<=\s[-–—])[-–—]?\s+                      # spaced dash
    | (?<=[\uac00-\ud7a3]-)\s+                   # Korean word glued to a dash
    | (?<=[→⇒])\s* | (?<=[-=])>\s*                # arrow
    | (?<=\s=)\s+                                # spaced equals
    )
    """,
    re.VERBOSE,
)
_OPEN = "([{（【「"
_CLOSE = ")]}）】」"


class TermSplit(NamedTuple):
    """A line cut into term and definition at a separator."""

    term: str
    definition: str
    separator: str


_BRACKET = re.compile("[" + re.escape(_OPEN + _CLOSE) + "]")
_ARROWS = frozenset(("→", "⇒", "->", "=>"))
_DASHES = frozenset(("-", "–", "—", "--"))
_SPACED_DASH = re.compile(r"\s[-–—]{1,2}\s")


_INNERMOST_BRACKETS = re.compile(
    r"\([^()\[\]{}（）【】「」]*\)|\[[^()\[\]{}（）【】「」]*\]|\{[^()\[\]{}（）【】「」]*\}"
    r"|（[^()\[\]{}（）【】「」]*）|【[^()\[\]{}（）【】「」]*】|「[^()\[\]{}（）【】「」]*」"
)
_MAX_BRACKET_DEPTH = 12


def _blank(match: re.Match[str]) -> str:
    return _MASK_CHAR * len(match.group(0))


def _mask_brackets(masked: str) -> str:
    """Bracketed spans blanked, innermost first, so what is left is the top level."""
    for _ in range(_MAX_BRACKET_DEPTH):
        masked, count = _INNERMOST_BRACKETS.subn(_blank, masked)
        if count == 0 or _BRACKET.search(masked) is None:
            break
    return masked


def _outside_brackets(text: str) -> str | None:
    """The text with bracketed spans replaced by spaces, or None if brackets are unbalanced."""
    for _ in range(_MAX_BRACKET_DEPTH):
        text, count = _INNERMOST_BRACKETS.subn(" ", text)
        if count == 0 or _BRACKET.search(text) is None:
            break
    return None if _BRACKET.search(text) is not None else text


def _top_level(line: str) -> str:
    """The line with code, math, links and bracketed spans blanked (lengths kept).

    The very same string comes back when there is nothing to blank.
    """
    masked = mask_opaque(line)
    if _BRACKET.search(masked) is not None:
        masked = _mask_brackets(masked)
    return masked


def _separator_after(masked: str, position: int) -> re.Match[str] | None:
    """The first separator at or after ``position`` that has something before it."""
    match = _SEPARATOR.search(masked, position)
    if match is not None and match.start() == 0:
        match = _SEPARATOR.search(masked, match.end())
    return match


def split_term(line: str) -> TermSplit | None:
    """Cut ``Term SEP definition`` at its first top-level separator, if the left is a term."""
    return read_line(line)[0]


def term_of(line: str) -> str | None:
    """The term a line names on its own (``LSTM``, ``self-attention - 참조: (url)``)."""
    return read_line(line)[1]


def _bare_term(line: str) -> str | None:
    cleaned = clean_term(line)
    return cleaned if is_term(cleaned) and not is_link_only(line) else None


def read_line(line: str) -> tuple[TermSplit | None, str | None]:
    """A line as ``Term SEP definition`` (first) or as a bare term (second), or neither.

    A bare term may carry a pointer elsewhere (``self-attention - 참조: (url)``).
    """
    first = _separator_after(line, 0)
    if first is None:
        return None, _bare_term(line)
    masked: str | None = None
    # only a span that opens before the separator can hide it (code, math, link, bracket)
    if _OPAQUE_HINT.search(line, 0, first.end()) or _BRACKET.search(line, 0, first.start()):
        masked = _top_level(line)
        first = _separator_after(masked, 0)
        if first is None:
            return None, _bare_term(line)
    cleaned = clean_term(line[: first.start()])
    definition = line[first.end() :].strip()
    separator = first.group(0).strip()
    if not _says_something(definition):
        return None, cleaned if is_term(cleaned) else None
    if _UNSURE.match(definition):
        return None, None  # "브랜치 전략: 아직 모르겠다" is a note to self
    if is_year(cleaned):
        masked = masked if masked is not None else _top_level(line)
        if _separator_after(masked, first.end()) is not None:
            # "2012 - AlexNet: ..." names AlexNet; the year belongs in the answer
            rest = split_term(line[first.end() :])
            if rest is not None:
                return TermSplit(rest.term, f"({cleaned}) {rest.definition}", rest.separator), None
    if separator in _ARROWS or separator in _DASHES:
        masked = masked if masked is not None else _top_level(line)
        after = masked[first.end() :]
        if separator in _ARROWS and _has_arrow(after):
            return None, None  # "a → b → c" is a pipeline, not a definition
        if separator in _DASHES and _is_dash_chain(after):
            return None, None  # "video - CNN - encoder - decoder" is a pipeline too
    if not is_term(cleaned) or not _long_enough(definition):
        return None, None
    return TermSplit(cleaned, definition, separator), None


def _is_dash_chain(definition: str) -> bool:
    parts = _SPACED_DASH.split(definition)
    return len(parts) >= 3 or (len(parts) == 2 and all(len(part.split()) <= 3 for part in parts))


def _has_arrow(text: str) -> bool:
    return any(arrow in text for arrow in _ARROWS)


# --- what a term looks like --------------------------------------------------------------

_WRAPPING_EMPHASIS = re.compile(r"^(\*\*|__|\*_|_\*|\*|_|~~)(?=\S)(.*?)(?<=\S)\1$")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]*\]")
_LEADING_SYMBOLS = re.compile(r"^[^\w$`(\[\"'“‘]+", re.UNICODE)
_HAS_WORD = re.compile(r"[A-Za-z\uac00-\ud7a3\u3131-\u318e\u4e00-\u9fff\u0370-\u03ff\u0400-\u04ff]")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DATE = re.compile(
    r"""
    ^[\s*_~(\[]*(?:
        (?:19|20)?\d\d\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*[.일]?      # 2021.04.25, 23.02.01.
      | (?:19|20)\d\d\s*[-./년]\s*\d{1,2}\s*[.월]?                          # 2021-04, 2021년 4월
      | \d{1,2}\s*월\s*\d{1,2}\s*일                                          # 4월 25일
      | (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+
        \d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}
      | \d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}
      | (?:19|20)\d\d
    )(?:\s*[(（]?[월화수목금토일]요?일?[)）]?)?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[\s*_~)\].]*$
    """,
    re.VERBOSE | re.IGNORECASE,
)
_NUMBER_ONLY = re.compile(r"^[\s\d.,:;%+\-*/#()~]*$")
_GENERIC_LABELS = frozenset(
    [
        # asides in lecture notes: what follows them is not what the word means
        "proof",
        "remark",
        "remarks",
        "hint",
        "solution",
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
        "tldr",
        "tl;dr",
        "answer",
        "question",
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
        "created",
        "updated",
        "modified",
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
_NUMBERED_LABEL = re.compile(
    r"""
    (?:^|\s)(?:기본|심화|선택|필수)?\s*(?:과제|실습|문제|예제|퀴즈|미션)\s*\d+
    | \d+\s*(?:주차|일차|강|장|회차|번째)
    | \b(?:day|week|lecture|lec|chapter|ch|part|step|lab|homework|hw|assignment|exercise
          |problem|quiz|session|episode|ep|unit|module|lesson|example|ex|definition|def
          |theorem|thm|lemma|corollary|proposition|prop|remark|figure|fig|table|equation|eq
          |appendix|algorithm)\s*\.?\s*\d+
    | (?:^|\s)(?:정의|정리|예시|그림|표|보조정리|따름정리)\s*\d+
    """,
    re.VERBOSE | re.IGNORECASE,
)
_ENGLISH_FINITE_VERBS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "am",
        "be",
        "been",
        "being",
        "can",
        "could",
        "will",
        "would",
        "should",
        "must",
        "may",
        "might",
        "shall",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "it's",
        "isn't",
        "aren't",
        "don't",
        "doesn't",
        "didn't",
        "won't",
        "can't",
        "let's",
        "there's",
        "here's",
    ]
)
# particle -> shortest stem (in syllables) before we believe it is a particle and not the
# end of a noun ("길이", "전문가", "정확도" are nouns; "데이터가", "모델을" are not)
_KOREAN_CASE_PARTICLES = {
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
_KOREAN_ADNOMINAL_BEFORE_NEUN = frozenset("하되있없지가오주보내나치리기시쓰")
_KOREAN_VERB_STEMS_BEFORE_DA = frozenset(
    "하되이있없같였했됐졌난는한된진간온본준싶많좋크작높낮쉽어렵길짧넓깊"
)
_KOREAN_PREDICATE_ENDINGS = (
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
_SENTENCE_PUNCTUATION = str.maketrans(".,;!", "    ")
_KOREAN_SPEAKER_SUBJECTS = frozenset(
    ["내가", "제가", "나는", "저는", "우리가", "우리는", "너는", "네가", "난", "전", "우린"]
)
_KOREAN_ADNOMINAL_ENDINGS = ("한", "할", "는", "된", "될", "던", "은", "인", "운", "울", "의", "적")
_QUESTION_ENDINGS = ("?", "？", "인가", "인가요", "일까", "는가", "나요", "을까", "할까", "인지")
_DIARY_OPENERS = frozenset(
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
_VAGUE_NOUNS = frozenset(["내용", "것", "부분", "얘기", "이야기"])
_MUSING_WORDS = frozenset(
    ["의문", "궁금", "궁금증", "궁금한점", "느낀점", "생각", "고민거리", "잡생각"]
)
_MAX_LATIN_WORDS = 6
_MAX_KOREAN_WORDS = 4
_MAX_TERM_CHARS = 80
_MAX_QUESTION_CHARS = 120


_WIKILINK = re.compile(r"!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]")
_LABELLED_NAME = re.compile(
    r"(?:definition|def|theorem|thm|lemma|corollary|proposition|prop|axiom|law|principle"
    r"|정의|정리|보조정리|따름정리|법칙)\.?\s*[\d.]*\s*[(（](?P<name>[^()（）]+)[)）]",
    re.IGNORECASE,
)


def _unlink(match: re.Match[str]) -> str:
    return (match.group(2) or match.group(1)).strip()


def clean_term(term: str) -> str:
    """The term without wrapping emphasis, links, footnote marks, emoji or trailing colon.

    ``[[target|alias]]`` reads as its alias, and ``Theorem 2 (Lagrange)`` as ``Lagrange``.
    """
    term = term.strip()
    if not term:
        return term
    if "[^" in term:
        term = _FOOTNOTE_REF.sub("", term).strip()
    if "[[" in term:
        term = _WIKILINK.sub(_unlink, term).strip()
    if term[:1] in ("*", "_", "~"):
        previous = None
        while previous != term:
            previous = term
            match = _WRAPPING_EMPHASIS.match(term)
            if match:
                term = match.group(2).strip()
    if term and not (term[0].isalnum() or term[0] in "$`(\"'“‘["):
        term = _LEADING_SYMBOLS.sub("", term).strip()
    if term.endswith((":", "：", " ")):
        term = term.rstrip(":： ")
    if term.endswith((")", "）")):
        labelled = _LABELLED_NAME.fullmatch(term)
        if labelled:
            term = labelled.group("name").strip()
    return term


def is_year(text: str) -> bool:
    return len(text) == 4 and text[:2] in ("19", "20") and _YEAR.fullmatch(text) is not None


def is_date(text: str) -> bool:
    """A line that is only a date (``*2021.04.25*``, ``2023년 1월 5일``, ``Jan 5, 2023``)."""
    return _DATE.match(text) is not None


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def _particle_stem(word: str) -> str | None:
    """The stem before a case particle, if the word ends with one."""
    for particle, shortest in _KOREAN_CASE_PARTICLES.items():
        if word.endswith(particle) and len(word) > len(particle):
            stem = word[: -len(particle)]
            if not _is_hangul(stem[-1]) or len(stem) >= shortest:
                return stem
    return None


def _is_topic(word: str) -> bool:
    """``모델은``, ``데이터는``, ``Attention은`` (not ``작은``, ``학습하는``)."""
    if not word.endswith(("은", "는")) or len(word) < 2:
        return False
    stem = word[:-1]
    if not _is_hangul(stem[-1]):
        return True
    if word.endswith("은"):
        return len(stem) >= 2
    return stem[-1] not in _KOREAN_ADNOMINAL_BEFORE_NEUN


def _is_predicate(word: str) -> bool:
    """A Korean word that ends a sentence: ``했다``, ``중요함``, ``있음``, ``합니다``."""
    if len(word) < 2 or not _is_hangul(word[-1]):
        return False
    if word.endswith("다"):
        return len(word) >= 3 or word[-2] in _KOREAN_VERB_STEMS_BEFORE_DA
    return word.endswith(_KOREAN_PREDICATE_ENDINGS)


def is_question(text: str) -> bool:
    stripped = text.rstrip(" *_~")
    return stripped.endswith(_QUESTION_ENDINGS)


def _looks_like_clause(words: list[str], korean: bool = True) -> bool:
    """Whether the words read as a sentence rather than a name."""
    lowered = " ".join(words).lower().translate(_SENTENCE_PUNCTUATION)
    if not _ENGLISH_FINITE_VERBS.isdisjoint(lowered.split()):
        return True
    if not korean:
        return False
    if _is_predicate(words[-1]) or any(word in _KOREAN_SPEAKER_SUBJECTS for word in words):
        return True
    for index, word in enumerate(words[:-1]):
        if _is_topic(word):
            return True
        if _particle_stem(word) is not None:
            following = words[index + 1]
            if not (_is_hangul(following[-1]) and following.endswith(_KOREAN_ADNOMINAL_ENDINGS)):
                return True
    return False


_MAX_LABEL_CHARS = 16


def is_generic_label(term: str) -> bool:
    """Labels such as "참고", "Note", "e.g." that introduce something rather than name it."""
    if len(term) > _MAX_LABEL_CHARS:
        return False
    folded = term.casefold().strip(" .:*_`")
    return folded in _GENERIC_LABELS or folded.replace(" ", "") in _GENERIC_LABELS


_SPECIAL_CHARS = re.compile(r"[\d$()\[\]{}（）【】「」]")
_BRACKET_CHARS = frozenset(_OPEN + _CLOSE)
_NON_DIGIT_SPECIALS = _BRACKET_CHARS | {"$"}
_HANGUL_CHAR = re.compile(r"[\uac00-\ud7a3]")


_PLAIN_LATIN_TERM = re.compile(r"[A-Za-z][A-Za-z\-]*(?: [A-Za-z][A-Za-z\-]*){0,5}")


def is_term(term: str) -> bool:
    """Whether text reads as a name for something: short, not a sentence, not a label."""
    if len(term) <= _MAX_TERM_CHARS and _PLAIN_LATIN_TERM.fullmatch(term):
        # letters and single spaces only: of all the rules below, only these can apply
        return not is_generic_label(term) and _ENGLISH_FINITE_VERBS.isdisjoint(term.lower().split())
    if not term or len(term) > _MAX_QUESTION_CHARS or "\n" in term:
        return False
    if term[0] in "([{<\"'“‘#>|" or term[-1] in ",;":
        return False
    question = is_question(term)
    if not question and term.count(" ") >= _MAX_LATIN_WORDS and not _BRACKET.search(term):
        return False  # a sentence, most often: the cheap test first
    if not (_HAS_WORD.search(term) or (term.startswith("$") and term.endswith("$"))):
        return False
    special = _SPECIAL_CHARS.findall(term)
    outside = term
    if special:
        kinds = set(special)
        if not kinds <= _NON_DIGIT_SPECIALS and (
            _NUMBER_ONLY.match(term) or is_date(term) or _NUMBERED_LABEL.search(term)
        ):
            return False
        if "$" in kinds and special.count("$") % 2:
            return False
        if not kinds.isdisjoint(_BRACKET_CHARS):
            unbracketed = _outside_brackets(term)
            if unbracketed is None:
                return False  # unbalanced
            outside = unbracketed
    if is_generic_label(term):
        return False
    if question:
        return True
    if len(term) > _MAX_TERM_CHARS or term.endswith((".", "!", "。", "…")):
        return False
    words = outside.split()
    if not words:
        return False
    korean_words = (
        sum(1 for word in words if _HANGUL_CHAR.search(word)) if _HANGUL_CHAR.search(outside) else 0
    )
    if korean_words > _MAX_KOREAN_WORDS or len(words) > _MAX_LATIN_WORDS:
        return False
    if " + " in term or (korean_words and any(word in _MUSING_WORDS for word in words)):
        return False
    if words[0].casefold() in _DIARY_OPENERS or words[-1] in _VAGUE_NOUNS:
        return False
    return not _looks_like_clause(words, korean=korean_words > 0)


_LEADING_DATE = re.compile(r"^\W*(?:19|20)?\d\d\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}")
_DATE_INSIDE = re.compile(
    r"(?:19|20)\d\d\s*(?:년\s*\d{1,2}\s*월|[-./]\s*\d{1,2}(?:\s*[-./]\s*\d{1,2})?\b)"
    r"|\d{1,2}\s*월\s*\d{1,2}\s*일"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}",
    re.IGNORECASE,
)


def mentions_date(text: str) -> bool:
    """Whether text holds a date (``Posted on 2025-10-03 by kim``, ``3월 2일 수업``)."""
    return _LEADING_DATE.match(text) is not None or _DATE_INSIDE.search(text) is not None


def is_title(heading: str) -> bool:
    """Whether a heading names a topic that can be asked about (not a date, label, diary)."""
    if not heading or mentions_date(heading):
        return False
    folded = _folded_heading(heading)
    return not (_is_chatter(folded) or _is_reference(folded) or _is_generic(folded)) and is_term(
        heading
    )


# --- definitions -------------------------------------------------------------------------

_LINKISH = re.compile(
    r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\([^)]*\)|<[^>]+>|\b(?:https?|ftp)://\S+|www\.\S+|\[\^[^\]]*\]"
)
_FILLER = re.compile(r"[\s()\[\]{},.;:·•|/\\\-–—*_`'\"“”‘’!?]+")
_MIN_DEFINITION_CHARS = 2


_CONTENT = re.compile(r"[^\W_]")


def is_link_only(text: str) -> bool:
    """Whether text holds nothing but links, images, urls and punctuation."""
    if not ("[" in text or "<" in text or "://" in text or "www." in text):
        return _CONTENT.search(text) is None or is_generic_label(text)
    stripped = _LINKISH.sub(" ", text)
    stripped = _FILLER.sub("", stripped)
    return not stripped or is_generic_label(stripped)


_UNSURE = re.compile(
    r"^\W*(?:(?:아직|잘|정확히|솔직히|좀)\s*)*"
    r"(?:모르겠|모름|몰라|헷갈(?:림|린다|려|렸)|궁금(?:함|하다|해|했)|이해가\s*안|이해\s*못)"
    r"|^\W*(?:not\s+sure|no\s+idea|(?:i\s+)?don'?t\s+(?:know|get\s+it)|tbd|\?+)\W*$",
    re.IGNORECASE,
)


_MAX_NOTE_TO_SELF_CHARS = 60


def is_note_to_self(line: str) -> bool:
    """``아직 잘 모르겠다``, ``Rebase: not sure``: an open question, not something learned."""
    if _UNSURE.match(line):
        return True
    if len(line) > _MAX_NOTE_TO_SELF_CHARS:
        return False  # a note to self is short; a long line says something
    separator = _separator_after(line, 0)
    return separator is not None and _UNSURE.match(line[separator.end() :].strip()) is not None


def is_definition(text: str) -> bool:
    """Whether the right-hand side of a separator says something worth remembering."""
    text = text.strip()
    return _long_enough(text) and _says_something(text) and _UNSURE.match(text) is None


def _long_enough(text: str) -> bool:
    return len(text) >= _MIN_DEFINITION_CHARS or any(_is_hangul(char) for char in text)


def _says_something(text: str) -> bool:
    """Not only links or a date, and not a pointer elsewhere (``참조: (url)``)."""
    return not (is_link_only(text) or is_reference_line(text) or is_date(text))


_REFERENCE_LEAD = re.compile(
    r"^\s*[*_]*(?:참고|참조|출처|source|ref(?:erence)?s?|link|링크|from|via|cf\.?|see)\b[*_]*\s*[:：]",
    re.IGNORECASE,
)


def is_reference_line(text: str) -> bool:
    """``참조: (https://...)``, ``Source: [blog](...)``: pointers to elsewhere, not content."""
    match = _REFERENCE_LEAD.match(text)
    return match is not None and is_link_only(text[match.end() :])


# --- sections that hold no study material -------------------------------------------------

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
    return any(word in folded for word in _DIARY_WORDS)


def _is_chatter(folded: str) -> bool:
    return any(word in folded for word in _CHATTER_AND_DIARY_WORDS)


def _is_reference(folded: str) -> bool:
    return any(folded == word or folded.startswith(word) for word in _REFERENCE_WORDS)


def _is_generic(folded: str) -> bool:
    return folded in _GENERIC_HEADINGS or folded.replace(" ", "") in _GENERIC_HEADINGS


# --- explicit markup -----------------------------------------------------------------------

_HIGHLIGHT = re.compile(r"(?<![=\\])==(?=\S)(.+?)(?<=\S)==(?!=)")
_EXPLICIT_PAIR = re.compile(r"^(?P<question>.*?\S)\s*(?P<marker>:::|::)\s*(?P<answer>\S.*)$")
_CPP_SCOPE = re.compile(r"(?:^|\s)[a-z_][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class ExplicitPair:
    question: str
    answer: str
    reversed: bool


def explicit_pair(line: str) -> ExplicitPair | None:
    """``Question :: Answer`` (basic) or ``Question ::: Answer`` (reversed)."""
    if "::" not in line:
        return None
    masked = mask_opaque(line)
    match = _EXPLICIT_PAIR.match(masked)
    if match is None:
        return None
    question = line[: match.end("question")].strip()
    answer = line[match.start("answer") :].strip()
    glued = match.start("marker") == match.end("question") and match.end("marker") == match.start(
        "answer"
    )
    if glued and _CPP_SCOPE.search(question) and answer[:1].isascii():
        return None  # std::vector, not a card
    question = clean_term(question)
    if not _CONTENT.search(question) or not _CONTENT.search(answer):
        return None
    if _is_field(question, answer):
        return None
    return ExplicitPair(question, answer, reversed=match.group("marker") == ":::")


_FIELD_KEY = re.compile(r"[a-z][a-z0-9_-]*")
_MAX_FIELD_VALUE_WORDS = 2


def _is_field(key: str, value: str) -> bool:
    """A Dataview-style ``status:: done`` field: a lowercase key with a short value."""
    if not _FIELD_KEY.fullmatch(key):
        return False
    return (
        len(value.split()) <= _MAX_FIELD_VALUE_WORDS
        or is_date(value)
        or is_link_only(value)
        or value.startswith(("[[", "#"))
    )


def has_cloze(text: str) -> bool:
    return "{{c" in text and CLOZE_DELETION.search(text) is not None


def cloze_of(text: str) -> str | None:
    """The text as cloze markup if it has deletions or highlights."""
    return text if has_cloze(text) else highlights_to_cloze(text)


def highlights_to_cloze(text: str) -> str | None:
    """``==term==`` highlights as one cloze group (all hidden together); None if none."""
    if "==" not in text:
        return None
    masked = mask_opaque(text)
    spans = [match.span(1) for match in _HIGHLIGHT.finditer(masked)]
    if not spans:
        return None
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        pieces.append(text[position : start - 2])
        pieces.append("{{c1::" + text[start:end] + "}}")
        position = end + 2
    pieces.append(text[position:])
    return "".join(pieces)


# --- definitions written as prose ----------------------------------------------------------

_KOREAN_NAMING = re.compile(
    r"라(?:고)?(?:도)?\s*"
    r"(?:함|한다|합니다|부른다|부름|부릅니다|칭함|칭한다|칭합니다|정의한다|정의함|정의합니다"
    r"|말한다|말함|말합니다|표현한다|표현함|표현합니다)(?![가-힣])"
)
_MAX_NAMED_WORDS = 4
_ENGLISH_NAMING = re.compile(
    r"\b(?:is|are|was|were)\s+(?:called|known\s+as|referred\s+to\s+as|termed|named)\s+"
    r"(?:an?\s+|the\s+)?(?P<term>[\"“*_]*[A-Za-z][\w\- ]{0,60}?[\"”*_]*)\s*(?:[.,;:]|$)",
    re.IGNORECASE,
)
_ENGLISH_NAMING_WORDS = ("called", "known", "referred", "termed", "named")


_PHRASAL_PARTICLES = frozenset(
    ["away", "off", "up", "out", "back", "for", "upon", "on", "in", "into", "over", "down"]
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?。])\s+")


def _drop_copula(term: str) -> str:
    """``combination이`` (from ``combination이라고``) -> ``combination``; ``고양이`` stays.

    After a consonant 이 is the copula; when the word with 이 is itself a commoner Korean
    word than the word without (고양이 / 고양), it is kept.
    """
    if len(term) < 2 or not term.endswith("이"):
        return term
    before = term[-2]
    if not _is_hangul(before):
        return term[:-1]
    if (ord(before) - 0xAC00) % 28 == 0:
        return term  # after a vowel the copula drops its 이: the 이 is the word's own
    from notecards.core.lost_bytes import default_model

    last_word = term.rsplit(maxsplit=1)[-1]
    kept, stripped = default_model().frequency(last_word), default_model().frequency(last_word[:-1])
    if kept is not None and (stripped is None or kept >= stripped):
        return term
    return term[:-1]


def _korean_named(masked: str, line: str) -> tuple[str, int] | None:
    """``...를 X라고 함``: the words between the object marker and ``라``, and where they start."""
    match = _KOREAN_NAMING.search(masked)
    if match is None:
        return None
    words = list(re.finditer(r"\S+", masked[: match.start()]))
    collected: list[re.Match[str]] = []
    for word in reversed(words):
        text = word.group(0)
        if text.endswith(("을", "를")) and collected:
            start, end = collected[-1].start(), collected[0].end()
            if _MASK_CHAR in masked[start:end]:
                return None
            return _drop_copula(line[start:end].strip(" \"“”'")), start
        collected.append(word)
        if len(collected) > _MAX_NAMED_WORDS:
            return None
    return None


def _english_named(masked: str, line: str) -> tuple[str, int] | None:
    match = _ENGLISH_NAMING.search(masked)
    if match is None or _MASK_CHAR in masked[match.start("term") : match.end("term")]:
        return None
    term = line[match.start("term") : match.end("term")].strip(" \"“”'")
    if term.casefold() in _PHRASAL_PARTICLES:
        return None
    return term, match.start("term")


def named_in_prose(line: str) -> tuple[str, str] | None:
    """The term a prose sentence defines, and that sentence.

    ``...이를 X라고 함`` / ``...를 X라 부른다`` and ``... is called X.`` / ``known as X``.
    """
    if not ("라" in line or any(word in line for word in _ENGLISH_NAMING_WORDS)):
        return None
    masked = mask_opaque(line)
    found = _korean_named(masked, line) or _english_named(masked, line)
    if found is None:
        return None
    term, position = clean_term(found[0]), found[1]
    if not (term and is_term(term)) or is_question(term):
        return None
    start = 0
    for piece in _SENTENCE_BREAK.finditer(line):
        if piece.start() > position:
            return term, line[start : piece.start()].strip()
        start = piece.end()
    return term, line[start:].strip()


# --- textbook style: **Term.** definition -------------------------------------------------

_BOLD_LEAD = re.compile(r"^(\*\*|__)(?P<label>[^*_]+?)\s*[.:：]\s*\1\s*(?P<rest>\S.*)$")
_GENERIC_DEFINITION_LABEL = re.compile(r"(?:definition|def|정의)\.?\s*[\d.]*", re.IGNORECASE)
_EMPHASISED = re.compile(r"(\*\*|__|\*|_)(?=\S)(?P<text>[^*_]+?)(?<=\S)\1")


def bold_lead(line: str) -> TermSplit | None:
    """``**Cross-entropy.** The expected...``, ``**Definition (Capacity).** ...`` and
    ``**Definition.** A *prefix code* is ...`` (the emphasised words are the term)."""
    if not line.startswith(("**", "__")):
        return None
    match = _BOLD_LEAD.match(line)
    if match is None:
        return None
    label, rest = match.group("label").strip(), match.group("rest").strip()
    term = labelled_term(label, rest)
    if term is None or not is_definition(rest):
        return None
    return TermSplit(term, rest, ".")


def is_definition_heading(heading: str) -> bool:
    """``Definition 3.1 (Sample space)``, ``Theorem 2 (Lagrange)``, ``Definition 3.2``, ``정의``:
    a heading that announces what its body states."""
    return bool(_LABELLED_NAME.fullmatch(heading) or _GENERIC_DEFINITION_LABEL.fullmatch(heading))


def labelled_term(label: str, body: str) -> str | None:
    """The term a label names: itself, or for a bare "Definition" (``정의``, ``Def. 2.1``)
    the first emphasised words of the body (``A *prefix code* is ...``); None if neither."""
    if _GENERIC_DEFINITION_LABEL.fullmatch(label):
        emphasised = _EMPHASISED.search(body)
        if emphasised is None:
            return None
        label = emphasised.group("text")
    term = clean_term(label)
    return term if is_term(term) else None


# --- definitional sentences: "X란 ...", "X는 ...을 말한다", "X refers to ..." ----------------

_DEFINING_VERB_WORDS = (
    "말한다",
    "말함",
    "말합니다",
    "의미한다",
    "의미함",
    "의미합니다",
    "뜻한다",
    "뜻함",
    "뜻합니다",
    "가리킨다",
    "가리킴",
    "가리킵니다",
    "일컫는다",
    "일컬음",
    "칭한다",
    "칭함",
)
_DEFINING_VERBS = "(?:" + "|".join(_DEFINING_VERB_WORDS) + ")"
_KOREAN_TOPIC_DEFINITION = re.compile(
    r"(?P<term>[^\s,.;:]+(?:\s[^\s,.;:]+){0,3}?)(?:은|는)\s+\S.*?[을를]\s*"
    + _DEFINING_VERBS
    + r"\s*[.。]?\s*$"
)
_KOREAN_RAN = re.compile(r"(?P<term>[^\s,.;:]+(?:\s[^\s,.;:]+){0,3}?)(?:이)?란\s+\S")
_ENGLISH_DEFINITION = re.compile(
    r"(?P<term>[A-Za-z][^,;:.()]{0,58}?)\s+(?:refers\s+to|is\s+defined\s+as|are\s+defined\s+as"
    r"|means|denotes|stands\s+for|is\s+short\s+for)\s+\S",
    re.IGNORECASE,
)
_RAN_WINDOW = 60
_ENGLISH_DEFINING_PHRASES = (
    " refers to ",
    " defined as ",
    " means ",
    " denotes ",
    " stands for ",
    " short for ",
)
_PRONOUNS = frozenset(
    [
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


def _definition_patterns(line: str) -> list[re.Pattern[str]]:
    """The sentence forms a line could be in, by cheap substring tests."""
    candidates = []
    if "란" in line[:_RAN_WINDOW]:
        candidates.append(_KOREAN_RAN)
    if line.rstrip(" .。").endswith(_DEFINING_VERB_WORDS):
        candidates.append(_KOREAN_TOPIC_DEFINITION)
    if any(phrase in line for phrase in _ENGLISH_DEFINING_PHRASES):
        candidates.append(_ENGLISH_DEFINITION)
    return candidates


def _topic_end(sentence: str, fallback: int) -> int:
    """Where the term of ``X는 ...을 말한다`` ends: before the first topic particle of the
    first words (``튜플은 변경할 수 없는 ...`` is about ``튜플``, not ``튜플은 변경할 수 없``)."""
    for word in re.finditer(r"\S+", sentence[: fallback + 1]):
        if _is_topic(word.group()):
            return word.end() - 1
    return fallback


def definitions_in_line(line: str) -> list[tuple[str, str]]:
    """Each term a line of prose defines, with its sentence and the sentences after it.

    ``리스트는 ...이다. 튜플은 ...을 말한다.`` defines two terms; a sentence that defines
    nothing explains the term before it, and sentences before the first definition are
    left out.
    """
    found: list[tuple[str, str]] = []
    for sentence in _SENTENCE_BREAK.split(line.strip()):
        term = defined_in_sentence(sentence)
        if term is not None:
            found.append((term, sentence))
        elif found:
            found[-1] = (found[-1][0], f"{found[-1][1]} {sentence}")
    return found


def defined_in_sentence(line: str) -> str | None:
    """The term a sentence defines: ``X란 ...``, ``X는 ...을 말한다``, ``X refers to ...``."""
    patterns_to_try = _definition_patterns(line)
    if not patterns_to_try:
        return None
    line = line.strip()
    masked = mask_opaque(line)
    for pattern in patterns_to_try:
        match = pattern.match(masked)
        if match is None:
            continue
        end = match.end("term")
        if pattern is _KOREAN_TOPIC_DEFINITION:
            end = _topic_end(masked, end)
        raw = line[match.start("term") : end]
        if _MASK_CHAR in masked[match.start("term") : end]:
            return None
        term = clean_term(raw)
        if pattern is _KOREAN_RAN:
            term = _drop_copula(term)
        if term.casefold() in _PRONOUNS or term.split()[0].casefold() in _PRONOUNS:
            return None
        if is_term(term) and not is_question(term):
            return term
        return None
    return None
