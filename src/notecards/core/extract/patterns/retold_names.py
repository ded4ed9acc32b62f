"""A name a sentence sets apart in passing and the next sentence takes up as its topic:
``... 따지는 **군집타당성지표(Clustering Validity Index)**가 있습니다. 군집타당성지표는 ...
고려합니다.`` Expository writers bring a term in as the object or complement of one sentence,
marked (in bold, italics or code, or glossed in parentheses: ``후위표기법(postfix notation)``),
then open the next with it and its topic particle (``X는``, ``X란``) to say what it is or
does; the two sentences together are what the text says of the name.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.sentences import SENTENCE_BREAK
from notecards.core.extract.patterns.terms import is_term

# a name set apart: in bold, in italics or in code, or a word glossed in parentheses
_SET_APART: Final = re.compile(
    r"\*\*(?P<bold>[^*\n]+)\*\*|(?<![*\w])\*(?P<italic>[^*\s][^*\n]*)\*(?![*\w])"
    # (a glossed word from its first character: tried inside a word, the run fails again)
    r"|`(?P<code>[^`\n]+)`|(?<![^\s(){}\[\]*`'\"$])(?P<glossed>[^\s(){}\[\]*`'\"$]+)\((?=[^)\s])"
)
# a parenthesised gloss after a name (``군집타당성지표(Clustering Validity Index)``)
_GLOSS: Final = re.compile(r"\s?\(.*\)$")
# the topic particles a sentence takes its name up with
_TOPIC_PARTICLES: Final = ("은", "는", "이란", "란")
_MIN_CODE_NAME: Final = 2  # characters: one in code or italics is rarely a term (`a`, *x*)
_MAX_NAME_WORDS: Final = 4


def _bare(name: str) -> str:
    """A name as compared: without its gloss, marks and spaces (``EM 알고리즘`` and
    ``EM알고리즘`` are one name), case folded."""
    return _squeezed(_GLOSS.sub("", name))


def retold_names(line: str) -> list[tuple[str, str]]:
    """Each name a sentence of ``line`` sets apart that the next sentence opens with as its
    topic, with the two sentences as its answer."""
    if not ("은 " in line or "는 " in line or "란 " in line) or not any(
        mark in line for mark in ("*", "`", "(")
    ):
        return []  # (most lines: no Korean topic, or nothing set apart)
    sentences = [sentence.strip() for sentence in SENTENCE_BREAK.split(line.strip())]
    if len(sentences) < 2:
        return []  # one sentence: nothing taken up after it
    names: dict[str, str] | None = None  # each name the line sets apart, as marked (once needed)
    retold: list[tuple[str, str]] = []
    for before, sentence in pairwise(sentences):
        topic = sentence.split(maxsplit=_MAX_NAME_WORDS)[:_MAX_NAME_WORDS]
        for count in range(1, len(topic) + 1):
            opening = _bare("".join(topic[:count]))
            particle = next((p for p in _TOPIC_PARTICLES if opening.endswith(p)), None)
            if particle is None:
                continue
            bare = opening[: -len(particle)]
            # (a cheap test first: the topic is written in the sentence before at all)
            if bare and bare in _squeezed(before):
                if names is None:
                    names = _names_retold(line)
                if bare in names and bare in _bare_marked_in(before):
                    name = clean_term(names[bare])
                    name = _GLOSS.sub("", name) if _GLOSS.search(name) else name
                    if is_term(name):
                        retold.append((name, f"{before} {sentence}"))
            break  # (the first word closed by a topic particle is the topic)
    return retold


def _squeezed(text: str) -> str:
    """``text`` without spaces and marks, case folded, as :func:`_bare` compares names."""
    return text.replace(" ", "").replace("`", "").replace("*", "").casefold()


def _names_retold(line: str) -> dict[str, str]:
    """Each name ``line`` sets apart, as compared, and as marked; none when no name of them
    is written again before a topic particle (then none is taken up as a topic)."""
    names: dict[str, str] = {}
    for found in _SET_APART.finditer(line):
        marked = next(part for part in found.groups() if part is not None)
        bare = _bare(marked)
        # (a bold or glossed name may be one syllable: **구(句)**, 픽(peek))
        shortest = 1 if found["bold"] or found["glossed"] else _MIN_CODE_NAME
        if len(bare) >= shortest and len(marked.split()) <= _MAX_NAME_WORDS:
            names.setdefault(bare, marked)
    squeezed = _squeezed(line)
    if not any(bare + particle in squeezed for bare in names for particle in _TOPIC_PARTICLES):
        return {}
    return names


def _bare_marked_in(sentence: str) -> set[str]:
    """The names ``sentence`` sets apart, each as compared."""
    return {
        _bare(next(part for part in found.groups() if part is not None))
        for found in _SET_APART.finditer(sentence)
    }
