"""The check registry: metadata of every code, the crash path, waivers, the frozen 'today'."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from playbooks import checks as registry_module
from playbooks.checks import AREAS, INTERNAL, CheckInfo, explain, load_all, run_checks
from playbooks.checks.context import frozen_today, today
from playbooks.format.enums import Severity
from playbooks.format.findings import Issue
from playbooks.format.model import Playbook
from tests.checks.builders import TODAY, complete_data, playbook
from tests.checks.test_catalogue import NEAR_MISSES, TRIGGERS

#: DOMAIN.md's catalogue, less the SPOKE-* codes that tailoring produces.
CATALOGUE = {
    "GOV-CHAMPION-MISSING": "error", "GOV-CHAMPION-GOAL": "warning", "GOV-SINGLE-OWNER": "warning",
    "GOV-HUB-NARROW": "warning", "GOV-MODEL-SHAPE": "error", "GOV-PAIRING": "info", "OBJ-BALANCE": "warning",
    "OBJ-CAMPAIGN-ONLY": "warning", "MEAS-VANITY-ONLY": "warning", "MEAS-UNLINKED": "warning",
    "MEAS-DIRECTION": "warning", "MEAS-PURPOSE": "info", "CHAN-NOT-READY": "error", "CHAN-REALTIME-FIRST": "warning",
    "CHAN-LISTEN-NO-ACTION": "warning", "CHAN-STALE": "warning", "COMP-RETENTION-SHORT": "error",
    "COMP-STATIC-PREAPPROVAL": "error", "COMP-POSTREVIEW-CONTROLS": "error", "COMP-DISCLOSURE-LINK-ONLY": "warning",
    "COMP-SELF-APPROVAL": "error", "COMP-CHAR-LIMIT": "warning", "COMP-LABOUR-REVIEW": "warning",
    "COMP-PRIVACY-MONITOR": "warning", "COMP-PRESET-STALE": "info", "CRISIS-NO-ESCALATION": "error",
    "CRISIS-MAINSTREAM": "warning", "CRISIS-NO-BACKUP": "warning", "LEARN-NONE": "info", "TRAIN-PREREQ": "warning",
    "TRAIN-EXPIRED": "warning", "DOC-NO-OWNER": "error", "DOC-REVIEW-OVERDUE": "warning",
    "DOC-APPROVAL-STALE": "warning",
}  # fmt: skip


def test_every_catalogue_code_is_registered_with_its_severity() -> None:
    registry = load_all()
    assert {code: str(registry[code].severity) for code in CATALOGUE if code in registry} == CATALOGUE


@pytest.mark.parametrize("code", sorted(c for c, i in load_all().items() if i.function is not None))
def test_every_check_has_an_area_a_title_and_a_sourced_rationale(code: str) -> None:
    info = load_all()[code]
    assert info.area in AREAS
    assert 5 < len(info.title) < 80
    assert len(info.rationale) > 200
    sources = ("panel", "FINRA", "SEC", "FDA", "FCA", "GDPR", "Stericycle", "Altimeter", "HIPAA", "Forrester", "Intel")
    assert any(s in info.rationale for s in sources), code


def test_every_code_cites_its_sources_and_never_charters_code() -> None:
    """The explanation of a finding cites regulations and studies, not a Python module (issue 19)."""
    for info in load_all().values():
        assert info.sources, f"{info.code} cites no source"
        for text in (info.rationale, *info.sources):
            assert "playbooks." not in text and ".py" not in text, f"{info.code}: {text}"


def test_explain_finds_codes_in_any_case() -> None:
    info = explain("gov-champion-missing")
    assert info is not None and info.code == "GOV-CHAMPION-MISSING"
    assert explain("NOPE") is None
    assert explain(INTERNAL) is not None


# ---- the crash path


def test_a_crashing_check_is_an_internal_finding_and_the_others_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(playbook: Playbook) -> Iterator[Issue]:
        yield Issue("document", "about to fail")
        raise ZeroDivisionError("division by zero")

    monkeypatch.setitem(
        registry_module.REGISTRY,
        "TEST-EXPLODES",
        CheckInfo("TEST-EXPLODES", Severity.ERROR, "culture", "t", "r", explode),
    )
    data = complete_data()
    data["people"]["champions"] = []
    with frozen_today(TODAY):
        findings = run_checks(playbook(data))
    internal = [f for f in findings if f.code == INTERNAL]
    assert len(internal) == 1
    assert "TEST-EXPLODES" in internal[0].message and "ZeroDivisionError" in internal[0].message
    assert internal[0].severity is Severity.WARNING
    assert "GOV-CHAMPION-MISSING" in {f.code for f in findings}
    assert "TEST-EXPLODES" not in {f.code for f in findings}


def test_a_context_that_cannot_be_built_fails_the_checks_not_validate(monkeypatch: pytest.MonkeyPatch) -> None:
    from playbooks.checks import context as context_module

    def broken(playbook: Playbook) -> Any:
        raise RuntimeError("no context")

    monkeypatch.setattr(context_module, "build", broken)
    with frozen_today(TODAY):
        findings = run_checks(playbook(complete_data()))
    assert findings and all(f.code == INTERNAL for f in findings)


MUTATIONS = [c[2] for c in TRIGGERS] + [c[2] for c in NEAR_MISSES]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.lists(st.sampled_from(MUTATIONS), max_size=6), st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)))
def test_no_combination_of_changes_makes_a_check_crash(mutations: list[Any], day: dt.date) -> None:
    data = complete_data()
    try:
        for mutate in mutations:
            mutate(data)
        candidate = Playbook.model_validate(data)
    except (ValidationError, IndexError, KeyError, TypeError, AttributeError):
        assume(False)
        return
    with frozen_today(day):
        findings = run_checks(candidate)
    assert [f.message for f in findings if f.code == INTERNAL] == []


def test_odd_content_does_not_crash_a_check() -> None:
    data = complete_data()
    weird = "\u202e\u0000 \n\t 𝕏 " * 10
    data["people"]["people"][0]["name"] = weird
    data["channels"]["accounts"][1]["platform"] = weird
    data["channels"]["accounts"][1]["handle"] = ""
    data["content"]["rules"][0]["title"] = weird
    data["governance"]["units"] = 10_000
    data["channels"]["accounts"][0]["freshness_days"] = 10**9
    data["channels"]["accounts"][0]["last_activity"] = "9999-12-31"
    data["people"]["people"][2]["certifications"][0]["obtained"] = "0001-01-01"
    data["training"]["modules"][0]["validity_months"] = 120
    with frozen_today(dt.date(9999, 12, 31)):
        findings = run_checks(playbook(data))
    assert [f.message for f in findings if f.code == INTERNAL] == []


# ---- waivers


def test_a_waived_finding_stays_listed_as_waived_with_its_reason() -> None:
    data = complete_data()
    data["channels"]["accounts"][0]["backup"] = None
    data["waivers"] = [{"code": "CHAN-NOT-READY", "path": "channels.accounts[0]", "reason": "Backup hired in May"}]
    with frozen_today(TODAY):
        findings = run_checks(playbook(data))
    (finding,) = [f for f in findings if f.code == "CHAN-NOT-READY"]
    assert finding.waived and finding.waiver_reason == "Backup hired in May"
    assert finding.path == "channels.accounts[0].backup"


def test_a_waiver_is_limited_to_its_path() -> None:
    data = complete_data()
    data["channels"]["accounts"][0]["backup"] = None
    data["waivers"] = [{"code": "CHAN-NOT-READY", "path": "channels.accounts[1]", "reason": "Other channel"}]
    with frozen_today(TODAY):
        (finding,) = [f for f in run_checks(playbook(data)) if f.code == "CHAN-NOT-READY"]
    assert not finding.waived


def test_an_expired_waiver_no_longer_applies_and_says_so() -> None:
    data = complete_data()
    data["people"]["champions"] = []
    data["waivers"] = [{"code": "GOV-CHAMPION-MISSING", "reason": "Board decides in Q1", "expires": "2026-03-31"}]
    with frozen_today(TODAY):
        (finding,) = [f for f in run_checks(playbook(data)) if f.code == "GOV-CHAMPION-MISSING"]
    assert not finding.waived
    assert "expired on 2026-03-31" in finding.message
    with frozen_today(dt.date(2026, 3, 31)):
        (finding,) = [f for f in run_checks(playbook(data)) if f.code == "GOV-CHAMPION-MISSING"]
    assert finding.waived


def test_a_waiver_without_a_reason_does_not_apply() -> None:
    data = complete_data()
    data["people"]["champions"] = []
    data["waivers"] = [{"code": "GOV-CHAMPION-MISSING", "reason": "  "}]
    with frozen_today(TODAY):
        (finding,) = [f for f in run_checks(playbook(data)) if f.code == "GOV-CHAMPION-MISSING"]
    assert not finding.waived and "has no reason" in finding.message


def test_today_can_be_frozen_and_is_restored() -> None:
    real = today()
    with frozen_today(dt.date(2001, 2, 3)):
        assert today() == dt.date(2001, 2, 3)
        with frozen_today(dt.date(2002, 3, 4)):
            assert today() == dt.date(2002, 3, 4)
        assert today() == dt.date(2001, 2, 3)
    assert today() in (real, real + dt.timedelta(days=1))
