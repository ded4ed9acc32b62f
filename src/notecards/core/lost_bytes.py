"""Recovery of UTF-8 text that was decoded as Windows-1252/1254 and saved again, losing bytes.

When UTF-8 bytes are read as Windows-1252 (or its Turkish sibling 1254, seen in real notes),
every byte becomes one character, except those the code page leaves undefined (0x81, 0x8D,
0x8E, 0x8F, 0x90, 0x9D, 0x9E) and the soft hyphen 0xAD, which editors drop silently. ftfy can
undo the first part; this module puts the lost bytes back.

Only continuation bytes are ever lost, so each surviving lead byte still starts its
character and a short sequence has a handful of completions. Completions are pruned with a
Korean lexicon (wordfreq) and chosen in context with a Korean language model (Kiwi).
Both are loaded lazily, on the first text that needs them.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

DROPPABLE_BYTES = (0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E, 0xAD)
_HANGUL_LEADS = range(0xEA, 0xEE)
_INVALID_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})
_MAX_COMBINATIONS = 4096
_BEAM_WIDTH = 48
_FINALISTS = 4
_CONTEXT_CHARS = 10
# A document needs this many complete mis-decoded sequences before we dare guess lost bytes.
_MIN_EVIDENCE = 2


def _byte_of_char() -> dict[str, int]:
    """Map each character a single-byte decode can produce back to its byte."""
    table: dict[str, int] = {}
    for codec in ("cp1252", "cp1254"):
        for value in range(0x80, 0x100):
            try:
                char = bytes([value]).decode(codec)
            except UnicodeDecodeError:
                continue
            table.setdefault(char, value)
    for value in range(0x80, 0xA0):  # C1 controls kept by "latin-1" style decoders
        table.setdefault(chr(value), value)
    return table


BYTE_OF_CHAR = _byte_of_char()


def _char_class(predicate: Callable[[int], bool]) -> str:
    chars = sorted(char for char, value in BYTE_OF_CHAR.items() if predicate(value))
    return "".join(re.escape(char) for char in chars)


_LEAD_CLASS = _char_class(lambda value: 0xC2 <= value <= 0xF4)
_CONTINUATION_CLASS = _char_class(lambda value: 0x80 <= value <= 0xBF)
SIGNATURE = re.compile(f"[{_LEAD_CLASS}][{_CONTINUATION_CLASS}]")
CLUSTER = re.compile(f"[{_char_class(lambda value: True)}]+")


# the first UTF-8 byte of every character a lead byte reads as (Â-ô: C3; Ğ, İ, Ş: C4, C5)
_LEAD_CHAR_FIRST_BYTES = tuple(
    sorted(
        {char.encode("utf-8")[:1] for char, value in BYTE_OF_CHAR.items() if 0xC2 <= value <= 0xF4}
    )
)


def looks_mis_decoded(text: str) -> bool:
    """Whether the text holds a lead byte followed by a continuation byte, read as cp1252."""
    # every lead byte reads as a letter past ASCII (Â-ô, Ğ, ş, ...): ASCII text, most notes,
    # is told in constant time; other text (Korean, most of the rest) holds none of those
    # letters, told by a byte search of its UTF-8, many times faster than the pattern's
    if text.isascii():
        return False
    encoded = text.encode("utf-8", "surrogatepass")
    for byte in _LEAD_CHAR_FIRST_BYTES:
        if byte in encoded:
            return SIGNATURE.search(text) is not None
    return False


def _sequence_length(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _split_sequences(data: bytes) -> list[tuple[bytes, int]] | None:
    """Cut bytes into (present bytes, full length) per character; None if a byte is stray."""
    sequences: list[tuple[bytes, int]] = []
    index = 0
    while index < len(data):
        length = _sequence_length(data[index])
        if length == 0:
            return None
        end = index + 1
        while end < len(data) and end - index < length and 0x80 <= data[end] <= 0xBF:
            end += 1
        sequences.append((data[index:end], length))
        index = end
    return sequences


def _is_plausible_char(char: str) -> bool:
    return unicodedata.category(char) not in _INVALID_CATEGORIES


def _completions(present: bytes, length: int, allow_two_missing: bool) -> list[str]:
    """Every character the sequence could have been, lost bytes put back."""
    missing = length - len(present)
    if missing == 0:
        try:
            char = present.decode("utf-8")
        except UnicodeDecodeError:
            return []
        return [char] if _is_plausible_char(char) else []
    if missing > 2 or (missing == 2 and not (allow_two_missing and present[0] in _HANGUL_LEADS)):
        return []
    found: list[str] = []
    for positions in itertools.combinations(range(1, length), missing):
        for fill in itertools.product(DROPPABLE_BYTES, repeat=missing):
            candidate = bytearray(present)
            for position, value in zip(positions, fill, strict=True):
                candidate.insert(position, value)
            try:
                char = bytes(candidate).decode("utf-8")
            except UnicodeDecodeError:
                continue
            if _is_plausible_char(char) and char not in found:
                found.append(char)
    return found


def block_prior(char: str) -> float:
    """Log-scale prior for a character in Korean/English notes, by Unicode block."""
    code = ord(char)
    if 0xAC00 <= code <= 0xD7A3:
        return 0.0
    if code == 0xFE0F:  # emoji presentation selector, the common one
        return -2.0
    if 0xFE00 <= code <= 0xFE0E:
        return -20.0
    if (
        0x2190 <= code <= 0x22FF
        or 0x2600 <= code <= 0x27BF
        or 0x1F300 <= code <= 0x1FAFF
        or code in (0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026)
    ):
        return -3.0
    if 0x2000 <= code <= 0x2BFF or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF:
        return -8.0
    if 0x4E00 <= code <= 0x9FFF or 0x3130 <= code <= 0x318F:
        return -8.0
    if code < 0x800:
        return -6.0
    return -25.0


def _prior(text: str) -> float:
    return sum(block_prior(char) for char in text)


class KoreanModel:
    """Plausibility of Korean text: a lexicon for pruning, a language model for context.

    Loaded lazily; if either library cannot load, the model degrades to what it still has
    (character priors at the least) rather than failing.
    """

    _UNKNOWN = math.log(1e-9)

    @functools.cached_property
    def _lexicon(self) -> dict[str, float]:
        try:
            import wordfreq

            frequencies: dict[str, float] = wordfreq.get_frequency_dict("ko")
        except Exception:  # pragma: no cover - the dependency is declared
            return {}
        return {
            word: math.log(frequency)
            for word, frequency in frequencies.items()
            if all("\uac00" <= char <= "\ud7a3" for char in word)
        }

    @functools.cached_property
    def _kiwi(self) -> object | None:
        try:
            import warnings

            from kiwipiepy import Kiwi

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model: object = Kiwi(
                    num_workers=-1,
                    load_typo_dict=False,
                    load_multi_dict=False,
                    model_type="cong-global",
                )
        except Exception:  # pragma: no cover - the dependency is declared
            return None
        return model

    def frequency(self, word: str) -> float | None:
        """Log frequency of a whole Korean word in the lexicon, None when it is not there."""
        return self._lexicon.get(word)

    def word_score(self, word: str) -> float:
        """Best segmentation of ``word`` into lexicon entries (log probability)."""
        lexicon = self._lexicon
        best = [0.0] + [-math.inf] * len(word)
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - 8), end):
                piece = word[start:end]
                score = lexicon.get(piece)
                if score is None:
                    if end - start > 1:
                        continue
                    score = self._UNKNOWN + block_prior(piece) * 2
                best[end] = max(best[end], best[start] + score)
        return best[len(word)]

    def context_scores(self, texts: Sequence[str]) -> list[float]:
        """Language-model log probability of each text (0 for all when unavailable)."""
        kiwi = self._kiwi
        if kiwi is None:
            return [0.0] * len(texts)
        results = kiwi.analyze(list(texts), top_n=1)  # type: ignore[attr-defined]
        return [float(result[0][1]) for result in results]


@functools.cache
def default_model() -> KoreanModel:
    return KoreanModel()


@dataclass
class _Cluster:
    start: int
    end: int
    original: str
    candidates: list[str]
    complete: bool  # every character decodes whole
    telling: bool  # complete, or several characters of which some decode whole


# letters of these scripts are what mis-decoded Korean and English notes hold; a reading in
# any other script (a Hebrew letter from ``×•``, a Cyrillic one from ``Ð½``) is believed only
# when the note already holds that script in its clean text
_EXPECTED_SCRIPTS = frozenset(("HANGUL", "CJK", "LATIN"))


def _script(char: str) -> str | None:
    """The script of a letter (``HANGUL``, ``LATIN``, ``HEBREW``, ...), None for others."""
    if not unicodedata.category(char).startswith("L"):
        return None
    return unicodedata.name(char, "?").split(" ", 1)[0]


def _scripts_outside(text: str, matches: Sequence[re.Match[str]]) -> frozenset[str]:
    """The scripts of the letters outside the mis-decoded runs."""
    found: set[str] = set()
    position = 0
    for match in [*matches, None]:
        end = match.start() if match is not None else len(text)
        for char in set(text[position:end]):
            if char > "\x7f" and (script := _script(char)) is not None:
                found.add(script)
        if match is not None:
            position = match.end()
    return frozenset(found)


def _believable(char: str, scripts: frozenset[str]) -> bool:
    script = _script(char)
    return script is None or script in _EXPECTED_SCRIPTS or script in scripts


def scripts_of(text: str) -> frozenset[str]:
    """The scripts of the letters of ``text`` that are not part of a mis-decoded run."""
    return _scripts_outside(text, list(CLUSTER.finditer(text)))


def believable_text(chars: Iterable[str], scripts: frozenset[str]) -> bool:
    """Whether every letter among ``chars`` is of a script Korean and English notes use, or
    of one in ``scripts``."""
    return all(_believable(char, scripts) for char in chars)


def _analyse(match: re.Match[str], scripts: frozenset[str]) -> _Cluster | None:
    original = match.group(0)
    data = bytes(BYTE_OF_CHAR[char] for char in original)
    sequences = _split_sequences(data)
    if sequences is None:
        return None
    options: list[list[str]] = []
    for present, length in sequences:
        completions = [
            char
            for char in _completions(present, length, allow_two_missing=len(sequences) > 1)
            if _believable(char, scripts)
        ]
        if not completions:
            return None
        options.append(completions)
    whole = sum(1 for present, length in sequences if len(present) == length)
    complete = whole == len(sequences)
    telling = complete or (len(sequences) >= 2 and whole >= 1)
    return _Cluster(match.start(), match.end(), original, _join_options(options), complete, telling)


def _join_options(options: list[list[str]]) -> list[str]:
    """The whole-cluster readings, best first by lexicon, kept to a few finalists."""
    if all(len(option) == 1 for option in options):
        return ["".join(option[0] for option in options)]
    model = default_model()
    beams = [""]
    for option in options:
        beams = [beam + char for beam in beams for char in option]
        if len(beams) > _BEAM_WIDTH:
            beams = sorted(beams, key=model.word_score, reverse=True)[:_BEAM_WIDTH]
        if len(beams) > _MAX_COMBINATIONS:  # pragma: no cover - bounded by the beam
            beams = beams[:_MAX_COMBINATIONS]
    return sorted(beams, key=model.word_score, reverse=True)[:_FINALISTS]


def recover(text: str, model: KoreanModel | None = None) -> tuple[str, int]:
    """Decode mis-decoded runs in ``text``, guessing lost bytes where the text warrants it.

    Returns the repaired text and how many runs were changed. Runs that cannot be read as
    UTF-8 even with lost bytes put back (an accented word, a dash) are left exactly as they
    were. Guesses are made only when the text holds at least two telling runs: runs that
    decode whole, or runs of several characters some of which decode whole.
    """
    matches = list(CLUSTER.finditer(text))
    scripts = _scripts_outside(text, matches)
    clusters = [cluster for match in matches if (cluster := _analyse(match, scripts))]
    evidence = sum(1 for cluster in clusters if cluster.telling)
    if evidence < _MIN_EVIDENCE:
        clusters = [cluster for cluster in clusters if cluster.complete]
    if not clusters:
        return text, 0
    # pieces alternate: plain text, cluster reading, plain text, ..., plain text
    pieces: list[str] = []
    position = 0
    for cluster in clusters:
        pieces.append(text[position : cluster.start])
        pieces.append(cluster.candidates[0])
        position = cluster.end
    pieces.append(text[position:])
    _choose(pieces, clusters, model or default_model())
    changed = sum(
        pieces[2 * index + 1] != cluster.original for index, cluster in enumerate(clusters)
    )
    return "".join(pieces), changed


def _left_of(pieces: list[str], index: int) -> str:
    collected: list[str] = []
    size = 0
    while index > 0 and size < _CONTEXT_CHARS:
        index -= 1
        collected.append(pieces[index])
        size += len(pieces[index])
    return "".join(reversed(collected))[-_CONTEXT_CHARS:]


def _right_of(pieces: list[str], index: int) -> str:
    collected: list[str] = []
    size = 0
    while index + 1 < len(pieces) and size < _CONTEXT_CHARS:
        index += 1
        collected.append(pieces[index])
        size += len(pieces[index])
    return "".join(collected)[:_CONTEXT_CHARS]


def _choose(pieces: list[str], clusters: list[_Cluster], model: KoreanModel) -> None:
    """Pick each ambiguous cluster's reading in place: left context first, then both sides."""
    ambiguous = [index for index, cluster in enumerate(clusters) if len(cluster.candidates) > 1]
    for with_right in (False, True):
        for index in ambiguous:
            slot = 2 * index + 1
            left = _left_of(pieces, slot)
            right = _right_of(pieces, slot) if with_right else ""
            candidates = clusters[index].candidates
            scores = model.context_scores([left + reading + right for reading in candidates])
            pieces[slot] = max(
                zip(scores, candidates, strict=True), key=lambda pair: pair[0] + _prior(pair[1])
            )[1]
