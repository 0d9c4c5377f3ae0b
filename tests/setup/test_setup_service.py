"""The set-up without a window: network drives refused, a server tested, a database made ready."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from integration_desk import settings
from integration_desk.db.engine import make_engine
from integration_desk.db.migrate import SCHEMA_HEAD, current_revision
from integration_desk.db.models import AuditEvent, User
from integration_desk.domain.errors import ValidationError
from integration_desk.services import network_drive, setup
from integration_desk.services.context import AppContext
from integration_desk.services.contracts_settings import get_team_settings
from integration_desk.services.signin import sign_in
from tests.setup.conftest import PNG, PostgresSetup

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
fileserver:/export/team /mnt/team nfs4 rw,relatime 0 0
//fs01/integration /srv/share\\040drive cifs rw 0 0
/dev/sdb1 /mnt/team/local ext4 rw 0 0
"""


@pytest.fixture(autouse=True)
def _own_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(settings.ENV_SETTINGS_FILE, str(tmp_path / "settings.ini"))


@pytest.mark.parametrize(
    "path",
    [r"\\fileserver\team\desk.sqlite3", "//fileserver/team/desk.sqlite3", r"\\?\UNC\fs\share\x.db"],
)
def test_unc_paths_are_network_paths_everywhere(path: str) -> None:
    for windows in (True, False):
        reason = network_drive.network_drive_reason(
            path, windows=windows, drive_type=lambda _root: 3, mounts=""
        )
        assert reason is not None and "netværkssti" in reason and "PostgreSQL" in reason


def test_a_mapped_network_drive_on_windows_is_refused_and_a_local_disk_is_not() -> None:
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return network_drive.DRIVE_REMOTE if root == "N:\\" else 3  # 3 = a fixed disk

    reason = network_drive.network_drive_reason(
        r"n:\Integration\desk.sqlite3", windows=True, drive_type=drive_type
    )
    assert reason is not None and "netværksdrevet N:" in reason
    assert (
        network_drive.network_drive_reason(
            r"C:\Users\mette\desk.sqlite3", windows=True, drive_type=drive_type
        )
        is None
    )
    assert asked == ["N:\\", "C:\\"]
    assert network_drive.network_drive_reason("relative.sqlite3", windows=True, drive_type=drive_type) is None


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/team/desk.sqlite3", "nfs4"),
        ("/srv/share drive/desk.sqlite3", "cifs"),
        ("/mnt/team/local/desk.sqlite3", None),  # a local disk mounted inside the share
        ("/mnt/teamwork/desk.sqlite3", None),  # only a prefix of the share's mount point
        ("/home/mette/desk.sqlite3", None),
    ],
)
def test_nfs_and_smb_mounts_are_network_drives_on_linux(path: str, kind: str | None) -> None:
    reason = network_drive.network_drive_reason(path, windows=False, mounts=MOUNTS)
    if kind is None:
        assert reason is None
    else:
        assert reason is not None and kind in reason and "netværksdrev" in reason


def test_check_sqlite_path(tmp_path: Path) -> None:
    with pytest.raises(setup.SetupRefused, match="netværkssti"):
        setup.check_sqlite_path(r"\\fileserver\team\desk.sqlite3")
    with pytest.raises(ValidationError):
        setup.check_sqlite_path("  ")
    with pytest.raises(ValidationError, match="mappe"):
        setup.check_sqlite_path(str(tmp_path))
    assert setup.check_sqlite_path(str(tmp_path / "new" / "desk.sqlite3")).state == "missing"
    (tmp_path / "junk.sqlite3").write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(setup.SetupRefused, match="ikke en database"):
        setup.check_sqlite_path(str(tmp_path / "junk.sqlite3"))


def test_administrator_and_municipality_are_checked_before_anything_is_made(tmp_path: Path) -> None:
    target = setup.SqliteTarget(str(tmp_path / "desk.sqlite3"))
    town = setup.Municipality("Roskilde Kommune", "Rådhuset", None)
    with pytest.raises(ValidationError, match="ikke ens"):
        setup.complete_setup(
            target,
            municipality=town,
            administrator=setup.Administrator("anne", "Anne", "hemmelig-123", "hemmelig-124"),
        )
    with pytest.raises(ValidationError, match="JPEG-billede"):
        setup.complete_setup(
            target,
            municipality=setup.Municipality("Roskilde Kommune", "", b"GIF89a"),
            administrator=setup.Administrator("anne", "Anne", "hemmelig-123", "hemmelig-123"),
        )
    assert not (tmp_path / "desk.sqlite3").exists()
    assert settings.saved_database_url() is None


def test_complete_setup_on_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "data" / "desk.sqlite3"
    url = setup.complete_setup(
        setup.SqliteTarget(str(path)),
        municipality=setup.Municipality("Roskilde Kommune", "Rådhusbuen 1\n4000 Roskilde", PNG),
        administrator=setup.Administrator("anne", "Anne Admin", "hemmelig-123", "hemmelig-123"),
    )
    assert url == f"sqlite:///{path.as_posix()}"
    assert settings.saved_database_url() == url
    ctx = sign_in(url, "anne", "hemmelig-123")
    try:
        assert current_revision(ctx.engine) == SCHEMA_HEAD
        assert ctx.user.role == "admin" and ctx.user.display_name == "Anne Admin"
        team = get_team_settings(ctx)
        assert (team.municipality_name, team.address, team.logo) == (
            "Roskilde Kommune",
            "Rådhusbuen 1\n4000 Roskilde",
            PNG,
        )
        with ctx.uow(readonly=True) as uow:
            actions = {(e.action, e.entity) for e in uow.session.scalars(select(AuditEvent))}
        assert ("create", "users") in actions and ("update", "team_settings") in actions
    finally:
        ctx.engine.dispose()
    assert setup.check_sqlite_path(str(path)).state == "ready"
    assert "hemmelig" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_needs_setup(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(settings, "default_sqlite_path", lambda: tmp_path / "default.sqlite3")
    assert settings.needs_setup(settings.DatabaseChoice("sqlite:///x", "default"))
    for source in ("option", "environment", "settings"):
        assert not settings.needs_setup(settings.DatabaseChoice("sqlite:///x", source))
    (tmp_path / "default.sqlite3").write_bytes(b"")  # the database of an earlier version
    assert not settings.needs_setup(settings.DatabaseChoice("sqlite:///x", "default"))


# --- PostgreSQL ---------------------------------------------------------------------------


@pytest.mark.postgres
def test_a_wrong_port_and_a_bad_name_are_refused_clearly(pg_setup: PostgresSetup) -> None:
    with pytest.raises(setup.SetupRefused, match=r"Ingen forbindelse til 127\.0\.0\.1:1\b"):
        setup.check_server(pg_setup.target(host="127.0.0.1", port=1))
    with pytest.raises(setup.SetupRefused, match="afviste brugernavnet"):
        setup.check_server(pg_setup.target(username=f"nobody{pg_setup.database}"))
    with pytest.raises(ValidationError):
        setup.check_server(pg_setup.target(database="drop table"))


@pytest.mark.postgres
def test_complete_setup_on_postgres_creates_the_database_roles_and_admin(pg_setup: PostgresSetup) -> None:
    target = pg_setup.target()
    assert setup.check_server(target).state == "missing"
    admin = pg_setup.login()
    url = setup.complete_setup(
        target,
        municipality=setup.Municipality("Roskilde Kommune", "Rådhusbuen 1", None),
        administrator=setup.Administrator(admin, "Anne Admin", "hemmelig-123", "hemmelig-123"),
    )
    assert url == f"postgresql+psycopg://{pg_setup.host}:{pg_setup.port}/{pg_setup.database}"
    assert settings.saved_database_url() == url
    assert setup.check_server(target).state == "ready"
    # The administrator signs in with their own login (the server checks the password).
    ctx: AppContext = sign_in(url, admin, "hemmelig-123")
    try:
        assert ctx.user.role == "admin"
        assert get_team_settings(ctx).municipality_name == "Roskilde Kommune"
        with ctx.uow(readonly=True) as uow:
            assert uow.session.scalar(select(User.display_name).where(User.username == admin)) == "Anne Admin"
    finally:
        ctx.engine.dispose()
    owner = make_engine(target.url())
    with owner.connect() as connection:
        member_of = connection.execute(
            text(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :u"
            ),
            {"u": admin},
        ).scalar()
    owner.dispose()
    assert member_of == "integration_desk_admin"


def test_the_saved_connection_is_the_starting_point() -> None:
    assert setup.target_from_url(None) is None
    assert setup.target_from_url("not a url") is None
    assert setup.target_from_url("sqlite:///C:/Users/mette/desk.sqlite3") == setup.SqliteTarget(
        "C:/Users/mette/desk.sqlite3"
    )
    assert setup.target_from_url("postgresql://anne:secret@db:5433/desk") == setup.PostgresTarget(
        "db", 5433, "desk", "anne", ""
    )


def test_the_settings_dialog_check_refuses_what_the_wizard_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    from integration_desk.services.database import check_database_url
    from integration_desk.services.errors import BadDatabaseUrl

    monkeypatch.setattr(
        network_drive, "_read_mounts", lambda: "/dev/sda1 / ext4 rw 0 0\nfs:/x /mnt/team nfs rw 0 0\n"
    )
    with pytest.raises(BadDatabaseUrl):
        check_database_url("sqlite:////mnt/team/desk.sqlite3")
    check_database_url("sqlite:////home/mette/desk.sqlite3")
