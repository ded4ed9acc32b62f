"""Sentences that say what a command or option in code is for: ``To add a dependency, use
`rye add`.``, ``Then to install them, run `rye sync`:``, ``Run `make` to compile the
code.``, ``Fetching a Python can be done using `rye toolchain fetch`.``, ``Running `pytest -x`
stops at the first failure``, ``The `-v $(pwd):/mnt` flag mounts the current folder``,
```defineProps()`를 사용하여 props를 선언``.

The code asks and the sentence answers. Tutorials and TILs teach commands this way, in
prose rather than in a ``- `cmd`: what it does`` list. Only the imperative or the purpose
clause counts, or the writer saying what an option is for (``Here I'm using `--isolated` to
make sure ...``, ``You can pick the version with the `--python` option``): a story of what
the writer ran (``Then I ran `npm run dev` to start it``) is not read here.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from notecards.core.extract.patterns.sentences import SENTENCE_BREAK

_CODE: Final = r"`(?P<term>[^`\n]{2,60})`"
_VERBS: Final = r"(?:use|run|call|type|execute|pass|add|set|enter|press)"
# "To X, (you can) use `cmd`", "Then to X, run `cmd`"
_TO_PURPOSE_THEN_CODE: Final = re.compile(
    r"^(?:(?:then|so|and|now|also),?\s+)?to\s+[a-z][^,.:;]{3,80},\s+"
    r"(?:you\s+(?:can|should|need\s+to|must|have\s+to)\s+|just\s+|simply\s+)?"
    + _VERBS
    + r"\s+(?:the\s+)?"
    + _CODE,
    re.IGNORECASE,
)
# "to" before a place is no purpose: "add `x.rb` to the folder"
_NOT_A_PLACE: Final = r"(?!(?:the|a|an|your|my|our|its|their|that|this|these|those)\b)"
# "Run `make` to compile the code", "Use `-n auto` to use every core"
_CODE_THEN_PURPOSE: Final = re.compile(
    r"^(?:(?:then|now|also|just|simply),?\s+)?" + _VERBS + r"\s+(?:the\s+)?" + _CODE
    + r"\s+(?:[\w.'`-]+\s+){0,5}?(?:in\s+order\s+)?to\s+" + _NOT_A_PLACE + r"[a-z]",
    re.IGNORECASE,
)  # fmt: skip
# "Here I'm using `--isolated` to make sure nothing sneaks in": the writer says what an
# option is for (an option only: "I ran `npm run dev` to start it" is their story)
_OPTION_FOR: Final = re.compile(
    r"(?:^|[,;]\s+)(?:here,?\s+|so\s+|then\s+|and\s+)?(?:I|we)(?:'m|\s+am|'re|\s+are)?\s+"
    r"(?:using|use|used|added|add|adding|pass|passed|passing)\s+"
    r"`(?P<term>--?[A-Za-z][^`\n]{0,40})`\s+(?:[\w.'`-]+\s+){0,4}?to\s+" + _NOT_A_PLACE + r"[a-z]",
    re.IGNORECASE,
)
# "You can pick the Python version with the `--python 3.13` option", "pass that using the
# `--ignore-words` option", "The trick is to use the `-c` option, which ...": what an option
# does, said of the option the sentence uses (the option named as such, not any code)
_USING_THE_OPTION: Final = re.compile(
    r"\b(?:using|with|use|pass|passing|add|adding|via)\s+the\s+"
    r"`(?P<term>--?[A-Za-z][^`\n]{0,40})`\s+(?:option|flag|argument|parameter|switch)\b"
)
# a sentence that says what the option does only by pointing back ("This is done with the
# `-L` flag", "One way of doing that is with ...", "You do this with ...", "take this a step
# further with ...", "supports this with ..."), or only names it ("Just use the `-r` flag:",
# "If I use ... with the `-v` flag.", "Here is an example of using the `-g` flag.")
_SAYS_IT_ELSEWHERE: Final = re.compile(
    r"^(?:this|that|it|these|those|one\s+way|just|if|so|then)\b"
    r"|\b(?:do|does|did|doing|done)\s+(?:this|that|so|it)\b|\ba\s+step\s+further\b"
    r"|\b(?:supports?|overrides?|handles?|achieves?|solves?|fix|fixes|avoids?)\s+(?:this|that)\b"
    r"|\blike\s+(?:this|so)\b"
    r"|\bhere(?:'s|’s|\s+is|\s+are)\b",
    re.IGNORECASE,
)
_SAYS_AT_LEAST: Final = 4  # words before the option, for it to say what the option is for


def _using_the_option(sentence: str) -> re.Match[str] | None:
    found = _USING_THE_OPTION.search(sentence)
    if (
        found is None
        or len(sentence[: found.start()].split()) < _SAYS_AT_LEAST
        or _SAYS_IT_ELSEWHERE.search(sentence) is not None
        or sentence[found.start() - 1 : found.start()] == "("  # "(with the `-a` flag)": an aside
    ):
        return None
    return found


# "Fetching a Python can be done using `rye toolchain fetch`"
_DONE_USING_CODE: Final = re.compile(
    r"^(?!(?:This|That|It|These|Those)\s)"  # "This can be done with ...": done what, unsaid
    r"[A-Z][^`]{3,80}?\s+(?:can|could)\s+be\s+done\s+(?:using|with|by\s+running|via)\s+" + _CODE,
)

# a sentence that leaves the saying to what the note shows next: "... gives output like the
# following:", "... looks like this:" (not "... switches the output to JSON - something
# like this:", which says it first)
_SHOWS_NEXT: Final = re.compile(
    r"\b(?:gives|produces|outputs|returns|prints|shows|displays|looks)\s+(?:\w+\s+){0,3}?"
    r"(?:like|as)\s+(?:the\s+following|follows|this|so)\W*$"
)

# "Using the `-C` option fixes this:": code the writer points at, and a sentence that leads
# into the example after it (what it says is there)
_POINTED_AT_AND_LEADS_ON: Final = re.compile(r"^\w+\s+(?:the|that|this)\s+`.*:\s*$")

# the kinds of a part of code it may be named with ("The `-v` flag ...")
_PARTS: Final = (
    r"(?:flag|option|argument|parameter|setting|line|command|bit|key|field|header|directive"
    r"|method|function|call|part|keyword|clause|statement|section|variable|property|attribute"
    r"|decorator|fixture|hook)s?"
)

# the words that cannot be the verb a pair of code items or a clause's code does: a copula,
# a preposition or a pronoun after the code ("`a` and `b` are ...", "`x` and `y` columns in")
_NO_VERB: Final = (
    r"(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|may"
    r"|might|must|in|of|on|at|to|for|with|from|by|into|as|that|which|who|and|or|but|so|if"
    r"|when|than|the|an?|it|this|these|those|there|here|looks?|seems?)\b"
)
# the word after the verb may not show it was a noun ("`x` columns are ...", "`-b` times of
# ...", "`N` statements since ...")
_AFTER_A_VERB: Final = (
    r"\s+(?!(?:is|are|was|were|be|being|been|of|since|will|would|can|could|should|may|might"
    r"|must)\b)"
)
# what it does may not only point back ("... fixes it.", "... does this."; not "keeps that
# video", "tells it to ...")
_NOT_POINTING: Final = r"(?!(?:it|this|that|these|those)\W*$)"

# "Running `mysql_secure_installation` runs a wizard", "Setting `stdin=PIPE` allows ...":
# what running, setting or passing the code does, said of it as the subject
_RUNNING_CODE_DOES: Final = re.compile(
    r"^(?:Running|Setting|Passing|Calling|Adding|Using)\s+(?:(?:the|that|this)\s+)?" + _CODE
    # its kind after it ("Setting that `UV_OFFLINE=1` environment variable causes ...")
    + r"(?:\s+(?:environment\s+)?" + _PARTS + r")?"
    # where or how it runs may come between ("Running `rye init` in a new folder creates ...",
    # "Adding `%%time` to a Jupyter cell causes ...")
    + r"\s+(?:(?:in|on|to|inside|within|against|from|with|for)\s+(?:[\w.'`/-]+\s+){1,4}?)?"
    r"(?:(?:also|then|now)\s+)?(?!(?:is|was|has|this|looks|seems|confirms|reveals)\b)"
    r"[a-z]{3,}s\s+(?!the\s+following\b)[a-z`]"
)  # fmt: skip

# "The `-v $(pwd):/mnt` flag mounts ...", "`page.goto()` makes the browser ...", "`-l` means
# ...": the code, an option or a part of it as the subject of what it does (not "is", a
# definition read elsewhere; not "does the same" nor "fixes this", nor a sentence that
# leads into what comes after it, "`git diff` shows the changes it made:", which leaves the
# saying to that)
_CODE_DOES: Final = re.compile(
    r"^(?:[Tt]he\s+)?" + _CODE
    # its kind, named or any one word (a "package", a "trick"; a "helper function"), where it
    # is ("here"), an aside in parentheses
    + r"\s+(?:(?:(?:[a-z][\w-]*\s+)?" + _PARTS + r"|(?!" + _NO_VERB + r")[a-z][\w-]*)\s+)?"
    r"(?:(?:here|there)\s+)?(?:\([^()\n]{1,80}\)\s+)?(?:also\s+|then\s+|just\s+|only\s+)?"
    r"(?!(?:is|was|has|does|looks|seems|confirms|reveals|comes)\b)"
    # its verb in lower case, or capitalised right after it, as an API's reference writes
    # ("`get(key)` Gets the value ...": "`x` creator Chris ..." has none)
    r"(?:[a-z]{3,}s|(?<=`\s)[A-Z][a-z]{2,}s)\s+"
    r"(?!the\s+(?:following|same)\b|(?:this|that|it|these|those)\W*$)[\w`\"'(]"
)  # fmt: skip

# "Note also the `requires-python = ">=3.8"` line to specify the minimum version": what a
# line of code the writer points at is for
_NOTE_THE_CODE_TO: Final = re.compile(
    r"^Note\s+(?:also\s+)?the\s+" + _CODE + r"\s+(?:" + _PARTS + r"\s+)?"
    r"(?:to|which|that)\s+[a-z]"
)


# "I also send `replace: true` - this ensures ...", "that `sudo -E` option - it's short for
# ...": after a dash (a hyphen, an en or an em dash), "this", "it" or "which" says what the
# code before it does (not code given as an example, "... such as `/tmp/x` - which ...": what
# "which" says is of the whole sentence)
_CODE_THEN_IT_DOES: Final = re.compile(
    r"(?<!such as )(?<!like )(?<!e\.g\. )" + _CODE
    + r"(?:\s+" + _PARTS + r")?\s+[-–—]\s+(?:this|it|which)(?:'s|’s|\s+(?:is|means|ensures"
    r"|causes|makes|lets|tells|returns|runs|gives|shows|adds|sets|stands|stops|prevents))\s+\S"
)  # fmt: skip

# "`--tracing on` is really interesting: it generates ...", "The `AllowedOrigins` key is
# interesting: it works by ...": the writer's remark, then (after a colon or a dash) "it"
# says what the code does
_CODE_REMARKED_THEN_IT_DOES: Final = re.compile(
    r"(?:The\s+)?" + _CODE + r"(?:\s+" + _PARTS + r")?\s+is\s+"
    r"(?:really\s+|very\s+|particularly\s+|especially\s+)?"
    r"(?:interesting|useful|handy|neat|important|clever|the\s+key)(?:\s*[:—]|\s+[-–])\s+"
    r"(?:it|this)(?:'s|’s|\s+[a-z]{3,}s)\s+\S"
)

# "`defineProps()`를 사용하여 props를 선언": code and what using it does, in Korean
_KOREAN_USING_CODE: Final = re.compile(
    _CODE + r"(?:를|을|로|으로)\s*(?:사용하여|사용해서|사용해|사용하면|이용하여|이용해서|이용해|"
    r"이용하면|써서|쓰면|통해|통하여|활용하여|활용해|활용하면)\s+\S"
)


# "`-a 1` and `-b 2` set the ...", "The `alpha` and `beta` utilities provide ...", "The `-n`
# and `-v` flags together give ...": two pieces of code (or more, listed) as one subject, a
# word for their kind after them, and what they do together, asked as one
_PAIR_DOES: Final = re.compile(
    r"^(?:[-*+]\s+)?(?:(?:the|both)\s+(?:the\s+)?)?(?P<term>`[^`\n]{1,60}`(?:,\s+`[^`\n]{1,60}`)*"
    r",?\s+and\s+(?:the\s+)?`[^`\n]{1,60}`)"
    r"(?!.*\b(?:this|that|it)\W*$)"  # (nor one that ends pointing back: "... serve this.")
    r"(?:\s+(?!" + _NO_VERB + r")[a-z]{3,})?"  # their kind: "flags", "methods", "pieces"
    r"\s+(?:both\s+|together\s+|then\s+|also\s+|each\s+)?"
    r"(?:(?:can|will|would|could)\s+(?:then\s+|also\s+)?)?"
    r"(?!" + _NO_VERB + r")[a-z]{3,}" + _AFTER_A_VERB + _NOT_POINTING + r"[\w`\"'(]",
    re.IGNORECASE,
)  # fmt: skip

# "... and the `-x` flag stops ...", "..., then `wait()` ensures ...", "... whereas `:x` only
# exits ...", "... - where the `-r` tells `jq` to ...": a clause after the first, with code
# of its own as the subject of what it does (not the second of a pair: "`a` and `b` set")
_CLAUSE_CODE_DOES: Final = re.compile(
    r"(?<!`)(?<!`,)(?:,?\s+(?:and|then|but|while|whereas|where)|;|\s[-–—]\s+where|\s[-–—])\s+"
    r"(?:then\s+)?(?:the\s+)?" + _CODE + r"(?:\s+" + _PARTS + r")?\s+"
    r"(?:also\s+|then\s+|only\s+|just\s+)?(?!(?:is|was|has|does|looks|seems|comes)\b)"
    r"[a-z]{3,}s" + _AFTER_A_VERB + _NOT_POINTING + r"(?!the\s+(?:following|same)\b)[\w`\"'(]"
)  # fmt: skip


def _in_sentence(sentence: str) -> re.Match[str] | None:
    """What a sentence with code in it says the code is for, found by the first rule that
    reads it."""
    return (
        _TO_PURPOSE_THEN_CODE.match(sentence)
        or _CODE_THEN_PURPOSE.match(sentence)
        or _DONE_USING_CODE.match(sentence)
        or (
            _RUNNING_CODE_DOES.match(sentence)
            if not _SHOWS_NEXT.search(sentence) and not _POINTED_AT_AND_LEADS_ON.match(sentence)
            else None
        )
        or _NOTE_THE_CODE_TO.match(sentence)
        or (_CODE_DOES.match(sentence) if not sentence.rstrip().endswith(":") else None)
        or _OPTION_FOR.search(sentence)
        or _using_the_option(sentence)
        or _KOREAN_USING_CODE.match(sentence)
        or (_CODE_REMARKED_THEN_IT_DOES.match(sentence) if " is " in sentence else None)
        or (
            _CODE_THEN_IT_DOES.search(sentence)
            if " - " in sentence or "—" in sentence or "–" in sentence
            else None
        )
    )


def code_purpose(line: str) -> tuple[str, str] | None:
    """The command or option in code that a sentence of ``line`` says the use of, and that
    sentence."""
    if "`" not in line:
        return None
    for sentence in SENTENCE_BREAK.split(line.strip()):
        if "`" in sentence and (found := _in_sentence(sentence)) is not None:
            return f"`{found.group('term').strip()}`", sentence.strip()
    return None


def code_purposes(line: str) -> list[tuple[str, str]]:
    """Each command or option in code that a sentence of ``line`` says the use of, with its
    sentence: each sentence's own (:func:`code_purpose`), or two or more pieces of code
    that do something together (``The `-n` and `-v` flags give a dry run``, asked as one)."""
    if "`" not in line:
        return []
    found: list[tuple[str, str]] = []
    for sentence in SENTENCE_BREAK.split(line.strip()):
        if "`" not in sentence or sentence.count("`") % 2:
            continue  # (nor a sentence cut inside code: "... `black . --check` ...")
        said = sentence.strip()
        if (first := _in_sentence(said)) is not None:
            found.append((f"`{first.group('term').strip()}`", said))
        elif (pair := _PAIR_DOES.match(said)) is not None:
            found.append((pair.group("term"), said))
    return found


# "The `-R` flag fixes this. It tells `less` to ...", "I'm using `uv run` for it. This means
# ...": the sentence after one that names a piece of code says, pointing back at it, what
# the code does
_POINTED_AT_DOES: Final = re.compile(
    r"(?:This|That|It)\s+(?:means|ensures|lets|allows|makes|causes|tells|prevents|forces"
    r"|guarantees|gives|returns|stands\s+for|sets)\s+\S"
)


def code_then_what_it_does(line: str) -> list[tuple[str, str]]:
    """The code a sentence of ``line`` names (its only code, in a sentence that does not
    lead into what follows it) when the next sentence points back at it to say what it
    does, with both sentences (``The `--` is a convention. It tells the command that ...``)."""
    if line.count("`") < 2 or ". " not in line:
        return []  # (a cheap test first: two sentences, code in one)
    sentences = [sentence.strip() for sentence in SENTENCE_BREAK.split(line.strip())]
    found: list[tuple[str, str]] = []
    for first, following in pairwise(sentences):
        if (
            first.count("`") == 2
            and not first.endswith((":", "?"))
            and _POINTED_AT_DOES.match(following) is not None
            and (code := _NAMED_CODE.search(first)) is not None
            and not first.startswith("If ")  # "If you've been using `asdf` ...": a case
        ):
            found.append((f"`{code.group('term').strip()}`", f"{first} {following}"))
    return found


# the code a sentence names, not in an aside or a link ("(`delete * from foo`)", "[this
# `zsh` process](...)") nor given as an example ("a shell like `zsh`")
_NAMED_CODE: Final = re.compile(r"(?<![(\[])(?<!like )(?<!such as )" + _CODE + r"(?![^(\[]*[)\]])")


def code_in_clauses(line: str) -> list[tuple[str, str]]:
    """The code of each clause after a sentence's first that says what it does, with its
    sentence (``The `--pdb` starts the debugger and the `-x` stops at the first failure``:
    ``-x`` is a card of its own, whatever card the first clause makes)."""
    if line.count("`") < 2:
        return []
    return [
        (f"`{clause.group('term').strip()}`", sentence.strip())
        for sentence in SENTENCE_BREAK.split(line.strip())
        # (a clause of a sentence that leads into what follows leaves the saying to it)
        if "`" in sentence and not sentence.count("`") % 2 and not sentence.rstrip().endswith(":")
        for clause in _CLAUSE_CODE_DOES.finditer(sentence)
    ]
