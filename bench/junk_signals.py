"""Signs that a card is junk, readable without gold: for the eval's health report.

Each card gets the list of signals it shows:

- ``answer only code``: the answer is nothing but a code block;
- ``image``: an image (markdown or HTML) in the question or answer;
- ``html``: an HTML tag in the question or answer;
- ``unbalanced **``: an odd number of ``**`` in the question or answer;
- ``bare facet word``: the question is only a facet word (특징, Pros, Example, ...);
- ``section number``: the question starts with a section number (``2-1.``, ``1)``, ``Case 2``);
- ``one or two characters``: the question is that short;
- ``same card twice``: the same question and answer earlier in the note.
"""

from __future__ import annotations

import re

from notecards.core.model import Card

FACET_WORDS = frozenset(
    word.casefold()
    for line in (
        "특징 정의 장점 단점 장단점 문제점 한계 예시 예제 예 사용법 용도 종류 개념 설명 원리 목적",
        "Pros Cons Example Examples Usage Description Parameters Parameter Arguments Args",
        "Returns Shape Definition Features Advantages Disadvantages Syntax Note Notes",
    )
    for word in line.split()
)
_CODE_ONLY = re.compile(r"\A\s*(```|~~~)[^\n]*\n.*?\n\s*\1\s*\Z", re.DOTALL)
_INDENTED_ONLY = re.compile(r"\A(?:(?: {4}|\t)[^\n]*\n?|\s*\n)+\Z")
_IMAGE = re.compile(r"!\[[^\]]*\]\(|<img\b", re.IGNORECASE)
_HTML = re.compile(
    r"</?(?:br|div|span|p|img|a|table|tr|td|th|sup|sub|font|center|details|summary|u|b|i|"
    r"strong|em|hr|iframe|ul|ol|li|h[1-6]|code|pre|kbd|mark|small|blockquote)\b[^>]*>",
    re.IGNORECASE,
)
_SECTION_NUMBER = re.compile(
    r"^\s*(?:\(?\d+(?:[.-]\d+)*[.)]\s|\d+(?:[.-]\d+)+\s|(?:case|part|chapter|lecture)\s+\d+\b)",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"[*_`~=#>\[\]()!:.,?\s-]+")


def _plain(text: str) -> str:
    return _MARKUP.sub(" ", text).strip()


def signals_of(card: Card) -> list[str]:
    found: list[str] = []
    both = f"{card.question}\n{card.answer}"
    if _CODE_ONLY.match(card.answer) or (card.answer.strip() and _INDENTED_ONLY.match(card.answer)):
        found.append("answer only code")
    if _IMAGE.search(both):
        found.append("image")
    if _HTML.search(both):
        found.append("html")
    if card.question.count("**") % 2 or card.answer.count("**") % 2:
        found.append("unbalanced **")
    plain_question = _plain(card.question)
    if plain_question.casefold() in FACET_WORDS:
        found.append("bare facet word")
    if _SECTION_NUMBER.match(card.question):
        found.append("section number")
    if len(plain_question.replace(" ", "")) <= 2:
        found.append("one or two characters")
    return found


def junk_signals(cards: list[Card]) -> list[list[str]]:
    """The signals of each card of one note, in order."""
    seen: set[tuple[str, str]] = set()
    result: list[list[str]] = []
    for card in cards:
        found = signals_of(card)
        identity = (" ".join(card.question.split()), " ".join(card.answer.split()))
        if identity in seen:
            found.append("same card twice")
        seen.add(identity)
        result.append(found)
    return result
