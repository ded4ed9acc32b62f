"""Passwords kept out of everything notecards shows: the one scrubber for every output.

A database URL's password (``scheme://user:PASSWORD@host`` or ``?password=PASSWORD``) is
replaced by ``***`` wherever it appears in a text: in URLs found in the text, however they are
written there (as typed, percent-encoded or decoded, shell-quoted, with cron's ``\\%``,
escaped inside a repr or a JSON string), and, for the URLs passed in (the database in
effect), as the bare password too, as error messages may quote it. A password of fewer than
four characters is hidden where it stands in a URL only (anywhere else would blank letters
of the whole message). In a URL that is not passed in, a password typed with a raw space
(rather than ``%20``) is found up to the next ``@`` unless what comes before the space holds
a ``/`` or is a number (``host:5432/db`` or ``host:5432``, which it cannot be told from).
This module imports nothing heavy, so any layer may use it.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable
from urllib.parse import quote, unquote

HIDDEN = "***"
_SHORTEST_HIDDEN_EVERYWHERE = 4

_URL_START = re.compile(r"[A-Za-z][\w+.-]*://")
# the password as SQLAlchemy reads it: after the user name (no ':' or '/'), up to the first '@'
_USERINFO = re.compile(r"[A-Za-z][\w+.-]*://[^:/]*:(?P<password>[^@]*)@")
_QUERY = re.compile(r"[?&]password=(?P<password>[^&\s]*)")
# what is left: any URL-like run with a user and a password, any password= parameter
_ANY_USERINFO = re.compile(r"(?P<head>[A-Za-z][\w+.-]*://[^:/@\s]*:)[^@\s]*@")
_ANY_QUERY = re.compile(r"(?P<head>[?&]password=)[^&\s'\"]*")
# a run that stops at a space after "user:" with no '@', a '/' or a port number: the password
# goes on to the first '@' of the line
_CUT_AT_A_SPACE = re.compile(r"[A-Za-z][\w+.-]*://[^:/@\s]*:(?!\d*$)[^/@\s]*")


def hide_passwords(text: str, *urls: str) -> str:
    """``text`` with the passwords of the URLs in it, and of ``urls``, replaced by ``***``."""
    known = {password for url in urls for password in _passwords(url)}
    found = {password for url in _urls_in(text) for password in _passwords(url)}
    for form in sorted(_forms(known | found), key=len, reverse=True):
        text = text.replace(f":{form}@", f":{HIDDEN}@")
        text = text.replace(f"password={form}", f"password={HIDDEN}")
    everywhere = {p for p in known | found if len(unquote(p)) >= _SHORTEST_HIDDEN_EVERYWHERE}
    for form in sorted(_forms(everywhere), key=len, reverse=True):
        text = text.replace(form, HIDDEN)
    text = _ANY_USERINFO.sub(rf"\g<head>{HIDDEN}@", text)
    return _ANY_QUERY.sub(rf"\g<head>{HIDDEN}", text)


def display_url(url: str) -> str:
    """The URL as it may be shown: its password replaced by ``***``."""
    return hide_passwords(url, url)


def has_password(url: str) -> bool:
    """Whether ``url`` holds a password (after the user name, or as ``password=``)."""
    return bool(_passwords(url))


def _passwords(url: str) -> set[str]:
    found = {match["password"] for match in _QUERY.finditer(url)}
    userinfo = _USERINFO.match(url)
    if userinfo:
        found.add(userinfo["password"])
    return found - {""}


def _urls_in(text: str) -> list[str]:
    """Every URL-like run in ``text``, as written and as the shell would read it."""
    runs = []
    for match in _URL_START.finditer(text):
        run = text[match.start() :].split(maxsplit=1)[0]
        runs.append(run)
        if _CUT_AT_A_SPACE.fullmatch(run):  # a password typed with a space in it
            runs.append(text[match.start() :].split("\n", 1)[0])
    try:
        words = shlex.split(text)
    except ValueError:  # unbalanced quotes: not a command line
        words = []
    for word in words:
        runs.extend(word[match.start() :] for match in _URL_START.finditer(word))
    return runs


def _forms(passwords: Iterable[str]) -> set[str]:
    """Each password as it may be written: encoded, decoded, quoted, escaped."""
    plain: set[str] = set()
    for password in passwords:
        decoded = unquote(password)
        plain |= {password, decoded, quote(decoded, safe=""), quote(decoded, safe="+")}
    quoted = {p.replace("'", "'\"'\"'") for p in plain} | {p.replace("'", "'\\''") for p in plain}
    escaped = {p.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"') for p in plain}
    forms = plain | quoted | escaped
    return (forms | {form.replace("%", "\\%") for form in forms}) - {""}
