"""Demo data: a believable integration team's world, generated from a seed.

``seed_demo`` fills an empty database with users, quotas, households and their arrival notices,
temporary housing and who lived where, contracts with their activities, weekly hours, deadlines,
health records and funding events: enough for every screen and report to show real-looking work.

The world is fully determined by ``scale`` and ``seed``: one ``random.Random`` makes every choice,
the demo's "today" is fixed (``demo_today``), and no unordered collection decides an order. At
scale 1 it is the seed text's situation seven months into the 2016 quota (72 persons from 1 March
2016 to 28 February 2017); at scale N there are N consecutive yearly quotas and N times the housing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from integration_desk.db.demo_housing import HousingPlanner
from integration_desk.db.demo_names import ASYLUM_CENTRES, LANGUAGE, NOTICE_NOTES, VISIT_NOTES
from integration_desk.db.demo_people import QUOTA_PERSONS, Home, PeopleFactory, Spec, display_name
from integration_desk.db.demo_programme import ProgrammePlanner
from integration_desk.db.models import (
    ArrivalNotice,
    Household,
    Person,
    PersonKind,
    PersonStatus,
    Quota,
    Role,
    User,
)
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.deadlines import add_months, takeover_date
from integration_desk.domain.people import Sex
from integration_desk.formats import fmt_date

# About 10 % of all persons: family-reunified persons do not count against the quota.
FAMILY_REUNIFIED_PER_QUOTA = 8
FIRST_QUOTA_START = date(2016, 3, 1)
MAX_SCALE = 30
# The username stamped in created_by/updated_by of every seeded row.
DEMO_LOADER = "demo"
_CASEWORKERS = ("mette", "jonas", "fatima")


@dataclass(frozen=True)
class DemoUser:
    username: str
    display_name: str
    role: Role


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("admin", "Administrator", Role.ADMIN),
    DemoUser("birgit", "Birgit Sørensen", Role.TEAMLEAD),
    DemoUser("mette", "Mette Holm", Role.CASEWORKER),
    DemoUser("jonas", "Jonas Krogh", Role.CASEWORKER),
    DemoUser("fatima", "Fatima El-Sayed", Role.CASEWORKER),
    DemoUser("lars", "Lars Bech", Role.HOUSING),
    DemoUser("revisor", "Revisor", Role.READONLY),
)


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind ``seed_demo`` wrote, and the demo world's "today"."""

    users: int
    households: int
    persons: int
    quotas: int
    notices: int
    sites: int
    units: int
    rooms: int
    closures: int
    allocations: int
    contracts: int
    activities: int
    hour_entries: int
    deadlines: int
    health_records: int
    funding_events: int
    today: date


def quota_period(index: int) -> tuple[date, date]:
    """First and last day of the demo's quota period number ``index`` (0 = March 2016 – February 2017)."""
    start = add_months(FIRST_QUOTA_START, 12 * index)
    return start, add_months(start, 12) - timedelta(days=1)


def demo_today(scale: int) -> date:
    """The demo world's "today": seven months (and two days) into the last quota period.

    Scale 1 gives Monday 3 October 2016, scale 10 gives 3 October 2025.
    """
    _check_scale(scale)
    last_start, _ = quota_period(scale - 1)
    return add_months(last_start, 7) + timedelta(days=2)


def seed_demo(engine: Engine, *, scale: int = 1, seed: int = 1) -> DemoSummary | None:
    """Fill an empty database with demo data in one transaction; None (nothing written) if not empty.

    "Not empty" means the database already holds persons or users: demo data must never mix with
    real cases, and a second run must not double the world.
    """
    _check_scale(scale)
    with UnitOfWork(engine, DEMO_LOADER) as uow:
        session = uow.session
        if (
            session.scalar(select(Person.id).limit(1)) is not None
            or session.scalar(select(User.id).limit(1)) is not None
        ):
            return None
        summary = _World(session, scale, random.Random(seed)).build()
        uow.commit()
    return summary


def _check_scale(scale: int) -> None:
    if not 1 <= scale <= MAX_SCALE:
        raise ValueError(f"scale must be between 1 and {MAX_SCALE}, not {scale}")


class _World:
    def __init__(self, session: Session, scale: int, rng: random.Random) -> None:
        self.session = session
        self.scale = scale
        self.rng = rng
        self.today = demo_today(scale)
        self.users: dict[str, User] = {}
        self.homes: list[Home] = []
        self.quotas: list[Quota] = []
        self.people = PeopleFactory(rng)

    def build(self) -> DemoSummary:
        self._users()
        for index in range(self.scale):
            self._quota_period(index)
        self._references()
        housing = HousingPlanner(self.session, self.rng, self.scale, self.today)
        housing.build(self.homes)
        self._statuses()
        self.session.flush()
        programme = ProgrammePlanner(self.session, self.rng, self.today, self.users)
        counts = programme.build(self.homes)
        return DemoSummary(
            users=len(self.users),
            households=len(self.homes),
            persons=sum(len(home.persons) for home in self.homes),
            quotas=len(self.quotas),
            notices=len(self.homes),
            sites=housing.sites,
            units=housing.units,
            rooms=housing.rooms,
            closures=housing.closures,
            allocations=housing.allocations,
            contracts=counts.contracts,
            activities=counts.activities,
            hour_entries=counts.hour_entries,
            deadlines=counts.deadlines,
            health_records=counts.health_records,
            funding_events=counts.funding_events,
            today=self.today,
        )

    # -- users and quotas ------------------------------------------------------------------------

    def _users(self) -> None:
        for demo_user in DEMO_USERS:
            user = User(
                username=demo_user.username, display_name=demo_user.display_name, role=demo_user.role.value
            )
            self.session.add(user)
            self.users[demo_user.username] = user
        self.session.flush()

    def _quota_period(self, index: int) -> None:
        rng, today = self.rng, self.today
        start, end = quota_period(index)
        quota = Quota(
            starts_on=start,
            ends_on=end,
            persons=QUOTA_PERSONS,
            notes=f"Kommunekvote {start.year}/{end.year % 100:02d} fra Udlændingestyrelsen",
        )
        self.session.add(quota)
        self.quotas.append(quota)
        last = index == self.scale - 1
        # Notices come 30-60 days ahead, and a notice not yet received is not in the database:
        # in the running period every quota person is announced by today, arriving by today + 55.
        window_end = today + timedelta(days=55) if last else end
        shapes = self.people.quota_shapes()
        if last:
            future = set(rng.sample(range(len(shapes)), max(4, round(len(shapes) * 0.15))))
        else:
            future = set()
        # A few notices give less than the 30 days the rules expect: the app warns about them.
        short_notice = set(rng.sample(range(len(shapes)), max(2, round(len(shapes) * 0.08))))
        planned: list[tuple[date, int]] = []
        for position in range(len(shapes)):
            if position in future:
                arrival = self._weekday(self._between(today + timedelta(days=1), window_end), forward=True)
            else:
                latest = today if last else end
                arrival = self._weekday(self._between(start + timedelta(days=2), latest), forward=False)
            planned.append((arrival, position))
        planned.sort()
        period_homes = []
        for arrival, position in planned:
            nationality, shape, size = shapes[position]
            specs = self.people.household(nationality, shape, size)
            period_homes.append(
                self._home(nationality, specs, arrival, quota, PersonKind.QUOTA, "", position in short_notice)
            )
        self._family_reunified(period_homes, window_end)

    def _family_reunified(self, period_homes: list[Home], window_end: date) -> None:
        """Spouses and children joining a single man of this period, as separate later households."""
        rng = self.rng
        sizes: list[int] = []
        remaining = FAMILY_REUNIFIED_PER_QUOTA
        while remaining > 0:
            size = min(remaining, rng.choice((1, 2, 3, 3, 4)))
            sizes.append(size)
            remaining -= size
        sponsors = [
            home
            for home in period_homes
            if len(home.specs) == 1
            and home.specs[0].sex is Sex.MALE
            and home.specs[0].age >= 21
            and home.notice.expected_arrival_on <= window_end - timedelta(days=90)
        ]
        chosen = rng.sample(sponsors, min(len(sizes), len(sponsors)))
        for number, size in enumerate(sizes if chosen else []):
            sponsor = chosen[number % len(chosen)]
            head = sponsor.specs[0]
            sponsor_arrival = sponsor.notice.expected_arrival_on
            arrival = min(window_end, sponsor_arrival + timedelta(days=rng.randint(90, 300)))
            if arrival > self.today:
                arrival = self._weekday(arrival, forward=True)
            else:
                arrival = self._weekday(arrival, forward=False)
            specs = self.people.reunified(head, sponsor.nationality, size)
            note = f"Familiesammenført med {head.full_name}, ankommet {fmt_date(sponsor_arrival)}"
            kind = PersonKind.FAMILY_REUNIFIED
            self._home(sponsor.nationality, specs, arrival, None, kind, note, rng.random() < 0.1)

    # -- households ----------------------------------------------------------------------------

    def _home(
        self,
        nationality: str,
        specs: list[Spec],
        arrival: date,
        quota: Quota | None,
        kind: PersonKind,
        note: str,
        short_notice: bool,
    ) -> Home:
        rng, today = self.rng, self.today
        caseworker = self.users[rng.choice(_CASEWORKERS)]
        notice = self._notice(arrival, nationality, caseworker, quota, note, short_notice)
        household = Household(display_name=display_name(specs), notes=note)
        notice.household = household
        people, persons = self.people, []
        for spec in specs:
            birth = people.birth(spec.age, notice.decision_on, nationality)
            has_cpr = (
                notice.arrived_on is not None
                and (today - notice.arrived_on).days > 10
                and rng.random() < 0.95
            )
            person = Person(
                household=household,
                given_name=spec.given[0],
                family_name=spec.family[0],
                native_name=f"{spec.given[1]} {spec.family[1]}",
                birth_date=birth,
                sex=spec.sex.value,
                nationality=nationality,
                languages=people.languages(nationality, spec.age),
                relation=spec.relation,
                cpr=people.cpr(birth, spec.sex) if has_cpr else None,
                udl_nr=people.udl_nr(),
                status=PersonStatus.EXPECTED.value,
                kind=kind.value,
                caseworker=caseworker,
                takeover_date=notice.takeover_on,
            )
            persons.append(person)
        self.session.add(household)
        self.session.add(notice)
        self.session.add_all(persons)
        home = Home(len(self.homes), household, notice, persons, specs, caseworker, nationality)
        self.homes.append(home)
        return home

    def _notice(
        self,
        expected: date,
        nationality: str,
        caseworker: User,
        quota: Quota | None,
        note: str,
        short_notice: bool,
    ) -> ArrivalNotice:
        rng, today = self.rng, self.today
        received, decision = self._notice_dates(expected, short_notice)
        takeover, agreed = takeover_date(decision), False
        if expected < takeover and rng.random() < 0.08:
            takeover, agreed = expected, True  # taken over earlier by agreement with the immigration service
        notice = ArrivalNotice(
            quota=quota,
            reference="",  # numbered in order of receipt once every notice exists
            received_on=received,
            decision_on=decision,
            expected_arrival_on=expected,
            takeover_on=takeover,
            takeover_agreed=agreed,
            asylum_centre=rng.choice(ASYLUM_CENTRES),
            notes=note or (rng.choice(NOTICE_NOTES) if rng.random() < 0.12 else ""),
            arrived_on=expected if expected <= today else None,
        )
        visit_on = self._weekday(expected - timedelta(days=rng.randint(7, 14)), forward=False)
        if rng.random() < 0.4 and visit_on > received:
            notice.visit_on = visit_on
            notice.visit_by = caseworker.display_name + (" og Lars Bech" if rng.random() < 0.25 else "")
            if rng.random() < 0.65:
                notice.visit_interpreter_needed = True
                notice.visit_interpreter_language = LANGUAGE[nationality]
            notice.visit_notes = rng.choice(VISIT_NOTES) if visit_on <= today else ""
        return notice

    def _notice_dates(self, expected: date, short_notice: bool) -> tuple[date, date]:
        """(received_on, decision_on): usually 30-60 days' notice, and arrival before the takeover.

        Takeover follows from the decision month (end of the next month), so a decision from the
        month before the arrival month on lets the person arrive before the municipality takes over.
        """
        rng, today = self.rng, self.today
        latest_decision = expected - timedelta(days=31)
        earliest_decision = add_months(expected.replace(day=1), -1)
        if short_notice:
            received = expected - timedelta(days=rng.randint(14, 27))
            decision = received - timedelta(days=rng.randint(1, 10))
        else:
            if earliest_decision <= latest_decision and rng.random() < 0.9:
                decision = self._between(earliest_decision, latest_decision)
            else:
                decision = expected - timedelta(days=rng.randint(31, 60))
            received = min(decision + timedelta(days=rng.randint(1, 10)), expected - timedelta(days=30))
        received = self._weekday(received, forward=False)
        if received > today:  # a notice not received yet would not be in the database
            received = self._weekday(today - timedelta(days=rng.randint(0, 3)), forward=False)
        decision = self._weekday(min(decision, received - timedelta(days=1)), forward=False)
        return received, decision

    def _references(self) -> None:
        """US-YYYY-NNNN, numbered per year in the order the notices were received."""
        counters: dict[int, int] = {}
        for home in sorted(self.homes, key=lambda h: (h.notice.received_on, h.index)):
            year = home.notice.received_on.year
            counters[year] = counters.get(year, 0) + 1
            home.notice.reference = f"US-{year}-{counters[year]:04d}"

    def _statuses(self) -> None:
        for home in self.homes:
            if home.arrived_on is None:
                status = PersonStatus.EXPECTED
            elif home.left_on is None:
                status = PersonStatus.ARRIVED
            elif home.moved_away:
                status = PersonStatus.MOVED_AWAY
            else:
                status = PersonStatus.HOUSED_PERMANENTLY
            for person in home.persons:
                person.status = status.value

    # -- dates -----------------------------------------------------------------------------------

    def _between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    @staticmethod
    def _weekday(day: date, *, forward: bool) -> date:
        """The day itself on Monday to Friday, else the next Monday or the previous Friday."""
        if day.weekday() < 5:
            return day
        if forward:
            return day + timedelta(days=7 - day.weekday())
        return day - timedelta(days=day.weekday() - 4)
