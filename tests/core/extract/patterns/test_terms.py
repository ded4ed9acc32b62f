"""Whether text reads as a term."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notecards.core.extract.patterns import prose_openings, terms
from tests.conftest import cards_of


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Attention", "is", "Note", "e", "g", "Week", "-", "R", "CNN", "a", "TODO", "Today"]
        ),
        min_size=1,
        max_size=8,
    ).map(" ".join)
)
def test_plain_latin_fast_path_agrees_with_the_full_rules(term: str) -> None:
    fast = terms.is_term(term)
    patterns_full = terms._PLAIN_LATIN_TERM
    try:
        terms._PLAIN_LATIN_TERM = re.compile(r"(?!)")  # never matches: the full rules
        assert terms.is_term.__wrapped__(term) == fast  # uncached: the full rules run
    finally:
        terms._PLAIN_LATIN_TERM = patterns_full


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Attention", "is", "Today", "So", "Note", "it", "Multi-head", "a"]),
        min_size=1,
        max_size=8,
    ).map(" ".join),
    st.lists(
        st.sampled_from(["임베딩", "it", "a + b", "왜?", "내용", "the process", "x, y", "."]),
        max_size=3,
    ).map(" ".join),
)
def test_glossed_latin_fast_path_agrees_with_the_full_rules(words: str, gloss: str) -> None:
    term = f"{words} ({gloss})"
    fast = (
        terms._reads_as_name(term, 4, 6, heading=False),
        terms._reads_as_name(term, 8, 8, heading=True),
    )
    glossed = terms._GLOSSED_LATIN_TERM
    try:
        terms._GLOSSED_LATIN_TERM = re.compile(r"(?!)")  # never matches: the full rules
        assert (
            terms._reads_as_name(term, 4, 6, heading=False),
            terms._reads_as_name(term, 8, 8, heading=True),
        ) == fast
    finally:
        terms._GLOSSED_LATIN_TERM = glossed


@pytest.mark.parametrize(
    ("term", "reads"),
    [
        ("Gradient Descent (경사 하강법)", True),
        ("Today lesson (오늘)", False),  # a diary's
        ("So what (요약)", False),  # prose
        ("Dropout is (드롭아웃)", False),  # a clause
        ("Ensemble (a + b)", False),
    ],
)
def test_a_latin_term_glossed_in_brackets(term: str, reads: bool) -> None:
    assert terms.is_term(term) is reads


@pytest.mark.parametrize("quantity", ["60분", "3 hours", "2차", "4개", "120 min"])
def test_an_amount_a_duration_or_a_round_is_no_term(quantity: str) -> None:
    assert not terms.is_term(quantity)


@pytest.mark.parametrize("term", ["HTTP/2", "3D 프린터", "2PC", "Python 3"])
def test_a_name_holding_a_number_is_still_a_term(term: str) -> None:
    assert terms.is_term(term)


@pytest.mark.parametrize("adverb", ["Intuitively", "Specifically", "Initially", "다만"])
def test_a_sentence_adverb_alone_is_no_term(adverb: str) -> None:
    assert not terms.is_term(adverb)


def test_a_name_that_opens_with_such_an_adverb_is_still_a_term() -> None:
    assert terms.is_term("Generally Accepted Accounting Principles")


@pytest.mark.parametrize("term", ["`$emit()`", "`$sp`", "`${pageScope }`", "`$ git rm --cached`"])
def test_a_dollar_sign_inside_code_is_no_math(term: str) -> None:
    assert terms.is_term(term)


@pytest.mark.parametrize("term", ["$x + y", "비용 $10 이하", "the $ sign"])
def test_a_lone_dollar_sign_outside_code_still_is_no_term(term: str) -> None:
    assert not terms.is_term(term)


@pytest.mark.parametrize(
    "text", ["for each level", "For every node in the stack", "for all keys $k$"]
)
def test_a_loop_or_a_quantifier_is_no_term(text: str) -> None:
    assert not terms.is_term(text)


def test_the_for_each_loop_is_a_term() -> None:
    assert terms.is_term("For each loop")


@pytest.mark.parametrize(
    ("term", "reads"),
    [
        ("Ctrl + T", True),
        ("Ctrl + Alt + Left/Right", True),
        ("Cmd + Shift + P", True),
        ("Shift + F10", True),
        ("⌘ + K", True),
        ("Attention + FFN", False),  # a sum of parts, not a name
        ("a + b", False),
        ("Shift + Ctrl", False),  # modifiers alone press nothing
        # written as code, the keys in angle brackets
        ("`<command> + space`", True),
        ("`<cmd> + <shift> + A`", True),
        ("`ctrl + c`", True),
        ("`a + b`", False),
        # with where it works, in brackets after it
        ("`<command> + N` (editor)", True),
        ("`<option> + F1` (editor, project window)", True),
        ("Attention + FFN (the block)", False),
    ],
)
def test_a_key_combination_written_with_spaces_is_a_term(term: str, reads: bool) -> None:
    assert terms.is_term(term) is reads


def test_a_cheat_sheet_of_spaced_shortcuts_gives_a_card_per_shortcut() -> None:
    text = (
        "# Shortcuts\n\n- Ctrl + W = close the tab\n- Cmd + Shift + P: open the command palette\n"
    )
    assert [(card.question, card.answer) for card in cards_of(text)] == [
        ("Ctrl + W", "close the tab"),
        ("Cmd + Shift + P", "open the command palette"),
    ]


@pytest.mark.parametrize("heading", ["How it works", "Why it matters", "how the cache works"])
def test_a_heading_asking_how_or_why_without_its_mark_is_a_name(heading: str) -> None:
    assert terms.is_heading_name(heading)


def test_a_heading_of_how_the_writer_did_it_is_no_name() -> None:
    assert not terms.is_heading_name("How I built it")


@pytest.mark.parametrize("keyword", ["WHERE", "THEN", "AND"])
def test_a_keyword_in_capitals_is_a_name_not_a_connective(keyword: str) -> None:
    assert terms.is_heading_name(keyword)
    assert not prose_openings.opens_prose(keyword)


@pytest.mark.parametrize("heading", ["WAS", "WAS 주요 기능", "IS Operator"])
def test_an_acronym_spelling_a_verb_is_a_name(heading: str) -> None:
    assert terms.is_heading_name(heading)


def test_a_heading_shouted_in_capitals_is_still_a_sentence() -> None:
    assert not terms.is_heading_name("THIS MAY BE UNNECESSARY")


@pytest.mark.parametrize(
    "label", ["One problem", "One last trick", "A tricky bit", "The catch", "One small caveat"]
)
def test_the_writers_label_for_what_comes_next_is_no_term(label: str) -> None:
    """``One problem: this stripped the licence comment.`` says something; it names nothing."""
    assert prose_openings.opens_prose(label)
    assert not terms.is_term(label)
    assert label not in [
        card.question for card in cards_of(f"# Minify\\n\\n{label}: it drops the header.\\n")
    ]


@pytest.mark.parametrize(
    "term",
    ["`<shift> + <shift>`", "Shift + Shift", "`ds{`", "`ci(`"],
)
def test_a_double_tapped_key_and_code_with_an_open_bracket_are_names(term: str) -> None:
    """``<shift> + <shift>`` (IntelliJ's search everywhere) is a key pressed twice, and in
    code a bracket need not close (vim's ``ds{``, ``ci(``)."""
    assert terms.is_term(term)


@pytest.mark.parametrize("term", ["(unclosed note", "f(x"])
def test_an_unclosed_bracket_outside_code_is_no_name(term: str) -> None:
    assert not terms.is_term(term)


@pytest.mark.parametrize(
    "text",
    [
        "They're not",
        "We're done here",
        "I'm not sure",
        "You'll see",
        "I've tried it",
        "They’re not",
    ],
)
def test_a_pronoun_with_its_verb_contracted_opens_a_clause_not_a_name(text: str) -> None:
    """``They're not: at least not in ...``: a pronoun and its verb, contracted, are a
    clause however short, as ``It's fine`` is."""
    assert not terms.is_term(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Never Ship on Friday", True),
        ("Don't Guess, Measure", True),
        ("Leave the Camp Cleaner", True),
        ("Always Be Shipping", True),
        ("this is not a name", False),
        ("DO NOT SKIP THIS", False),
        ("This Is Important", False),
        ("Should We Ship It?", False),
        ("Wait", False),
    ],
)
def test_a_phrase_in_title_case_is_a_name(text: str, named: bool) -> None:
    """``**Never Ship on Friday**``: title case names a principle or a habit, verb and all
    (not a shout in capitals, a question, or one word)."""
    assert terms.is_title_cased_name(text) is named


def test_a_bolded_maxim_in_title_case_is_asked_as_a_term() -> None:
    """A list of maxims in bold title case, each glossed after a colon or over its own
    nested list, makes a card of each: the bold and the capitals name it."""
    text = (
        "# Teams\n\n## Habits\n\n"
        "- **Never Ship on Friday**: a weekend outage has nobody to fix it\n"
        "- **Always Be Shipping**\n"
        "    - release small changes often\n"
        "    - keep the main branch green\n"
    )
    asked = {card.question: card.answer for card in cards_of(text)}
    assert asked["Never Ship on Friday"] == "a weekend outage has nobody to fix it"
    assert "release small changes often" in asked["Always Be Shipping"]


def test_a_name_ending_in_a_vowel_then_i_is_no_subject() -> None:
    """The subject particle is 이 only after a final consonant (after a vowel it is 가):
    ``서브웨이 노선`` is a name; ``지하철역이 노선 연결`` stays a clause."""
    assert terms.is_term("서브웨이 노선")
    assert not terms.is_term("지하철역이 노선 연결")


@pytest.mark.parametrize(
    ("text", "titled"),
    [
        ("Sparse Voxel Grids for Fast Rendering of Large Outdoor Scenes", True),
        ("QuickPose: Learning Object Pose Estimation without Any Labelled Views", True),
        ("Robust Tracking via Motion and Appearance Cues in 3D Scenes", True),
        ("we trained the model for ten more epochs today", False),
        ("Does Pretraining Help Small Models on Long Noisy Tasks?", False),
        ("LEARNING TO SEGMENT EVERY OBJECT IN A SCENE", False),
        ("Short Title Here", False),
    ],
)
def test_a_long_heading_in_title_case_is_a_works_title(text: str, titled: bool) -> None:
    """A paper's title heading its notes runs longer than any name, in title case."""
    assert terms.is_work_title(text) is titled


def test_notes_under_a_papers_linked_title_are_asked_by_it() -> None:
    """Notes on a paper headed by its title, linked to its source, make a card asked by the
    title, however many words it runs to."""
    title = "Sparse Voxel Grids for Fast Rendering of Large Outdoor Scenes"
    text = (
        f"# [{title}](https://example.org/paper.pdf)\n\n"
        "* stores a scene in a sparse grid of small voxels\n\n"
        "* renders it by marching rays through the occupied voxels only\n"
    )
    asked = {card.question: card.answer for card in cards_of(text)}
    assert "marching rays" in asked[title]
