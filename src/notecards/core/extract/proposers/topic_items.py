"""What the items of a heading's list say of the heading: whether the first item says what
the heading is over items that are a glossary's entries (``## Condition codes`` + ``- A
collection of bits set by ...`` + ``- Zero-flag: ...``), or opens in bold to do so, and
whether one-line term lines under a facet heading are the facet's cases (``##### 시간
복잡도`` + ``- 인접 행렬 : O(V^2)``), and whether an item's term line defines a word of the
heading (``- flag: ...`` under ``Remove Flag Argument``); whether an item's first line
says something rather than names a thing, and whether a list's one item answers its
heading alone (a question heading's answer, an equation, a chain of steps). Read by
:mod:`.topic`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.facet_words import is_facet, is_section_facet
from notecards.core.extract.note import Heading
from notecards.core.extract.patterns.overview_headings import is_overview
from notecards.core.extract.patterns.sentences import is_hangul
from notecards.core.extract.patterns.splitting import ARROWS
from notecards.core.extract.proposal import Idiom, Proposal

_MIN_ITEMS: Final = 2
# a list item's marker, bulleted or numbered (``- ``, ``1. ``, ``2) ``)
ITEM_MARKER: Final = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")


def opens_in_bold(line: str) -> bool:
    """Whether a list item opens in bold (``- **what the setting decides**``)."""
    return ("**" in line or "__" in line) and ITEM_MARKER.sub("", line)[:2] in ("**", "__")


# how an item opens that goes on from what was said, not what a thing is: a remark, a
# pronoun, a condition, a step ("- Note that ...", "- We measure ...", "- If ..."; what a
# thing is for, "- for implementing ...", says what it is)
_GOES_ON: Final = re.compile(
    r"(?:note|remark|consider|suppose|let|we|i|it|it's|this|these|that|they|they're|there|"
    r"here|when|if|so|but|however|also|by|to|for(?!\s+[a-z]+ing\b)|in|then|thus|hence|"
    r"theorem|lemma|proposition|corollary|claim|proof|example|e\.g\.?)\b",
    re.IGNORECASE,
)
_BULLET: Final = re.compile(r"\s*[-*+]\s+")


def reads_as_a_definition(line: str) -> bool:
    """Whether a bulleted item could say what its heading is (``- A collection of bits
    set by ...``, ``- OS가 프로세스마다 두는 정보``): not a step of a numbered list, not a
    remark, a formula, a quote or a sentence going on from another (``- We measure ...``),
    not a chain of thoughts (``- 용어가 많음 → 알아둬야 ...``)."""
    bullet = _BULLET.match(line)
    if bullet is None:
        return False
    said = line[bullet.end() :]
    return (
        said[:1] not in "$>'\"`("
        and _GOES_ON.match(said) is None
        and not any(arrow in said for arrow in ARROWS)  # "용어가 많음 → 알아둬야": a remark
    )


# the idioms of a glossary's entries: ``- Zero-flag: ...``, ``- PID`` + its nested lines
_ENTRIES: Final = frozenset((Idiom.TERM_LINE, Idiom.NESTED_TERM, Idiom.DEFINITION_LIST))


def defines_its_heading(
    heading: Heading,
    items: Sequence[Block],
    results: Sequence[int],
    produced: Sequence[Proposal],
) -> bool:
    """Whether a list's first item alone made no card and every item after it is a
    glossary's entry: the first says what the heading is, the rest are its parts (``##
    Condition codes`` + ``- A collection of bits ...`` + ``- Zero-flag: ...``); under a
    facet (``## 장점``) the first is one point of several."""
    if len(results) < _MIN_ITEMS or results[0] or not all(results[1:]):
        return False
    entries = {proposal.line for proposal in produced if proposal.idiom in _ENTRIES}
    return all(item.start + 1 in entries for item in items[1:]) and not is_facet(
        heading.text.strip()
    )


def _names_a_word_of(term: str, named: str) -> bool:
    """Whether ``term`` stands in ``named`` as whole words (``flag`` in ``remove flag
    argument``, not ``lag``)."""
    at = named.find(term) if term else -1
    if at < 0:
        return False
    end = at + len(term)
    return (at == 0 or not named[at - 1].isalnum()) and (
        end == len(named) or not named[end].isalnum()
    )


def defines_a_heading_word(heading: Heading, line: int, produced: Sequence[Proposal]) -> bool:
    """Whether the term line on the 1-based ``line`` defines a word of the heading, not the
    heading itself (``##### Remove Flag Argument`` + ``- flag: a literal param that picks
    ...``): the word explained is part of what the heading is about."""
    named = heading.text.casefold()
    return any(
        proposal.line == line
        and proposal.idiom is Idiom.TERM_LINE
        and (term := proposal.question.casefold()) != named
        and _names_a_word_of(term, named)
        for proposal in produced
    )


def cases_of_a_facet(
    heading: Heading, items: Sequence[Block], results: Sequence[int], lines: Sequence[str]
) -> bool:
    """Whether a facet heading (``시간 복잡도``, ``장점``) stands over one-line term lines
    (``- 인접 행렬 : O(V^2)``, ``- 속도: 빠름``): each gives a case of the facet, which the
    facet asks whole (each stays a card of its own too). Not a glossary's facet
    (``Types``, ``Operations``): its items are terms."""
    named = heading.text.strip()
    return (
        len(items) >= _MIN_ITEMS
        and lines[heading.line].lstrip().startswith("#")  # (a note's title names its subject)
        and is_section_facet(named)
        and named.casefold() not in _GLOSSARY_FACETS
        and not is_overview(named)  # "## what" + "- Pros: ...": its facets
        and all(
            count == 1 and item.end - item.start == 1 and ":" in lines[item.start]
            for item, count in zip(items, results, strict=True)
        )
    )


# the facets whose items are terms of their own: a glossary, not cases of one thing
_GLOSSARY_FACETS: Final = frozenset((
    "types", "type", "kinds", "operations", "parameters", "arguments", "options",
    "definitions", "notation", "terms", "terminology", "components", "architecture",
    "structure", "종류", "개념", "용어", "구성", "구성요소", "구성 요소", "유형",
))  # fmt: skip


_MIN_SENTENCE_WORDS: Final = 4


def says_something(line: str) -> bool:
    """Whether a list item's first line says something (``더 많은 데이터 → 더 좋은 성능``,
    ``All RAM must be as fast as the board's clock``) rather than names a thing
    (``Casio 991Cw System of Equations Solver``, ``dufs``)."""
    words = ITEM_MARKER.sub("", line).split()
    if line.rstrip().endswith("?"):
        return False  # a question asks, it answers nothing
    if any(map(is_hangul, line)):
        return len(words) >= 3
    lower = sum(1 for word in words if word[:1].islower())
    return len(words) >= _MIN_SENTENCE_WORDS and 2 * lower >= len(words)


_FORMULA_ITEM: Final = re.compile(r"\$[^$]*=[^$]*\$[.,]?")
_CHAIN: Final = re.compile(r"\S\s+(?:->|→|⇒)\s+\S.*\s(?:->|→|⇒)\s+\S")


def answers_alone(heading: Heading, line: str) -> bool:
    """Whether a list's one item answers its heading though it says no sentence: under a
    heading asking a question (``### What does the cache buy us?`` + ``- Lower latency``),
    or when it is an equation (``## Permutation`` + ``- $P = n!/(n-r)!$``) or a chain of
    steps (``### Encoder`` + ``- embed -> attend -> feed forward``)."""
    said = ITEM_MARKER.sub("", line).strip()
    if heading.text.rstrip().endswith(("?", "？")):
        return bool(said) and not said.endswith(("?", "？", ":", "："))
    if "$" in said and _FORMULA_ITEM.fullmatch(said):
        return True
    return ("->" in said or "→" in said or "⇒" in said) and bool(_CHAIN.search(said))
