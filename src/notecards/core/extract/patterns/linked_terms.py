"""A sentence that opens by linking to what it defines: ``[oxipng](https://...) is a lossless
PNG compressor``, ``[관형사](https://.../nounad/)란 ...``, ``The [tomli-w](https://...) package
provides ...``. The link's text is the term, however long its address; the article before
it and the kind after it only frame the name.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.patterns.definition_forms import CODE_KINDS
from notecards.core.extract.patterns.spans import LINKED_NAME

LINKED_TERM: Final = re.compile(LINKED_NAME)
# an article before a link that opens a sentence ("The [X](...) package ...", "A [X](...) is")
_ARTICLE_BEFORE_LINK: Final = re.compile(r"(?:The|the|A|An|a|an)\s+(?=\[[^\]\n]+\]\()")
# the kind of thing a linked name is, right after it ("[X](...) package", "[X](...) plugin")
_KIND_AFTER_LINK: Final = re.compile(
    rf"(?:\s+(?:plugin|extension|command|library))?\s+"
    rf"(?:{'|'.join(CODE_KINDS)}|app|project|crate|gem|repository|repo)\b"
)  # (in two words: "[X](...) plugin hook")


def opening_link_as_text(line: str) -> tuple[str, int]:
    """The line with the link it opens with (past an article) as the text it shows, the kind
    after it left out, and that text's length; the line as it is, and 0, when it opens with
    no link (see :func:`linked_term_as_text`)."""
    if line[:1] in "TtAa" and (framed := _ARTICLE_BEFORE_LINK.match(line)) is not None:
        line = line[framed.end() :]  # "The [X](...) package provides ...": the name is linked
    if line[:1] != "[" or "](" not in line:
        return line, 0
    line, linked = linked_term_as_text(line)
    if linked and (kind := _KIND_AFTER_LINK.match(line, linked)) is not None:
        line = line[:linked] + line[kind.end() :]  # (and the kind after it: "package")
    return line, linked


def linked_term_as_text(line: str) -> tuple[str, int]:
    """The line with the link it opens with as the text it shows, and that text's length,
    when the sentence goes on after it (a line that is only a link, or a link to a place in
    the page, a table of contents' entry, defines nothing: the line as it is, and 0)."""
    found = LINKED_TERM.match(line)
    if found is None or "](#" in found.group(0) or not line[found.end() :].strip():
        return line, 0
    return found.group(1) + line[found.end() :], len(found.group(1))


def names_a_thing(text: str) -> bool:
    """Whether a link's text names a thing (``ripgrep``, ``bitfield/script``), not a page
    (a path or an address, ``github.com/me/repo``; an issue's title, ``Issue #141: ...``)."""
    first = text.split("/", 1)[0]
    dotted = "." in first[1:] and not first.endswith(".js")  # (a JavaScript library: Chart.js)
    return text.count("/") <= 1 and not dotted and ": " not in text and "#" not in text
