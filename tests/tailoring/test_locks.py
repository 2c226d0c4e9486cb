"""Locked hub items: a spoke may tighten them, never remove or loosen them, however it writes the change."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from playbooks.checks.validation import validate_file
from playbooks.format import model as m
from playbooks.format.enums import Severity
from playbooks.tailoring import LOCKED_WEAKENED, TIGHTER, resolve_file
from playbooks.tailoring.locks import LOCKABLE_LISTS
from tests.tailoring.conftest import change, change_line, spoke_data


def weakened(write: Callable[..., Path], hub: dict[str, Any], changes: list[dict[str, Any]]) -> list[str]:
    write("hub.playbook.yaml", hub)
    spoke = write("spoke.playbook.yaml", spoke_data(changes))
    resolution = resolve_file(spoke)
    assert resolution.effective is not None, [str(f) for f in resolution.findings]
    return [f.path for f in resolution.findings if f.code == LOCKED_WEAKENED]


RETENTION = "records.record_classes[0].retention_years"
ITEM = "records.record_classes[0]"

# Every way of writing "keep business communications for less than the hub's six years".
WEAKEN_RETENTION = {
    "lower number": (
        [change("modify", target="records.record_classes", id="rc-comms", fields={"retention_years": 2})],
        RETENTION,
    ),
    "number as text": (
        [change("modify", target="records.record_classes", id="rc-comms", fields={"retention_years": "5.5"})],
        RETENTION,
    ),
    "removal": ([change("remove", target="records.record_classes", id="rc-comms")], ITEM),
    "emptied list": ([change("set", path="records.record_classes", value=[])], ITEM),
    "list replaced without it": (
        [
            change(
                "set", path="records.record_classes", value=[{"id": "rc-other", "name": "Other", "retention_years": 3}]
            )
        ],
        ITEM,
    ),
    "list replaced with a lower copy": (
        [
            change(
                "set",
                path="records.record_classes",
                value=[{"id": "rc-comms", "name": "Business communications", "retention_years": 1, "locked": True}],
            )
        ],
        RETENTION,
    ),
    "removed then added back lower": (
        [
            change("remove", target="records.record_classes", id="rc-comms"),
            change(
                "add", target="records.record_classes", item={"id": "rc-comms", "name": "Comms", "retention_years": 1}
            ),
        ],
        RETENTION,
    ),
    "whole section replaced": (
        [
            change(
                "set", path="records", value={"record_classes": [{"id": "rc-comms", "name": "C", "retention_years": 1}]}
            )
        ],
        RETENTION,
    ),
    "unlocked": (
        [change("modify", target="records.record_classes", id="rc-comms", fields={"locked": False})],
        "records.record_classes[0].locked",
    ),
}


@pytest.mark.parametrize("changes, path", WEAKEN_RETENTION.values(), ids=WEAKEN_RETENTION.keys())
def test_weakening_a_locked_record_class_is_an_error_at_the_hub_path(
    write: Callable[..., Path], hub: dict[str, Any], changes: list[dict[str, Any]], path: str
) -> None:
    assert path in weakened(write, hub, changes)


LOOSEN = {
    "weaker approval enum": ("content.rules", "r-static", {"approval": "post_review"}, "content.rules[0].approval"),
    "no approval at all": ("content.rules", "r-static", {"approval": "none"}, "content.rules[0].approval"),
    "authors approve themselves": (
        "content.rules",
        "r-static",
        {"author_may_approve": True},
        "content.rules[0].author_may_approve",
    ),
    "emptied disclosures": ("content.rules", "r-static", {"disclosures": []}, "content.rules[0].disclosures"),
    "disclosure moved behind a link": (
        "content.rules",
        "r-static",
        {"disclosures": [{"text": "Member FINRA/SIPC", "placement": "link"}]},
        "content.rules[0].disclosures",
    ),
    "slower response": (
        "channels.accounts",
        "c-li",
        {"response_sla_hours": 48},
        "channels.accounts[0].response_sla_hours",
    ),
    "no response SLA": (
        "channels.accounts",
        "c-li",
        {"response_sla_hours": None},
        "channels.accounts[0].response_sla_hours",
    ),
    "archive disconnected": (
        "channels.accounts",
        "c-li",
        {"archive_connected": False},
        "channels.accounts[0].archive_connected",
    ),
    "shorter preset retention": (
        "regulatory.presets",
        "SEC-17A4-COMMS",
        {"parameters": {"retention_years": 3}},
        "regulatory.presets[0].parameters.retention_years",
    ),
    "escalation contact dropped": ("crisis.levels", "sev-1", {"contacts": []}, "crisis.levels[0].contacts[0]"),
    "escalation contact acknowledges slower": (
        "crisis.levels",
        "sev-1",
        {"contacts": [{"person": "p-ann", "backup": "p-bo", "acknowledge_minutes": 60}]},
        "crisis.levels[0].contacts[0].acknowledge_minutes",
    ),
    "escalation contact's backup dropped": (
        "crisis.levels",
        "sev-1",
        {"contacts": [{"person": "p-ann", "acknowledge_minutes": 15}]},
        "crisis.levels[0].contacts[0].backup",
    ),
    "no direction: a carve-out written as an example": (
        "conduct.clauses",
        "cl-confidential",
        {"examples": ["Allowed: confirm what a client posted about their own account"]},
        "conduct.clauses[0].examples",
    ),
    "no direction: clause exceptions": (
        "conduct.clauses",
        "cl-confidential",
        {"exceptions": ["When the client posted it first"]},
        "conduct.clauses[0].exceptions",
    ),
    "labour review taken back": (
        "conduct.clauses",
        "cl-reviewed",
        {"labour_review": "not_applicable"},
        "conduct.clauses[1].labour_review",
    ),
    "sampling of zero where the hub states none": (
        "content.rules",
        "r-replies",
        {"sampling_rate": 0},
        "content.rules[1].sampling_rate",
    ),
    "no direction: clause wording": (
        "conduct.clauses",
        "cl-confidential",
        {"wording": "Anything goes."},
        "conduct.clauses[0].wording",
    ),
    "no direction: channel platform": (
        "channels.accounts",
        "c-li",
        {"platform": "Threads"},
        "channels.accounts[0].platform",
    ),
}


@pytest.fixture
def hub_with_reviewed_clause(hub: dict[str, Any]) -> dict[str, Any]:
    """The test hub with a second locked clause, labour-reviewed, and the first one not applicable; a
    locked post-review rule that states no sampling rate; a contact that acknowledges in 15 minutes."""
    hub["conduct"]["clauses"][0]["labour_review"] = "not_applicable"
    hub["content"]["rules"][1].update(locked=True, sampling_rate=None)
    hub["crisis"]["levels"][0]["contacts"][0]["acknowledge_minutes"] = 15
    hub["conduct"]["clauses"].insert(
        1, {"id": "cl-reviewed", "title": "Reviewed", "locked": True, "wording": "W.", "labour_review": "reviewed"}
    )
    return hub


@pytest.mark.parametrize("target, key, fields, path", LOOSEN.values(), ids=LOOSEN.keys())
def test_loosening_or_an_undirected_change_of_a_locked_field_is_an_error(
    write: Callable[..., Path],
    hub_with_reviewed_clause: dict[str, Any],
    target: str,
    key: str,
    fields: dict[str, Any],
    path: str,
) -> None:
    hub = hub_with_reviewed_clause
    assert weakened(write, hub, [change("modify", target=target, id=key, fields=fields)]) == [path]


def test_a_slower_contact_is_named_with_its_field_and_values(write: Callable[..., Path], hub: dict[str, Any]) -> None:
    write("hub.playbook.yaml", hub)
    slower = [{"person": "p-ann", "backup": "p-bo", "acknowledge_minutes": 60}]
    hub["crisis"]["levels"][0]["contacts"][0]["acknowledge_minutes"] = 15
    write("hub.playbook.yaml", hub)
    spoke = write(
        "spoke.playbook.yaml",
        spoke_data([change("modify", target="crisis.levels", id="sev-1", fields={"contacts": slower})]),
    )
    finding = next(f for f in validate_file(spoke).findings if f.code == LOCKED_WEAKENED)
    assert "Ann Example › Time to acknowledge (minutes)" in finding.message and "from 15 to 60" in finding.message
    assert "items]" not in finding.message


TIGHTEN = {
    "longer retention": ("records.record_classes", "rc-comms", {"retention_years": 7, "accessible_years": 3}),
    "WORM storage": ("records.record_classes", "rc-comms", {"storage_mode": "worm"}),
    "faster response": ("channels.accounts", "c-li", {"response_sla_hours": 2, "mfa": True, "monitored": True}),
    "more disclosure, more prominent": (
        "content.rules",
        "r-static",
        {"disclosures": [{"text": "Member FINRA/SIPC", "placement": "inline"}, {"text": "#ad", "placement": "inline"}]},
    ),
    "more prohibited content": ("content.rules", "r-static", {"prohibited": ["Forecasts"]}),
    "longer preset retention": ("regulatory.presets", "SEC-17A4-COMMS", {"parameters": {"retention_years": 7}}),
    "one more escalation contact": (
        "crisis.levels",
        "sev-1",
        {"contacts": [{"person": "p-ann", "backup": "p-bo", "acknowledge_minutes": 15}, {"person": "p-cy"}]},
    ),
    "labour review done where none was needed": ("conduct.clauses", "cl-confidential", {"labour_review": "reviewed"}),
    "escalation contact acknowledges faster": (
        "crisis.levels",
        "sev-1",
        {"contacts": [{"person": "p-ann", "backup": "p-bo", "acknowledge_minutes": 5}]},
    ),
    "a sampling rate where the hub states none": ("content.rules", "r-replies", {"sampling_rate": 0.1}),
}


@pytest.mark.parametrize("target, key, fields", TIGHTEN.values(), ids=TIGHTEN.keys())
def test_tightening_a_locked_item_is_allowed(
    write: Callable[..., Path],
    hub_with_reviewed_clause: dict[str, Any],
    target: str,
    key: str,
    fields: dict[str, Any],
) -> None:
    hub = hub_with_reviewed_clause
    assert weakened(write, hub, [change("modify", target=target, id=key, fields=fields)]) == []


@pytest.fixture
def hub_with_locked_replies(hub: dict[str, Any]) -> dict[str, Any]:
    hub["content"]["rules"][1]["locked"] = True
    return hub


def test_a_locked_sampling_rate_may_not_drop_while_still_post_reviewed(
    write: Callable[..., Path], hub_with_locked_replies: dict[str, Any]
) -> None:
    lower = change("modify", target="content.rules", id="r-replies", fields={"sampling_rate": 0.05})
    assert weakened(write, hub_with_locked_replies, [lower]) == ["content.rules[1].sampling_rate"]


def test_a_locked_rule_moved_to_pre_review_may_drop_its_sampling_rate(
    write: Callable[..., Path], hub_with_locked_replies: dict[str, Any]
) -> None:
    stricter = change(
        "modify", target="content.rules", id="r-replies", fields={"approval": "pre_review", "sampling_rate": None}
    )
    assert weakened(write, hub_with_locked_replies, [stricter]) == []


def test_unlocked_items_may_be_loosened_or_removed(write: Callable[..., Path], hub: dict[str, Any]) -> None:
    changes = [
        change("modify", target="records.record_classes", id="rc-other", fields={"retention_years": 1}),
        change("modify", target="content.rules", id="r-replies", fields={"approval": "none", "sampling_rate": 0}),
        change("remove", target="channels.accounts", id="c-yt"),
        change("modify", target="conduct.clauses", id="cl-local", fields={"wording": "Local wording."}),
    ]
    assert weakened(write, hub, changes) == []


@pytest.mark.parametrize(
    "deadline, tighter, looser",
    [("before_first_use", 30, 5), ("after_first_use", 5, 30)],
    ids=["before first use: more days is earlier", "after first use: fewer days is sooner"],
)
def test_a_locked_filing_deadline_may_only_come_sooner_in_its_own_meaning(
    write: Callable[..., Path], hub: dict[str, Any], deadline: str, tighter: int, looser: int
) -> None:
    # FINRA-FILING has rules before and after first use: the hub says which its 10 days count
    hub["regulatory"]["presets"][1].update(locked=True, parameters={"filing_days": 10, "filing_deadline": deadline})

    def filing(days: int) -> list[dict[str, Any]]:
        return [
            change(
                "modify", target="regulatory.presets", id="FINRA-FILING", fields={"parameters": {"filing_days": days}}
            )
        ]

    assert weakened(write, hub, filing(tighter)) == []
    assert weakened(write, hub, filing(looser)) == ["regulatory.presets[1].parameters.filing_days"]


def test_a_locked_filing_deadline_whose_meaning_the_hub_does_not_say_cannot_change(
    write: Callable[..., Path], hub: dict[str, Any]
) -> None:
    # "10" alone does not say whether FINRA-FILING's rule before or after first use is meant (the
    # business unit's note said "within 10 business days of first use"): no direction, no change
    hub["regulatory"]["presets"][1]["locked"] = True
    for days in (90, 5):
        setting = change(
            "modify", target="regulatory.presets", id="FINRA-FILING", fields={"parameters": {"filing_days": days}}
        )
        assert weakened(write, hub, [setting]) == ["regulatory.presets[1].parameters.filing_days"]
    saying = change(
        "modify",
        target="regulatory.presets",
        id="FINRA-FILING",
        fields={"parameters": {"filing_deadline": "before_first_use"}},
    )
    assert weakened(write, hub, [saying]) == ["regulatory.presets[1].parameters.filing_deadline"]


def test_validate_reports_the_weakening_with_the_line_of_the_change(
    write: Callable[..., Path], hub: dict[str, Any]
) -> None:
    write("hub.playbook.yaml", hub)
    spoke = write(
        "spoke.playbook.yaml",
        spoke_data([change("modify", target="records.record_classes", id="rc-comms", fields={"retention_years": 2})]),
    )
    report = validate_file(spoke)
    finding = next(f for f in report.findings if f.code == LOCKED_WEAKENED)
    assert finding.severity is Severity.ERROR
    assert finding.path == RETENTION
    assert finding.line == change_line(spoke, 0)  # points at the change in the spoke file
    assert "6" in finding.message and "2" in finding.message and "higher is tighter" in finding.message


def test_a_spoke_cannot_waive_its_own_lock_violation(write: Callable[..., Path], hub: dict[str, Any]) -> None:
    write("hub.playbook.yaml", hub)
    waiver = {"code": LOCKED_WEAKENED, "reason": "We said so.", "approver": "Regional manager"}
    spoke = write(
        "spoke.playbook.yaml",
        spoke_data(
            [
                change("remove", target="records.record_classes", id="rc-comms"),
                change("add", target="waivers", item=waiver),
            ]
        ),
    )
    finding = next(f for f in validate_file(spoke).findings if f.code == LOCKED_WEAKENED)
    assert not finding.waived


def test_every_direction_names_a_real_field() -> None:
    for (cls, field), direction in TIGHTER.items():
        assert field in cls.model_fields, f"{cls.__name__}.{field} is gone; update the TIGHTER table"
        assert direction.wording


def test_every_lockable_list_is_covered_and_its_lock_only_goes_on() -> None:
    lockable = {cls for cls in LOCKABLE_LISTS.values()}
    assert lockable == {
        m.Channel,
        m.ContentRule,
        m.DecisionTable,
        m.Clause,
        m.PersonalDisclosure,
        m.AppliedPreset,
        m.RecordClass,
        m.SeverityLevel,
        m.DecisionTree,
    }
    for cls in lockable:
        assert TIGHTER[(cls, "locked")].compare(False, True)
        assert not TIGHTER[(cls, "locked")].compare(True, False)


def test_the_documented_directions_are_the_real_ones() -> None:
    from tests.conftest import ROOT

    text = (ROOT / "docs" / "tailoring.md").read_text(encoding="utf-8")
    for (cls, field), direction in TIGHTER.items():
        if field != "locked":
            assert f"| `{cls.__name__}.{field}` | {direction.wording} |" in text, f"{cls.__name__}.{field}"


def test_removing_a_locked_item_others_refer_to_is_reported_as_a_lock_violation(
    write: Callable[..., Path], hub: dict[str, Any]
) -> None:
    hub["content"]["rules"][0]["channels"] = ["c-li"]  # a rule refers to the locked channel
    write("hub.playbook.yaml", hub)
    spoke = write("spoke.playbook.yaml", spoke_data([change("remove", target="channels.accounts", id="c-li")]))
    report = validate_file(spoke)
    assert ("SPOKE-LOCKED-WEAKENED", "channels.accounts[0]") in {(f.code, f.path) for f in report.findings}
    assert any(f.code == "SCHEMA" and "c-li" in f.message for f in report.findings)  # and the broken reference
    assert report.playbook is None


# An empty parameter of a locked preset means the preset's own value: FINRA-STATIC pre-reviews,
# keeps three years (two easily accessible); FINRA-FILING, counted before first use, files 10
# business days before first use.
EMPTY_PARAMETERS = {
    "approval": ("FINRA-STATIC", "none", "pre_review"),
    "retention_years": ("FINRA-STATIC", 2, 4),
    "accessible_years": ("FINRA-STATIC", 1, 3),
    "filing_days": ("FINRA-FILING", 5, 15),
}


@pytest.mark.parametrize("name", sorted(EMPTY_PARAMETERS))
def test_every_ordered_parameter_the_hub_leaves_empty_has_the_presets_floor(
    write: Callable[..., Path], hub: dict[str, Any], name: str
) -> None:
    hub["regulatory"]["presets"] = [
        *hub["regulatory"]["presets"][:1],
        {"preset": "FINRA-FILING", "locked": True, "parameters": {"filing_deadline": "before_first_use"}},
        {"preset": "FINRA-STATIC", "locked": True},
    ]
    preset, looser, tighter = EMPTY_PARAMETERS[name]
    index = 1 if preset == "FINRA-FILING" else 2

    def setting(value: Any) -> list[dict[str, Any]]:
        return [change("modify", target="regulatory.presets", id=preset, fields={"parameters": {name: value}})]

    assert weakened(write, hub, setting(looser)) == [f"regulatory.presets[{index}].parameters.{name}"]
    assert weakened(write, hub, setting(tighter)) == []
    # every parameter with an order is covered (the deadline's meaning, before or after first use,
    # in business or calendar days, has none: it cannot change)
    assert {*EMPTY_PARAMETERS, "filing_deadline", "filing_day_kind"} == set(m.PresetParameters.model_fields)


# A locked preset whose parameter neither the hub nor the preset states: the value that states no
# requirement is no tightening (FINRA-3RDPARTY has no approval of its own, FINRA-COMM-RECORD no
# retention: approval "none" is not a requirement); a real requirement is.
NO_REQUIREMENT = {
    "approval none": ("FINRA-3RDPARTY", {"approval": "none"}, {"approval": "post_review"}),
    "approval none (comm record)": ("FINRA-COMM-RECORD", {"approval": "none"}, {"approval": "pre_review"}),
}


@pytest.mark.parametrize("preset, empty, real", NO_REQUIREMENT.values(), ids=NO_REQUIREMENT.keys())
def test_the_value_that_states_no_requirement_does_not_tighten_an_empty_parameter(
    write: Callable[..., Path], hub: dict[str, Any], preset: str, empty: dict[str, Any], real: dict[str, Any]
) -> None:
    hub["regulatory"]["presets"] = [{"preset": preset, "locked": True}]
    [(name, _)] = empty.items()

    def setting(values: dict[str, Any]) -> list[dict[str, Any]]:
        return [change("modify", target="regulatory.presets", id=preset, fields={"parameters": values})]

    assert weakened(write, hub, setting(empty)) == [f"regulatory.presets[0].parameters.{name}"]
    assert weakened(write, hub, setting(real)) == []


def test_a_retention_of_zero_years_is_not_a_retention_period(write: Callable[..., Path], hub: dict[str, Any]) -> None:
    hub["regulatory"]["presets"] = [{"preset": "FINRA-COMM-RECORD", "locked": True}]
    write("hub.playbook.yaml", hub)
    zero = change(
        "modify", target="regulatory.presets", id="FINRA-COMM-RECORD", fields={"parameters": {"retention_years": 0}}
    )
    spoke = write("spoke.playbook.yaml", spoke_data([zero]))
    errors = [f for f in validate_file(spoke).findings if f.severity is Severity.ERROR and f.code == "SCHEMA"]
    assert [f.path for f in errors] == ["changes[0].fields"]
    assert "parameters.retention_years" in errors[0].message and "more than 0" in errors[0].message, errors


def test_a_retention_cap_may_only_come_down(write: Callable[..., Path], hub: dict[str, Any]) -> None:
    # GDPR-MONITOR caps retention (data minimisation): a longer period is a loosening
    hub["regulatory"]["presets"] = [{"preset": "GDPR-MONITOR", "locked": True, "parameters": {"retention_years": 0.5}}]

    def keep(years: float) -> list[dict[str, Any]]:
        return [
            change(
                "modify",
                target="regulatory.presets",
                id="GDPR-MONITOR",
                fields={"parameters": {"retention_years": years}},
            )
        ]

    assert weakened(write, hub, keep(10)) == ["regulatory.presets[0].parameters.retention_years"]
    assert weakened(write, hub, keep(0.25)) == []


def test_a_hub_with_very_many_locked_items_is_recorded_as_one_digest_and_any_change_to_them_counts(
    write: Callable[..., Path], hub: dict[str, Any]
) -> None:
    from playbooks.tailoring import new_spoke, resolve_file, save_spoke
    from playbooks.tailoring.locks import DIGEST_ITEMS_MAX

    hub["conduct"]["clauses"] = [
        {"id": f"cl-{i}", "title": f"Clause {i}", "locked": True, "wording": "W."} for i in range(DIGEST_ITEMS_MAX + 1)
    ]
    hub_path = write("hub.playbook.yaml", hub)
    spoke = new_spoke(hub_path, "EMEA", hub_path.with_name("spoke.playbook.yaml"))
    assert "conduct.clauses[*]" in spoke.hub_locks and not any(
        k.startswith("conduct.clauses[cl-") for k in spoke.hub_locks
    )
    save_spoke(spoke, hub_path.with_name("spoke.playbook.yaml"))
    assert not [
        f for f in resolve_file(hub_path.with_name("spoke.playbook.yaml")).findings if f.severity.value == "error"
    ]
    hub["conduct"]["clauses"][7]["locked"] = False  # a copy that takes one lock out of five hundred
    write("hub.playbook.yaml", hub)
    errors = [
        f for f in resolve_file(hub_path.with_name("spoke.playbook.yaml")).findings if f.severity.value == "error"
    ]
    assert [f.code for f in errors] == ["SPOKE-HUB-LOCKS-LOOSENED"]
    assert "changes the locked items of conduct.clauses" in errors[0].message
