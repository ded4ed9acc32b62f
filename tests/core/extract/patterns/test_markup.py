"""Explicit markup: ``Q :: A``, clozes and highlights."""

from __future__ import annotations

from notecards.core.extract.patterns import markup


def test_explicit_pairs() -> None:
    pair = markup.explicit_pair("Who proposed the forgetting curve? :: Hermann Ebbinghaus")
    assert pair == markup.ExplicitPair(
        "Who proposed the forgetting curve?", "Hermann Ebbinghaus", False
    )
    reversed_pair = markup.explicit_pair("spaced repetition ::: 간격 반복")
    assert reversed_pair is not None and reversed_pair.reversed
    assert markup.explicit_pair("Capital::Paris") is not None
    assert markup.explicit_pair("use std::vector here") is None
    assert markup.explicit_pair("`a::b` in code") is None
    # "::" inside a link to a note is its name's ("[[C++ Vectors|std::vector]]")
    assert markup.explicit_pair("[[C++ Vectors|std::vector]]") is None
    assert markup.explicit_pair("[[cin|std::cin]] reads a value") is None
    assert markup.explicit_pair("[[Vectors]] grow :: by doubling") is not None


def test_a_method_reference_inside_a_call_is_no_pair() -> None:
    # Java's Class::method and Rust's Type::new, passed to a call, are code written bare
    assert markup.explicit_pair("문자열을 숫자로 바꿀 때는 map(Integer::parseInt) 사용") is None
    assert markup.explicit_pair("Print each with forEach(System.out::println)") is None
    assert markup.explicit_pair("build it with Vec::new() first") is None
    assert markup.explicit_pair("Capital of France::Paris") is not None


def test_highlights_become_one_cloze_group() -> None:
    assert markup.highlights_to_cloze("The ==mitochondria== is the ==powerhouse==") == (
        "The {{c1::mitochondria}} is the {{c1::powerhouse}}"
    )
    assert markup.highlights_to_cloze("if `a == b` then") is None
    assert markup.has_cloze("floor is {{c1::1.3}}")


def test_the_quick_markup_test_asks_for_each_pair_whole() -> None:
    for pair in ("::", "{{", "=="):
        assert markup.has_markup(f"a {pair} b")
        assert not markup.has_markup(f"a {pair[0]} b {pair[0]}")
