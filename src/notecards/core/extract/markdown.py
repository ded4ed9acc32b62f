"""Cards from a markdown note, by walking its block structure.

- ``- Term: definition`` (and ``-``, ``→``, ``=`` separators, ``**bold**`` terms, numbered
  items) gives a card; so does a short term whose nested blocks explain it, and a question
  (``...?``) followed by a list.
- A heading whose body is mostly a plain list gives a card: the heading asks, the list answers.
- ``Q :: A``, ``Q ::: A`` (reversed), ``{{c1::...}}`` and ``==highlight==`` are honoured.
- Code, math blocks, tables, html, images, link lists, footnotes, dates, retrospectives and
  reference sections never become cards.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from notecards.core.extract import blocks as block_tree
from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import (
    clean_term,
    context_label,
    dedent,
    dedent_keeping_lines,
    joined,
)
from notecards.core.extract.note import Heading, MarkdownNote, Section
from notecards.core.extract.patterns.chatter import is_date
from notecards.core.extract.patterns.defining_sentences import (
    defined_in_sentence,
    definitions_in_line,
    named_in_prose,
)
from notecards.core.extract.patterns.headings import (
    is_definition_heading,
    is_title,
)
from notecards.core.extract.patterns.markup import cloze_of, explicit_pair, has_markup
from notecards.core.extract.patterns.sentences import is_question
from notecards.core.extract.patterns.splitting import (
    bold_lead,
    is_definition,
    is_note_to_self,
    labelled_term,
    read_line,
    split_term,
)
from notecards.core.extract.patterns.terms import is_term
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind

_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+\S")
_HEADING_CARD_MAX_ITEMS = 12
_HEADING_CARD_MIN_PLAIN = 2
_HEADING_CARD_MAX_LINES = 14
_QUOTE_MARKER = re.compile(r"^\s*(?:>\s?)+")
_TASK = re.compile(r"\[[ xX]\]\s")
_CALLOUT = re.compile(r"\[!(?P<kind>[\w-]+)\][+-]?[ \t]*(?P<title>.*)")
_CHATTER_CALLOUTS = frozenset(("todo", "bug", "failure", "fail", "missing"))
SET_ASIDE = -1  # a task or a note to self: neither a card nor part of an answer
_SENTENCE_ENDS = (".", "!", "?", ":", "。", "다", "요", "음", "함", "됨", "임", ")", "$")


def _looks_like_list(code: str) -> bool:
    """An indented "code" block that is really a list indented by mistake."""
    lines = [line for line in code.split("\n") if line.strip()]
    if not lines or not _LIST_MARKER.match(lines[0]):
        return False
    markers = sum(1 for line in lines if _LIST_MARKER.match(line))
    return markers * 2 >= len(lines) and not any(
        line.rstrip().endswith(("{", ";", "}")) for line in lines
    )


_LINK_LED_ITEM = re.compile(r"\s*(?:[-*+]|\d{1,9}[.)])\s+[*_]*(?:!?\[[^\]]*\]\(|<?https?://)")
_MID_PHRASE_ENDS = (",", ";", "(", "-", "–", "—", " and", " or", " of", " the", " a", " to")
_DEFINITION_LIST_MARK = re.compile(r":[ \t]+\S")


def _definition_list_entry(term_line: str, line: str) -> tuple[str, str] | None:
    """``Latency`` + ``: the time one request takes`` (a Pandoc / PHP Markdown Extra
    definition list): the term and its definition, or None."""
    if not _DEFINITION_LIST_MARK.match(line):
        return None
    term, definition = clean_term(term_line), line[1:].strip()
    if is_term(term) and is_definition(definition):
        return term, definition
    return None


class MarkdownWalker:
    """Walks one note's blocks and collects the cards they propose."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self.proposals: list[Proposal] = []

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

    # --- document and sections ---------------------------------------------------------

    def walk(self, sections: Sequence[Section[Block]]) -> None:
        for section in sections:
            if not section.skipped:
                self._section(section.heading, section.body, section.path)

    def _section(self, heading: Heading | None, body: Sequence[Block], context: Context) -> None:
        if heading is not None:
            title = heading.text.strip()
            split = split_term(title)
            if split is not None:
                self._propose(
                    Idiom.HEADING_TERM,
                    CardKind.BASIC,
                    split.term,
                    split.definition,
                    line=heading.line,
                    context=context[:-1],
                )
            before = len(self.proposals)
            item_results = self.blocks(body, context)
            label = title.strip(" *_")
            if split is None and is_definition_heading(label):
                self._stated_definition(heading, label, body, before, context)
            elif split is None and self._is_topic(heading, title, body):
                self._heading_card(heading, body, item_results, context)
        else:
            self.blocks(body, context)

    def _stated_definition(
        self, heading: Heading, label: str, body: Sequence[Block], before: int, context: Context
    ) -> None:
        """``### Definition 3.1 (Sample space)`` or ``### Definition`` + ``A **group** is ...``:
        the named (or emphasised) term asks, the paragraph under the heading answers, with
        a display formula right after it. Nothing when that paragraph made cards itself."""
        first = body[0] if body and body[0].kind in ("paragraph", "math") else None
        if first is None:
            return
        formula = len(body) > 1 and first.kind == "paragraph" and body[1].kind == "math"
        last = body[1] if formula else first
        lines = range(first.start + 1, last.end + 1)
        if any(card.line in lines for card in self.proposals[before:]):
            return
        answer = dedent(self.lines[first.start : last.end])
        term = labelled_term(label, answer)
        if term is not None and is_definition(answer):
            self._propose(
                Idiom.STATED_DEFINITION,
                CardKind.BASIC,
                term,
                answer,
                line=heading.line,
                context=context[:-1],
            )

    def _is_topic(self, heading: Heading, title: str, body: Sequence[Block]) -> bool:
        """A heading that names a topic: not a repeated category label, not a dated entry."""
        if heading.repeated or not is_title(title):
            return False
        first = body[0] if body else None
        return not (first is not None and first.kind == "paragraph" and is_date(first.text))

    def _heading_card(
        self, heading: Heading, body: Sequence[Block], item_results: list[int], context: Context
    ) -> None:
        """A heading whose body is mostly a plain list: the heading asks, the plain items answer.

        Items that already made cards of their own are left out of the answer.
        """
        every = [item for block in body if block.kind == "list" for item in block.children]
        if not every or len(every) != len(item_results):
            return
        items = [item for item, produced in zip(every, item_results, strict=True) if produced >= 0]
        results = [produced for produced in item_results if produced >= 0]
        plain = [item for item, produced in zip(items, results, strict=True) if not produced]
        if (
            len(plain) < _HEADING_CARD_MIN_PLAIN
            or 2 * len(plain) < len(items) - len(plain)
            or len(items) > _HEADING_CARD_MAX_ITEMS
        ):
            return
        answer = "\n".join(dedent(self.lines[item.start : item.end]) for item in plain)
        if answer.count("\n") >= _HEADING_CARD_MAX_LINES:
            return
        if 2 * sum(1 for item in plain if _LINK_LED_ITEM.match(self.lines[item.start])) > len(
            plain
        ):
            return  # a reading list
        question = clean_term(heading.text.strip())
        self._propose(
            Idiom.TOPIC, CardKind.BASIC, question, answer, line=heading.line, context=context[:-1]
        )

    # --- blocks --------------------------------------------------------------------------

    def blocks(self, body: Sequence[Block], context: Context) -> list[int]:
        """Cards from a run of sibling blocks; returns cards produced per top-level list item."""
        per_item: list[int] = []
        asked: Block | None = None  # a question paragraph waiting for the list that answers it
        for block in body:
            kind = block.kind
            if kind == "list":
                produced = self.list_block(block, context)
                if asked is not None:
                    self._question_card(asked, block, produced, context)
                    produced = [count + 1 if count >= 0 else count for count in produced]
                per_item.extend(produced)
            elif kind == "paragraph":
                self.paragraph(block, context)
            elif kind == "quote":
                self._quote(block, context)
            elif kind == "code" and _looks_like_list(block.text):
                per_item.extend(self._misindented_list(block, context))
            asked = block if kind == "paragraph" and self._asks(block) else None
        return per_item

    def _asks(self, paragraph: Block) -> bool:
        """A paragraph whose last line is a short question, answered by a list below it."""
        last = paragraph.text.rsplit("\n", 1)[-1].strip()
        return is_question(last) and is_term(clean_term(last))

    def _question_card(
        self, paragraph: Block, answers: Block, produced: list[int], context: Context
    ) -> None:
        """The question asks; the list items that made no cards of their own answer."""
        items = [item for item in answers.children if item.kind == "item"]
        plain = [item for item, count in zip(items, produced, strict=True) if count == 0]
        if not plain:
            return
        answer = "\n".join(dedent(self.lines[item.start : item.end]) for item in plain)
        lines = paragraph.text.split("\n")
        question = clean_term(lines[-1])
        at = paragraph.start + len(lines) - 1
        self._propose(
            Idiom.QUESTION_LIST, CardKind.BASIC, question, answer, line=at, context=context
        )

    def _quote(self, quote: Block, context: Context) -> None:
        """A block quote, or an Obsidian callout: ``> [!definition] Title`` + its body."""
        children = quote.children
        first = children[0] if children and children[0].kind == "paragraph" else None
        callout = _CALLOUT.match(first.text) if first is not None else None
        if first is None or callout is None:
            self.blocks(children, context)
            return
        if callout.group("kind").lower() in _CHATTER_CALLOUTS:
            return
        lines = first.text.split("\n")
        title = clean_term(callout.group("title"))
        body = joined(dedent(lines[1:]), self._quoted_source(children[1:]))
        term = labelled_term(title, body) if title and body else None
        if term is not None and is_definition(body):
            self._propose(
                Idiom.CALLOUT, CardKind.BASIC, term, body, line=first.start, context=context
            )
            self.blocks(children[1:], (*context, title))
            return
        self._definition_lines(first, lines, start=1, context=context, prose=True, fresh_start=True)
        self.blocks(children[1:], (*context, title) if title else context)

    def _quoted_source(self, blocks: Sequence[Block]) -> str:
        """The source of blocks inside a quote, without the ``>`` markers."""
        if not blocks:
            return ""
        quoted = self.lines[blocks[0].start : blocks[-1].end]
        return dedent([_QUOTE_MARKER.sub("", line) for line in quoted])

    def _misindented_list(self, block: Block, context: Context) -> list[int]:
        text = "\n".join(self.lines[block.start : block.end])
        reparsed = block_tree.parse(dedent_keeping_lines(text), shift=block.start)
        return self.blocks(reparsed, context)

    def list_block(self, block: Block, context: Context) -> list[int]:
        return [self.item(item, context) for item in block.children if item.kind == "item"]

    def _body_source(self, body: Sequence[Block], end: int) -> str:
        if not body:
            return ""
        return dedent(self.lines[body[0].start : end])

    def item(self, item: Block, context: Context) -> int:
        """Cards from one list item and everything nested in it; returns how many."""
        cards = self.proposals
        before = len(cards)
        children = item.children
        if not children or children[0].kind != "paragraph":
            self.blocks(children, context)
            return len(cards) - before
        first = children[0]
        rest = children[1:]
        text = first.text
        lines = text.split("\n") if "\n" in text else [text]
        head = lines[0]
        if head.startswith("[") and _TASK.match(head):
            self.blocks(rest, context)
            return SET_ASIDE
        # most items carry no markup: the hot path skips the call
        if has_markup(text) and self._explicit(first, lines, rest, item.end, context):
            self.blocks(rest, context)
            return len(cards) - before
        split, term = read_line(head)
        if split is None and term is None and is_note_to_self(head):
            self.blocks(rest, context)
            return SET_ASIDE
        if split is None and head.startswith(("**", "__")):
            split = bold_lead(head)
        explanation = (
            joined(dedent(lines[1:]), self._body_source(rest, item.end))
            if len(lines) > 1 or rest
            else ""
        )
        if split is not None:
            answer = joined(split.definition, explanation)
            self._propose(
                Idiom.TERM_LINE,
                CardKind.BASIC,
                split.term,
                answer,
                line=first.start,
                context=context,
            )
            if rest:
                self.blocks(rest, (*context, split.term))
            return len(cards) - before
        if term is not None and explanation and is_definition(explanation):
            self._propose(
                Idiom.NESTED_TERM,
                CardKind.BASIC,
                term,
                explanation,
                line=first.start,
                context=context,
            )
            self._definition_lines(first, lines, start=1, context=(*context, term))
            self.blocks(rest, (*context, term))
            return len(cards) - before
        defined = defined_in_sentence(head) if term is None else None
        if defined is not None:
            answer = joined(head.strip(), explanation)
            self._propose(
                Idiom.PROSE_DEFINITION,
                CardKind.BASIC,
                defined,
                answer,
                line=first.start,
                context=context,
            )
            self.blocks(rest, (*context, defined))
            return len(cards) - before
        if len(lines) > 1:
            self._definition_lines(first, lines, start=1, context=context)
        if rest:
            label = context_label(head)
            self.blocks(rest, (*context, label) if label else context)
        return len(cards) - before

    def paragraph(self, block: Block, context: Context) -> None:
        lines = block.text.split("\n")
        if self._explicit(block, lines, [], block.end, context):
            return
        if self._asks(block):
            return
        self._definition_lines(block, lines, start=0, context=context, prose=True)

    def _definition_lines(
        self,
        block: Block,
        lines: Sequence[str],
        *,
        start: int,
        context: Context,
        prose: bool = False,
        fresh_start: bool = False,
    ) -> None:
        """``Term: definition`` lines inside a paragraph, one card each.

        A line only counts when it starts the paragraph, follows a finished sentence, or
        follows a definition line that did not stop mid-phrase (lines of definitions without
        full stops), so that a colon in wrapped prose ("...review screen and\\ncompare:
        nothing...") is not mistaken for a definition. A wrapped line that starts nothing
        continues the answer of the definition above it.
        """
        open_card: int | None = None  # the card a wrapped line would continue
        for offset in range(start, len(lines)):
            line = lines[offset]
            if line.startswith("[^") or is_date(line):
                open_card = None
                continue
            previous = lines[offset - 1] if offset > 0 else ""
            fresh = (
                offset == 0
                or (fresh_start and offset == start)
                or previous.endswith(("  ", "\\"))
                or previous.rstrip().endswith(_SENTENCE_ENDS)
            )
            if offset > 0 and (entry := _definition_list_entry(previous, line)) is not None:
                at = block.start + offset - 1
                self._propose(
                    Idiom.DEFINITION_LIST, CardKind.BASIC, *entry, line=at, context=context
                )
                open_card = len(self.proposals) - 1
                continue
            if not fresh and open_card is None:
                continue  # wrapped prose
            split = bold_lead(line) or split_term(line)
            continues = split is None or previous.rstrip().endswith(_MID_PHRASE_ENDS)
            if open_card is not None and not fresh and continues:
                self._continue_answer(open_card, line)
                continue
            before = len(self.proposals)
            if split is not None:
                self._propose(
                    Idiom.TERM_LINE,
                    CardKind.BASIC,
                    split.term,
                    split.definition,
                    line=block.start + offset,
                    context=context,
                )
            elif prose and (named := named_in_prose(line)) is not None:
                at = block.start + offset
                self._propose(Idiom.PROSE_NAMING, CardKind.BASIC, *named, line=at, context=context)
            elif prose:
                for term, answer in definitions_in_line(line):
                    at = block.start + offset
                    self._propose(
                        Idiom.PROSE_DEFINITION,
                        CardKind.BASIC,
                        term,
                        answer,
                        line=at,
                        context=context,
                    )
            open_card = len(self.proposals) - 1 if len(self.proposals) > before else None

    def _continue_answer(self, index: int, line: str) -> None:
        card = self.proposals[index]
        answer = f"{card.answer} {line.strip()}" if card.answer else line.strip()
        self.proposals[index] = card._replace(answer=answer)

    # --- explicit markup -----------------------------------------------------------------

    def _explicit(
        self,
        block: Block,
        lines: Sequence[str],
        rest: Sequence[Block],
        end: int,
        context: Context,
    ) -> bool:
        """Cloze deletions, highlights and ``Q :: A`` lines; True if the block had any.

        Lines with their own markup are cards of their own; a cloze sentence wrapped over
        several lines is one card.
        """
        text = block.text
        if not has_markup(text):
            return False
        extra = self._body_source(rest, end)
        pairs = [explicit_pair(line) for line in lines]
        clozes = [cloze_of(line) for line in lines]
        if any(pairs) or (
            len(lines) > 1 and all(p or c for p, c in zip(pairs, clozes, strict=True))
        ):
            last = len(lines) - 1
            for offset, (pair, cloze) in enumerate(zip(pairs, clozes, strict=True)):
                answer_extra = extra if offset == last else ""
                if pair is not None:
                    kind = CardKind.REVERSED if pair.reversed else CardKind.BASIC
                    answer = f"{pair.answer}\n{answer_extra}" if answer_extra else pair.answer
                    at = block.start + offset
                    self._propose(
                        Idiom.EXPLICIT_PAIR, kind, pair.question, answer, line=at, context=context
                    )
                elif cloze is not None:
                    at = block.start + offset
                    self._propose(
                        Idiom.CLOZE,
                        CardKind.CLOZE,
                        cloze.strip(),
                        answer_extra,
                        line=at,
                        context=context,
                    )
            return True
        cloze = cloze_of("\n".join(lines))
        if cloze is None:
            return False
        self._propose(
            Idiom.CLOZE, CardKind.CLOZE, cloze.strip(), extra, line=block.start, context=context
        )
        return True


def propose(note: MarkdownNote) -> list[Proposal]:
    """The proposals of a markdown note."""
    walker = MarkdownWalker(note.lines)
    walker.walk(note.sections)
    return walker.proposals
