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


# --- remembering the notes folder: the bytes on disk, the mode, the link -------------------

COMMENTED = (
    "# my notecards settings\n"
    "\n"
    'database = "sqlite:////home/me/n.db"   # the laptop copy\n'
    "\n"
    "# how many new cards a day\n"
    "new_per_day    = 5\n"
    'notes = ["~/old-notes"]  # where my notes live\n'
    "\n"
    "[unknown-section]   # kept as it is\n"
    "key = 'single quoted'\n"
)


def remember(path: Path, folder: Path) -> None:
    config.remember_notes(config.load(environ={"NOTECARDS_CONFIG": str(path)}), folder)


def test_remember_notes_keeps_comments_and_layout_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(COMMENTED.encode())
    notes = tmp_path / "notes"
    notes.mkdir()
    remember(path, notes)
    assert (
        path.read_bytes() == COMMENTED.replace('["~/old-notes"]', f'["{notes.resolve()}"]').encode()
    )


def test_remember_notes_adds_the_key_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    before = '# mine\nprofile = "me"   # who\n\n[unknown-section]\nkey = 1\n'
    path.write_bytes(before.encode())
    remember(path, tmp_path)
    assert (
        path.read_bytes()
        == (
            f'# mine\nprofile = "me"   # who\nnotes = ["{tmp_path.resolve()}"]\n\n'
            "[unknown-section]\nkey = 1\n"
        ).encode()
    )


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o644])
def test_remember_notes_keeps_the_files_mode(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "config.toml"
    path.write_text('database = "postgresql+psycopg://me:pw@host/n"\n', encoding="utf-8")
    path.chmod(mode)
    remember(path, tmp_path)
    assert path.stat().st_mode & 0o7777 == mode
    assert f'notes = ["{tmp_path.resolve()}"]' in path.read_text("utf-8")


def test_a_new_config_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "config.toml"
    remember(path, tmp_path)
    assert path.stat().st_mode & 0o7777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert path.read_bytes() == f'notes = ["{tmp_path.resolve()}"]\n'.encode()


def test_remember_notes_writes_through_a_symlink(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    target = dotfiles / "notecards.toml"
    target.write_text("# from my dotfiles\nnew_per_day = 7\n", encoding="utf-8")
    target.chmod(0o600)
    folder = tmp_path / "config"
    folder.mkdir()
    link = folder / "config.toml"
    link.symlink_to(Path("..") / "dotfiles" / "notecards.toml")  # relative, as stow makes them
    remember(link, tmp_path)
    assert link.is_symlink()
    assert str(link.readlink()) == "../dotfiles/notecards.toml"
    assert (
        target.read_bytes()
        == (f'# from my dotfiles\nnew_per_day = 7\nnotes = ["{tmp_path.resolve()}"]\n').encode()
    )
    assert target.stat().st_mode & 0o7777 == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["config.toml"]
    assert sorted(p.name for p in dotfiles.iterdir()) == ["notecards.toml"]


def test_remember_notes_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    path = tmp_path / "config.toml"
    path.write_bytes(COMMENTED.encode())
    path.chmod(0o600)

    def failing_fsync(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(config.ConfigError, match=r"cannot write .*config\.toml.*No space left"):
        remember(path, tmp_path)
    assert path.read_bytes() == COMMENTED.encode()
    assert path.stat().st_mode & 0o7777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["config.toml"]


def test_a_folder_name_with_quotes_is_escaped(tmp_path: Path) -> None:
    folder = tmp_path / 'it\'s "노트" \\ here'
    folder.mkdir()
    path = tmp_path / "config.toml"
    remember(path, folder)
    escaped = str(folder.resolve()).replace("\\", "\\\\").replace('"', '\\"')
    assert path.read_bytes() == f'notes = ["{escaped}"]\n'.encode()
    assert config.load(environ={"NOTECARDS_CONFIG": str(path)}).notes == (folder.resolve(),)


def test_sync_path_edits_the_config_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from notecards.cli import app

    path = tmp_path / "config.toml"
    path.write_text(
        COMMENTED.replace("sqlite:////home/me/n.db", f"sqlite:///{tmp_path}/n.db"), "utf-8"
    )
    path.chmod(0o600)
    before = path.read_bytes()
    monkeypatch.setenv("NOTECARDS_CONFIG", str(path))
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("- Term: definition\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["sync", str(notes)])
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == before.replace(
        b'["~/old-notes"]', f'["{notes.resolve()}"]'.encode()
    )
    assert path.stat().st_mode & 0o7777 == 0o600

    def failing_fsync(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    import os

    monkeypatch.setattr(os, "fsync", failing_fsync)
    failed = CliRunner().invoke(app, ["sync", str(tmp_path)])
    assert failed.exit_code == 1
    assert failed.exception is None or isinstance(failed.exception, SystemExit)
    assert failed.stderr == f"notecards: cannot write {path}: [Errno 28] No space left on device\n"
    assert path.read_bytes() == before.replace(
        b'["~/old-notes"]', f'["{notes.resolve()}"]'.encode()
    )


# --- NOTECARDS_DB_FILE: the database URL read from a file (how the reminder gets a password) -


def test_the_database_url_from_a_file(tmp_path: Path) -> None:
    url = "postgresql+psycopg://me:it's%40secret@db.example.org/notecards"
    file = tmp_path / "db-url"
    file.write_text(url + "\n", encoding="utf-8")
    environ = {"NOTECARDS_DB_FILE": str(file), "NOTECARDS_CONFIG": str(tmp_path / "none.toml")}
    assert config.load(environ=environ).database_url == url
    assert config.load(database="sqlite:///opt.db", environ=environ).database_url == (
        "sqlite:///opt.db"
    )
    with pytest.raises(config.ConfigError, match="NOTECARDS_DB and NOTECARDS_DB_FILE"):
        config.load(environ={**environ, "NOTECARDS_DB": "sqlite:///env.db"})
    file.write_text("\n", encoding="utf-8")
    with pytest.raises(config.ConfigError, match=f"NOTECARDS_DB_FILE {file} is empty"):
        config.load(environ=environ)
    file.unlink()
    with pytest.raises(config.ConfigError, match=f"cannot read NOTECARDS_DB_FILE {file}"):
        config.load(environ=environ)


def test_scheduler_settings_default_to_sm2(isolated_user_folders: Path) -> None:
    settings = config.load(environ={})
    assert (settings.scheduler, settings.desired_retention, settings.maximum_interval) == (
        "sm2",
        0.90,
        36_500,
    )


def test_scheduler_settings_per_profile(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        'scheduler = "fsrs"\ndesired_retention = 0.85\n\n'
        '[profiles.kid]\nscheduler = "sm2"\n\n'
        "[profiles.exam]\ndesired_retention = 0.95\nmaximum_interval = 180\n",
        encoding="utf-8",
    )
    environ = {"NOTECARDS_CONFIG": str(path)}
    me = config.load(profile="me", environ=environ)
    assert (me.scheduler, me.desired_retention, me.maximum_interval) == ("fsrs", 0.85, 36_500)
    assert config.load(profile="kid", environ=environ).scheduler == "sm2"
    exam = config.load(profile="exam", environ=environ)
    assert (exam.scheduler, exam.desired_retention, exam.maximum_interval) == ("fsrs", 0.95, 180)
    environ["NOTECARDS_SCHEDULER"] = "SM2"  # the environment wins, in any case
    assert config.load(profile="me", environ=environ).scheduler == "sm2"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('scheduler = "anki"', "scheduler must be sm2 or fsrs, not 'anki'"),
        ("desired_retention = 1.2", "desired_retention must be from 0.50 to 0.99, not 1.2"),
        ('desired_retention = "high"', "desired_retention must be a number, not 'high'"),
        ("maximum_interval = 0", "maximum_interval must be from 1 to 36500 days, not 0"),
    ],
)
def test_bad_scheduler_settings_are_named(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(config.ConfigError, match=message.replace("(", r"\(")):
        config.load(environ={"NOTECARDS_CONFIG": str(path)})
