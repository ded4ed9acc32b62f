"""The two block parsers: markdown-it-pyrs (fast) and markdown-it-py (fallback) give the
same cards, and each note goes to the one that can read it."""

from __future__ import annotations

import dataclasses
import gc
import inspect
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notecards.core.extract import blocks, extract_note, rust_blocks
from notecards.core.extract.blocks import fence_after
from notecards.core.model import Card
from tests.conftest import DECKS, PROJECT, shared_dir

Parser = Callable[[str, int], list[blocks.Block]]


def test_a_block_is_made_as_its_fields_say() -> None:
    # Block's __init__ is written out (faster than the generated one): it takes the fields
    # in their order, with their defaults, and each block gets a list of children of its own
    parameters = list(inspect.signature(blocks.Block).parameters)
    assert parameters == [field.name for field in dataclasses.fields(blocks.Block)]
    item, other = blocks.Block("item", 0, 1), blocks.Block("item", 1, 2)
    item.children.append(blocks.Block("paragraph", 0, 1, "x"))
    assert other.children == [] and item.children[0].text == "x"
    assert blocks.Block("heading", 0, 1, "T", level=2) == blocks.Block(
        kind="heading", start=0, end=1, text="T", level=2, children=[]
    )
    assert blocks.Block("hr", 3, 4) == blocks.Block("hr", 3, 4, "", 0, [])


def rust_only(text: str, shift: int = 0) -> list[blocks.Block]:
    parsed = rust_blocks.parse(text, shift)
    assert parsed is not None
    return parsed


def cards_with(parser: Parser, text: str, monkeypatch: pytest.MonkeyPatch) -> list[Card]:
    with monkeypatch.context() as patch:
        patch.setattr(blocks, "parse", parser)
        return list(extract_note(text, "note.md").cards)


def real_notes() -> Iterator[Path]:
    yield from sorted((shared_dir() / "seeds").glob("*.md"))
    yield from sorted(DECKS.rglob("*.md"))
    yield from sorted((PROJECT / "tests" / "fixtures" / "notes").glob("*.md"))


@pytest.fixture(scope="module")
def synthetic_corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """300 notes from the benchmark's corpus writer: headings, terms, nesting, code, tables."""
    out = tmp_path_factory.mktemp("corpus")
    script = shared_dir() / "bench" / "make_corpus.py"
    subprocess.run([sys.executable, str(script), str(out), "--notes", "300"], check=True)
    return sorted(out.rglob("*.md"))


def test_real_notes_give_the_same_cards_with_either_parser(
    monkeypatch: pytest.MonkeyPatch, synthetic_corpus: list[Path]
) -> None:
    checked = 0
    for path in [*real_notes(), *synthetic_corpus]:
        text = path.read_text("utf-8", errors="replace")
        if rust_blocks.parse(text) is None:
            continue
        fast = cards_with(rust_only, text, monkeypatch)
        slow = cards_with(blocks.parse_python, text, monkeypatch)
        assert fast == slow, path
        checked += 1
    assert checked > 300  # every note: the synthetic ones have top-level $$ math too


_TERMS = ["Stride", "NMS", "Supremum, Least upper bound (상한)", "RoI", "**Pooling**", "`view`"]
_DEFINITIONS = [
    "필터가 움직이는 칸 수",
    "a box filter",
    "see [docs](https://x.org)",
    "a *soft* max",
]
_SEPARATORS = [": ", " : ", " - ", " → ", " = ", " :: ", " ::: "]


@st.composite
def list_items(draw: st.DrawFn, depth: int = 0) -> list[str]:
    indent = "  " * depth
    marker = draw(st.sampled_from(["-", "*", "+"]))
    term = draw(st.sampled_from(_TERMS))
    if depth < 3 and draw(st.booleans()):
        children = draw(st.lists(list_items(depth + 1), min_size=1, max_size=3))
        return [f"{indent}{marker} {term}"] + [line for child in children for line in child]
    separator = draw(st.sampled_from(_SEPARATORS))
    definition = draw(st.sampled_from(_DEFINITIONS))
    lines = [f"{indent}{marker} {term}{separator}{definition}"]
    if draw(st.booleans()):
        lines.append(f"{indent}  {draw(st.sampled_from(_DEFINITIONS))}")
    return lines


_FIXED_SECTIONS = [
    ["```python", "x = 1  # - Term: not a card", "```"],
    ["> [!definition] Stride", "> 필터가 움직이는 칸 수"],
    ["| a | b |", "|---|---|", "| Term: x | y |"],
    ["    indented code", "    - Term: not a card"],
    ["<div>", "- Term: html", "</div>"],
    ["기회비용이란 포기한 것 중 가장 큰 가치를 말한다."],
    ["1. First: 하나", "2. Second: 둘"],
    ["Setext heading", "--------------"],
    ["---"],
]


@st.composite
def notes(draw: st.DrawFn) -> str:
    sections: list[list[str]] = []
    for _ in range(draw(st.integers(1, 8))):
        choice = draw(st.integers(0, 3))
        if choice == 0:
            level = draw(st.integers(1, 4))
            sections.append([f"{'#' * level} {draw(st.sampled_from(_TERMS))}"])
        elif choice == 1:
            items = draw(st.lists(list_items(), min_size=1, max_size=5))
            sections.append([line for item in items for line in item])
        else:
            sections.append(draw(st.sampled_from(_FIXED_SECTIONS)))
    return "\n\n".join("\n".join(section) for section in sections) + "\n"


@settings(max_examples=300, deadline=None)
@given(notes())
def test_generated_notes_give_the_same_cards_with_either_parser(text: str) -> None:
    patch = pytest.MonkeyPatch()
    try:
        assert cards_with(rust_only, text, patch) == cards_with(blocks.parse_python, text, patch)
    finally:
        patch.undo()


def test_top_level_math_is_read_fast_and_nested_math_or_deep_nesting_is_not() -> None:
    euler = (
        "Euler:\n\n$$\ne^{i\\pi} + 1 = 0\n$$\n$$x$$\nright after: a paragraph\n\n"
        "- Term: definition\n\nNo math block in a paragraph:\n$$\nf: A \\to B\n$$\n"
    )
    fast = rust_blocks.parse(euler)
    assert fast is not None

    def spans(parsed: list[blocks.Block]) -> list[tuple[str, int, int]]:
        # a list's range ends at its last line here, after a trailing blank in markdown-it-py
        return [(b.kind, b.start, b.end if b.kind != "list" else b.start) for b in parsed]

    assert spans(fast) == spans(blocks.parse_python(euler))
    assert [b.kind for b in fast] == ["paragraph", "math", "math", "paragraph", "list", "paragraph"]
    unclosed = "Costs $$5\n\nand $$ more\n"  # no math block: the same as plain text
    assert rust_blocks.parse(unclosed) is not None
    assert rust_blocks.parse("- Term\n\n  $$\n  f: A \\to B\n  $$\n") is None
    deep = ">" * 100_000 + " deep\n"
    assert rust_blocks.parse(deep) is None
    assert rust_blocks.parse("".join("  " * depth + "- x\n" for depth in range(200))) is None
    assert blocks.parse(deep)  # markdown-it-py caps the nesting; nothing crashes


_MATH_SECTIONS = [
    ["$$", "e^{i\\pi} + 1 = 0", "$$"],
    ["$$x^2$$"],
    ["$$", "a", "$$", "$$b$$"],
    ["$$ (1)", "a", "$$ (1)"],
    ["$$", "unclosed"],
    ["  $$", "  indented", "  $$"],
    ["> $$", "> quoted", "> $$"],
    ["- $$x$$"],
    ["```", "$$", "in a fence", "```"],
    ["<!-- a comment", "", "$$", "x", "$$", "-->"],
    ["<pre>", "", "$$y$$", "</pre>"],
    ["# Heading", "$$z$$"],
    ["A paragraph", "$$", "continued", "$$"],
    ["\u3000", "$$w$$"],
    ["- Term: definition"],
    ["$$", "a", "", "b", "$$"],
]


@st.composite
def math_notes(draw: st.DrawFn) -> str:
    sections = draw(st.lists(st.sampled_from(_MATH_SECTIONS), min_size=1, max_size=6))
    joints = draw(st.lists(st.sampled_from(["\n", "\n\n"]), min_size=len(sections)))
    text = "".join(joint + "\n".join(s) for s, joint in zip(sections, joints, strict=False))
    return text.lstrip("\n") + "\n"


@settings(max_examples=400, deadline=None)
@given(math_notes())
def test_math_found_without_a_first_parse_is_what_two_parses_find(text: str) -> None:
    """Plain top-level math is masked before the one parse; anything else parses twice."""
    assert rust_blocks.parse(text) == rust_blocks.read_twice(text)


def test_math_closed_past_a_list_item_leaves_the_next_math_block_a_block() -> None:
    # found by the property above: "$$" + a line + a list item + "$$x^2$$" closes one math
    # block, and the "$$ ... $$" after it is a math block too, whichever way it is parsed
    text = "$$\nunclosed\n- Term: definition\n$$x^2$$\n$$\ne^{i\\pi} + 1 = 0\n$$\n"
    once, twice = rust_blocks.parse(text), rust_blocks.read_twice(text)
    assert once == twice
    assert [(block.kind, block.start) for block in twice or []] == [("math", 0), ("math", 4)]


def test_plain_math_takes_one_parse_and_doubtful_math_takes_two(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parsed: list[str] = []
    real_parser = rust_blocks.rust_parser()

    class CountingParser:  # the parser, not the module's own function, is swapped: calls
        # between compiled functions (the installed build, hatch_build.py) are not patchable
        def tree(self, text: str) -> object:
            parsed.append(text)
            return real_parser.tree(text)

    monkeypatch.setattr(rust_blocks, "rust_parser", CountingParser)
    plain = "Euler:\n\n$$\ne^{i\\pi} + 1 = 0\n$$\n$$x$$\n\n- Term: definition\n"
    assert [b.kind for b in rust_blocks.parse(plain) or []] == ["paragraph", "math", "math", "list"]
    assert len(parsed) == 1
    for doubtful in ["# Heading\n$$x$$\n", "```\n\n$$x$$\n```\n", "  $$x$$\n"]:
        parsed.clear()
        rust_blocks.parse(doubtful)
        assert len(parsed) >= 2, doubtful


def test_a_panic_in_the_fast_parser_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    class PanicException(BaseException):  # what pyo3 raises for a Rust panic
        pass

    class Panicking:
        def tree(self, text: str) -> object:
            raise PanicException("index out of bounds")

    monkeypatch.setattr(rust_blocks, "rust_parser", Panicking)
    assert rust_blocks.parse("- Term: definition\n") is None
    parsed = blocks.parse("- Term: definition\n")
    assert parsed[0].kind == "list"


def test_line_numbers_count_lines_not_bytes() -> None:
    text = (
        "# 한국어 제목\n\n- 기회비용: 포기한 것 중 가장 큰 가치\n- 매몰비용: 돌이킬 수 없는 비용\n"
    )
    fast = rust_blocks.parse(text, shift=10)
    assert fast is not None
    assert [(block.kind, block.start, block.end) for block in fast] == [
        ("heading", 10, 11),
        ("list", 12, 14),
    ]
    assert [item.start for item in fast[1].children] == [12, 13]


def test_a_list_item_never_closes_plain_math() -> None:
    # found by hypothesis: the one-parse path took "- $$x$$" for the close of an open "$$"
    text = "$$\nunclosed\n- $$x$$\n"
    assert rust_blocks.parse(text) == rust_blocks.read_twice(text)


def test_the_fast_parser_leaves_no_reference_cycles() -> None:
    """Nothing of a parse waits for the garbage collector (a nested function calling itself
    did, at every note): with the collector paused, memory would grow from note to note."""
    text = "# Title\n\n- Term: definition\n  - nested: more\n\n> quote\n\n```\ncode\n```\n"
    rust_blocks.parse(text)  # the parser itself is made once, at the first note
    gc.collect()
    gc.disable()
    try:
        assert rust_blocks.parse(text) is not None
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_fence_opened_in_a_list_item_or_a_quote_is_a_fence() -> None:
    """``- ``` java`` opens a fence the item's indented ``````` closes; ``> ```` opens one
    in a quote that ``> ```` closes."""
    item = [
        "- the entry point",
        "    - ``` java",
        "        public static void main() {}",
        "        ```",
    ]
    quote = ["> ```", "> ls -l", "> ```"]
    for lines in (item, quote):
        fence = ""
        states = []
        for line in lines:
            fence = fence_after(fence, line)
            states.append(fence)
        assert states[-2] == "```" and states[-1] == ""


def test_code_in_triple_backticks_within_a_line_opens_no_fence() -> None:
    """```` ```GET / HTTP/1.0``` ```` is a code span: an info string never holds a backtick."""
    assert fence_after("", "        * ```GET /index.html HTTP/1.0``` is a request line") == ""
    assert fence_after("", "```python") == "```"
