"""Questions and answers tidied: markup around a term, indentation of an answer's lines,
and the clutter a card never shows.

Every rule that judges a term judges it tidied, so proposers call :func:`clean_term` on a
term as they read it; answers are markdown source cut out of the note, and :func:`dedent`
takes away the indentation they had there. Once proposed, every card is tidied whatever
its idiom (:func:`tidy`): images, anchors, HTML, Obsidian links and stray emphasis go from
its question, answer and context (:mod:`.patterns.clutter`), and section numbers from its
question and context labels (:mod:`.patterns.numbering`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.patterns import clutter
from notecards.core.extract.patterns.chatter import CONTENT, without_notes_to_self
from notecards.core.extract.patterns.labels import is_generic_heading
from notecards.core.extract.patterns.numbering import (
    may_be_numbered,
    without_category,
    without_section_number,
)
from notecards.core.extract.patterns.sentences import ends_in_consonant, is_hangul
from notecards.core.extract.patterns.spans import KEY_NOTATION, escaped
from notecards.core.extract.patterns.trailing_leads import without_dangling_lines
from notecards.core.extract.patterns.written_questions import without_q
from notecards.core.extract.proposal import Context, Proposal
from notecards.core.model import CardKind

_WRAPPING_EMPHASIS: Final = re.compile(r"^(\*\*|__|\*_|_\*|\*|_|~~|==)(?=\S)(.*?)(?<=\S)\1$")
# an emphasis that opens a term and closes inside it, at the end of a word
_OPENING_EMPHASIS: Final = re.compile(r"^(\*\*|__|\*|_)(?=\S)([^*_]*?)(?<=\S)\1(?=[\s,.:?)]|$)")
_FOOTNOTE_REF: Final = re.compile(r"\[\^[^\]]*\]")
_LEADING_SYMBOLS: Final = re.compile(r"^[^\w$`(\[\"'“‘]+", re.UNICODE)
_SIGIL_NAME: Final = re.compile(r"@[A-Za-z_]\w*\b")  # @Transient, @property: the sigil is the name
_WIKILINK: Final = re.compile(
    r"!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\](?:\{([^{}\n]+)\})?"
)
# ``Theorem 2 (Lagrange)``: a numbered statement that names what it states (``Theorem 6.12
# (b)``, ``Lemma 3 (ii)``: a part of it, named by a letter, a numeral or a number, is no name)
LABELLED_NAME: Final = re.compile(
    r"(?:definition|def|theorem|thm|lemma|corollary|proposition|prop|axiom|law|principle"
    r"|정의|정리|보조정리|따름정리|법칙)\.?\s*[\d.]*\s*[(（]"
    r"(?!(?:[a-z]|[ivx]{1,4}|\d{1,2})[)）])(?P<name>[^()（）]+)[)）]",
    re.IGNORECASE,
)
_CONTEXT_LABEL_CHARS: Final = 60
# ``[Kullback-Leibler divergence](kl_divergence.md)``: a link to another note, its name (a
# link out to the web, ``[article](https://...)``, names a source, not a term)
_NOTE_LINK: Final = re.compile(r"\[([^\[\]]+)\]\((?![a-z]+:|www\.|#)[^()\s]+\)")


def _unlink(match: re.Match[str]) -> str:
    return (match.group(3) or match.group(2) or match.group(1)).strip()


_TRAILING_TAGS: Final = re.compile(r"(?:\s+#[^\s#\d][^\s#]*)+$")


# a separator with nothing after it, the definition on the lines under it
_TRAILING_SEPARATORS: Final = (" -", " –", " —", " ->", " →", " =>", " =")


# a symbol in math glued to the word it names a kind of (``$k$-means``, ``$n$-simplex``)
_GLUED_SYMBOL: Final = re.compile(r"\$([A-Za-z]{1,4})\$(?=-\w)")


def clean_term(term: str) -> str:
    """The term without wrapping emphasis or quotes, links, footnote marks, emoji, trailing
    tags or trailing colon, and with a symbol glued to a word out of math (``k-means``).

    ``[[target|alias]]`` reads as its alias, ``[Name](other-note.md)`` as ``Name``, and
    ``Theorem 2 (Lagrange)`` as ``Lagrange``.
    """
    term = term.strip()
    if "$-" in term:  # "$k$-means", "$NP$-hard": the math only sets the letters in italics
        term = _GLUED_SYMBOL.sub(r"\1", term)
    if (
        term[:1].isalnum()
        and "[" not in term
        and "<" not in term
        and ("#" not in term or " #" not in term)  # (one character is the faster search)
    ):
        last = term[-1:]
        if last.isalnum():
            return term  # a plain term, the common case: nothing below applies
        if last in ")）":  # a glossed term, ``Pooling (평균)``: only a labelled name applies
            labelled = LABELLED_NAME.fullmatch(term)
            return labelled.group("name").strip() if labelled else term
    if not term:
        return term
    if "<" in term:  # first: a tag's attributes may hold " #" (`style="background: #FFB8"`)
        term = clutter.html_as_text(term).strip()
    if " #" in term:  # "Exercises #Learning-TODO": an outliner's tags file it, they ask nothing
        term = _TRAILING_TAGS.sub("", term).strip() or term
    if "[^" in term:
        term = _FOOTNOTE_REF.sub("", term).strip()
    if "[[" in term:
        term = _WIKILINK.sub(_unlink, term).strip()
    elif term[:1] == "[" and term[-1:] == ")":
        note_link = _NOTE_LINK.fullmatch(term)
        if note_link:
            term = note_link.group(1).strip()
    if term[:1] in ("*", "_", "~", "="):
        previous = None
        while previous != term:
            previous = term
            match = _WRAPPING_EMPHASIS.match(term)
            if match:
                term = match.group(2).strip()
        if term[:1] in ("*", "_"):  # "***Context Switching* 이란?**": italics inside the bold
            opening = _OPENING_EMPHASIS.match(term)
            if opening:
                term = opening.group(2) + term[opening.end() :]
    if term[:1] in _OPENING_QUOTES:
        term = _unquoted(term)
    if (
        term
        and not (
            term[0].isalnum()
            or term[0] in "$`(\"'“‘[¬"  # ("¬steal": a negation, no decoration)
            or (term[0] == "!" and term[1:2].isalpha())  # ("!important": a keyword)
            or (term[0] == "-" and "가" <= term[1:2] <= "힣")  # ("-다가": a Korean ending)
            or _SIGIL_NAME.match(term)
            or escaped(term)
            or (term[0] == "<" and KEY_NOTATION.match(term))
        )
    ):
        term = _LEADING_SYMBOLS.sub("", without_section_number(term)).strip()
    if "`" in term and term.count("`") == 1 and (term[0] == "`" or term[-1] == "`"):
        term = term.strip("`").strip()  # "`dtype": a code span the writer left open
    if term.endswith((":", "：", " ")):
        term = term.rstrip(":： ")
    if term.endswith(_TRAILING_SEPARATORS):  # "Low Cost Strategy -" + what is nested under it
        term = term.rsplit(maxsplit=1)[0]
    if term.endswith("\\") and not term.endswith("\\\\"):
        term = term[:-1].rstrip()  # "Stack frame\\": a markdown line break, not the term's
    if term.endswith((")", "）")):
        labelled = LABELLED_NAME.fullmatch(term)
        if labelled:
            term = labelled.group("name").strip()
    return term


# a quote's closing mark for each opening mark
_PARENTHESES: Final = re.compile(r"\([^()]*\)|（[^（）]*）")


def squeezed(term: str) -> str:
    """A term as compared with another: tidied, without its glosses in parentheses, its
    case, its spaces or its code marks (``역행렬(inverse matrix)`` and ``역행렬`` are one
    term, and so are ```Subject``` and ``Subject``)."""
    return "".join(_PARENTHESES.sub("", clean_term(term)).casefold().replace("`", "").split())


def squeezed_glosses(term: str) -> list[str]:
    """The glosses a term gives in parentheses, each as :func:`squeezed` compares it
    (``부분 그래프(subgraph)`` -> ``["subgraph"]``): the other names it goes by."""
    return [squeezed(gloss[1:-1]) for gloss in _PARENTHESES.findall(clean_term(term))]


_OPENING_QUOTES: Final = {"'": "'", '"': '"', "“": "”", "‘": "’"}


def _unquoted(term: str) -> str:
    """``'이터러블 (Iterable)'`` -> ``이터러블 (Iterable)``: a term the writer put in quotes,
    when the quotes are a pair around it alone (``'it's'`` is left as it is)."""
    closing = _OPENING_QUOTES[term[0]]
    inner = term[1:-1]
    if len(term) < 3 or term[-1] != closing or term[0] in inner or closing in inner:
        return term
    return inner.strip()


# an image alone on a line (an outliner's block may carry its size: ``{:height 293}``)
_IMAGE_ONLY: Final = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)(?:\{[^}\n]*\})?")


_BOXED: Final = re.compile(r"\[\s+([^\[\]]+?)\s+\]")


def unboxed(label: str) -> str:
    """A label framed whole in spaced brackets (``[ 운영체제의 역할 ]``, a heading's frame),
    without the frame; any other label as it is (``[Swift] Mutating`` is a category before
    the name, ``[OS]`` alone may be the name)."""
    if label[:1] != "[" or (boxed := _BOXED.fullmatch(label)) is None:
        return label
    return boxed.group(1)


def context_label(text: str) -> str:
    """A heading or parent term as it shows in a card's context: tidied, first line, short;
    empty for an image, which names nothing."""
    first = text.split("\n", 1)[0]
    if first[:2] == "![" and _IMAGE_ONLY.fullmatch(first.strip()):
        return ""
    label = unboxed(clean_term(first))
    if len(label) > _CONTEXT_LABEL_CHARS:
        label = label[: _CONTEXT_LABEL_CHARS - 1].rstrip() + "…"
    return label


def joined(*parts: str) -> str:
    """The non-empty parts, one per line."""
    return "\n".join(filter(None, parts))


def dedent(lines: Sequence[str]) -> str:
    """Lines joined with their common indentation and trailing spaces removed."""
    if len(lines) < 2:  # most often none or one: that line stripped is the same
        return lines[0].strip() if lines else ""
    kept = [line.rstrip() for line in lines]
    while kept and not kept[-1]:
        kept.pop()
    while kept and not kept[0]:
        kept.pop(0)
    indents = [len(line) - len(line.lstrip()) for line in kept if line]
    cut = min(indents, default=0)
    return "\n".join(line[cut:] for line in kept)


def dedent_keeping_lines(text: str) -> str:
    """The text without its common indentation, blank lines kept (so line numbers stay)."""
    lines = text.split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents, default=0)
    return "\n".join(line[cut:] for line in lines)


# a run of stars closing an emphasis inside the question, outside code and math: before a
# Korean particle (``heapify*의``), or a bold mark (``Remote***(원격 저장소)``)
# (a name's own star stays: ``A* search``, ``L*``, ``F*``)
_STRAY_STARS: Final = re.compile(r"(?<=[^\s*\\])(?:\*+(?=[가-힣])|\*{2,}(?=[\s(,?.:;]|$))")
# an emphasis opened and closed inside the question (``protected Object **clone()**``)
_EMPHASIS_PAIR: Final = re.compile(r"(?<![\\*])(\*{1,3})(?=[^\s*])([^*\n]+?)(?<=[^\s\\*])\1(?!\*)")


def _without_stray_stars(question: str) -> str:
    """``sift*의 계산복잡성`` -> ``sift의 계산복잡성``: emphasis the question's term was cut
    out of leaves no mark (a question with code or math keeps its stars)."""
    if "`" in question or "$" in question or "\\*" in question:
        return question
    unmarked = _EMPHASIS_PAIR.sub(r"\2", question)  # "protected Object **clone()**"
    return _STRAY_STARS.sub("", unmarked).strip() or question


def _question(question: str) -> str:
    """A question without clutter and without its section number (``2-1. Loss`` asks
    ``Loss``; ``Case 2`` and ``3. 정리``, a part of the note and no topic, ask nothing)."""
    tidied = without_q(without_category(clutter.tidy_inline(question)))
    if "*" in tidied:
        tidied = _without_stray_stars(tidied)
    unnumbered = without_section_number(tidied)
    if unnumbered is tidied:
        return tidied
    unnumbered = clean_term(unnumbered)
    return "" if is_generic_heading(unnumbered) else unnumbered


def tidy_label(label: str) -> str:
    """A context label without clutter and without its section number (kept when it is
    nothing but a number: ``Week 3`` still says where a card is), and without the ``이란``
    of a heading that asks what its term is."""
    tidied = clutter.tidy_inline(label)
    tidied = without_section_number(tidied) or tidied
    return without_what_is(tidied) if "란" in tidied else tidied


def without_what_is(question: str) -> str:
    """``프로세스(Process) 란``, ``Servlet이란``, ``Index란 — 장점``: a heading or a term that
    asks what its term is asks the term (each part of a question named with its subject).
    A word that ends in 란 itself stays: ``혼란`` (란 after a closing consonant is no
    particle), ``외란`` (one syllable before it)."""
    return " — ".join(map(_term_of_what_is, question.split(" — ")))


def _term_of_what_is(part: str) -> str:
    if not part.endswith("란"):
        return part
    if part.endswith((" 이란", " 란")):
        stem = part[: -3 if part.endswith(" 이란") else -2].rstrip()
        return stem or part
    with_i = part.endswith("이란")
    stem = part[:-2] if with_i else part[:-1]
    last = stem[-1:]
    if not last:
        return part
    if last.isascii() and (last.isalnum() or last in ")`]"):
        return stem
    word = stem.rsplit(maxsplit=1)[-1]
    if not is_hangul(last) or len(word) < 2:
        return part  # "파란", "... 외란": a word of one syllable before 란 ends in it
    return stem if ends_in_consonant(last) == with_i else part


# an answer that opens with an arrow, "-> 데이터를 저장해두는 곳": the arrow only points at it
_LEADING_ARROWS: Final = ("-> ", "=> ", "→ ")


_QUOTE_MARKERS: Final = re.compile(r"^(?:>[ \t]?)+")


def _without_quote_markers(answer: str) -> str:
    """An answer cut from inside a block quote (``> > - creates a new set``, a callout's
    list) without the quote's markers, which every one of its lines carries; an answer
    that only opens with ``>`` (``> 0 means positive``, ``>> appends``) is left as it is."""
    lines = answer.split("\n")
    depths = []
    for line in lines:
        if not line.strip():
            continue
        markers = _QUOTE_MARKERS.match(line)
        if markers is None:
            return answer
        depths.append(markers.group(0).count(">"))
    if len(depths) < 2 and not (answer.startswith("> ") and answer[2:3].isalpha()):
        return answer  # one line: a quote only when words follow one marker
    depth = min(depths)
    return dedent([_unquoted_line(line, depth) for line in lines])


def _unquoted_line(line: str, depth: int) -> str:
    """A line of a block quote without its first ``depth`` markers (``> > - x`` -> ``- x``)."""
    for _ in range(depth):
        stripped = line.lstrip(" \t")
        stripped = stripped[1:] if stripped[:1] == ">" else stripped
        line = stripped[1:] if stripped[:1] == " " else stripped
    return line


def tidy(proposals: list[Proposal]) -> list[Proposal]:
    """Every proposal's question, answer and context tidied once proposed.

    Proposers tidy terms as they read them (:func:`clean_term`, because the rules that
    judge a term judge it tidied) and cut answers from the source with :func:`dedent`;
    what applies to every card whatever its idiom is done here.
    """
    contexts: dict[Context, Context] = {}
    tidied: list[Proposal] = []
    block, cloze, may_hold_clutter = clutter.tidy_block, CardKind.CLOZE, clutter.may_hold_clutter
    for proposal in proposals:
        kind, question, answer, _, context, _, _ = proposal
        tidy_context = contexts.get(context)
        if tidy_context is None:
            tidy_context = tuple(filter(None, map(tidy_label, context)))
            if tidy_context == context:
                tidy_context = context
            contexts[context] = tidy_context
        if kind is cloze:
            tidy_question = block(question)
        elif may_hold_clutter(question) or may_be_numbered(question) or question[:1] in "Q[":
            tidy_question = _question(question)
        else:
            tidy_question = question  # the common case: nothing to tidy
        if "란" in tidy_question and kind is not cloze:
            tidy_question = without_what_is(tidy_question)
        if tidy_question is not question and not CONTENT.search(tidy_question):
            tidy_question = ""
        if "means" in tidy_question and tidy_question.endswith(" means") and kind is not cloze:
            # "Process isolation means" + what it means: the term asks
            tidy_question = tidy_question[: -len(" means")].rstrip(" ,:")
        tidy_answer = block(answer) if may_hold_clutter(answer) else answer
        if tidy_answer[:1] in "-=→" and tidy_answer.startswith(_LEADING_ARROWS):
            tidy_answer = tidy_answer.split(maxsplit=1)[1] if " " in tidy_answer else ""
        if tidy_answer[:1] == ">":
            tidy_answer = _without_quote_markers(tidy_answer)
        if "\n" in tidy_answer:
            tidy_answer = without_notes_to_self(tidy_answer)  # "TODO: ..." under what it says
        if tidy_answer[-1:] in ":：":  # "... Here's the one I used:", "- Code:": cut off
            tidy_answer = without_dangling_lines(tidy_answer)  # from what it leads into
        if tidy_answer is not answer:
            # a cut line's rest may be indented; markup with no words left says nothing
            tidy_answer = dedent(tidy_answer.split("\n")) if CONTENT.search(tidy_answer) else ""
        elif tidy_question is question and tidy_context is context:
            tidied.append(proposal)  # the common case: nothing to tidy
            continue
        tidied.append(
            proposal._replace(question=tidy_question, answer=tidy_answer, context=tidy_context)
        )
    return tidied
