"""A block's text as written, whether a paragraph explains anything, and whether a block
says anything at all: what the idioms that answer with a block (a section's heading, a
label, a question) cut from the note."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import dedent
from notecards.core.extract.patterns.chatter import is_date, is_link_only, is_reference_line
from notecards.core.extract.patterns.headings import is_generic_heading
from notecards.core.extract.patterns.sentences import is_hangul, is_question
from notecards.core.extract.patterns.splitting import is_definition
from notecards.core.extract.proposers import callout
from notecards.core.extract.proposers.callout import CALLOUT_MARKER, QUOTE_MARKER

_MIN_WORDS: Final = 3


def block_source(block: Block, lines: Sequence[str], end: int | None = None) -> str:
    """A block's text as written, without a quote's markers or a callout's marker; with
    ``end``, only its lines before that one (0-based)."""
    text = dedent(lines[block.start : block.end if end is None else end])
    if block.kind == "quote":
        text = dedent([QUOTE_MARKER.sub("", line) for line in text.split("\n")])
        text = text.lstrip()
        # an Obsidian callout's marker (``> [!note]``): the quote's text is what it says
        marker = CALLOUT_MARKER.match(text)
        if marker is not None:
            text = text[marker.end() :]
    return text.strip()


_PROPERTY_LINE: Final = re.compile(r"^\s*[\w.-]+(?: [\w.-]+)?\s*::?\s*\S*\s*$")
# a label alone: ``**추가된 코드:**``, ``**For one sample**:``, ``[ 특징 ]`` (a bold sentence,
# ``**git is a distributed version control system**``, still explains)
_LABEL_LINE: Final = re.compile(
    r"^\s*(?:\*\*[^*]+[:：]\*\*|__[^_]+[:：]__|(?:\*\*[^*]+\*\*|__[^_]+__)\s*[:：]"
    r"|\[[^\[\]]+\])\s*$"
)


def explains(text: str) -> bool:
    """A paragraph that says what something is or does, not a question, a pointer, a label
    or the note's properties (``status:: draft``, ``created: 2024-01-03``)."""
    if all(_PROPERTY_LINE.match(line) or _LABEL_LINE.match(line) for line in text.split("\n")):
        return False  # properties, or a label alone (``**lock-based implementation**``)
    words = text.split()
    if len(words) < _MIN_WORDS and not any(map(is_hangul, text)):
        return False
    last_line = text.rsplit("\n", 1)[-1]
    return is_definition(text) and not is_question(last_line) and not is_date(text)


_NOTHING_SAID: Final = re.compile(
    r"^\s*(?:<br\s*/?>|<hr\s*/?>|[-*_]{3,}|&nbsp;)\s*$", re.IGNORECASE
)
# an image alone, or linked to its source (``<a href=...><img ...></a>``, ``[![d](d.png)](...)``)
_IMAGE_ONLY: Final = re.compile(
    r"^\s*(?:!\[[^\]]*\]\([^)]*\)|!\[\[[^\]]*\]\]|<img\b[^>]*>"
    r"|<a\b[^>]*>\s*<img\b[^>]*>\s*</a>|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\))\s*$",
    re.I,
)


# a paragraph that opens with a link to something to read or watch and says what it is
# about: "[Article](https://...) that explains entropy", "[영상](https://...)에서 설명"
_POINTER: Final = re.compile(
    # (a word or three may lead to the link: "Quick [guide](...) for feature selection.",
    # "One of my project [presentations](...)")
    r"^\s*(?:[\w'-]+\s+){0,3}\[(?:an? |the )?(?:article|paper|video|post|blog post|tutorial"
    r"|talk|lecture notes?|slides|docs|documentation|guide|presentations?|영상|글|논문|강의"
    r"|자료|문서)\]\([^)\s]*\)"
    r"(?:\s*(?:that|which|explaining|about|on|by|with|for|에서|이|은|는)\b[^\n]{0,160})?[.。]?\s*$",
    re.IGNORECASE,
)


# a short Korean paragraph that sends the reader to the link in it: "전체 코드는
# [github](...)에서 참고 가능합니다.", "자세한 내용은 [문서](...)를 참고하세요."
_POINTS_THERE_IN_KOREAN: Final = re.compile(
    r"^[^\n]{0,120}\]\([^)\s]*\)[^\n]{0,20}(?:참고|참조)\s*(?:가능합니다|하세요|하시기\s*바랍니다"
    r"|바랍니다|해\s*주세요|할\s*수\s*있습니다|하면\s*된다|하면\s*됩니다)[.!]?\s*$"
)


def says_nothing(block: Block) -> bool:
    """A block a reader skips: a line break, a rule, an image alone, an empty html block, a
    link alone or a pointer to a source (``[Tutorial](...)``, ``출처: https://...``,
    ``[Article](...) that explains entropy``), the
    marker where kramdown puts a table of contents (``* TOC`` + ``{:toc}``), or a callout of
    chatter or of a lesson's aims."""
    if block.kind in ("hr", "html"):
        return (
            not block.text.strip()
            or bool(_NOTHING_SAID.match(block.text))
            or all(map(_IMAGE_ONLY.match, block.text.strip().splitlines()))
        )  # (an image as html: "<a href=...><img src=...></a>")
    if block.kind == "list":
        items = block.children
        return len(items) == 1 and "{:toc}" in "".join(child.text for child in items[0].children)
    if block.kind == "quote":  # "> [!goal] Learning Objectives", "> [!todo]": not the subject
        found = callout.read(block)
        return found is not None and (found.chatter or is_generic_heading(found.title))
    if block.kind == "paragraph":
        text = block.text
        return bool(
            _NOTHING_SAID.match(text)
            or _IMAGE_ONLY.match(text)
            or (
                "](" in text
                and (
                    is_link_only(text)
                    or _POINTER.match(text) is not None
                    or _POINTS_THERE_IN_KOREAN.search(text) is not None
                )
            )
            or is_reference_line(text)
        )
    return False


_MIN_ASIDE_WORDS: Final = 3


# a paragraph that points at the post this one follows up (``Previous attempt: [...](...)``,
# ``A follow-up to [...](...)``): of the post, not its subject (an ``Update:`` is not one:
# it often leads on to a better recipe)
_PREFACE: Final = re.compile(
    r"[*_]{0,2}(?:previous\s+attempt|follow-up)\b[^:\n]{0,30}:"
    r"|(?:a|this\s+is\s+a)\s+follow-up\s+to\b",
    re.IGNORECASE,
)


def is_aside(block: Block) -> bool:
    """A paragraph of a few words or more wrapped whole in brackets (``(Scroll to the
    bottom for a shortcut.)``), or one that points at the post this one follows up (``A
    follow-up to ...``): the writer's aside. Opening a section, it is skipped on the
    way to what the section says; after it, it may say something of its own (``(부모 →
    왼쪽 자식 → 오른쪽 자식)``)."""
    text = block.text
    if block.kind == "paragraph" and text[:1] in "*_PpAaTtFf" and _PREFACE.match(text):
        return True
    if block.kind != "paragraph" or text[:1] != "(":
        return False
    body = text.rstrip().removesuffix(".")
    if not body.endswith(")") or len(body.split()) < _MIN_ASIDE_WORDS:
        return False
    depth = 0
    for index, char in enumerate(body):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index == len(body) - 1  # the first bracket closes at the end
    return False
