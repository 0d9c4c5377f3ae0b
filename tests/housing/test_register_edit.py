"""Editing the register: sites, units, rooms and closures — validated, version-checked, audited."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from integration_desk.db.models import AuditEvent, HousingSite, HousingUnit, Room, RoomClosure
from integration_desk.domain.errors import ConflictError, ValidationError
from integration_desk.services import housing_allocations as allocations
from integration_desk.services import housing_register as register
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput
from integration_desk.services.housing_register_tree import register_tree


def _ids(ctx: AppContext) -> tuple[int, int]:
    with ctx.uow(readonly=True) as uow:
        site = uow.session.scalar(select(HousingSite.id))
        unit = uow.session.scalar(select(HousingUnit.id))
        assert site is not None and unit is not None
        return site, unit


def _audited(ctx: AppContext, entity: str, entity_id: int) -> list[str]:
    with ctx.uow(readonly=True) as uow:
        return list(
            uow.session.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
                .order_by(AuditEvent.id)
            )
        )


def test_edit_site_unit_and_room_with_versions_and_audit(ctx: AppContext, world: Any) -> None:
    site, unit = _ids(ctx)
    version = register.edit_site(ctx, site, 1, " Søndergade Syd ", "Søndergade 3", "nøgle hos vicevært")
    assert version == 2
    with pytest.raises(ConflictError):
        register.edit_site(ctx, site, 1, "Andet navn", "", "")
    assert register.edit_unit(ctx, unit, 1, "Gang B", 6, "stuen, uden trin") == 2
    assert register.edit_room(ctx, world.room1, 1, "1a", 3, "udsigt") == 2
    with ctx.uow(readonly=True) as uow:
        stored_site = uow.session.get(HousingSite, site)
        stored_unit = uow.session.get(HousingUnit, unit)
        stored_room = uow.session.get(Room, world.room1)
        assert stored_site is not None and stored_unit is not None and stored_room is not None
        assert (stored_site.name, stored_site.address, stored_site.notes) == (
            "Søndergade Syd",
            "Søndergade 3",
            "nøgle hos vicevært",
        )
        assert (stored_unit.name, stored_unit.max_persons, stored_unit.notes) == (
            "Gang B",
            6,
            "stuen, uden trin",
        )
        assert (stored_room.name, stored_room.beds, stored_room.notes) == ("1a", 3, "udsigt")
    assert _audited(ctx, "housing_sites", site)[-1] == "update"
    assert _audited(ctx, "housing_units", unit)[-1] == "update"
    assert _audited(ctx, "rooms", world.room1)[-1] == "update"


def test_edits_are_validated_with_danish_messages(ctx: AppContext, world: Any) -> None:
    site, unit = _ids(ctx)
    with pytest.raises(ValidationError, match="navn"):
        register.edit_site(ctx, site, 1, "  ", "", "")
    register.add_site(ctx, "Nørregade")
    with pytest.raises(ValidationError, match="boligsted med navnet nørregade"):
        register.edit_site(ctx, site, 1, "nørregade", "", "")
    with pytest.raises(ValidationError):
        register.edit_unit(ctx, unit, 1, "Gang A", 0, "")
    with pytest.raises(ValidationError, match=r"værelse.*2"):
        register.edit_room(ctx, world.room1, 1, "2", 2, "")
    allocations.allocate(ctx, AllocationInput(world.room2, world.ali, 3, date(2016, 10, 1)))
    with pytest.raises(ValidationError, match="3 personer"):
        register.edit_room(ctx, world.room2, 1, "2", 2, "")


def test_edit_and_delete_a_closure(ctx: AppContext, world: Any) -> None:
    closure = register.add_closure(ctx, world.room1, date(2016, 10, 10), date(2016, 10, 12), "repair")
    allocations.allocate(
        ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 20), date(2016, 11, 1))
    )
    assert (
        register.edit_closure(ctx, closure, 1, date(2016, 10, 11), date(2016, 10, 19), "cleaning", "maling")
        == 2
    )
    with pytest.raises(ValidationError, match="20-10-2016"):
        register.edit_closure(ctx, closure, 2, date(2016, 10, 11), date(2016, 10, 20), "cleaning", "")
    with pytest.raises(ValidationError):
        register.edit_closure(ctx, closure, 2, date(2016, 10, 11), date(2016, 10, 19), "party", "")
    with ctx.uow(readonly=True) as uow:
        row = uow.session.get(RoomClosure, closure)
        assert row is not None
        assert (row.starts_on, row.ends_on, row.reason, row.notes) == (
            date(2016, 10, 11),
            date(2016, 10, 19),
            "cleaning",
            "maling",
        )
    with pytest.raises(ConflictError):
        register.delete_closure(ctx, closure, 1)
    register.delete_closure(ctx, closure, 2)
    with ctx.uow(readonly=True) as uow:
        assert uow.session.get(RoomClosure, closure) is None
    assert _audited(ctx, "room_closures", closure) == ["create", "update", "delete"]


def test_retire_a_unit_and_a_site_with_their_rooms(ctx: AppContext, world: Any) -> None:
    site, unit = _ids(ctx)
    allocations.allocate(
        ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 1), date(2016, 11, 1))
    )
    with pytest.raises(ValidationError, match="Værelse 1"):
        register.retire_unit(ctx, unit, 1, date(2016, 10, 15))
    register.retire_room(ctx, world.room2, 1, date(2016, 10, 20))
    register.retire_unit(ctx, unit, 1, date(2016, 11, 1))
    with ctx.uow(readonly=True) as uow:
        retired = dict(uow.session.execute(select(Room.id, Room.retired_on)).all())
        stored_unit = uow.session.get(HousingUnit, unit)
        assert stored_unit is not None and stored_unit.retired_on == date(2016, 11, 1)
    assert retired == {world.room1: date(2016, 11, 1), world.room2: date(2016, 10, 20)}
    with pytest.raises(ValidationError):
        register.retire_site(ctx, site, 1, date(2016, 10, 25))  # the stay runs past that day
    tree = register_tree(ctx)
    assert [s.name for s in tree] == ["Søndergade"]
    assert tree[0].retired_on is None
    room1 = next(r for r in tree[0].units[0].rooms if r.id == world.room1)
    assert room1.has_stays


def test_retire_site_refused_then_accepted(ctx: AppContext, world: Any) -> None:
    site, _unit = _ids(ctx)
    allocations.allocate(
        ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 1), date(2016, 11, 1))
    )
    with pytest.raises(ValidationError, match=r"Værelse 1"):
        register.retire_site(ctx, site, 1, date(2016, 10, 25))
    register.retire_site(ctx, site, 1, date(2016, 11, 1))
    tree = register_tree(ctx)
    assert tree[0].retired_on == date(2016, 11, 1)
    assert {r.retired_on for r in tree[0].units[0].rooms} == {date(2016, 11, 1)}
    assert tree[0].units[0].retired_on == date(2016, 11, 1)


def test_a_retired_site_comes_back_into_use_with_what_went_with_it(ctx: AppContext, world: Any) -> None:
    site, unit = _ids(ctx)
    register.retire_room(ctx, world.room2, 1, date(2016, 10, 1))  # on its own, earlier
    register.retire_site(ctx, site, 1, date(2016, 11, 1))
    with pytest.raises(ValidationError, match="Søndergade er taget ud af brug fra 01-11-2016"):
        register.add_unit(ctx, site, "Gang B", 4)
    with pytest.raises(ValidationError, match="Søndergade"):
        register.reinstate(ctx, "unit", unit, 2)  # its site is still retired
    register.reinstate(ctx, "site", site, 2)
    tree = register_tree(ctx)[0]
    assert tree.retired_on is None and tree.units[0].retired_on is None
    rooms = {r.id: r.retired_on for r in tree.units[0].rooms}
    assert rooms == {world.room1: None, world.room2: date(2016, 10, 1)}
    register.add_unit(ctx, site, "Gang B", 4)
