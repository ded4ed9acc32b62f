"""Markup that is clutter on a card: images, anchors, HTML, Obsidian links, stray emphasis,
outliner properties."""

from __future__ import annotations

import pytest

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns import clutter
from tests.conftest import cards_of


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("** a hashing scheme with no collisions", "a hashing scheme with no collisions"),
        ("the layer is frozen**", "the layer is frozen"),
        ("Connect in New Window** 선택", "Connect in New Window 선택"),
        ("Gradient Boosting*** 계열", "Gradient Boosting 계열"),
        ("**bold** stays, and so does **this**", "**bold** stays, and so does **this**"),
        ("2 ** 10 is 1024", "2 ** 10 is 1024"),
        ("`**kwargs` collects keyword arguments", "`**kwargs` collects keyword arguments"),
        ("$a**b$ and b**", "$a**b$ and b"),
    ],
)
def test_emphasis_without_a_partner_goes(source: str, shown: str) -> None:
    assert clutter.tidy_block(source) == shown


def test_images_go_and_their_lines_with_them() -> None:
    source = (
        "- keeps a copy on three brokers\n\n  ![alt text](image-16.png)\n"
        "- ![[diagram 2024.webp|400]]\n- leaders take the writes\n<img src='x.png'>"
    )
    assert clutter.tidy_block(source) == (
        "- keeps a copy on three brokers\n\n- leaders take the writes"
    )


def test_an_answer_that_was_only_an_image_is_left_empty() -> None:
    assert clutter.tidy_block("![[Pasted image 20240101.png]]") == ""


def test_back_to_top_anchors_go_and_other_links_stay() -> None:
    source = "a queue of tasks [맨 위로](#목차)\n[back to top](#top)\nsee [the docs](#usage)"
    assert clutter.tidy_block(source) == "a queue of tasks\nsee [the docs](#usage)"


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("<u>고객과의 협력</u>을 우선", "고객과의 협력을 우선"),
        ("first line<br>second line", "first line\nsecond line"),
        ('<a name="m3"></a>렌더링 엔진', "렌더링 엔진"),
        ('see <a href="https://example.org">the spec</a>', "see [the spec](https://example.org)"),
        ('<span style="color:red">red text</span>', "red text"),
        ("x<sup>2</sup> grows", "x^2 grows"),
        ("List<String> and Map<K, V> stay", "List<String> and Map<K, V> stay"),
    ],
)
def test_html_reads_as_its_text(source: str, shown: str) -> None:
    assert clutter.tidy_block(source) == shown


def test_code_is_left_as_written() -> None:
    source = "```html\n<div>![x](y.png) **</div>\n```"
    assert clutter.tidy_block(source) == source


def test_obsidian_links_read_as_their_alias_or_target() -> None:
    source = "hashes with [[Secure Hashing Algorithm|SHA]] or [[MD5]], see [[#Collisions]]"
    assert clutter.tidy_block(source) == "hashes with SHA or MD5, see Collisions"


def test_outliner_properties_and_kramdown_markers_go() -> None:
    source = (
        "collapsed:: true\n- the first child\n  id:: 6407fb80-5967\n"
        "  card-last-interval:: 31.26\n- the second child\n* TOC\n{:toc}"
    )
    assert clutter.tidy_block(source) == "- the first child\n- the second child"


def test_a_question_is_tidied_on_one_line() -> None:
    assert clutter.tidy_inline("Skip-gram** 방식 [[word2vec|W2V]]") == "Skip-gram 방식 W2V"


def test_a_term_written_in_html_is_read_without_it() -> None:
    assert clean_term('**<u>Working software</u>** <a name="a1"></a>') == "Working software"


@pytest.mark.parametrize(
    "links",
    [
        "- [Intro](#intro)\n- [Usage](#usage)\n  - [Options](#options)",
        "- [Attention is all you need](https://arxiv.org/abs/1706.03762)\n- https://distill.pub",
    ],
)
def test_an_answer_of_links_alone_says_nothing(links: str) -> None:
    assert clutter.tidy_block(links) == ""


def test_links_with_words_stay() -> None:
    source = "- [ResNet](https://arxiv.org/abs/1512.03385): residual connections"
    assert clutter.tidy_block(source) == source


def test_outliner_macros_org_markers_and_templates_go() -> None:
    assert clutter.tidy_block("see {{embed [[Monads]]}} and {{query (todo now)}}") == "see and"
    assert clutter.tidy_block("- #+BEGIN_NOTE\n  a remark\n  #+END_NOTE") == "  a remark"
    assert clutter.tidy_block("template:: paper\n- ## Summary\n- ## Questions") == ""
    assert clutter.tidy_block("{{c1::Seoul}} is kept") == "{{c1::Seoul}} is kept"


def test_gitbook_and_jekyll_block_tags_leave_answers_template_code_keeps_its_own() -> None:
    answer = '{% hint style="info" %}\nSixteen states, four bits per cell.\n{% endhint %}'
    assert clutter.tidy_block(answer) == "Sixteen states, four bits per cell."
    assert clutter.tidy_block('{% embed url="https://example.org/week8" %}') == ""
    code = "```jinja\n{% for item in items %}{{ item }}{% endfor %}\n```"
    assert clutter.tidy_block(code) == code


def test_code_and_math_are_held_wherever_they_start() -> None:
    text = "a `x*` b\n```\n![i](p)\n```\n  ~~~\n  ![j](q)\n  ~~~\n$$a*b$$ and $c_1*$ ![k](r)"
    held_text, held = clutter._hold(text)
    assert held == ["`x*`", "```\n![i](p)\n```", "  ~~~\n  ![j](q)\n  ~~~", "$$a*b$$", "$c_1*$"]
    assert "![k](r)" in held_text
    assert clutter.tidy_block(text).count("![") == 2  # the images in code stay; the others go


def test_an_outliners_hiccup_placeholder_leaves_the_answer() -> None:
    text = "- Reading notes\n\t- [:span]\n\t- [:span]\n\t- A real highlight about braiding\n"
    (card,) = cards_of(text, "reading.md")
    assert card.answer == "- A real highlight about braiding"
    assert cards_of("- Highlights\n\t- [:span]\n\t- [:span]\n", "pdf.md") == []


def test_character_references_read_as_their_characters_outside_code() -> None:
    source = "is (are) flexible enough&#x20;to return\n&#x20;the instance&nbsp;asked for"
    shown = "is (are) flexible enough to return\n the instance asked for"
    assert clutter.tidy_block(source) == shown
    # markup the writer escaped stays escaped, and code is left as written
    assert clutter.tidy_block("a &lt;div&gt; tag, `&#x20;` in code") == (
        "a &lt;div&gt; tag, `&#x20;` in code"
    )


@pytest.mark.parametrize("mark", ["&", "[", "<", "*", "!", "{", "::", "://", "#+"])
def test_the_quick_clutter_test_lets_each_mark_through(mark: str) -> None:
    assert clutter.may_hold_clutter(f"a {mark} b")


@pytest.mark.parametrize("text", ["a: b", "a : b / c", "a # b + c", "#1 of 2: b"])
def test_a_colon_slash_or_hash_apart_is_no_clutter(text: str) -> None:
    """The marks of two characters or more are asked for by their first, then whole."""
    assert not clutter.may_hold_clutter(text)


def test_a_line_of_navigation_links_with_symbols_before_them_is_no_answer() -> None:
    """``⏫[Top](#java)  ↩️[Back](...)  ℹ️[Home](...)`` under a section: where to go, not what
    it says (``ℹ`` is a letter to Python's ``\\w``, yet a symbol here)."""
    navigation = (
        "⏫[Top](#java)    ↩️[Back](https://example.com/notes#java)    "
        "ℹ️[Home](https://example.com/notes#top)"
    )
    assert clutter.tidy_block(navigation) == ""
    assert clutter.tidy_block("See ↩️[Back](https://example.com/notes#java)") != ""
