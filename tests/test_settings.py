"""Which database: --database, else the environment, else the saved setting, else SQLite in the data folder."""

from __future__ import annotations

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
