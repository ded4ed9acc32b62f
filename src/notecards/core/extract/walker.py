"""The walk over a note: its sections and blocks in order, asking each idiom for cards.

The walker carries what the idioms cannot see from one block: the context (the heading path
and the parent terms above a block), which blocks a list item's idioms already consumed,
and how many cards each list item produced (a heading whose list is mostly cards of their
own is a glossary, not a card itself). The idioms themselves are in
:mod:`notecards.core.extract.proposers`, one module each.

A list item is read by the first idiom that claims it: explicit markup, then
``Term: definition``, then a bare term explained by what is nested under it, then a
defining sentence. Tasks (``- [ ] ...``) and notes to self (``아직 모르겠다``) are set
aside: neither cards nor part of an answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import repeat
from operator import attrgetter

from notecards.core.extract import blocks as block_tree
from notecards.core.extract import follow_ups, list_shapes
from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import (
    clean_term,
    context_label,
    dedent,
    dedent_keeping_lines,
    joined,
)
from notecards.core.extract.facet_words import names_a_facet_of
from notecards.core.extract.note import FlatExportNote, Heading, MarkdownNote, Note, Section
from notecards.core.extract.patterns.headings import is_comparison, is_skipped_heading
from notecards.core.extract.patterns.markup import has_markup
from notecards.core.extract.patterns.splitting import is_note_to_self, is_option, read_line
from notecards.core.extract.patterns.written_questions import may_ask
from notecards.core.extract.proposal import Context, Proposal
from notecards.core.extract.proposers import (
    action_item,
    callout,
    commented_commands,
    explicit,
    flat_export,
    inline_statement,
    labelled_list,
    nested_term,
    options,
    outliner,
    parameters,
    prose_definitions,
    question_list,
    table_rows,
    term_lines,
    whole_section,
)

SET_ASIDE = -1  # what a task or a note to self produced: neither a card nor part of an answer
_TASK = re.compile(r"\[[ xX]\]\s")
_QUESTION = attrgetter("question")
_OPTION_LEADS = ("-", "`")


def propose(note: Note) -> list[Proposal]:
    """Every card a note's idioms propose, in the order they are found."""
    if isinstance(note, FlatExportNote):
        return flat_export.propose(note.sections)
    walker = MarkdownWalker(note)
    walker.walk()
    return walker.proposals


class MarkdownWalker:
    """Walks one markdown note's sections and blocks, collecting what its idioms propose."""

    def __init__(self, note: MarkdownNote) -> None:
        self.note = note
        self.lines = note.lines
        self.proposals: list[Proposal] = []
        self._reparsing: set[tuple[int, int]] = set()  # spans read again as lists
        self._reread: dict[tuple[int, int], list[Block]] = {}  # code blocks read as lists
        # the list being read, and whether it is a glossary in sentences (asked only of an
        # item opening in bold that is no "Term: definition", once per list: None until then)
        self._list: Block | None = None
        self._bold_sentences: bool | None = False
        self._written = note.may_ask_in_writing  # some "Q." line may be written out

    def walk(self) -> None:
        for section in self.note.sections:
            if not section.skipped:
                self.section(section)

    def section(self, section: Section[Block]) -> None:
        """A section's heading and body, then the idioms that read the section whole."""
        heading, body, path = section.heading, section.body, section.path
        above = path[:-1] if heading is not None else path
        heading_card = term_lines.in_heading(heading, body, self.lines, above) if heading else None
        if heading_card is not None:
            self.proposals.append(heading_card)
        before = len(self.proposals)
        per_item = self.blocks(body, path)
        if heading_card is not None:
            return  # a "Term: definition" heading is its section's card; nothing else reads it
        made = self.proposals[before:]
        if self._reread:  # an indented list read again: the section reads it as the list
            body = tuple(
                read
                for block in body
                for read in self._reread.get((block.start, block.end), (block,))
            )
        card = whole_section.card(
            heading,
            body,
            per_item=per_item,
            made=made,
            title=self.note.title,
            lines=self.lines,
            context=above,
        )
        self.proposals[before:] = made
        if card is not None:
            self.proposals.append(card)

    def blocks(self, body: Sequence[Block], context: Context) -> list[int]:
        """Cards from a run of sibling blocks; returns cards produced per top-level list item."""
        per_item: list[int] = []
        asked: follow_ups.Asking | None = None  # a paragraph waiting for what answers it
        explained: Block | None = None  # a block read as the explanation of the one before
        past_opening = False  # a list, code or quote ended the opening prose (a rule: anew)
        kind = "paragraph"
        for index, block in enumerate(body):
            if kind != "paragraph":  # the block before this one
                past_opening = kind != "hr"
            kind = block.kind
            if block is explained:
                asked = None
                continue
            if kind == "quote" and index + 1 < len(body):
                parameter = parameters.card(block, body[index + 1], self.lines, context)
                if parameter is not None:
                    self.proposals.append(parameter)
                    explained = body[index + 1]
                    continue
            if kind == "list":
                start = len(self.proposals)
                produced = self.list_block(block, context)
                if asked is not None:
                    card, produced = follow_ups.list_answer(
                        asked,
                        block,
                        made=self.proposals[start:],
                        per_item=produced,
                        lines=self.lines,
                        context=context,
                    )
                    if card is not None:
                        self.proposals.append(card)
                per_item.extend(produced)
            elif kind == "paragraph":
                after = body[index + 1] if index + 1 < len(body) else None
                stated = inline_statement.in_paragraph(block, after, self.lines, context)
                start = len(self.proposals)
                if stated is not None:
                    self.proposals.append(stated)
                else:
                    self.paragraph(block, context)
                    card = labelled_list.run_in(
                        block, produced=self.proposals[start:], context=context
                    )
                    if card is not None:
                        self.proposals.append(card)
                    elif led := follow_ups.led_on(self.proposals[start:], block, after, self.lines):
                        self.proposals[-1] = led  # "... such that:" + the formula under it
                if asked is not None:
                    self._answered_by(block, asked, start, context)
            elif kind == "quote":
                start = len(self.proposals)
                self.quote(block, context)
                if asked is not None:
                    self._answered_by(block, asked, start, context)
            elif kind == "table":
                heading = context[-1] if context else self.note.title
                self.proposals.extend(
                    table_rows.in_table(block, self.lines, context, compared=is_comparison(heading))
                )
            elif kind == "code" and list_shapes.looks_like_list(block.text):
                per_item.extend(self._misindented_list(block, context))
            elif kind in ("code", "fence"):
                self.proposals.extend(commented_commands.in_block(block, self.lines, context))
            asked = (
                follow_ups.asking(block, past_opening=past_opening) if kind == "paragraph" else None
            )
        return per_item

    def _answered_by(
        self, block: Block, asked: follow_ups.Asking, start: int, context: Context
    ) -> None:
        """The card the paragraph that ``asked`` gets from the paragraph or quote ``block``
        under it, whose own cards begin at ``start``."""
        made = self.proposals[start:]
        card = follow_ups.prose_answer(asked, block, made=made, lines=self.lines, context=context)
        if card is not None:
            self.proposals.append(card)

    def list_block(self, block: Block, context: Context) -> list[int]:
        proposals = self.proposals
        start = len(proposals)
        counts: list[int] = []
        spans: list[tuple[int, int]] = []
        outer = self._list, self._bold_sentences
        self._list, self._bold_sentences = block, None
        items = block.children
        apart = list_shapes.written_apart(items, self.lines)
        answer_of: Block | None = None  # an "- A. ..." item its "- Q. ..." item took
        for index, item in enumerate(items):
            if item.kind != "item":
                continue
            before = len(proposals)
            if item is answer_of:
                counts.append(1)
            elif (
                self._written
                and index + 1 < len(items)
                and self.lines[item.start].find("Q", 0, 12) >= 0
                and (card := explicit.answered_item(item, items[index + 1], self.lines, context))
            ):
                proposals.append(card)
                answer_of = items[index + 1]
                counts.append(1)
            else:
                # (an item whose text ends in no colon labels nothing: most skip the call)
                written_apart = item is apart or (
                    bool(item.children)
                    and item.children[0].text[-1:] in ":："
                    and list_shapes.labels_what_follows(item, self.lines)
                )
                counts.append(self.item(item, context, apart=written_apart))
            spans.append((before, len(proposals)))
        self._list, self._bold_sentences = outer
        # most lists ask no option: a test in C over their questions skips the loop
        made = proposals[start:]
        if any(map(str.startswith, map(_QUESTION, made), repeat(_OPTION_LEADS))) and any(
            is_option(p.question) for p in made
        ):
            asked = options.qualified([proposals[a:b] for a, b in spans], context)
            proposals[start:] = [proposal for item in asked for proposal in item]
        return counts

    def _source(self, body: Sequence[Block], end: int) -> str:
        """The source of blocks nested in an item, from the first to the item's ``end``."""
        if not body:
            return ""
        return dedent(self.lines[body[0].start : end])

    def item(self, item: Block, context: Context, *, apart: bool = False) -> int:
        """Cards from one list item and everything nested in it; returns how many.
        ``apart``: the lines under its first were written apart from the list."""
        proposals = self.proposals
        before = len(proposals)
        children = item.children
        if children and (children[0].kind != "paragraph" or "#" in children[0].text):
            if self.outliner_card(item, context):
                return len(proposals) - before
            if children[0].kind == "heading":
                self.headed_item(children[0], children[1:], context)
                return len(proposals) - before
        if not children or children[0].kind != "paragraph":
            self.blocks(children, context)
            return len(proposals) - before
        first = children[0]
        rest = children[1:]
        text = first.text
        lines = text.split("\n") if "\n" in text else [text]
        head = lines[0]
        if apart:
            lines = [head]  # the line under it was written apart from the list: not its own
        if head.startswith("[") and _TASK.match(head):
            self.blocks(rest, context)
            return SET_ASIDE
        # most items carry no markup: the hot path skips the call
        if has_markup(text) or (self._written and may_ask(text)):
            marked = explicit.in_block(first.start, lines, self._source(rest, item.end), context)
            if marked:
                proposals.extend(marked)
                self.blocks(rest, context)
                return len(proposals) - before
        split, term = read_line(head)
        if split is None and term is None and is_note_to_self(head):
            self.blocks(rest, context)
            return SET_ASIDE
        # the source of what is nested, cut once: the explanation holds it, and a bare term's
        # nested card (or a facet's) answers with it
        nested = self._source(rest, item.end) if rest else ""
        explanation = joined(dedent(lines[1:]), nested) if len(lines) > 1 else nested
        # a task's item is one line with its command nested under it: others skip the call
        action = (
            action_item.in_item(
                head, rest, self.lines, own_lines=len(lines), line=first.start, context=context
            )
            if rest and len(lines) == 1
            else None
        )
        if action is not None:
            proposals.append(action)
            self.blocks(rest[1:], (*context, action.question))
            return len(proposals) - before
        bold = split is None and head[:2] in ("**", "__") and self._in_bold_glossary()
        pairs = term_lines.in_item(
            head, split, explanation, first.start, context, bold_sentences=bold
        )
        if pairs:
            proposals.extend(pairs)
            if rest:
                self.blocks(rest, (*context, pairs[-1].question))
            return len(proposals) - before
        if term is not None:
            cards = nested_term.in_item(term, lines, nested, first.start, context)
            if cards:
                proposals.extend(cards)
                self.blocks(rest, (*context, term))
                return len(proposals) - before
        else:
            card = prose_definitions.in_item(head, explanation, first.start, context)
            if card is not None:
                proposals.append(card)
                self.blocks(rest, (*context, card.question))
                return len(proposals) - before
            if rest and len(lines) == 1 and names_a_facet_of(head):
                # "- 큰 블록을 쓰는 이유" + the reasons nested under it
                asked = clean_term(head)
                cards = nested_term.in_item(asked, lines, nested, first.start, context)
                if cards:
                    proposals.extend(cards)
                    self.blocks(rest, (*context, asked))
                    return len(proposals) - before
        if len(lines) > 1:
            proposals.extend(term_lines.in_paragraph(first.start, lines, start=1, context=context))
        if rest:
            label = context_label(head)
            self.blocks(rest, (*context, label) if label else context)
        return len(proposals) - before

    def _in_bold_glossary(self) -> bool:
        """Whether the list being read is a glossary written in bold sentences."""
        if self._bold_sentences is None:
            block = self._list
            self._bold_sentences = block is not None and list_shapes.opens_in_bold(block)
        return self._bold_sentences

    def outliner_card(self, item: Block, context: Context) -> bool:
        """An item tagged ``#card``, an outliner's flashcard (:mod:`.proposers.outliner`):
        its card, then what is nested under it. Whether it was one."""
        found = outliner.in_item(item, self.lines, context)
        if found is None:
            return False
        card, rest = found
        self.proposals.append(card)
        self.blocks(rest, (*context, context_label(card.question)))
        return True

    def headed_item(self, heading: Block, rest: Sequence[Block], context: Context) -> None:
        """A list item that opens with a heading (``- ## Setup``, an outliner's heading
        block): a section whose body is the rest of the item."""
        text = heading.text
        if not is_skipped_heading(text.strip()):
            found = Heading(heading.start, text, heading.level)
            path = (*context, context_label(text))
            self.section(Section(found, path, tuple(rest), skipped=False))

    def paragraph(self, block: Block, context: Context) -> None:
        lines = block.text.split("\n")
        if has_markup(block.text) or (self._written and may_ask(block.text)):
            marked = explicit.in_block(block.start, lines, "", context)
            if marked:
                self.proposals.extend(marked)
                return
        if question_list.asks(block):
            return  # the list below answers it
        self.proposals.extend(
            term_lines.in_paragraph(block.start, lines, start=0, context=context, prose=True)
        )

    def quote(self, quote: Block, context: Context) -> None:
        """A block quote, or an Obsidian callout: ``> [!definition] Title`` + its body."""
        found = callout.in_quote(quote, self.lines, context)
        if found is None:
            self.blocks(quote.children, context)
            return
        cards, rest, inner = found
        self.proposals.extend(cards)
        self.blocks(rest, inner)

    def _misindented_list(self, block: Block, context: Context) -> list[int]:
        """An indented code block that is a list: read again as markdown, lines kept."""
        span = (block.start, block.end)
        if span in self._reparsing:  # reading it again gave the same block: it is code
            return []
        text = "\n".join(self.lines[block.start : block.end])
        reparsed = block_tree.parse(dedent_keeping_lines(text), shift=block.start)
        self._reread[span] = reparsed
        self._reparsing.add(span)
        try:
            return self.blocks(reparsed, context)
        finally:
            self._reparsing.discard(span)
