"""Shapes of lists the walker reads differently: a list (or prose) indented into a code
block by mistake, a glossary written as bold sentences, how many cards each item made itself,
whether enough items are left plain to answer what asks above the list, a reading list
(items that open with links), a sentence written right under a list as if apart, whether
an item stands among sibling terms, whether a nested item works something out, whether an
item is one equation (a derivation's step), and steps read with the short code written
under each."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile
from typing import Final

from notecards.core.extract.actions import command_lines
from notecards.core.extract.blocks import CODE_KINDS, Block
from notecards.core.extract.clean import dedent
from notecards.core.extract.item_heads import item_head
from notecards.core.extract.patterns.leads import code_gloss, expands_acronym
from notecards.core.extract.patterns.spans import top_level
from notecards.core.extract.patterns.splitting import TermSplit, read_line
from notecards.core.extract.proposal import Proposal

_LIST_MARKER: Final = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+\S")
_MIN_BOLD_ITEMS: Final = 2
# an item that opens with a link: a reading list's (a link's text may hold brackets of its
# own: ``[[Querydsl] - setup](https://...)``)
LINK_LED_ITEM: Final = re.compile(
    r"\s*(?:[-*+]|\d{1,9}[.)])\s+[*_]*(?:!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(|<?https?://)"
)


def looks_like_list(code: str) -> bool:
    """An indented "code" block that is really a list indented by mistake."""
    lines = [line for line in code.split("\n") if line.strip()]
    if not lines or not _LIST_MARKER.match(lines[0]):
        return False
    markers = sum(1 for line in lines if _LIST_MARKER.match(line))
    return markers * 2 >= len(lines) and not any(
        line.rstrip().endswith(("{", ";", "}")) for line in lines
    )


# what only code has, outside its inline code spans: statement ends and braces, an
# assignment or a comparison, a prompt, a comment, a call, markup, an error's name
_CODE_SIGNS: Final = re.compile(
    r"[;{}<>=|\\]|^\s*(?:[$#>%]|//|--|\.\.\.)|\w\(|\(\)|\]\(|^\s*[\w.]+\s*:\s*\S*$"
    r"|\w(?:Error|Exception|Warning)\b",  # an error's output
    re.MULTILINE,
)
_INLINE_CODE: Final = re.compile(r"`[^`\n]*`")
_WORDS_LIKE_PROSE: Final = 8
_PROSE_ENDS: Final = (".", "다", "요", "음", "함", "!", "?")
_MAX_PROSE_LINES: Final = 12


def looks_like_prose(code: str) -> bool:
    """An indented "code" block that is really prose indented by mistake (a paragraph under
    a heading, indented four spaces as if to set it off): sentences of words, with no sign
    of code outside its inline code spans."""
    lines = [line.strip() for line in code.split("\n") if line.strip()]
    if not lines or len(lines) > _MAX_PROSE_LINES or not lines[-1].endswith(_PROSE_ENDS):
        return False
    text = _INLINE_CODE.sub("code", "\n".join(lines))
    if _CODE_SIGNS.search(text) or len(text.split()) < _WORDS_LIKE_PROSE:
        return False
    words = text.split()
    wordy = sum(1 for word in words if word.strip(".,:!?'\"()").isalpha())
    return wordy * 4 >= len(words) * 3


def opens_in_bold(block: Block) -> bool:
    """Whether most items of a list (two at least) open with a bold term: a glossary
    written in sentences (``- **Gates** provide access ...``)."""
    items = bold = 0
    for item in block.children:
        if item.kind == "item":
            items += 1
            children = item.children
            if (
                children
                and children[0].text[:2] in ("**", "__")
                and children[0].kind == "paragraph"
            ):
                bold += 1
    return bold >= _MIN_BOLD_ITEMS and 2 * bold >= items


def own_cards(block: Block, made: Sequence[Proposal]) -> list[int]:
    """How many cards each item of a list made on its own first line."""
    items = [item for item in block.children if item.kind == "item"]
    return [sum(1 for proposal in made if proposal.line == item.start + 1) for item in items]


def plain_answer_items(items: Sequence[Block], produced: Sequence[int]) -> list[Block] | None:
    """The items that made no card of their own (``produced`` counts each item's), when
    they are enough to answer what asks above the list: one at least, and no fewer than
    half; else None, the items are the cards."""
    plain = [item for item, count in zip(items, produced, strict=True) if count == 0]
    if not plain or 2 * len(plain) < len(items):
        return None
    return plain


def is_reading_list(items: Sequence[Block], lines: Sequence[str]) -> bool:
    """Whether most items open with a link: a reading list, not an answer."""
    return 2 * sum(1 for item in items if LINK_LED_ITEM.match(lines[item.start])) > len(items)


def lists_links_only(text: str) -> bool:
    """Whether a nested list's source is items only, each opening with a link (``- 참조
    논문`` + ``* [One-Class SVM](https://...)``, a note under a link aside): where to read,
    no answer."""
    if "](" not in text and "http" not in text:
        return False
    rows = [row for row in text.split("\n") if row.strip()]
    if not all(_ITEM_START.match(row) for row in rows):
        return False
    top = [row for row in rows if row[:1] not in " \t"]
    return bool(top) and all(_ADDRESSED_LINK_ITEM.match(row) for row in top)


# an item opening with a link to somewhere (an empty ``[The]()``, an outliner's reference
# removed, leads nowhere; an image is no reading)
_ADDRESSED_LINK_ITEM: Final = re.compile(
    r"\s*(?:[-*+]|\d{1,9}[.)])\s+[*_]*(?:\[[^\[\]]*\]\([^)\s]+\)|<?https?://)"
)


_ITEM_START: Final = re.compile(r"\s*(?:[-*+]|\d{1,9}[.)])\s+")
# how a wrapped line's first line may end: mid-phrase, so the next line goes on with it
_WRAPS_ON: Final = (",", "(", "-", "/", "+", "=", "and", "or", "of", "the", "a", "to", "with", "및")


def written_apart(items: Sequence[Block], lines: Sequence[str]) -> Block | None:
    """The last item of a list of one-line items when the line under its first is a
    sentence written apart from the list (``- Code injection`` ``- Memory corruption`` +
    ``Assigns each pointer a code.``, ``- Magnesium rich`` + ``Often found at:``): to
    CommonMark it goes on with the item, not being indented to its text, but the writer
    wrote it under the list, of the note's subject. A list whose items each have lines
    under them is written so (``- ZoneOffset`` + ``UTC로부터 ...``), and a line that goes
    on with the first in lower case (``- an empty tree (undivided`` + ``feature space)``) is
    the item's."""
    if len(items) < 2:
        return None
    last = items[-1]  # the commonest case first, and the cheapest: a last item of one line
    if not last.children or last.kind != "item":
        return None
    paragraph = last.children[0]
    if paragraph.kind != "paragraph" or "\n" not in paragraph.text:
        return None
    if not all(_one_line(item) for item in items[:-1] if item.kind == "item"):
        return None
    head, under = lines[paragraph.start], lines[paragraph.start + 1]
    marker = _ITEM_START.match(head)
    if marker is None or len(under) - len(under.lstrip()) >= marker.end():
        return None  # indented to the item's text: the item's own
    first = under.lstrip()[:1]
    if not (first.isupper() or first in '*$`"' or "\uac00" <= first <= "\ud7a3"):
        return None  # goes on in lower case: a wrapped line
    head = head.rstrip()
    if head.endswith(_WRAPS_ON[:6]) or head.rsplit(" ", 1)[-1] in _WRAPS_ON:
        return None
    return last


def labels_what_follows(item: Block, lines: Sequence[str]) -> bool:
    """Whether the line under an item's first, not indented to its text, ends in a colon
    and so labels the items after it (``- Magnesium rich`` + ``Often found at:`` + ``-
    Oceanic crust``): CommonMark makes it the item's, but it heads what follows."""
    children = item.children
    if not children:
        return False
    paragraph = children[0]
    text = paragraph.text
    if text[-1:] not in ":：" or paragraph.kind != "paragraph" or text.count("\n") != 1:
        return False  # the common case first: an item's text does not end in a colon
    head, under = lines[paragraph.start], lines[paragraph.start + 1]
    marker = _ITEM_START.match(head)
    return marker is not None and len(under) - len(under.lstrip()) < marker.end()


def _one_line(item: Block) -> bool:
    """Whether an item is one line of text, with nothing nested under it."""
    children = item.children
    return len(children) == 1 and children[0].kind == "paragraph" and "\n" not in children[0].text


_MIN_SIBLING_TERMS: Final = 2


def among_term_lines(block: Block, item: Block) -> bool:
    """Whether two or more other items of the list ``block`` are ``Term: definition`` lines
    cut at a colon: ``item`` stands among terms."""
    found = 0
    for other in block.children:
        if other is item or other.kind != "item" or not other.children:
            continue
        first = other.children[0]
        if first.kind != "paragraph":
            continue
        split = read_line(first.text.split("\n", 1)[0])[0]
        if split is not None and split.separator in (":", "："):
            found += 1
            if found >= _MIN_SIBLING_TERMS:
                return True
    return False


# an item's sentence that opens with its subject and says what it is (``- $\top$ is the
# largest element``, ``- Cache hits are the number of ...``): a short name (no pronoun, no
# clause word, no ordinal), then "is" or "are" and a noun after an article; no question
_STATED_SUBJECT: Final = re.compile(
    r"(?:(?:A|An|The)\s+)?(?P<term>(?!(?:this|it|that|these|those|there|here|what|which|who"
    r"|why|how|he|she|they|we|i|you|if|when|since|suppose|let|note|so|thus|then|but|and|also"
    r"|each|every|all|some|most|one|another|the|a|an|its|their|our|my|your|first|second"
    r"|third|last|next|other|e\.g\.)\b)[$`A-Za-z][^\s,;:]*(?:\s+[^\s,;:]+){0,3}?)\s+(?:is|are)"
    r"\s+(?:also\s+)?(?:an?|the|one\s+of\s+the)\s+\S+[^?]*$",
    re.IGNORECASE,
)


def stated_subject(line: str) -> str | None:
    """The subject an item's sentence opens with and says what it is, or None."""
    found = _STATED_SUBJECT.match(line)
    return found.group("term") if found is not None else None


def states_subjects(block: Block) -> bool:
    """Whether every item of the list ``block`` (two or more) opens with a sentence that
    says what its own subject is (``- $\\top$ is the largest element ...``, ``- $\\bot$ is
    the smallest ...``): a glossary written as sentences, each item a card."""
    items = [item for item in block.children if item.kind == "item"]
    if len(items) < _MIN_SIBLING_TERMS:
        return False
    subjects = set()
    for item in items:
        if not item.children or item.children[0].kind != "paragraph":
            return False
        subject = stated_subject(item.children[0].text.split("\n", 1)[0])
        if subject is None:
            return False
        subjects.add(subject.casefold())
    return len(subjects) == len(items)  # (one subject said again and again is no glossary)


def glosses_code(block: Block) -> bool:
    """Whether every item of the list ``block`` (two or more) opens with code glossed by a
    short phrase (``- `ss -l` listening sockets``, ``- `ss -t` TCP sockets``): a table of
    commands or keys written as a list, each item a card."""
    items = [item for item in block.children if item.kind == "item"]
    if len(items) < _MIN_SIBLING_TERMS:
        return False
    for item in items:
        if not item.children or item.children[0].kind != "paragraph":
            return False
        if code_gloss(item.children[0].text.split("\n", 1)[0]) is None:
            return False
    return True


# the equals and implies signs: a nested item written with one works something out under
# the item above it (a value, an equation, a consequence) rather than naming a term
_WORKING_SIGNS: Final = frozenset(("=", "=>"))
# parts added up outside brackets: "B + C" says what the name on the left is made of
_MADE_OF: Final = re.compile(r"\S\s+\+\s+\S")


def works_something_out(split: TermSplit) -> bool:
    """Whether a nested item's ``A = B`` or ``A => B`` works something out under the item
    above it (``miss ratio = $1 - h$``, ``page 3 = offset 20``, ``smaller pages => more
    faults``) rather than glossing a name: a symbol or code (``$h$ = the hit ratio``,
    ```-r` = recurse into folders``), an acronym spelled out (``PTE = Page Table Entry``)
    and what a name is made of (``frame = header + payload + checksum``) are glossed."""
    term = split.term
    return (
        split.separator in _WORKING_SIGNS
        and not (len(term) == 1 or term[:1] in "`$")
        and not expands_acronym(term, split.definition)
        and _MADE_OF.search(top_level(split.definition)) is None
    )


_STEP_CODE_LINES: Final = 3


def with_step_code(
    body: Sequence[Block], items: Sequence[Block], shown: Sequence[int], lines: Sequence[str]
) -> str | None:
    """The list as steps, each with the short code under it (``1) 압축 해제`` + a fence with
    ``tar -xvzf ...``, then ``2) ...`` + its fence): a tutorial's steps are their commands,
    and the numbers alone say nothing to learn. None when no list is followed by such code,
    or a step's code is longer than a command or two (a program is no card's answer); None
    too when more lists have code right above them than below (``make -j 8`` + ``- Runs 8
    jobs``, and so on: each item explains the code above it). ``items`` are the lists' items
    the answer holds and ``shown`` how many cards each made, as :func:`.topic.whole_list`
    reads them."""
    after: dict[int, list[Block]] = {}  # a list's last item -> the code right under the list
    above = 0  # lists with code right above them
    for index, block in enumerate(body[:-1]):
        if block.kind != "list" or not block.children:
            above += block.kind in CODE_KINDS and body[index + 1].kind == "list"
            continue
        code = list(takewhile(lambda block: block.kind in CODE_KINDS, body[index + 1 :]))
        said = sum(
            len(command_lines(dedent(lines[one.start : one.end]), fenced=one.kind == "fence"))
            for one in code
        )
        if said > _STEP_CODE_LINES:
            return None
        if said:  # (an empty fence shows nothing)
            after[block.children[-1].start] = code
    if not after or above > len(after):
        return None
    parts = []
    for item, count in zip(items, shown, strict=True):
        if count < 0:
            continue
        parts.append(dedent(lines[item.start : item.end]) if count == 0 else item_head(item, lines))
        if count == 0:  # (an item that is a card of its own shows its first line)
            parts.extend(
                dedent(lines[one.start : one.end]).strip("\n") for one in after.get(item.start, ())
            )
    return "\n".join(parts)


# an item that is one inline formula stating an equation (``$E_0 = I + K\,dt$``,
# ``$\vec q \equiv (q_1, \ldots, q_n)$``): a line of a derivation, not a name
_EQUATION_ITEM: Final = re.compile(r"\$[^$]*?(?<![<>!\\])(?:=|\\equiv\b|\\coloneqq\b)[^$]*\$")


def states_an_equation(term: str) -> bool:
    """Whether an item read as a bare term is one inline formula that states an equation
    (``$E_0=I+\\frac{1}{\\hbar}K\\,dt$``, ``$(p-p')^\\mu \\Gamma_\\mu = 0$``): a step of
    working something out, what is nested under it remarks on the step, and the formula
    is nothing a learner could be asked to explain as a term. A formula that names
    (``$\\phi^4$ theory``, ``$\\beta$-function``) has words outside its dollars."""
    return term[:1] == "$" and term[1:2] != "$" and _EQUATION_ITEM.fullmatch(term) is not None
