"""An outliner's page (Logseq) read as the markdown it means.

In an outliner every line is a block (``- text``, nested by tabs) and a block carries
properties as ``key:: value`` lines (``id::``, ``collapsed::``, ``card-last-score::``): the
page's properties sit at its top (``title:: LLM``). A block refers to another by
``((uuid))``, the uuid being the other block's ``id::``; macros are ``{{embed ...}}`` and
Logseq's own clozes ``{{cloze text}}``; a block tagged ``#card`` is Logseq's own flashcard
(:mod:`notecards.core.extract.proposers.outliner` reads it); a heading may be a block of
its own (``- ## Setup``), and a top-level heading may be written without its dash.

:func:`read` gives the page as plain markdown: property lines left out (a block whose first
line was a property starts on its next line), references to blocks of the same page replaced
by those blocks' text and others removed, clozes written ``{{c1::...}}``, other macros and
empty blocks removed, admonitions' ``#+BEGIN_NOTE`` / ``#+END_NOTE`` lines left out (what
they wrap stays), and top-level headings given their dash. Lines are removed, so the
outline keeps, for each of its lines, the line of the page it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from notecards.core.extract.proposal import Proposal

_PROPERTY: Final = re.compile(
    r"^(?P<indent>\s*)(?P<dash>-\s+)?(?P<key>[a-z][a-z0-9_.-]*)::(?:\s+(?P<value>.*))?$"
)
_BLOCK: Final = re.compile(r"^(?P<indent>\s*)-(?:\s+(?P<text>.*))?$")
# the id a block is referred to by, ``((6412b3c4-...))``
_BLOCK_UUID: Final = r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}"
_REFERENCE: Final = re.compile(rf"\(\(({_BLOCK_UUID})\)\)")
# a reference under a label of its own, ``[Proposition](((uuid)))``: shown as its label
_LABELLED_REFERENCE: Final = re.compile(
    rf"\[(?P<label>[^\[\]\n]+)\]\(\(\((?P<uuid>{_BLOCK_UUID})\)\)\)"
)
# a block opening with a reference to a result kept on another page, named in parentheses
# as a textbook names its theorems (``- ((uuid)) (Invariance of domain) If ...``): the
# reference stands where the label would: the name is shown as a bold term over its
# statement (``**Invariance of domain**: If ...``), never as an empty reference
_NAMED_REFERENCE: Final = re.compile(
    rf"^(?P<dash>\s*-\s+)\(\((?P<uuid>{_BLOCK_UUID})\)\)\.?\s*"
    r"\((?P<name>[^()\n]{2,80})\)\s*[.:]?\s*"
)
_CLOZE: Final = re.compile(r"\{\{cloze\s+(.*?)\}\}")
_MACRO: Final = re.compile(r"\{\{(?!c\d+::)[^{}]*\}\}")
_TOP_HEADING: Final = re.compile(r"^#{1,6}\s+\S")
# the lines that open and close an admonition (``#+BEGIN_NOTE``, ``#+END_WARNING``): marks
_ADMONITION_MARK: Final = re.compile(
    r"^(?P<indent>\s*)(?P<dash>-\s+)?#\+(?:BEGIN|END)_\w+\s*$", re.I
)
_LOGSEQ_SIGNS: Final = ("::", "((", "#card", "{{cloze", "\n\t-")
# each searched for alone: a compiled literal searches faster than ``in``, and one pattern
# of them all slower than either (it stops at every colon, bracket and line break); a
# single character is found faster still (``in``), so a sign whose first character is
# rare in notes (a brace, a tab) is searched for only where that character is
_LOGSEQ_SIGN_SEARCHES: Final = tuple(re.compile(re.escape(sign)).search for sign in _LOGSEQ_SIGNS)
_PROPERTY_SIGN, _REFERENCE_SIGN, _CARD_SIGN, _CLOZE_SIGN, _TAB_SIGN = _LOGSEQ_SIGN_SEARCHES


def _has_a_sign(text: str) -> bool:
    """Whether the text holds one of :data:`_LOGSEQ_SIGNS` (an outliner's page holds one)."""
    return (
        _PROPERTY_SIGN(text) is not None
        or _REFERENCE_SIGN(text) is not None
        or _CARD_SIGN(text) is not None
        or ("{" in text and _CLOZE_SIGN(text) is not None)
        or ("\t" in text and _TAB_SIGN(text) is not None)
    )


_MIN_BLOCK_SHARE: Final = 0.8
# the tag of an outliner's flashcard block: ``#card``, ``#[[card]]``, ``[[card]]``
CARD_TAG: Final = re.compile(r"[ \t]*(?<!\S)#(?:card|\[\[card\]\])(?!\S)|[ \t]*\[\[card\]\]")


@dataclass(frozen=True, slots=True)
class Outline:
    """A page as markdown: its ``text``, the page's ``title`` property if it has one, and
    ``origin``: for each line of the text (0-based), the line of the page it came from."""

    text: str
    title: str | None
    origin: tuple[int, ...]

    def page_line(self, line: int) -> int:
        """The page's 1-based line of the text's 1-based ``line``."""
        if 1 <= line <= len(self.origin):
            return self.origin[line - 1] + 1
        return line

    def restored(self, proposal: Proposal) -> Proposal:
        """A proposal read from the outline, pointing at its page's line, with the ``#card``
        tags of the blocks in its answer (cards of their own) taken out."""
        answer = proposal.answer
        if "card" in answer:
            answer = CARD_TAG.sub("", answer).replace(" \n", "\n").rstrip()
        return proposal._replace(line=self.page_line(proposal.line), answer=answer)


def is_outline(lines: list[str]) -> bool:
    """Whether a page's lines are an outliner's: blocks, their continuation lines, properties
    and top-level headings, and nothing else, with at least one property line, block
    reference (``((uuid))``: no plain note writes one) or block nested by a tab right under
    a top-level heading (``# Definition`` + ``\t- ...``: Logseq's way; plain markdown would
    read it as indented code)."""
    content = [line for line in lines if line.strip()]
    if not content:
        return False
    first = content[0]
    if not (_BLOCK.match(first) or _PROPERTY.match(first) or _TOP_HEADING.match(first)):
        return False  # most notes tell at their first line
    blocks = 0
    properties = 0
    referring = False
    after_heading = False  # the line before was a top-level heading
    for line in content:
        if _PROPERTY.match(line):
            properties += 1
            after_heading = False
        elif _BLOCK.match(line) or line[0] in " \t" or _TOP_HEADING.match(line):
            blocks += 1
            referring = referring or ("((" in line and _REFERENCE.search(line) is not None)
            referring = referring or (
                after_heading and line[0] == "\t" and _BLOCK.match(line) is not None
            )
            after_heading = line[0] == "#" and _TOP_HEADING.match(line) is not None
        else:
            after_heading = False
    return (properties > 0 or referring) and properties + blocks >= _MIN_BLOCK_SHARE * len(content)


def read(text: str) -> Outline | None:
    """The page as markdown, or None when ``text`` is not an outliner's page."""
    if not _has_a_sign(text):
        return None
    lines = text.split("\n")
    if not is_outline(lines):
        return None
    title = None
    references = _block_texts(lines)
    kept: list[str] = []
    origin: list[int] = []
    pending_dash: str | None = None  # the dash of a block whose first line was a property
    for number, source in enumerate(lines):
        line = source
        if "#+" in line and (marker := _ADMONITION_MARK.match(line)) is not None:
            if marker.group("dash"):  # "- #+BEGIN_NOTE": the block's content starts below
                pending_dash = marker.group("indent") + "- "
            continue
        prop = _PROPERTY.match(line)
        if prop is not None:
            if prop.group("key") == "title" and not kept and prop.group("value"):
                title = prop.group("value").strip()
            if prop.group("dash"):
                pending_dash = prop.group("indent") + "- "
            continue
        if pending_dash is not None and line.strip():
            if not _BLOCK.match(line):  # the block goes on: its first line of content
                line = pending_dash + line.lstrip()
            pending_dash = None
        rewritten = _rewritten(line, references)
        if rewritten is None:
            continue
        if _TOP_HEADING.match(rewritten):
            rewritten = "- " + rewritten
        kept.append(rewritten)
        origin.append(number)
    return Outline("\n".join(kept), title, tuple(origin))


def _block_texts(lines: list[str]) -> dict[str, str]:
    """The first line of each block that has an ``id::``, by its id."""
    texts: dict[str, str] = {}
    first: str | None = None
    for line in lines:
        block = _BLOCK.match(line)
        if block is not None or _TOP_HEADING.match(line):
            first = (block.group("text") or "") if block is not None else line
            first = first.strip().lstrip("#").strip()
            continue
        prop = _PROPERTY.match(line)
        if prop is not None and prop.group("key") == "id" and first and prop.group("value"):
            texts[prop.group("value").strip()] = first
    return texts


def _rewritten(line: str, references: dict[str, str]) -> str | None:
    """A line with its references, clozes and macros rewritten; None for an empty block."""
    if "((" in line:
        if "](((" in line:
            # "[Proposition](((uuid))). Gapped phases are ...": its label, not an empty link;
            # a block that is such a link alone ("- [ref](((uuid)))") points, saying nothing
            alone = _BLOCK.match(_LABELLED_REFERENCE.sub("", line))
            pointing = alone is not None and not (alone.group("text") or "").strip()
            line = _LABELLED_REFERENCE.sub("" if pointing else r"\g<label>", line)
        named = _NAMED_REFERENCE.match(line)
        if named is not None and named.group("uuid") not in references:
            name = named.group("name").strip()
            rest = line[named.end() :]
            line = f"{named.group('dash')}**{name}**" + (f": {rest}" if rest.strip() else "")
        line = _REFERENCE.sub(lambda match: references.get(match.group(1), ""), line)
    if "{{" in line:
        line = _MACRO.sub("", _CLOZE.sub(r"{{c1::\1}}", line))
    block = _BLOCK.match(line)
    if block is not None and not (block.group("text") or "").strip():
        return None
    return line.rstrip()
