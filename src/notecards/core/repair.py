"""Turn a note's bytes into clean text: decoding, mojibake repair, one normal form.

Clean text passes through untouched (apart from line endings and Unicode NFC, which make
the same characters compare equal); only text that shows the signature of UTF-8 read as a
Windows code page is repaired, by ftfy and then by :mod:`notecards.core.lost_bytes`.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from notecards.core import lost_bytes

_SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class Problem:
    """Something noteworthy about a note's text, at a 1-based line."""

    line: int
    message: str


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A note's text, or ``None`` when the file is not text at all."""

    text: str | None
    problems: tuple[Problem, ...] = ()


def _line_of_offset(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes) -> DecodedText:
    """Decode a note file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, CP949.

    Binary files give ``text=None``; undecodable bytes are replaced and reported.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return DecodedText(data.decode("utf-16"))
        except UnicodeDecodeError:
            return DecodedText(None, (Problem(1, "not text (broken UTF-16); skipped"),))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data[:_SNIFF_BYTES] or b"\x00" in data[-_SNIFF_BYTES:]:
        return DecodedText(None, (Problem(1, "not text (binary content); skipped"),))
    try:
        return DecodedText(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        first_bad = error.start
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        pass
    else:
        if any("\uac00" <= char <= "\ud7a3" for char in text):
            return DecodedText(text, (Problem(1, "not UTF-8; read as CP949 (EUC-KR)"),))
    text = data.decode("utf-8", errors="replace").replace("\x00", "\ufffd")
    line = _line_of_offset(data, first_bad)
    return DecodedText(text, (Problem(line, "invalid UTF-8 bytes replaced with U+FFFD"),))


def _fix_with_ftfy(text: str) -> str:
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=False,
        decode_inconsistent_utf8=True,
        fix_c1_controls=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    fixed: str = ftfy.fix_text(text, config)
    return fixed


def _believable_lines(before: str, after: str) -> str:
    """``after``, except on lines where it brings letters of a script the note does not
    otherwise use (symbols such as ``×•`` are not a Hebrew letter gone wrong)."""
    scripts = lost_bytes.scripts_of(before)
    lines = [
        new if lost_bytes.believable_text(set(new) - set(old), scripts) else old
        for old, new in zip(before.split("\n"), after.split("\n"), strict=True)
    ]
    return "\n".join(lines)


def _first_changed_line(before: str, after: str) -> int:
    before_lines = before.split("\n")
    after_lines = after.split("\n")
    for number, (old, new) in enumerate(zip(before_lines, after_lines, strict=False), start=1):
        if old != new:
            return number
    return 1


def normalise(text: str) -> tuple[str, tuple[Problem, ...]]:
    """Line endings to ``\\n``, NUL to U+FFFD, mis-decoded text repaired, Unicode NFC."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    problems: tuple[Problem, ...] = ()
    if lost_bytes.looks_mis_decoded(text):
        original = text
        text, _ = lost_bytes.recover(text)
        if lost_bytes.looks_mis_decoded(text):  # other code pages, double encodings
            fixed = _fix_with_ftfy(text)
            if fixed.count("\n") == text.count("\n"):  # never let a repair move lines
                text = _believable_lines(text, fixed)
        if text != original:
            places = sum(
                old != new for old, new in zip(original.split("\n"), text.split("\n"), strict=True)
            )
            problems = (
                Problem(
                    _first_changed_line(original, text),
                    f"repaired mis-decoded text (UTF-8 read as Windows-1252) on {places} lines",
                ),
            )
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text, problems
