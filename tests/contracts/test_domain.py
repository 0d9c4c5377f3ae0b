from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from integration_desk.domain import contracts as domain
from integration_desk.domain.contracts import ActivityInput, ContractHeader
from integration_desk.domain.contracts_diff import Change, diff_activities
from integration_desk.domain.contracts_summary import summarise
from integration_desk.domain.contracts_text import merge, missing_marker
from integration_desk.domain.programme import ActivityPlan
from integration_desk.domain.rules import DEFAULT_RULE_SETS, rule_set_in_force

RULES = rule_set_in_force(DEFAULT_RULE_SETS, date(2016, 9, 1))


def activity(
    kind: str = "danish_classes",
    start: date = date(2016, 9, 5),
    end: date = date(2016, 12, 30),
    hours: str = "15",
) -> ActivityInput:
    return ActivityInput(kind, "Sprogcenter", start, end, Decimal(hours))


def test_states_follow_the_life_of_a_contract() -> None:
    assert domain.can_change("draft", "ready")
    assert domain.can_change("ready", "signed")
    assert domain.can_change("ready", "draft")
    assert domain.can_change("signed", "superseded")
    assert not domain.can_change("signed", "draft")
    assert not domain.can_change("draft", "signed")
    assert domain.is_editable("draft") and not domain.is_editable("signed")
    assert domain.starts_new_version("signed")


def test_validation_names_each_problem_and_field() -> None:
    header = ContractHeader(date(2016, 9, 1), None, date(2016, 9, 1), date(2016, 8, 1))
    fields = {p.field for p in domain.validate(header, [], RULES, date(2016, 9, 10))}
    assert "programme_end" in fields
    header = ContractHeader(date(2016, 9, 1), None, date(2016, 9, 1), date(2017, 8, 31))
    problems = domain.validate(
        header,
        [
            activity(end=date(2018, 1, 1)),
            activity(start=date(2016, 10, 1), end=date(2016, 9, 1)),
            activity(hours="40"),
        ],
        RULES,
        date(2016, 10, 15),
    )
    by_field = {p.field: p for p in problems}
    assert by_field["activity_period"].row == 0
    assert by_field["activity_end"].row == 1
    assert by_field["activity_hours"].row == 2
    assert by_field["concluded_on"].warning  # deadline 1 Oct passed on 15 Oct
    assert all(not p.warning for p in domain.errors_only(problems))


def test_programme_may_not_exceed_the_rule_sets_maximum() -> None:
    header = ContractHeader(None, None, date(2016, 9, 1), date(2019, 9, 1))
    assert any(p.field == "programme_end" for p in domain.validate(header, [], RULES, date(2016, 9, 1)))
    assert domain.default_programme_end(date(2016, 9, 1), RULES) == date(2019, 8, 31)


def test_summary_counts_holidays_and_names_gaps() -> None:
    plans = [
        ActivityPlan("danish_classes", date(2016, 3, 21), date(2016, 4, 3), Decimal(15)),
        ActivityPlan("work_placement", date(2016, 3, 21), date(2016, 4, 3), Decimal(22)),
    ]
    summary = summarise(plans, date(2016, 3, 21), date(2016, 4, 10), RULES)
    # Easter 2016: Maundy Thursday, Good Friday, Easter Monday are not planned and not expected.
    assert [w.total for w in summary.weeks] == [Decimal("22.20"), Decimal("29.60"), Decimal(0)]
    assert summary.weeks[0].expected == Decimal("22.2")
    assert summary.average == Decimal("21.6")  # 51.8 hours over 12 working days (2.4 weeks)
    assert summary.danish_average == Decimal("8.8")
    assert [(a.week, b.week) for a, b in summary.gaps] == [(14, 14)]
    assert not summary.meets_target


def test_merge_marks_missing_and_unknown_fields() -> None:
    merged = merge(
        "Hej {fornavn} {efternavn}, {cpr} {ukendt}", {"fornavn": "Feven", "efternavn": "", "cpr": "x"}
    )
    assert merged.text.startswith("Hej Feven " + missing_marker("efternavn"))
    assert merged.missing == ("efternavn", "ukendt")
    assert merge("{fornavn}", {"fornavn": "A"}).complete


def test_diff_pairs_added_removed_and_changed() -> None:
    a, b = activity(), activity("mentor", hours="2")
    changed = activity(hours="12")
    result = diff_activities([a, b], [changed, activity("guidance", hours="3")])
    assert [c.change for c in result] == [Change.CHANGED, Change.ADDED, Change.REMOVED]
    assert result[0].old == a and result[2].old == b


@given(st.lists(st.integers(min_value=1, max_value=37), max_size=5))
def test_same_versions_have_no_changes(hours: list[int]) -> None:
    items = [activity(hours=str(h)) for h in hours]
    assert all(c.change is Change.SAME for c in diff_activities(items, list(items)))


def test_an_optional_part_is_printed_only_with_its_values() -> None:
    from integration_desk.domain.contracts_text import DEFAULT_TEMPLATES

    template = DEFAULT_TEMPLATES["data_protection"]
    with_cpr = merge(template, {"kommune": "Ballerup", "cpr": "010590-1234"})
    assert "personoplysninger, herunder dit CPR-nummer 010590-1234, for at kunne" in with_cpr.text
    without = merge(template, {"kommune": "Ballerup", "cpr": ""})
    assert without.complete
    assert "personoplysninger for at kunne" in without.text
    assert "CPR" not in without.text and "[" not in without.text
    # A required field still blocks; a misspelt one blocks inside an optional part too.
    assert merge("Hej {fornavn}[[ ({cpr})]].", {}).missing == ("fornavn",)
    assert merge("Hej[[ {cpr} {fornavm}]].", {"cpr": "x"}).missing == ("fornavm",)
    assert merge("a [[b {fornavn}]] c", {"fornavn": "F"}).text == "a b F c"
    assert merge("a [[b {fornavn}]] c", {}).text == "a c"
    assert merge("[[{fornavn}]]", {}).text == ""


def test_template_problems_name_what_is_wrong_in_danish() -> None:
    from integration_desk.domain.contracts_text import template_problems

    assert template_problems("Hej {fornavn}[[, CPR {cpr},]] og velkommen.") == ()
    assert template_problems("Hej [[{cpr}") == (
        "Et valgfrit tekststykke, der er åbnet med »[[«, er ikke lukket med »]]«.",
    )
    assert template_problems("Hej {cpr}]]") == (
        "»]]« lukker et valgfrit tekststykke, der ikke er åbnet med »[[«.",
    )
    assert "inde i et andet" in template_problems("[[a [[{cpr}]] b]]")[0]
    assert "intet flettefelt" in template_problems("Tekst [[uden felt]].")[0]
    assert "krøllet parentes" in template_problems("Hej {fornavn")[0]
    assert template_problems("{fornavm}") == ("Ukendt flettefelt: {fornavm}",)
