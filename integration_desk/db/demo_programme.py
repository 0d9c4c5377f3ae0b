"""Demo data, part three: each arrived adult's case - deadlines, contracts and activities, health
records and funding events (the weekly hours follow in ``demo_hours``).

One timeline per adult ties them together: the day the contract was concluded is the day its
deadline was done, Danish classes start after the referral, an overdue deadline is one whose task
has not been done yet, a person who moved away has no open deadlines left here.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration_desk.db.demo_hours import HourRegister
from integration_desk.db.demo_names import (
    DANISH_MODULES,
    DANISH_SCHOOL,
    EDUCATION_GOALS,
    EDUCATION_STARTS,
    FAMILY_NAMES,
    GIVEN_NAMES,
    HEALTH_DECLINED,
    HEALTH_DONE_NOTES,
    HEALTH_PENDING,
    LANGUAGE,
    MENTOR_PROVIDER,
    UPSKILLING,
    WORKPLACES,
)
from integration_desk.db.models import (
    ActivityKind,
    Contract,
    ContractActivity,
    ContractStatus,
    Deadline,
    FundingEvent,
    FundingEventKind,
    HealthRecord,
    Person,
    RuleSetRow,
    User,
)
from integration_desk.domain.deadlines import Deadline as DueDate
from integration_desk.domain.deadlines import (
    DeadlineKind,
    add_months,
    deadlines_for,
    programme_end,
    programme_extension_deadline,
)
from integration_desk.domain.people import age_on, is_adult
from integration_desk.domain.programme_end import ProgrammeEndReason
from integration_desk.domain.rules import RuleSet, rule_set_in_force

if TYPE_CHECKING:
    from integration_desk.db.demo_people import Home

WEEKLY_HOURS = Decimal(37)
DANISH_HOURS = tuple(Decimal(h) for h in ("12", "12.5", "13", "13.5", "14", "15"))
MENTOR_HOURS = Decimal(2)
IGU_FROM = date(2016, 7, 1)  # the basic-training job exists from 1 July 2016
_ACTIVITY_NOTES = {
    ActivityKind.WORK_PLACEMENT: "Virksomhedspraktik som {title}",
    ActivityKind.WAGE_SUBSIDY: "Ansættelse med løntilskud som {title}",
    ActivityKind.IGU: "IGU som {title}",
    ActivityKind.JOB_TRAINING: "Jobtræning som {title}",
    ActivityKind.UPSKILLING: "Kursus forud for job som {title}",
}
Workplace = tuple[str, str, str]  # (company, line of work, job title)


@dataclass
class ProgrammeCounts:
    contracts: int = 0
    activities: int = 0
    hour_entries: int = 0
    deadlines: int = 0
    health_records: int = 0
    funding_events: int = 0


@dataclass(frozen=True)
class _Exit:
    """An ordinary job or an education: the employment activities stop the day before."""

    kind: FundingEventKind
    on: date
    details: str


class ProgrammePlanner:
    def __init__(self, session: Session, rng: random.Random, today: date, users: dict[str, User]) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.users = users
        self.counts = ProgrammeCounts()
        self._rule_sets: list[tuple[RuleSet, int]] = []
        self._hours: HourRegister | None = None
        self._signed: dict[int, Contract] = {}  # person id -> the version in force

    def build(self, homes: list[Home]) -> ProgrammeCounts:
        fields = [field.name for field in dataclasses.fields(RuleSet)]
        rows = self.session.scalars(select(RuleSetRow).order_by(RuleSetRow.effective_from))
        self._rule_sets = [(RuleSet(**{name: getattr(row, name) for name in fields}), row.id) for row in rows]
        hours = HourRegister(
            self.session, self.rng, self.today, [rule_set for rule_set, _ in self._rule_sets]
        )
        self._hours = hours
        for home in homes:
            if home.arrived_on is None:
                continue
            for person in home.persons:
                assert person.birth_date is not None
                if person.birth_date <= home.notice.takeover_on and is_adult(
                    person.birth_date, home.notice.takeover_on
                ):
                    self._adult(home, person)
        self.session.flush()
        self.counts.hour_entries = hours.write()
        return self.counts

    def _rules_on(self, on: date) -> tuple[RuleSet, int]:
        rules = rule_set_in_force([rule_set for rule_set, _ in self._rule_sets], on)
        return next((rs, rs_id) for rs, rs_id in self._rule_sets if rs is rules)

    # -- one adult's case ------------------------------------------------------------------------

    def _adult(self, home: Home, person: Person) -> None:
        rng, today = self.rng, self.today
        takeover = home.notice.takeover_on
        assert home.arrived_on is not None
        rules, rule_set_id = self._rules_on(takeover)
        caseworker = home.caseworker
        base = max(takeover, home.arrived_on)
        case_end = home.left_on if home.moved_away else None  # the case moved to another municipality
        horizon = min(today, case_end) if case_end else today
        deadlines = deadlines_for(takeover, rules)
        due = {deadline.kind: deadline.due_on for deadline in deadlines}
        health_due = due.get(DeadlineKind.HEALTH_ASSESSMENT, base + timedelta(days=180))
        events = {
            DeadlineKind.CONTRACT: self._event(base, 5, 27, due[DeadlineKind.CONTRACT], 0.08),
            DeadlineKind.DANISH_REFERRAL: self._event(base, 2, 20, due[DeadlineKind.DANISH_REFERRAL], 0.06),
            DeadlineKind.FIRST_OFFER: self._event(
                base, 3, max(4, rules.first_offer_deadline_days - 1), due[DeadlineKind.FIRST_OFFER], 0.10
            ),
            DeadlineKind.HEALTH_ASSESSMENT: self._event(base, 10, 150, health_due, 0.05),
        }
        for kind, on in list(events.items()):
            # A few recent deadlines are not met yet: overdue on the caseworker's start page.
            due_on = due.get(kind)
            recent = due_on is not None and today - timedelta(days=50) <= due_on < today
            if recent and on <= today and case_end is None and rng.random() < 0.12:
                events[kind] = today + timedelta(days=rng.randint(1, 30))
        happened = {kind: on for kind, on in events.items() if on <= horizon}

        end_of_programme = programme_end(takeover, rules)
        activity_end = (
            end_of_programme if case_end is None else min(end_of_programme, case_end - timedelta(days=1))
        )
        assert person.birth_date is not None
        young = age_on(person.birth_date, takeover) < 30
        exit_ = self._exit(takeover, end_of_programme, horizon, young)
        employment_end = activity_end if exit_ is None else min(activity_end, exit_.on - timedelta(days=1))
        danish_start = _monday_on_or_after(
            events[DeadlineKind.DANISH_REFERRAL] + timedelta(days=rng.randint(5, 20))
        )
        employment_start = _monday_on_or_after(
            events[DeadlineKind.FIRST_OFFER] + timedelta(days=rng.randint(3, 14))
        )
        module = rng.choice(DANISH_MODULES)

        self._deadlines(person, deadlines, happened, horizon, case_end, rule_set_id, caseworker.username)
        self._health(person, events[DeadlineKind.HEALTH_ASSESSMENT], horizon)
        concluded = happened.get(DeadlineKind.CONTRACT)
        if concluded is not None or case_end is None:
            signed = self._contracts(
                home,
                person,
                caseworker,
                concluded,
                takeover,
                end_of_programme,
                module,
                (danish_start, activity_end),
                (employment_start, employment_end),
            )
            assert self._hours is not None
            self._hours.add(person, caseworker.username, signed)
            in_force = self._signed.get(person.id)
            if in_force is not None:
                self._extension(person, in_force, case_end, caseworker.username)
        self._funding(person, danish_start, module, exit_, horizon)

    def _event(self, base: date, low: int, high: int, due_on: date, late: float) -> date:
        """When a deadline's task was done: usually well in time, sometimes a little late."""
        if self.rng.random() < late:
            return due_on + timedelta(days=self.rng.randint(1, 25))
        return base + timedelta(days=self.rng.randint(low, high))

    def _exit(self, takeover: date, end_of_programme: date, horizon: date, young: bool) -> _Exit | None:
        """Some adults leave the programme's employment part for an ordinary job or an education."""
        rng = self.rng
        draw = rng.random()
        if draw < 0.12:
            company, _, title = rng.choice(WORKPLACES)
            on = _monday_on_or_after(takeover + timedelta(days=rng.randint(300, 900)))
            hours = rng.choice((20, 25, 30, 37))
            exit_ = _Exit(
                FundingEventKind.JOB_SIX_MONTHS,
                on,
                f"Ordinært job som {title} hos {company}, {hours} timer om ugen",
            )
        elif draw < (0.22 if young else 0.15):
            earliest = takeover + timedelta(days=rng.randint(120, 400))
            starts = (date(earliest.year, 8, 1), date(earliest.year + 1, 1, 5), date(earliest.year + 1, 8, 1))
            on = next(start for start in starts if start >= earliest)
            exit_ = _Exit(FundingEventKind.EDUCATION_START, on, rng.choice(EDUCATION_STARTS))
        else:
            return None
        if exit_.on > horizon or exit_.on >= end_of_programme:
            return None
        return exit_

    def _deadlines(
        self,
        person: Person,
        deadlines: list[DueDate],
        happened: dict[DeadlineKind, date],
        horizon: date,
        case_end: date | None,
        rule_set_id: int,
        username: str,
    ) -> None:
        for deadline in deadlines:
            if deadline.kind is DeadlineKind.PROGRAMME_END:
                done_on = deadline.due_on if deadline.due_on <= horizon else None
            else:
                done_on = happened.get(deadline.kind)
            if case_end is not None and done_on is None:
                continue  # what was still open moved with the case to the new municipality
            self.session.add(
                Deadline(
                    person_id=person.id,
                    kind=deadline.kind.value,
                    due_on=deadline.due_on,
                    done_on=done_on,
                    done_by=username if done_on else None,
                    rule_set_id=rule_set_id,
                )
            )
            self.counts.deadlines += 1

    def _extension(self, person: Person, contract: Contract, case_end: date | None, username: str) -> None:
        """The reminder to extend or end the programme, from the signed contract (services.programme_end);
        a case that moved away records that as the reason its programme ended."""
        assert contract.signed_on is not None and contract.programme_end is not None
        rules, rule_set_id = self._rules_on(contract.signed_on)
        done_on = None
        if (
            case_end is not None
            and contract.programme_start is not None
            and case_end >= contract.programme_start
        ):
            contract.programme_ended_on = done_on = case_end
            contract.programme_end_reason = ProgrammeEndReason.MOVED_AWAY.value
        self.session.add(
            Deadline(
                person_id=person.id,
                kind=DeadlineKind.PROGRAMME_EXTENSION.value,
                due_on=programme_extension_deadline(contract.programme_end, rules),
                done_on=done_on,
                done_by=username if done_on else None,
                rule_set_id=rule_set_id,
            )
        )
        self.counts.deadlines += 1

    def _health(self, person: Person, offered_on: date, horizon: date) -> None:
        rng = self.rng
        if offered_on > horizon:
            return
        done_on = offered_on + timedelta(days=rng.randint(7, 60))
        if rng.random() < 0.06:
            record = HealthRecord(person_id=person.id, offered_on=offered_on, notes=HEALTH_DECLINED)
        elif done_on <= horizon:
            record = HealthRecord(
                person_id=person.id,
                offered_on=offered_on,
                done_on=done_on,
                notes=rng.choice(HEALTH_DONE_NOTES),
            )
        else:
            record = HealthRecord(person_id=person.id, offered_on=offered_on, notes=HEALTH_PENDING)
        self.session.add(record)
        self.counts.health_records += 1

    # -- contracts and activities ----------------------------------------------------------------

    def _contracts(
        self,
        home: Home,
        person: Person,
        caseworker: User,
        concluded: date | None,
        takeover: date,
        end_of_programme: date,
        module: str,
        danish: tuple[date, date],
        employment: tuple[date, date],
    ) -> tuple[ContractActivity, ...]:
        """Version 1, sometimes a version 2; returns the activities of signed versions."""
        rng, today = self.rng, self.today
        workplace = rng.choice(WORKPLACES)
        interpreter_given = rng.choice(GIVEN_NAMES[(home.nationality, rng.choice(("female", "male")))])[0]
        interpreter = f"{interpreter_given} {rng.choice(FAMILY_NAMES[home.nationality])[0]}"
        common = {
            "person": person,
            "caseworker_id": caseworker.id,
            "programme_start": takeover,
            "programme_end": end_of_programme,
            "education_goal": rng.choice(EDUCATION_GOALS) if rng.random() < 0.3 else "",
            "interpreter_name": interpreter if rng.random() < 0.8 else "",
            "interpreter_language": LANGUAGE[home.nationality],
            "sections": "{}",
        }
        first = Contract(version_no=1, employment_goal=_goal(workplace), **common)
        self._add_contract(first)
        if concluded is None:
            first.status = (ContractStatus.READY if rng.random() < 0.3 else ContractStatus.DRAFT).value
            self._activities(first, module, danish, employment, workplace, chain=True)
            return ()
        self._sign(first, concluded)
        revised_on: date | None = None
        if rng.random() < 0.22:
            candidate = _monday_on_or_after(concluded + timedelta(days=rng.randint(120, 540)))
            if candidate <= today and candidate <= min(danish[1], employment[1]) - timedelta(days=30):
                revised_on = candidate
        if revised_on is None:
            return self._activities(first, module, danish, employment, workplace, chain=True)
        # A revision being drafted right now leaves version 1 in force until it is signed.
        draft = (today - revised_on).days < 28 and rng.random() < 0.6
        new_workplace = rng.choice(WORKPLACES) if rng.random() < 0.5 else workplace
        second = Contract(version_no=2, employment_goal=_goal(new_workplace), **common)
        self._add_contract(second)
        if draft:
            second.status = ContractStatus.DRAFT.value
            starts = _monday_on_or_after(revised_on + timedelta(days=14))
            self._activities(
                second, module, (starts, danish[1]), (starts, employment[1]), new_workplace, chain=False
            )
            return self._activities(first, module, danish, employment, workplace, chain=True)
        self._sign(second, revised_on)
        first.status = ContractStatus.SUPERSEDED.value
        cut = revised_on - timedelta(days=1)
        before = self._activities(
            first,
            module,
            (danish[0], min(danish[1], cut)),
            (employment[0], min(employment[1], cut)),
            workplace,
            chain=True,
        )
        after = self._activities(
            second, module, (revised_on, danish[1]), (revised_on, employment[1]), new_workplace, chain=False
        )
        return before + after

    def _add_contract(self, contract: Contract) -> None:
        self.session.add(contract)
        self.counts.contracts += 1

    def _sign(self, contract: Contract, concluded: date) -> None:
        signed_on = min(self.today, concluded + timedelta(days=self.rng.choice((0, 0, 0, 1, 2))))
        contract.status = ContractStatus.SIGNED.value
        contract.concluded_on = concluded
        contract.signed_on = signed_on
        contract.signed_by_caseworker_on = min(
            self.today, signed_on + timedelta(days=self.rng.choice((0, 0, 1, 3)))
        )
        contract.paper_copy_received = True
        self._signed[contract.person.id] = contract

    def _activities(
        self,
        contract: Contract,
        module: str,
        danish: tuple[date, date],
        employment: tuple[date, date],
        workplace: Workplace,
        *,
        chain: bool,
    ) -> tuple[ContractActivity, ...]:
        """Danish classes plus one or two employment activities (and sometimes a mentor): ~37 h a week."""
        rng = self.rng
        danish_hours = rng.choice(DANISH_HOURS)
        mentor = rng.random() < 0.15
        employment_hours = WEEKLY_HOURS - danish_hours - (MENTOR_HOURS if mentor else 0)
        if rng.random() < 0.25:
            # Some programmes fall short of 37 hours: part-time placements, childcare, health.
            employment_hours = max(Decimal(5), employment_hours - rng.choice((4, 6, 8, 10, 15)))
        added: list[ContractActivity] = []

        def add(
            kind: ActivityKind, provider: str, span: tuple[date, date], hours: Decimal, notes: str
        ) -> None:
            if span[0] <= span[1]:
                added.append(
                    ContractActivity(
                        contract=contract,
                        kind=kind.value,
                        provider=provider,
                        starts_on=span[0],
                        ends_on=span[1],
                        hours_per_week=hours,
                        notes=notes,
                    )
                )

        add(ActivityKind.DANISH_CLASSES, DANISH_SCHOOL, danish, danish_hours, module)
        start, end = employment
        if not chain:
            kinds = [ActivityKind.WAGE_SUBSIDY, ActivityKind.JOB_TRAINING, ActivityKind.UPSKILLING]
            if start >= IGU_FROM:
                kinds.append(ActivityKind.IGU)
            kind = rng.choice(kinds)
            add(kind, self._provider(kind, workplace), (start, end), employment_hours, _note(kind, workplace))
        elif (end - start).days > 150 and rng.random() < 0.6:
            first_kind = rng.choices(
                (ActivityKind.WORK_PLACEMENT, ActivityKind.JOB_TRAINING, ActivityKind.UPSKILLING),
                (65, 20, 15),
            )[0]
            first_end = start + timedelta(weeks=rng.randint(8, 13), days=-3)  # a Friday
            add(
                first_kind,
                self._provider(first_kind, workplace),
                (start, first_end),
                employment_hours,
                _note(first_kind, workplace),
            )
            second_start = first_end + timedelta(days=3 + rng.choice((0, 0, 0, 7, 14)))
            kinds = [ActivityKind.WAGE_SUBSIDY, ActivityKind.JOB_TRAINING, ActivityKind.WORK_PLACEMENT]
            if second_start >= IGU_FROM:
                kinds.append(ActivityKind.IGU)
            kind = rng.choice(kinds)
            add(
                kind,
                self._provider(kind, workplace),
                (second_start, end),
                employment_hours,
                _note(kind, workplace),
            )
        else:
            kind = rng.choice((ActivityKind.JOB_TRAINING, ActivityKind.WAGE_SUBSIDY))
            add(kind, self._provider(kind, workplace), (start, end), employment_hours, _note(kind, workplace))
        if mentor:
            add(ActivityKind.MENTOR, MENTOR_PROVIDER, employment, MENTOR_HOURS, "Ugentlig samtale med mentor")
        self.session.add_all(added)
        self.counts.activities += len(added)
        return tuple(added)

    def _provider(self, kind: ActivityKind, workplace: Workplace) -> str:
        return self.rng.choice(UPSKILLING) if kind is ActivityKind.UPSKILLING else workplace[0]

    def _funding(
        self, person: Person, danish_start: date, module: str, exit_: _Exit | None, horizon: date
    ) -> None:
        rng = self.rng
        events: list[FundingEvent] = []
        if rng.random() < 0.45:
            passed = danish_start + timedelta(days=rng.randint(300, 700))
            if passed <= horizon:
                test = f"Prøve i Dansk {module[2]}"  # the test that ends the track: DU1 -> PD1 ...
                events.append(
                    FundingEvent(
                        person_id=person.id,
                        kind=FundingEventKind.DANISH_TEST_PASSED.value,
                        occurred_on=passed,
                        details=f"{test} bestået, {DANISH_SCHOOL}",
                    )
                )
        if exit_ is not None:
            if exit_.kind is FundingEventKind.JOB_SIX_MONTHS:
                ends_on = add_months(exit_.on, 6) - timedelta(days=1)
                if ends_on < self.today:  # the grant is earned after six continuous months
                    events.append(
                        FundingEvent(
                            person_id=person.id,
                            kind=exit_.kind.value,
                            occurred_on=exit_.on,
                            ends_on=ends_on,
                            details=exit_.details,
                        )
                    )
            else:
                events.append(
                    FundingEvent(
                        person_id=person.id,
                        kind=exit_.kind.value,
                        occurred_on=exit_.on,
                        details=exit_.details,
                    )
                )
        self.session.add_all(events)
        self.counts.funding_events += len(events)


def _goal(workplace: Workplace) -> str:
    return f"Ordinært job inden for {workplace[1]}"


def _note(kind: ActivityKind, workplace: Workplace) -> str:
    return _ACTIVITY_NOTES.get(kind, "").format(title=workplace[2])


def _monday_on_or_after(day: date) -> date:
    return day + timedelta(days=-day.weekday() % 7)
