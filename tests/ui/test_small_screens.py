"""Every view and every dialog on a 1280×720 screen (and the views at the smallest window, 1024×640),
in Danish and in English, on the demo municipality: nothing cut short, nothing outside the window
(tests/layout_check.py says what that means). A failure names the widget and its text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from integration_desk.domain.conflicts import FieldConflict
from integration_desk.domain.contracts import ActivityInput
from integration_desk.services import contracts, contracts_edit, contracts_print, hours_history
from integration_desk.services.arrivals import notice_of_person
from integration_desk.services.context import AppContext
from integration_desk.services.database import open_database
from integration_desk.services.housing_board import load_board
from integration_desk.ui.application import make_application
from integration_desk.ui.main_window import VIEW_KEYS, MainWindow
from integration_desk.ui.widgets import window_size
from tests.conftest import DEMO_TODAY
from tests.layout_check import layout_problems

SCREEN = QSize(1280, 720)
SMALLEST = QSize(1024, 640)
LANGUAGES = ("da", "en")


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    make_application(request.param)
    yield request.param
    make_application("da")


@pytest.fixture
def screen(monkeypatch: pytest.MonkeyPatch) -> QSize:
    """The offscreen platform's screen is 800×800; the windows size themselves for a 1280×720 one."""
    monkeypatch.setattr(window_size, "screen_room", lambda _widget=None: SCREEN)
    return SCREEN


def _settle(widget: QWidget) -> None:
    from integration_desk.ui import ops

    ops.wait()  # the view's data arrives from a worker; its layout is judged with the data shown
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("size", [SCREEN, SMALLEST], ids=["1280x720", "1024x640"])
def test_every_view_fits(qtbot, demo_ctx: AppContext, language: str, size: QSize, screen: QSize) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_ctx)
    window.persist_state = False
    qtbot.addWidget(window)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    found = {}
    for key in VIEW_KEYS:
        window.show_view(key)
        _settle(window)
        assert window.size() == size
        problems = layout_problems(window, size)
        if problems:
            found[key] = problems
    assert not found, "\n".join(
        f"{key}: {problem}" for key, problems in found.items() for problem in problems
    )


# --- The dialogs ----------------------------------------------------------------------------------


def _other(ctx: AppContext, username: str) -> AppContext:
    return AppContext(ctx.engine, username, today=DEMO_TODAY)


def _contract_row(ctx: AppContext) -> contracts.ContractRow:
    return next(r for r in contracts.list_contracts(ctx) if r.activities > 1)


def _notice(ctx: AppContext) -> QWidget:
    from integration_desk.ui.arrivals.notice_dialog import NoticeDialog

    notice_id = notice_of_person(ctx, _contract_row(ctx).person_id)
    return NoticeDialog(ctx, notice_id)


def _new_notice(ctx: AppContext) -> QWidget:
    from integration_desk.ui.arrivals.notice_dialog import NoticeDialog

    return NoticeDialog(ctx, None)


def _quota(ctx: AppContext) -> QWidget:
    from integration_desk.ui.arrivals.quota_dialog import QuotaDialog

    return QuotaDialog(ctx)


def _import(ctx: AppContext, tmp_path: Path) -> QWidget:
    from integration_desk.documents.arrivals_xlsx import write_template
    from integration_desk.ui.arrivals.import_dialog import ImportDialog

    path = tmp_path / "skabelon.xlsx"
    write_template(path)
    return ImportDialog(ctx, path)


def _contract_window(ctx: AppContext) -> QWidget:
    from integration_desk.ui.contracts.view import PersonContractDialog

    return PersonContractDialog(ctx, _contract_row(ctx).person_id)


def _contract_history(ctx: AppContext) -> QWidget:
    from integration_desk.ui.contracts.history import HistoryDialog

    return HistoryDialog(ctx, _contract_row(ctx).person_id)


def _compare(ctx: AppContext) -> QWidget:
    from integration_desk.ui.contracts.history import CompareDialog

    row = _contract_row(ctx)
    newer = contracts_edit.start_new_version(ctx, row.id)
    return CompareDialog(ctx, row.id, newer)


def _activity(ctx: AppContext) -> QWidget:
    from integration_desk.ui.contracts.dialogs import ActivityDialog

    activity = ActivityInput(
        "work_placement",
        "Ballerup Rengøringsservice ApS",
        DEMO_TODAY,
        DEMO_TODAY,
        Decimal("25"),
        "Morgenhold",
    )
    return ActivityDialog(activity, Decimal("37"))


def _sign(ctx: AppContext) -> QWidget:
    from integration_desk.ui.contracts.dialogs import SignDialog

    return SignDialog(DEMO_TODAY)


def _new_contract(ctx: AppContext) -> QWidget:
    from integration_desk.ui.contracts.dialogs import NewContractDialog

    return NewContractDialog(contracts_edit.persons_without_contract(ctx))


def _preview(ctx: AppContext) -> QWidget:
    from integration_desk.ui.contracts.preview import PdfPreviewDialog

    row = _contract_row(ctx)
    pdf = contracts_print.render_contract(ctx, row.id)
    return PdfPreviewDialog(ctx, pdf, [row.id], row.person)


def _templates(ctx: AppContext) -> QWidget:
    from integration_desk.ui.contracts.templates import TemplatesDialog

    return TemplatesDialog(_other(ctx, "birgit"))


def _hours_history(ctx: AppContext) -> QWidget:
    from integration_desk.ui.hours.history import HistoryDialog

    return HistoryDialog(hours_history.person_history(ctx, _contract_row(ctx).person_id))


def _board(ctx: AppContext):  # type: ignore[no-untyped-def]
    return load_board(ctx, DEMO_TODAY, 30)


def _allocate(ctx: AppContext) -> QWidget:
    from integration_desk.ui.housing.dialogs import AllocateDialog

    board = _board(ctx)
    return AllocateDialog(board.waiting, board.rooms, DEMO_TODAY)


def _stay(ctx: AppContext) -> QWidget:
    from integration_desk.ui.housing.dialogs import StayDialog

    board = _board(ctx)
    return StayDialog(board.stays[0], board.rooms)


def _end_stay(ctx: AppContext) -> QWidget:
    from integration_desk.ui.housing.dialogs import EndStayDialog

    return EndStayDialog(_board(ctx).stays[0].household, DEMO_TODAY)


def _split(ctx: AppContext) -> QWidget:
    from integration_desk.ui.housing.dialogs import SplitDialog

    board = _board(ctx)
    return SplitDialog(board.stays[0].household, board.rooms, DEMO_TODAY)


def _period(ctx: AppContext) -> QWidget:
    from integration_desk.ui.housing.dialogs import PeriodDialog

    return PeriodDialog(DEMO_TODAY.replace(day=1), DEMO_TODAY)


def _register(ctx: AppContext) -> QWidget:
    from integration_desk.ui.housing.register import RegisterDialog

    return RegisterDialog(ctx)


def _register_forms(kind: str) -> Callable[[AppContext], QWidget]:
    def make(ctx: AppContext) -> QWidget:
        from integration_desk.ui.housing import register_forms as forms

        room = _board(ctx).rooms[0]
        return {
            "site": lambda: forms.SiteDialog(None),
            "unit": lambda: forms.UnitDialog(None, room.site),
            "room": lambda: forms.RoomDialog(None, room.unit),
            "closure": lambda: forms.ClosureDialog(None, room.name, DEMO_TODAY),
            "retire": lambda: forms.RetireDialog(None, f"{room.unit}, {room.name}", DEMO_TODAY),
        }[kind]()

    return make


def _funding(kind: str) -> Callable[[AppContext], QWidget]:
    def make(ctx: AppContext) -> QWidget:
        from integration_desk.ui.people.funding import FundingDialog

        return FundingDialog(ctx, _contract_row(ctx).person_id, kind)

    return make


def _close_case(ctx: AppContext) -> QWidget:
    from integration_desk.ui.people.detail import CloseCaseDialog

    return CloseCaseDialog(DEMO_TODAY)


def _conflict(ctx: AppContext) -> QWidget:
    from integration_desk.ui.widgets.conflict_dialog import ConflictDialog

    conflicts = (
        FieldConflict(
            "employment_goal", "Job", "Ordinært job inden for rengøring", "Job som pædagogmedhjælper"
        ),
        FieldConflict(
            "programme_end", DEMO_TODAY, DEMO_TODAY.replace(year=2019), DEMO_TODAY.replace(year=2018)
        ),
    )
    labels = {"employment_goal": "Beskæftigelsesmål", "programme_end": "Programslut"}
    return ConflictDialog(conflicts, labels, "Jonas Krogh")


def _settings(ctx: AppContext) -> QWidget:
    from integration_desk.ui.settings_dialog import SettingsDialog

    return SettingsDialog(_other(ctx, "admin"))


def _signin(ctx: AppContext) -> QWidget:
    from integration_desk.ui.signin_dialog import SignInDialog

    return SignInDialog(
        lambda _u, _p: ctx, database="PostgreSQL: desk on db.kommune.local:5432", username="mette"
    )


def _users(ctx: AppContext) -> QWidget:
    from integration_desk.ui.admin.users_dialog import UsersDialog

    return UsersDialog(_other(ctx, "admin"))


def _audit(ctx: AppContext) -> QWidget:
    from integration_desk.ui.admin.audit_dialog import AuditDialog

    return AuditDialog(_other(ctx, "birgit"))


def _retention(ctx: AppContext) -> QWidget:
    from integration_desk.ui.admin.retention_dialog import RetentionDialog

    return RetentionDialog(_other(ctx, "birgit"))


DIALOGS: dict[str, Callable[..., QWidget]] = {
    "notice": _notice,
    "new_notice": _new_notice,
    "quota": _quota,
    "import": _import,
    "contract_window": _contract_window,
    "contract_history": _contract_history,
    "contract_compare": _compare,
    "activity": _activity,
    "sign": _sign,
    "new_contract": _new_contract,
    "contract_preview": _preview,
    "contract_templates": _templates,
    "hours_history": _hours_history,
    "allocate": _allocate,
    "stay": _stay,
    "end_stay": _end_stay,
    "split": _split,
    "period": _period,
    "register": _register,
    **{f"register_{kind}": _register_forms(kind) for kind in ("site", "unit", "room", "closure", "retire")},
    **{f"funding_{kind}": _funding(kind) for kind in ("test", "job", "education")},
    "close_case": _close_case,
    "conflict": _conflict,
    "settings": _settings,
    "signin": _signin,
    "users": _users,
    "audit": _audit,
    "retention": _retention,
}


@pytest.fixture
def caseworker(demo_url: str) -> Iterator[AppContext]:
    engine = open_database(demo_url)
    yield AppContext(engine, "mette", today=DEMO_TODAY)
    engine.dispose()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_fits(  # type: ignore[no-untyped-def]
    qtbot, caseworker: AppContext, language: str, name: str, screen: QSize, tmp_path: Path
) -> None:
    factory = DIALOGS[name]
    dialog = factory(caseworker, tmp_path) if name == "import" else factory(caseworker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(dialog)
    problems = layout_problems(dialog, screen - window_size.FRAME)  # a dialog has a title bar
    assert not problems, "\n".join(problems)


# --- The contract's hours chart ---------------------------------------------------------------------


def _ink_runs(image, left: int, top: int, bottom: int) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The runs of pixel columns from ``left`` with dark (text) pixels between rows top and bottom."""
    inked = [
        any(image.pixelColor(x, y).lightness() < 160 for y in range(top, bottom))
        for x in range(image.width())
    ]
    runs: list[tuple[int, int]] = []
    for x, ink in enumerate(inked):
        if x < left:
            continue
        if ink and runs and x - runs[-1][1] <= 5:  # the gaps between a word's digits
            runs[-1] = (runs[-1][0], x)
        elif ink:
            runs.append((x, x))
    return runs


def test_the_contract_charts_year_labels_never_run_together(qtbot, desk_app) -> None:  # type: ignore[no-untyped-def]
    """A three-year programme from week 35 in a narrow chart: "2016" stood right against "2017"."""
    from integration_desk.domain.contracts_summary import ProgrammeSummary, WeekHours
    from integration_desk.domain.weeks import IsoWeek
    from integration_desk.ui.contracts.widgets import HoursChart

    weeks = tuple(
        WeekHours(week, Decimal(37), Decimal(12), Decimal(37))
        for week in IsoWeek.range(IsoWeek(2016, 35), IsoWeek(2019, 34))
    )
    chart = HoursChart()
    qtbot.addWidget(chart)
    chart.set_summary(ProgrammeSummary(weeks, Decimal(37), Decimal(12), Decimal(37), Decimal(15)))
    chart.resize(250, 100)
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    label_width = chart.fontMetrics().horizontalAdvance("2016")
    runs = _ink_runs(image, 30, image.height() - 15, image.height())  # right of the hours axis
    widths = [last - first + 1 for first, last in runs]
    assert len(runs) >= 3  # 2017, 2018 and 2019 at their week 1
    assert max(widths) <= label_width + 1, f"labels run together: {runs}"
