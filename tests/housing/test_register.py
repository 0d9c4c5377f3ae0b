"""The register: a room with residents is retired, not deleted; closures never cover a stay."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from integration_desk.domain.errors import ValidationError
from integration_desk.services import housing_allocations as allocations
from integration_desk.services import housing_register as register
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput


def test_register_rooms_closures_and_retirement(ctx: AppContext, world: Any) -> None:
    site = register.add_site(ctx, "Nørregade", "Nørregade 4")
    unit = register.add_unit(ctx, site, "Lejlighed 1", 5, "stuen, uden trin")
    room = register.add_room(ctx, unit, "1", 2)
    register.delete_room(ctx, room, 1)  # never used: may go
    allocations.allocate(
        ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 1), date(2016, 11, 1))
    )
    with pytest.raises(ValidationError, match="kan ikke slettes"):
        register.delete_room(ctx, world.room1, 1)
    with pytest.raises(ValidationError):
        register.retire_room(ctx, world.room1, 1, date(2016, 10, 15))
    register.retire_room(ctx, world.room1, 1, date(2016, 11, 1))
    register.add_closure(ctx, world.room2, date(2016, 10, 1), date(2016, 10, 3), "cleaning")
    with pytest.raises(ValidationError):
        register.add_closure(ctx, world.room2, date(2016, 10, 5), date(2016, 10, 3), "repair")
    allocations.allocate(ctx, AllocationInput(world.room2, world.ali, 3, date(2016, 10, 4)))
    with pytest.raises(ValidationError, match="04-10-2016"):
        register.add_closure(ctx, world.room2, date(2016, 12, 1), date(2016, 12, 3), "repair")
