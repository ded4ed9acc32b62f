"""Markup that is clutter on a card: what a note's source holds for its renderer, not for
a learner reading the card.

- images: ``![alt](src)``, ``<img ...>`` and image embeds ``![[figure.png]]`` (a card is read
  as text; the picture is not there to see);
- back-to-top and in-page anchors: ``[맨 위로](#목차)``, ``[back to top](#top)``,
  ``<a name="m1"></a>``;
- HTML kept as its text: ``<u>term</u>`` reads ``term``, ``<br>`` breaks the line,
  ``<a href="u">text</a>`` is a markdown link;
- Obsidian links as they read: ``[[target|alias]]`` shows the alias, ``[[target]]`` the
  target;
- emphasis whose partner was cut away (``**Term:** definition`` split at its colon leaves
  ``** definition``): a ``**`` with no partner goes;
- outliner and generator lines: Logseq block properties (``id:: ...``,
  ``collapsed:: true``, ``card-last-interval:: 4``, ``file-path:: ...``), org block markers
  (``#+BEGIN_NOTE``), macros (``{{query ...}}``, ``{{embed ...}}``, Templater's
  ``<% tp.date.now() %>``) and kramdown's ``{:toc}``;
- what only points elsewhere: an answer made of nothing but links (a table of contents
  ``- [Intro](#intro)``, a reading list ``- [paper](https://...)``) says nothing itself;
  nor does a template's skeleton (a block with ``template::``).

Code (fenced blocks and code spans) and math are left exactly as written.
"""

from __future__ import annotations

import html
import re
from typing import Final

# code blocks, code spans and math: set aside while the rest is tidied
_PROTECTED: Final = re.compile(
    # led by the characters a span can start with (keep them in step): where none is, one
    # test instead of every alternative at every character
    r"(?=[ \t`~$])"
    r"(?:^[ \t]*(?P<fence>`{3,}|~{3,})[^\n]*\n(?:.*?\n)??[ \t]*(?P=fence)[ \t]*$"
    r"|(`+)[^`\n](?:.*?[^`])??\2(?!`)"
    r"|\$\$.+?\$\$"
    r"|(?<![\\$\w])\$(?=\S)[^$\n]+?(?<![\s\\])\$(?!\w))",
    re.DOTALL | re.MULTILINE,
)
_HOLD_OPEN, _HOLD_CLOSE = "\ue000", "\ue001"
_HELD: Final = re.compile(_HOLD_OPEN + r"(\d+)" + _HOLD_CLOSE)
# where something was taken out: a line left with nothing else goes whole
_GONE: Final = "\ue002"
_SPACED_GONE: Final = re.compile(r"[ \t]+" + _GONE + r"(?=[ \t])")
_EMPTIED_LINE: Final = re.compile(
    r"^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:" + _GONE + r"[ \t]*)+(?:\n|$)", re.MULTILINE
)

_IMAGE_EXTENSIONS: Final = r"(?:png|jpe?g|gif|svg|webp|bmp|tiff?|excalidraw)"
_IMAGE: Final = re.compile(
    r"!\[(?:[^\[\]]|\[[^\]]*\])*\]\((?:<[^>]*>|[^()\s]*(?:\([^()]*\)[^()\s]*)*)(?:\s+[^)]*)?\)"
    r"|!\[\[[^\]]*\." + _IMAGE_EXTENSIONS + r"(?:\|[^\]]*)?\]\]"
    r"|<img\b[^>]*>",
    re.IGNORECASE,
)
_EMPTY_LINK: Final = re.compile(r"\[\s*\]\([^)]*\)")
_BACK_TO_TOP: Final = re.compile(
    r"\[\s*(?:[↑⬆︎⇧^🔝]+\s*)?(?:(?:go\s+|back\s+|return\s+)?(?:to\s+)?(?:the\s+)?top"
    r"|맨\s*위로?(?:\s*가기)?|위로(?:\s*가기)?|처음으로|목차로?(?:\s*(?:가기|이동|돌아가기))?"
    r"|top\s+of\s+page|back)?\s*(?:[↑⬆︎⇧^🔝]+\s*)?\]\(#[^)\s]*\)",
    re.IGNORECASE,
)
_ANCHOR_TAG: Final = re.compile(r"<a\s+(?:name|id)\s*=\s*[\"'][^\"']*[\"']\s*/?>(?:\s*</a>)?", re.I)
_LINK_TAG: Final = re.compile(
    r"<a\s[^>]*?href\s*=\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\s*>", re.I | re.S
)
_BREAK_TAG: Final = re.compile(r"[ \t]*(?:<br\s*/?>[ \t]*)+(\n|$)?", re.IGNORECASE)
_COMMENT: Final = re.compile(r"<!--.*?-->", re.DOTALL)
_LIST_ITEM_TAG: Final = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_SUPERSCRIPT: Final = re.compile(r"<sup\b[^>]*>(.*?)</sup\s*>", re.IGNORECASE | re.DOTALL)
_CODE_TAG: Final = re.compile(r"<code\b[^>]*>([^<`\n]*)</code\s*>", re.IGNORECASE)
# tags whose text is what counts: kept, the tags gone
_UNWRAPPED_TAG: Final = re.compile(
    r"</?(?:div|span|p|u|b|i|s|strong|em|font|center|sub|mark|small|big|ins|del|strike|kbd"
    r"|details|summary|ul|ol|li|h[1-6]|hr|section|article|header|footer|blockquote|figure"
    r"|figcaption|a|sup|code|pre|tt|var|abbr|cite|q|dfn|nobr|wbr)\b[^<>]*>",
    re.IGNORECASE,
)
_HTML_HINT: Final = re.compile(
    r"<(?:/?(?:div|span|p|u|b|i|s|strong|em|font|center|sub|sup|mark|small|big|ins|del|strike"
    r"|kbd|details|summary|ul|ol|li|h[1-6]|hr|br|img|a|section|article|header|footer|blockquote"
    r"|figure|figcaption|code|pre|tt|var|abbr|cite|q|dfn|nobr|wbr)\b|!--)",
    re.IGNORECASE,
)

# (``[[oop]]{객체 지향 프로그래밍}``: some wikis write the text shown in braces after it)
_WIKILINK: Final = re.compile(
    r"(!?)\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\](?:\{([^{}\n]+)\})?"
)
_STRONG_RUN: Final = re.compile(r"(?<![\\*])\*{2,3}(?!\*)")

# Logseq's block properties (and Dendron's, written the same way in a block)
_PROPERTY_KEYS: Final = (
    r"id|collapsed|alias|aliases|title|tags|type|icon|public|template"
    r"|template-including-parent|heading|background-color|filters|file|file-path|filetype"
    r"|exclude-from-graph-view|created-at|updated-at|last-modified-at|query-[a-z-]+"
    r"|card-[a-z-]+|hl-[a-z-]+|ls-type|logseq\.[a-z.-]+"
)
_PROPERTY_LINE: Final = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?:" + _PROPERTY_KEYS + r")::(?:[ \t].*)?\n?",
    re.MULTILINE | re.IGNORECASE,
)
# ``{:toc}`` (with the list item it replaces), ``{: .class}``, ``[TOC]``, ``[[_TOC_]]``
_KRAMDOWN_LINE: Final = re.compile(
    r"^[ \t]*(?:(?:[-*+]|\d{1,3}\.)[ \t]+[^\n]*\n[ \t]*\{:\s*toc\s*\}"
    r"|(?:[-*+][ \t]+)?(?:\{:[^}\n]*\}|\[TOC\]|\[\[_TOC_\]\]))[ \t]*\n?",
    re.MULTILINE | re.IGNORECASE,
)
_ORG_MARKER_LINE: Final = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?#\+(?:BEGIN|END)_\w+.*(?:\n|$)", re.MULTILINE
)
_MACRO: Final = re.compile(
    r"\{\{(?:query|embed|renderer|video|youtube|pdf|cards|namespace|tweet|function|"
    r"youtube-timestamp|zotero-imported-file|zotero-linked-file)\b[^{}]*(?:\{[^{}]*\}[^{}]*)*\}\}"
    r"|<%[-_*]?\s*tp\..*?%>"
    # GitBook's and Jekyll's block tags around or instead of content (``{% hint style="info" %}``,
    # ``{% embed url="..." %}``, ``{% endstepper %}``); a template's own tags (``{% for %}``) are
    # code, and code is set aside before this runs
    r"|\{%-?\s*(?:end)?(?:embed|hint|tabs?|steppers?|step|content-ref|include|include_relative"
    r"|highlight|raw|file|swagger|code|columns?|link|video|youtube|gist)\b[^%]*?-?%\}",
    re.IGNORECASE,
)
_TEMPLATE: Final = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?template::", re.MULTILINE | re.IGNORECASE)
_LINK_ONLY_LINE: Final = re.compile(
    r"[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?"
    # (a link may have symbols before it, not words: "↩️[Back](...)  ℹ️[Home](...)", a page's
    # navigation; "ℹ" is a letter to Python, so are some other symbols)
    r"(?:(?:[^\sA-Za-z0-9\uac00-\ud7a3\[\]()<>][ \t]*){0,6}"
    r"(?:\[[^\]\n]*\]\([^)\n]*\)|<(?:https?|ftp)://[^>\n]+>|(?:https?|ftp)://\S+)[ \t,;·|]*)+"
)
_BLANK_RUN: Final = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_TRAILING_SPACE: Final = re.compile(r"[ \t]+$", re.MULTILINE)
# a list item left with nothing after its marker
# Logseq's hiccup placeholder for a highlight it shows as an image: "[:span]"
_HICCUP: Final = re.compile(r"\[:(?:span|div|img)\]")
_EMPTY_MARKER_LINE: Final = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]*$\n?", re.MULTILINE)


def _hold(text: str) -> tuple[str, list[str]]:
    """The text with its code and math replaced by placeholders, and what they held."""
    held: list[str] = []

    def keep(match: re.Match[str]) -> str:
        held.append(match.group(0))
        return f"{_HOLD_OPEN}{len(held) - 1}{_HOLD_CLOSE}"

    if "`" not in text and "~~~" not in text and "$" not in text:
        return text, held
    return _PROTECTED.sub(keep, text), held


def _release(text: str, held: list[str]) -> str:
    if not held:
        return text
    return _HELD.sub(lambda match: held[int(match.group(1))], text)


def _wikilink(match: re.Match[str]) -> str:
    embed, target, heading, alias, braced = match.groups()
    if braced and braced.strip():
        return braced.strip()
    if alias and alias.strip():
        return alias.strip()
    shown = (target or "").strip() or (heading or "").strip()
    if embed and not shown:
        return ""
    return shown


def wikilinks_as_text(text: str) -> str:
    """Each Obsidian or Logseq ``[[link]]`` as the text it shows (``[[target|alias]]`` its
    alias, ``[[target]]{alias}`` too, ``[[target#heading]]`` its target)."""
    return _WIKILINK.sub(_wikilink, text)


def _link_tag(match: re.Match[str]) -> str:
    target, text = match.group(1), match.group(2).strip()
    if not text:
        return ""
    if target.startswith("#") or not target:
        return text
    return f"[{text}]({target})"


def _line_break(match: re.Match[str]) -> str:
    """``<br>`` within a line breaks it; at the end of a line it adds nothing."""
    return _GONE + match.group(1) if match.group(1) is not None else "\n"


def html_as_text(text: str) -> str:
    """HTML tags as the text they mark: breaks as line breaks, links as markdown links."""
    return _html_marked(text).replace(_GONE, "")


def _html_marked(text: str) -> str:
    """:func:`html_as_text`, with what was taken out marked."""
    if "<" not in text or not _HTML_HINT.search(text):
        return text
    if "<!--" in text:
        text = _COMMENT.sub(_GONE, text)
    text = _ANCHOR_TAG.sub(_GONE, text)
    text = _LINK_TAG.sub(_link_tag, text)
    text = _BREAK_TAG.sub(_line_break, text)
    text = _LIST_ITEM_TAG.sub("\n- ", text)
    text = _SUPERSCRIPT.sub(r"^\1", text)
    text = _CODE_TAG.sub(r"`\1`", text)
    return _UNWRAPPED_TAG.sub("", text)


def _balanced_strong(text: str) -> str:
    """The text without ``**`` (or ``***``) runs that have no partner.

    A run opens when text follows it and none precedes it (``**Term``), closes when text
    precedes it (``Term**``); a closing run with nothing open, and an opening run never
    closed, are left over from a cut and go.
    """
    runs = list(_STRONG_RUN.finditer(text))
    if not runs:
        return text
    opened: list[re.Match[str]] = []
    orphans: list[re.Match[str]] = []
    for run in runs:
        start, end = run.span()
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        # at the very start or end of the text, a run faces a cut: it closes (opens) there
        can_close = not before.isspace()
        can_open = not after.isspace()
        partner = next(
            (index for index in range(len(opened) - 1, -1, -1) if _pairs(opened[index], run)),
            None,
        )
        if can_close and partner is not None:
            orphans.extend(opened[partner + 1 :])
            del opened[partner:]
        elif can_open:
            opened.append(run)
        elif can_close:
            orphans.append(run)
        # between spaces (``2 ** 3``) a run is no emphasis at all: it stays
    # (an empty ``before`` or ``after`` is "not a space": a cut at the text's edge)
    orphans.extend(opened)
    if not orphans:
        return text
    gone = {run.start() for run in orphans}
    pieces: list[str] = []
    position = 0
    for run in runs:
        if run.start() in gone:
            pieces.append(text[position : run.start()])
            position = run.end()
            if run.start() == 0:  # ``** definition``: the space after the cut goes too
                position += len(text[position:]) - len(text[position:].lstrip(" \t"))
    pieces.append(text[position:])
    return "".join(pieces)


def _pairs(opening: re.Match[str], closing: re.Match[str]) -> bool:
    return len(opening.group(0)) == len(closing.group(0))


# a character reference (``&#x20;``, ``&nbsp;``, ``&copy;``) that exporters (GitBook) leave
_CHARACTER_REFERENCE: Final = re.compile(
    r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});"
)
# what a reference stands for that would read as markup again: left escaped
_MARKUP_CHARACTERS: Final = frozenset("<>&")


def _character(match: re.Match[str]) -> str:
    character = html.unescape(match.group(0))
    if character in _MARKUP_CHARACTERS or character == match.group(0):
        return match.group(0)
    return " " if character == "\xa0" else character


def may_hold_clutter(text: str) -> bool:
    """A cheap test that lets most text through untouched (faster than one regex search).

    A search for one character is several times faster than one for two or more: each
    longer one is asked only of text that holds its first character."""
    return (
        "[" in text
        or "*" in text
        or "<" in text
        or "&" in text
        or "!" in text
        or "{" in text
        or (":" in text and ("::" in text or "://" in text))
        or ("#" in text and "#+" in text)
    )


def tidy_inline(text: str) -> str:
    """One line of text (a question, a context label) without clutter."""
    if not may_hold_clutter(text):
        return text
    text, held = _hold(text)
    text = _tidy(text)
    return " ".join(_release(text, held).split())


def tidy_block(text: str) -> str:
    """An answer (markdown source) without clutter, its blank lines kept to one."""
    if not may_hold_clutter(text):
        return text
    text, held = _hold(text)
    if "::" in text and _TEMPLATE.search(text):
        return ""  # a template's skeleton
    text = _tidy(text)
    if "::" in text:
        text = _PROPERTY_LINE.sub("", text)
    if "#+" in text:
        text = _ORG_MARKER_LINE.sub("", text)
    if ("](" in text or "://" in text) and _only_links(text):
        return ""
    if "{:" in text or "TOC" in text or "toc" in text:
        text = _KRAMDOWN_LINE.sub("", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _EMPTY_MARKER_LINE.sub("", text)
    text = _BLANK_RUN.sub("\n\n", text).strip("\n")
    return _release(text, held)


def _only_links(text: str) -> bool:
    """Whether every line of the text is links and nothing else."""
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(_LINK_ONLY_LINE.fullmatch(line) for line in lines)


def _tidy(text: str) -> str:
    if "{{" in text or "<%" in text or "{%" in text:
        text = _MACRO.sub(_GONE, text)
    if "!" in text or "<img" in text or "<IMG" in text:
        text = _IMAGE.sub(_GONE, text)
    if "[[" in text:
        text = _WIKILINK.sub(_wikilink, text)
    if "[:" in text:
        text = _HICCUP.sub(_GONE, text)
    if "](#" in text:
        text = _BACK_TO_TOP.sub(_GONE, text)
    if "<" in text:
        text = _html_marked(text)
    if "](" in text:
        text = _EMPTY_LINK.sub(_GONE, text)
    if _GONE in text:
        text = _EMPTIED_LINE.sub("", text)
        text = _SPACED_GONE.sub(_GONE, text).replace(_GONE, "")
    if "**" in text:
        text = _balanced_strong(text)
    if "&" in text:
        text = _CHARACTER_REFERENCE.sub(_character, text)
    return text
