"""Card markdown as Anki field HTML: rendering, MathJax, sanitising."""

from __future__ import annotations

from notecards.export.html import to_html


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


def test_scripts_handlers_and_javascript_urls_are_removed() -> None:
    shown = to_html(
        '<script>alert(1)</script> ok <img src="https://e.org/a.png" onerror="alert(1)"> '
        '<a href="javascript:alert(1)">x</a> [y](javascript:alert(2)) '
        '<div onclick="steal()" style="x">z</div>'
    )
    lowered = shown.lower()
    for bad in ("<script", "alert(1)", "onerror", "onclick", 'href="javascript', "style="):
        assert bad not in lowered, shown
    assert "ok" in shown and 'src="https://e.org/a.png"' in shown


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
