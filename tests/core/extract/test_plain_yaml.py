"""Plain front matter read without the YAML library gives what the YAML loader gives."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from notecards.core.extract import front_matter, plain_yaml

_KEYS = ["title", "tags", "tag", "deck", "date", "aliases", "yes", "draft", "x-y", "_k"]
_VALUE_CHARS = "ab Z09::#-\"'[],{}!&*?|>%@`~._+\\\té한\u2028\x85\ufeffyesNulotrfF"
_FIELDS = ("title", "tags", "tag", "deck")


def _by_yaml(block: str) -> Any:
    return front_matter._yaml_handler().load(block, Loader=front_matter._yaml_loader())


def _fields(mapping: dict[Any, Any]) -> dict[str, Any]:
    return {field: mapping.get(field, "absent") for field in _FIELDS}


def _agrees(block: str) -> dict[str, object] | None:
    plain = plain_yaml.read(block, front_matter._resolver())
    if plain is not None:
        loaded = _by_yaml(block)  # raises if YAML refuses what the plain reading took
        assert isinstance(loaded, dict)
        assert _fields(plain) == _fields(loaded)
        assert [type(value) for value in plain.values()] == [
            type(value) for value in loaded.values()
        ]
    return plain


_value = st.text(alphabet=_VALUE_CHARS, max_size=12)
_line = st.one_of(
    st.tuples(st.sampled_from(_KEYS), st.sampled_from([": ", ":", ":  ", " : "]), _value).map(
        "".join
    ),
    st.tuples(st.sampled_from(["- ", "  - ", " - ", "-"]), _value).map("".join),
    st.tuples(st.sampled_from(_KEYS), st.just(": ["), _value, st.sampled_from(["]", ""])).map(
        "".join
    ),
    st.sampled_from(["", "  ", "tags:", "title:"]),
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_line, min_size=1, max_size=6).map(lambda lines: "\n".join(lines) + "\n"))
@example("title: yes\ntags:\n- 5\n- off\n- ~\n")
@example("tags: [a, b,]\n")
@example("title: 0b_\n")
def test_a_plain_reading_agrees_with_the_yaml_loader(block: str) -> None:
    _agrees(block)


@pytest.mark.parametrize(
    "block",
    [
        'title: "Note 6827: Contrastive Encoder"\ndate: 2023-12-24\ntags: [embedding, encoder]\n',
        "tags:\n  - security\n  - os\naliases:\n  - a b\ndraft: false\n",
        "title: 'It is: quoted'\ndeck: math::analysis\n",
        "tags:\n- a\n- 12\ntitle: +5\n",
        "tags: []\ntag: x\n",
    ],
)
def test_common_front_matter_is_read_plainly(block: str) -> None:
    assert _agrees(block) is not None


@pytest.mark.parametrize(
    "block",
    [
        "title: a # comment\n",
        "title: |\n  text\n",
        "title: &a x\n",
        "title: x\n  more\n",
        "title: 010\n",
        "title: 1.5\n",
        'title: "a\\tb"\n',
        "tags:\n  - a\n - b\n",
        "title:x\n",
        "tags: [a, [b]]\n",
    ],
)
def test_anything_else_is_left_to_the_yaml_loader(block: str) -> None:
    assert _agrees(block) is None


# the patterns as first written (a lazy value before the trailing spaces; one alternative per
# character of a plain value): the faster ones read every line alike
_KEY_LINE_AS_WRITTEN = re.compile(r"([A-Za-z_][A-Za-z0-9_-]{0,60}):(?: +(.*?))? *")
_ITEM_LINE_AS_WRITTEN = re.compile(r"( *)- +(.*?) *")
_PLAIN_AS_WRITTEN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:[^:#\[\]{}]|:(?=[^ ]))*")


def _groups(match: re.Match[str] | None) -> tuple[str | None, ...] | None:
    if match is None:
        return None
    *before, value = match.groups()  # the value without trailing spaces, as the reader takes it
    return (*before, value.rstrip(" ") if value else value)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="ab :-_ \u00a0#[]{}x9", max_size=16))
@example("key:   ")
@example("- a  ")
@example("a:b: c")
def test_the_patterns_read_lines_as_first_written(line: str) -> None:
    assert _groups(plain_yaml._KEY_LINE.fullmatch(line)) == _groups(
        _KEY_LINE_AS_WRITTEN.fullmatch(line)
    )
    assert _groups(plain_yaml._ITEM_LINE.fullmatch(line)) == _groups(
        _ITEM_LINE_AS_WRITTEN.fullmatch(line)
    )
    assert (plain_yaml._PLAIN.fullmatch(line) is None) == (
        _PLAIN_AS_WRITTEN.fullmatch(line) is None
    )
