"""A list item that opens with its topic marked as code or in bold, and says something of
it: ``- `collect()`는 Action 연산, 결과를 드라이버로 모음``, ``- **CNN**은 위치 정보에 취약함``;
a call's brackets mark it as code too (``- cancel()은 작업을 멈추라고 요청한다``). In English
the topic is the subject of the item's verb (``- `rsync -a` copies a tree ...``).

The writer marked the name and made it the sentence's topic, so the item defines it however
the sentence ends (no genus or defining verb is needed, as it is for prose). Not when the
sentence leads on (a comma or a colon at its end, ``아래의 코드와 같이``), names a term of
its own (``... 이를 **클로저**라고 함`` asks 클로저), compares two things (```Date``는 ...,
``Calendar``는 ...``) or the code is a value (``[0.1, 0.9]``); a bold term's particle must
agree with its last sound (``**... 없**는`` is a verb's ending, not a topic). In a paragraph
the same sentence is what its section is about, and its heading asks: only list items are
read so.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.definition_words import ends_adnominal
from notecards.core.extract.patterns.naming_sentences import named_in_prose
from notecards.core.extract.patterns.sentences import is_question, is_topic_marked
from notecards.core.extract.patterns.terms import is_term

# a topic, its particle, and two words or more said of it
_CODE_TOPIC: Final = re.compile(r"(?P<term>`[^`\n]{2,60}`)(?:은|는|이란|란)\s+\S+\s+\S")
# a call written plainly: its brackets mark it as code (``- cancel()은 ...``)
_CALL_TOPIC: Final = re.compile(
    r"(?P<term>[A-Za-z_][\w.]{0,40}\((?:[A-Za-z_*][\w\s,.=*<>\[\]]{0,24})?\))"
    r"(?:은|는|이란|란)\s+\S+\s+\S"
)
_BOLD_TOPIC: Final = re.compile(r"\*\*(?P<term>[^*\n]{1,40}?)\*\*(?P<particle>은|는)\s+\S+\s+\S")
# in English, the topic is the subject of a verb in the third person (``- `SegFix` has a
# post-processing step that ...``, ``- **PatchCore** utilizes pre-trained models ...``), two
# words or more after it; not a past or an auxiliary (``was``, ``does``: nothing said of
# what it is or does), nor a plural noun (``- `exec` events are ...``, ``- `assert`
# preconditions ...``: a verb follows it, or it ends as nouns do)
_SUBJECT_TOPIC: Final = re.compile(
    r"(?P<term>`[^`\n]{2,60}`|\*\*[^*\n]{1,40}?\*\*),?\s+"
    r"(?:(?:also|simply|just|only|then|automatically|actually|usually|often)\s+)?"
    r"(?!(?:is|was|does)\s)(?P<verb>[a-z]{2,}(?<![su])(?<!ion)(?<!ment)s)\s+"
    r"(?!(?:are|were|is|can|should|must|will|may|might|would|could|have|do|need)\s)\S+\s+\S"
)
# a second topic marked in the line: two things compared, neither defined
_ANOTHER_TOPIC: Final = re.compile(r"(?:`[^`\n]+`|\*\*[^*\n]+\*\*)(?:은|는)\s")
_ANOTHER_CALL: Final = re.compile(r"\w\([^()\n]*\)(?:은|는)\s")  # "first()는 ..., last()는 ..."
# a sentence that leads to what comes under it (``... 아래의 코드와 같이``, ``다음처럼``)
_LEADS_TO_WHAT_FOLLOWS: Final = re.compile(
    r"(?:아래|다음)(?:의|과|와|처럼|\s)|같이\s*[.:]?\s*$|as follows|like this"
)
# what code that names something starts with: a letter, or the sigil of an option, a
# method, a decorator, a path or a variable (a number or a bracket starts a value)
_NAMES_CODE: Final = re.compile(r"[^\W\d]|[._\-@:</$][^\W\d]")


def topic_of_item(line: str) -> str | None:
    """The code (with its backticks) or the bold term a list item's line opens with as
    its topic, when the line says something of it; else None."""
    line = line.strip()
    first = line[:1]
    code = (
        _CODE_TOPIC.match(line)
        if first == "`"
        else _CALL_TOPIC.match(line)
        if first.isascii() and (first.isalpha() or first == "_")
        else None
    )
    bold = _BOLD_TOPIC.match(line) if code is None and line[:2] == "**" else None
    found = code if code is not None else bold
    if found is None and first in "`*":
        return _subject_of(line)
    if found is None:
        return None
    if line.endswith((",", "，", ":", "：")) or _LEADS_TO_WHAT_FOLLOWS.search(line):
        return None
    if is_question(line.rstrip(" .")):
        return None  # "`yield`는 무엇일까?": asked, not said
    after = found.end("term") + 2
    if _ANOTHER_TOPIC.search(line, after) or (first != "`" and _ANOTHER_CALL.search(line, after)):
        return None  # "`Date`는 JDK1.0, `Calendar`는 JDK1.1부터": two things compared
    if code is not None:
        term = code.group("term")
        name = term[1:-1] if first == "`" else term
        return term if _NAMES_CODE.match(name) and not named_in_prose(line) else None
    term = clean_term(found.group("term"))
    words = term.split()
    if (
        not words
        or not is_topic_marked(words[-1] + found.group("particle"))
        or any(ends_adnominal(word) for word in words[:-1])
        or not is_term(term)
        or named_in_prose(line) is not None
    ):
        return None
    return term


def _subject_of(line: str) -> str | None:
    """The code or the bold term an English item's sentence opens with as its subject,
    when the sentence says what it does or has (``- `gc.disable()` turns off ...``)."""
    found = _SUBJECT_TOPIC.match(line)
    if found is None or line.endswith((",", ":")) or _LEADS_TO_WHAT_FOLLOWS.search(line):
        return None
    if is_question(line.rstrip(" .")) or named_in_prose(line) is not None:
        return None
    term = found.group("term")
    if term[0] == "`":
        return term if _NAMES_CODE.match(term[1:-1]) else None
    term = clean_term(term)
    # (a bold word in lower case stresses a word of the sentence: "- **all** tasks are ...")
    return term if term and not term[0].islower() and is_term(term) else None
