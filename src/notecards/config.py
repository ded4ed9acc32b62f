"""Settings: where the database is, whose schedule it is, which notes folders, daily limits.

Each setting comes from, in order of precedence: a command-line option, a ``NOTECARDS_*``
environment variable, ``config.toml`` (under ``platformdirs.user_config_path("notecards")``,
or the file named by ``NOTECARDS_CONFIG``), and finally a default.

=================  =============================  ==================================
setting            environment variable           default
=================  =============================  ==================================
database           ``NOTECARDS_DB``, or the URL   SQLite file in the user data folder
                   in the file ``NOTECARDS_DB_FILE``
profile            ``NOTECARDS_PROFILE``          the OS user name
notes              ``NOTECARDS_NOTES`` (os.pathsep-separated)   none
new_per_day        ``NOTECARDS_NEW_PER_DAY``      20
reviews_per_day    ``NOTECARDS_REVIEWS_PER_DAY``  200
scheduler          ``NOTECARDS_SCHEDULER``        ``sm2`` (or ``fsrs``)
desired_retention  ``NOTECARDS_DESIRED_RETENTION``  0.90 (FSRS only)
maximum_interval   ``NOTECARDS_MAXIMUM_INTERVAL``  36500 days (FSRS only)
triage             ``NOTECARDS_TRIAGE``           false
=================  =============================  ==================================

The scheduler's three and ``triage`` are per profile: a ``[profiles.NAME]`` table in the file
sets them for the profile NAME, over the file's top-level values (the environment still wins).

``triage = true``: new cards from a sync wait in the profile's inbox (the browser filtered to
untriaged cards) until accepted, before they join the daily new cards.
"""

from __future__ import annotations

import getpass
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

APP = "notecards"
DEFAULT_NEW_PER_DAY = 20
DEFAULT_REVIEWS_PER_DAY = 200
DEFAULT_SCHEDULER = "sm2"
SCHEDULERS = ("sm2", "fsrs")
DEFAULT_DESIRED_RETENTION = 0.90
DEFAULT_MAXIMUM_INTERVAL = 36_500


class ConfigError(Exception):
    """The configuration cannot be read or holds a value that makes no sense."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a command needs to know about where things are."""

    database_url: str
    profile: str
    notes: tuple[Path, ...]
    new_per_day: int
    reviews_per_day: int
    config_path: Path
    scheduler: str = DEFAULT_SCHEDULER
    desired_retention: float = DEFAULT_DESIRED_RETENTION
    maximum_interval: int = DEFAULT_MAXIMUM_INTERVAL
    triage: bool = False  # new cards wait in an inbox until accepted


def config_path(environ: Mapping[str, str] = os.environ) -> Path:
    explicit = environ.get("NOTECARDS_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    import platformdirs

    return platformdirs.user_config_path(APP) / "config.toml"


def default_database_url() -> str:
    import platformdirs

    return f"sqlite:///{platformdirs.user_data_path(APP) / 'notecards.db'}"


def default_profile() -> str:
    try:
        return getpass.getuser() or "default"
    except Exception:  # no user name in this environment (containers, cron)
        return "default"


def _read_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"cannot read {path}: {error}") from error


def _positive_int(name: str, value: object) -> int:
    try:
        number = int(str(value))
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {value!r}") from None
    if number < 0:
        raise ConfigError(f"{name} must not be negative, not {number}")
    return number


def _scheduler(value: object) -> str:
    name = str(value).strip().lower()
    if name not in SCHEDULERS:
        raise ConfigError(f"scheduler must be sm2 or fsrs, not {value!r}")
    return name


def _retention(value: object) -> float:
    try:
        number = float(str(value))
    except ValueError:
        raise ConfigError(f"desired_retention must be a number, not {value!r}") from None
    if not 0.5 <= number <= 0.99:
        raise ConfigError(f"desired_retention must be from 0.50 to 0.99, not {number}")
    return number


def _maximum_interval(value: object) -> int:
    number = _positive_int("maximum_interval", value)
    if not 1 <= number <= DEFAULT_MAXIMUM_INTERVAL:
        raise ConfigError(
            f"maximum_interval must be from 1 to {DEFAULT_MAXIMUM_INTERVAL} days, not {number}"
        )
    return number


def _profile_value(
    name: str, profile: str, stored: Mapping[str, Any], environ: Mapping[str, str], default: Any
) -> Any:
    """A per-profile setting: the environment, the profile's table, the file, the default."""
    variable = f"NOTECARDS_{name.upper()}"
    if variable in environ:
        return environ[variable]
    profiles = stored.get("profiles", {})
    table = profiles.get(profile, {}) if isinstance(profiles, dict) else {}
    if isinstance(table, dict) and name in table:
        return table[name]
    return stored.get(name, default)


def _boolean(name: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    words = {"true": True, "yes": True, "on": True, "1": True}
    words |= {"false": False, "no": False, "off": False, "0": False}
    found = words.get(str(value).strip().lower())
    if found is None:
        raise ConfigError(f"{name} must be true or false, not {value!r}")
    return found


def _database_from_environment(environ: Mapping[str, str]) -> str | None:
    """``NOTECARDS_DB``, or the URL in the file ``NOTECARDS_DB_FILE`` names (not both)."""
    url, file = environ.get("NOTECARDS_DB"), environ.get("NOTECARDS_DB_FILE")
    if not file:
        return url
    if url:
        raise ConfigError("NOTECARDS_DB and NOTECARDS_DB_FILE are both set: keep one")
    try:
        text = Path(file).expanduser().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read NOTECARDS_DB_FILE {file}: {error}") from error
    if not text:
        raise ConfigError(f"NOTECARDS_DB_FILE {file} is empty: it should hold a database URL")
    return text


def load(
    *,
    database: str | None = None,
    profile: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Settings:
    """The settings in effect: options given here, then environment, file, defaults."""
    path = config_path(environ)
    stored = _read_file(path)
    notes_env = environ.get("NOTECARDS_NOTES")
    notes: list[str] = (
        [part for part in notes_env.split(os.pathsep) if part]
        if notes_env
        else [str(item) for item in stored.get("notes", [])]
    )
    profile = (
        profile
        or environ.get("NOTECARDS_PROFILE")
        or str(stored.get("profile") or default_profile())
    )
    return Settings(
        database_url=database
        or _database_from_environment(environ)
        or str(stored.get("database") or default_database_url()),
        profile=profile,
        notes=tuple(Path(note).expanduser() for note in notes),
        new_per_day=_positive_int(
            "new_per_day",
            environ.get("NOTECARDS_NEW_PER_DAY", stored.get("new_per_day", DEFAULT_NEW_PER_DAY)),
        ),
        reviews_per_day=_positive_int(
            "reviews_per_day",
            environ.get(
                "NOTECARDS_REVIEWS_PER_DAY",
                stored.get("reviews_per_day", DEFAULT_REVIEWS_PER_DAY),
            ),
        ),
        config_path=path,
        scheduler=_scheduler(
            _profile_value("scheduler", profile, stored, environ, DEFAULT_SCHEDULER)
        ),
        desired_retention=_retention(
            _profile_value("desired_retention", profile, stored, environ, DEFAULT_DESIRED_RETENTION)
        ),
        maximum_interval=_maximum_interval(
            _profile_value("maximum_interval", profile, stored, environ, DEFAULT_MAXIMUM_INTERVAL)
        ),
        triage=_boolean("triage", _profile_value("triage", profile, stored, environ, False)),
    )


def remember_notes(settings: Settings, folder: Path) -> Settings:
    """Store ``folder`` as the notes folder in the config file, editing it in place.

    Everything else in the file stays byte for byte: other keys, comments, blank lines,
    spacing, quoting. The file keeps its mode (a new one is created 0600) and is written
    through a symlink, atomically (see ``notecards.files``).
    """
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    from notecards.files import replace_file

    folder = folder.expanduser().resolve()
    path = settings.config_path
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        document = tomlkit.parse(text)
    except (OSError, UnicodeDecodeError, TOMLKitError) as error:
        raise ConfigError(f"cannot read {path}: {error}") from error
    document["notes"] = [str(folder)]  # an existing line keeps its comment and place
    try:
        replace_file(path, tomlkit.dumps(document).encode("utf-8"))
    except OSError as error:
        raise ConfigError(f"cannot write {path}: {error}") from error
    return replace(settings, notes=(folder,))
