"""Command options belong to their command: ``- -l : 자세히 보여줌`` under ``ls`` asks
``ls -l``.

Reference notes list a command's options one per item (``- `-f`: 실시간으로 추적``,
``- --name NAME : 이름 설정``). An option alone is no question, so its card names the
command: the nearest item before it in the same list whose term is a command
(``- `tail`: 파일 끝 출력``), else the parent item or heading it sits under when that
starts with a command (``useradd -m -d /home/me``, ``### tail 옵션``). Without a command the
option keeps its dashes (``-l``, never ``l``).

An option a sentence explains (``The `--path` option can be used to ...``) is asked, once
the note's cards are proposed, with the command the note's own code runs it with
(``git filter-repo --path docs/`` asks ``git filter-repo --path``):
:func:`run_with_their_command`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.patterns.labels import is_generic_label
from notecards.core.extract.patterns.splitting import is_option
from notecards.core.extract.proposal import Context, Proposal

# a command: one or two lowercase words before any option, path or other text
_COMMAND: Final = re.compile(
    r"`?(?P<command>[a-z][\w.-]*[a-z0-9](?: [a-z][\w-]*[a-z0-9])?)(?=`|\s|$)"
)
_MAX_COMMAND_WORDS: Final = 2
_ARGUMENT_STARTS: Final = frozenset("-/.$<{[`'\"~")


def command_in(text: str, *, in_code: bool = False) -> str | None:
    """The command a term, a parent item or a heading starts with: ``tail`` of ``tail 옵션
    설명``, ``docker run`` of ```docker run```, ``useradd`` of ``useradd -m -d /home``.
    ``in_code``: the text is a line of code, where ``ps`` and ``date`` are programs, not
    the labels ``P.S.`` and ``Date`` that a term or a heading opens with."""
    text = text.strip()
    match = _COMMAND.match(text)
    if match is None:
        return None
    command = match.group("command")
    words = command.split()
    rest = text[match.end() :].lstrip("`").strip()
    if rest and rest[0].isascii() and rest[0] not in _ARGUMENT_STARTS:
        return None  # "single image test" names no command; "tail 옵션", "useradd -m" do
    while words and not in_code and is_generic_label(words[-1]):
        words.pop()  # "e.g", "ex" are no commands
    if not words or len(words) > _MAX_COMMAND_WORDS:
        return None
    return " ".join(words)


def qualified(items: Sequence[Sequence[Proposal]], context: Context) -> list[list[Proposal]]:
    """The proposals of a list's items, item by item, their options asked with their
    command; ``context`` is the path above the list, innermost last."""
    fallback = next((c for c in map(command_in, reversed(context)) if c is not None), None)
    command = fallback
    result: list[list[Proposal]] = []
    for proposals in items:
        asked: list[Proposal] = []
        for proposal in proposals:
            question = proposal.question
            if is_option(question) and proposal.context == context and command is not None:
                asked.append(proposal._replace(question=f"{command} {question.strip('`')}"))
                continue
            if proposal.context == context and question.startswith("`") and not is_option(question):
                command = command_in(question) or command
            asked.append(proposal)
        result.append(asked)
    return result


# an option alone in code, as a sentence asks it: "The `--path` option can be used to ..."
# (asked with its kind, ```--path` option``, it is asked with its command instead)
_OPTION_IN_CODE: Final = re.compile(
    r"`(?P<option>--?[A-Za-z][\w-]*)(?P<value>[ =][^`\s]{1,20})?`"
    r"(?: option| flag| argument| parameter| switch)?"
)  # (with its value: "`-o 4` is the highest level", "`--max-heap-size=20`")
# the note's code: its fenced blocks and its code spans
_FENCED: Final = re.compile(
    r"^[ \t]*(?:```|~~~)[^\n]*\n(?P<code>.*?)^[ \t]*(?:```|~~~)", re.M | re.S
)
_SPAN: Final = re.compile(r"`(?P<code>[^`\n]+)`")
_INDENTED: Final = re.compile(r"^(?: {4}|\t)[ \t]*(?P<code>[$%>] \S[^\n]*|[a-z][^\n]*)", re.M)
# a command line: a program (and its subcommand) before its options
_COMMAND_LINE: Final = re.compile(
    r"^[ \t]*(?:[$%>][ \t]+)?(?P<command>[a-z][\w.-]*(?:[ \t]+[a-z][\w.-]*(?=[ \t]|$))?)"
)
# where one command of a line ends and the next begins
_COMMAND_BREAK: Final = re.compile(r"\||&&|;|\$\(")
# words before a program that run it rather than name it (``sudo apt``, ``until curl``)
_RUNNERS: Final = frozenset((
    "sudo", "time", "nohup", "exec", "env", "until", "while", "if", "then", "do", "else",
    "elif", "not",
))  # fmt: skip


# a shell's prompt before the command: ``$``, ``%``, ``>``, ``~ %``, ``~/src $``,
# ``me@host:~$``, ``root@box:/#``, ``local>``, ``(venv) $`` (not a bare ``#``: a comment)
_PROMPT: Final = re.compile(r"[\w.@:~/-]*[$%>]|[\w.@:~/-]+#|~[\w./-]*|\([\w.-]+\)")


# a quoted argument, whatever it holds
_QUOTED: Final = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")


_PYTHONS: Final = frozenset(("python", "python3", "py"))


def _command_before(line: str, option: str) -> str | None:
    """The command an option is given to on a line of code: the program (and subcommand)
    that opens its part of the line (after a pipe or ``&&``), not one whose quoted
    argument holds the option (``fzf --preview 'bat --color ...'``). A quoted argument
    before the option is passed over (``jq '.a | .b' -r`` gives ``-r`` to ``jq``)."""
    unquoted = _QUOTED.sub(lambda quoted: "_" * len(quoted.group()), line)
    given = re.search(rf"\s{re.escape(option)}(?=\s|$)", unquoted)
    if given is None:
        return None  # only inside a quoted argument: another program's option
    before = _COMMAND_BREAK.split(unquoted[: given.start() + 1])[-1]
    if "'" in before or '"' in before:
        return None  # a quote left open: where the argument ends is unclear
    words = before.split()
    while words and (
        words[0] in _RUNNERS
        or _PROMPT.fullmatch(words[0]) is not None
        or words[0][-1:] == ":"  # a YAML key before it: "run: codespell ...", "- run: ..."
        or words[0] == "-"
    ):
        words.pop(0)
    if len(words) > 2 and words[0] in _PYTHONS and words[1] == "-m":
        words = words[2:]  # "python -m pytest --lf": the module runs as its own command
    ran = _COMMAND_LINE.match(" ".join(words))
    command = command_in(ran.group("command"), in_code=True) if ran is not None else None
    return None if command is None or option in command.split() else command


def run_with_their_command(proposals: list[Proposal], text: str) -> list[Proposal]:
    """Each question that is an option alone in code (```--path```: a sentence said what it
    does) asked with the command the note runs it with (```git filter-repo --path``` when the
    note's code has ``git filter-repo --path docs/``). When the note runs it with several
    commands, the sentence speaks of the code last shown before it; an option the note runs
    with no command, or with several and none before the sentence, stays as it is. ``text``
    is the note's markdown, its lines those of the proposals."""
    options = {
        match.group("option")
        for proposal in proposals
        if proposal.question[:2] == "`-"  # (one slice: most questions are no option)
        and (match := _OPTION_IN_CODE.fullmatch(proposal.question)) is not None
    }
    if not options:
        return proposals  # (most notes: no such question)
    runs = _runs_of(options, text)
    named: list[Proposal] = []
    for proposal in proposals:
        match = _OPTION_IN_CODE.fullmatch(proposal.question)
        if match is None:
            named.append(proposal)
            continue
        option = match.group("option") + (match.group("value") or "")
        given = runs.get(match.group("option"), [])
        command = _command_for(given, proposal.line, option if match.group("value") else "")
        if command is not None:
            named.append(proposal._replace(question=f"`{command} {option}`"))
        else:
            named.append(proposal)
    return named


def _runs_of(options: set[str], text: str) -> dict[str, list[tuple[int, str, str]]]:
    """Where the note's code runs each option (its line, 1-based), with what command, and
    that line."""
    runs: dict[str, list[tuple[int, str, str]]] = {option: [] for option in options}
    code = [(found.start("code"), found.group("code")) for found in _FENCED.finditer(text)]
    code.extend((found.start("code"), found.group("code")) for found in _SPAN.finditer(text))
    code.extend((found.start("code"), found.group("code")) for found in _INDENTED.finditer(text))
    for start, block in code:
        first = text.count("\n", 0, start) + 1
        for number, line in enumerate(block.split("\n"), first):
            for option, given in _given_on(line, options).items():
                command = _command_before(line, given)
                if command is not None:
                    runs[option].append((number, command, line))
    return runs


# short options given together: "-FX" gives -F and -X
_BUNDLED: Final = re.compile(r"-[A-Za-z]{2,4}")


def _given_on(line: str, options: set[str]) -> dict[str, str]:
    """The options a line of code gives, each with the word that gives it: itself, itself
    with its value (``--record-mode=once``), or the bundle of short options it is one of
    (``less -FX`` gives ``-F`` as ``-FX``)."""
    given: dict[str, str] = {}
    for word in line.split():
        if word in options:
            given[word] = word
        elif (name := word.partition("=")[0]) != word and name in options:
            given.setdefault(name, word)  # "--record-mode=once"
        elif word[:1] == "-" and _BUNDLED.fullmatch(word):
            for letter in word[1:]:
                if f"-{letter}" in options:
                    given.setdefault(f"-{letter}", word)
    return given


def _command_for(runs: Sequence[tuple[int, str, str]], line: int, value: str) -> str | None:
    """The command of an option a sentence on ``line`` explains: the only one the note runs
    it with (with the ``value`` the sentence gives it, when the note runs it with others
    too), else the one of the code last shown before the sentence."""
    if value:
        runs = [run for run in runs if value in run[2]] or runs
    commands = {command for _, command, _ in runs}
    if len(commands) == 1:
        return commands.pop()
    before = [(number, command) for number, command, _ in runs if number < line]
    return max(before)[1] if before else None
