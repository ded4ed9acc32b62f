"""Settings: options over environment over config.toml over defaults."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest

from notecards import config


def test_defaults(isolated_user_folders: Path) -> None:
    settings = config.load(environ={})
    assert settings.profile == getpass.getuser()
    assert settings.notes == ()
    assert (settings.new_per_day, settings.reviews_per_day) == (20, 200)
    assert settings.database_url.endswith("/notecards/notecards.db")


def test_precedence(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        'database = "sqlite:///file.db"\nprofile = "from-file"\nnotes = ["~/notes"]\n'
        "new_per_day = 5\n",
        encoding="utf-8",
    )
    environ = {"NOTECARDS_CONFIG": str(path)}
    from_file = config.load(environ=environ)
    assert (from_file.database_url, from_file.profile, from_file.new_per_day) == (
        "sqlite:///file.db", "from-file", 5,
    )  # fmt: skip
    assert from_file.notes == (Path("~/notes").expanduser(),)
    environ |= {"NOTECARDS_DB": "sqlite:///env.db", "NOTECARDS_PROFILE": "from-env"}
    from_env = config.load(environ=environ)
    assert (from_env.database_url, from_env.profile) == ("sqlite:///env.db", "from-env")
    from_option = config.load(database="sqlite:///opt.db", profile="from-option", environ=environ)
    assert (from_option.database_url, from_option.profile) == ("sqlite:///opt.db", "from-option")


def test_remember_notes_keeps_other_keys(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.toml"
    path.parent.mkdir()
    path.write_text('profile = "me"\nreviews_per_day = 50\n', encoding="utf-8")
    settings = config.load(environ={"NOTECARDS_CONFIG": str(path)})
    config.remember_notes(settings, tmp_path)
    again = config.load(environ={"NOTECARDS_CONFIG": str(path)})
    assert again.notes == (tmp_path.resolve(),)
    assert (again.profile, again.reviews_per_day) == ("me", 50)


def test_bad_values_are_clear_errors(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("new_per_day = [\n", encoding="utf-8")
    with pytest.raises(config.ConfigError, match="cannot read"):
        config.load(environ={"NOTECARDS_CONFIG": str(path)})
    with pytest.raises(config.ConfigError, match="whole number"):
        config.load(environ={"NOTECARDS_CONFIG": str(path) + ".none", "NOTECARDS_NEW_PER_DAY": "x"})
