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

# a clause that goes on to give another thing its name: "..., and B is called Y"
NEXT_NAMING: Final = (
    r",?\s+(?:and|while|whereas)\s+(?:the\s+|an?\s+)?[^,.;:\n]{1,60}?\s+"
    r"(?:is|are|was|were)\s+(?:also\s+)?called\s"
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
    # (or the name's symbol right after it: "is called the survival function $S(x)$.")
    + r"(?:\s(?:respectively|if|iff|when|whenever|since|because|in)\b|[.,;:]|$|(?<=\])\s+and\b"
    # ("A is called the _X_ and B is called the _Y_": the first name ends at the "and" that
    # goes on to name another thing)
    + r"|(?="
    + NEXT_NAMING
    + r")"
    + r"|\s+\x00)",
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


# the naming words of :data:`_BARE_NAMING` but their first letter ("called", "Called"),
# looked for before it: a search for a word is faster than the pattern's, which may start
# anywhere, and most lines hold none (nor one ignoring case, which folds every character)
_BARE_NAMING_WORDS: Final = ("alled", "nown", "ermed", "ubbed")


def _holds_any(line: str, words: tuple[str, ...]) -> bool:
    """Whether ``line`` holds one of ``words`` (a pattern's naming words, looked for first)."""
    return any(word in line for word in words)


def _bare_named(masked: str) -> re.Match[str] | None:
    """The first naming in passing in a line (its spans blanked out) whose word before
    says no one calls, told in no first person, inside a sentence (not ``Also known as
    CLRS.``, another name for what the heading names) and outside parentheses."""
    if not _holds_any(masked, _BARE_NAMING_WORDS):
        return None  # no naming word: most lines
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


# words that link a name to a formula after it, which is then a part of what is named
_LINKING: Final = frozenset(
    (
        *("of", "for", "over", "at", "on", "to", "in", "by", "and", "or", "the", "a", "an"),
        *("with", "from", "centered", "denoted", "type", "order", "degree", "rank", "term"),
    )
)


_JOINED: Final = re.compile(r"\s(?:so|but)\s|_\s+and\s+_", re.IGNORECASE)

# the words that may follow a name when the sentence goes on ("called **MoCA** for ...",
# "called the _real part_ and ...", "named “X” by ...")
_GOES_ON: Final = (
    "of|for|and|or|in|on|at|to|by|with|from|is|are|was|were|if|iff|when|whenever|which|that"
    "|because|since|where|whose|as|respectively|denoted|written|defined|but|so|than|over"
    "|under|between|after|before|then|we|it|this|these|here|there|see"
)
# a name its marks close (quoted, bold, italic, an html or TeX emphasis), whatever the
# sentence goes on to say after it: "is called the *clip coordinates* of $p$", "a standard
# called **MoCA** - for ...", "is called the “maxsim” for each token"
_MARKED: Final = (
    r"(?:an?\s+|the\s+)?(?P<term>(?:\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”|\*\*[^*\n]{1,60}\*\*"
    r"|__[^_\n]{1,60}__|\*[^*\s][^*\n]{0,59}(?<!\s)\*(?!\*)|(?<!\w)_[^_\s][^_\n]{0,59}(?<!\s)_(?!\w)"
    r"|\x00{3,8}[^\x00\n]{1,60}\x00{4,9}|\{\\(?:em|it|bf)\s[^{}\n]{1,60}\})"
    # (a part of a name marked, one noun after it: "known as the **foundry** model.")
    r"(?:\s+(?!(?:" + _GOES_ON + r")\b)[^\W\d_][\w-]*"
    r"(?=\s*(?:[.,;:]|$)|\s+(?:for|of|and|or|which|that|is|are|was|were)\b))?)"
    r"(?!\s+(?!(?:" + _GOES_ON + r")\b)[^\W\d_][\w-]*)"
)
_ADVERB: Final = r"(?:(?:also|often|commonly|sometimes|usually|typically)\s+)"
_MARKED_NAMING: Final = re.compile(
    # after a copula or a comma, or in passing after a word or a formula (one or two spaces)
    r"(?:\b(?:is|are|was|were)\s+" + _ADVERB + r"?|,\s+" + _ADVERB + r"?"
    r"|(?P<bare>(?:(?<=[\w\"”'*_)\]\x00] )|(?<=[\w\"”'*_)\]\x00]  ))" + _ADVERB + r"?))"
    r"(?:called(?!\s+(?:" + INVOKED + r")\b)|known\s+as|referred\s+to\s+as|termed|dubbed"
    r"|named(?!\s+(?:after|for|by)\b))\s+" + _MARKED,
    re.IGNORECASE,
)
# a writer or a field giving a name: "the authors call the classifier a "JEM"", "They term
# this gain the __Expected Value__", "Strang dubs the exponential term the _growth factor_",
# "We call our approach {\em RADD}"; and "A commonly used term for the prefactor is the
# **Wronskian**". The name is marked (or in Title Case), the thing named before it
_ACTIVE_NAMING: Final = re.compile(
    r"(?:(?:\b(?:[Ww]e|[Tt]hey|[Aa]uthors|[Ww]riters|[Pp]eople|[Rr]esearchers|[Ee]ngineers"
    r"|[Pp]hysicists|[Mm]athematicians|[Ss]tatisticians)"
    r"(?:\s+(?:will|shall|often|usually|commonly|sometimes|also|then|now|instead))?"
    r"\s+(?:call|term|dub|name)|(?<=\w )(?<!\bin )(?:dubs|dubbed|terms))"
    r"\s+[^.;:!?\x00\"“*_{]{1,60}?\s+"
    r"|\b(?:[Tt]erm|[Nn]ame)\s+for\s+[^.;:!?\n]{1,60}?\s+is\s+)"
    # (not one of two names: "we term them the _actor_ and the _critic_")
    r"(?:" + _MARKED + r"(?!\s+(?:and|or)\s+(?:the\s+)?(?:\w+\s+)?[*_\"“])"
    r"|(?:the\s+)?(?P<title>[A-Z][\w-]*(?:\s+(?:of|for|and|in|on|to|[A-Z][\w-]*)){1,5})"
    r"(?=\s*(?:\([A-Z][A-Za-z]{1,9}\))?\s*(?:[.:;,]|$)))"
)

# the naming verbs of :data:`_ACTIVE_NAMING` ("call", "term", "dub", "name for"), looked
# for before it
_ACTIVE_NAMING_WORDS: Final = ("call", "erm", "dub", "ame ")


def _copula_named(masked: str) -> re.Match[str] | None:
    """The first :data:`_ENGLISH_NAMING` match in a line, but not a name that runs on to a
    formula that is no symbol of it ("is called the fiber over $y$": what it is over)."""
    for match in _ENGLISH_NAMING.finditer(masked):
        if masked[match.end() - 1] != MASK_CHAR or _LINKING.isdisjoint(
            match.group("term").casefold().split()
        ):
            return match
    return None


def _marked_named(masked: str) -> re.Match[str] | None:
    """The first name in marks after a naming word (:data:`_MARKED_NAMING`) whose word
    before, when it has no copula or comma, says no one calls (as :func:`_bare_named`)."""
    for match in _MARKED_NAMING.finditer(masked):
        if match.group("bare") is None:
            return match
        if masked.startswith("named", match.end("bare")):
            continue  # "a session named *main*": what a tutorial's step calls its thing
        before = masked[: match.start()].split()
        so_far = sentence_so_far(masked, match.start())
        if (
            so_far.strip()
            and not before[-1].startswith("(")
            and _calls_nothing(before[-1])
            and not _FIRST_PERSON.search(so_far)
        ):
            return match
    return None


def _actively_named(masked: str) -> tuple[int, int] | None:
    """Where the name an active naming sentence gives (:data:`_ACTIVE_NAMING`) starts and
    ends: a marked name, or a name in Title Case, right after the thing named."""
    if not _holds_any(masked, _ACTIVE_NAMING_WORDS):
        return None  # (no naming verb, nor "term for" or "name for": most lines)
    for match in _ACTIVE_NAMING.finditer(masked):
        before = masked[: match.start()]
        if before.count("(") > before.count(")"):
            continue  # "(they call it a "Managed Challenge")": an aside, not the point
        return match.span("term") if match.group("term") is not None else match.span("title")
    return None


# a character a marked name opens with (a quote, an emphasis, a blanked html tag, a brace)
_MARK_HINT: Final = re.compile('["“*_\x00{]')
# the naming words of :data:`_MARKED_NAMING`, looked for before it (as
# :data:`_BARE_NAMING_WORDS` before :data:`_BARE_NAMING`)
_MARKED_NAMING_WORDS: Final = (*_BARE_NAMING_WORDS, "eferred", "amed")
_MARKS: Final = re.compile(r"\*\*|__|[\"“”*]|\{\\\w+\s|\}|(?<!\w)_|_(?!\w)")
# what an html emphasis holds between its blanked tags
_UNBLANKED: Final = re.compile(r"[^\x00]+")


def _marked_term(masked: str, line: str, start: int, end: int) -> tuple[str, int] | None:
    """The name between marks at ``start:end`` of ``line``, without its marks: an html
    emphasis (blanked in ``masked``) only when its tags open and close it."""
    if masked[start] == MASK_CHAR:
        if line[start] != "<" or line[end - 1] != ">":
            return None
        inner = _UNBLANKED.search(masked, start, end)
        return (inner.group().strip(), inner.start()) if inner else None
    if _MARKS.sub("", masked[start:end]).startswith(MASK_CHAR):
        return None  # (a formula first: "called **$x$** here", no name in words)
    # ("called a __probability measure on $F$__": words first, and a symbol in the name)
    return _MARKS.sub("", line[start:end]).strip(), start


def english_named(masked: str, line: str) -> tuple[str, int] | None:
    """The term an English sentence names (``masked``: ``line`` with its spans blanked out,
    see :func:`.spans.mask_opaque`) and where it starts: ``is called X``, ``, known as X``,
    or in passing, ``a method called X``."""
    bare = None if (match := _copula_named(masked)) else _bare_named(masked)
    match = match or bare
    if match is None:
        # "is called the *clip coordinates* of $p$", "the authors call it a "JEM"": a name
        # its marks close, the sentence going on after it
        marked = (
            _marked_named(masked)
            if _MARK_HINT.search(masked) and _holds_any(masked, _MARKED_NAMING_WORDS)
            else None
        )
        span = marked.span("term") if marked is not None else _actively_named(masked)
        return None if span is None else _marked_term(masked, line, *span)
    if MASK_CHAR in masked[match.start("term") : match.end("term")]:
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
