"""Card markdown as the HTML an Anki field holds.

- markdown-it-py renders the markdown (CommonMark, tables, strikethrough; code blocks stay
  ``<pre><code class="language-...">``). Notes are markdown, not HTML: text that looks like
  a tag (``List<String>``, ``a<br>b``, ``<script>``) is the author's text and stays escaped,
  shown as written, as on the review screen;
- math is taken out before rendering, so that markdown never touches it, and put back in
  Anki's MathJax delimiters: ``$...$`` as ``\\(...\\)`` and ``$$...$$`` as ``\\[...\\]``;
- Obsidian image embeds (``![[figure.png]]``) become ordinary images;
- nh3 sanitises the markup that markdown made: no ``javascript:`` URLs in links or images,
  only known tags and attributes; each image source is handed to a resolver, which packs
  local files as media or refuses them.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable

import nh3
from markdown_it import MarkdownIt

from notecards.core.math_text import MathSpan, replace_math

# an image source -> the source to use (a packed media file's name, or a URL), or None to drop
ImageResolver = Callable[[str], str | None]

_PLACEHOLDER = "\ue000{}\ue001"
_PLACEHOLDER_PATTERN = re.compile("\ue000(\\d+)\ue001")
_EMBED = re.compile(r"!\[\[([^\]|#]+?)(?:\|([^\]]*))?\]\]")
_TAGS = nh3.ALLOWED_TAGS | {"mark"}
_ATTRIBUTES = {
    **nh3.ALLOWED_ATTRIBUTES,
    "img": {"src", "alt", "title", "width", "height"},
    "a": {"href", "title"},
    "code": {"class"},
    "pre": {"class"},
    "span": {"class"},
    "div": {"class"},
    "ol": {"start"},
}
_URL_SCHEMES = {"http", "https", "mailto"}


@functools.cache
def _markdown() -> MarkdownIt:
    # raw HTML off: a tag in a note is text (escaped), never markup
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def _embeds_as_images(text: str) -> str:
    def image(match: re.Match[str]) -> str:
        target, alt = match.group(1).strip(), (match.group(2) or "").strip()
        if alt.isdigit():  # ![[figure.png|300]] is a width, not a caption
            alt = ""
        return f"![{alt}](<{target}>)"

    return _EMBED.sub(image, text) if "![[" in text else text


def _protect_math(text: str) -> tuple[str, list[str]]:
    """The text with each math span swapped for a placeholder, and the MathJax for each."""
    formulas: list[str] = []

    def placeholder(span: MathSpan) -> str:
        tex = html.escape(span.tex, quote=False)
        formulas.append(f"\\[{tex}\\]" if span.display else f"\\({tex}\\)")
        return _PLACEHOLDER.format(len(formulas) - 1)

    return replace_math(text, placeholder), formulas


def to_html(markdown: str, resolve_image: ImageResolver | None = None) -> str:
    """Safe HTML for one field. A single line renders without a surrounding paragraph."""
    text, formulas = _protect_math(_embeds_as_images(markdown))
    renderer = _markdown()
    if "\n" in text.strip():
        rendered = renderer.render(text)
    else:
        rendered = renderer.renderInline(text.strip())

    def attribute(tag: str, name: str, value: str) -> str | None:
        if tag == "img" and name == "src":
            if resolve_image is not None:
                return resolve_image(value)
            return value if value.lower().startswith(("https://", "http://")) else None
        return value

    cleaned = nh3.clean(
        rendered,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        attribute_filter=attribute,
        link_rel="noopener noreferrer",
    ).strip()
    if formulas:
        cleaned = _PLACEHOLDER_PATTERN.sub(lambda match: formulas[int(match.group(1))], cleaned)
    return cleaned
