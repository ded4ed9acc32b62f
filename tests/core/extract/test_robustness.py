"""Extraction never raises: whatever the input, problems become warnings."""

from __future__ import annotations

import codecs
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from notecards.core.extract import blocks, extract_bytes, extract_note
from notecards.core.model import NoteExtraction

MARKDOWNISH = st.lists(
    st.sampled_from(
        [
            *"-*+#>|`$=:→•◦ \t\n\r[](){}!_~\\",
            *["1.", "    ", "```", "$$", "---", "::", "{{c1::", "}}", "==", "# ", "- ", "\n\n"],
            *"abcXYZ가나다한국어ìëíê€œ",
        ]
    ),
    max_size=400,
).map("".join)


def check(extraction: NoteExtraction, text: str | None = None) -> None:
    assert not [w for w in extraction.warnings if "could not read" in w.message], extraction
    lines = None
    if text is not None:  # lines as the note's reader counts them: \r\n, \r and \n all end one
        lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    for card in extraction.cards:
        assert card.question.strip()
        assert card.line >= 1
        if lines is not None:
            assert card.line <= lines
    assert len({card.key for card in extraction.cards}) == len(extraction.cards)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_arbitrary_text_never_raises(text: str) -> None:
    check(extract_note(text, "fuzz.md"), text)


@settings(max_examples=300, deadline=None)
@given(MARKDOWNISH)
def test_markdown_shaped_text_never_raises(text: str) -> None:
    check(extract_note(text, "fuzz.md"), text)
    check(extract_note(text, "fuzz.txt"), text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    check(extract_bytes(data, "fuzz.md"))


@settings(max_examples=1000, deadline=None)
@given(MARKDOWNISH)
@example("- >---")  # a rule in a quote in an item: the rule line's prefix is in any order
@example("> - > ***\n1. > > ___")
def test_parser_variants_read_exactly_like_the_full_parser(text: str) -> None:
    text = text.replace("\r", "\n").replace("\x00", "\ufffd")
    full = [(t.type, t.map, t.content, t.info) for t in blocks.parser().parse(text)]
    lean = [(t.type, t.map, t.content, t.info) for t in blocks.parser_for(text).parse(text)]
    assert lean == full


def test_binary_file() -> None:
    extraction = extract_bytes(bytes(range(256)) * 20, "image.md")
    assert extraction.cards == ()
    assert "binary" in extraction.warnings[0].message


def test_invalid_utf8_is_a_warning_with_a_line() -> None:
    extraction = extract_bytes(b"- Term: good\n- Bad: \xff\xfe\xfa text\n", "bad.md")
    assert [card.question for card in extraction.cards] == ["Term", "Bad"]
    assert extraction.warnings[0].line == 2


def test_bom_crlf_tabs() -> None:
    data = codecs.BOM_UTF8 + b"# Title\r\n\r\n-\tTerm:\tdefinition\r\n"
    (card,) = extract_bytes(data, "win.md").cards
    assert (card.question, card.answer, card.line) == ("Term", "definition", 3)


def test_nfd_korean_gives_the_same_cards_as_nfc() -> None:
    text = "## 경제\n- 상계: 할부 금액을 상쇄함\n"
    nfd = unicodedata.normalize("NFD", text)
    assert [c.key for c in extract_note(nfd, "a.md").cards] == [
        c.key for c in extract_note(text, "a.md").cards
    ]
    assert extract_note(nfd, "a.md").cards[0].question == "상계"


def test_unclosed_code_fence_hides_the_rest() -> None:
    extraction = extract_note("- Before: kept\n```python\n- After: inside code\n", "a.md")
    assert [card.question for card in extraction.cards] == ["Before"]


def test_thousand_deep_nesting() -> None:
    text = "".join("  " * depth + f"- Level{depth}: item {depth}\n" for depth in range(1000))
    extraction = extract_note(text, "deep.md")
    check(extraction, text)
    assert extraction.cards[0].question == "Level0"


def test_thousand_deep_quotes_and_brackets() -> None:
    check(extract_note(">" * 1000 + " Term: x\n", "q.md"))
    check(extract_note("- " + "(" * 1000 + "Term: x\n", "b.md"))
    check(extract_note("- " + "[" * 500 + "]" * 500 + ": x\n", "b.md"))


def test_fifty_megabyte_note() -> None:
    section = (
        "## Section\n\n- Term {0}: "
        + "a definition of the term with many words, " * 20
        + "\n- 용어 {0}: "
        + "정의입니다 그리고 설명이 깁니다 " * 20
        + "\n\nA paragraph of prose " * 30
        + "\n\n"
    )
    repeats = 50_000_000 // (10 * len(section.encode())) + 1
    # every term numbered: the same card twice in a note is one card
    text = "".join(section.format(number) for number in range(10 * repeats))
    assert len(text.encode()) >= 50_000_000
    extraction = extract_note(text, "huge.md")
    check(extraction)
    assert len(extraction.cards) == 20 * repeats


def test_one_huge_line() -> None:
    text = "- Term: " + "word " * 2_000_000
    (card,) = extract_note(text, "line.md").cards
    assert card.question == "Term"


def test_a_quoted_list_indented_like_code_is_read_once_not_forever() -> None:
    # an indented list inside a quote parses as a code block; reading it again as a list
    # must not loop (a real interview note failed with RecursionError)
    text = (
        "## SQL\n\n"
        "> DDL (정의어)\n"
        ">\n"
        ">     - CREATE, ALTER, DROP\n"
        ">\n"
        "> DML (조작어)\n"
        ">\n"
        ">     - SELECT, INSERT, UPDATE\n"
    )
    extraction = extract_note(text, "list.md")
    assert not [w for w in extraction.warnings if "could not read" in w.message]
