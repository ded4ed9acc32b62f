"""A block's text as written, and whether a paragraph explains anything."""

from __future__ import annotations

from notecards.core.extract.blocks import parse
from notecards.core.extract.proposers.block_text import block_source, explains, says_nothing
from tests.conftest import by_question, cards_of


def test_a_quote_reads_without_its_markers_and_a_callout_without_its_marker() -> None:
    text = "> [!note] Heaps\n> A heap keeps its smallest key on top.\n"
    (block,) = parse(text)
    assert block_source(block, text.split("\n")) == "Heaps\nA heap keeps its smallest key on top."


def test_a_definition_explains_and_properties_or_a_label_alone_do_not() -> None:
    assert explains("A heap keeps its smallest key at the root.")
    assert not explains("status:: draft\ncreated: 2024-01-03")
    assert not explains("**Lock-based implementation:**")
    assert not explains("Why does it keep the smallest key on top?")


def test_a_rule_an_image_a_source_or_a_callout_of_aims_says_nothing() -> None:
    text = "---\n\n![diagram](d.png)\n\n> [!goal] Learning Objectives\n> - Hashing\n\nA word.\n"
    blocks = parse(text)
    said = [says_nothing(block) for block in blocks]
    assert said == [True, True, True, False]


def test_an_image_inside_a_link_says_nothing() -> None:
    text = (
        '<a href="https://imgur.com/x1"><img src="https://i.imgur.com/x1.png" /></a>\n\n'
        "[![diagram](d.png)](https://example.org/d)\n\n"
        '<a href="https://example.org">the paper</a> says more.\n'
    )
    assert [says_nothing(block) for block in parse(text)] == [True, True, False]


def test_an_aside_in_brackets_is_skipped_on_the_way_to_the_answer() -> None:
    text = (
        "# Querying JSON logs with a SQL engine\n\n"
        "(Scroll to the end for a shortcut.)\n\n"
        "Define a table whose one column holds each line's JSON, then query it with "
        "`json_extract`.\n\n"
        "## Notes\n\n(A) the first case\n"
    )
    cards = by_question(cards_of(text))
    answer = cards["Querying JSON logs with a SQL engine"].answer
    assert answer.startswith("Define a table")


def test_a_few_words_leading_to_a_link_to_read_point_elsewhere() -> None:
    for text in (
        "Quick [guide](https://example.org/fe.md) for feature engineering and selection.",
        "My project's [presentations](https://example.org/slides)",
        "Super useful [video](https://example.org/v) with the basic concepts.",
    ):
        assert says_nothing(parse(text)[0]), text
    said = "The [guide](https://example.org/fe.md) splits features into four kinds by type."
    assert not says_nothing(parse(said)[0])


def test_a_short_korean_paragraph_sending_the_reader_to_its_link_says_nothing() -> None:
    for text in (
        "전체 코드는 [github](https://example.org/repo)에서 참고 가능합니다.",
        "역전파가 생소하신 분은 [이곳](https://example.org/bp)을 참고하세요.",
    ):
        assert says_nothing(parse(text)[0]), text
    said = "[이곳](https://example.org/bp)의 역전파는 그래디언트를 거꾸로 전한다."
    assert not says_nothing(parse(said)[0])
