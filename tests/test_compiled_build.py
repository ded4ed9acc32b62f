"""The installed build (hatch_build.py): extraction compiled by mypyc gives the pure cards.

``make test`` installs a standard wheel, whose extraction core mypyc compiled; ``make dev``
an editable, pure Python one. In CI the compiled build is required. Its cards are held to
the pure sources' (``src``, read in a second interpreter) on the seeds, the sample decks
and the benchmark's synthetic notes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from notecards.core.extract import decide, list_walker, walker
from tests.conftest import DECKS, PROJECT, shared_dir

# each note's cards and warnings, as JSON, for the notes named on the command line
_CARDS_OF = """
import json, sys
from pathlib import Path
from notecards.core.extract import extract_note, walker

found = {}
for name in sys.argv[1:]:
    extraction = extract_note(Path(name).read_text("utf-8", errors="replace"), name)
    found[name] = {
        "cards": [
            [c.kind.value, c.line, c.question, c.answer, list(c.context)]
            for c in extraction.cards
        ],
        "warnings": [w.message for w in extraction.warnings],
    }
print(json.dumps({"walker": walker.__file__, "found": found}))
"""


def _compiled(module_file: str | None) -> bool:
    return module_file is not None and module_file.endswith(tuple(EXTENSION_SUFFIXES))


def _installed_is_compiled() -> bool:
    return all(_compiled(module.__file__) for module in (walker, list_walker, decide))


def _cards(notes: list[Path], *, pure: bool) -> dict[str, object]:
    """The cards of ``notes`` from the installed build, or from the pure sources in src."""
    environment = dict(os.environ)
    if pure:
        environment["PYTHONPATH"] = str(PROJECT / "src")
    else:
        environment.pop("PYTHONPATH", None)
    finished = subprocess.run(
        [sys.executable, "-c", _CARDS_OF, *map(str, notes)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=PROJECT.parent,  # not the project: its src must not shadow the installed build
        check=True,
    )
    said: dict[str, object] = json.loads(finished.stdout)
    assert _compiled(str(said["walker"])) is not pure, said["walker"]
    return said


def test_ci_tests_the_compiled_build() -> None:
    if os.environ.get("CI") != "true" and not _installed_is_compiled():
        pytest.skip("an editable (make dev) install: pure Python, nothing compiled to test")
    assert _installed_is_compiled(), (
        f"the installed extraction is pure Python ({walker.__file__}): the wheel's mypyc "
        "compile failed (see pip's output) or an editable install is in use"
    )


def test_compiled_and_pure_extraction_give_the_same_cards(tmp_path: Path) -> None:
    if not _installed_is_compiled():
        pytest.skip("an editable (make dev) install: nothing compiled to compare")
    corpus = tmp_path / "corpus"
    script = shared_dir() / "bench" / "make_corpus.py"
    subprocess.run([sys.executable, str(script), str(corpus), "--notes", "400"], check=True)
    notes = [
        *sorted((shared_dir() / "seeds").rglob("*")),
        *sorted(DECKS.rglob("*.md")),
        *sorted(corpus.rglob("*.md")),
    ]
    notes = [path for path in notes if path.is_file()]
    assert len(notes) > 400
    compiled = _cards(notes, pure=False)["found"]
    pure = _cards(notes, pure=True)["found"]
    assert isinstance(compiled, dict) and isinstance(pure, dict)
    assert sum(len(found["cards"]) for found in pure.values()) > 4000
    differ = [name for name in pure if compiled.get(name) != pure[name]]
    assert not differ, differ[:5]
