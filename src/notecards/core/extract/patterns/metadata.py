"""Pairs that are data about a note or an exercise, or sample values: not knowledge.

They look like ``Term: definition`` but a learner has nothing to learn from them:

- a note's metadata and properties, written in its body or in an outliner's block:
  ``file-path:: zotero/...``, ``alias:: MPS``, ``tags: [ml]``, ``up: Parent``, ``id:: 64e4...``,
  a property line or an org block marker (``#+BEGIN_NOTE``) taken for a term;
- an exercise's constraints and a solution's measurements: ``메모리 제한: 128 MB``,
  ``시간 제한: 1 초``, ``Time: 1836ms``, ``Total work time: 7:59``;
- sample values that an example prints or a walkthrough computes: ``user_id: 48213``,
  ``label: [1, 0, 0]``, ``코끼리: [1, 0, 0]``, ``visited[3]: True``, ``Width: 1120``,
  ``x_norm_clstoken: (bs, emb_size)``; a variable set to a number taken for a term, one step
  of a worked example (``$c_1=5$: 0 fills five places``);
- the values a setup fills into a login or a connection: ``Host: postgres-db``,
  ``비밀번호: ssafy``;
- the options of a multiple-choice question (``a. Yes`` / ``b. No`` / ``c. ...``);
- a record of where an exercise is: a link and short fields beside it (``6kyu``,
  ``failed``, the kata's address), no word of what it asks.

A value with a unit after a term (``int: 4바이트``, ``1 Kibi: 1024 bytes``) is a fact and
stays; so does a bare number after a phrase (``Number of rounds: 48``).
"""

from __future__ import annotations

import re
from typing import Final

# keys that only ever hold metadata, as a note's body writes them
_METADATA_KEYS: Final = frozenset(
    (
        "file-path",
        "alias",
        "aliases",
        "title",
        "collapsed",
        "tags",
        "tag",
        "up",
        "related",
        "keywords",
        "created",
        "updated",
        "modified",
        "date",
        "permalink",
        "layout",
        "desc",
        "draft",
        "excerpt",
        "categories",
        "hl-page",
        "hl-color",
        "ls-type",
    )
)
# keys whose value is a time stamp: written with a sentence, they are a term of their own
# (Vue's ``created`` hook, a file's ``Modified`` state in git)
_STAMP_KEYS: Final = frozenset(("created", "updated", "modified"))
# what a note's opening lines state about the note (``Tags: #networking``, ``Status: draft``,
# ``Source: [[a book]]``, ``up:: [[Parent]]``, ``__Parent__: [Processes](...)``): its
# metadata written in the body
_OPENING_KEYS: Final = _METADATA_KEYS | frozenset(
    (
        "status", "source", "sources", "links", "reference", "references", "author", "authors",
        "instructor", "lecturer", "professor", "speaker", "location", "course", "semester",
        "parent", "venue",
    )
)  # fmt: skip
_OPENING_LINE: Final = re.compile(
    r"^\s*(?:[-*+]\s+)?[*_]*([A-Za-z][\w -]{0,20}?)[*_]*\s*::?[*_]*(?:\s|$)"
)
_PROPERTY_LINE: Final = re.compile(r"^[A-Za-z][\w.-]*::(?:\s|$)")
_ORG_MARKER: Final = re.compile(r"^#?\+?(?:BEGIN|END)_[A-Z]+$")
_UUID: Final = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
# what an exercise or a run measures (asked by a note for its value, never explained)
_MEASURE: Final = re.compile(
    r"(?:시간|메모리)\s*제한|(?:time|memory)\s*limit"
    r"|(?:total\s+|wall\s+|cpu\s+|execution\s+|running\s+|run\s+|work\s+)*time|runtime"
    r"|memory(?:\s+usage)?|(?:실행|소요|수행)\s*시간|메모리(?:\s*사용량)?|난이도|difficulty"
    r"|정답\s*비율|맞힌\s*사람|제출|submissions?",
    re.IGNORECASE,
)
_MARKUP: Final = "`*_ "
# the fields of a login or a connection a setup fills in: what follows them is this setup's
# own value (``Host: postgres-db``, ``비밀번호: ssafy``), never a fact (a port, which may be
# a well-known default worth learning, is left to the rules for numbers)
_SETUP_FIELDS: Final = frozenset(
    (
        "host", "hostname", "database", "database name", "db", "db name", "user", "username",
        "user name", "user id", "login", "password", "passwd", "conn id", "conn type",
        "connection id", "connection type", "사용자", "사용자 이름", "사용자명", "아이디",
        "비밀번호", "패스워드", "계정",
    )
)  # fmt: skip
_NUMBER: Final = re.compile(r"[-+]?\d[\d,_]*(?:\.\d+)*")
_MEASURED: Final = re.compile(
    r"[-+]?\d[\d,_]*(?:\.\d+)*\s*(?:%|[^\W\d_]{1,6})?|\d{1,3}:\d{2}(?::\d{2})?"
)
_SCALAR: Final = frozenset(("true", "false", "none", "null", "nil"))
_COLLECTION: Final = re.compile(r"^[\[(]([^\[\]()\n]*)[\])]$")
# an item of a literal: a number, a quoted string, a code name (lowercase), a constant
_COLLECTION_ITEM: Final = re.compile(
    r"[-+]?\d[\d_]*(?:\.\d+)?|'[^',]*'|\"[^\",]*\"|[a-z_][a-z0-9_.]*|True|False|None"
)
# where one literal ends and the next begins: ``), (``, ``], [``
_LITERALS_APART: Final = re.compile(r"(?<=[\])]),\s*(?=[\[(])")
_PLACEHOLDER: Final = re.compile(r"^[\[(<]\s*(?:e\.g\.|ex\.|예:|예\))", re.IGNORECASE)


# a variable set to a number as a question (``$c_1=5$``, ``k = 3``): one step of a worked example
# (not in code: ```UV_OFFLINE=1```, ```epochs=10``` is a setting, and what it does is known)
_ASSIGNED: Final = re.compile(r"^\$?\s*[A-Za-z][\w{}^\\]*\s*=\s*[-+]?\d[\d.,]*\s*\$?$")


def is_metadata_paragraph(text: str) -> bool:
    """Whether every line of a paragraph states something about the note (``Tags:``,
    ``Status: draft``, ``up:: [[Parent]]``) rather than about its subject."""
    lines = [line for line in text.split("\n") if line.strip()]
    for line in lines:
        found = _OPENING_LINE.match(line)
        if found is None or found.group(1).strip().casefold() not in _OPENING_KEYS:
            return False
    return bool(lines)


# a letter of any script: an answer without one, and without code or math (an operator
# written as code, ``->``, or a formula may be what is asked), says no word
_LETTER: Final = re.compile(r"[^\W\d_]")
# one number or version alone may be a fact asked for (``Number of rounds: 48``)
_ONE_NUMBER: Final = re.compile(r"^\s*\d+(?:\.\d+)*\s*$")


# a web address alone, as a reference list or a link dump writes it (``<https://...>``,
# ``https://...>`` when the colon after it was taken for a term's end)
_WEB_ADDRESS: Final = re.compile(r"[<`]?https?://\S+?[>`]?")


_SENTENCE_WORDS: Final = 5
_SENTENCE_ENDS: Final = (".", "!", "。")


def _is_a_sentence(answer: str) -> bool:
    """Whether an answer says something in a sentence (a metadata value names a value)."""
    return answer.rstrip().endswith(_SENTENCE_ENDS) and len(answer.split()) >= _SENTENCE_WORDS


def is_not_knowledge(question: str, answer: str) -> bool:
    """Whether a pair is metadata, an exercise's constraint, a sample value or a reference
    (a web address asked as a term: ``<https://arxiv.org/abs/2210.17323>: GPTQ``)."""
    if "://" in question and _WEB_ADDRESS.fullmatch(question) is not None:
        return True
    if "=" in question and any(_ASSIGNED.match(part) for part in question.split(" — ")):
        return True  # also when asked with its subject: "$c_1=5$ — counting sort"
    if ((":" in question and "::" in question) or "_" in question[:6]) and (
        _PROPERTY_LINE.match(question) or _ORG_MARKER.match(question)
    ):
        return True
    if (
        not answer[:1].isalpha()  # a letter first (most answers): _LETTER is found at once
        and _LETTER.search(answer) is None
        and "`" not in answer
        and "$" not in answer
        and not _ONE_NUMBER.match(answer)
    ):
        return True  # "50%", "3, 5, 10", "1.\n2.": a share, numbers, an empty list
    if "://" in answer and "\n" in answer and _is_a_record(answer):
        return True  # "6kyu\nfailed\nhttps://www.codewars.com/kata/...": where, not what
    if "\n" in answer and _offers_choices(answer):
        return True  # "a. 100 per region\nb. No limit\nc. ...": a quiz's options, no answer
    if answer[1:3] == " [" and _is_to_do_list(answer):
        return True  # "- [ ] 독서노트를 자기 말로 쓴다": the writer's to-do list, not knowledge
    if len(answer) > 80 or "\n" in answer:
        return False
    key = question.strip(_MARKUP).casefold()
    if (
        key in _METADATA_KEYS
        and question[:1] != "`"  # (`date`: the command, not a stamp)
        and not _is_a_sentence(answer)  # "## Alias" + "Alias는 ... 방법이 있다.": a topic
    ):
        # "created: 2024-03-01", not "created" + what the hook of that name is for
        return key not in _STAMP_KEYS or any(map(str.isdigit, answer))

    if key in _SETUP_FIELDS and " " not in answer.strip(_MARKUP):
        return True  # "Host: `postgres-db`", "username: airflow": this setup's own values
    first = answer[:1]
    if first.isalpha() and first not in "tfnTFN":
        return False  # a word: no value (the common case, decided at once)
    value = answer.strip(_MARKUP).rstrip(".").strip(_MARKUP)
    if key == "id":
        return _UUID.match(value) is not None
    first = value[:1]
    if first.isdigit() or (first in "+-" and value[1:2].isdigit()):
        if _MEASURED.fullmatch(value) is None:
            return False
        if _MEASURE.fullmatch(key):
            return True  # Time: 1836ms, 메모리 제한: 128 MB
        # a bare number after a one-word key: a sample value (Width: 1120, user_id: 48213)
        return " " not in key and _NUMBER.fullmatch(value) is not None
    if first in "[(<":
        return _is_collection(value)
    # a constant after a one-word key: a sample value (visited[3]: True)
    return len(value) <= 5 and value.casefold() in _SCALAR and " " not in key


# the most words a field of an exercise's record holds beside its link (``6kyu``, ``Silver 3``,
# ``passed with java``)
_MAX_FIELD_WORDS: Final = 3


def _is_a_record(answer: str) -> bool:
    """An answer of web addresses and short fields only (``6kyu``, ``failed``, a kata's
    address): a record of where an exercise is, no word of what it asks."""
    fields = [line.strip() for line in answer.split("\n") if line.strip()]
    linked = [_WEB_ADDRESS.fullmatch(line) is not None for line in fields]
    return 0 < sum(linked) < len(fields) and all(
        link or len(line.split()) <= _MAX_FIELD_WORDS
        for line, link in zip(fields, linked, strict=True)
    )


# an option of a multiple-choice question: "a. ...", "b) ...", "(c) ...", "① ..."
_CHOICE: Final = re.compile(r"\s*(?:\(?[a-eA-E][.)]|[①②③④⑤])\s")
_MIN_CHOICES: Final = 3


def _offers_choices(answer: str) -> bool:
    """An answer of lettered options (a line more at most): a multiple-choice question's."""
    lines = [line for line in answer.split("\n") if line.strip()]
    choices = sum(1 for line in lines if _CHOICE.match(line))
    return choices >= _MIN_CHOICES and choices >= len(lines) - 1


# a task's checkbox, "[ ] write it down", "[x] done"; and a task list's item, "- [ ] ..."
TASK_BOX: Final = re.compile(r"\[[ xX]\]\s")
_TASK_ITEM: Final = re.compile(r"[-*+]\s" + TASK_BOX.pattern)


def _is_to_do_list(answer: str) -> bool:
    """Whether every item of an answer is a task's checkbox (lines under one go with it)."""
    items = [line for line in answer.split("\n") if line.strip() and not line[:1].isspace()]
    return all(_TASK_ITEM.match(line) for line in items)


def _is_collection(value: str) -> bool:
    """``[1, 0, 0]``, ``(bs, emb_size)``, ``[e.g. v1.2]``: a literal list or a placeholder."""
    if _PLACEHOLDER.match(value):
        return True
    found = _COLLECTION.match(value)
    if found is None:
        # '("Hello", 1), ("World", 1)': literals one after another, a map step's output
        literals = _LITERALS_APART.split(value)
        return len(literals) > 1 and all(map(_is_collection, literals))
    items = [item.strip() for item in found.group(1).split(",")]
    if not all(_COLLECTION_ITEM.fullmatch(item) for item in items):
        return False
    return len(items) > 1 or _NUMBER.fullmatch(items[0]) is not None
