"""Sentences that say what a command or option in code is for."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns.code_purpose import (
    code_in_clauses,
    code_purpose,
    code_purposes,
    code_then_what_it_does,
)
from tests.conftest import by_question, cards_of


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("To add a package to the project, use `uv add`:", "`uv add`"),
        ("Then to actually fetch the packages, run `uv sync`.", "`uv sync`"),
        ("To open a shell, you can run `docker exec -it ID sh`.", "`docker exec -it ID sh`"),
        ("Run `make` to build the C code.", "`make`"),
        ("Add `.patch` to that URL to get a plain text patch.", "`.patch`"),
        ("Pruning old images can be done using `docker image prune`.", "`docker image prune`"),
        ("Then I ran `npm run dev` to start the server.", None),  # the writer's story
        ("Now add `tool.rb` to the `Formula` folder.", None),  # a place, not a purpose
        ("I use `jq` a lot.", None),
        ("To be honest, I prefer `vim`.", None),
        ("`defineProps()`를 사용하여 props를 선언한다.", "`defineProps()`"),
        # what running or setting it does, said of it as a subject
        (
            "Running `db_setup --secure` starts a wizard that sets a password.",
            "`db_setup --secure`",
        ),
        ("Setting `stdin=PIPE` allows the child to read what we write.", "`stdin=PIPE`"),
        ("Running `ls` is fun.", None),  # says nothing it does
        ("Running `tree` reveals the following:", None),  # what the writer saw
        ("Running `make check` confirms this.", None),
        ("I kept running `make` all day.", None),
        # the code, an option of it or a part of it, as the subject that does something
        ("The `-v $(pwd):/data` flag mounts this folder as `/data`.", "`-v $(pwd):/data`"),
        ("The `--pk id` option sets the primary key of the new table.", "`--pk id`"),
        ("`page.goto()` makes the browser open that address.", "`page.goto()`"),
        ("`-l` means long output, one file a line.", "`-l`"),
        ("The `needs: [build]` bit ensures this runs after the build.", "`needs: [build]`"),
        ("`make` is a build tool.", None),  # a definition, read elsewhere
        ("The `q=` parameter needs the following query:", None),  # what follows says it
        ("`sh` does the same thing.", None),  # says nothing of its own
        ("`git diff` shows the changes it made:", None),  # what follows shows them
        ("The `-R` flag fixes this.", None),  # fixes what, said before
    ],
)
def test_what_a_command_is_for(line: str, term: str | None) -> None:
    found = code_purpose(line)
    assert (found[0] if found else None) == term


def test_a_command_s_purpose_is_a_card_and_its_paragraph_still_answers_the_heading() -> None:
    text = (
        "# Ports\n\n## Which process holds a port\n\n"
        "To find which process is listening on a port, use `lsof -i :8000`. It lists them.\n"
    )
    cards = by_question(cards_of(text, "ports.md"))
    assert cards["`lsof -i :8000`"].answer == (
        "To find which process is listening on a port, use `lsof -i :8000`."
    )
    assert "It lists them." in cards["Which process holds a port"].answer


@pytest.mark.parametrize(
    ("sentence", "option"),
    [
        ("Here I'm using `--isolated` to keep other environments out.", "`--isolated`"),
        ("Tests run in parallel, so I added `-n auto` to use every core.", "`-n auto`"),
    ],
)
def test_the_writer_saying_what_an_option_is_for(sentence: str, option: str) -> None:
    found = code_purpose(sentence)
    assert found is not None and found[0] == option


def test_the_writer_running_a_command_is_their_story() -> None:
    assert code_purpose("Then I ran `npm run dev` to start it.") is None


def test_a_pronoun_that_says_what_is_done_leaves_it_unsaid() -> None:
    """``This can be done with `getTime()`.``: done what, the sentence does not say."""
    assert code_purpose("This can be done with `getTime()`.") is None
    assert code_purpose("Comparing dates can be done with `getTime()`.") is not None


def test_a_sentence_that_uses_an_option_by_name_says_what_it_is_for() -> None:
    """``You can pick the interpreter with the `--python 3.12` option:``: what the option
    is for, said where the sentence uses it (not only at its start)."""
    assert code_purpose(
        "You can also pick which interpreter runs it with the `--python 3.12` option:"
    ) == (
        "`--python 3.12`",
        "You can also pick which interpreter runs it with the `--python 3.12` option:",
    )
    assert code_purpose(
        "Keep a file of words it should skip and pass that using the `--skip-words` option."
    ) == (
        "`--skip-words`",
        "Keep a file of words it should skip and pass that using the `--skip-words` option.",
    )
    # saying it elsewhere, or only naming the option: no card
    assert code_purpose("This is done with the `-L` flag.") is None
    assert code_purpose("You do this with the `-C` flag.") is None
    assert code_purpose("We can take this a step further with the `--all` flag.") is None
    assert code_purpose("Just use the `-r` flag:") is None
    assert code_purpose("Here is an example of just using the `-g` flag.") is None
    assert code_purpose("The rebase command supports this with the `--onto` flag.") is None
    assert code_purpose("Sync runs recursively (with the `-a` flag) over every folder.") is None


def test_code_a_sentence_points_at_or_runs_somewhere_says_what_it_does() -> None:
    """``Note also the `python-min = "3.9"` line to set ...``, ``The `[tool.lint]` section
    lists ...``, ``The `db_server` fixture starts ...``, ``Running `tool init` in a new
    folder creates ...``: what the code does; not ``... gives output like the following:``."""
    note = 'Note also the `python-min = "3.9"` line to set the oldest Python it supports.'
    assert code_purpose(note) == ('`python-min = "3.9"`', note)
    section = "The `[tool.lint]` section lists the checks that run on every commit."
    assert code_purpose(section) == ("`[tool.lint]`", section)
    fixture = "The `db_server` fixture starts a database in a temporary folder for each run."
    assert code_purpose(fixture) == ("`db_server`", fixture)
    running = "Running `tool init` in a new folder creates a `settings.toml` file."
    assert code_purpose(running) == ("`tool init`", running)
    assert code_purpose("Running `diff` with two files gives output like the following:") is None


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("I also send `replace: true` - this ensures old rows are replaced.", "`replace: true`"),
        ("I had to look up that `sudo -E` option - it's short for `--preserve-env`.", "`sudo -E`"),
        ("The `-n` flag — which means dry run — is safe to try first.", "`-n`"),
        ("I pass `--frozen` – this stops the lock file from changing.", "`--frozen`"),  # en dash
        ("I ran `make` - it took ten minutes on my laptop.", None),  # the writer's story
    ],
)
def test_code_then_a_dash_and_what_it_does(line: str, code: str | None) -> None:
    """``... `replace: true` - this ensures ...``: after a dash, ``this`` or ``it`` says what
    the code does."""
    found = code_purpose(line)
    assert (found[0] if found else None) == code


def test_setting_that_code_and_its_kind_does_something() -> None:
    """``Setting that `UV_OFFLINE=1` environment variable causes ...``: a determiner before
    the code and its kind after it."""
    line = "Setting that `UV_OFFLINE=1` environment variable causes `uvx` to fail offline."
    found = code_purpose(line)
    assert found is not None and found[0] == "`UV_OFFLINE=1`"


def test_adding_code_to_where_it_goes_does_something() -> None:
    """``Adding `%%time` to a Jupyter cell causes it to report the time taken``: where the
    code is added may come between it and what it does."""
    line = "Adding `%%timeit` to a notebook cell causes it to time the cell many times."
    found = code_purpose(line)
    assert found is not None and found[0] == "`%%timeit`"


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (
            "`--trace on` is really interesting: it writes an archive you can open later.",
            "`--trace on`",
        ),
        (
            "The `AllowedHosts` key is interesting: it works by matching the `Host` header.",
            "`AllowedHosts`",
        ),
        (  # after a spaced hyphen or an en dash, as after a colon or an em dash
            "The `--with-editable '.[dev]'` part is important - it installs the project itself.",
            "`--with-editable '.[dev]'`",
        ),
        ("The `-x` flag is handy – it stops at the first failure.", "`-x`"),
        ("`make` is really slow: I waited ten minutes.", None),  # the writer's remark
    ],
)
def test_code_found_interesting_and_then_what_it_does(line: str, code: str | None) -> None:
    """```--tracing on` is really interesting: it generates a trace ZIP file ...``: after the
    writer's remark and a colon, ``it`` says what the code does."""
    found = code_purpose(line)
    assert (found[0] if found else None) == code


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("The `--dry` flag here (no space after it) keeps every file in place.", "`--dry`"),
        ("The `fmt-check` helper function walks the tree and reports bad files.", "`fmt-check`"),
        ("The `**opts` trick spares you from listing each keyword again.", "`**opts`"),
        ("The `ripcat` tool then prints the matches in colour.", "`ripcat`"),
        ("`lint-all` author Dana Ruiz explained the idea in a talk.", None),  # no verb of it
    ],
)
def test_code_its_kind_and_where_it_is_before_what_it_does(line: str, code: str | None) -> None:
    """``The `-geom=NO` flag here (...) prevents ...``, ``The `expect()` helper function
    encapsulates ...``, ``The `...ctx` trick saves ...``: any one word for its kind, "here"
    and an aside may come between the code and what it does."""
    found = code_purpose(line)
    assert (found[0] if found else None) == code


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        (
            "`-ac 2` and `-ar 44100` set the channels and the sample rate.",
            "`-ac 2` and `-ar 44100`",
        ),
        (
            "The `pg_dump` and `pg_restore` utilities copy a database out and back in.",
            "`pg_dump` and `pg_restore`",
        ),
        ("Both `head` and `tail` will take a `-n` count of lines.", "`head` and `tail`"),
        ("The `-q` and `-s` flags together silence all output.", "`-q` and `-s`"),
        ("The `start` and `end` columns are of type `date`.", None),  # what they are
        ("The `lo` and `hi` bounds of the range can be negative.", None),
        ("The `up` and `down` keys serve this.", None),  # points back
    ],
)
def test_two_pieces_of_code_that_do_something_together(line: str, pair: str | None) -> None:
    """```-map 0:v` and `-map 1:a` set the first stream up as video ...``: two pieces of code
    as one subject are asked as one."""
    assert code_purposes(line) == ([(pair, line)] if pair else [])


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        (
            "The `-v` prints each name and the `-n` flag stops before any change.",
            ["`-n`"],
        ),
        (
            "Closing `proc.stdin` sends an end of file, then `proc.wait()` blocks until it exits.",
            ["`proc.wait()`"],
        ),
        ("So `:w` saves the buffer, whereas `:x` only writes it when it changed.", ["`:x`"]),
        (
            "I found `trim` in the docs - where the `-b` tells it to strip both sides.",
            ["`-b`"],
        ),
        (
            "I'm not sure yet, but `--keep-failed` only keeps the logs of failures.",
            ["`--keep-failed`"],
        ),
        ("The `day`, `month`, and `year` fields are required.", []),  # a list, no clause
        ("We read `a.txt` and `b.txt` files in order.", []),  # a pair, not a clause
        ("It needs `x` and `y` columns are all set.", []),  # (no verb)
        ("Run `tidy` first, and `lint` checks the result:", []),  # what follows says it
    ],
)
def test_code_of_a_later_clause_that_says_what_it_does(line: str, codes: list[str]) -> None:
    """``The `--pdb` starts the debugger ... and the `-x` stops the tests ...``: the code of
    each clause after the first that says what it does."""
    assert [code for code, _ in code_in_clauses(line)] == codes


def test_each_sentence_and_each_clause_of_a_paragraph_is_a_card() -> None:
    """A paragraph on one line: a card for the code of each of its sentences, and one for
    the code of a later clause, whatever card the first clause made."""
    text = (
        "# Ripcat\n\nSome notes on the tool.\n\n"
        "`--color` paints each match red. I have not tried it, but `--plain` only prints "
        "the file names.\n\n"
        "The `-i` starts an interactive session and the `-q` flag exits after the first "
        "match.\n"
    )
    cards = by_question(cards_of(text, "ripcat.md"))
    assert cards["`--color`"].answer == "`--color` paints each match red."
    assert cards["`--plain`"].answer.endswith("`--plain` only prints the file names.")
    assert any(question.endswith("`-q`") for question in cards)
    assert "`-i`" in " ".join(cards)


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        (
            "The `-S` switch settles it. It tells `sort` to keep equal lines in order.",
            ["`-S`"],
        ),
        ("I run `tox` for every push. This ensures each Python gets tested.", ["`tox`"]),
        ("Be careful with `rm -rf`. That means no undo.", ["`rm -rf`"]),
        # two pieces of code: which one the next sentence speaks of is unclear
        ("`a` calls `b` first. This means the cache is warm.", []),
        # a case, an aside, an example: not what the sentence names
        ("If you have used `make` before, fine. This means little.", []),
        ("We tried it (with `fd`) first. This makes it quick.", []),
        ("Use a shell like `zsh` here. It lets you share history.", []),
        # a sentence that leads into what follows leaves the saying to it
        ("Here is the `env` line: This means nothing.", []),
        ("The `grep` call is slow. Then I rewrote it.", []),
    ],
)
def test_the_sentence_after_code_says_what_it_does(line: str, codes: list[str]) -> None:
    """``The `-R` flag fixes this. It tells `less` to ...``: the sentence after the one
    naming the code points back at it and says what it does."""
    assert [code for code, _ in code_then_what_it_does(line)] == codes


def test_code_named_then_explained_is_a_card() -> None:
    """A paragraph that names code, then says what it does in the sentence after."""
    text = (
        "# Paging\n\nSome notes on the pager.\n\n"
        "Colours come out as escape codes. The `-K` flag settles this. It tells the pager "
        "to quit on an interrupt.\n"
    )
    cards = by_question(cards_of(text, "paging.md"))
    (asked,) = [question for question in cards if question.endswith("`-K`")]
    assert cards[asked].answer.endswith("It tells the pager to quit on an interrupt.")
