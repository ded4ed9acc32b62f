"""One password scrubber for every output: URLs in any text, quoted, escaped or encoded."""

from __future__ import annotations

import re
import shlex
from datetime import time
from urllib.parse import quote, unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from notecards import remind
from notecards.redact import display_url, has_password, hide_passwords

# each holds the word "secret", and nothing else of three letters or more
PASSWORDS = [
    "it's-a-secret",
    'dq"secret"x',
    "pct%secret%t",
    "at%40secret%27",  # percent-encoded: at@secret'
    "sp ace secret",
    "back\\slash$secret",
    "semi;secret&x=y",
    "sl/ash:secret",
]


def url_with(password: str) -> str:
    return f"postgresql+psycopg://me:{password}@db.example.org:5432/notecards"


def readable(text: str, password: str) -> list[str]:
    """The parts of ``password`` (three letters or more) still in ``text``."""
    return [part for part in re.findall(r"[A-Za-z]{3,}", unquote(password)) if part in text]


def test_display_url_hides_the_password() -> None:
    url = "postgresql+psycopg://alice:s3cret-pw@db.example:5432/notes"
    assert display_url(url) == "postgresql+psycopg://alice:***@db.example:5432/notes"
    assert hide_passwords("connection to alice:s3cret-pw failed", url) == (
        "connection to alice:*** failed"
    )
    assert display_url("sqlite:////home/me/n.db") == "sqlite:////home/me/n.db"
    assert display_url("postgresql://me@host/db") == "postgresql://me@host/db"
    assert display_url("postgresql://host/db?user=me&password=pw12&x=1") == (
        "postgresql://host/db?user=me&password=***&x=1"
    )


@pytest.mark.parametrize("password", PASSWORDS)
def test_no_part_of_a_password_stays_readable(password: str) -> None:
    url = url_with(password)
    decoded = unquote(password)
    legacy = remind.crontab_line(  # the line an earlier notecards installed
        shlex.join(["/usr/bin/notecards", "remind", "--db", url, "--profile", "me"]), time(9, 0)
    )
    outputs = {
        "the url": hide_passwords(url),
        "the url, known": display_url(url),
        "a crontab line": hide_passwords(legacy),
        "a repr": hide_passwords(f"cannot open {url!r}"),
        "a message naming it decoded": hide_passwords(f"bad password {decoded} for me", url),
        "percent-encoded": hide_passwords(f"url {url_with(quote(decoded, safe=''))}", url),
    }
    for where, output in outputs.items():
        assert readable(output, password) == [], (where, output)
        assert "secret" not in output, (where, output)
    for where in ("the url", "the url, known", "a crontab line", "a repr"):
        assert "me:***@db.example.org:5432/notecards" in outputs[where], where
    assert outputs["a crontab line"].endswith(" --profile me # notecards-remind")


def test_has_password() -> None:
    assert has_password(url_with("it's"))
    assert has_password("postgresql://host/db?password=x")
    assert not has_password("postgresql://me@host/db")
    assert not has_password("postgresql://me:@host/db")
    assert not has_password("sqlite:////tmp/it's:here@x.db")


passwords = st.text(
    st.characters(codec="ascii", categories=["L", "N", "P", "S", "Zs"], exclude_characters="@*"),
    min_size=4,
    max_size=30,
).filter(lambda text: text.strip() == text and len(set(text)) > 2)


@given(passwords)
def test_any_password_is_hidden_wherever_it_goes(password: str) -> None:
    for url in (url_with(password), url_with(quote(password, safe=""))):
        line = remind.crontab_line(shlex.join(["notecards", "remind", "--db", url]), time(9, 0))
        outputs = [display_url(url), hide_passwords(line), hide_passwords(f"at {url} now", url)]
        if " " not in url:
            # a URL nothing names, typed with a raw space in its password, is cut at the
            # space: "me:123 4@" or "me:1/ 4@" read as a host and port (see redact.py)
            outputs.append(hide_passwords(f"at {url} now"))
        for output in outputs:
            assert password not in output
            assert quote(password, safe="") not in output
