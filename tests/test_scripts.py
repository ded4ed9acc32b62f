"""The project's own set-up scripts: what ``make test`` says when it cannot install."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.conftest import PROJECT

TEST_TOOLS = PROJECT / "scripts" / "test-tools"


def run_without_tools(
    tmp_path: Path, *, uid: int, ci: bool, apt: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run scripts/test-tools on a PATH holding only a stub ``id`` (and an ``apt-get`` that
    fails if run): no tmux, crontab, PostgreSQL or sudo."""
    stubs = tmp_path / "bin"
    stubs.mkdir()
    (stubs / "id").write_text(f"#!/bin/sh\necho {uid}\n", "utf-8")
    (stubs / "id").chmod(0o755)
    if apt:
        (stubs / "apt-get").write_text("#!/bin/sh\necho apt-get ran >&2\nexit 3\n", "utf-8")
        (stubs / "apt-get").chmod(0o755)
    environment = {"PATH": str(stubs), "HOME": str(tmp_path)}
    if ci:
        environment["CI"] = "true"
    bash = "/bin/bash" if os.path.exists("/bin/bash") else "bash"
    return subprocess.run(
        [bash, str(TEST_TOOLS)], capture_output=True, text=True, env=environment, check=False
    )


def test_without_root_it_names_what_is_missing_and_what_is_skipped(tmp_path: Path) -> None:
    result = run_without_tools(tmp_path, uid=1000, ci=False)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "test-tools: missing tmux, crontab, PostgreSQL, not installed (not root and no "
        "passwordless sudo): install with 'sudo apt-get install tmux cron postgresql'; "
        "skipping the terminal tests, the reminder tests, every PostgreSQL test"
    ]


def test_in_ci_a_missing_tool_fails(tmp_path: Path) -> None:
    result = run_without_tools(tmp_path, uid=1000, ci=True)
    assert result.returncode == 1
    assert result.stderr.strip().endswith("CI needs them all")


def test_as_root_without_apt_it_says_this_is_not_debian(tmp_path: Path) -> None:
    result = run_without_tools(tmp_path, uid=0, ci=False, apt=False)
    assert "(not a Debian system (no apt-get))" in result.stderr
    assert result.returncode == 0


def test_with_everything_installed_it_does_nothing(tmp_path: Path) -> None:
    stubs = tmp_path / "bin"
    stubs.mkdir()
    for name in ("tmux", "crontab", "pg_lsclusters", "apt-get"):
        (stubs / name).write_text("#!/bin/sh\nexit 3\n", "utf-8")  # must not be run
        (stubs / name).chmod(0o755)
    assert any(Path("/usr/lib/postgresql").glob("*/bin/postgres")), "make test installs it"
    result = subprocess.run(
        ["/bin/bash", str(TEST_TOOLS)],
        capture_output=True,
        text=True,
        env={"PATH": f"{stubs}:/bin:/usr/bin"},
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
