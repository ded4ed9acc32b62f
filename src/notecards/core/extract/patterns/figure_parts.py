"""Parts of a picture named by how they look or where they are: no terms.

A note that explains a figure says what each of its marks shows: ``빨간색 직선은 ...``,
``네모칸은 반복을 뜻하며 동그라미는 변수를 가리킵니다``, ``The blue line is the training
error``, ``왼쪽: K-Means 결과``. The mark (a colour and a shape, a plain shape, a side of
the figure) is a name only inside that picture: a card asking ``빨간색 직선`` cannot be
answered away from it. A name that happens to hold a colour stays (``Black Box``, ``Gray
Box``: black, white and grey are left out of the English colours), and so do ``left`` and
``right`` in English (``left: 2i + 1``, a heap's child).
"""

from __future__ import annotations

import re
from typing import Final

_KOREAN_COLOURS: Final = (
    r"(?:빨간|빨강|파란|파랑|녹색|초록|노란|노랑|검은|회색|주황|보라|분홍|하늘)"
)
_KOREAN_MARKS: Final = (
    r"(?:박스|상자|점|선|직선|곡선|점선|실선|화살표|네모|원|동그라미|영역|부분|막대|그래프)"
)
_ENGLISH_COLOURS: Final = r"(?:red|blue|green|orange|yellow|purple|pink|dashed|dotted|solid)"
_ENGLISH_MARKS: Final = (
    r"(?:line|lines|box|curve|dot|dots|arrow|area|region|bar|bars|circle|points?)"
)

_FIGURE_PART: Final = re.compile(
    rf"(?:{_KOREAN_COLOURS}\s*색?\s*{_KOREAN_MARKS}"
    r"|네모칸|동그라미|화살표|점선|실선|왼쪽|오른쪽|위쪽|아래쪽"
    rf"|(?:the\s+)?{_ENGLISH_COLOURS}\s+{_ENGLISH_MARKS})",
    re.IGNORECASE,
)


def names_a_figure_part(term: str) -> bool:
    """Whether a term is only a mark of a picture: its colour and shape, or its side."""
    return _FIGURE_PART.fullmatch(term.strip(" *_`")) is not None
