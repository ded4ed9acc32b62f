"""The walk over a note: its sections and blocks in order, asking each idiom for cards.

The walker carries what the idioms cannot see from one block: the context (the heading path
and the parent terms above a block), which blocks a list item's idioms already consumed,
and how many cards each list item produced (a heading whose list is mostly cards of their
own is a glossary, not a card itself). The idioms themselves are in
:mod:`notecards.core.extract.proposers`, one module each; lists and their items are read by
:mod:`notecards.core.extract.list_walker`.
"""

from __future__ import annotations

from collections.abc import Sequence

from notecards.core.extract import blocks as block_tree
from notecards.core.extract import follow_ups, list_shapes, overview_parts
from notecards.core.extract.blocks import CODE_KINDS, Block
from notecards.core.extract.clean import dedent_keeping_lines
from notecards.core.extract.list_being_read import ListBeingRead
from notecards.core.extract.list_walker import ListWalker
from notecards.core.extract.note import FlatExportNote, MarkdownNote, Note, Section
from notecards.core.extract.patterns.dialogue import is_dialogue
from notecards.core.extract.patterns.headings import is_comparison
from notecards.core.extract.patterns.labels import is_numbered_part
from notecards.core.extract.patterns.markup import has_markup
from notecards.core.extract.patterns.written_questions import may_ask
from notecards.core.extract.proposal import Context, Proposal
from notecards.core.extract.proposers import (
    action_item,
    answered_question,
    callout,
    commented_commands,
    compared_items,
    explicit,
    flat_export,
    formula_lead,
    inline_statement,
    labelled_list,
    parameters,
    plain_labels,
    question_list,
    shown_error,
    table_rows,
    term_lines,
    whole_section,
)


def propose(note: Note) -> list[Proposal]:
    """Every card a note's idioms propose, in the order they are found."""
    if isinstance(note, FlatExportNote):
        return flat_export.propose(note.sections)
    walker = MarkdownWalker(note)
    walker.walk()
    return walker.proposals


class MarkdownWalker(ListWalker):
    """Walks one markdown note's sections and blocks, collecting what its idioms propose
    (its lists and their items: :class:`~notecards.core.extract.list_walker.ListWalker`)."""

    def __init__(self, note: MarkdownNote) -> None:
        self.note = note
        self.lines = note.lines
        self.proposals: list[Proposal] = []
        self._reparsing: set[tuple[int, int]] = set()  # spans read again as lists
        self._reread: dict[tuple[int, int], list[Block]] = {}  # code blocks read as lists
        # the list being read, whether it is a glossary in sentences and whether it glosses
        # code in every item (each asked once per list: see ListWalker)
        self._reading = ListBeingRead(None, nested=False)  # the list being read: none yet
        self._written = note.may_ask_in_writing  # some "Q." line may be written out
        # errors shown and fixed in the section being read: cards of their own, added once
        # the section is read whole (they answer no heading, so they take no section's card)
        self._errors: list[Proposal] = []

    def walk(self) -> None:
        for section in self.note.sections:
            if not section.skipped:
                self.section(section)

    def section(self, section: Section) -> None:
        """A section's heading and body, then the idioms that read the section whole."""
        heading, body, path = section.heading, section.body, section.path
        above = path[:-1] if heading is not None else path
        start = len(self.proposals)
        heading_card = (
            term_lines.in_heading(
                heading, body, self.lines, above, titles=heading.text.strip() == self.note.title
            )
            if heading is not None
            else None
        )
        if heading_card is not None:
            self.proposals.append(heading_card)
        before = len(self.proposals)
        # under "## Chapter 3" each topic opens with a label of its own, the first one too
        numbered_part = heading is not None and is_numbered_part(heading.text)
        per_item = self.blocks(body, path, opening_answers=not numbered_part)
        if heading_card is None:  # a "Term: definition" heading is its section's card: nothing
            self._whole(section, before, per_item)  # else reads the section whole
        if self._errors:
            self.proposals.extend(self._errors)
            self._errors.clear()
        # "The fix is to run:" + the command: a card ending in the colon takes what it announces
        self.proposals[start:] = follow_ups.with_announced_blocks(
            self.proposals[start:], body, self.lines
        )
        if heading is not None and len(self.proposals) > start:
            subject = above[-1] if above else self.note.title
            overview_parts.ask_once(self.proposals, start, heading.text, subject)

    def _whole(self, section: Section, before: int, per_item: list[int]) -> None:
        """The idioms that read a section whole, past the cards its blocks made from
        ``before`` on."""
        heading, body, path = section.heading, section.body, section.path
        above = path[:-1] if heading is not None else path
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
        # "## TCP vs UDP" + "- TCP requires a connection ...": each thing it compares
        compared = heading.text if heading is not None else self.note.title
        self.proposals.extend(compared_items.in_section(compared, body, self.lines, path, made))

    def blocks(
        self, body: Sequence[Block], context: Context, *, opening_answers: bool = True
    ) -> list[int]:
        """Cards from a run of sibling blocks; returns cards produced per top-level list item.
        ``opening_answers`` when the run's first block answers the heading over it."""
        per_item: list[int] = []
        asked: follow_ups.Asking | None = None  # a paragraph waiting for what answers it
        named: str | None = None  # what a paragraph that is only a marked name names
        explained: Block | None = None  # a block read as the explanation of the one before
        past_opening = False  # a list, code or quote ended the opening prose (a rule: anew)
        topic: str | None = None  # a name alone in bold: what the blocks after it explain
        topic_start = 0  # the first card made after that name
        kind = "paragraph"
        for index, block in enumerate(body):
            if kind != "paragraph":  # the block before this one
                past_opening = kind != "hr"
            kind = block.kind
            if block is explained:
                asked = None
                continue
            after = body[index + 1] if index + 1 < len(body) else None
            start = len(self.proposals)
            titled: str | None = None  # the bold name this paragraph opens with, explained
            if topic is not None and (
                kind == "hr"
                or (kind == "paragraph" and not labelled_list.goes_on_topic(block, after))
            ):
                # what a bold name heads ends at a rule, at the next bold label (a name or
                # not: "**Point-to-point**: ...") and at prose that moves on
                self._file_under_topic(topic, topic_start, start, context)
                topic = None
            if (
                kind == "quote"
                and after is not None
                and (parameter := parameters.card(block, after, self.lines, context))
            ):
                self.proposals.append(parameter)
                explained = after
                continue
            # "다음 예문과 같습니다." + "> 감탄문 : 꽃이 예쁘구나": instances shown, no terms
            examples = (
                kind in {"list", "quote"}
                and index > 0
                and follow_ups.announces_examples(body[index - 1])
            )
            if kind == "list":
                produced = self.list_block(block, context)
                if produced == [0] and (
                    task := action_item.over_code(body, index, self.lines, context)
                ):
                    self.proposals.append(task)  # "* 설정값 확인하는 방법" + the fence under it
                    produced, explained = [1], after
                if examples:
                    self.proposals[start:], produced = follow_ups.without_examples_shown(
                        self.proposals[start:], block, produced
                    )
                card = None
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
                label = named if asked is None or asked.label is None else asked.label
                if (
                    label is None
                    and card is None
                    and index > 1  # (the opening paragraph and its list answer the heading)
                    and body[index - 1].kind == "paragraph"
                    and len(self.proposals) > start
                    and (subject := follow_ups.lead_in_subject(body[index - 1]))
                ):
                    # "There are two kinds of scans:" + "- passive: ...": its entries, filed
                    # under what it says they are
                    self.proposals[start:] = follow_ups.filed_under_lead_in(
                        subject, self.proposals[start:], context
                    )
                if card is None and label is not None and len(self.proposals) > start:
                    # "**O_NONBLOCK**" or "Locality:" + "- spatial: ...": its entries,
                    # filed under it
                    self.proposals[start:] = follow_ups.filed_under(
                        label, self.proposals[start:], context
                    )
                per_item.extend(produced)
            elif kind == "paragraph":
                stated = inline_statement.in_paragraph(
                    block, after, self.lines, context, opening=not index and opening_answers
                ) or formula_lead.in_paragraph(block, after, self.lines, context)
                if stated is not None:
                    self.proposals.append(stated)
                else:
                    # "What are grid cells? Neurons that ...": the writer asks and answers (a
                    # paragraph that opens a section, or follows a label or a question, answers
                    # the heading, the title or what is over it instead)
                    if (index or not opening_answers) and asked is None and named is None:
                        self._answered_question(block, after, context)
                    self.paragraph(block, context)
                    card = labelled_list.run_in(
                        block, produced=self.proposals[start:], context=context
                    )
                    # "Shared responsibility model" + the lines saying it, no blank line between
                    labelled = card is None and plain_labels.in_paragraph(
                        block, self.proposals[start:], context, opening=not index
                    )
                    if labelled:
                        self.proposals.extend(labelled)
                    elif card is not None:
                        self.proposals.append(card)
                        if "\n" in block.text and labelled_list.opens_with_marked_label(block):
                            titled = card.question  # "**MLFQ**" + "adaptive scheduling"
                    elif led := follow_ups.led_on(self.proposals[start:], block, after, self.lines):
                        self.proposals[-1] = led  # "... such that:" + the formula under it
                    # "I got this error:" + the message + how it was fixed
                    if after is not None and shown_error.may_lead_to_error(block.text):
                        error = shown_error.card(block, body[index + 1 :], self.lines, context)
                        if error is not None and error.question not in (
                            each.question for each in self._errors
                        ):  # (the same message shown again, at a later try: asked once)
                            self._errors.append(error)
            elif kind == "quote":
                self.quote(block, context)
                if examples:
                    self.proposals[start:], _ = follow_ups.without_examples_shown(
                        self.proposals[start:], block, []
                    )
            elif kind == "table":
                heading = context[-1] if context else self.note.title
                self.proposals.extend(
                    table_rows.in_table(block, self.lines, context, compared=is_comparison(heading))
                )
            elif kind == "code" and (
                list_shapes.looks_like_list(block.text) or list_shapes.looks_like_prose(block.text)
            ):
                per_item.extend(self._misindented_list(block, context))
            elif kind in CODE_KINDS:
                before = body[index - 1] if index else None
                announced = (
                    before is not None
                    and before.kind == "paragraph"
                    and before.text.rstrip().endswith((":", "："))
                )
                self.proposals.extend(
                    commented_commands.in_block(block, self.lines, context, announced=announced)
                )
            if asked is not None and kind in ("paragraph", "quote"):
                self._answered_by(block, asked, start, context)
            if (
                asked is not None
                and kind in CODE_KINDS
                and asked.label is not None
                and labelled_list.asks_past_code(asked.paragraph, asked.label)
            ):
                continue  # "**1. ++i vs i++**" + the loops in code: the paragraph after says
            if kind == "list":
                # "1. Avoid wildcard imports" alone, then what explains it (most lists hold
                # more than one item: they skip the call)
                asked = (
                    follow_ups.numbered_label(block, after, produced, self.lines)
                    if len(block.children) == 1
                    else None
                )
                continue
            # a statement over its own list asks past the opening prose, and past the
            # opening paragraph too: the heading's answer is that paragraph, and a later one
            # that ends in a colon ("To de-correlate the trees, we:") says what its list is
            states = past_opening or (index > 0 and body[index - 1].kind == "paragraph")
            asked = (
                follow_ups.asking(
                    block, after, past_opening=states, first=not index and opening_answers
                )
                if kind == "paragraph"
                else None
            )
            named = labelled_list.marked_name(block) if kind == "paragraph" else None
            heads = named or titled
            if heads is not None and ":" not in heads:  # (not "**Type: Trojan**", a field)
                topic, topic_start = heads, len(self.proposals)
        self._file_under_topic(topic, topic_start, len(self.proposals), context)
        return per_item

    def _file_under_topic(self, topic: str | None, start: int, end: int, context: Context) -> None:
        """``**MLFQ**`` + its explanation + ``Basic Rules:`` + a list: the cards made from
        ``start`` to ``end``, after the bold name, filed under it (see
        :func:`follow_ups.filed_under_topic`)."""
        if topic is not None and end > start:
            self.proposals[start:end] = follow_ups.filed_under_topic(
                topic, self.proposals[start:end], context
            )

    def _answered_by(
        self, block: Block, asked: follow_ups.Asking, start: int, context: Context
    ) -> None:
        """The card the paragraph that ``asked`` gets from the paragraph or quote ``block``
        under it, whose own cards begin at ``start``."""
        made = self.proposals[start:]
        card = follow_ups.prose_answer(asked, block, made=made, lines=self.lines, context=context)
        if card is not None:
            self.proposals.append(card)

    def _answered_question(self, block: Block, after: Block | None, context: Context) -> None:
        """The card of a paragraph that asks a question and answers it, if it does."""
        if "?" in block.text:  # (most paragraphs ask nothing: they skip the call)
            card = answered_question.in_paragraph(block, after, self.lines, context)
            if card is not None:
                self.proposals.append(card)

    def paragraph(self, block: Block, context: Context) -> None:
        lines = block.text.split("\n")
        if has_markup(block.text) or (self._written and may_ask(block.text)):
            marked = explicit.in_block(block.start, lines, "", context)
            if marked:
                self.proposals.extend(marked)
                return
        if question_list.asks(block):
            return  # the list below answers it
        if is_dialogue(lines):
            return  # "s: So it cannot be taught?" / "m: So it seems.": speakers, no terms
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
        """An indented code block that is a list, or prose: read again as markdown, lines
        kept."""
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
