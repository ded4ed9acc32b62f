"""TeX as Unicode, and finding math in markdown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from notecards.core.math_text import markdown_escape, math_spans, to_unicode, with_unicode_math


@pytest.mark.parametrize(
    ("tex", "shown"),
    [
        (r"\alpha = \sup E", "α = sup E"),
        (r"\hat \mu", "μ̂"),
        (r"\hat{\mu}", "μ̂"),
        (r"x^2 + y_i", "x² + yᵢ"),
        (r"\sum_{i=1}^n x_i", "∑ᵢ₌₁ⁿ xᵢ"),
        (r"\theta_{t+1} = \theta_t - \eta \nabla L", "θₜ₊₁ = θₜ - η ∇ L"),
        (r"\sup_{x \in A} f(x) \le M", "sup_(x ∈ A) f(x) ≤ M"),
        (r"e^{i\pi} + 1 = 0", "e^(iπ) + 1 = 0"),
        (r"\mathbf{x}^T \mathbf{y}", "𝐱ᵀ 𝐲"),
        (r"\frac{a^2}{b_{12}}", "a²/b₁₂"),
        (r"\mathbb{R}^n", "ℝⁿ"),
        (r"\int_0^1 f(x)\,dx", "∫₀¹ f(x) dx"),
        (r"a \iff b", "a ⟺ b"),
        (r"\binom{n}{k}", "(n choose k)"),
        (r"x_{\text{max}}", "xₘₐₓ"),
        (r"\{x : x > 0\}", "{x : x > 0}"),
    ],
)
def test_tex_reads_as_unicode(tex: str, shown: str) -> None:
    assert to_unicode(tex) == shown


@given(st.text(max_size=60))
def test_any_tex_gives_text(tex: str) -> None:
    assert isinstance(to_unicode(tex), str)


def test_spans_inline_and_display() -> None:
    text = r"Let $\alpha$ be small, and $$\sum_i x_i$$ converge."
    spans = math_spans(text)
    assert [(span.tex, span.display) for span in spans] == [
        (r"\alpha", False),
        (r"\sum_i x_i", True),
    ]
    assert all(text[span.start] == "$" and text[span.end - 1] == "$" for span in spans)


@pytest.mark.parametrize(
    "text",
    [
        "costs $5 and $10 today",
        "a price of $ 3 $",
        r"escaped \$x\$ dollars",
        "in code `$x$` only",
        "```\n$x$\n```",
        "~~~python\nprint('$a$')\n~~~",
        "$x\n\ny$",
    ],
)
def test_no_math_where_there_is_none(text: str) -> None:
    assert math_spans(text) == []


def test_math_cannot_run_into_code() -> None:
    assert math_spans("costs $5 and $10. `$x$` there") == []
    assert [span.tex for span in math_spans("``a`` then $b$")] == ["b"]


def test_markdown_gets_unicode_math_and_display_math_its_own_paragraph() -> None:
    shown = with_unicode_math(r"If $\epsilon > 0$ then $$\hat \mu = \bar x$$ holds")
    assert shown.startswith(r"If ϵ \> 0 then")
    assert "\n\nμ̂ \\= x̅\n\n" in shown
    assert with_unicode_math("no math, `$x$`") == "no math, `$x$`"


def test_escaping_shows_text_as_is() -> None:
    assert markdown_escape("a*b_c [d]") == r"a\*b\_c \[d\]"
