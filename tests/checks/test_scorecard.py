"""The readiness scorecard: one score per area from the findings, with the documented weights."""

from __future__ import annotations

from playbooks.checks import AREAS, load_all, run_checks
from playbooks.checks.context import frozen_today
from playbooks.checks.scorecard import REPEAT_CAP, WEIGHTS, band, scorecard
from playbooks.format.enums import Severity
from playbooks.format.findings import Finding
from tests.checks.builders import TODAY, complete_data, playbook


def finding(code: str, severity: Severity | None = None, path: str = "x", waived: bool = False) -> Finding:
    return Finding(code, severity or load_all()[code].severity, path, "do something", waived=waived)


def test_a_complete_playbook_scores_100_everywhere() -> None:
    with frozen_today(TODAY):
        card = scorecard(run_checks(playbook(complete_data())))
    assert [a.area for a in card.areas] == list(AREAS)
    assert all(a.score == 100 and a.band == "strong" for a in card.areas)


def test_each_finding_deducts_its_weight_in_its_own_area() -> None:
    card = scorecard([finding("GOV-CHAMPION-MISSING"), finding("MEAS-DIRECTION"), finding("LEARN-NONE")])
    assert card.score("culture") == 100 - WEIGHTS[Severity.ERROR] == 75
    assert card.score("measurement") == 90
    assert card.score("relevance") == 97
    assert card.score("compliance") == card.score("campaigns") == card.score("channels") == 100


def test_a_repeated_code_deducts_at_most_twice() -> None:
    many = [finding("CHAN-STALE", path=f"channels.accounts[{i}].last_activity") for i in range(200)]
    assert scorecard(many).score("channels") == 100 - REPEAT_CAP * WEIGHTS[Severity.WARNING] == 80


def test_a_finding_with_a_lower_severity_than_its_check_deducts_its_own_weight() -> None:
    card = scorecard([finding("GOV-MODEL-SHAPE", Severity.INFO)])
    assert card.score("culture") == 97


def test_waived_findings_deduct_nothing_but_are_counted() -> None:
    card = scorecard([finding("COMP-RETENTION-SHORT", waived=True)])
    (compliance,) = [a for a in card.areas if a.area == "compliance"]
    assert (compliance.score, compliance.waived, compliance.errors) == (100, 1, 0)


def test_scores_stop_at_zero_and_bands_are_documented() -> None:
    codes = ["GOV-CHAMPION-MISSING", "GOV-MODEL-SHAPE", "DOC-NO-OWNER", "GOV-SINGLE-OWNER", "GOV-HUB-NARROW"]
    card = scorecard([finding(c, Severity.ERROR, path=f"p{i}") for c in codes for i in range(3)])
    assert card.score("culture") == 0
    assert (band(85), band(84), band(60), band(59)) == ("strong", "fair", "fair", "weak")


def test_codes_outside_the_six_areas_are_not_scored() -> None:
    card = scorecard([Finding("SCHEMA", Severity.ERROR, "x", "bad"), Finding("NOT-A-CODE", Severity.ERROR, "x", "?")])
    assert all(a.score == 100 for a in card.areas)


def test_the_scorecard_is_plain_data_and_text() -> None:
    card = scorecard([finding("OBJ-BALANCE")])
    data = card.as_dict()
    assert data["weights"] == {"error": 25, "warning": 10, "info": 3}
    assert [a["score"] for a in data["areas"] if a["area"] == "campaigns"] == [90]
    lines = card.lines()
    assert len(lines) == 6 and "Campaigns" in lines[1] and " 90 " in lines[1] and "1 warning" in lines[1]
