"""Opaque spans (code, math, links, urls, clozes) blanked so that rules see the top level."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notecards.core.extract.patterns import spans
from notecards.core.extract.patterns.spans import MASK_CHAR, mask_opaque

# every kind of span, each starting mid-line, so a lead that missed one would show
ONE_OF_EACH = [
    "see `a: b` here",
    "math $$x: y$$ inline",
    "so $a - b$ holds",
    "a [link: here](https://x.org/a-b) and ![img](p.png)",
    "note[^1: x] here",
    "tag <b>bold: x</b> and <https://x.org>",
    "url https://x.org/a-b and ftp://host/x",
    "a {{c1::cloze: x}} here",
]
_ALL_SPANS = re.compile(spans.OPAQUE_SPANS, re.VERBOSE)


def _masked_by_every_alternative(text: str) -> str:
    return _ALL_SPANS.sub(lambda match: MASK_CHAR * len(match.group(0)), text)


@pytest.mark.parametrize("text", ONE_OF_EACH)
def test_each_kind_of_span_is_blanked(text: str) -> None:
    masked = mask_opaque(text)
    assert MASK_CHAR in masked
    assert len(masked) == len(text)
    assert masked == _masked_by_every_alternative(text)


@settings(max_examples=300)
@given(st.text(alphabet="`$![]()^<>{}c1:/.htpsfw -ab\\", max_size=40))
def test_the_lead_changes_nothing(text: str) -> None:
    assert mask_opaque(text) == _masked_by_every_alternative(text)


# the hints as alternations, as they read plainly: the led forms must find the same places
_PLAIN_OPAQUE_HINT = re.compile(r"[`$\[<{]|://")
_PLAIN_INNERMOST = re.compile(
    "|".join(
        rf"\{opening}[^()\[\]{{}}（）【】「」]*\{closing}"
        if opening in "([{"
        else rf"{opening}[^()\[\]{{}}（）【】「」]*{closing}"
        for opening, closing in zip(spans.OPEN_BRACKETS, spans.CLOSE_BRACKETS, strict=True)
    )
)


@pytest.mark.parametrize(
    "text", ["a://b", "a:/b", "a: //b", ":", "x`y", "(a) [b] {c}", "（a【b】）"]
)
def test_the_led_hints_find_what_the_alternations_find(text: str) -> None:
    assert _hint_start(spans.OPAQUE_HINT, text) == _hint_start(_PLAIN_OPAQUE_HINT, text)
    assert spans._INNERMOST_BRACKETS.subn(" ", text) == _PLAIN_INNERMOST.subn(" ", text)


@settings(max_examples=300)
@given(st.text(alphabet=":/`$[<{()]}（）【】「」 ab", max_size=30))
def test_the_led_hints_change_nothing(text: str) -> None:
    assert _hint_start(spans.OPAQUE_HINT, text) == _hint_start(_PLAIN_OPAQUE_HINT, text)
    assert spans._INNERMOST_BRACKETS.subn(" ", text) == _PLAIN_INNERMOST.subn(" ", text)


def _hint_start(pattern: re.Pattern[str], text: str) -> int | None:
    found = pattern.search(text)
    return None if found is None else found.start()


_LED_BY_A_LOOK_AHEAD = re.compile(r"(?=[(\[{（【「])" + spans._INNERMOST_BRACKETS.pattern)


@given(st.text(alphabet=st.sampled_from("a 가([{（【「)]}）】」"), max_size=30))
def test_innermost_brackets_are_those_the_look_ahead_form_finds(text: str) -> None:
    assert spans._INNERMOST_BRACKETS.subn("_", text) == _LED_BY_A_LOOK_AHEAD.subn("_", text)
