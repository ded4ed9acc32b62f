"""Questions and answers tidied: markup around a term, indentation of an answer's lines.

Every rule that judges a term judges it tidied, so proposers call :func:`clean_term` on a
term as they read it; answers are markdown source cut out of the note, and :func:`dedent`
takes away the indentation they had there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from notecards.core.extract.proposal import Proposal

_WRAPPING_EMPHASIS = re.compile(r"^(\*\*|__|\*_|_\*|\*|_|~~)(?=\S)(.*?)(?<=\S)\1$")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]*\]")
_LEADING_SYMBOLS = re.compile(r"^[^\w$`(\[\"'“‘]+", re.UNICODE)
_SIGIL_NAME = re.compile(r"@[A-Za-z_]\w*\b")  # @Transient, @property: the sigil is the name
_WIKILINK = re.compile(r"!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]")
# ``Theorem 2 (Lagrange)``: a numbered statement that names what it states
LABELLED_NAME = re.compile(
    r"(?:definition|def|theorem|thm|lemma|corollary|proposition|prop|axiom|law|principle"
    r"|정의|정리|보조정리|따름정리|법칙)\.?\s*[\d.]*\s*[(（](?P<name>[^()（）]+)[)）]",
    re.IGNORECASE,
)
_CONTEXT_LABEL_CHARS = 60


def _unlink(match: re.Match[str]) -> str:
    return (match.group(2) or match.group(1)).strip()


def clean_term(term: str) -> str:
    """The term without wrapping emphasis, links, footnote marks, emoji or trailing colon.

    ``[[target|alias]]`` reads as its alias, and ``Theorem 2 (Lagrange)`` as ``Lagrange``.
    """
    term = term.strip()
    if not term:
        return term
    if "[^" in term:
        term = _FOOTNOTE_REF.sub("", term).strip()
    if "[[" in term:
        term = _WIKILINK.sub(_unlink, term).strip()
    if term[:1] in ("*", "_", "~"):
        previous = None
        while previous != term:
            previous = term
            match = _WRAPPING_EMPHASIS.match(term)
            if match:
                term = match.group(2).strip()
    if term and not (term[0].isalnum() or term[0] in "$`(\"'“‘[" or _SIGIL_NAME.match(term)):
        term = _LEADING_SYMBOLS.sub("", term).strip()
    if term.endswith((":", "：", " ")):
        term = term.rstrip(":： ")
    if term.endswith((")", "）")):
        labelled = LABELLED_NAME.fullmatch(term)
        if labelled:
            term = labelled.group("name").strip()
    return term


def context_label(text: str) -> str:
    """A heading or parent term as it shows in a card's context: tidied, first line, short."""
    label = clean_term(text.split("\n", 1)[0])
    if len(label) > _CONTEXT_LABEL_CHARS:
        label = label[: _CONTEXT_LABEL_CHARS - 1].rstrip() + "…"
    return label


def joined(*parts: str) -> str:
    """The non-empty parts, one per line."""
    return "\n".join(filter(None, parts))


def dedent(lines: Sequence[str]) -> str:
    """Lines joined with their common indentation and trailing spaces removed."""
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


def tidy(proposals: list[Proposal]) -> list[Proposal]:
    """Every proposal's question and answer tidied once proposed.

    Today proposers tidy terms as they read them (:func:`clean_term`, because the rules that
    judge a term judge it tidied) and cut answers from the source with :func:`dedent`, so
    nothing is left to do here; what applies to every card whatever its idiom (a facet word
    naming its subject, a section number leaving the question) belongs here.
    """
    return proposals
