"""A small housing world: one site, one unit of two rooms, two households."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from integration_desk.db.models import Household, HousingSite, HousingUnit, Person, Room
from integration_desk.services.context import AppContext


@dataclass(frozen=True)
class World:
    room1: int
    room2: int
    hansen: int
    ali: int


@pytest.fixture
def world(ctx: AppContext) -> World:
    with ctx.uow() as uow:
        site = HousingSite(name="Søndergade", address="Søndergade 1")
        unit = HousingUnit(site=site, name="Gang A", max_persons=4)
        room1 = Room(unit=unit, name="1", beds=2)
        room2 = Room(unit=unit, name="2", beds=3)
        hansen = Household(display_name="Familien Hansen")
        ali = Household(display_name="Familien Ali")
        uow.session.add_all([site, unit, room1, room2, hansen, ali])
        uow.session.flush()
        for household, count in ((hansen, 2), (ali, 3)):
            for index in range(count):
                uow.session.add(
                    Person(
                        household_id=household.id,
                        given_name=f"P{index}",
                        family_name=household.display_name,
                        status="arrived",
                        kind="quota",
                    )
                )
        uow.commit()
        return World(room1.id, room2.id, hansen.id, ali.id)
