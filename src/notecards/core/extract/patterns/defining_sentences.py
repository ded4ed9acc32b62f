"""Sentences that define a term: ``X란 ...``, ``X는 ...을 말한다``, ``X는 ... 알고리즘입니다``,
``**X**는 ...``, ``X refers to ...``, ``X stands for ...``, ``X is when ...`` (sentences that
name one, ``...를 X라고 함``, are :mod:`.naming_sentences`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.clutter import wikilinks_as_text
from notecards.core.extract.patterns.definition_candidates import candidate_forms
from notecards.core.extract.patterns.definition_forms import (
    CODE_DOES,
    CODE_GENUS,
    ENGLISH_FACET_DEFINITION,
    ENGLISH_INFORMAL_DEFINITION,
    KOREAN_COPULA_DEFINITION,
    KOREAN_DESCRIBED_KIND,
    KOREAN_RAN,
    KOREAN_THING_DEFINITION,
    KOREAN_USED_FOR,
    LINKED_DOES_DEFINITION,
    LINKED_GENUS_DEFINITION,
    NAMED_CODE_KIND,
    TOPIC_PATTERNS,
)
from notecards.core.extract.patterns.definition_words import (
    ADJECTIVES_IN_EUN,
    ADVERBIAL_ENDINGS,
    BOUND_NOUNS,
    CASE_PARTICLES,
    FIGURE_REFERENCE,
    IN_A_SERIES,
    INFORMAL_TERM,
    LEADING_PHRASES,
    NEVER_FIRST,
    NOT_A_NAME_FIRST,
    NOT_A_THING_FIRST,
    NOT_A_THING_LAST,
    NOT_TOPIC_ENDINGS,
    OBJECT_PRONOUNS,
    VALUE_PREDICATE,
    ends_adnominal,
)
from notecards.core.extract.patterns.discourse import (
    only_points_at_what_follows,
    without_announcement,
)
from notecards.core.extract.patterns.facet_sentences import facet_had
from notecards.core.extract.patterns.genus_of import ENGLISH_NOUN_OF_DEFINITION, names_its_subject
from notecards.core.extract.patterns.item_topics import topic_of_item
from notecards.core.extract.patterns.linked_terms import (
    LINKED_TERM,
    names_a_thing,
    opening_link_as_text,
)
from notecards.core.extract.patterns.naming_sentences import drop_copula
from notecards.core.extract.patterns.sentences import (
    SENTENCE_BREAK,
    is_hangul,
    is_question,
    is_topic_marked,
)
from notecards.core.extract.patterns.spans import MASK_CHAR, mask_opaque
from notecards.core.extract.patterns.spelled_out import spelled_out_defined
from notecards.core.extract.patterns.splitting import symbol_term
from notecards.core.extract.patterns.term_openings import without_leading_words
from notecards.core.extract.patterns.terms import is_term

_LINKED: Final = (LINKED_GENUS_DEFINITION, LINKED_DOES_DEFINITION)

# a remark in parentheses closing a sentence, after its verb
_TRAILING_REMARK: Final = re.compile(r"\s\([^()]*(?:\([^()]*\)[^()]*)*\)$")


# the colour adjectives that end in 란, read as "X란" by its pattern: 파란 (blue), 노란 (yellow)
_COLOURS_IN_RAN: Final = frozenset(("파", "노"))


def _topic_end(sentence: str, fallback: int, start: int = 0) -> int:
    """Where the term of ``X는 ...을 말한다`` (from ``start``) ends: before the first topic
    particle of the first words (``튜플은 변경할 수 없는 ...`` is about ``튜플``, not
    ``튜플은 변경할 수 없``)."""
    for word in re.finditer(r"\S+", sentence[start : fallback + 1]):
        if is_topic_marked(word.group()):
            return start + word.end() - 1
    return fallback


def definitions_in_line(line: str) -> list[tuple[str, str]]:
    """Each term a line of prose defines, with its sentence and the sentences after it.

    ``리스트는 ...이다. 튜플은 ...을 말한다.`` defines two terms; a sentence that defines
    nothing explains the term before it, and sentences before the first definition are
    left out.
    """
    found: list[tuple[str, str]] = []
    defining: list[str] = []
    for index, sentence in enumerate(SENTENCE_BREAK.split(line.strip())):
        term = defined_in_sentence(sentence, opening=index == 0) or facet_had(sentence)
        if term is not None:
            found.append((term, sentence))
            defining.append(sentence)
            if _COORDINATED.search(sentence) or _CONTRASTED.search(sentence):
                # "CLOB은 ... 저장하는 것이고, BLOB은 ... 저장하는 것이다.": a second term
                # defined in the same sentence, which answers both (the comma after the
                # copula is often left out: "정방행렬은 ... 행렬이며 대칭행렬은 ...")
                second = _coordinate_definition(sentence, term)
                if second is not None:
                    found.append((second, sentence))
                    defining.append(sentence)
        elif found:
            found[-1] = (found[-1][0], f"{found[-1][1]} {sentence}")
    # "... 그 예는 다음과 같습니다.": what follows the line is no part of its answer; a
    # sentence that only points at it ("'-게'는 다음과 같이 쓰입니다.") defines nothing
    return [
        (term, answer if answer == sentence else without_announcement(answer) or sentence)
        for (term, answer), sentence in zip(found, defining, strict=True)
        if answer != sentence or not only_points_at_what_follows(sentence)
    ]


# the copula that joins two definitions in one sentence ("A는 X이고, B는 Y이다")
# (the copula, or a verb that says what a term means: "A는 X를 의미하며 B는 Y를 의미한다",
# "A는 X를 가리키고 B는 ...")
_COORDINATED: Final = re.compile(r"(?:이|하|키)(?:고|며),?\s+(?P<next>\S)")
# how far into the clause its topic may end ("HUP 신호는", "**개체명 인식(...)**은")
_TOPIC_WORDS: Final = 4
# two English definitions contrasted in one sentence
_CONTRASTED: Final = re.compile(r",?\s+(?:while|whereas)\s+(?=\S)")


def _coordinate_definition(sentence: str, first: str) -> str | None:
    """The term the clause after ``이고,`` defines in a sentence that defines ``first``
    before it, or None: the clause opens with a topic of its own."""
    for joint in _COORDINATED.finditer(sentence):
        words = sentence[joint.start("next") :].split()[:_TOPIC_WORDS]
        if not any(_marks_a_topic(word) for word in words):
            continue
        term = defined_in_sentence(sentence[joint.start("next") :], opening=False)
        if term is not None and term != first:
            return term
    # "A stack is a list that ..., while a queue is a list that ...": contrasted in English
    for joint in _CONTRASTED.finditer(sentence):
        term = defined_in_sentence(sentence[joint.end() :], opening=False)
        if term is not None and term != first:
            return term
    return None


def _marks_a_topic(word: str) -> bool:
    """``스레드는``, ``**X**는``, ``점대점이란``: a word the topic particle closes."""
    bare = word.replace("**", "").replace("`", "")
    return bare.endswith("란") or is_topic_marked(bare)  # (란 closes 이란 too)


# how a Korean adnominal clause's last word ends (``이 글에서 설명할``, ``지난 시간에 배운``,
# ``새로 추가된``): the noun it modifies starts after it. Two-syllable words in 한 or 할 are
# more often nouns (``제한``, ``권한``) and stay with the term.
_ADNOMINAL_ENDINGS: Final = ("한", "할", "된", "될", "던", "하는", "되는", "있는", "없는")
_SHORT_ADNOMINAL_ENDINGS: Final = ("운", "룰", "본")
_MODIFIER_WORDS: Final = 4  # the longest clause looked past for the term


def _is_adnominal(word: str) -> bool:
    if len(word) >= 3 and word.endswith(_ADNOMINAL_ENDINGS):
        return True
    return len(word) >= 2 and word.endswith(_SHORT_ADNOMINAL_ENDINGS)


def _after_modifier_clause(masked: str) -> list[int]:
    """Where a term could start after a leading adnominal clause, the nearest to the term
    first: after each word before the first topic that ends like one (``이 글에서 설명할
    counting sort는 ...`` -> ``counting``)."""
    starts = []
    for number, word in enumerate(re.finditer(r"\S+", masked)):
        if number >= _MODIFIER_WORDS or is_topic_marked(word.group()):
            break  # the clause comes before the term and its topic particle
        if _is_adnominal(word.group()):
            starts.append(word.end() + 1)
    return starts[::-1]


def _inside_code(parts: list[str]) -> Iterator[tuple[bool, str]]:
    """Each part of a line split at its backticks, and whether it is inside code."""
    return ((index % 2 == 1, part) for index, part in enumerate(parts))


def defined_in_sentence(
    line: str, *, bold_opening: bool = True, opening: bool = True, item: bool = False
) -> str | None:
    """The term a sentence defines (see :func:`_defined`); ``item``: the line is a list
    item's, whose topic marked as code or in bold is defined by whatever is said of it
    (:mod:`.item_topics`; in a paragraph, that is what the section is about)."""
    # ("Imitation Learning (IL) aims to ...": a name and its acronym, then what it does)
    defined = _defined(line, bold_opening=bold_opening, opening=opening) or spelled_out_defined(
        line.strip()
    )
    if defined is None:
        return topic_of_item(line) if item and (line[:1] in "`*" or "(" in line) else None
    if is_question(SENTENCE_BREAK.split(line, maxsplit=1)[0].rstrip(" .")):
        return None  # "애자일이란 무엇인가.": it asks what the term is, it does not say it
    return defined  # (a question after it asks on: "... 가리킵니다. 예를 볼까요?")


def _defined(line: str, *, bold_opening: bool = True, opening: bool = True) -> str | None:
    """The term a sentence defines: ``X란 ...``, ``X는 ...을 말한다``, ``X refers to ...``.

    The first form the sentence is in decides; a topic's term may follow an adnominal clause,
    which is left out (``이 글에서 설명할 counting sort는 ...`` defines ``counting sort``).
    ``bold_opening``: a bolded opening term defines (in prose; a list item's bold opening
    is a glossary's only when its list is one, which the walker decides). ``opening``: the
    sentence opens its line; a facet said further on (``... The key idea behind SHAP values
    is to ...``) is the line's explanation, not a definition of its own. ``item``: the line
    is a list item's, where code marked as the topic is defined by whatever is said of it
    (```collect()``는 Action 연산, ...``); in a paragraph, that is what the paragraph is about.
    """
    line = line.strip()
    if (series := IN_A_SERIES.match(line)) is not None:
        line = line[series.end() :]  # "마지막으로 X는 ...": the place in a series says nothing
    if not bold_opening and "**" in line:
        # "`<=>`는 **코사인 거리 연산자**입니다": emphasis says nothing (in code, `int **`)
        parts = line.split("`")
        line = "`".join(
            part if odd else part.replace("**", "") for odd, part in _inside_code(parts)
        )
    if (
        "[" in line and "[[" in line
    ):  # "[[Deque]] is a queue ...": a link to the term's note shows its name
        line = wikilinks_as_text(line)
    # "[관형사](https://.../nounad/)란 ...", "The [X](...) package provides ...": a link to
    # the term's page names it too (``linked``: the length of its text, 0 for no link)
    line, linked = opening_link_as_text(line)
    if line.endswith((")", ").")):  # "... 연산자입니다 (작을수록 가깝다).": a remark after the verb
        line = _TRAILING_REMARK.sub("", line.rstrip(".")) or line
    patterns_to_try = candidate_forms(
        line, bold_opening=bold_opening, opening=opening, linked=linked
    )
    if not patterns_to_try:
        return None
    masked = mask_opaque(line)
    if "(" in masked and ", " in masked:
        # "합성곱 신경망(Convolutional Neural Network, CNN)은 ...": a gloss glued to a word
        # is part of it, its commas and spaces too
        masked = _GLUED_GLOSS.sub(_as_one_word, masked)
    for pattern in patterns_to_try:
        topic = pattern in TOPIC_PATTERNS
        starts = [*_after_modifier_clause(masked), 0] if topic else [0]
        matches = [found for start in starts if (found := pattern.match(masked, start))]
        if pattern in _LINKED:  # the term is the link's text, all of it,
            # and names a thing, not a page ("github.com/me/repo", "Issue #141: Python")
            matches = [
                found
                for found in matches
                if found.end("term") == linked and names_a_thing(line[:linked])
            ]
        if matches:
            return next(
                (
                    term
                    for match in matches
                    if (term := _term_of(match, pattern, line, masked, topic=topic))
                    and (not topic or _names_alone(term, after_clause=match.start() > 0))
                ),
                None,
            )
    return None


# a bracketed gloss glued to the word before it, with a comma inside
_GLUED_GLOSS: Final = re.compile(r"(?<=[^\s(])\([^()\n,]{1,50},[^()\n]{1,50}\)")
# what stands for a space or a comma inside a glued gloss: neither ends a word
_INSIDE_A_WORD: Final = str.maketrans(" ,", "\x01\x01")


def _as_one_word(gloss: re.Match[str]) -> str:
    return gloss.group().translate(_INSIDE_A_WORD)


def _names_alone(term: str, *, after_clause: bool) -> bool:
    """Whether a topic's term is a name in itself (``counting sort``, ``렌더 트리``,
    ``이터레이터``): no clause inside it (``가장 간단한 방법``), and after a clause not a common
    word the clause gave its meaning to (``필요할 때``, ``구하는 방법``)."""
    words = term.split()
    if any(_is_adnominal(word) for word in words[:-1]):
        return False
    if not after_clause or len(words) > 1 or not all(is_hangul(char) for char in term):
        return True
    from notecards.core.lost_bytes import default_model

    return default_model().frequency(term) is None


# the fewest words after code a sentence leading into an example says something in
_SAYS_BEFORE_ITS_EXAMPLE: Final = 6


def _term_of(
    match: re.Match[str], pattern: re.Pattern[str], line: str, masked: str, *, topic: bool
) -> str | None:
    """The term a definition's match names, if it is one (``topic``: ``X는 ...`` forms)."""
    end = match.end("term")
    if topic:
        end = _topic_end(masked, end, match.start("term"))
        marked = masked[: end + 1].rsplit(maxsplit=1)[-1]
        if (
            (marked.endswith("는") and not is_topic_marked(marked))
            or marked.endswith(NOT_TOPIC_ENDINGS)
            or marked in ADJECTIVES_IN_EUN
            # "타인에게서 얻은 정보를 ... 데 쓰인다": a clause, no topic, is what is used
            or (pattern is KOREAN_USED_FOR and not is_topic_marked(marked))
        ):
            return None  # "있는", "또는", "같은": no topic particle closes the term
    raw = line[match.start("term") : end]
    linked = LINKED_TERM.fullmatch(raw.strip())
    if linked is not None:  # "[관형사](https://...)란 ...": the link's text is the term
        raw = linked.group(1)
    elif not _only_notation_masked(line, masked, match.start("term"), end):
        return None
    if pattern in (CODE_DOES, CODE_GENUS) and (kind := NAMED_CODE_KIND.match(line, end)):
        raw = f"{raw}{kind.group()}"  # "The `db` container runs ...": asked as the container
    if raw[:1] in "AT" and _ARTICLE_BEFORE_MARK.match(raw):
        raw = _ARTICLE_BEFORE_MARK.sub("", raw)  # "An __option__ is defined as ..."
    term = without_leading_words(clean_term(raw))
    if pattern is KOREAN_RAN:
        term = drop_copula(term)
    words = term.split()
    if not words or words[0].casefold() in NEVER_FIRST or term.casefold() in LEADING_PHRASES:
        return None  # a symbol that tidies to nothing, a pronoun, where in the text, a joint
    if (
        pattern in (CODE_DOES, CODE_GENUS)
        and line.rstrip().endswith((":", "："))
        and len(line[end:].split()) < _SAYS_BEFORE_ITS_EXAMPLE
    ):
        # "`zsh` returns an error:" leads into an example, says nothing itself; "The `ogrinfo`
        # command can be used to get information about a file:" says it, then shows it
        return None
    if pattern is KOREAN_RAN and (term.endswith("다") or words[-1] in _COLOURS_IN_RAN):
        return None  # "커다란", "기다란", "(현재) 파란": an adjective, not "X란"
    if (topic or pattern is KOREAN_RAN) and len(words) > 1 and words[-2].endswith("를"):
        # "주제(z)를 뽑은 뒤 ...": a verb and its object, a clause, not a name (a clause that
        # describes one, "리스트를 합치는 merge 함수", names it)
        return None
    if words[-1].endswith(CASE_PARTICLES):
        return None  # "저장매체에는 ...": where, not what
    if pattern is KOREAN_DESCRIBED_KIND and match.group("kind") == words[-1]:
        return None  # "짙은 색은 ... 흡수하는 색이다": a property of it, said of its own kind
    if topic and len(words) > 1 and words[-1] in BOUND_NOUNS and ends_adnominal(words[-2]):
        return None  # "더 쪼갤 수는 있으나 ...": a clause about what can be, not a name
    if pattern is KOREAN_THING_DEFINITION and (
        words[0] in NOT_A_THING_FIRST or words[-1] in NOT_A_THING_LAST
    ):
        return None  # "가장 효율적인 방법은 ...", "핵심은 ... 것": a remark, not a name
    if pattern in (KOREAN_COPULA_DEFINITION, KOREAN_THING_DEFINITION) and (
        len(term) < 2
        or FIGURE_REFERENCE.match(term)
        or words[0].endswith(ADVERBIAL_ENDINGS)
        or words[0] in NOT_A_NAME_FIRST
        or VALUE_PREDICATE.search(line)
    ):
        return None  # "남은 ...", "코드 12는 ...", "수 있는 기법은 ...", "... 100만개입니다"
    if pattern is ENGLISH_FACET_DEFINITION and not OBJECT_PRONOUNS.isdisjoint(
        word.casefold() for word in words
    ):
        return None  # "The problem with this is that ...": a facet of what the text points at
    if pattern is ENGLISH_INFORMAL_DEFINITION and not INFORMAL_TERM.isdisjoint(
        word.casefold() for word in words
    ):
        return None  # "More interesting is when ...", "Our 20s are when ...": a remark
    if pattern is ENGLISH_NOUN_OF_DEFINITION and (
        not names_its_subject(term, match) or line.rstrip().endswith(":")
    ):
        return None  # "The first argument is a list of ...", "The code is a snippet of Go:"
    if is_term(term) and not is_question(term):
        return term
    if term[:1] == "`" and symbol_term(term) == term:
        return term  # "`<=>`는 ... 연산자입니다": an operator names itself, as in a term line
    return None


_MASKED_RUN: Final = re.compile(MASK_CHAR + "+")
# an article before a term set in emphasis: not part of the term
_ARTICLE_BEFORE_MARK: Final = re.compile(r"(?:A|An|The)\s+(?=[*_]{1,2}\w)")


def _only_notation_masked(line: str, masked: str, start: int, end: int) -> bool:
    """Whether every span blanked out in a term is inline math or code, which names the
    thing (``$θ_d$는 ...``, ``노드의 높이 $h$는 ...``, ```guard`는 ...``), not a link."""
    for run in _MASKED_RUN.finditer(masked, start, end):
        if line[run.start()] not in "$`" or line[run.end() - 1] not in "$`":
            return False
        if is_hangul(masked[run.end() : run.end() + 1]) and masked.find(" ", run.end(), end) >= 0:
            return False  # "$t$번째 요소만 ...": the notation counts, it names nothing
    return True
