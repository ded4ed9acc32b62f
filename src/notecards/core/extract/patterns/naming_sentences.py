"""Sentences that name a term: ``...이를 X라고 함``, ``...를 X라 부른다``, ``... is called X``,
``known as X``, ``X is **term** if ...`` (a naming sentence that points back, ``이러한 방식을
X라고 한다``, keeps the sentence before it, which says what is named; a name given in
passing, ``a method called X``; English ones are read by :mod:`.english_naming`).
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.clean import clean_term
from notecards.core.extract.facet_words import is_facet
from notecards.core.extract.patterns.bold_names import CALLED, bold_named, named_in_passing
from notecards.core.extract.patterns.english_naming import NEXT_NAMING, english_named
from notecards.core.extract.patterns.marked_names import (
    CONDITIONS,
    korean_property_named,
    marked_named,
)
from notecards.core.extract.patterns.pointing_back import (
    names_a_symbol_from,
    points_at_a_pair,
    refers_back,
)
from notecards.core.extract.patterns.sentences import (
    SENTENCE_BREAK,
    ends_in_consonant,
    is_hangul,
    is_question,
    sentence_so_far,
)
from notecards.core.extract.patterns.spans import LINKED_NAME, MASK_CHAR, mask_opaque
from notecards.core.extract.patterns.terms import is_term

# "...를 X라고", "X라", "X라고도": the quotative ending a name takes (not a request
# reported, "... 만들어 달라고 한다": 달라, give me; "... 화면을 보여주라고 한다": do it for;
# "... 설정을 하라고 하는데": do it)
_NAMED_AS: Final = r"(?<![달주하])라(?:고)?(?:도)?\s*"
# the forms of 하다 and 부르다 that go on to another clause ("X라 하고, Y라고 한다", "X라고
# 하는데요, ...": the spoken forms too)
_GOES_ON: Final = "하고|하며|부르고|부르며|하는데요|하는데|부르는데요|부르는데"
_KOREAN_NAMING: Final = re.compile(
    _NAMED_AS + r"(?:함|한다|합니다|" + _GOES_ON + r"|부른다|부름|부릅니다|하죠|해요|부르죠|불러요"
    r"|칭함|칭한다|칭합니다|정의한다|정의함|정의합니다"
    # the writer's own name for it from here on: "이를 X라 하겠습니다" (not "X라고 하자", let
    # it be: an assumption)
    r"|하겠습니다|하겠다|부르겠습니다|부르겠다"
    r"|말한다|말함|말합니다|표현한다|표현함|표현합니다"
    # named, designated, called in the passive: "이를 X라고 명명한다", "X라고 불린다"; the
    # verb spaced from its noun, or the noun alone ending a note's line ("X라 지칭 합니다",
    # "...들을 X라고 지칭")
    r"|(?:명명|지칭)\s?(?:한다|함|합니다|하며|하고)|명명|지칭|" + CALLED + r")(?![가-힣])"
)
_MAX_NAMED_WORDS: Final = 4


def drop_copula(term: str) -> str:
    """``combination이`` (from ``combination이라고``) -> ``combination``; ``고양이`` stays.

    After a consonant 이 is the copula; when the word with 이 is itself a commoner Korean
    word than the word without (고양이 / 고양), it is kept.
    """
    if len(term) < 2 or not term.endswith("이"):
        return term
    before = term[-2]
    if not is_hangul(before):
        return term[:-1]
    if not ends_in_consonant(before):
        return term  # after a vowel the copula drops its 이: the 이 is the word's own
    from notecards.core.lost_bytes import default_model

    last_word = term.rsplit(maxsplit=1)[-1]
    kept, stripped = default_model().frequency(last_word), default_model().frequency(last_word[:-1])
    if kept is not None and (stripped is None or kept >= stripped):
        return term
    return term[:-1]


# how the last word of a clause before a name ends (``만족할 경우``, ``지니면``), and the
# verbs that may stand between the object and its name (``...를 가리켜 X라고 한다``): the
# name starts after them
CLAUSE_ENDS: Final = ("면", "경우", "때", "가리켜", "일컬어", "두고")


# a name in bold or code at the end of the words before ``라``: ``**X**``, `` `X` ``
_MARKED_AT_END: Final = re.compile(r"(?<!\S)(?:\*\*([^*\n]+)\*\*|(`[^`\n]+`))\s*(?:이)?$")
_QUOTED_AT_END: Final = re.compile(r"['\"“‘]([^'\"“”‘’]+)['\"”’]\s*(?:이)?$")


def _says_whose(before: str, marked: re.Match[str]) -> bool:
    """Whether the masked words ``before`` a name marked in bold or code say whose it is,
    in math (``$B$의 **부분집합**``; a name in code, ``$G$의 `요소` ``, only after the
    genitive: ``` `해시 메서드` 또는 `해시 함수` ``` is two names, not one)."""
    if MASK_CHAR not in before:
        return False
    return marked.group(1) is not None or before.rstrip().endswith("의")


# what a sentence that names what the one before it said may open with instead of ``이를``
# (``... 가정하였습니다. 이는 X라고 명명하며``), with a verb that only names: ``이는 X라고
# 한다`` is as often hearsay (it is said to be X)
_POINTING_TOPICS: Final = frozenset(("이는", "이것은", "이건"))
_CALLS: Final = re.compile(_NAMED_AS + r"(?:부르|부릅|부름|불러|명명|지칭|칭)")


# one syllable that with 라 is a verb, not a name: 따라 (follow), 골라 (pick), 잘라 (cut)
_VERB_STEMS: Final = frozenset("따골잘올몰달")


def _says_how(named: str) -> bool:
    """Words before ``라고 합니다`` that say how something is, not what it is called: a
    subject or topic inside them (``해당 점은 X``), a modifier (``꽤 효과적인 알고리즘``),
    or an adjectival noun alone (``효율적``): hearsay, ``...이라고 합니다``."""
    *modifiers, last = named.split()
    return last.endswith("적이") or any(
        word.endswith(("은", "는", "가", "인")) and word not in JOINING_NAMES for word in modifiers
    )


# the words that join two names of one thing (``버킷 또는 슬롯``): no topic marker
JOINING_NAMES: Final = frozenset(("또는", "혹은"))


def korean_named(masked: str, line: str) -> tuple[str, int] | None:
    """``...를 X라고 함``: the words between the object marker and ``라``, and where they
    start; a bolded name before the naming verb whatever comes before it."""
    match = _KOREAN_NAMING.search(masked)
    if match is None:
        return bold_named(masked, line, None) if "불" in line or "부르" in line else None
    # "**X**라고 부르는 사람도 있습니다. **Y**라고 불리기도 합니다": a name given in passing
    # before the naming verb is the line's first
    passing = named_in_passing(masked, line, match.start())
    if passing is not None:
        return passing
    if line[match.start() - 2 : match.start()] == "**" or line[match.start() - 1] in ")이":
        bold = bold_named(masked, line, match)
        if bold is not None:
            return bold
    words = list(re.finditer(r"\S+", masked[: match.start()]))
    collected: list[re.Match[str]] = []
    for word in reversed(words):
        text = word.group(0)
        if collected and text.endswith((".", "!", "?")) and text[-2:-1].isalpha():
            return None  # "... 쉽습니다. X라고도 불립니다.": the sentence before names nothing
        # "...를 X라고", and "조건을 만족할 경우 X라고": the name starts after the object or
        # the clause
        if collected and (
            text.endswith(("을", "를", "걸", *CLAUSE_ENDS))
            or (text in _POINTING_TOPICS and _CALLS.match(masked, match.start()) is not None)
        ):
            if _LETS.fullmatch(sentence_so_far(masked, word.end())):
                return None  # "$V$와 $W$를 벡터공간이라고 하고,": let them be, no name given
            start, end = collected[-1].start(), collected[0].end()
            marked = _MARKED_AT_END.search(line, start, end)
            if marked is not None and _says_whose(masked[start : marked.start()], marked):
                # "$A$를 $B$의 **부분집합(subset)**이라 합니다", "... $G$의 `요소`라고":
                # the words in bold or code are the name, what comes before them says whose
                group = 1 if marked.group(1) is not None else 2
                return marked.group(group), marked.start(group)
            if MASK_CHAR in masked[start:end]:
                return _notation_named(line[start:end], start)
            if _says_how(masked[start:end]):
                return None
            quoted = _QUOTED_AT_END.search(line, start, end)
            if quoted is not None:  # "보통 '메타 데이터'라고": the quoted words are the name
                return quoted.group(1).strip(), quoted.start(1)
            named = drop_copula(line[start:end].strip(" \"“”'")).strip("\"“”'")
            if named.count("'") == 1:
                named = named.replace("'", "")  # "'유휴(Idle)' 상태": a quote around a part
            if named in _VERB_STEMS:
                return None
            return named, start
        collected.append(word)
        if len(collected) > _MAX_NAMED_WORDS:
            return None
    return None


# a sentence opening with its object written only in math (``$V$와 $W$를``): "let them be"
# (each run of masked characters ends at a joint or a space: a run split in two ways more
# than one would make the match exponential in the run's length)
_LETS: Final = re.compile(rf"\s*{MASK_CHAR}+(?:(?:\s*(?:와|과|및|,)\s*|\s+){MASK_CHAR}+)*\s*[을를]")


# a name written as code or as a link to where it is explained (``...를 `관형사형 전성어미`라고
# 합니다``, ``...을 [절](https://...)이라고 합니다``)
_CODE_NAME: Final = re.compile(r"(`[^`\n]{1,60}`)(?:이)?")
_LINKED_NAME: Final = re.compile(LINKED_NAME + "(?:이)?")


def _notation_named(words: str, start: int) -> tuple[str, int] | None:
    """The name in ``words`` when they are one code span or one link and nothing else."""
    words = words.strip()
    code = _CODE_NAME.fullmatch(words)
    if code is not None:
        return code.group(1), start
    linked = _LINKED_NAME.fullmatch(words)
    if linked is not None:
        return linked.group(1).strip(), start + 1
    return None


# ``...를 묶습니다. 이것이 (바로) X입니다``: a name given to what the sentence before did
_DEMONSTRATIVE_NAMING: Final = re.compile(
    r"(?<=[.!?]\s)(?:이것이|이게|이것은)\s+(?:바로\s+)?(?P<term>[^.!?\s][^.!?]{0,40}?)"
    r"(?:입니다|이에요|예요|이다)\s*(?:[.!]|$)"
)
# what a clause ends in when the words say what something does, not what it is called
_BOUND_NOUNS: Final = frozenset(["바", "것", "뿐", "수", "때문", "셈", "최선", "최악", "문제"])


def _korean_this_is(masked: str, line: str) -> tuple[str, int] | None:
    """``이것이 바로 X입니다`` after a sentence: X, and where it starts; not a clause
    (``NF가 노리는 바``, ``쿼리가 동작하는 방식``)."""
    match = _DEMONSTRATIVE_NAMING.search(masked)
    if match is None or MASK_CHAR in masked[match.start("term") : match.end("term")]:
        return None
    *modifiers, last = match.group("term").split()
    if (
        last in _BOUND_NOUNS
        or is_facet(last)  # "이것은 Stack의 가장 큰 특징이다": what X has, not a name
        or any(word.endswith(("가", "이", "은", "는", "의")) for word in modifiers)
    ):
        return None
    return line[match.start("term") : match.end("term")].strip("*_ "), match.start("term")


_POINTING: Final = re.compile("이것|이게")
# where a clause that names one term ends and the sentence goes on to name another
_NAMING_CLAUSE_END: Final = re.compile("(?:" + _NAMED_AS + "|하다고\\s*)(?:" + _GOES_ON + "),?")


def _may_name(line: str) -> bool:
    """Whether a line holds a word that every naming sentence holds (``라``, a form of
    불리다 or 부르다, ``이것``, ``이게``, one of :data:`.english_naming.ENGLISH_NAMING_WORDS`,
    or a verb a writer names with: ``call``, ``term``, ``dub``, ``name for``): looked for
    one by one, which is faster than one search for them all (it stops at every 이 and at
    every letter that opens one of the English words)."""
    return (
        "라" in line
        or "불리" in line  # "**X**로 불립니다"
        or "불립" in line
        or "부르기도" in line  # "**X**로 부르기도 함"
        or "하다고" in line
        or "이것" in line
        or "이게" in line
        or "call" in line  # "called", and "we call X the Y"
        or "known" in line
        or "referred" in line
        or "term" in line  # "termed", "they term X the Y", "a term for X is Y"
        or "named" in line
        or "ame for" in line  # "a common name for X is Y"
        or "dub" in line
        or (
            ("*" in line or "_" in line)
            and (any(word in line for word in CONDITIONS) or " is " in line or " are " in line)
        )
    )


def named_in_prose(line: str) -> tuple[str, str] | None:
    """The term a prose sentence defines, and that sentence (with the one before it when it
    points back at it: ``... 자릿수별로 정렬한다. 이러한 방식을 X라고 한다``).

    ``...이를 X라고 함`` / ``...를 X라 부른다`` and ``... is called X.`` / ``known as X``.
    A clause that names nothing a term can be (``... `hash method` 또는 `해시 함수`라고
    하고``) leaves the name of the clause after it (``... hashcode라고 한다``).
    """
    if not _may_name(line):
        return None
    found = _named_in(line)
    if found is None and (clause := _NAMING_CLAUSE_END.search(line)) is not None:
        return named_in_prose(line[clause.end() :])
    return found


_NEXT_NAMING: Final = re.compile(NEXT_NAMING)
# the word that joins a clause naming one thing to the clause naming the next, opening it
_JOINING_CLAUSE: Final = re.compile(r",?\s*(?:and|while|whereas)\s+")


# "...곳을 버킷(bucket) 또는 슬롯(slot)이라고 합니다": two names for one thing; the first
# asks, the sentence holds both
_ALTERNATIVE: Final = re.compile(r"\s+(?:" + "|".join(sorted(JOINING_NAMES)) + r")\s+")


def _named_in(line: str) -> tuple[str, str] | None:
    """:func:`named_in_prose` of a line's first naming clause."""
    points = "이" in line and _POINTING.search(line) is not None
    masked = mask_opaque(line)
    found = (
        korean_named(masked, line)
        or english_named(masked, line)
        or (korean_property_named(masked, line) if "하다고" in line else None)
        or marked_named(masked, line)
        or (_korean_this_is(masked, line) if points else None)
    )
    if found is None:
        return None
    term, position = clean_term(_ALTERNATIVE.split(found[0], maxsplit=1)[0]), found[1]
    if not (term and is_term(term)) or is_question(term):
        return None
    start, previous, before = 0, 0, 0
    end = len(line)
    for piece in SENTENCE_BREAK.finditer(line):
        if piece.start() > position:
            end = piece.start()
            break
        start, previous, before = piece.end(), start, previous
    clause = _NAMING_CLAUSE_END.search(line, position, end)
    if clause is not None:  # "A를 X라 하고, B를 Y라고 한다": X's clause ends at its comma
        end = clause.end()
    elif " called " in line and (next_one := _NEXT_NAMING.search(masked, position, end)):
        end = next_one.start()  # "A is called X, and B is called Y": X's clause ends at "and"
    sentence = line[start:end].strip()
    if not start and (joining := _JOINING_CLAUSE.match(sentence)) and " called " in sentence:
        sentence = sentence[joining.end() :]  # "and B is called Y", the clause after X's
    if start and refers_back(sentence):
        # "이러한 방식을 X라고 한다": what "이러한" means; "전자를 X, 후자를 Y라고 한다": the
        # two sentences before say what each is
        sentence = line[before if points_at_a_pair(sentence) else previous : end].strip()
    elif start and names_a_symbol_from(line[start:position], line[previous:start]):
        # "(다)와 같이 ...인 경우도 있습니다. (다)를 단문이라고 부릅니다": what the symbol
        # stands for is said in the sentence before
        sentence = line[previous:end].strip()
    return term, sentence
