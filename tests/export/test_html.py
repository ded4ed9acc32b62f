"""Card markdown as Anki field HTML: rendering, MathJax, sanitising."""

from __future__ import annotations

from html.parser import HTMLParser

from notecards.export.html import to_html


class Shown(HTMLParser):
    """What a browser (Anki's card view) makes of a field: its elements and its text."""

    def __init__(self, field: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.parts: list[str] = []
        self.feed(field)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def tags(self) -> list[str]:
        return [tag for tag, _ in self.elements]

    def unsafe(self) -> list[str]:
        """Elements and attributes that could run code or restyle the card."""
        found = [tag for tag in self.tags if tag in {"script", "style", "iframe", "object"}]
        for tag, attributes in self.elements:
            for name, value in attributes.items():
                if name.startswith("on") or name == "style":
                    found.append(f"{tag} {name}")
                if (value or "").strip().lower().startswith("javascript:"):
                    found.append(f"{tag} {name}={value}")
        return found


def test_a_single_line_renders_inline() -> None:
    assert to_html("**NMS** 알고리즘") == "<strong>NMS</strong> 알고리즘"


def test_math_goes_to_mathjax_untouched_by_markdown() -> None:
    shown = to_html(r"if $a_1 * b_2 < c$ then $$\sum_{i} x_i^*$$")
    assert shown == r"if \(a_1 * b_2 &lt; c\) then \[\sum_{i} x_i^*\]"


def test_code_stays_code_and_math_inside_it_stays_dollars() -> None:
    shown = to_html("Use it:\n\n```python\nprice = '$5' if a < b else '$x$'\n```\n")
    assert '<pre><code class="language-python">' in shown
    assert "price = '$5' if a &lt; b else '$x$'" in shown
    assert to_html("`$x$` costs") == "<code>$x$</code> costs"


def test_lists_and_emphasis() -> None:
    shown = to_html("- *one*\n- two")
    assert shown == "<ul>\n<li><em>one</em></li>\n<li>two</li>\n</ul>"


def test_text_that_looks_like_html_is_shown_as_written() -> None:
    for written in (
        "List<String> holds strings",
        "a<br>b",
        "<script>alert(1)</script> plain words",
        "use <kbd>Ctrl</kbd> & <b>bold</b>",
    ):
        shown = Shown(to_html(written))
        assert shown.text == written and not shown.elements, to_html(written)
    shown = Shown(to_html("Generics:\n\n- List<String>\n- Map<K, V>\n"))
    assert shown.tags == ["p", "ul", "li", "li"]
    assert "List<String>" in shown.text and "Map<K, V>" in shown.text


def test_scripts_handlers_and_javascript_urls_never_become_markup() -> None:
    # Raw HTML is the author's text, shown escaped; markdown's own links and images are
    # sanitised. (Before, raw HTML was parsed and its tags stripped, losing the text.)
    written = (
        '<script>alert(1)</script> ok <img src="https://e.org/a.png" onerror="alert(1)"> '
        '<a href="javascript:alert(1)">x</a> [y](javascript:alert(2)) '
        '<div onclick="steal()" style="x">z</div>'
    )
    shown = Shown(to_html(written + " ![pic](https://e.org/b.png) ![p](javascript:alert(3))"))
    assert not shown.unsafe(), shown.elements
    assert shown.text.startswith(written)
    assert shown.elements == [("img", {"src": "https://e.org/b.png", "alt": "pic"})]


def test_images_go_through_the_resolver() -> None:
    asked: list[str] = []

    def resolve(src: str) -> str | None:
        asked.append(src)
        return None if "passwd" in src else f"packed-{len(asked)}.png"

    shown = to_html("![a](img/a.png) ![[b.png|300]] ![c](../../etc/passwd)", resolve)
    assert asked == ["img/a.png", "b.png", "../../etc/passwd"]
    assert '<img src="packed-1.png" alt="a">' in shown
    assert '<img src="packed-2.png" alt="">' in shown
    assert "passwd" not in shown
