"""Cards from flat plain-text exports of blog posts.

Text copied out of a rendered page has no ``#`` headings, bullets drawn as ``•``/``◦``,
nesting lost (a short line followed by the lines explaining it) and math repeated as
rendered glyphs and TeX. Headings are recognised as short term-like lines that introduce
what follows; the term/definition rules are the same as for markdown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.chatter import is_date, is_link_only, mentions_date
from notecards.core.extract.patterns.headings import is_skipped_heading, is_title
from notecards.core.extract.patterns.markup import cloze_of, explicit_pair
from notecards.core.extract.patterns.sentences import is_question
from notecards.core.extract.patterns.splitting import read_line, split_term
from notecards.core.extract.patterns.terms import is_term
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.rendered_math import keep_tex
from notecards.core.model import CardKind

_BULLET = re.compile(
    r"^(?P<indent>[ \t\u3000]*)(?P<marker>[•◦▪▫‣∙●○■□◆◇►▶➢✓✔]|[-*+](?=\s)|\d{1,3}[.)](?=\s))"
    r"\s*(?P<text>.*)$"
)
_NESTED_MARKERS = frozenset("◦▫○□◇")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)
_MARKDOWN_FENCE = re.compile(r"^\s*(```|~~~)", re.MULTILINE)
_RENDERED_BULLET = re.compile(r"^[ \t]*[•◦▪‣●○■]\s*\S", re.MULTILINE)
_MIN_RENDERED_BULLETS = 2
_MAX_HEADING_CHARS = 60
_SENTENCE_END = (".", "。", "!", "다", "요", "음", "함", "됨", ",")


@dataclass(slots=True)
class _Line:
    number: int
    text: str
    bullet: bool
    level: int
    ordered: bool


def is_flat_export(text: str, source: str) -> bool:
    """Whether a note reads as a plain-text export rather than markdown.

    ``.txt`` files without markdown headings or fences are exports; markdown files are only
    when they draw their bullets as ``•`` and have no headings.
    """
    if _MARKDOWN_HEADING.search(text) or _MARKDOWN_FENCE.search(text):
        return False
    if PurePosixPath(source).suffix.lower() == ".txt":
        return True
    return len(_RENDERED_BULLET.findall(text)) >= _MIN_RENDERED_BULLETS


def _indent_width(indent: str) -> int:
    return len(indent.replace("\t", "    ").replace("\u3000", "  "))


def _classify(lines: Sequence[str]) -> list[_Line | None]:
    """Each line as a bullet or text (None for blank), rendered math folded to TeX."""
    classified: list[_Line | None] = []
    for number, raw in enumerate(lines):
        if not raw.strip():
            classified.append(None)
            continue
        match = _BULLET.match(raw)
        if match and match.group("text").strip():
            marker = match.group("marker")
            level = _indent_width(match.group("indent")) // 2
            if marker in _NESTED_MARKERS:  # a hollow bullet sits one level below a filled one
                level += 1
            text = keep_tex(match.group("text").strip())
            classified.append(_Line(number, text, True, level, marker[0].isdigit()))
        else:
            classified.append(_Line(number, keep_tex(raw.strip()), False, 0, False))
    return classified


def _as_markdown(lines: Sequence[_Line]) -> str:
    base = min((line.level for line in lines), default=0)
    rendered = []
    for index, line in enumerate(lines, start=1):
        marker = f"{index}." if line.ordered else "-"
        rendered.append(f"{'  ' * (line.level - base)}{marker} {line.text}")
    return "\n".join(rendered)


def _is_heading_like(text: str) -> bool:
    return (
        len(text) <= _MAX_HEADING_CHARS
        and not text.endswith(_SENTENCE_END)
        and (is_term(clean_term(text)) or is_question(text))
    )


class _FlatWalker:
    """Walks classified lines; ``section`` is the current heading-like line."""

    def __init__(self, lines: list[_Line | None]) -> None:
        self.lines = lines
        self.proposals: list[Proposal] = []
        self.section: Context = ()
        self.skipping = False

    def _propose(
        self,
        idiom: Idiom,
        kind: CardKind,
        question: str,
        answer: str,
        *,
        line: int,
        context: Context,
    ) -> None:
        """A proposal read at 0-based ``line``."""
        self.proposals.append(Proposal(kind, question, answer, line + 1, context, idiom))

    def walk(self) -> None:
        index = 0
        while index < len(self.lines):
            line = self.lines[index]
            if line is None:
                index += 1
            elif line.bullet:
                index = self._bullets_from(index)
            else:
                index = self._text(line, index)

    def _followers(self, index: int) -> list[_Line]:
        """The bullets that follow line ``index`` (one blank line allowed before them)."""
        position = index + 1
        if position < len(self.lines) and self.lines[position] is None:
            position += 1
        followers: list[_Line] = []
        while position < len(self.lines):
            line = self.lines[position]
            if line is None or not line.bullet:
                break
            followers.append(line)
            position += 1
        return followers

    def _explicit(self, line: _Line, context: Context) -> bool:
        text = line.text
        cloze = cloze_of(text)
        if cloze is not None:
            self._propose(Idiom.CLOZE, CardKind.CLOZE, cloze, "", line=line.number, context=context)
            return True
        pair = explicit_pair(text)
        if pair is None:
            return False
        kind = CardKind.REVERSED if pair.reversed else CardKind.BASIC
        self._propose(
            Idiom.EXPLICIT_PAIR, kind, pair.question, pair.answer, line=line.number, context=context
        )
        return True

    def _text(self, line: _Line, index: int) -> int:
        text = line.text
        if len(text) <= _MAX_HEADING_CHARS and (is_skipped_heading(text)):
            self.skipping = True
            self.section = ()
            return index + 1
        if is_date(text) or is_link_only(text):
            return index + 1
        if _is_heading_like(text):
            if mentions_date(text):  # a byline such as "Posted on 2025-10-03 by kim"
                return index + 1
            title = clean_term(text)
            followers = self._followers(index)
            if followers:
                return self._introduced_list(line, title, followers)
            self.skipping = False
            self.section = (title,)
            return index + 1
        if not self.skipping and not self._explicit(line, self.section):
            split = split_term(text)
            if split is not None:
                self._propose(
                    Idiom.FLAT_TERM_LINE,
                    CardKind.BASIC,
                    split.term,
                    split.definition,
                    line=line.number,
                    context=self.section,
                )
        return index + 1

    def _introduced_list(self, line: _Line, title: str, followers: list[_Line]) -> int:
        """A short line and the bullets after it: a card when the bullets explain it."""
        produced = self._walk_bullets(followers, (*self.section, title))
        plain = [bullet for bullet, made in zip(followers, produced, strict=True) if not made]
        if not self.skipping and plain and len(plain) * 2 >= len(followers) and is_title(title):
            answer = _as_markdown(plain)
            self._propose(
                Idiom.FLAT_INTRODUCED_LIST,
                CardKind.BASIC,
                title,
                answer,
                line=line.number,
                context=self.section,
            )
        return followers[-1].number + 1

    def _bullets_from(self, index: int) -> int:
        first = self.lines[index]
        assert first is not None
        bullets = [first, *self._followers(index)]
        self._walk_bullets(bullets, self.section)
        return bullets[-1].number + 1

    def _walk_bullets(self, bullets: list[_Line], context: Context) -> list[bool]:
        """Cards from a run of bullets; returns, per bullet, whether it is part of a card."""
        produced = [False] * len(bullets)
        if self.skipping:
            return produced
        position = 0
        while position < len(bullets):
            line = bullets[position]
            if self._explicit(line, context):
                produced[position] = True
                position += 1
                continue
            children = self._children(bullets, position)
            split, bare_term = read_line(line.text)
            term = split.term if split is not None else bare_term
            if term is not None and (split is not None or children):
                parts = [split.definition] if split is not None else []
                if children:
                    parts.append(_as_markdown(children))
                answer = "\n".join(parts)
                self._propose(
                    Idiom.FLAT_TERM, CardKind.BASIC, term, answer, line=line.number, context=context
                )
                self._walk_bullets(children, (*context, term))
                produced[position : position + 1 + len(children)] = [True] * (1 + len(children))
            position += 1 + len(children)
        return produced

    def _children(self, bullets: list[_Line], position: int) -> list[_Line]:
        """The bullets nested under ``bullets[position]`` (deeper indentation or ``◦``)."""
        line = bullets[position]
        deeper: list[_Line] = []
        for follower in bullets[position + 1 :]:
            if follower.level <= line.level:
                break
            deeper.append(follower)
        return deeper


def propose(text: str) -> list[Proposal]:
    """The proposals of a flat plain-text export."""
    walker = _FlatWalker(_classify(text.split("\n")))
    walker.walk()
    return walker.proposals
