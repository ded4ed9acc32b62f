"""The wheel's build hook: notecards' extraction core compiled with mypyc, or left pure.

A standard wheel (``pip install .``: what ``make run`` and ``make test`` install) carries
the modules of ``notecards.core.extract`` compiled by mypyc beside their sources, and
Python imports a compiled module before its source. The cards are the same either way
(the suite compares them); the compiled extraction is about a third faster.

- The compile runs on a copy of the package in a temporary directory: nothing is ever
  written into ``src``, so an editable install (``make dev``) is pure Python, and an edit
  takes effect at once.
- If the compile fails (no C compiler, say), the wheel is pure Python and the build says
  why; ``NOTECARDS_PURE=1`` asks for a pure wheel on purpose.
- What is compiled is set in ``pyproject.toml`` (``[tool.hatch.build.targets.wheel.hooks.
  custom]``): ``compile``, package folders, and ``exclude``, file names left pure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# run in the copy's source folder: mypyc's setuptools build of the listed modules, in two
# compile jobs, into ../out; mypy reads the ini beside the modules, not the project's
_BUILD = """
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="notecards-compiled",
    ext_modules=mypycify(["--config-file", "mypy.ini", *sys.argv[1:]], opt_level="3"),
    script_args=["build_ext", "--build-lib", "../out", "--build-temp", "../tmp", "-j", "2"],
)
"""
# the build environment has none of the runtime dependencies installed: their imports are
# typed as Any there (mypy's strict checks run in `make check`, on the real packages)
_MYPY_INI = "[mypy]\nignore_missing_imports = True\n"
_EXTENSION_SUFFIXES = (".so", ".pyd")


class CompileError(Exception):
    """mypyc could not compile the modules: the wheel stays pure Python."""


class CompiledExtraction(BuildHookInterface):  # type: ignore[type-arg]
    """Adds the mypyc-compiled modules to a standard wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._work: Path | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get("NOTECARDS_PURE"):
            self.app.display_info("notecards: NOTECARDS_PURE is set: a pure Python wheel")
            return
        self._work = Path(tempfile.mkdtemp(prefix="notecards-mypyc-"))
        self.app.display_info("notecards: compiling the extraction core with mypyc")
        try:
            compiled = self._compile(self._work)
        except CompileError as failure:
            self.app.display_warning(
                f"notecards: mypyc could not compile the extraction core, so this wheel is "
                f"pure Python (the same cards, slower): {failure}"
            )
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"].update(compiled)

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._work is not None:
            shutil.rmtree(self._work, ignore_errors=True)

    def _modules(self, source: Path) -> list[str]:
        """The modules to compile, as paths relative to ``source``."""
        folders = self.config.get("compile", [])
        excluded = set(self.config.get("exclude", []))
        modules = [
            path.relative_to(source).as_posix()
            for folder in folders
            for path in sorted((source / folder).rglob("*.py"))
            if path.name not in excluded
        ]
        if not modules:
            raise CompileError(f"no module to compile under {folders}")
        return modules

    def _compile(self, work: Path) -> dict[str, str]:
        """Compile a copy of the package in ``work``: {built file: its path in the wheel}."""
        root = Path(self.root)
        source = work / "src"
        package = next(iter(self.build_config.packages), "src/notecards")
        shutil.copytree(
            root / package,
            source / Path(package).name,
            ignore=shutil.ignore_patterns("__pycache__", *(f"*{s}" for s in _EXTENSION_SUFFIXES)),
        )
        (source / "mypy.ini").write_text(_MYPY_INI, encoding="utf-8")
        modules = self._modules(source)
        try:
            finished = subprocess.run(
                [sys.executable, "-c", _BUILD, *modules],
                cwd=source,
                capture_output=True,
                text=True,
                check=False,
            )
        except OSError as error:
            raise CompileError(str(error)) from error
        if finished.returncode != 0:
            said = (finished.stderr or finished.stdout).strip().splitlines()
            raise CompileError("\n".join(said[-15:]))
        out = work / "out"
        built = {
            str(path): path.relative_to(out).as_posix()
            for path in sorted(out.rglob("*"))
            if path.suffix in _EXTENSION_SUFFIXES
        }
        if not built:
            raise CompileError("mypyc built no extension module")
        return built
