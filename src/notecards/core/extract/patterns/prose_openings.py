"""How a sentence of prose opens, as no name does: a connective or sentence adverb (``So``,
``In short``, ``However``, ``즉``), ``First,``, a subject pronoun (``This worked``), a short
verb phrase with a pronoun object (``Breaking that apart``), or the writer's label for what
comes next (``One problem``, ``The catch``). :func:`.terms.is_term` refuses such text."""

from __future__ import annotations

import re
from typing import Final

# words that open a sentence of prose rather than name something: connectives and
# sentence adverbs ("So", "In short", "즉"), and a subject pronoun ("This worked")
_DISCOURSE_OPENERS: Final = frozenset(
    [
        "so",
        "then",
        "also",
        "however",
        "but",
        "and",
        "or",
        "thus",
        "hence",
        "therefore",
        "now",
        "here",
        "there",
        "where",
        "once",
        "because",
        "since",
        "although",
        "though",
        "anyway",
        "basically",
        "actually",
        "essentially",
        "ultimately",
        "instead",
        "otherwise",
        "meanwhile",
        "correction",
        "disclaimer",
    ]
)
# a Korean connective opens prose when it stands alone ("즉: ..."); before a noun it may lead
# into a defining sentence ("여기서 데이터그램이란 ...") whose term the prose rules cut out
_KOREAN_CONNECTIVES: Final = frozenset(
    [
        "즉",
        "그래서",
        "그러나",
        "하지만",
        "그리고",
        "또한",
        "따라서",
        "결국",
        "참고로",
        "특히",
        "그럼",
        "이때",
    ]
)
_SUBJECT_PRONOUNS: Final = frozenset(["This", "That", "These", "Those", "It", "this", "it"])
_ORDINAL_ADVERBS: Final = frozenset(
    ["first", "firstly", "second", "secondly", "finally", "lastly", "next"]
)
# a sentence adverb alone ("Intuitively", "Specifically", "다만") says how the text goes on,
# it names nothing: the lines it leads belong to what is above it
_SENTENCE_ADVERBS: Final = frozenset(
    ("specifically", "explicitly", "mathematically", "intuitively", "initially", "similarly",
     "obviously", "equivalently", "generally", "alternatively", "additionally", "moreover",
     "furthermore", "clearly", "formally", "informally", "roughly", "conversely",
     "consequently", "importantly", "interestingly", "notably", "typically", "usually",
     "geometrically", "physically", "concretely", "practically", "다만", "반면", "한편")
)  # fmt: skip
_DISCOURSE_PHRASES: Final = re.compile(
    r"(?:in (?:short|summary|practice|other words|this case|general|particular|fact|addition)"
    r"|for (?:example|instance)|on the other hand|as a result|at (?:first|least)|예를 들어"
    r"|note that)\b|for (?:each|every|all|any) (?!loops?\b)",  # a loop or a quantifier
    re.IGNORECASE,
)
_PHRASE_LEADS: Final = frozenset(["in", "for", "on", "as", "at", "note", "예를"])
_OBJECT_PRONOUNS: Final = frozenset(["it", "that", "this", "them", "these", "those"])
_MAX_OBJECT_PRONOUN_WORDS: Final = 4
# any word that may open prose, folded: one look-up rules most terms out
_PROSE_LEADS: Final = (
    _DISCOURSE_OPENERS
    | _PHRASE_LEADS
    | _ORDINAL_ADVERBS
    | _KOREAN_CONNECTIVES
    | _SENTENCE_ADVERBS
    | {pronoun.casefold() for pronoun in _SUBJECT_PRONOUNS}
)


# the writer's label for what comes next: "One problem", "One last trick", "A tricky bit",
# "The catch", "One small caveat"
_LABEL_ARTICLES: Final = frozenset(("One", "A", "An", "The"))
_DISCOURSE_LABEL: Final = re.compile(
    r"(?:"
    + "|".join(sorted(_LABEL_ARTICLES))
    + r")\s+(?:(?:more|other|last|final|big|small|tricky|important|key|main|nice"
    r"|interesting|neat|useful|annoying|minor|major)\s+)?(?:problem|issue|catch|gotcha|caveat"
    r"|thing|trick|tip|bit|fix|snag|wrinkle|quirk|downside|upside|detail|challenge|hint)"
)


def opens_prose(text: str) -> bool:
    """Whether text opens a sentence of prose: a connective or sentence adverb (``So``,
    ``In short``, ``However``, ``즉``), ``First,``, a subject pronoun (``This worked``), or a
    short verb phrase with a pronoun object (``Breaking that apart``)."""
    words = text.split()
    if not words:
        return False
    if words[0] in _LABEL_ARTICLES and _DISCOURSE_LABEL.fullmatch(text):
        return True  # "One problem: ...", "A tricky bit: ...": what follows is said, not named
    if len(words) > _MAX_OBJECT_PRONOUN_WORDS or _OBJECT_PRONOUNS.isdisjoint(words):
        first = words[0]
        if first.rstrip(",").casefold() not in _PROSE_LEADS:
            return False  # the common case, decided by one look-up
    else:
        return True  # "Breaking that apart", "Install it"
    if len(words[0]) > 1 and words[0].isupper():
        return False  # "WHERE", "AND": a keyword of a language, written as one, names it
    first = words[0].rstrip(",").casefold()
    if first in _DISCOURSE_OPENERS:
        return True
    if first in _PHRASE_LEADS and _DISCOURSE_PHRASES.match(text):
        return True
    if len(words) == 1:
        return (
            first in _ORDINAL_ADVERBS or first in _KOREAN_CONNECTIVES or first in _SENTENCE_ADVERBS
        )
    if first in _ORDINAL_ADVERBS and words[0].endswith(","):
        return True
    return words[0] in _SUBJECT_PRONOUNS
