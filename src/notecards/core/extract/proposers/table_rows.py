"""A table that is a glossary: each row's first cell asks, the rest of the row answers.

Cheat sheets and lecture notes keep terms, commands and symbols in tables (``| `tree` |
디렉토리 구조를 트리로 보여줌 |``, ``| Framing | Encapsulate datagram into frame | ... |``).
A table of two to four columns is a glossary when most of its rows open with a term (a
name, a command or symbol in code, a formula) and say something after it; each such row is
a card. With more than two columns, the answer names each cell by its column's header
(``Layer: Link``) when more than one says something. Tables of data (numbers, dates, yes/no
marks), comparisons (under a heading that compares, or whose first column heads the
attributes the other columns compare: ``| 구분 | RDD | DataFrame |``) and tables without a
header are no glossary. A pipe inside code (```sort | uniq```) or escaped (``\\|``) stays
in its cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.terms import is_term
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind

_MIN_ROWS: Final = 2
_MAX_ROWS: Final = 40  # a longer table is a data set or a list to look things up in, not a glossary
_MAX_COLUMNS: Final = 4
_DELIMITER: Final = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_HAS_LETTER: Final = re.compile(r"[^\W\d_]")
# a value, not a word: a hex number or address, a GUID
_VALUE: Final = re.compile(
    r"\b0x[0-9a-fA-F]+\b|\{?[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\}?"
)
# an amount with its unit (``410B``, ``16 GB``, ``3.5 ms``, ``64KB``): a value, no words
_AMOUNT: Final = re.compile(r"\s*[~≈<>]?\s*[\d.,]+\s*[A-Za-z%µ]{0,3}\s*")
_MAX_TERM_CHARS: Final = 60


def cells(row: str) -> list[str]:
    """A row's cells, trimmed: pipes split it, but not one escaped or inside code."""
    if "`" not in row and "\\" not in row:  # most rows: every pipe splits
        found = [cell.strip() for cell in row.strip().split("|")]
        return _without_outer(found)
    found = []
    current: list[str] = []
    in_code = False
    escaped = False
    for char in row.strip():
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == "`":
            in_code = not in_code
            current.append(char)
        elif char == "|" and not in_code:
            found.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    found.append("".join(current).strip())
    return [cell.replace("\\|", "|") for cell in _without_outer(found)]


def _without_outer(found: list[str]) -> list[str]:
    """The cells without the empty ones the leading and trailing pipes make."""
    if found and not found[0]:
        found = found[1:]
    if found and not found[-1]:
        found = found[:-1]
    return found


def _asks(cell: str) -> str | None:
    """The term a row's first cell names, if it names one."""
    term = clean_term(cell)
    if not term or len(term) > _MAX_TERM_CHARS or not _says(term):
        return None
    code = term.startswith("`") and term.endswith("`") and len(term) > 2
    math = term.startswith("$") and term.endswith("$") and len(term) > 2
    return term if code or math or is_term(term) else None


# what heads the first column of a table that compares the things heading the others
_COMPARING_LABELS: Final = frozenset(
    ("", "항목", "구분", "기준", "비교", "비교 항목", "비교항목", "분류", "특징", "특성", "차이",
     "aspect", "aspects", "feature", "features", "criteria", "criterion", "category",
     "property", "properties", "attribute", "dimension", "comparison", "vs", "-")
)  # fmt: skip


# what heads the second column of a two-column glossary: what the cell says of the term
# (``| 명령어 | 설명 |``, ``| Term | Definition |``), its last word (``대략적 의미``)
_EXPLAINING_LABELS: Final = frozenset(
    ("설명", "의미", "뜻", "내용", "정의", "특징", "특성", "역할", "기능", "용도", "효과", "동작",
     "결과", "요약", "해설", "비고", "사용법", "예시", "예문", "값", "description", "desc",
     "definition", "meaning", "explanation", "effect", "purpose", "usage", "use", "use-case",
     "usecase", "notes", "note", "comment", "comments", "details", "summary", "action",
     "result", "output", "function", "role", "does", "value", "values", "example",
     "examples", "info", "information", "remarks", "what", "why", "when", "how")
)  # fmt: skip
# what heads the first column of a two-column glossary: the kind of term its rows name
_NAMING_LABELS: Final = frozenset(
    ("용어", "명령어", "명령", "기호", "표기", "표기법", "항목", "이름", "함수", "옵션",
     "키", "단축키", "개념", "속성", "메서드", "메소드", "연산자", "키워드", "종류", "유형",
     "구분", "약어", "단어",
     "term", "terms", "command", "commands", "symbol", "symbols", "notation", "option",
     "options", "name", "names", "function", "functions", "method", "methods", "operator",
     "operators", "keyword", "keywords", "key", "keys", "shortcut", "shortcuts", "type",
     "types", "property", "attribute", "parameter", "parameters", "flag", "flags", "field",
     "fields", "concept", "acronym", "abbreviation", "word", "item", "element", "tag",
     "status", "code", "error", "variable", "setting", "settings", "layer", "component",
     "protocol", "format", "formula")
)  # fmt: skip


def _heads_a_glossary(header: list[str]) -> bool:
    """Whether a two-column table's header says its rows name terms and explain them
    (``| 명령어 | 설명 |``, ``| Term | Definition |``, a header cell left empty, formulas); two
    names side by side (``| TCP | UDP |``, ``| ViewAttribute | NSLayoutAttribute |``)
    compare them or map one onto the other, row by row."""
    if any("$" in name for name in header):
        return True  # "| $f(x)$ | $F(x)$ |": a table of formulas, each row one to learn
    first, second = (_header_label(name) for name in header)
    return (
        not first  # "| | y=2^x |": the rows name what they say of the thing heading them
        or not second
        or second.split()[-1] in _EXPLAINING_LABELS
        or first in _NAMING_LABELS
    )


_EXAMPLE_LABELS: Final = frozenset(
    ("예문", "예시", "예", "용례", "example", "examples", "e.g.", "sample", "samples")
)


def _header_label(name: str) -> str:
    """A header cell as the labels below are written: tidied, folded, unmarked."""
    return clean_term(name).casefold().strip("*_ ")


def _compares(first_header: str) -> bool:
    return _header_label(first_header) in _COMPARING_LABELS


def _says(cell: str) -> bool:
    """Whether a cell says something: words, not only a number, a date or a mark."""
    if _HAS_LETTER.search(cell) is None or _AMOUNT.fullmatch(cell):
        return False
    if "0x" not in cell and "-" not in cell:
        return True  # no hex number, no GUID: the letter found is a word's
    return _HAS_LETTER.search(_VALUE.sub(" ", cell.replace("<br>", " "))) is not None


def in_table(
    block: Block, lines: Sequence[str], context: Context, *, compared: bool = False
) -> list[Proposal]:
    """The cards of a glossary table (none for any other table). ``compared``: the heading
    above it compares things (``SIGINT vs SIGTERM``), which the table answers whole."""
    if compared:
        return []
    source = lines[block.start : block.end]
    if not 2 + _MIN_ROWS <= len(source) <= 2 + _MAX_ROWS or not _DELIMITER.match(source[1]):
        return []
    header = cells(source[0])
    columns = len(header)
    if not 2 <= columns <= _MAX_COLUMNS:
        return []
    if not any(header) or (columns > 2 and _compares(header[0])):
        return []  # "| 구분 | RDD | DataFrame |": things compared by their rows, one card whole
    if columns == 2 and not _heads_a_glossary(header):
        return []  # "| TCP | UDP |": the two compared row by row
    # "| 의미 | 예문 |": a column of examples shows each row's sense, it says nothing of it on
    # its own (beside an explanation it stays)
    examples = {
        index for index, name in enumerate(header) if _header_label(name) in _EXAMPLE_LABELS
    }
    found: list[Proposal] = []
    rows = 0
    for offset, row in enumerate(source[2:], start=2):
        if not row.strip():
            continue
        rows += 1
        row_cells = cells(row)[:columns]
        term = _asks(row_cells[0]) if row_cells else None
        saying = [
            index for index, cell in enumerate(row_cells[1:], start=1) if cell and _says(cell)
        ]
        if term is None or all(
            index in examples and row_cells[index][:1] != "`" for index in saying
        ):
            # nothing said, or only an example: it shows the row's sense, says nothing of it
            # (code is the tip a task's row asks for: "| 짝수만 필터링 | `[x for x ...]` |")
            continue
        said = [(header[index], row_cells[index]) for index in saying]
        if len(said) == 1:
            answer = said[0][1]
        else:
            answer = "\n".join(f"{name}: {cell}" if name else cell for name, cell in said)
        answer = answer.replace("<br>", "\n").replace("<br/>", "\n")
        line = block.start + offset + 1
        found.append(Proposal(CardKind.BASIC, term, answer, line, context, Idiom.TABLE_ROW))
    if rows < _MIN_ROWS or 3 * len(found) < 2 * rows:
        return []  # most rows name no term: a table of data or a comparison
    if 2 * len({_UNMARKED.sub("", proposal.question) for proposal in found}) <= len(found):
        return []  # "**A**+B", "A**+**B": one expression traced step by step, no terms
    return found


_UNMARKED: Final = re.compile(r"\*\*|__")  # bold: a mark set on one part of the same text
