"""What a section's body says, as its heading's answer: the blocks it opens with (past the
note's own metadata), which of them its own lines already made cards of, and the commands
in it. :mod:`.section_body` (a heading) and :mod:`.title_tip` (a note's title) read it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter
from typing import Final

from notecards.core.extract.actions import is_command
from notecards.core.extract.blocks import CODE_KINDS, Block
from notecards.core.extract.clean import dedent
from notecards.core.extract.patterns.discourse import first_sentence
from notecards.core.extract.patterns.english_naming import names_in_passing
from notecards.core.extract.patterns.linked_terms import opening_link_as_text
from notecards.core.extract.patterns.marked_names import names_at_its_end
from notecards.core.extract.patterns.metadata import is_metadata_paragraph
from notecards.core.extract.patterns.pointing_back import refers_back
from notecards.core.extract.patterns.sentences import ABBREVIATIONS, SENTENCE_BREAK, is_hangul
from notecards.core.extract.proposal import FROM_SENTENCES, Idiom, Proposal
from notecards.core.extract.proposers.block_text import block_source, is_aside, says_nothing

FOLLOWERS: Final = frozenset(("paragraph", "quote", "list", "math", "table")) | CODE_KINDS


def without_metadata(body: Sequence[Block]) -> Sequence[Block]:
    """The body without the note's own metadata written at its top (``Tags:`` and the list
    under it, ``Status: draft``): it says nothing about the subject."""
    start = 0
    while start < len(body) and says_nothing(body[start]):
        start += 1
    while start < len(body) and body[start].kind == "paragraph":
        if not is_metadata_paragraph(body[start].text):
            break
        lead_in = body[start].text.rstrip().endswith(":")
        start += 1
        if lead_in and start < len(body) and body[start].kind == "list":
            start += 1
    return body[start:] if start else body


def opening(body: Sequence[Block]) -> tuple[Block | None, Block | None]:
    """The body's first block that says something, and the block after it."""
    said: list[Block] = []
    for block in body:  # only the first two are needed: the rest of the body is not read
        if not says_nothing(block) and not (not said and is_aside(block)):
            said.append(block)
            if len(said) == 2:
                break
    first = said[0] if said else None
    return first, (said[1] if len(said) > 1 else None)


def command_of(block: Block, lines: Sequence[str]) -> str | None:
    """A code block's source when it is a command or two (up to three lines), else None."""
    code = block_source(block, lines)
    return code if is_command(code, fenced=block.kind == "fence") else None


def claims_of(
    block: Block, produced: Sequence[Proposal], *, titled: bool = False
) -> list[Proposal]:
    """The cards the block's own lines made (Term: definition, a defining sentence); a card
    on what a command in it is for leaves the paragraph to its heading too."""
    return [
        proposal
        for proposal in produced
        if block.start < proposal.line <= block.end
        and proposal.idiom is not Idiom.CODE_PURPOSE
        and not (
            (titled and (_says_what_code_does(proposal) or _names_what_came_before(proposal)))
            or _defines_a_link(proposal)
            or named_in_passing(proposal)
        )
    ]


def named_in_passing(proposal: Proposal) -> bool:
    """A card on a term its sentence names in passing (``Docker creates lightweight
    environments called containers``): the sentence speaks of something else, so the
    block it is in still answers its heading or label too."""
    return proposal.idiom is Idiom.PROSE_NAMING and names_in_passing(proposal.answer)


def _names_what_came_before(proposal: Proposal) -> bool:
    """A card naming what the sentence before it described (``Vim has an area off to the
    left ... This is sometimes called the gutter.``), or what the words before the name
    describe (``The unique identifier of a row is the *primary key*.``): under a one-tip
    note's title, a term named on the way to the tip, so the paragraph still answers the
    title."""
    if proposal.idiom is not Idiom.PROSE_NAMING:
        return False
    later = SENTENCE_BREAK.split(proposal.answer)[1:]
    return any(map(refers_back, later)) or names_at_its_end(proposal.answer)


def _defines_a_link(proposal: Proposal) -> bool:
    """A definition of what its sentence opens by linking to (``[pytest-recording](...) is
    a pytest plugin that ...``, ``The [Yup](...) library makes it easy to ...``): the tool a
    tip (under a note's title) or a section uses, so the paragraph still answers its heading
    too."""
    if proposal.idiom is not Idiom.PROSE_DEFINITION:
        return False
    shown, linked = opening_link_as_text(proposal.answer)  # as the term was read from it
    return linked > 0 and proposal.question.startswith(shown[:linked])


def _says_what_code_does(proposal: Proposal) -> bool:
    """A card on what a command or option in code does (```npm ls` can be used to list
    ...``, ``The `-m` flag can be used ...``): under a one-tip note's title, the tip the
    note gives, so the paragraph still answers the title (under a heading, the card on the
    code says what the section does)."""
    return (
        proposal.idiom is Idiom.PROSE_DEFINITION
        and proposal.question.startswith("`")
        and _CODE_QUESTION.fullmatch(proposal.question) is not None
    )


# code asked alone or with its kind (```npm ls```, ```-m` flag``, ```db` container``)
_CODE_QUESTION: Final = re.compile(r"`[^`]+`(?: [a-z]+)?")


def claimed(block: Block, produced: Sequence[Proposal]) -> bool:
    """Whether the block's own lines made cards (see :func:`claims_of`)."""
    return bool(claims_of(block, produced))


def unclaimed(
    block: Block,
    lines: Sequence[str],
    produced: Sequence[Proposal],
    *,
    asked: str = "",
    title: str = "",
) -> tuple[str, bool] | None:
    """The block's text, or the lines of a paragraph (or a quote) before the first one a
    sentence of its own made a card of (``Following an employee in.`` + ``Piggybacking is
    when ...``: the section is answered by what comes before the other term's definition),
    and whether that is the whole block; None when a card not made of a sentence (a term
    line) did, or the block's first line made a card: unless the line's first sentences,
    before the one that made it, speak of what the heading ``asked`` names (``## 분위수`` +
    ``... 백분위수가 있습니다. ... 특히 제25백분위수를 **제1사분위수** ...라고 하며``).
    With a ``title``, the block answers the note's title, which the sentences before a
    claiming one may speak of too (``The SKI Calculus is a combinator calculus. A
    combinator is ...``)."""
    claims = claims_of(block, produced, titled=bool(title))
    if not claims:
        return block_source(block, lines), True
    first = min(claims, key=attrgetter("line"))  # the claim on the block's earliest line
    first_claim = first.line
    if block.kind not in ("paragraph", "quote"):
        return None
    if any(proposal.idiom not in FROM_SENTENCES for proposal in claims):
        if block.kind == "quote" or first_claim == block.start + 1:
            return None
        # "헤더는 typ와 alg 두 정보를 지닙니다." + "alg : ...": the lines before the term
        # line say what the heading asks, when they end a sentence (a wrapped line that
        # breaks off, "... hit `crs` (e.g.", was cut by a term line taken for one)
        before = dedent(lines[block.start : first_claim - 1]).strip()
        return (before, False) if _ends_a_sentence(before) else None
    if block.kind == "quote":
        # a quote's later paragraph defines another term: the paragraphs before it answer
        before = block_source(block, lines, end=first_claim - 1)  # "" when its first claims
        return (before, False) if before else None
    if first_claim == block.start + 1:
        source = block_source(block, lines)
        # (a claiming sentence wrapped onto the next line is found in the whole paragraph)
        spoken_of = asked or title
        before = _before_the_claims(lines[block.start], claims, first_claim) or (
            _before_the_sentence(source, first.answer) if spoken_of else ""
        )
        if before and _speaks_of(before, spoken_of):
            if asked and _leads_up_to(before, source, claims, asked):
                # "X의 또다른 축은 **가지치기**입니다." + "... **Full tree**라고 하는데요." +
                # "이렇게 ... 결합해주어야 합니다.": the sentences before the other term's
                # name lead up to the heading, the ones after it say what it does
                return source, False
            return before, False
        after = _after_the_definition(source, claims, asked)
        if after:
            return after, False
        # "... 이를 `permutation invariance`라고 한다. 그렇기 때문에 `positional encoding`을
        # 사용하며, ...": another term named in passing; the paragraph, which goes on to
        # speak of the heading, answers it whole
        return (source, True) if _names_in_passing(source, claims, asked) else None
    before = dedent(lines[block.start : first_claim - 1]).strip()
    # a paragraph wrapped at a width: the claiming sentence may start inside its line, the
    # sentence before it ending there too ("... further generalize" + "complex numbers to
    # four dimensions. A quaternion is ..."): the text before that sentence answers
    return _before_the_sentence(block_source(block, lines), first.answer) or before, False


# a sentence that opens by saying what its subject is: the subject, a gloss in brackets, and
# the particle or the verb after them ("가지치기(pruning)란 ", "Pruning is ")
_DEFINES: Final = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:은|는|이란|란|이|가|is|are|refers)\s")
_SENTENCE_STOP: Final = re.compile(r"[.!?。](?:\s|$)")
# a paragraph a heading's card takes whole rather than cut before another term's name
_MAX_WHOLE: Final = 800


def _leads_up_to(before: str, paragraph: str, claims: Sequence[Proposal], asked: str) -> bool:
    """Whether the sentences of a paragraph ``before`` the ones naming other terms (``claims``)
    only lead up to the heading ``asked`` (``모델 학습의 또다른 축은 **가지치기**입니다.``,
    ``기존 SVM은 ...``) rather than open by saying what it is (``가지치기란 ...``), and the
    paragraph goes on past those names (``이렇게 ... 결합해주어야 합니다.``): then the whole
    paragraph, when short enough, answers the heading."""
    if len(paragraph) > _MAX_WHOLE:
        return False
    term = asked.split("(", 1)[0].strip().casefold()
    opening = before.lstrip("*_`").replace("**", "").replace("`", "").casefold()
    if len(term) >= 2 and opening.startswith(term) and _DEFINES.match(opening, len(term)):
        return False
    ends = [
        found + len(proposal.answer)
        for proposal in claims
        if (found := paragraph.find(proposal.answer[:_SENTENCE_PREFIX])) >= 0
    ]
    if len(ends) < len(claims):
        return False  # a card whose sentence is not read here as it is written: no guess
    # (a name's card may hold only the clause that names it: its sentence runs to its stop)
    stop = _SENTENCE_STOP.search(paragraph, max(ends) - 1)
    rest = paragraph[stop.end() :].strip() if stop is not None else ""
    # what it goes on to say, not to ask ("도대체 ...일까요?")
    return bool(rest) and "?" not in rest and _ends_a_sentence(rest)


_FIRST_WORDS: Final = 6  # enough of a sentence's words to find where it starts in its paragraph


def _before_the_sentence(source: str, sentence: str) -> str:
    """The text of a paragraph before ``sentence`` starts in it (whatever its line breaks),
    when what comes before ends a sentence; else ""."""
    words = sentence.split()[:_FIRST_WORDS]
    if not words:
        return ""
    found = re.search(r"\s+".join(map(re.escape, words)), source)
    before = source[: found.start()].strip() if found is not None else ""
    return before if before.endswith(_SENTENCE_ENDS) else ""


_SENTENCE_ENDS: Final = (".", "!", "?", "。")
# the syllables a Korean sentence ends in (다, and the nominal endings of notes: 함, 음, 됨, 임)
_KOREAN_SENTENCE_ENDS: Final = frozenset("다함음됨임요죠")


def _ends_a_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does: a stop (not an abbreviation's) or, in
    Korean, which often leaves the stop out, a sentence's last syllable (``... 구분함``)."""
    last = text.rstrip("*_ ")[-1:]
    if last in _SENTENCE_ENDS:
        return not text.rstrip("*_ ").endswith(ABBREVIATIONS)
    return last in _KOREAN_SENTENCE_ENDS


# words of a heading that say nothing of its subject
_FUNCTION_WORDS: Final = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "into",
        "how",
        "what",
        "why",
        "when",
        "about",
        "using",
        "use",
        "its",
        "are",
        "was",
    ]
)


def _speaks_of(text: str, asked: str) -> bool:
    """Whether ``text`` uses a word of the heading ``asked`` (as a part of its own words:
    ``분위수`` in ``백분위수``, ``process`` in ``processes``)."""
    said = text.casefold()
    return any(
        word in said
        for word in re.findall(r"\w{2,}", asked.casefold())
        if word not in _FUNCTION_WORDS and (len(word) >= 3 or any(map(is_hangul, word)))
    )


def _names_in_passing(paragraph: str, claims: Sequence[Proposal], asked: str) -> bool:
    """Whether a paragraph whose sentences define other terms (``claims``, none of them
    the heading ``asked``) speaks of the heading after the last of them."""
    if not asked or any(_speaks_of(proposal.question, asked) for proposal in claims):
        return False
    position, last = max(
        ((paragraph.find(proposal.answer[:_SENTENCE_PREFIX]), proposal) for proposal in claims),
        key=lambda found: found[0],
    )
    return position >= 0 and _speaks_of(paragraph[position + len(last.answer) :], asked)


# how much of a claiming sentence finds it in its line (a sentence card's answer may go on
# past its line: "This is called X. It is ...")
_SENTENCE_PREFIX: Final = 40


def _after_the_definition(paragraph: str, claims: Sequence[Proposal], asked: str) -> str:
    """What a paragraph says after the one sentence opening it that defines a term of the
    heading ``asked`` (``## 객체 정의`` + ``객체란 클래스로 만든 실체를 말한다.`` + ``객체에는
    메서드가 들어 있지 않다.``): the rest says what the heading asks; "" otherwise."""
    if len(claims) != 1 or not asked:
        return ""
    (claim,) = claims
    if claim.question.casefold() not in asked.casefold() or claim.question == asked:
        return ""
    if not paragraph.startswith(claim.answer):
        return ""
    rest = paragraph[len(claim.answer) :].strip()
    if "?" in first_sentence(rest):
        return ""  # "도대체 X란 뭘까요? ...": the writer asks on, says nothing yet
    return rest if _ends_a_sentence(rest) and _speaks_of(rest, asked) else ""


def _before_the_claims(line: str, claims: Sequence[Proposal], at: int) -> str:
    """The whole sentences of a paragraph's first line before the first sentence a card
    was made of (``집단의 위치를 보여 주는 값으로 백분위수가 있습니다. ... 특히 제25백분위수를
    **제1사분위수**...라고 하며``), or "" when that sentence opens the line."""
    starts = [
        line.find(proposal.answer.split("\n", 1)[0][:_SENTENCE_PREFIX])
        for proposal in claims
        if proposal.line == at
    ]
    found = [start for start in starts if start >= 0]
    if len(found) < len(starts):
        return ""  # a card whose sentence is not read here as it is written: no guess
    before = line[: min(found)].strip()
    return before if before.endswith(_SENTENCE_ENDS) else ""
