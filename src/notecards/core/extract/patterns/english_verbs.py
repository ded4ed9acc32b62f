"""The English finite verbs (and their contractions) whose presence makes words a sentence:
``is``, ``returns``, ``don't``. A name seldom holds one; a line of prose nearly always does.
"""

from __future__ import annotations

from typing import Final

_FINITE_VERB_WORDS: Final = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "am",
        "be",
        "been",
        "being",
        "can",
        "could",
        "will",
        "would",
        "should",
        "must",
        "may",
        "might",
        "shall",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "it's",
        "isn't",
        "aren't",
        "don't",
        "doesn't",
        "didn't",
        "won't",
        "can't",
        "let's",
        "there's",
        "here's",
        "that's",
        "what's",
        "wasn't",
        "weren't",
        "hasn't",
        "haven't",
        "wouldn't",
        "shouldn't",
        "couldn't",
        # a pronoun and its verb, contracted: "They're not", "I've tried"
        *(
            f"{pronoun}'{verb}"
            for pronoun, verbs in (
                ("i", ("m", "ve", "ll", "d")),
                ("we", ("re", "ve", "ll", "d")),
                ("you", ("re", "ve", "ll", "d")),
                ("they", ("re", "ve", "ll", "d")),
                ("he", ("s", "ll", "d")),
                ("she", ("s", "ll", "d")),
            )
            for verb in verbs
        ),
    ]
)
# and each contraction with a typographic apostrophe ("They’re"), as editors write it
ENGLISH_FINITE_VERBS: Final = _FINITE_VERB_WORDS | {
    word.replace("'", "’") for word in _FINITE_VERB_WORDS
}
