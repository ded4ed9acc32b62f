"""A term said to be the thing of something: ``The event horizon is the boundary of the
black hole``, ``A transaction is the exchange of money for goods``, ``The minimum cut is the
cut with the fewest crossing edges``, ``Associative learning is the problem of ...``. Writers
define a term by a noun and what it is of (or has), with no relative clause after it; the
plain ``X is a Y that ...`` forms are :data:`.definition_forms.ENGLISH_GENUS_DEFINITION`.
"""

from __future__ import annotations

import re
from typing import Final

# what comes after "is a" or "is the" without saying what the term is: an amount ("a lot
# of"; "a number of", but "the number of" defines a count), a judgement ("a great deal of",
# "the best of"), a place in an order or a text ("the end of", "the rest of"), what it
# stands for in an argument ("the reason for", "a case of"), the same word again ("the same
# with"), or a figure of speech ("a waste of time", "the price of entry", "the heart of")
_NOT_A_KIND: Final = (
    "lot", "lots", "bit", "couple", "few", "handful", "bunch", "ton", "tons", "deal", "variety",
    "range", "plenty", "host", "series", "matter", "question", "case", "example", "instance",
    "sign", "reason", "result", "consequence", "best", "worst", "most", "least", "first",
    "last", "second", "rest", "same", "end", "beginning", "start", "top", "bottom", "middle",
    "side", "one", "ones", "thing", "things", "kind", "type", "sort", "form", "piece", "part",
    "topic", "subject", "focus", "point", "idea", "waste", "price", "heart",
)  # fmt: skip
# the judgements an adjective before the noun makes ("a great way of", "a nice piece of")
_JUDGING: Final = (
    "great", "good", "nice", "better", "big", "bigger", "huge", "real", "whole", "main",
    "major", "key", "simple", "simplest", "easy", "easiest", "hard", "fun", "little", "small",
    "very", "other", "only", "same", "new", "old", "first", "last", "next", "common", "poor",
    "bad",
)  # fmt: skip

# "X is the NOUN of ...", "X are a NOUN with ...": the term (of one to four words, no file
# name among them, a gloss in brackets after it), the copula, an article, at most one
# adjective, and the noun before "of", "with" or "whose", then what it is of (not "of
# this": what the text points at); "with" and "whose" only after the term's own noun
# (:func:`names_its_subject`)
ENGLISH_NOUN_OF_DEFINITION: Final = re.compile(
    r"(?:an?\s+|the\s+)?(?P<term>[A-Za-z][\w+#-]*(?:\s[\w+#-]+){0,3}?)(?:\s*\([^)]{1,40}\))?"
    r"\s+(?:is|are)\s+(?!an?\s+(?:number|amount)\s)(?:an?|the)\s+"
    rf"(?:(?!(?:{'|'.join(_JUDGING)})\s)[a-z][\w-]*\s+)?"
    rf"(?!(?:{'|'.join(_NOT_A_KIND)})\s)(?P<noun>[a-z][\w-]{{2,}})\s+(?P<link>of|with|whose)\s+"
    r"(?!(?:this|that|it|them|these|those)\b)[\w$`(]",
    re.IGNORECASE,
)

# the first words of a subject that is no name: which one of several ("the first argument",
# "each factor", "every integer", "their agent"), or how the writer judges it ("obviously")
_NOT_A_NAME_FIRST: Final = frozenset(
    (
        "first", "second", "third", "last", "final", "next", "previous", "other", "each",
        "every", "all", "both", "some", "any", "no", "most", "many", "their", "our", "my",
        "your", "his", "her", "its", "one",
    )
)  # fmt: skip
# the words of a clause, not a name ("Pretend there is ...", "check if t is ...", "A hashmap
# where the hash is ...")
_CLAUSE_WORDS: Final = frozenset(("there", "where", "if", "when", "how", "what", "with"))


def names_its_subject(term: str, found: re.Match[str]) -> bool:
    """Whether the subject of ``X is the NOUN of ...`` names a thing: not one of several
    (``The first argument``, ``Every integer``), not a judgement (``Obviously the result``),
    not a clause (``Pretend there``), not a label before it (``Theorem. The free functor``),
    not a part of something else (``Limit of the power``: a rule, not a name), and not a
    formula's one-letter variable (``n is the size of the sample``). What a thing has
    (``with``, ``whose``) defines only one of its own kind (``The shortest path is the path
    with the fewest hops``; not ``The meeting is a chance with little at stake``)."""
    words = term.casefold().split()
    if found.group("link") != "of" and found.group("noun").casefold() != words[-1]:
        return False
    return not (
        len(term) < 2  # "L is the number of ...": a formula's variable, said with the formula
        or words[0] in _NOT_A_NAME_FIRST
        or words[0].endswith("ly")
        or not _CLAUSE_WORDS.isdisjoint(words)
        or ". " in term
        or " of the " in term.casefold()
    )
