"""Our table rule finds exactly the tables markdown-it's own rule finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin

from notecards.core.extract import blocks

REFERENCE = (
    MarkdownIt("commonmark", {"maxNesting": blocks.MAX_NESTING})
    .enable("table")
    .use(dollarmath_plugin)
    .disable(["inline", "normalize", "text_join"])
)
TABLEISH = st.lists(
    st.sampled_from(
        [
            "|",
            "| a ",
            "| b |",
            "|---",
            "|:-:|",
            "---|",
            ":--",
            " ",
            "\n",
            "\n\n",
            "  ",
            "    ",
            "- ",
            "> ",
            "# ",
            "```",
            "a",
            "b",
            "\\|",
            "`|`",
            "1. ",
            "<div>",
            "$$",
            "\u00a0",
            "\u3000",
            "\t",
        ]
    ),
    max_size=60,
).map("".join)


def shape(tokens: list[Token]) -> list[tuple[object, ...]]:
    """Every token outside tables, and each table as its line range."""
    shaped: list[tuple[object, ...]] = []
    depth = 0
    for token in tokens:
        if token.type == "table_open":
            shaped.append(("table", tuple(token.map or ())))
            depth += 1
        elif token.type == "table_close":
            depth -= 1
        elif not depth:
            shaped.append((token.type, tuple(token.map or ()), token.content))
    return shaped


@settings(max_examples=1500, deadline=None)
@given(TABLEISH)
def test_same_tables_as_markdown_it(text: str) -> None:
    assert shape(blocks.parser().parse(text)) == shape(REFERENCE.parse(text))


def test_a_table_is_one_block() -> None:
    text = "| term | meaning |\n|---|---|\n| a: b | c |\n\n- Term: kept\n"
    parsed = blocks.parse(text)
    assert [(block.kind, block.start, block.end) for block in parsed][:1] == [("table", 0, 3)]
