"""Demo data, part one: who the people are - households, names, birth dates, CPR and udl. numbers.

Households are built as ``Spec`` lists first (relation, sex, age, names); ``demo`` turns them into
rows once the arrival notice fixes the decision date that the ages are counted from.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from integration_desk.db.demo_names import ERITREA, FAMILY_NAMES, GIVEN_NAMES, LANGUAGE, SYRIA, Name
from integration_desk.db.models import ArrivalNotice, Household, Person, User
from integration_desk.domain.cpr import parse_cpr
from integration_desk.domain.people import Sex

QUOTA_PERSONS = 72
MAIN_PERSON, SPOUSE, CHILD = "hovedperson", "ægtefælle", "barn"
_MODULUS11_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


@dataclass(frozen=True)
class Spec:
    """One member of a household to be, relative to the household's main person."""

    relation: str
    sex: Sex
    age: int  # completed years on the placement decision date
    given: Name
    family: Name

    @property
    def full_name(self) -> str:
        return f"{self.given[0]} {self.family[0]}"


def display_name(specs: list[Spec]) -> str:
    """A single person by name; a family by the children's family name ("Familien Al-Ahmad")."""
    children = [spec for spec in specs if spec.relation == CHILD]
    if children:
        return f"Familien {children[0].family[0]}"
    if len(specs) > 1:
        return f"Familien {specs[0].family[0]}"
    return specs[0].full_name


class PeopleFactory:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._used_cpr: set[str] = set()
        self._used_udl: set[str] = set()

    # -- households ------------------------------------------------------------------------------

    def quota_shapes(self) -> list[tuple[str, str, int]]:
        """(nationality, shape, size) of households making exactly QUOTA_PERSONS persons."""
        rng = self.rng
        shapes: list[tuple[str, str, int]] = []
        remaining = QUOTA_PERSONS
        while remaining > 0:
            draw = rng.random()
            if draw < 0.45:
                shape, size = "single", 1
            elif draw < 0.55:
                shape, size = "couple", 2
            else:
                shape, size = "family", rng.choice((3, 4, 4, 5, 5, 6))
            if size > remaining:
                size = remaining
                shape = {1: "single", 2: "couple"}.get(size, "family")
            # The 2016 arrivals: Eritreans mostly came as single young men, Syrians also as families.
            if shape == "single":
                nationality = rng.choice((SYRIA, ERITREA))
            else:
                nationality = SYRIA if rng.random() < 0.75 else ERITREA
            shapes.append((nationality, shape, size))
            remaining -= size
        return shapes

    def household(self, nationality: str, shape: str, size: int) -> list[Spec]:
        """A single (mostly a young man), a couple, or a family with 1-4 children."""
        rng = self.rng
        if shape == "single":
            sex = Sex.MALE if rng.random() < 0.8 else Sex.FEMALE
            age = 18 + round(rng.triangular(1, 24, 5)) if sex is Sex.MALE else rng.randint(19, 42)
            return [Spec(MAIN_PERSON, sex, age, self._given(nationality, sex, []), self._family(nationality))]
        father_age = round(rng.triangular(23, 58, 34))
        mother_age = max(20, father_age - rng.randint(0, 9))
        father_given = self._given(nationality, Sex.MALE, [])
        father = Spec(MAIN_PERSON, Sex.MALE, father_age, father_given, self._family(nationality))
        # A wife keeps her own family name (Syria) or her own father's name (Eritrea).
        mother_given = self._given(nationality, Sex.FEMALE, [])
        mother_family = self._family(nationality, avoid=father.family)
        if shape == "couple":
            return [father, Spec(SPOUSE, Sex.FEMALE, mother_age, mother_given, mother_family)]
        if rng.random() < 0.15:  # a mother alone with her children
            mother = Spec(MAIN_PERSON, Sex.FEMALE, mother_age, mother_given, mother_family)
            parents = [mother]
        else:
            mother = Spec(SPOUSE, Sex.FEMALE, mother_age, mother_given, mother_family)
            parents = [father, mother]
        taken = [parent.given[0] for parent in parents]
        children = self._children(
            nationality, size - len(parents), mother_age, _childrens_family(nationality, father), taken
        )
        return [*parents, *children]

    def reunified(self, sponsor: Spec, nationality: str, size: int) -> list[Spec]:
        """A wife and children joining ``sponsor``, who came alone."""
        wife_age = max(19, sponsor.age - self.rng.randint(0, 8))
        wife_given = self._given(nationality, Sex.FEMALE, [])
        wife = Spec(
            MAIN_PERSON, Sex.FEMALE, wife_age, wife_given, self._family(nationality, avoid=sponsor.family)
        )
        children = self._children(
            nationality, size - 1, wife_age, _childrens_family(nationality, sponsor), [wife_given[0]]
        )
        return [wife, *children]

    def _children(
        self, nationality: str, count: int, mother_age: int, family: Name, taken: list[str]
    ) -> list[Spec]:
        rng = self.rng
        oldest = max(0, min(17, mother_age - 18))
        ages = sorted((rng.randint(0, oldest) for _ in range(count)), reverse=True)
        if ages and mother_age >= 38 and rng.random() < 0.1:
            ages[0] = rng.randint(18, 20)  # a grown-up child: an adult with a programme of their own
        children = []
        for age in ages:
            sex = rng.choice((Sex.FEMALE, Sex.MALE))
            given = self._given(nationality, sex, taken)
            taken.append(given[0])
            children.append(Spec(CHILD, sex, age, given, family))
        return children

    def _given(self, nationality: str, sex: Sex, taken: list[str]) -> Name:
        names = GIVEN_NAMES[(nationality, sex.value)]
        name = self.rng.choice(names)
        while name[0] in taken:
            name = self.rng.choice(names)
        return name

    def _family(self, nationality: str, avoid: Name | None = None) -> Name:
        name = self.rng.choice(FAMILY_NAMES[nationality])
        while name == avoid:
            name = self.rng.choice(FAMILY_NAMES[nationality])
        return name

    # -- one person ------------------------------------------------------------------------------

    def birth(self, age: int, decision: date, nationality: str) -> date:
        """A birth date making the person exactly ``age`` on the decision date."""
        rng = self.rng
        if age == 0:
            return decision - timedelta(days=rng.randint(14, 330))
        if nationality == ERITREA and age >= 16 and rng.random() < 0.35:
            month, day = 1, 1  # birthday unknown, registered as 1 January: common for Eritreans
        else:
            month, day = rng.randint(1, 12), rng.randint(1, 28)
        year = decision.year - age - (1 if (month, day) > (decision.month, decision.day) else 0)
        return date(year, month, day)

    def languages(self, nationality: str, age: int) -> str:
        language = LANGUAGE[nationality]
        if age >= 14 and self.rng.random() < 0.25:
            return f"{language}, engelsk"
        return language

    def cpr(self, birth: date, sex: Sex) -> str:
        """A new CPR number matching birth date (century digit) and sex; 1 in 10 fails modulus 11.

        Numbers issued after 1 October 2007 need not pass modulus 11, so failing ones are real.
        """
        rng = self.rng
        yy = birth.year % 100
        if birth.year < 2000:
            sevenths = [0, 1, 2, 3] + ([4, 9] if yy >= 37 else [])
        else:
            sevenths = ([4, 9] if yy <= 36 else []) + ([5, 6, 7, 8] if yy <= 57 else [])
        parity = 0 if sex is Sex.FEMALE else 1
        passes_modulus11 = rng.random() < 0.9
        while True:
            head = f"{birth:%d%m%y}{rng.choice(sevenths)}{rng.randrange(100):02d}"
            partial = sum(
                int(digit) * weight for digit, weight in zip(head, _MODULUS11_WEIGHTS, strict=False)
            )
            if passes_modulus11:
                last = -partial % 11
                if last == 10 or last % 2 != parity:
                    continue
            else:
                last = rng.choice([d for d in range(parity, 10, 2) if (partial + d) % 11 != 0])
            digits = f"{head}{last}"
            if digits in self._used_cpr:
                continue
            parsed = parse_cpr(digits)
            if (parsed.birth_date, parsed.sex, parsed.modulus11_ok) != (birth, sex, passes_modulus11):
                raise RuntimeError("the demo CPR generator is out of step with the CPR rules")
            self._used_cpr.add(digits)
            return digits

    def udl_nr(self) -> str:
        """The immigration service's own number: 8 followed by seven digits, unique."""
        while True:
            number = f"8{self.rng.randrange(10_000_000):07d}"
            if number not in self._used_udl:
                self._used_udl.add(number)
                return number


def _childrens_family(nationality: str, father: Spec) -> Name:
    """Syrian children carry the father's family name; Eritrean children his given name."""
    return father.family if nationality == SYRIA else father.given


@dataclass(eq=False)
class Home:
    """A household being generated: its rows and what the housing and programme steps need."""

    index: int  # creation order: breaks ties between equal dates
    row: Household
    notice: ArrivalNotice
    persons: list[Person]
    specs: list[Spec]
    caseworker: User
    nationality: str
    left_on: date | None = None  # moved out of temporary housing (on or before today)
    moved_away: bool = False  # ... and left the municipality

    @property
    def arrived_on(self) -> date | None:
        return self.notice.arrived_on
