"""Phrases that name something to do, and code short enough to be the way to do it.

A how-to note names a task (``untracked files 한 번에 제거``, ``stash 목록 비우기``,
``Install the CLI``, ``How to list remote branches``) and answers it with a command. The
task is named by a Korean task noun or verb form at the phrase's end, or an English
imperative or "How to" at its start; a facet word (``사용 방법``, ``Usage``) names a part of
the subject above, not a task. The command is a line or three of code: a longer program is
an example to read, not a tip to recall; a step of one machine's set-up (a download
address, a path in the home folder, an exported variable) is an installation log.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.facet_words import is_facet
from notecards.core.extract.patterns.chatter import is_date
from notecards.core.extract.patterns.headings import is_skipped_heading
from notecards.core.extract.patterns.numbering import without_section_number

_ACTION_ENDINGS: Final = (
    "기", "하기", "제거", "삭제", "설정", "확인", "설치", "생성", "추가", "변경", "실행", "조회",
    "적용", "해결", "방법", "는 법", "하는 방법", "사용법", "만들기", "보기", "되돌리기",
)  # fmt: skip
_ENGLISH_ACTION: Final = re.compile(
    r"^(?:how to|to|install|installing|run|running|use|using|create|creating|add|adding|"
    r"remove|removing|delete|set|setting|fix|fixing|undo|find|finding|get|getting|list|"
    r"show|check|convert|converting|enable|disable|update|upgrade|build|building|deploy|"
    r"configure|configuring|generate|generating|start|stop|restart|clean|copy|move|rename|"
    r"query|querying|search|count|export|import|open|write|read|make|making|watch out|avoid|"
    r"avoiding|browse|browsing|track|tracking|handle|handling|prevent|preventing|pass|"
    r"passing|serve|serving|load|loading|save|saving|print|printing|debug|debugging|send|"
    r"sending|fetch|fetching|replace|replacing|extract|extracting|parse|parsing|render|"
    r"rendering|upload|uploading|download|downloading|sort|sorting|filter|filtering|"
    r"monitor|monitoring|access|accessing|connect|connecting|skip|skipping|ignore|ignoring|"
    r"attach|attaching|publish|publishing|sign|signing|emulate|emulating|display|"
    r"displaying|edit|editing|reset|resetting|revert|reverting|squash|squashing|merge|"
    r"merging|rebase|rebasing|push|pushing|pull|pulling|change|changing|limit|limiting|"
    r"keep|keeping|turn|turning|switch|switching|compare|comparing|view|viewing|combine|"
    r"combining|split|splitting|embed|embedding|inspect|inspecting|serialize|serializing|"
    r"schedule|scheduling|automate|automating|cache|caching|mock|mocking|customize|"
    r"customizing|speed up|speeding up|specify|specifying|analyze|analyzing|allow|allowing|"
    r"deleting|support|supporting)(?=\s|$)",
    re.IGNORECASE,
)
# "Listing processes that have a file open", "Failing the tests if coverage drops": any
# English verb's -ing form with its object names a task, as the words above do (not the
# writer's story, which points back or goes on with no object: "Trying it out", "Applying
# for an account"; not a noun in -ing, "String interpolation"; not a proof's step, a
# comparison or a linked title)
_GERUND_TASK: Final = re.compile(
    r"^(?P<verb>[A-Za-z]{2,}ing)\s+(?!(?:it|this|that|these|those|them|what|how|why|up|out"
    r"|on|in|at|to|for|from|with|about|through|around|over|back|more|again|and|or|vs?|versus)"
    r"\b)[\w`\"'(]",
    re.IGNORECASE,
)
_NOT_GERUNDS: Final = frozenset((
    "thing", "something", "nothing", "everything", "anything", "string", "spring", "morning",
    "evening", "ceiling", "during", "king", "ring", "wing", "beginning", "meeting", "heading",
    "padding", "training", "learning", "programming", "engineering", "marketing", "computing",
    "networking", "pricing", "hosting", "timing", "warning",
))  # fmt: skip
_NOT_A_TASK: Final = re.compile(r"\$|\]\(|\s(?:vs\.?|versus)\s", re.IGNORECASE)
_MAX_GERUND_WORDS: Final = 10
_COMMAND_LINES: Final = 3  # a command or two, not a program
# a step of one machine's set-up or one project's, not a tip: a download address, a home or
# environment path, a variable exported for the shell, a file of the project opened in an
# editor or run as it is (``nano producer.py``, ``python3 producer.py``; a system file's
# path, ``sudo vim /etc/hosts``, says where a setting lives)
_SETUP: Final = re.compile(
    r"://|\$\{?HOME\b|~/|/home/|^\s*export\s+\w+="
    r"|^\s*(?:\$\s*)?(?:(?:sudo\s+)?(?:nano|vim?|emacs|gedit|code|notepad)\s+(?!/)[\w./-]*\w[\w./-]*"
    r"|(?:python3?|node|ruby|bash|sh)\s+[\w./-]+\.(?:py|js|rb|sh))\s*$",
    re.MULTILINE,
)
# a tool run from where it was installed (``~/go/bin/yamlfmt .``) is the tool, not a set-up
_RUN_FROM_BIN: Final = re.compile(r"^\s*(?:\$\s*)?~/(?:[\w.-]+/)*bin/(?=[\w.-]+(?:\s|$))")
_MAX_PHRASE_WORDS: Final = 12


def names_an_action(text: str) -> bool:
    """Whether a heading or list item names a task (``... 제거``, ``How to ...``)."""
    plain = without_section_number(text.strip(" ?*_`#"))  # "3. upload ...": a numbered step
    if is_facet(plain):
        return False  # "사용 방법", "Usage": a facet of the subject above, not a task
    return (
        bool(_ENGLISH_ACTION.match(plain))
        or plain.endswith(_ACTION_ENDINGS)
        or _names_by_gerund(plain)
    )


def _names_by_gerund(plain: str) -> bool:
    """Whether a phrase opens with a verb's -ing form and its object (``Listing processes
    ...``, ``Enabling GitHub Pages via Actions``)."""
    if "ing " not in plain[:24]:
        return False  # (a cheap test first: most phrases open otherwise)
    found = _GERUND_TASK.match(plain)
    return (
        found is not None
        and found.group("verb").casefold() not in _NOT_GERUNDS
        and _NOT_A_TASK.search(plain) is None
        and len(plain.split()) <= _MAX_GERUND_WORDS  # (a paper's title is longer)
    )


def short_phrase(text: str) -> bool:
    """A phrase of up to a dozen words, not a sentence, a date or a skipped heading."""
    return (
        len(text.split()) <= _MAX_PHRASE_WORDS
        and not text.endswith((".", "!", "。"))
        and not is_date(text)
        and not is_skipped_heading(text)
    )


def names_a_task(text: str) -> bool:
    """A heading or item that names a task in a short phrase (``### SwiftLint 적용하기``,
    ``- stash 목록 비우기``): its steps or its command answer it."""
    return names_an_action(text) and short_phrase(text)


def is_command(code: str, *, fenced: bool) -> bool:
    """Whether a code block's source (with its fences when ``fenced``) is a command or two
    that holds anywhere, not a step of one machine's set-up."""
    said = command_lines(code, fenced=fenced)
    return len(said) <= _COMMAND_LINES and not any(
        _SETUP.search(_RUN_FROM_BIN.sub("", line, count=1)) for line in said
    )


def command_lines(code: str, *, fenced: bool) -> list[str]:
    """The lines a code block's source says (its fences and blank lines aside)."""
    inside = code.split("\n")[1:-1] if fenced else code.split("\n")
    return [line for line in inside if line.strip()]


_SHELLS: Final = frozenset(
    ("", "bash", "sh", "shell", "console", "zsh", "fish", "powershell", "ps1", "cmd", "bat")
)


def typed_at_a_shell(block: Block, lines: Sequence[str]) -> bool:
    """Whether a code block is typed at a shell: an indented block, or a fence that names
    a shell's language or none (a ``python`` listing is a program, not commands)."""
    if block.kind != "fence":
        return True
    return lines[block.start].strip().lstrip("`~").strip().casefold() in _SHELLS
