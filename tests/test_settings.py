"""Which database: --database, else the environment, else the machine-wide file, else the saved setting, else SQLite."""

from __future__ import annotations

import sys

import pytest

from integration_desk import settings


def test_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(settings.ENV_SETTINGS_FILE, str(tmp_path / "settings.ini"))
    monkeypatch.delenv(settings.ENV_DATABASE_URL, raising=False)
    default = settings.choose_database(None)
    assert default.source == "default"
    assert default.url.startswith("sqlite:///") and default.url.endswith("integration-desk.sqlite3")

    settings.save_database_url("postgresql://team@server/desk")
    assert settings.choose_database(None) == settings.DatabaseChoice(
        "postgresql://team@server/desk", "settings"
    )

    monkeypatch.setenv(settings.ENV_DATABASE_URL, "sqlite:///from-env.db")
    assert settings.choose_database(None) == settings.DatabaseChoice("sqlite:///from-env.db", "environment")
    assert settings.choose_database("sqlite:///option.db") == settings.DatabaseChoice(
        "sqlite:///option.db", "option"
    )


def test_language_is_saved(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(settings.ENV_SETTINGS_FILE, str(tmp_path / "settings.ini"))
    assert settings.saved_language() is None
    settings.save_language("en")
    settings.save_database_url("sqlite:///x.db")
    assert settings.saved_language() == "en"
    assert settings.saved_database_url() == "sqlite:///x.db"


def test_machine_wide_file_is_between_the_environment_and_the_user_setting(  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """IT deploys settings.ini machine-wide (group policy): it wins over the user's saved setting,
    the environment variable wins over it, and it ends the first-run wizard's reason to appear."""
    monkeypatch.delenv(settings.ENV_SETTINGS_FILE)
    monkeypatch.delenv(settings.ENV_DATABASE_URL, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    machine = settings.machine_settings_file()
    assert machine is not None
    if sys.platform.startswith("linux"):
        assert machine == tmp_path / "etc-xdg" / "IntegrationDesk" / "settings.ini"
    assert settings.needs_setup(settings.choose_database(None))

    settings.save_database_url("sqlite:///user-choice.db")
    assert settings.settings_file() != machine
    assert settings.choose_database(None) == settings.DatabaseChoice("sqlite:///user-choice.db", "settings")

    machine.parent.mkdir(parents=True)
    machine.write_text("[database]\nurl = postgresql://desk@team-server/desk\n", encoding="utf-8")
    choice = settings.choose_database(None)
    assert choice == settings.DatabaseChoice("postgresql://desk@team-server/desk", "machine")
    assert not settings.needs_setup(choice)

    monkeypatch.setenv(settings.ENV_DATABASE_URL, "sqlite:///from-env.db")
    assert settings.choose_database(None).source == "environment"
    assert settings.choose_database("sqlite:///option.db").source == "option"


def test_machine_wide_file_is_ignored_when_the_settings_file_is_named(  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.setenv(settings.ENV_SETTINGS_FILE, str(tmp_path / "settings.ini"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    monkeypatch.delenv(settings.ENV_DATABASE_URL, raising=False)
    assert settings.machine_settings_file() is None
    assert settings.choose_database(None).source == "default"
