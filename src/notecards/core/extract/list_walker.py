"""The walk over a note's lists: each item read by the first idiom that claims it.

A list item is read by the first idiom that claims it: explicit markup, then
``Term: definition``, then a bare term explained by what is nested under it, then a
defining sentence. Tasks (``- [ ] ...``) and notes to self (``아직 모르겠다``) are set
aside: neither cards nor part of an answer. :class:`ListWalker` is the part of
:class:`~notecards.core.extract.walker.MarkdownWalker` that reads lists; what is nested in
an item goes back to the walker's :meth:`blocks`.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat
from operator import attrgetter
from typing import Final

from notecards.core.extract import list_shapes
from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term, context_label, dedent, joined
from notecards.core.extract.facet_words import names_a_facet_of
from notecards.core.extract.list_being_read import ListBeingRead
from notecards.core.extract.note import Heading, Section
from notecards.core.extract.patterns.headings import is_skipped_heading
from notecards.core.extract.patterns.labels import naming_label_split, states_a_result
from notecards.core.extract.patterns.leads import code_gloss
from notecards.core.extract.patterns.markup import has_markup
from notecards.core.extract.patterns.metadata import TASK_BOX
from notecards.core.extract.patterns.splitting import (
    TermSplit,
    is_note_to_self,
    is_option,
    read_line,
)
from notecards.core.extract.patterns.written_questions import may_ask
from notecards.core.extract.proposal import (
    MAX_LED_INTO_LINES,
    WRITTEN_AS_CARDS,
    Context,
    Idiom,
    Proposal,
)
from notecards.core.extract.proposers import (
    action_item,
    answered_question,
    explicit,
    inline_statement,
    nested_term,
    options,
    outliner,
    prose_definitions,
    term_lines,
)

# what a task or a note to self produced: neither a card nor part of an answer
SET_ASIDE: Final = -1
_QUESTION: Final = attrgetter("question")
_OPTION_LEADS: Final = ("-", "`")


# the longest heading or parent a generic word among sibling terms is asked under
_MAX_SUBJECT_CHARS: Final = 40


# an outliner's flashcard this long states something (a theorem, a claim) rather than
# naming a term: what is nested under it proves or explains it
_STATEMENT_WORDS: Final = 8


class ListWalker:
    """Reads lists and their items for :class:`~notecards.core.extract.walker.MarkdownWalker`."""

    lines: tuple[str, ...]
    proposals: list[Proposal]
    _reading: ListBeingRead  # the list being read
    _written: bool  # some "Q." line may be written out

    def blocks(self, body: Sequence[Block], context: Context) -> list[int]:
        """Cards from a run of sibling blocks (the walker's)."""
        raise NotImplementedError

    def section(self, section: Section) -> None:
        """A section's cards (the walker's)."""
        raise NotImplementedError

    def list_block(self, block: Block, context: Context) -> list[int]:
        proposals = self.proposals
        start = len(proposals)
        counts: list[int] = []
        spans: list[tuple[int, int]] = []
        outer = self._reading
        reading = self._reading = ListBeingRead(block, nested=outer.block is not None)
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
                reading.item_at = index
                counts.append(self.item(item, context, apart=written_apart))
            spans.append((before, len(proposals)))
        self._reading = outer
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
        if head.startswith("[") and TASK_BOX.match(head):
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
        if split is not None and self._reading.nested and list_shapes.works_something_out(split):
            # "- miss ratio = $1 - h$", "- smaller pages => more faults" under an item: a value
            # worked out or a consequence drawn, part of what the item above explains (the
            # item's card, if it makes one, answers with it), not a term of its own
            if rest:
                self.blocks(rest, (*context, split.term))
            return len(proposals) - before
        if split is None and (stated := inline_statement.in_item(first, rest, self.lines, context)):
            proposals.append(stated)  # "- Theorem. If ..., then ...", nothing nested under it
            return len(proposals) - before
        if split is None and ("? " in text or "?\n" in text):  # (most items skip the call)
            # "- Why not cache it? The input changes on every call": the item asks and answers
            # (not "- Bosonic or fermionic? -- Fermionic": a term line's pair)
            answered = answered_question.in_item(first, rest, self.lines, context)
            if answered is not None:
                proposals.append(answered)
                self.blocks(rest, context)
                return len(proposals) - before
        if (
            split is None
            and term is None
            and context
            and len(context[-1]) <= _MAX_SUBJECT_CHARS
            and self._reading.block is not None
        ):
            # "- Source : ..." among "- Round Robin : ...", "- Least Connections : ...": the
            # generic word names one of the list's things, asked under the list's subject (a
            # heading or a parent item that names it, not a sentence)
            labelled = naming_label_split(head)
            if labelled is not None and list_shapes.among_term_lines(self._reading.block, item):
                name, separator, definition = labelled
                split = TermSplit(f"{name} — {context[-1]}", definition, separator)
        if split is None and head[:1] == "`":
            # "- `ss -t` TCP sockets" among items all so: code and its gloss, each a card
            glossed = code_gloss(head)
            if glossed is not None and self._reading.glosses_code():
                split, term = glossed, None
        if split is None and term is None:
            if is_note_to_self(head):
                self.blocks(rest, context)
                return SET_ASIDE
            if "`" in head and (task := action_item.on_one_line(head, first.start, context)):
                # "- build image from a Dockerfile: `docker build .`": a task too long for a
                # term, and its command
                proposals.append(task)
                self.blocks(rest, (*context, task.question))
                return len(proposals) - before
        # "1. A : ..." + "B : ..." on the lines below it, no nested block: a pair each
        below = (
            term_lines.pairs_below(lines, first.start, context)
            if split and len(lines) > 1 and not rest
            else []
        )
        if below:
            lines = [head]
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
        bold = split is None and head[:2] in ("**", "__") and self._reading.in_bold_glossary()
        pairs = term_lines.in_item(
            head, split, explanation, first.start, context, bold_sentences=bold
        )
        if pairs:
            proposals.extend(pairs)
            if below:
                proposals.extend(below)
            if rest:
                self.blocks(rest, (*context, pairs[-1].question))
            return len(proposals) - before
        if term is not None:
            if self._reading.item_at and len(lines) == 1 and " " in term:
                # "- 이를 **두꺼운 꼬리**라고 함", read as a bare term: it names what the
                # items before it say
                card = prose_definitions.named_back(
                    head, nested, first.start, context, self._reading.earlier_items
                )
                if card is not None:
                    proposals.append(card)
                    self.blocks(rest, (*context, card.question))
                    return len(proposals) - before
            # "- $E_0=I+K\,dt$" + remarks nested under it: a derivation's step, no term
            equation = list_shapes.states_an_equation(term)
            cards = (
                [] if equation else nested_term.in_item(term, lines, nested, first.start, context)
            )
            if cards:
                proposals.extend(cards)
                self.blocks(rest, (*context, term))
                return len(proposals) - before
        if (
            rest
            and term is None
            and (len(lines) == 1 or inline_statement.is_display_formula(lines[1:]))
            and rest[-1].end - rest[0].start <= MAX_LED_INTO_LINES
            and states_a_result(head)
        ):
            # "- Theorem. Controlled-U can be built from CNOT and 1-qubit gates" + its short
            # proof or explanation nested under it: the statement asks, what is under it
            # answers (a long tree under it is a page of its own, its items cards)
            asked = clean_term(head)
            # "- Theorem. If ..., then ..." + its proof: what it assumes asks, what it
            # concludes (and the formula it ends with) and the proof answer
            if (by_assumption := inline_statement.asked_by_assumption(head)) is not None:
                concluded = joined(by_assumption[1], dedent(lines[1:]))
                asked, nested, lines = by_assumption[0], f"{concluded}\n\n{nested}", [head]
            cards = nested_term.in_item(asked, lines, nested, first.start, context)
            if cards:
                proposals.extend(cards)
                start = len(proposals)
                self.blocks(rest, (*context, context_label(head)))
                # what is nested under it is its proof or explanation, the card's answer, not
                # cards of its own: only a flashcard or a question written in it is one
                proposals[start:] = [
                    proposal
                    for proposal in proposals[start:]
                    if proposal.idiom in WRITTEN_AS_CARDS or proposal.question.endswith(("?", "？"))
                ]
                return len(proposals) - before
        if term is None or (len(lines) == 1 and not rest):
            # a short line with nothing under it, read as a bare term, may still say what its
            # topic does ("- `devcontainer.json` provides the overall configuration")
            earlier = self._reading.earlier_items if len(lines) == 1 else None
            card = prose_definitions.in_item(
                head, explanation, first.start, context, earlier=earlier
            )
            if card is None and self._reading.states_subjects():
                # "- $\top$ is the largest element" among items all so: each a card
                card = prose_definitions.stated_in_item(head, explanation, first.start, context)
            if card is not None:
                proposals.append(card)
                # "- ... $A$를 $B$의 **부분집합**이라 합니다. 이 때 $B$는 $A$의 **초월집합**이라
                # 합니다.": the item's later sentences may name terms of their own, the
                # item answering them too
                proposals.extend(
                    named._replace(answer=card.answer)
                    for named in prose_definitions.named_in_definition(
                        card.question, head, first.start + 1, context
                    )
                )
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

    def outliner_card(self, item: Block, context: Context) -> bool:
        """An item tagged ``#card``, an outliner's flashcard (:mod:`.proposers.outliner`):
        its card, then what is nested under it. Whether it was one."""
        found = outliner.in_item(item, self.lines, context)
        if found is None:
            return False
        card, rest = found
        self.proposals.append(card)
        start = len(self.proposals)
        self.blocks(rest, (*context, context_label(card.question)))
        if len(card.question.split()) >= _STATEMENT_WORDS:
            # a statement asked (a theorem, a claim): what is nested under it is its proof
            # or its explanation, the card's answer, not cards of its own; only a
            # flashcard nested in it is one
            self.proposals[start:] = [
                proposal
                for proposal in self.proposals[start:]
                if proposal.idiom is Idiom.OUTLINER_CARD
            ]
        return True

    def headed_item(self, heading: Block, rest: Sequence[Block], context: Context) -> None:
        """A list item that opens with a heading (``- ## Setup``, an outliner's heading
        block): a section whose body is the rest of the item."""
        text = heading.text
        if not is_skipped_heading(text.strip()):
            found = Heading(heading.start, text, heading.level)
            path = (*context, context_label(text))
            self.section(Section(found, path, tuple(rest), skipped=False))
