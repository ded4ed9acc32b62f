"""Command options asked with their command."""

from __future__ import annotations

from notecards.core.extract.proposers.options import command_in
from tests.conftest import by_question, cards_of


def test_options_under_a_command_heading_are_asked_with_the_command() -> None:
    text = "## ls\n\n- -l : 권한과 크기까지 자세히 보여줌\n- -a : 숨김 파일까지 보여줌\n"
    cards = by_question(cards_of(text))
    assert cards["ls -l"].answer == "권한과 크기까지 자세히 보여줌"
    assert "ls -a" in cards
    assert "l" not in cards  # never a bare letter


def test_options_follow_the_command_item_before_them_or_their_parent() -> None:
    text = (
        "## Containers\n\n"
        "- `docker run` : starts a container from an image\n"
        "- `-it` : keeps a terminal attached\n"
        "- `--name web` : names the container web\n\n"
        "## Accounts\n\n"
        "- `useradd -m -s /bin/bash kim`\n"
        "  - `-m` = creates the home folder\n"
        "  - `-s` = sets the login shell\n"
    )
    cards = by_question(cards_of(text))
    assert cards["docker run -it"].answer == "keeps a terminal attached"
    assert "docker run --name web" in cards
    assert cards["useradd -m"].answer == "creates the home folder"
    assert "useradd -s" in cards


def test_an_option_without_a_command_keeps_its_dashes() -> None:
    text = "## Flags I keep forgetting\n\n- --dry-run: shows what would change\n"
    (card,) = cards_of(text)
    assert card.question == "--dry-run"


def test_what_names_a_command() -> None:
    assert command_in("tail 옵션 설명") == "tail"
    assert command_in("`git commit`") == "git commit"
    assert command_in("single image test") is None  # English words, not arguments
    assert command_in("e.g)") is None


def test_an_option_explained_in_prose_is_asked_with_the_command_the_note_runs() -> None:
    """``The `--keep` option leaves ...`` in a note that runs ``git prune-history --keep
    docs/``: the card asks ``git prune-history --keep`` (before, ``--keep`` alone)."""
    text = (
        "# Keep only some files in a repository's history\n\n"
        "Run this in a fresh clone:\n\n"
        "```bash\ngit prune-history --keep docs/ --keep README.md\n```\n\n"
        "The `--keep` option can be used to preserve just the history of the paths given.\n\n"
        "The `--force` flag skips the check that the clone is fresh.\n"
    )
    questions = [card.question for card in cards_of(text, "git/prune.md")]
    assert "`git prune-history --keep`" in questions
    assert "`--force` flag" in questions  # run by no command in the note: asked as a flag
    indented = (
        "# Rewrite a repository\n\nSet it up first.\n\n## Keeping some paths\n\n"
        "The `--path` option can be used to preserve just the history of the paths given.\n\n"
        "    % git filter-repo --path docs/\n"
    )
    assert "`git filter-repo --path`" in [card.question for card in cards_of(indented, "g.md")]


def test_an_option_belongs_to_the_command_it_follows_on_its_line() -> None:
    text = (
        "# Preview files while searching\n\n"
        "```bash\nfzf --preview 'bat --color always {}'\n"
        "until curl --max-time 2 localhost; do sleep 1; done\n"
        "cat notes.txt | grep --count todo\n```\n\n"
        "The `--color` flag tells bat to colour its output.\n\n"
        "The `--max-time` option makes each try give up after two seconds.\n\n"
        "The `--count` option prints how many lines matched.\n"
    )
    questions = [card.question for card in cards_of(text, "unix/fzf.md")]
    assert "`--color` flag" in questions  # inside fzf's quoted argument: not fzf's
    assert "`curl --max-time`" in questions
    assert "`grep --count`" in questions


def test_an_option_a_sentence_explains_is_asked_with_its_command_not_its_title() -> None:
    """Reported: ``The `-f` argument here is the input encoding`` under a one-tip note's
    title was asked ``Convert a file's encoding — `-f```: the title named the bare option as
    its facet before the note's code could name its command. The command comes first now,
    after a shell prompt too (``~ %``, ``me@box:~$``), and an argument or a parameter is an
    option as a flag is."""
    text = (
        "# Convert a file's encoding\n\n"
        "A spreadsheet export came out as UTF-16, so I converted it:\n\n"
        "    recode -f UTF-16LE -t UTF-8 export.csv > export-utf8.csv\n\n"
        "The `-f` argument here is the encoding read and `-t` the one written.\n\n"
        "To see the sizes of the files in a bucket:\n\n"
        "```\n~ % bucketctl list -s store://exports/\n```\n\n"
        "The `-s` option adds the size of each file.\n\n"
        "```\nme@box:~$ bucketctl sync --dry-run store://exports/ .\n```\n\n"
        "The `--dry-run` parameter only prints what would be copied.\n"
    )
    questions = [card.question for card in cards_of(text, "unix/recode.md")]
    assert "`recode -f`" in questions
    assert "`bucketctl list -s`" in questions
    assert "`bucketctl sync --dry-run`" in questions


def test_an_option_after_a_quoted_argument_and_one_run_by_two_commands() -> None:
    """``jq '.text | ltrimstr("x")' -r``: the quoted filter (with its pipe) is passed over,
    and ``-r`` is jq's. ``--name-only`` run by ``git diff-tree`` and, further on, by ``git
    show``: the sentence under the first block speaks of that one."""
    text = (
        "# Raw strings out of jq\n\n"
        "```bash\ncat rows.json | jq '.text | ltrimstr(\"x\")' -r\n```\n\n"
        "The `-r` causes it to print raw strings, without quotes.\n\n"
        "## Files of a commit\n\n"
        "```bash\nlocal> git diff-tree --no-commit-id --name-only -r HEAD\n```\n\n"
        "The `--name-only` flag keeps just the names of the files.\n\n"
        "The same with the porcelain command:\n\n"
        '```bash\ngit show --pretty="" --name-only HEAD\n```\n'
    )
    questions = [card.question for card in cards_of(text, "unix/jq.md")]
    assert "`jq -r`" in questions
    assert "`git diff-tree --name-only`" in questions


def test_an_option_with_its_value_bundled_or_given_to_a_command_named_like_a_label() -> None:
    """``The `-o 4` is the highest level`` asks ``squeeze -o 4``; ``-FX`` gives both ``-F``
    and ``-X``; in code, ``ps`` and ``date`` are programs (as a term's first word they are
    the labels P.S. and Date)."""
    text = (
        "# Shrink images and page output\n\n"
        "```bash\nsqueeze -o 4 --strip safe shots/*.png\nls | less -FX\n$ ps -p $$ -o pid=\n```\n\n"
        "The `-o 4` is the strongest setting that is still fast.\n\n"
        "The `-F` flag makes `less` quit when everything fits on one screen.\n\n"
        "The `-p` flag picks the process by its id.\n"
    )
    questions = [card.question for card in cards_of(text, "unix/shrink.md")]
    assert "`squeeze -o 4`" in questions
    assert "`less -F`" in questions
    assert "`ps -p`" in questions


def test_an_option_given_with_its_value_under_a_yaml_key_or_to_a_python_module() -> None:
    """``--record-mode=once`` is the ``--record-mode`` option; ``run: spellcheck docs/*.md
    --skip-words ...`` (a CI step) runs ``spellcheck``, not ``run`` (nor ``spellcheck docs``,
    a path); ``python -m pytest --record-mode=once`` runs ``pytest``."""
    text = (
        "# Spelling and recordings in CI\n\n"
        "```yaml\n    - name: Check spelling\n"
        "      run: spellcheck docs/*.md --skip-words words.txt\n```\n\n"
        "Keep a file of words it should skip and pass that using the `--skip-words` option.\n\n"
        "The first time you run the tests, use the `--record-mode=once` option:\n\n"
        "```bash\npython -m pytest -k test_create --record-mode=once\n```\n"
    )
    questions = [card.question for card in cards_of(text, "ci/spelling.md")]
    assert "`spellcheck --skip-words`" in questions
    assert "`pytest --record-mode=once`" in questions
