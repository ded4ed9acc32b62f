"""The pipeline for one note, text in and cards out (see the package's docstring for the
steps): the note's text made ready, its structure read, the idioms' proposals tidied and
decided, and the kept ones made cards of the note.

It is a module of its own, apart from the package's ``__init__``, so that the standard
install compiles it with the rest of the extraction (hatch_build.py leaves ``__init__``
pure): the loop that makes every card of every note runs compiled.
"""

from __future__ import annotations

import re
from dataclasses import fields
from hashlib import blake2b
from operator import attrgetter
from pathlib import PurePosixPath
from typing import Final

from notecards.core import identity, repair
from notecards.core.extract import (
    clean,
    decide,
    facets,
    front_matter,
    html_structure,
    indented_lists,
    note_reader,
    other_names,
    outliner,
    shortcodes,
    walker,
)
from notecards.core.extract.blocks import fence_after
from notecards.core.extract.patterns.non_notes import is_drawing, is_licence
from notecards.core.extract.proposal import Context, Proposal
from notecards.core.extract.proposers import options
from notecards.core.extract.size import capped
from notecards.core.model import Card, NoteExtraction, NoteWarning

DEFAULT_DECK: Final = "Default"
_LINE: Final = attrgetter("line")
# a content key's hash before anything is hashed: each card's is a copy of it, fed the
# card's content (a copy is cheaper than a new hash given its size by keyword)
_KEY_HASH: Final = blake2b(digest_size=identity.KEY_LENGTH // 2)


def deck_for(source: str, default_deck: str = DEFAULT_DECK) -> str:
    """The deck of a note from its folder under the root: ``a/b/note.md`` -> ``a::b``."""
    if "/" not in source:
        return default_deck  # a note at the root
    if not (
        "//" in source
        or "/./" in source
        or source.startswith(("/", "./"))
        or source.endswith(("/", "/."))
    ):
        return "::".join(source.split("/")[:-1])  # a plain path, the common case: no pathlib
    parts = PurePosixPath(source).parts[:-1]
    return "::".join(parts) if parts else default_deck


def _body(text: str, body_line: int) -> str:
    """The text with its front matter lines blanked, so line numbers stay true."""
    if body_line == 0:
        return text
    offset = 0
    for _ in range(body_line):
        found = text.find("\n", offset)
        if found < 0:
            return "\n" * body_line
        offset = found + 1
    return "\n" * body_line + text[offset:]


_OBSIDIAN_COMMENT: Final = re.compile(r"%%.*?%%", re.DOTALL)
# Whole notes are searched for a few characters before anything is done to them: for a
# literal of two or more characters, a compiled pattern's search is two to three times faster
# than ``in`` (on Korean and on English text alike).
_PERCENTS: Final = re.compile("%%")
_BREAK_TAG: Final = re.compile("<br|<BR")


_SPACER: Final = re.compile(r"(?:<br\s*/?>\s*)+", re.IGNORECASE)


def without_comments(text: str) -> str:
    """Obsidian ``%%comments%%`` removed, their line breaks kept."""
    if "%" not in text or _PERCENTS.search(text) is None:  # (one character: found faster)
        return text
    return _OBSIDIAN_COMMENT.sub(lambda match: "\n" * match.group(0).count("\n"), text)


def without_spacers(text: str) -> str:
    """Lines that are only a ``<br>`` (a spacer between list items) read as blank lines.

    A ``<br>`` alone on its line opens an HTML block in CommonMark, and the block runs to the
    next blank line: the list item written right under the spacer would be swallowed as
    HTML. Spacers inside code blocks are left alone."""
    if _BREAK_TAG.search(text) is None:
        return text
    lines = text.split("\n")
    fence = ""
    for index, line in enumerate(lines):
        fence = fence_after(fence, line)  # a fence's own line is never a spacer
        if not fence and _SPACER.fullmatch(line.strip()):
            lines[index] = ""
    return "\n".join(lines)


def extract(text: str, source: str, default_deck: str) -> NoteExtraction:
    text, problems = repair.normalise(text)
    warnings = [NoteWarning(source, problem.line, problem.message) for problem in problems]
    if is_drawing(text) or is_licence(text, source):
        return NoteExtraction(source, (), tuple(warnings))  # a drawing, a licence: no note
    matter = front_matter.read(text)
    if matter.problem is not None:
        warnings.append(NoteWarning(source, matter.problem_line, matter.problem))
    body = without_comments(shortcodes.rendered(_body(text, matter.body_line)))
    body = without_spacers(html_structure.as_markdown(body))
    outline = outliner.read(body)
    if outline is None:
        structure = note_reader.read(indented_lists.as_lists(body), source, matter.title)
        proposals = walker.propose(structure)
    else:  # an outliner's page, read as markdown: its cards point at the page's lines
        structure = note_reader.read(outline.text, source, matter.title or outline.title)
        proposals = [outline.restored(proposal) for proposal in walker.propose(structure)]
    proposals = options.run_with_their_command(proposals, body)
    proposals = facets.naming_subjects(proposals, structure.title, structure.asked_again)
    kept = decide.keep(clean.tidy(proposals), structure.title)
    # "## Conditional Random Fields" + "Conditional random fields (CRFs) are ...": both names
    kept, title = other_names.with_other_names(kept, structure, structure.title)
    deck = matter.deck or deck_for(source, default_deck)
    cards, too_long = capped(cards_of(kept, deck, matter.tags, source, title), source)
    warnings.extend(too_long)
    return NoteExtraction(source, tuple(identity.assign_keys(cards)), tuple(warnings))


# A frozen dataclass sets each field through ``object.__setattr__``; a card is made for every
# card of every note, so its slots are set here through their descriptors instead: the same
# card (``cards_of`` is tested to make cards equal to ones built the usual way), in half the time.
_SETTERS: Final = tuple(getattr(Card, field.name).__set__ for field in fields(Card))
(
    _SET_KIND,
    _SET_QUESTION,
    _SET_ANSWER,
    _SET_DECK,
    _SET_SOURCE,
    _SET_LINE,
    _SET_CONTEXT,
    _SET_TAGS,
    _SET_KEY,
) = _SETTERS


def cards_of(
    proposals: list[Proposal], deck: str, tags: tuple[str, ...], source: str, title: str
) -> list[Card]:
    """The proposals as cards of this note, in line order, each with its content key (made
    from the heading path, without the note's title, which is shown first in the context)."""
    titled, new = facets.titled, object.__new__
    context_path, normalise, fresh_hash = (
        identity.context_path,
        identity.normalise_text,
        _KEY_HASH.copy,
    )
    shown: dict[Context, Context] = {}  # each context with the title first, once per note
    paths: dict[Context, str] = {}  # each context's path for the content key, once per note
    cards: list[Card] = []
    for kind, question, answer, line, context, _, _ in sorted(proposals, key=_LINE):
        with_title = shown.get(context) if question != title else None
        if with_title is None:
            with_title = titled(context, question, title)
            if question != title:  # then the title is put first, or not, by the context alone
                shown[context] = with_title
        card = new(Card)
        _SET_KIND(card, kind)
        _SET_QUESTION(card, question)
        _SET_ANSWER(card, answer)
        _SET_DECK(card, deck)
        _SET_SOURCE(card, source)
        _SET_LINE(card, line)
        _SET_CONTEXT(card, with_title)
        _SET_TAGS(card, tags)
        path = paths.get(context)
        if path is None:
            path = paths[context] = context_path(context)
        # identity.content_key(kind, question, context), inlined (tests hold them equal)
        payload = "\x1f".join((kind, path, normalise(question)))
        hashed = fresh_hash()
        hashed.update(payload.encode("utf-8"))
        _SET_KEY(card, hashed.hexdigest())
        cards.append(card)
    return cards
