"""Decoding note bytes and repairing mis-decoded text."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from notecards.core import repair
from notecards.core.lost_bytes import DROPPABLE_BYTES


def mis_decode(text: str, codec: str = "cp1252") -> str:
    """What a bad round trip does: UTF-8 bytes read as a code page, undefined bytes and
    the soft hyphen dropped."""
    kept = bytes(byte for byte in text.encode("utf-8") if byte not in DROPPABLE_BYTES)
    return kept.decode(codec, errors="ignore")


class TestDecode:
    def test_utf8(self) -> None:
        assert repair.decode("상계: 할부".encode()).text == "상계: 할부"

    def test_utf8_bom_is_dropped(self) -> None:
        assert repair.decode(codecs.BOM_UTF8 + b"# Title").text == "# Title"

    def test_utf16_with_bom(self) -> None:
        assert repair.decode("- 용어: 정의".encode("utf-16")).text == "- 용어: 정의"

    def test_binary_is_not_text(self) -> None:
        decoded = repair.decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        assert decoded.text is None
        assert "binary" in decoded.problems[0].message

    def test_cp949_korean_is_recognised(self) -> None:
        decoded = repair.decode("- 기준금리: 정책 금리".encode("cp949"))
        assert decoded.text == "- 기준금리: 정책 금리"
        assert "CP949" in decoded.problems[0].message

    def test_invalid_utf8_is_replaced_and_located(self) -> None:
        decoded = repair.decode(b"line one\nline two \xff\xfe here\n")
        assert decoded.text is not None
        assert "\ufffd" in decoded.text
        assert decoded.problems[0].line == 2


class TestNormalise:
    def test_crlf_and_cr(self) -> None:
        assert repair.normalise("a\r\nb\rc")[0] == "a\nb\nc"

    def test_nfd_korean_becomes_nfc(self) -> None:
        nfd = unicodedata.normalize("NFD", "상계")
        assert nfd != "상계"
        assert repair.normalise(nfd)[0] == "상계"

    def test_nul_becomes_replacement_character(self) -> None:
        assert repair.normalise("a\x00b")[0] == "a\ufffdb"

    @pytest.mark.parametrize(
        "clean",
        [
            "Mermillod, Martial, Aurélia Bugaiska, and Patrick Bonin.",
            "Moore–Penrose inverse — “quoted” ‘single’ … ±²×÷©®",
            "così però Noël façade naïve smörgåsbord",
            "새롭게 알게 된 지식 중에서 하나의 포스팅으로 만들기",
            "Ünïcödé mixed with 한국어 and emoji 🧩🤖",
            "Â",
        ],
    )
    def test_clean_text_is_never_altered(self, clean: str) -> None:
        assert repair.normalise(clean) == (clean, ())

    def test_complete_mojibake_is_fixed(self) -> None:
        broken = "caf\u00c3\u00a9 and \u00e2\u0080\u0099quotes\u00e2\u0080\u0099".replace(
            "\u0080", "€"
        )
        fixed, problems = repair.normalise(broken)
        assert fixed == "café and ’quotes’"
        assert problems and problems[0].line == 1

    def test_repair_keeps_line_numbers(self) -> None:
        text = "# 제목\n\n- 상계: 할부로 샀을 때 상쇄됨\n- 전방산업: 최종 소비자에 가까운 산업\n"
        fixed, problems = repair.normalise(mis_decode(text))
        assert fixed.count("\n") == text.count("\n")
        assert problems[0].line == 1


@pytest.fixture(scope="module")
def repaired(seeds: Path) -> str:
    data = (seeds / "today-i-learned-mojibake.md").read_bytes()
    decoded = repair.decode(data)
    assert decoded.text is not None
    return repair.normalise(decoded.text)[0]


class TestMojibakeSeed:
    @pytest.mark.parametrize(
        "phrase",
        [
            # words whose bytes were lost (있 ends in 0x9E, 에 in 0x90, 롭 in 0xAD, 상 in 0x81)
            "새롭게 알게 된 지식 중에서",
            "내용을 업데이트 하고 있습니다",
            "NMS: 여러 bounding box가 같은 class로 겹쳐있다면, 하나의 class로 통합하는 방법",
            "Supremum, Least upper bound (상한)",
            "Infimum, Greatest lower bound (하한)",
            "upper bound 중 least가 supermum",
            "텐서의 shape을 변경해주는 함수입니다",
            "이를 convex combination이라고 함",
            "Easy triplets: $d(a, p) + \\text{margin} < d(a, n)$",
        ],
    )
    def test_readable_korean_with_lost_bytes_recovered(self, repaired: str, phrase: str) -> None:
        assert phrase in repaired

    def test_clean_parts_of_the_seed_are_kept(self, repaired: str) -> None:
        assert "Aurélia Bugaiska" in repaired
        assert "Moore–Penrose inverse" in repaired

    def test_almost_nothing_left_unrepaired(self, repaired: str) -> None:
        leftovers = [char for char in repaired if char in "ìíëêÃâ€œ"]
        assert len(leftovers) <= 3, leftovers

    def test_better_than_ftfy_alone(self, seeds: Path, repaired: str) -> None:
        import ftfy

        raw = (seeds / "today-i-learned-mojibake.md").read_text(encoding="utf-8")
        by_ftfy = ftfy.fix_text(raw)
        lossy = mis_decode("있습니다")  # 있 is EC 9E 88: the 0x9E never reached the file
        assert raw.count(lossy) >= 10
        assert "있습니다" not in by_ftfy  # ftfy cannot put lost bytes back
        assert repaired.count("있습니다") == raw.count(lossy)


def test_recovery_rate_on_synthetic_mojibake() -> None:
    """Break our own Korean notes the same way and measure how much comes back."""
    decks = Path(__file__).resolve().parents[2] / "decks"
    original = "\n".join(path.read_text(encoding="utf-8") for path in sorted(decks.rglob("*.md")))
    repaired = repair.normalise(mis_decode(original))[0]
    assert len(repaired) == len(original)
    hangul = [i for i, char in enumerate(original) if "\uac00" <= char <= "\ud7a3"]
    wrong = sum(1 for i in hangul if repaired[i] != original[i])
    assert wrong / len(hangul) < 0.01, wrong


def test_cp1254_variant_is_recovered() -> None:
    text = "- 있습니다: 존재함을 나타내는 말\n- 작성자: 글을 쓴 사람\n- 이전에 본 적 없는 데이터"
    assert repair.normalise(mis_decode(text, "cp1254"))[0] == text


class TestCleanTextIsNeverRepaired:
    """Symbols that happen to look like a mis-decoded letter stay as written."""

    # a Korean note on complexity: ×• reads as UTF-8 D7 95, a Hebrew letter
    NOTE = (
        "# 다항 비용\n"
        "컴퓨터가 곱하기로 빨라지면($p×•$) 알고리즘도 곱하기로 이득을 본다($q×•$).\n"
        "지수 비용이면 곱하기로 빨라져도($p×•$) 더하기만큼만 이득을 본다($p+•$).\n"
    )

    def test_math_symbols_are_not_turned_into_another_script(self) -> None:
        text, problems = repair.normalise(self.NOTE)
        assert (text, problems) == (self.NOTE, ())

    def test_no_language_model_is_loaded_for_it(self) -> None:
        from notecards.core import lost_bytes

        model = lost_bytes.default_model()
        model.__dict__.pop("_kiwi", None)
        model.__dict__.pop("_lexicon", None)
        repair.normalise(self.NOTE * 20)
        assert "_kiwi" not in model.__dict__ and "_lexicon" not in model.__dict__

    def test_a_script_the_note_already_uses_is_still_repaired(self) -> None:
        hebrew = "שלום עולם, ושוב"
        broken = mis_decode("Note: ו is vav") + "\n" + hebrew + "\n" + mis_decode("ו again ו")
        text, problems = repair.normalise(broken)
        assert text.splitlines()[0] == "Note: ו is vav" and problems
