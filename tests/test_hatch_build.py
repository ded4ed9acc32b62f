"""The wheel's build hook (hatch_build.py): when it compiles, what, and what it does when it
cannot. The compile itself runs in every ``make test`` install, and
``test_compiled_build.py`` holds its cards to the pure ones; here mypyc's run is replaced,
so that each decision is checked alone and fast."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any, cast

import hatch_build
import pytest

from tests.conftest import PROJECT


class RecordingApp:
    """What the hook says to the build's user."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def display_info(self, message: str) -> None:
        self.said.append(message)

    def display_warning(self, message: str) -> None:
        self.said.append(f"warning: {message}")


class BuildConfig:
    packages = ("src/notecards",)


def hook(root: Path, app: RecordingApp) -> hatch_build.CompiledExtraction:
    config = {"compile": ["notecards/core/extract"], "exclude": ["__init__.py", "note.py"]}
    return hatch_build.CompiledExtraction(
        str(root),
        config,
        cast(Any, BuildConfig()),
        cast(Any, None),
        str(root),
        "wheel",
        cast(Any, app),
    )


def build_data() -> dict[str, Any]:
    return {"pure_python": True, "infer_tag": False, "force_include": {}}


def test_an_editable_install_and_a_pure_request_compile_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_compile(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled")

    monkeypatch.setattr(subprocess, "run", no_compile)
    app = RecordingApp()
    data = build_data()
    hook(PROJECT, app).initialize("editable", data)
    assert data == build_data()
    monkeypatch.setenv("NOTECARDS_PURE", "1")
    hook(PROJECT, app).initialize("standard", data)
    assert data == build_data()
    assert any("pure Python wheel" in said for said in app.said)


def test_the_extraction_modules_are_compiled_but_init_files_and_note(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NOTECARDS_PURE", raising=False)
    asked: list[list[str]] = []

    def fake_mypyc(
        command: list[str], cwd: Path, **kwargs: object
    ) -> subprocess.CompletedProcess[str]:
        asked.append(command[3:])
        out = Path(cwd).parent / "out"
        for name in ("abc123__mypyc.so", "notecards/core/extract/walker.so"):
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            (out / name).write_bytes(b"")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(subprocess, "run", fake_mypyc)
    data = build_data()
    compiling = hook(PROJECT, RecordingApp())
    compiling.initialize("standard", data)
    modules = asked[0]
    assert "notecards/core/extract/walker.py" in modules
    assert "notecards/core/extract/patterns/splitting.py" in modules
    assert not [m for m in modules if m.endswith(("__init__.py", "/note.py"))]
    assert not [m for m in modules if not m.startswith("notecards/core/extract/")]
    assert data["pure_python"] is False and data["infer_tag"] is True
    assert sorted(data["force_include"].values()) == [
        "abc123__mypyc.so",
        "notecards/core/extract/walker.so",
    ]
    compiling.finalize("standard", data, "")
    assert not any(Path(built).exists() for built in data["force_include"])  # cleaned up
    assert not list((PROJECT / "src").rglob("*.so"))  # src never holds a compiled file


def test_a_failed_compile_leaves_a_pure_wheel_and_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTECARDS_PURE", raising=False)

    def failing(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(command, 1, "", "error: command 'gcc' failed\n")

    monkeypatch.setattr(subprocess, "run", failing)
    app = RecordingApp()
    data = build_data()
    hook(PROJECT, app).initialize("standard", data)
    assert data == build_data()
    assert any(said.startswith("warning:") and "'gcc' failed" in said for said in app.said)
