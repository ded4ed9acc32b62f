"""Putting back the bytes a Windows code page dropped."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from notecards.core import lost_bytes
from tests.core.test_repair import mis_decode


def test_signature_spots_utf8_read_as_cp1252() -> None:
    assert lost_bytes.looks_mis_decoded(mis_decode("한국어"))
    assert not lost_bytes.looks_mis_decoded("Aurélia, Moore–Penrose, 한국어")


def test_ascii_text_is_told_without_a_search() -> None:
    # looks_mis_decoded answers ASCII text at once: sound while no lead byte reads as ASCII
    leads = [char for char, value in lost_bytes.BYTE_OF_CHAR.items() if 0xC2 <= value <= 0xF4]
    assert leads
    assert not any(char.isascii() for char in leads)
    assert lost_bytes.looks_mis_decoded("Ã©" + mis_decode("한국어"))
    assert not lost_bytes.looks_mis_decoded("plain ASCII: a-b, c/d")


@given(st.text(alphabet="aé한Ã©ĞİŞğışŸ€\ud800 ", max_size=12))
def test_other_text_is_told_by_its_bytes_as_by_the_pattern(text: str) -> None:
    # looks_mis_decoded searches the UTF-8 for the first byte of a lead's letter first
    expected = not text.isascii() and lost_bytes.SIGNATURE.search(text) is not None
    assert lost_bytes.looks_mis_decoded(text) == expected


def test_complete_sequences_decode_without_guessing() -> None:
    text, changed = lost_bytes.recover(mis_decode("학습 정리 방법"))  # nothing droppable here
    assert (text, changed) == ("학습 정리 방법", 3)


def test_one_lost_byte_is_put_back() -> None:
    broken = mis_decode("새롭게 정리한 내용입니다")  # 롭 = EB A1 AD loses its soft hyphen
    assert "\xad" not in broken
    assert lost_bytes.recover(broken)[0] == "새롭게 정리한 내용입니다"


def test_two_lost_bytes_in_one_syllable() -> None:
    broken = mis_decode("보폭 조정")  # 폭 = ED 8F AD: both 0x8F and 0xAD are dropped
    assert lost_bytes.recover(broken)[0] == "보폭 조정"


def test_no_guessing_without_evidence() -> None:
    # a single short run could be a genuine accented word: only complete runs are decoded
    lone = "caf" + "\u00ec" + " au lait"
    assert lost_bytes.recover(lone) == (lone, 0)


def test_accented_words_in_a_broken_text_stay_accented() -> None:
    text = mis_decode("상한과 하한을 정리합니다.") + " Aurélia Bugaiska, Moore–Penrose"
    repaired, _ = lost_bytes.recover(text)
    assert repaired.endswith(" Aurélia Bugaiska, Moore–Penrose")
    assert repaired.startswith("상한과 하한을 정리합니다.")


def test_context_picks_between_candidates() -> None:
    # 을 (EC 9D 84) and 임 (EC 9E 84) both lose their middle byte; only context decides
    sentence = "이 값을 의미합니다. 차원을 제거하는 함수입니다."
    assert lost_bytes.recover(mis_decode(sentence))[0] == sentence


def test_block_prior_prefers_hangul_and_common_symbols() -> None:
    assert (
        lost_bytes.block_prior("한")
        > lost_bytes.block_prior("→")
        > lost_bytes.block_prior("\ua000")
    )
