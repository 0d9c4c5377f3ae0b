"""The views load on a worker (issue 14): the services are called off the GUI thread, the widgets
are filled on it, and a failure on the worker reaches the user as the translated message."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from integration_desk.services import people
from integration_desk.services.context import AppContext
from integration_desk.services.errors import DomainError
from integration_desk.ui.people import view as people_view
from integration_desk.ui.people.view import PeopleView
from tests.contracts.conftest import make_person


def test_the_people_view_loads_on_a_worker_and_fills_the_table_on_the_gui_thread(
    qtbot: Any, desk_app: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, wait_ops: Any
) -> None:
    make_person(ctx)
    threads: list[threading.Thread] = []
    real = people.list_people

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(people_view.people, "list_people", recording)
    view = PeopleView(ctx)
    qtbot.addWidget(view)
    view.show()
    wait_ops()
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert view.model.rowCount() == 1
    assert view.model.row_at(0).name == "Feven Asmerom"
    assert view.count_label.text() == "1 person"
    assert view.loads_shown == 1


def test_a_refusal_on_the_worker_reaches_the_user_as_its_message(
    qtbot: Any,
    desk_app: Any,
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    wait_ops: Any,
    no_message_boxes: list[str],
) -> None:
    def refused(*_args: Any, **_kwargs: Any) -> Any:
        assert threading.current_thread() is not threading.main_thread()
        raise DomainError("Du har ikke adgang til borgerlisten.")

    monkeypatch.setattr(people_view.people, "list_people", refused)
    view = PeopleView(ctx)
    qtbot.addWidget(view)
    view.show()
    wait_ops()
    assert no_message_boxes == ["Du har ikke adgang til borgerlisten."]
    assert view.model.rowCount() == 0 and view.loads_shown == 0


def test_an_unexpected_error_on_the_worker_reaches_the_user_translated(
    qtbot: Any,
    desk_app: Any,
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    wait_ops: Any,
    no_message_boxes: list[str],
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("Feven Asmerom 010190-1234")  # a driver's text is never shown or logged

    monkeypatch.setattr(people_view.people, "list_people", broken)
    view = PeopleView(ctx)
    qtbot.addWidget(view)
    view.show()
    wait_ops()
    assert no_message_boxes == ["Noget gik galt (RuntimeError); intet er gemt. Sig det venligst til IT."]


def test_the_overview_panels_fetch_on_a_worker(
    qtbot: Any, desk_app: Any, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, wait_ops: Any
) -> None:
    from integration_desk.services import overview
    from integration_desk.ui.overview.panels import OverduePanel
    from integration_desk.ui.overview.view import OverviewView

    threads: list[threading.Thread] = []
    real = overview.overdue

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(overview, "overdue", recording)
    view = OverviewView(demo_ctx)
    qtbot.addWidget(view)
    view.show()
    wait_ops()
    assert threads and threads[0] is not threading.main_thread()
    panel = next(p for p in view.panels if isinstance(p, OverduePanel))
    assert panel.list.count() > 0 and view.heading.text().startswith("Overblik")


def test_the_calendar_reads_its_period_on_a_worker(
    qtbot: Any, desk_app: Any, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, wait_ops: Any
) -> None:
    from datetime import date

    from integration_desk.services import calendar as calendar_service
    from integration_desk.ui.calendar.view import CalendarView

    threads: list[threading.Thread] = []
    real = calendar_service.calendar_items

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(calendar_service, "calendar_items", recording)
    calendar = CalendarView(demo_ctx)
    qtbot.addWidget(calendar)
    calendar.show()
    calendar.show_date(date(2016, 12, 1))
    wait_ops()
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert calendar.title.text() == "December 2016"
    assert calendar.grid.holidays[date(2016, 12, 25)] and calendar.caseworker.count() > 1
