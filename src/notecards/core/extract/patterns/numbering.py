"""Section numbers: where a heading or a line stands in its document, not what it names.

Authors number their sections (``2-1. Loss functions``, ``1.2.6 DMA controller``,
``3) 정규화``, ``(1) FIFO``, ``#1 Scrum``, ``III. Phases``, ``Chapter 3: Sorting``, ``Case 2``,
``제2장 트리``); a card asks for the name, and its context shows the name, without the
number. A number that is part of a name (``2-3 tree``, ``3D``, ``Lemma 2``, ``2단계 인증``:
a stage counted with no separator after it) or a date (``23.02.01. TIL``) is no section
number. A question also leaves out a category in brackets that a TIL files its notes
under (``[Swift] Mutating``, ``[OS] Race Condition``).
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.facet_words import is_facet
from notecards.core.extract.patterns.label_words import GENERIC_HEADINGS

# a numbering that opens a title or an item: ①, (2), 3., 2-1.
ENUMERATOR: Final = re.compile(r"^\s*[*_]*(?:[①-⑳]|\(?\d{1,3}[.)]|\d+(?:[.-]\d+)+\.?\s)")

_SECTION_NUMBER: Final = re.compile(
    r"""
    ^\s*(?:
        [(\[]?\d{1,3}(?:[.-]\d{1,3})*\\?(?:[.)\]]|[ \t]?\|)  # 1.  2-1.  1)  (1)  [2]  3\.  1|
      | \([A-Za-z]\)                                     # (A)  (b)
      | \#\d{1,3}(?=[ \t])                                # #1 Scrum (a count, not a tag)
      | [1-9]\d?(?:\.\d{1,3})+                          # 1.2  1.2.6 (no closing dot)
      | (?=[IVX]+\.)X{0,2}(?:IX|IV|V?I{0,3})\.          # III.
      | (?:case|part|chapter|ch|section|sec|lecture|lec|step|unit|lesson|module|week|day)
        \.?[ \t]*\d{1,3}(?:[.-]\d{1,3})*\.?             # Case 2, Chapter 3, Step 1.2
      | 제?[ \t]*\d{1,3}[ \t]*(?:장|절|강|부|편|주차|일차)\.?  # 제2장, 3강
      | 제?[ \t]*\d{1,3}[ \t]*단계(?=[ \t]*(?:[:：.)\-–—]|$))   # 1단계: ... (1단계 디렉터리 names)
    )(?:[ \t]*[:：.)\-–—][ \t]*|[ \t]+|$)
    | ^\s*[\u2460-\u2473\u2776-\u277f][ \t]*                # ① ❶
    """,
    re.VERBOSE | re.IGNORECASE,
)
# a date at the start (``23.02.01. TIL``, ``2021.04.25``): not a section number
_DATE_LEAD: Final = re.compile(r"^\s*(?:\d{4}|\d\d[.-]\d\d[.-]\d\d)")
# the characters a section number can start with
MAY_START: Final = frozenset("0123456789([IVXivx제CcPpSsLlUuMmWwDd#") | frozenset(
    map(chr, [*range(0x2460, 0x2474), *range(0x2776, 0x2780)])
)


_DIGIT: Final = re.compile(r"\d")


def may_be_numbered(text: str) -> bool:
    """A cheap test that lets most text through: a section number needs a digit near the
    start, a Roman numeral and its dot, or a circled number."""
    stripped = text.lstrip()
    first = stripped[:1]
    if first not in MAY_START:
        return False
    if first == "(" and stripped[2:3] == ")" and stripped[1:2].isascii() and stripped[1].isalpha():
        return True  # "(A) Prompting": a lettered item
    if first in "IVXivx":
        return "." in text[:8] or _DIGIT.search(text, 0, 24) is not None
    return first > "\u2400" or _DIGIT.search(text, 0, 24) is not None


# a category the note is filed under, in brackets before its name: "[Swift] Mutating",
# "[OS] Race Condition" (not a link, "[text](url)", nor a task, "[x] done")
_CATEGORY: Final = re.compile(r"\s*\[[^\[\]\s][^\[\]]{1,24}\][ \t]+(?=[^\s(:])")


def _names_a_part(name: str) -> bool:
    """Whether a name alone names a part of a note (``개요``, ``Overview``), not a topic."""
    return is_facet(name) or name.casefold().strip(" .:") in GENERIC_HEADINGS


def without_category(text: str) -> str:
    """A question without the bracketed category its note is filed under (``[Swift]
    Mutating`` asks ``Mutating``; ``[Design Pattern] 개요``, whose name alone names a part,
    asks ``Design Pattern 개요``). A context label keeps it: it says what the note is on."""
    if text.lstrip()[:1] != "[":
        return text
    subject, facet = text.split(" — ", 1) if " — " in text else (text, "")
    if facet:  # "[Design Pattern] 개요 — 목적": the subject is read the same way
        return f"{without_category(subject)} — {facet}"
    category = _CATEGORY.match(text)
    if category is None:
        return text
    name = text[category.end() :].strip()
    if _names_a_part(name):
        return f"{category.group(0).strip()[1:-1].strip()} {name}"
    return name


def without_section_number(text: str) -> str:
    """The text without its leading section number; empty when it was only a number."""
    if not text or not may_be_numbered(text):
        return text
    match = _SECTION_NUMBER.match(text)
    if match is None or _DATE_LEAD.match(text):
        return text
    return text[match.end() :].strip()
