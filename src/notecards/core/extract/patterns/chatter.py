"""Lines that are not content: dates, links and references, and notes to self.

A date is a diary entry's label, a link list points elsewhere, ``참조: (url)`` is a pointer
and ``아직 잘 모르겠다`` is an open question: none of them is something learned.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.blocks import fence_after
from notecards.core.extract.patterns.labels import MAX_LABEL_CHARS, is_generic_label

_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_DATE: Final = re.compile(
    r"""
    ^[\s*_~(\[]*(?:
        (?:19|20)?\d\d\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*[.일]?      # 2021.04.25, 23.02.01.
      | (?:19|20)\d\d\s*[-./년]\s*\d{1,2}\s*[.월]?                          # 2021-04, 2021년 4월
      | \d{1,2}\s*월\s*\d{1,2}\s*일                                          # 4월 25일
      | (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+
        \d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}
      | \d{1,2}(?:st|nd|rd|th)?\s+
        (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}
      | (?:19|20)\d\d\s*[-–~]\s*(?:(?:19|20)?\d\d|present|now|today|현재)  # 2008-present
      | (?:19|20)?\d0'?s | \d0\s*년대                                      # 1990s, 90년대
      | (?:19|20)\d\d
    )(?:\s*[(（]?[월화수목금토일]요?일?[)）]?)?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[\s*_~)\].]*$
    """,
    re.VERBOSE | re.IGNORECASE,
)
_LEADING_DATE: Final = re.compile(r"^\W*(?:19|20)?\d\d\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}")
_DATE_INSIDE: Final = re.compile(
    r"(?:19|20)\d\d\s*(?:년\s*\d{1,2}\s*월|[-./]\s*\d{1,2}(?:\s*[-./]\s*\d{1,2})?\b)"
    r"|\d{1,2}\s*월\s*\d{1,2}\s*일"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}",
    re.IGNORECASE,
)
LINKISH: Final = (
    r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\([^)]*\)|<[^>]+>|\b(?:https?|ftp)://\S+|www\.\S+|\[\^[^\]]*\]"
)
# led by the characters a link can start with (keep them in step with LINKISH): where none
# is, one test instead of every alternative at every character, two to three times as fast
_LINKISH: Final = re.compile(rf"(?=[!\[<hfw])(?:{LINKISH})")
_FILLER_CHARS: Final = r"\s()\[\]{},.;:·•|/\\\-–—*_`'\"“”‘’!?"
_FILLER: Final = re.compile(f"[{_FILLER_CHARS}]+")
# more characters other than filler than a label holds: found without cutting the filler out
_MORE_THAN_A_LABEL: Final = re.compile(
    f"(?:[{_FILLER_CHARS}]*[^{_FILLER_CHARS}]){{{MAX_LABEL_CHARS + 1}}}"
)
# a letter or a digit: text without one says nothing
CONTENT: Final = re.compile(r"[^\W_]")
_UNSURE: Final = re.compile(
    r"^\W*(?:(?:아직|잘|정확히|솔직히|좀)\s*)*"
    r"(?:모르겠|모름|몰라|헷갈(?:림|린다|려|렸)|궁금(?:함|하다|해|했)|이해가\s*안|이해\s*못)"
    r"|^\W*(?:not\s+sure|no\s+idea|(?:i\s+)?don'?t\s+(?:know|get\s+it)|tbd|\?+)\W*$",
    re.IGNORECASE,
)
_REFERENCE_LEAD: Final = re.compile(
    r"^\s*[*_]*(?:참고|참조|출처|source|ref(?:erence)?s?|link|링크|from|via|cf\.?|see)\b[*_]*\s*[:：]",
    re.IGNORECASE,
)

# where any of a reference line, a date or a note to self starts (each pattern anchored at
# the start): text this does not match is none of them, decided by one match
_CHATTER_START: Final = re.compile(
    "|".join(
        f"(?x:{pattern.pattern})" if pattern.flags & re.VERBOSE else f"(?:{pattern.pattern})"
        for pattern in (_REFERENCE_LEAD, _DATE, _UNSURE)
    ),
    re.IGNORECASE,
)


# what each of them has first, after spaces, punctuation or emphasis: a digit (a date), "?"
# or the first two letters of one of their words (참고, 출처, source, ref, Jan, Sep, 아직, 정확히,
# 이해가 안, not sure, i don't, tbd, ...): two, so that a definition opening with another
# word of the same letter (이미지, frequency, data) is told without the full match; the
# first letter is looked ahead for first (one test rules most text out)
_CHATTER_LEAD: Final = re.compile(
    r"[\W_]*(?=[\d?참출링아잘정솔좀모몰헷궁이acdfijlmnorstv])"
    r"(?:[\d?]|참[고조]|출처|링크|아직|잘|정확|솔직|좀|모[르름]|몰라|헷갈|궁금|이해"
    r"|so|re|li|fr|vi|cf|se|no|i\s|do|tb|ja|fe|ma|ap|ju|au|oc|de)",
    re.IGNORECASE,
)


def may_be_chatter(text: str) -> bool:
    """False when text is surely no reference line, date or note to self (``is_reference_line``,
    ``is_date`` and ``is_unsure`` all false); True when one of them may hold."""
    return _CHATTER_LEAD.match(text) is not None and _CHATTER_START.match(text) is not None


def is_year(text: str) -> bool:
    """``2012``: a year of this century or the last."""
    return len(text) == 4 and text[:2] in ("19", "20") and _YEAR.fullmatch(text) is not None


# what a date has first, after its opening marks: a digit or a month's first letter (most
# text is ruled out by this one test, before the full pattern)
_DATE_LEAD: Final = re.compile(r"[\s*_~(\[]*[\dJFMASOND]", re.IGNORECASE)


def is_date(text: str) -> bool:
    """A line that is only a date (``*2021.04.25*``, ``2023년 1월 5일``, ``Jan 5, 2023``)."""
    return _DATE_LEAD.match(text) is not None and _DATE.match(text) is not None


def mentions_date(text: str) -> bool:
    """Whether text holds a date (``Posted on 2025-10-03 by kim``, ``3월 2일 수업``)."""
    return _LEADING_DATE.match(text) is not None or _DATE_INSIDE.search(text) is not None


def is_link_only(text: str) -> bool:
    """Whether text holds nothing but links, images, urls and punctuation."""
    # (a search for one character is several times faster than one for more: each longer
    # one is asked only of text that holds its first character)
    if not (
        "[" in text
        or "<" in text
        or (":" in text and "://" in text)
        or ("w" in text and "www." in text)
    ):
        # a generic label is short: a longer text skips the call; most text opens with a
        # letter or digit, which is content (CONTENT is one isalnum character) without a search
        return (not text[:1].isalnum() and CONTENT.search(text) is None) or (
            len(text) <= MAX_LABEL_CHARS and is_generic_label(text)
        )
    # a "<" with no ">" after it (``$a < b$``) opens no link: where no other link can start
    # either, the text is read as it is, without a substitution over all of it
    opening = text.find("<")
    maybe_link = (
        "[" in text or "://" in text or "www." in text or (opening >= 0 and ">" in text[opening:])
    )
    stripped = _LINKISH.sub(" ", text) if maybe_link else text
    if _MORE_THAN_A_LABEL.match(stripped):
        return False  # words are left, more than a generic label has (the common case)
    stripped = _FILLER.sub("", stripped)
    return not stripped or is_generic_label(stripped)


def is_reference_line(text: str) -> bool:
    """``참조: (https://...)``, ``Source: [blog](...)``: pointers to elsewhere, not content."""
    match = _REFERENCE_LEAD.match(text)
    return match is not None and is_link_only(text[match.end() :])


# the first two letters of a note to self's first word (``아직``, ``이해가 안``, ``not sure``,
# ``i don't``, ``tbd``) or its "?", after what opens it: most text is ruled out by this test
_UNSURE_LEAD: Final = re.compile(
    r"\W*(?=[아잘정솔좀모몰헷궁이nidt?])(?:아직|잘|정확|솔직|좀|모[르름]|몰라|헷갈|궁금|이해"
    r"|no|i\s|do|tb|\?)",
    re.IGNORECASE,
)


def is_unsure(text: str) -> bool:
    """``아직 잘 모르겠다``, ``헷갈림``, ``not sure``, ``???``: the writer does not know yet."""
    return _UNSURE_LEAD.match(text) is not None and _UNSURE.match(text) is not None


# an answer not written yet: "작성중", "- 작성 예정", "TODO: ...", "TBD (...)" (one line; the
# English marks in capitals only, so that a "todo list" is still a todo list)
_PLACEHOLDER: Final = re.compile(
    r"[\s\-*+>(\[]*(?:(?:작성|정리|추가|업데이트|준비)\s*(?:중|예정)"
    r"|(?:TODO|TBD|TBA|WIP)\b[^\n]*)[\s.)\]…]*"
)
# what opens one, past its list marks: one test rules most answers out
_PLACEHOLDER_LEAD: Final = re.compile(r"[ \t\n\-*+>(\[]*[작정추업준T]")


# a line of an answer that is a note to self (``TODO: read the 2010 paper``, ``- TBD``,
# ``FIXME``): capitals only, as above
_PLACEHOLDER_LINE: Final = re.compile(r"^[ \t\-*+>(\[]*(?:TODO|TBD|TBA|WIP|FIXME)\b", re.MULTILINE)


def _may_hold_a_note_to_self(answer: str) -> bool:
    """Whether an answer holds one of the marks at all: looked for one by one, faster than a
    search for a line that opens with one (most answers hold none)."""
    return (
        "TODO" in answer
        or "TBD" in answer
        or "FIXME" in answer
        or "WIP" in answer
        or "TBA" in answer
    ) and _PLACEHOLDER_LINE.search(answer) is not None


def without_notes_to_self(answer: str) -> str:
    """An answer of several lines without those that are the writer's note to self
    (``TODO: how does this differ from ...?``); the answer as it is when it has none, or
    when they are all it holds."""
    if "\n" not in answer or not _may_hold_a_note_to_self(answer):
        return answer
    kept: list[str] = []
    fence = ""  # the fence a code block opened with: code is never a note to self
    for line in answer.split("\n"):
        fence = fence_after(fence, line)
        if fence or _PLACEHOLDER_LINE.match(line) is None:
            kept.append(line)
    return "\n".join(kept).strip("\n") if any(line.strip() for line in kept) else answer


def is_placeholder(answer: str) -> bool:
    """Whether an answer only says it is still to be written (``작성중``, ``TODO: ...``; an
    empty item before it, ``-`` + ``- TODO look at ...``, says nothing either)."""
    if _PLACEHOLDER_LEAD.match(answer) is None:
        return False
    lines = [line for line in answer.split("\n") if line.strip(" \t-*+>")]
    return len(lines) == 1 and _PLACEHOLDER.fullmatch(lines[0]) is not None
