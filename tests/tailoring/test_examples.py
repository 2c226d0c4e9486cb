"""The shipped example spokes validate clean; the test spokes each break the rule they are named after."""

from __future__ import annotations

from pathlib import Path

import pytest

from playbooks.checks.validation import validate_file
from playbooks.format.enums import Severity
from playbooks.tailoring import differences, load_spoke, resolve_file
from tests.conftest import EXAMPLES
from tests.tailoring.conftest import TAILORING_FIXTURES

SPOKES = sorted(EXAMPLES.glob("*-spoke-*.playbook.yaml"))


def test_there_are_three_regional_spokes_of_the_example_hub() -> None:
    assert [p.name for p in SPOKES] == [
        "meridian-securities-spoke-americas.playbook.yaml",
        "meridian-securities-spoke-apac.playbook.yaml",
        "meridian-securities-spoke-emea.playbook.yaml",
    ]
    for path in SPOKES:
        assert load_spoke(path).spoke.hub == "meridian-securities-hub.playbook.yaml"


@pytest.mark.parametrize("path", SPOKES, ids=lambda p: p.name)
def test_an_example_spoke_has_no_error_findings(path: Path) -> None:
    report = validate_file(path)
    assert report.unreadable is None
    assert report.playbook is not None
    assert [str(f) for f in report.findings if f.severity is Severity.ERROR and not f.waived] == []


@pytest.mark.parametrize("path", SPOKES, ids=lambda p: p.name)
def test_every_example_change_says_why_and_who_approved_it(path: Path) -> None:
    spoke = load_spoke(path)
    assert spoke.changes
    for i, change in enumerate(spoke.changes):
        assert change.rationale.strip(), f"changes[{i}] has no rationale"
        assert change.approver.strip(), f"changes[{i}] has no approver"


def test_the_emea_spoke_adds_the_uk_german_and_gdpr_rules() -> None:
    resolution = resolve_file(EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml")
    effective = resolution.effective
    assert effective is not None
    presets = {p.preset: p for p in effective.regulatory.presets}
    assert {"FCA-PROMO", "DE-BETRVG-87", "GDPR-MONITOR", "GDPR-JOINT-CTRL"} <= set(presets)
    assert all(presets[code].locked for code in ("FCA-PROMO", "DE-BETRVG-87", "GDPR-MONITOR", "GDPR-JOINT-CTRL"))
    comms = next(r for r in effective.records.record_classes if r.id == "rc-business-comms")
    assert comms.locked and comms.retention_years == 7  # tightened for the UK
    assert any(a.agreed and "XING" in a.scope for a in effective.privacy.works_council_agreements)
    xing = next(c for c in effective.channels.accounts if c.id == "ch-xing-de")
    assert any(f.name == "Comments" and f.enabled for f in xing.features)


def test_the_americas_and_apac_spokes_add_their_local_channels_and_contacts() -> None:
    americas = resolve_file(EXAMPLES / "meridian-securities-spoke-americas.playbook.yaml").effective
    apac = resolve_file(EXAMPLES / "meridian-securities-spoke-apac.playbook.yaml").effective
    assert americas is not None and apac is not None
    assert "ch-facebook-espanol" in {c.id for c in americas.channels.accounts}
    assert any("CIRO" in c.wording for c in americas.conduct.clauses)
    assert {"WeChat", "LINE"} <= {c.platform for c in apac.channels.accounts}
    assert {"daniel-lim", "mei-chen", "priya-nair"} <= {p.id for p in apac.people.people}
    level_1 = next(level for level in apac.crisis.levels if level.id == "sev-1")
    assert "kevin-chan" in {c.person for c in level_1.contacts}


@pytest.mark.parametrize("path", SPOKES, ids=lambda p: p.name)
def test_every_difference_of_an_example_spoke_has_a_rationale(path: Path) -> None:
    for difference in differences(resolve_file(path)):
        if difference.address.startswith("document.sign_offs"):
            continue  # the hub's sign-offs never carry over to a spoke
        assert difference.change is not None and difference.change.rationale.strip(), difference.address


# ---------------------------------------------------------------- spokes that break each rule

BROKEN = {
    "weakens-locked.playbook.yaml": (
        "SPOKE-LOCKED-WEAKENED",
        {
            "records.record_classes[0].retention_years",
            "content.rules[8]",
            "content.rules[1].approval",
            "content.rules[0].disclosures",
        },
    ),
    "no-rationale.playbook.yaml": ("SPOKE-NO-RATIONALE", {"changes[1].rationale"}),
    "hub-missing.playbook.yaml": ("SPOKE-HUB-MISSING", {"spoke.hub"}),
    "cycle-a.playbook.yaml": ("SPOKE-HUB-MISSING", {"spoke.hub"}),
    "hub-not-a-playbook.playbook.yaml": ("SPOKE-HUB-MISSING", {"spoke.hub"}),
    "hub-drift.playbook.yaml": (
        "SPOKE-HUB-DRIFT",
        {"spoke.hub_fingerprint", "channels.accounts[2].response_sla_hours"},
    ),
    "expired.playbook.yaml": ("SPOKE-CHANGE-EXPIRED", {"changes[0].expires"}),
}


@pytest.mark.parametrize("name", BROKEN, ids=BROKEN)
def test_a_test_spoke_breaks_its_rule(name: str) -> None:
    code, paths = BROKEN[name]
    report = validate_file(TAILORING_FIXTURES / name)
    assert report.unreadable is None
    assert {f.path for f in report.findings if f.code == code} == paths
    assert all(f.line for f in report.findings if f.code == code)
