"""Lines that are not content: dates, references, notes to self."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from notecards.core.extract.patterns import chatter
from notecards.core.extract.patterns.labels import MAX_LABEL_CHARS, is_generic_label


@pytest.mark.parametrize(
    "text",
    [
        "*2021.04.25*",
        "2023년 1월 5일",
        "Jan 5, 2023",
        "2023. 1. 11. 15:30",
        "2024-03-18",
        "8th Oct 2022",
        "1st January 2020",
    ],
)
def test_dates(text: str) -> None:
    assert chatter.is_date(text)


@pytest.mark.parametrize("text", ["2008-present", "1995–2001", "1990s", "90년대", "2015 ~ 현재"])
def test_spans_of_years_and_decades_are_dates(text: str) -> None:
    """A timeline's entries (``- 2008-present: joined the lab``) are asked by no date."""
    assert chatter.is_date(text)


@pytest.mark.parametrize("text", ["80s music", "2008 financial crisis", "HTTP/2"])
def test_names_holding_a_year_are_not_dates(text: str) -> None:
    assert not chatter.is_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "*2021.04.25*",
        "Jan 5, 2023",
        "참조: (https://example.com)",
        "Source: [blog](https://example.com)",
        "아직 잘 모르겠다",
        "not sure",
        "???",
    ],
)
def test_may_be_chatter_whenever_a_chatter_rule_could_hold(text: str) -> None:
    assert chatter.may_be_chatter(text)


@given(
    st.text(
        alphabet="0123456789 .-/년월일:：참조고출처링크SOURCEsourcefvialmnot sure?*_~[]()\t'"
        "아직잘정확히솔직히좀모르겠다름헷갈궁금이해JanDecbkpſ,",
        max_size=24,
    )
)
@settings(max_examples=1000, deadline=None)
def test_no_chatter_rule_holds_where_may_be_chatter_says_no(text: str) -> None:
    if not chatter.may_be_chatter(text):
        assert not chatter.is_date(text)
        assert not chatter.is_reference_line(text)
        assert not chatter.is_unsure(text)


# the words each chatter rule opens with, in any case: may_be_chatter reads only their first
# two letters
_CHATTER_OPENINGS = [
    *("참고", "참조", "출처", "링크", "source", "Ref", "references", "LINK", "From", "via", "cf."),
    *("See", "아직", "잘", "정확히", "솔직히", "좀", "모르겠", "모름", "몰라", "헷갈림", "궁금해"),
    *("이해가 안", "이해 못", "not sure", "No idea", "I don't know", "dont get it", "TBD", "?"),
    *("Jan", "feb", "MAR", "Apr", "May", "jun", "Jul", "Aug", "sep", "Oct", "Nov", "Dec"),
    *("2021", "4월", "ſource", "ſee"),
]


@given(
    st.text(alphabet=" *_~([>#-\t", max_size=3),
    st.sampled_from(_CHATTER_OPENINGS),
    st.text(alphabet="0123456789 .-/년월일:：s?*~()'ekowgt", max_size=12),
)
@settings(max_examples=2000, deadline=None)
def test_no_chatter_rule_holds_after_any_opening_where_may_be_chatter_says_no(
    lead: str, opening: str, rest: str
) -> None:
    text = lead + opening + rest
    if not chatter.may_be_chatter(text):
        assert not chatter.is_date(text)
        assert not chatter.is_reference_line(text)
        assert not chatter.is_unsure(text)


@given(
    st.text(alphabet=" *_~([>#-\t?", max_size=3),
    st.sampled_from([*_CHATTER_OPENINGS, "이미지", "data", "정보", "Mon", "x"]),
    st.text(alphabet="0123456789 .-/년월일:：s?*~()'ekowgtAPM", max_size=12),
)
@settings(max_examples=2000, deadline=None)
def test_dates_and_notes_to_self_are_told_as_their_patterns_tell_them(
    lead: str, opening: str, rest: str
) -> None:
    # each is asked of a lead first: the lead never rules out what the pattern would find
    text = lead + opening + rest
    assert chatter.is_date(text) == (chatter._DATE.match(text) is not None)
    assert chatter.is_unsure(text) == (chatter._UNSURE.match(text) is not None)


def _link_only_substituting_always(text: str) -> bool:
    """is_link_only as first written: every text with a link's hint substituted."""
    if not ("[" in text or "<" in text or "://" in text or "www." in text):
        return (not text[:1].isalnum() and chatter.CONTENT.search(text) is None) or (
            len(text) <= MAX_LABEL_CHARS and is_generic_label(text)
        )
    stripped = chatter._LINKISH.sub(" ", text)
    if chatter._MORE_THAN_A_LABEL.match(stripped):
        return False
    stripped = chatter._FILLER.sub("", stripped)
    return not stripped or is_generic_label(stripped)


@given(st.text(alphabet="ab <>[]()!:/w.^%$ 한", max_size=20))
@example("$a < b$ 는 작다")
@example("< %")
@example("<https://x.org>")
@example("a > b < c")
@settings(max_examples=3000, deadline=None)
def test_a_text_with_no_link_is_read_without_a_substitution(text: str) -> None:
    assert chatter.is_link_only(text) == _link_only_substituting_always(text)


@pytest.mark.parametrize(
    "text",
    ["Graph Embedding", "gradient 크기가 벡터에", "- a list", "이미지를 분류함", "data 입력"],
)
def test_plain_text_is_surely_no_chatter(text: str) -> None:
    assert not chatter.may_be_chatter(text)


_EVERY_LINK = re.compile(chatter.LINKISH)


@settings(max_examples=300)
@given(st.text(alphabet="!?[]()^<>htpsfw:/.w -ab", max_size=40))
def test_links_are_found_as_by_every_alternative(text: str) -> None:
    assert chatter._LINKISH.sub(" ", text) == _EVERY_LINK.sub(" ", text)


@pytest.mark.parametrize(
    "text",
    ["a [x](u) b", "a ![x](u) b", "a <x> b", "a https://x.org b", "a www.x.org b", "a [^1] b"],
)
def test_each_kind_of_link_is_found(text: str) -> None:
    assert chatter._LINKISH.sub(" ", text) == _EVERY_LINK.sub(" ", text) != text
    assert chatter.is_link_only(text.removeprefix("a ").removesuffix(" b"))


@settings(max_examples=300)
@given(st.text(alphabet="ab가나 .,:-*_()[]`!?/|", max_size=40))
def test_more_than_a_label_is_told_without_cutting_the_filler(text: str) -> None:
    left = chatter._FILLER.sub("", text)
    assert (chatter._MORE_THAN_A_LABEL.match(text) is not None) == (len(left) > MAX_LABEL_CHARS)


def test_link_lists_and_labelled_links_against_words() -> None:
    assert chatter.is_link_only("[Docs](https://x.org) - 참고")
    assert chatter.is_link_only("  [a](u), [b](v) ... ")
    assert not chatter.is_link_only("[Docs](https://x.org) 문서를 먼저 읽고 설정을 확인한다")


def test_content_is_one_alphanumeric_character() -> None:
    """is_link_only takes a text opening with an isalnum character as content unsearched."""
    different = [
        code
        for code in range(0x110000)
        if (chatter.CONTENT.fullmatch(chr(code)) is not None) != chr(code).isalnum()
    ]
    assert different == []


@pytest.mark.parametrize("text", ["word", "1", "가나", "_", "__", "-", "— ·", "", "note", "_a"])
def test_link_only_without_links(text: str) -> None:
    expected = chatter.CONTENT.search(text) is None or (
        len(text) <= MAX_LABEL_CHARS and is_generic_label(text)
    )
    assert chatter.is_link_only(text) == expected


def test_a_colon_or_a_w_alone_is_no_link() -> None:
    """The link test asks for "://" and "www." only where their first character is."""
    assert chatter.is_link_only("https://x.org")
    assert chatter.is_link_only("www.x.org")
    assert not chatter.is_link_only("window: a frame, www and more words than a label")


def test_notes_to_self_leave_an_answer_but_never_its_code() -> None:
    answer = "Runs every file.\n- TODO: check the docs\n```\n$ ls\nTODO.md\nREADME.md\n```"
    assert chatter.without_notes_to_self(answer) == (
        "Runs every file.\n```\n$ ls\nTODO.md\nREADME.md\n```"
    )
    assert chatter.without_notes_to_self("TODO: all of it\nTBD") == "TODO: all of it\nTBD"
