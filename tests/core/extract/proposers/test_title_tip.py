"""A note's title answered by the start of its body: a one-tip note."""

from __future__ import annotations

import pytest

from notecards.core.extract.proposers.title_tip import names_a_tip
from tests.conftest import by_question, cards_of


@pytest.mark.parametrize(
    "title",
    [
        "Undo the last commit but keep the changes",
        "Snort",
        "Querying items by weekday in another zone",
        "Redis Cannot Sort A Set By Its Values",
        "SQLite can read JSON with one function",
        "Show What Is Inside A Tarball",
        "Equivalence of DFAs, NFAs and Regular Expressions",
        "What Is A Tombstone In Cassandra",
        "Who Is Running This Shell",
        "Who Am I: Git Edition",
        "Do Not Follow Symlinks When Copying",
        "What To Do When A Hook Fails",
        "How Does Git Store A Rename",
        "Don't Trust The Exit Code Of A Pipe",
        "맥에서 포트를 점유한 프로세스 죽이는 법",
        "터미널에서 ANSI 색이 보이도록 하는 방법, ansi2html",
    ],
)
def test_a_title_that_states_a_tip_or_names_a_topic(title: str) -> None:
    assert names_a_tip(title)


@pytest.mark.parametrize(
    "title",
    [
        "아침공부 #6",
        "daily.journal.2025.04.14",
        "2024-03-10",
        "It Is What It Is",
        "This Is Fine",
        "There Are Two Ways",
        "What I Learned",
        "Why I Left",
        "How I Studied For The Exam",
    ],
)
def test_a_log_entry_or_a_date_states_no_tip(title: str) -> None:
    assert not names_a_tip(title)


def test_the_writers_story_is_left_out_of_the_tip() -> None:
    text = (
        "# Undo the last commit but keep the changes\n\n"
        "I committed too early again today.\n\n"
        "Reset softly to the commit before it:\n\n```bash\ngit reset --soft HEAD~1\n```\n"
    )
    (card,) = cards_of(text)
    assert card.answer.startswith("Reset softly")
    assert "I committed" not in card.answer


def test_a_story_leading_into_a_block_that_is_its_own_card_leaves_the_tip_to_what_follows() -> None:
    """``I was seeing this warning:`` + the quoted warning (a card of its own), then the
    tip: the tip answers the title, not the writer's story."""
    text = (
        "# Treating warnings as errors in pytest\n\n"
        "I kept seeing this warning in a project of mine:\n\n"
        "> RuntimeWarning: a naive datetime was received\n\n"
        "Running `pytest -Werror` turns those warnings into errors that fail the tests.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Treating warnings as errors in pytest"].answer.startswith(
        "Running `pytest -Werror`"
    )


def test_a_tip_told_wholly_as_the_writers_story_is_told_from_its_first_code() -> None:
    """Every paragraph says what "I" did: the story that names no code is left out, and the
    tip starts at the first paragraph that names some (before, the note made no card)."""
    text = (
        "# Point A Remote At A New Address\n\n"
        "I renamed a repository last week, so my clone still knew the old address.\n\n"
        "When I run `git remote -v` I can see the remotes I have.\n\n"
        "```bash\n$ git remote -v\norigin  git@example.org:me/old.git (fetch)\n```\n\n"
        "Then I can use `git remote set-url` with the remote's name and its new address.\n\n"
        "```bash\n$ git remote set-url origin git@example.org:me/new.git\n```\n"
    )
    (card,) = cards_of(text)
    assert card.question == "Point A Remote At A New Address"
    assert card.answer.startswith("When I run `git remote -v`")
    assert "git remote set-url origin" in card.answer
    assert "I renamed" not in card.answer


def test_a_post_that_only_introduces_itself_still_makes_no_tip() -> None:
    text = (
        "# Aspect markers in Korean\n\n"
        "이번 글에서는 보조용언 구성인 `-어 있-`과 `-고 있-`을 살펴보겠습니다.\n\n"
        "In this post I walk through `-고 있-` examples.\n"
    )
    assert cards_of(text) == []


def test_a_title_that_states_a_fact_is_answered_by_the_body() -> None:
    text = (
        "# Redis Cannot Sort A Set By Its Values\n\n"
        "A plain set keeps no order, so `SORT` on it compares the members themselves.\n\n"
        "Use a sorted set (`ZADD key score member`) when the order matters.\n"
    )
    (card,) = cards_of(text)
    assert card.question == "Redis Cannot Sort A Set By Its Values"
    assert card.answer.startswith("A plain set keeps no order")


def test_a_title_asked_as_a_question_without_its_mark_is_answered_by_the_body() -> None:
    text = (
        "# Who Is Running This Shell\n\n"
        "Ask the shell which user it runs as:\n\n```sh\n$ id -un\n```\n\n"
        "It prints the name, not the number.\n"
    )
    (card,) = cards_of(text)
    assert card.question == "Who Is Running This Shell"
    assert "id -un" in card.answer


def test_a_tip_led_in_by_lets_look_at_its_code_starts_there() -> None:
    """A lead-in that names the code it walks through (``Let's look at a function that uses
    `sqlite3```) starts the tip when nothing else would (every paragraph leads in)."""
    text = (
        "# Save Rows Written In A Transaction\n\n"
        "Let's look at a function that uses a `sqlite3` connection to write two rows.\n\n"
        "```python\nconn.execute('insert into t values (1)')\nconn.commit()\n```\n\n"
        "Let's see what `conn.commit()` changes when it is left out.\n\n"
        "```python\nconn.execute('insert into t values (2)')\n```\n"
    )
    (card,) = cards_of(text)
    assert card.answer.startswith("Let's look at a function")
    assert "conn.commit()" in card.answer


@pytest.mark.parametrize(
    "said",
    [
        "I figured out how to route a scheduled job's requests through a home machine, "
        "using a VPN exit node on a spare mini PC.",
        "Today I learned that `git stash -u` stashes the untracked files too.",
        "I worked out how to serve the map tiles straight from the SQLite file.",
    ],
)
def test_a_first_person_sentence_that_states_what_was_learned_is_the_tip(said: str) -> None:
    """``I figured out how to ...``, ``Today I learned that ...``: the writer speaks, but
    what they say is the tip, not their story."""
    text = (
        "# Route a scheduled job through a home exit node\n\n"
        "For a small side project I found my job kept being blocked by the site it fetched.\n\n"
        f"{said}\n"
    )
    (card,) = cards_of(text)
    assert card.answer == said


def test_a_story_then_here_is_the_process_is_answered_by_the_steps_listed() -> None:
    """The story and ``Here's the process that worked for me.`` lead in; the steps under
    them are the tip, though one step is a card of its own."""
    text = (
        "# How to copy files to a remote box\n\n"
        "I have a small server and I wanted to copy files to it from my laptop.\n\n"
        "Here's the process that worked for me.\n\n"
        "1. Connect to the private network with the VPN app.\n"
        "2. Issue short-lived keys with `box keys issue`.\n"
        "3. Run the copy like this: `scp -i /tmp/key file host:/data`\n"
    )
    cards = by_question(cards_of(text, "copy.md"))
    answer = cards["How to copy files to a remote box"].answer
    assert answer.startswith("1. Connect to the private network")
    assert answer.endswith("`scp -i /tmp/key file host:/data`")


def test_a_definition_before_a_term_line_answers_the_notes_name() -> None:
    text = (
        "A newer file system for removable drives that holds files over 4 GB.\n"
        "Mostly found on memory cards.\n"
        "Made of: allocation bitmap and directory entries\n"
    )
    cards = {card.question: card.answer for card in cards_of(text, "fs/NewFS.md")}
    assert cards["NewFS"] == (
        "A newer file system for removable drives that holds files over 4 GB.\n"
        "Mostly found on memory cards."
    )


def test_an_image_between_the_parts_of_a_tip_does_not_end_it() -> None:
    text = (
        "# 벨만-포드 알고리즘\n\n```\n음수 간선도 다루는 최단 경로 알고리즘\n```\n\n"
        '<img src="https://example.com/bellman.gif">\n\n'
        "벨만-포드 알고리즘은 모든 간선을 정점 수만큼 반복해서 완화하여 최단 거리를 구한다.\n"
    )
    (card,) = cards_of(text, "algo/bellman.md")
    assert card.question == "벨만-포드 알고리즘"
    assert card.answer.endswith("반복해서 완화하여 최단 거리를 구한다.")


def test_a_page_of_pdf_highlights_asks_nothing_of_its_title() -> None:
    text = (
        "file-path:: books/2001_Lee_Topology.pdf\n\n"
        "- every covering map is an open map, so its fibres are discrete\n"
        "  hl-page:: 12\n  ls-type:: annotation\n"
        "- the fundamental group does not depend on the base point\n"
        "  hl-page:: 14\n  ls-type:: annotation\n"
    )
    questions = [card.question for card in cards_of(text, "pages/hls__2001_Lee_Topology.md")]
    assert "hls__2001_Lee_Topology" not in questions


def test_a_story_quoting_what_set_it_off_is_left_out_for_the_steps_announced() -> None:
    """The writer's story may quote what started it (a colon, then a quote) and go on; the
    steps ``Here's what worked for me.`` announces are still the tip, not the story."""
    text = (
        "# Read the files of a tablet from a laptop\n\n"
        "I noticed a line in the changelog of a photo tool:\n\n"
        "> Can now read the photo library from a tablet\n\n"
        "That led me to a forum thread, which led me to [tabfs](https://example.com/tabfs).\n\n"
        "Here's what worked for me.\n\n"
        "1. Plug the tablet in with a cable\n"
        "2. `brew install tabfs`\n"
        "3. `tabfs /tmp/tablet` to mount it\n"
    )
    cards = by_question(cards_of(text, "tablet.md"))
    answer = cards["Read the files of a tablet from a laptop"].answer
    assert answer.startswith("1. Plug the tablet in")
    assert "changelog" not in answer


def test_a_post_announcing_its_sources_is_no_tip() -> None:
    """``This TIL is mainly a rehash of these two articles:`` + the links: what the post is
    and where it comes from, never its tip."""
    text = (
        "# Running a chat server on your own domain\n\n"
        "This TIL is mainly a rehash of these two articles:\n\n"
        "- [Self-hosting chat](https://example.com/a) - Ann\n"
        "- [Domains for chat](https://example.com/b) - Bo\n\n"
        "I decided I wanted it on a domain I controlled.\n"
    )
    assert "Running a chat server on your own domain" not in by_question(cards_of(text))


def test_a_story_resolved_later_answers_from_its_resolution() -> None:
    """The writer's story first (``I was writing a job that ...`` + the error it hit), then
    ``The fix was to ...``: the tip is the resolution, not the story that led to it."""
    text = (
        "# Remember to flush when writing through a worker\n\n"
        "I was writing a cleanup job that ran its updates through a worker thread:\n\n"
        "```python\nworker.run(lambda db: db.execute('delete from sessions'))\n```\n\n"
        "But the next query failed with a **database is busy** error:\n\n"
        "```\nOperationalError: database is busy\n```\n\n"
        "The fix was to call `db.flush()` at the end of the function the worker runs:\n\n"
        "```python\ndef cleanup(db):\n    db.execute('delete from sessions')\n    db.flush()\n```\n"
    )
    answer = by_question(cards_of(text, "flush.md"))[
        "Remember to flush when writing through a worker"
    ].answer
    assert answer.startswith("The fix was to call `db.flush()`")
    assert "db.flush()\n```" in answer


def test_a_surprise_turned_out_answers_from_what_it_turned_out() -> None:
    """``While ... I noticed the following surprising result:`` + code, then ``It turns
    out ...`` and the call that does what was expected: the tip is from the turn on."""
    text = (
        "# Printing a mapping in the order it was built\n\n"
        "While loading a settings file today I noticed the following surprising output:\n\n"
        "```python\nshow(settings)\n```\n\n"
        "I had expected the keys in the order of the file.\n\n"
        "It turns out the loader keeps the order, but `show()` sorts keys by default.\n\n"
        "So this does what I wanted in the first place:\n\n"
        "```python\nshow(settings, sort_keys=False)\n```\n"
    )
    answer = by_question(cards_of(text, "order.md"))[
        "Printing a mapping in the order it was built"
    ].answer
    assert answer.startswith("It turns out the loader keeps the order")
    assert "sort_keys=False" in answer


def test_a_story_resolved_by_saying_what_fixed_it_answers_from_there() -> None:
    """``Installing X and then running the following fixed the error:`` resolves the story
    as ``The fix was ...`` does; ``This mostly fixed the problem`` looks back at a fix told
    before it and starts nothing."""
    story = (
        "# Loading a native module on an old Mac\n\n"
        "While trying to import the module on my laptop I got this error:\n\n"
        "```\nImportError: symbol not found: _enable_extensions\n```\n\n"
        "Thanks to a forum answer I found that installing a newer library with "
        "`brew install libfoo` and then exporting this path first fixed the error:\n\n"
        "```\nexport DYLD_LIBRARY_PATH=/usr/local/opt/libfoo/lib\n```\n"
    )
    answer = by_question(cards_of(story))["Loading a native module on an old Mac"].answer
    assert answer.startswith("Thanks to a forum answer") and "DYLD_LIBRARY_PATH" in answer
    looked_back = story.replace("fixed the error:", "worked:")
    looked_back += "\nThis mostly fixed the problem, as the logs show.\n"
    answer = by_question(cards_of(looked_back))["Loading a native module on an old Mac"].answer
    assert answer.startswith("While trying to import the module")


def test_a_pointer_to_the_post_this_follows_up_is_passed_over() -> None:
    """``A follow-up to [...]`` or ``Previous attempt: [...]`` first under the title tells of
    the post, not its subject: the tip starts after it."""
    text = (
        "# Streaming rows into a spreadsheet\n\n"
        "A follow-up to [Exporting rows as CSV](https://example.com/csv-export).\n\n"
        "The writer accepts rows one at a time, so memory stays flat however long the "
        "export runs:\n\n"
        "```python\nfor row in cursor:\n    sheet.append(row)\n```\n"
    )
    answer = by_question(cards_of(text))["Streaming rows into a spreadsheet"].answer
    assert answer.startswith("The writer accepts rows one at a time")


def test_a_tip_stated_first_keeps_its_opening_though_it_turns_out_later() -> None:
    """A tip that opens with what it teaches keeps that opening: a later ``It turns out``
    only turns the story of a note that opened with one."""
    text = (
        "# Reading a file lazily\n\n"
        "`open()` returns an iterator over lines, so a loop reads one line at a time.\n\n"
        "It turns out this also works for compressed files opened with `gzip.open()`.\n"
    )
    answer = by_question(cards_of(text, "lazy.md"))["Reading a file lazily"].answer
    assert answer.startswith("`open()` returns an iterator")


def test_a_story_that_opens_with_its_resolution_keeps_it() -> None:
    """``I ended up using the following trick:`` + the code tells of the writer but is the
    tip already: a later ``It turns out`` (a caveat) does not take its place."""
    text = (
        "# Quick checks of what a fake object was called with\n\n"
        "I ended up using the following trick, with a recording fake:\n\n"
        "```python\nassert str(fake.calls) == \"[call.save('a')]\"\n```\n\n"
        "It turns out `repr()` calls do not show up in the recorded calls at all.\n"
    )
    answer = by_question(cards_of(text, "fake.md"))[
        "Quick checks of what a fake object was called with"
    ].answer
    assert answer.startswith("I ended up using the following trick")
    text = (
        "# Wrapping long bytes in a script\n\n"
        "I needed to embed a small image in a script, within 80 columns.\n\n"
        "Here's the format I ended up using:\n\n"
        "```python\ndata = (\n    b'abc'\n    b'def'\n)\n```\n\n"
        "It turns out `pformat()` can split the bytes for you.\n"
    )
    answer = by_question(cards_of(text, "wrap.md"))["Wrapping long bytes in a script"].answer
    assert answer.startswith("Here's the format I ended up using:")


def test_what_the_tip_announces_ends_it_even_past_a_screen() -> None:
    # the story, then "Here's the loader I ended up with:" + the code: past the tip's
    # screen, the code still ends the answer, since cut off the announcement says nothing
    loader = "\n".join(
        f"    const asset{number} = document.createElement('link'); // asset number {number}"
        for number in range(12)
    )
    text = (
        "# Loading a stylesheet and a script before running a callback\n\n"
        "For a map widget I needed an external stylesheet and an external script, and wanted"
        " the code that draws the map to run only once both of them had arrived.\n\n"
        "Here's the loader I ended up with:\n\n"
        f"```javascript\nconst loadBoth = (callback) => {{\n{loader}\n}};\n```\n"
    )
    (card,) = cards_of(text)
    assert card.answer.endswith("```") and "loadBoth" in card.answer


def test_a_flag_asked_with_its_kind_leaves_the_tip_to_the_title() -> None:
    """``# Renaming A Branch`` + ``The `-m` flag can be used with `git branch` to ...``: the
    flag's card (```-m` flag``, asked with its kind) is a card on what the code does, so the
    paragraph still answers the title, as it did when the flag was asked alone. The flag is
    asked with the command the note's code runs it with."""
    text = (
        "# Renaming A Branch\n\n"
        "The `-m` flag can be used with `git branch` to move or rename an existing\n"
        "branch. On the branch itself, only the new name is needed.\n\n"
        "```bash\n$ git branch -m <new-name>\n```\n"
    )
    cards = by_question(cards_of(text, "git/renaming-a-branch.md"))
    assert cards["Renaming A Branch"].answer.startswith("The `-m` flag can be used")
    assert "`git branch -m`" in cards  # the flag asked with the command the note runs


def test_a_term_named_on_the_way_to_the_tip_leaves_the_tip_to_the_title() -> None:
    """``# Always Keep The Gutter Open`` + ``Vim has an area ... This is sometimes called the
    gutter.``: the naming sentence points back at what came before it, a term named on the
    way to the tip; the paragraph answers the title too, and the term is a card of its own."""
    text = (
        "# Always Keep The Gutter Open\n\n"
        "Vim has an area left of the line numbers where it can show marks for some\n"
        "lines of a buffer. This is sometimes called the gutter. It opens and closes as\n"
        "marks come and go.\n\n"
        "Keep it open by setting it in your `~/.vimrc`.\n"
    )
    cards = by_question(cards_of(text, "vim/gutter.md"))
    assert cards["Always Keep The Gutter Open"].answer.startswith("Vim has an area")
    assert "gutter" in cards


def test_the_title_keeps_what_is_said_of_it_before_a_wrapped_definition() -> None:
    """``# SKI Calculus`` + ``The SKI Calculus is a combinator calculus. A combinator`` +
    ``is a function with no free variables.``: the combinator's definition wraps onto the
    next line; what the paragraph says of the title before it still answers the title."""
    text = (
        "# SKI Calculus\n\n"
        "The SKI Calculus is a combinator calculus with three rules. A combinator\n"
        "is a function with no free variables at all, only its own arguments.\n"
    )
    cards = by_question(cards_of(text, "pl/ski.md"))
    assert cards["SKI Calculus"].answer == (
        "The SKI Calculus is a combinator calculus with three rules."
    )
    assert cards["combinator"].answer.startswith("A combinator is a function")


def test_a_sentence_naming_the_titles_own_term_leaves_the_body_to_the_title() -> None:
    text = (
        "# Strictly Decreasing\n\n"
        "A function $f$ is **strictly decreasing** on an interval $I$ if:\n"
        "$\\forall x_1 < x_2 \\in I,\\ f(x_1) > f(x_2)$\n"
    )
    cards = by_question(cards_of(text, "math/Strictly Decreasing.md"))
    assert "f(x_1) > f(x_2)" in cards["Strictly Decreasing"].answer


def test_code_that_is_all_a_one_tip_note_says_answers_its_title() -> None:
    """A title that names a task over a config file or a script and nothing else: the code
    is the tip, whatever its length (up to a screen). A one-word title names a topic, and
    a code block followed by prose is answered as before."""
    code = (
        "```dockerfile\nFROM python:3.12-slim\nWORKDIR /srv\nRUN pip install uv\n"
        "COPY uv.lock pyproject.toml ./\nRUN uv sync --frozen --no-install-project\n```"
    )
    (card,) = cards_of(f"---\ntitle: Install dependencies in a Docker layer\n---\n\n{code}\n")
    assert card.question == "Install dependencies in a Docker layer"
    assert card.answer == code
    assert cards_of(f"# Setup\n\n{code}\n") == []


def test_a_tool_defined_on_the_way_to_the_tip_leaves_the_tip_its_card() -> None:
    """``# Delete Records Without Losing Them`` + ``The [tombstone gem](...) provides ...``:
    the opening sentence defines the tool (a card of its own), and the title still asks the
    tip the paragraph and its code give."""
    text = (
        "# Delete Records Without Losing Them\n\n"
        "The [tombstone gem](https://example.org/tombstone) provides soft deletes for your "
        "models. To really remove a record, call `destroy` twice:\n\n"
        "```ruby\nrecord.destroy\nrecord.destroy\n```\n"
    )
    cards = by_question(cards_of(text, "rails/soft-delete-records.md"))
    assert cards["tombstone gem"].answer.startswith("The [tombstone gem]")
    assert "record.destroy" in cards["Delete Records Without Losing Them"].answer
