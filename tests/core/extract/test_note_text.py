"""The pipeline's first steps on a note's text: comments and spacer lines, line numbers kept."""

from __future__ import annotations

from notecards.core.extract.pipeline import without_comments, without_spacers


def test_comments_go_and_their_lines_stay() -> None:
    assert without_comments("a %%note to self%% b\n%%two\nlines%%\nc") == "a  b\n\n\nc"
    assert without_comments("50% off, 100% sure") == "50% off, 100% sure"


def test_spacer_lines_read_as_blank_lines() -> None:
    text = "- one\n<br>\n- two\n  <BR/>\n- three"
    assert without_spacers(text) == "- one\n\n- two\n\n- three"
    # a break inside a line, or a spacer inside code, is kept
    kept = "a<br>b\n```\n<br>\n```"
    assert without_spacers(kept) == kept
    # neither <br nor <BR: the text is left as it is (the spacer rule is not asked)
    mixed = "- one\n<Br>\n- two"
    assert without_spacers(mixed) is mixed
