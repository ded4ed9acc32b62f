"""A GFM table block rule that recognises tables and skips their contents.

Cards are read from a table's source lines (:mod:`.proposers.table_rows`), so there is no
need to tokenise every row and cell as markdown-it's own table rule does: this rule finds
the same tables by the GFM table extension's rules (a header row with a pipe; a delimiter
row of ``:?-+:?`` cells with as many cells as the header; body rows until a blank line, a
less indented line or the start of another block) and emits one
``table_open``/``table_close`` pair with the table's lines.
``tests/core/extract/test_table_rule.py`` checks it against markdown-it on generated input.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from markdown_it.rules_block import StateBlock

_ALIGNMENT: Final = re.compile(r":?-+:?")
_DELIMITER_CHARS: Final = frozenset("|-: \t")
# CommonMark's Unicode whitespace (Zs, tab, line feed, form feed, carriage return) and the
# line/paragraph separators: what rows and cells are trimmed of
_TRIM: Final = (
    " \t\n\x0b\x0c\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# like markdown-it: stop a table whose short rows would expand past this many empty cells
_MAX_AUTOCOMPLETED_CELLS: Final = 0x10000


def _line(state: StateBlock, number: int) -> str:
    return state.src[state.bMarks[number] + state.tShift[number] : state.eMarks[number]]


def _header_cells(row: str) -> int:
    """Cells in a row: pipes split it (``\\|`` does not), outer empty cells do not count."""
    cells: list[str] = []
    current: list[str] = []
    escaped = False
    for char in row:
        if char == "|" and not escaped:
            cells.append("".join(current))
            current = []
        else:
            current.append(char)
        escaped = char == "\\"
    cells.append("".join(current))
    if cells and cells[0] == "":
        cells.pop(0)
    if cells and cells[-1] == "":
        cells.pop()
    return len(cells)


def _alignment_cells(row: str) -> int | None:
    """How many columns a delimiter row declares, or None if it is not one."""
    if len(row) < 2 or row[0] not in "|-:" or row[1] not in "|-: \t":
        return None
    if row[0] == "-" and row[1] in " \t":
        return None  # "- " starts a list item
    if not set(row) <= _DELIMITER_CHARS:
        return None
    pieces = [piece.strip(_TRIM) for piece in row.split("|")]
    count = 0
    for index, piece in enumerate(pieces):
        if not piece:
            if 0 < index < len(pieces) - 1:
                return None
            continue
        if not _ALIGNMENT.fullmatch(piece):
            return None
        count += 1
    return count


def table_block(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """Recognise a table at ``start_line``; when not ``silent``, consume it whole."""
    if start_line + 2 > end_line:
        return False
    delimiter_line = start_line + 1
    if state.sCount[delimiter_line] < state.blkIndent or state.is_code_block(delimiter_line):
        return False
    columns = _alignment_cells(_line(state, delimiter_line))
    if columns is None:
        return False
    header = _line(state, start_line).strip(_TRIM)
    if "|" not in header or state.is_code_block(start_line):
        return False
    header_columns = _header_cells(header)
    if header_columns == 0 or header_columns != columns:
        return False
    if silent:
        return True
    parent = state.parentType
    state.parentType = "table"
    terminators = state.md.block.ruler.getRules("blockquote")
    autocompleted = 0
    line = delimiter_line + 1
    while line < end_line and state.sCount[line] >= state.blkIndent:
        if any(rule(state, line, end_line, True) for rule in terminators):
            break
        row = _line(state, line).strip(_TRIM)
        if not row or state.is_code_block(line):
            break
        autocompleted += header_columns - _header_cells(row)
        if autocompleted > _MAX_AUTOCOMPLETED_CELLS:
            break
        line += 1
    opening = state.push("table_open", "table", 1)
    opening.map = [start_line, line]
    state.push("table_close", "table", -1)
    state.parentType = parent
    state.line = line
    return True
