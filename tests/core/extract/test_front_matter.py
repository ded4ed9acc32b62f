"""Front matter: tags, deck, where the body starts, and broken front matter."""

from __future__ import annotations

from pathlib import PurePosixPath

from hypothesis import given
from hypothesis import strategies as st

from notecards.core.extract import deck_for, front_matter
from tests.conftest import cards_of


def test_tags_and_deck() -> None:
    matter = front_matter.read("---\ntags: [a, Deep Learning]\ndeck: math::analysis\n---\nbody")
    assert matter.tags == ("a", "Deep_Learning")
    assert matter.deck == "math::analysis"
    assert matter.body_line == 4


def test_tags_as_a_string_and_as_a_block_list() -> None:
    assert front_matter.read("---\ntags: a, b c\n---\n").tags == ("a", "b", "c")
    assert front_matter.read("---\ntags:\n  - x\n  - y\n---\n").tags == ("x", "y")


def test_toml_front_matter() -> None:
    assert front_matter.read('+++\ntags = ["t"]\n+++\nbody').tags == ("t",)


def test_broken_yaml_is_a_warning_and_the_body_is_still_read() -> None:
    text = "---\ntitle: ok\ntags: [a, b\n---\n- Term: definition\n"
    matter = front_matter.read(text)
    assert matter.problem is not None and "not valid YAML" in matter.problem
    assert matter.problem_line == 4
    from notecards.core.extract import extract_note

    extraction = extract_note(text, "n.md")
    assert [card.question for card in extraction.cards] == ["Term"]
    assert extraction.cards[0].line == 5
    assert "not valid YAML" in extraction.warnings[0].message


def test_deck_defaults_to_the_folder_path() -> None:
    cards = cards_of("- Term: def\n", "ml/deep learning/cnn.md")
    assert cards[0].deck == "ml::deep learning"
    assert cards_of("- Term: def\n", "top.md")[0].deck == "Default"


@given(st.lists(st.sampled_from(["a", "b c", ".", "..", "/", "//", "x.md", "한", ""]), max_size=8))
def test_the_deck_is_the_folder_path_as_pathlib_reads_it(pieces: list[str]) -> None:
    source = "".join(pieces)  # the fast path for plain paths agrees with pathlib on any path
    parts = PurePosixPath(source).parts[:-1]
    assert deck_for(source, "Default") == ("::".join(parts) if parts else "Default")


def test_front_matter_deck_and_tags_reach_the_cards() -> None:
    card = cards_of("---\ndeck: Math\ntags: [x]\n---\n- Term: def\n", "a/b.md")[0]
    assert (card.deck, card.tags, card.line) == ("Math", ("x",), 5)


def test_a_horizontal_rule_is_not_front_matter() -> None:
    cards = cards_of("Intro paragraph\n\n---\n\n- Term: def\n")
    assert [card.line for card in cards] == [5]


def test_title() -> None:
    assert front_matter.read("---\ntitle: Undo a commit \n---\n").title == "Undo a commit"
    assert front_matter.read("---\ntitle: 2024\n---\n").title == "2024"
    assert front_matter.read("---\ntitle: ''\n---\n").title is None
    assert front_matter.read("---\ntitle: [a, b]\n---\n").title is None
    assert front_matter.read("---\ntags: [a]\n---\n").title is None
