"""English sentences that name a term: ``X is called Y``, ``..., known as Y``, and names
given in passing, right after the thing they name, with no copula or comma before the naming
word: ``a greedy method called recursive binary splitting``, ``a function $f$ called an
_integrating factor_``, ``small pieces known as pages`` (such a sentence speaks of something
else). :mod:`.naming_sentences` reads Korean ones, and asks this module for English ones.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.patterns.marked_names import marked_name_alone
from notecards.core.extract.patterns.sentences import sentence_so_far
from notecards.core.extract.patterns.spans import MASK_CHAR, mask_opaque

# what follows "called" when a function is invoked, not a thing named ("is called by the
# runtime", "called when the page loads", "was called from")
INVOKED: Final = (
    "by|when|whenever|on|with|after|before|from|in|at|once|during|if|through|via|upon|inside"
    "|within|directly|automatically|again|only|every|each|twice|first|last|multiple|repeatedly"
)
# the name a naming sentence gives (an article before it is no part of it), and a gloss or a
# citation right after it: "called the _score_ (or gradient) [3]"
NAME_GIVEN: Final = (
    r"(?:an?\s+|the\s+)?(?P<term>[\"“*_]*[A-Za-z](?:[\w\- ]|\*(?=\w)|(?<=\w)\*){0,60}?[\"”*_]*)"
    r"\s*(?:\([^()]{0,80}\)\s*)?(?:\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\])?"
)

_ENGLISH_NAMING: Final = re.compile(
    r"(?=[iaw,])"  # the characters it can start with: one test where none is (keep in step)
    r"(?:\b(?:is|are|was|were)\s+(?:(?:also|often|commonly|sometimes|usually)\s+)?"
    r"(?:called(?!\s+(?:" + INVOKED + r")\b)|known\s+as|referred\s+to\s+as|termed"
    r"|named(?!\s+(?:after|for|by)\b))"
    # "A method for deciding where to sample next, often called the _acquisition function_":
    # a phrase that says what a thing is, then its name after a comma
    r"|,\s+(?:(?:also|often|commonly|sometimes|usually|typically)\s+)?"
    r"(?:called|known\s+as|referred\s+to\s+as|termed|dubbed)(?!\s+(?:for|on|off|out|up)\b))\s+"
    + NAME_GIVEN
    + r"(?:\s(?:respectively|if|iff|when|whenever|since|because|in)\b|[.,;:]|$|(?<=\])\s+and\b)",
    re.IGNORECASE,
)
ENGLISH_NAMING_WORDS: Final = ("called", "known", "referred", "termed", "named")

_PHRASAL_PARTICLES: Final = frozenset(
    ["away", "off", "up", "out", "back", "for", "upon", "on", "in", "into", "over", "down"]
)

# the naming word after a word (or a formula, blanked out), and the name; the name ends
# where a clause or a phrase of the sentence goes on ("... called TIPS to reduce ...")
_BARE_NAMING: Final = re.compile(
    r"(?<=[\w\"”'*_)\]\x00] )(?:(?:also|often|commonly|sometimes|usually|typically)\s+|so-?\s*)?"
    r"(?:called|known\s+as|termed|dubbed)\s+"
    r"(?!(?:for|on|off|out|up|like|it|them|him|her|me|you|us|this|that|these|those|"
    + INVOKED
    + r")\b)(?!(?:the\s+)?same\b)"
    + NAME_GIVEN
    + r"(?:\s(?:respectively|if|iff|when|whenever|since|because|in|for|to|that|which|with|from"
    r"|by|as|is|are|was|were|where|whose)\b|[.!](?!\S)|[,;:)]|$)",
    re.IGNORECASE,
)
# the word before a bare "called" when someone calls (a function, a meeting), or something
# is called on to run: no name is given ("They called the API", "can be called like a
# function", "the called function")
_CALLING: Final = frozenset(
    (
        *("i", "we", "they", "you", "he", "she", "it", "it's", "its", "that's", "who"),
        *("be", "been", "being", "get", "gets", "got", "getting", "is", "are", "was", "were"),
        *("has", "have", "had", "not", "never", "the", "a", "an", "just", "then", "when"),
        *("newly", "recently"),
        # "a quotient map (sometimes called an identification map)": another name for the
        # thing named before it, which has its own card
        *("also", "often", "commonly", "sometimes", "usually", "typically", "more"),
    )
)
# a sentence told in the first person: what the writer did or found ("I co-hosted a radio
# show called ...", "I mean there is a program called ..."), a story, not a term to learn
_FIRST_PERSON: Final = re.compile(r"\b(?:I|I'm|I’m|Im|my|My)\b")


def _bare_named(masked: str) -> re.Match[str] | None:
    """The first naming in passing in a line (its spans blanked out) whose word before
    says no one calls, told in no first person, inside a sentence (not ``Also known as
    CLRS.``, another name for what the heading names) and outside parentheses."""
    if not ("alled" in masked or "nown" in masked or "ermed" in masked or "ubbed" in masked):
        return None  # no naming word (most lines: a search for a word is faster than the
        # pattern's, which may start anywhere)
    for match in _BARE_NAMING.finditer(masked):
        before = masked[: match.start()].split()
        so_far = sentence_so_far(masked, match.start())
        if (
            so_far.strip()
            and not before[-1].startswith("(")
            # ("the so-called rising factorial": a name, whatever comes before)
            and (masked.startswith("so", match.start()) or _calls_nothing(before[-1]))
            and not _FIRST_PERSON.search(so_far)
        ):
            return match
    return None


def _calls_nothing(word: str) -> bool:
    """Whether the word before a bare ``called`` leaves it naming (see :data:`_CALLING`)."""
    return word.casefold().replace("’", "'") not in _CALLING


def _bare_term(term: str, masked: str, match: re.Match[str]) -> str:
    """The name a :func:`_bare_named` match gives, tidied as ``term``; "" when it is none."""
    if "  " in term or masked.startswith("()", match.end("term")):
        # "a group called Admins  any user ...": the name ran on past a gap; "a function
        # called initgui()": a function's name in a tutorial's steps, not a term
        return ""
    if term.islower():
        # "a single integer called semaphore and 2 atomic operations": a common noun's
        # name ends at the "and" that goes on to something else
        return term.split(" and ", 1)[0]
    return term


_JOINED: Final = re.compile(r"\s(?:so|but)\s|_\s+and\s+_", re.IGNORECASE)


def english_named(masked: str, line: str) -> tuple[str, int] | None:
    """The term an English sentence names (``masked``: ``line`` with its spans blanked out,
    see :func:`.spans.mask_opaque`) and where it starts: ``is called X``, ``, known as X``,
    or in passing, ``a method called X``."""
    bare = None if (match := _ENGLISH_NAMING.search(masked)) else _bare_named(masked)
    match = match or bare
    if match is None or MASK_CHAR in masked[match.start("term") : match.end("term")]:
        return None
    raw = line[match.start("term") : match.end("term")]
    raw = marked_name_alone(raw)  # "called the __partition function__ and is defined as:"
    term = raw.replace("*", "").strip(" \"“”'")
    if bare is not None and not (term := _bare_term(term, masked, bare)):
        return None
    if term.casefold() in _PHRASAL_PARTICLES or _JOINED.search(term):
        return None  # "called _A_ and _B_": two names; "called X so ...": a clause
    if masked[match.start()] == "," and " by " in term:
        return None  # "Never published, called trivial by reviewers": a judgement, no name
    return term, match.start("term")


def names_in_passing(sentence: str) -> bool:
    """Whether an English sentence names a term only in passing, right after the thing it
    names (``Docker creates lightweight environments called containers``): it speaks of
    something else, which the term's card leaves its paragraph to answer."""
    if "called" not in sentence and " as " not in sentence and "ed " not in sentence:
        return False
    masked = mask_opaque(sentence)
    return _ENGLISH_NAMING.search(masked) is None and _bare_named(masked) is not None
