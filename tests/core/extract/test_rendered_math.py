"""Math copied from rendered pages: rendered glyphs followed by TeX."""

from __future__ import annotations

import pytest

from notecards.core.extract.rendered_math import keep_tex


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Easy triplets: d(a,p)+margin<d(a,n)d(a, p) + \\text{margin} < d(a, n)",
            "Easy triplets: $d(a, p) + \\text{margin} < d(a, n)$",
        ),
        (
            "Supremum: α=supE\\alpha = \\sup E 이려면",
            "Supremum: $\\alpha = \\sup E$ 이려면",
        ),
        (
            "추정: μ^=1n∑i=1nxi\\hat \\mu = \\frac{1}{n} \\sum_{i=1}^{n} x_i"
            "μ^\u200b=n1\u200b∑i=1n\u200bxi\u200b",
            "추정: $\\hat \\mu = \\frac{1}{n} \\sum_{i=1}^{n} x_i$",
        ),
        (
            "잔차: Vt+1=Vt+G(Vt)V_{t+1} = V_t + G(V_t)의 형태",
            "잔차: $V_{t+1} = V_t + G(V_t)$의 형태",
        ),
        (
            "IoU: IoU=∣A∩B∣∣A∪B∣\\mathrm{IoU} = \\frac{|A \\cap B|}{|A \\cup B|}",
            "IoU: $\\mathrm{IoU} = \\frac{|A \\cap B|}{|A \\cup B|}$",
        ),
        ("Hard: d(a,n)<d(a,p)d(a,n) < d(a, p)", "Hard: $d(a,n) < d(a, p)$"),
    ],
)
def test_rendered_copies_are_dropped(line: str, expected: str) -> None:
    assert keep_tex(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "no math here: just_a_snake_case name",
        "already TeX: $x^2$ kept",
        "x = 5 and y = 6",
        "cost = bias + variance + noise",
        "see C:\\Users\\notes for files",
    ],
)
def test_other_text_is_left_alone(line: str) -> None:
    assert keep_tex(line) == line
