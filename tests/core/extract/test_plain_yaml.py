"""Plain front matter read without the YAML library gives what the YAML loader gives."""

from __future__ import annotations

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
