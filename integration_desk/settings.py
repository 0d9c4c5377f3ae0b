"""Where the program finds its database: the per-PC connection setting.

A plain INI file (not the Qt registry) so that the command line, the GUI and an IT department's
group-policy deployment all read the same thing. IT can pre-set the database for every user of a PC
with the environment variable or a machine-wide file (``machine_settings_file``, see
packaging/README.md); it wins over the user's own saved setting. Window state lives in QSettings (ui layer);
team-wide settings (municipality name, logo) live in the database.
"""

from __future__ import annotations

import configparser
import getpass
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "IntegrationDesk"
APP_AUTHOR = "IntegrationDesk"
ENV_DATABASE_URL = "INTEGRATION_DESK_DATABASE_URL"
ENV_SETTINGS_FILE = "INTEGRATION_DESK_SETTINGS"
ENV_USER = "INTEGRATION_DESK_USER"


def settings_file() -> Path:
    override = os.environ.get(ENV_SETTINGS_FILE)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "settings.ini"


def machine_settings_file() -> Path | None:
    """The machine-wide file IT deploys (e.g. by group policy), same INI format as the user's:
    ``%PROGRAMDATA%\\IntegrationDesk\\settings.ini`` on Windows (``C:\\ProgramData\\…``),
    ``/etc/xdg/IntegrationDesk/settings.ini`` on Linux (the first of ``$XDG_CONFIG_DIRS``).
    None when ``INTEGRATION_DESK_SETTINGS`` names the one file to use (tests, benchmarks, a
    deployment that prefers the variable)."""
    if os.environ.get(ENV_SETTINGS_FILE):
        return None
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "settings.ini"


def default_sqlite_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "integration-desk.sqlite3"


@dataclass(frozen=True)
class DatabaseChoice:
    url: str
    source: str  # "option", "environment", "machine", "settings" or "default"


def _read() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(settings_file(), encoding="utf-8")
    return parser


def _save(section: str, key: str, value: str) -> None:
    parser = _read()
    if not parser.has_section(section):
        parser.add_section(section)
    parser.set(section, key, value)
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        parser.write(handle)


def saved_database_url() -> str | None:
    value = _read().get("database", "url", fallback="").strip()
    return value or None


def machine_database_url() -> str | None:
    path = machine_settings_file()
    if path is None:
        return None
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    return parser.get("database", "url", fallback="").strip() or None


def save_database_url(url: str) -> None:
    _save("database", "url", url)


def saved_language() -> str | None:
    return _read().get("ui", "language", fallback="").strip() or None


def save_language(language: str) -> None:
    _save("ui", "language", language)


def choose_database(option: str | None) -> DatabaseChoice:
    """--database, else the environment, else the machine-wide file, else the user's saved
    setting, else SQLite in the data folder."""
    if option:
        return DatabaseChoice(option, "option")
    env = os.environ.get(ENV_DATABASE_URL, "").strip()
    if env:
        return DatabaseChoice(env, "environment")
    machine = machine_database_url()
    if machine:
        return DatabaseChoice(machine, "machine")
    saved = saved_database_url()
    if saved:
        return DatabaseChoice(saved, "settings")
    return DatabaseChoice(f"sqlite:///{default_sqlite_path().as_posix()}", "default")


def explicit_username(option: str | None) -> str | None:
    """The user named by --user or the environment; None means: ask (the sign-in dialog)."""
    return option or os.environ.get(ENV_USER) or None


def current_username(option: str | None) -> str:
    return explicit_username(option) or getpass.getuser()


def needs_setup(choice: DatabaseChoice) -> bool:
    """First run: no database named anywhere, and none in the default place either (an earlier
    version kept it there without a setting): the set-up wizard comes before anything else."""
    return choice.source == "default" and not default_sqlite_path().exists()
