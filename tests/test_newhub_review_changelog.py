"""The pure helpers behind the editor workflows (playbooks.starters.newhub, playbooks.tailoring.review, playbooks.audit.changelog), without Qt."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from playbooks.audit.changelog import proposed_what
from playbooks.checks.validation import validate_file
from playbooks.format.enums import Audience, FilingTiming, GovernanceModel, Severity
from playbooks.format.identity import Names
from playbooks.format.model import Playbook, PresetParameters
from playbooks.io import storage
from playbooks.starters import STARTERS, load_starter
from playbooks.starters.newhub import NewAudience, NewHubPlan, build_hub, create_hub_and_spokes, slug
from playbooks.tailoring import (
    differences,
    drifted,
    load_spoke,
    locked_field,
    resolve_file,
    resolve_models,
    save_spoke,
)
from playbooks.tailoring.review import (
    acknowledge,
    change_for,
    covering,
    field_rows,
    item_values,
    lock_reason,
    revert_field,
    what_changed,
)
from tests.conftest import EXAMPLES

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"
EMEA = EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml"


def plan(**changes: object) -> NewHubPlan:
    values: dict[str, object] = {
        "starter": load_starter("generic"),
        "title": "Acme Social Media Policy",
        "model": GovernanceModel.HUB_AND_SPOKE,
        "owner": "Ada Owner",
        "champion": "Carl Chief",
        "regions": ["EMEA", "Asia Pacific"],
    }
    values.update(changes)
    return NewHubPlan(**values)  # type: ignore[arg-type]


def test_slug() -> None:
    assert slug("EMEA & UK") == "emea-uk"
    assert slug("日本", "spoke") == "spoke"


@pytest.mark.parametrize("starter", list(STARTERS))
def test_every_starter_makes_a_valid_hub_with_spokes(tmp_path: Path, starter: str) -> None:
    hub_path, spokes = create_hub_and_spokes(plan(starter=load_starter(starter)), tmp_path)
    assert [p.name for p in spokes] == [
        "acme-social-media-policy-emea.playbook.yaml",
        "acme-social-media-policy-asia-pacific.playbook.yaml",
    ]
    for path in (hub_path, *spokes):
        report = validate_file(path)
        assert report.unreadable is None
        # a new hub is a draft nobody signed off yet: its spokes say so, and nothing else
        spoke_findings = [f.code for f in report.findings if f.code.startswith(("SCHEMA", "SPOKE-"))]
        assert spoke_findings == ([] if path == hub_path else ["SPOKE-HUB-UNAPPROVED"])
    hub = storage.load(hub_path)
    assert not [f for f in validate_file(hub_path).findings if f.code in ("DOC-NO-OWNER", "GOV-CHAMPION-MISSING")]
    assert hub.governance.model is GovernanceModel.HUB_AND_SPOKE
    assert load_spoke(spokes[1]).spoke.region == "Asia Pacific"


def test_roles_and_audiences_of_the_organisations_own_join_the_starters() -> None:
    hub = build_hub(
        plan(
            starter=load_starter("healthcare-hipaa"),
            roles=["Ethics Committee", " privacy officer ", ""],  # the starter's Privacy Officer is kept once
            audiences=[
                NewAudience("Volunteers"),
                NewAudience("Residents", Audience.EMPLOYEES),
                NewAudience("students and trainees"),  # the starter's audience, by name
            ],
        )
    )
    roles = [r.name for r in hub.people.roles]
    assert roles.count("Privacy Officer") == 1 and roles[-1] == "Ethics Committee"
    register = {a.name: a for a in hub.scope.audience_register}
    assert register["Residents"].counts_as is Audience.EMPLOYEES and register["Volunteers"].counts_as is None
    assert len(register) == len({a.id for a in hub.scope.audience_register}) == 4
    assert {register[n].id for n in ("Volunteers", "Residents", "Students and trainees")} <= set(hub.scope.audiences)
    ids = [p.id for p in hub.people.people] + [r.id for r in hub.people.roles]
    assert len(ids) == len(set(ids))


def test_an_audience_or_role_given_twice_is_refused_in_one_line() -> None:
    with pytest.raises(ValueError, match="the audience 'Interns' is given twice"):
        build_hub(plan(audiences=[NewAudience("Interns"), NewAudience("interns")]))
    with pytest.raises(ValueError, match="the role 'Ethics Committee' is given twice"):
        build_hub(plan(roles=["Ethics Committee", "ethics committee"]))
    # an audience named like a built-in one gets an id of its own, never the built-in's
    hub = build_hub(plan(audiences=[NewAudience("Employees", Audience.EMPLOYEES)]))
    assert [a.id for a in hub.scope.audience_register] == ["employees-2"]


def test_people_are_reused_not_duplicated() -> None:
    hub = build_hub(plan(champion="Ada Owner", regions=[]))
    assert [p.name for p in hub.people.people].count("Ada Owner") == 1
    assert hub.people.champions[0].person == hub.document.owner


def test_refusals_and_no_overwrite(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="owner"):
        build_hub(plan(owner=" "))
    with pytest.raises(ValueError, match="same name"):
        build_hub(plan(regions=["EMEA", "emea"]))
    with pytest.raises(ValueError, match="does not exist"):
        create_hub_and_spokes(plan(), tmp_path / "missing")
    existing = tmp_path / "acme-social-media-policy-emea.playbook.yaml"
    existing.write_text("keep me", encoding="utf-8")
    with pytest.raises(ValueError, match="already exists"):
        create_hub_and_spokes(plan(), tmp_path)
    assert existing.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == [existing.name]
    # a link to nothing planted under a spoke's name is a taken name, never written through (issue 15)
    existing.unlink()
    elsewhere = tmp_path / "elsewhere" / "autostart.desktop"
    elsewhere.parent.mkdir()
    existing.symlink_to(elsewhere)
    with pytest.raises(ValueError, match="already exists"):
        create_hub_and_spokes(plan(), tmp_path)
    assert not elsewhere.exists()


def test_field_rows_side_by_side_and_locks() -> None:
    resolution = resolve_file(EMEA)
    assert resolution.hub is not None and resolution.effective is not None
    rows = {r.address_text: r for r in field_rows(resolution.hub, resolution.effective, "records")}
    retention = rows["records.record_classes[rc-business-comms].retention_years"]
    assert (retention.hub_value, retention.value, retention.locked) == (6.0, 7.0, True)
    # the record class by its name, as compare, the addendum and the problems panel name it
    business = "Business communications on social media (posts, replies, comments, messages)"
    assert retention.label == f"Recordkeeping › {business} › Retention (years)"
    hub = resolution.hub
    assert lock_reason(retention, hub) == (
        f"The hub locks Recordkeeping › {business}, so Retention (years) may only be tightened "
        "(higher is tighter), never loosened"
    )
    # a field with no direction: the very words the decision refuses a change of it with
    name = rows["records.record_classes[rc-business-comms].name"]
    refusal = locked_field(hub, name.address)
    assert refusal is not None and lock_reason(name, hub) == refusal.reason
    assert "only the hub may change it" in refusal.reason
    assert lock_reason(rows["records.record_classes[rc-retail-comms].accessible_years"], hub).endswith(
        "may only be tightened (higher is tighter), never loosened"
    )


def test_a_preset_parameters_lock_follows_the_preset() -> None:
    """FINRA-FILING has deadlines before and after first use: a lock on its filing days follows
    the deadline the hub states (before first use: more days is tighter); where the hub states
    none, the direction cannot be told and only the hub may change it. The view's words say what
    the decision does, never the generic "lower is tighter" of another preset."""
    resolution = resolve_file(EMEA)
    hub = resolution.hub
    assert hub is not None

    def locked(deadline: str | None) -> Playbook:
        presets = [
            p.model_copy(
                update={
                    "locked": True,
                    "parameters": p.parameters.model_copy(
                        update={"filing_deadline": None if deadline is None else FilingTiming(deadline)}
                    ),
                }
            )
            if p.preset == "FINRA-FILING"
            else p
            for p in hub.regulatory.presets
        ]
        return hub.model_copy(update={"regulatory": hub.regulatory.model_copy(update={"presets": presets})})

    before = locked("before_first_use")
    rows = {r.address_text: r for r in field_rows(before, before, "regulatory")}
    filing = rows["regulatory.presets[FINRA-FILING].parameters.filing_days"]
    assert filing.locked and filing.owner is PresetParameters
    assert lock_reason(filing, before) == (
        "The hub locks Regulatory rule set › FINRA-FILING, so Parameters › Filing deadline (days) may only be "
        "tightened (more days before first use is tighter), never loosened"
    )
    unstated = locked(None)
    rows = {r.address_text: r for r in field_rows(unstated, unstated, "regulatory")}
    assert lock_reason(rows["regulatory.presets[FINRA-FILING].parameters.filing_days"], unstated) == (
        "The hub locks Regulatory rule set › FINRA-FILING, and Parameters › Filing deadline (days) has no tighter "
        "direction, so only the hub may change it; ask the hub to change it or unlock it"
    )
    other = rows["regulatory.presets[FINRA-STATIC].parameters.filing_days"]
    assert "tighter" in lock_reason(other, unstated)
    change = change_for(filing, 12, "Earlier filing")
    assert change.action == "modify" and change.fields == {"parameters": {"filing_days": 12}}


def test_change_for_set_and_modify() -> None:
    resolution = resolve_file(EMEA)
    assert resolution.hub is not None and resolution.effective is not None
    rows = {r.address_text: r for r in field_rows(resolution.hub, resolution.effective, "maintenance")}
    change = change_for(rows["maintenance.communication"], "New", "Because")
    assert change.action == "set" and change.path == "maintenance.communication"
    rows = {r.address_text: r for r in field_rows(resolution.hub, resolution.effective, "records")}
    change = change_for(rows["records.record_classes[rc-business-comms].retention_years"], 8, "Longer")
    assert (change.action, change.target, change.id, change.fields) == (
        "modify",
        "records.record_classes",
        "rc-business-comms",
        {"retention_years": 8},
    )


def test_acknowledging_every_drift_records_the_hub_version(tmp_path: Path) -> None:
    shutil.copyfile(HUB, tmp_path / HUB.name)
    spoke_path = tmp_path / EMEA.name
    shutil.copyfile(EMEA, spoke_path)
    hub = storage.load(tmp_path / HUB.name)
    records = hub.records.model_copy(
        update={
            "record_classes": [
                c.model_copy(update={"retention_years": 6.5}) if c.id == "rc-retail-comms" else c
                for c in hub.records.record_classes
            ]
        }
    )
    moved = hub.model_copy(
        update={"records": records, "document": hub.document.model_copy(update={"version": "1.5.0"})}
    )
    storage.save(moved, tmp_path / HUB.name)
    resolution = resolve_file(spoke_path)
    report = drifted(resolution)
    assert report is not None and report.changed
    assert [d.address for d in report.values] == ["records.record_classes[rc-retail-comms].retention_years"]
    spoke = resolution.spoke
    assert resolution.hub is not None
    for drift in [*report.values, *report.items]:
        spoke = acknowledge(spoke, resolution.hub, drift)
    assert spoke.spoke.hub_version == "1.5.0"
    save_spoke(spoke, spoke_path)
    after = resolve_file(spoke_path)
    assert not [f for f in after.findings if f.code == "SPOKE-HUB-DRIFT"]
    assert not [f for f in after.findings if f.severity is Severity.ERROR]


def test_proposed_what_names_the_edited_fields() -> None:
    hub = storage.load(HUB)
    edited = hub.model_copy(update={"maintenance": hub.maintenance.model_copy(update={"communication": "Town hall"})})
    assert proposed_what(hub, edited) == "Review and maintenance: changed Communication of changes."
    assert proposed_what(hub, hub) == ""


def test_item_values_for_drift_review() -> None:
    resolution = resolve_file(EMEA)
    assert resolution.hub is not None
    hub_now, region = item_values(resolution.hub, resolution.effective, "records.record_classes[rc-business-comms]")
    assert hub_now["retention_years"] == 6.0 and region["retention_years"] == 7.0
    assert item_values(resolution.hub, resolution.effective, "maintenance")[0]["procedure"]
    assert item_values(resolution.hub, None, "not a path!") == (None, None)


def test_a_changed_list_field_says_what_changed_and_reverts_to_the_hubs_list() -> None:
    """EMEA adds a trigger to the locked level 1 and an arrangement to the joint-controller list:
    each list field is covered by its item's difference, says which item, and reverts."""
    resolution = resolve_file(EMEA)
    hub, effective = resolution.hub, resolution.effective
    assert hub is not None and effective is not None
    found = differences(resolution)
    names, hub_names = Names(effective, hub), Names(hub, effective)
    rows = {r.address_text: r for r in field_rows(hub, effective, "crisis")}
    triggers = rows["crisis.levels[sev-1].triggers"]
    assert [d.kind for d in covering(triggers, found)] == ["added"]
    assert what_changed(triggers, covering(triggers, found), names, hub_names) == [
        "Added: A personal-data breach on an EMEA page or listening tool (GDPR Art. 33: the supervisory authority "
        "is notified within 72 hours)"
    ]
    index = {d.change.index for d in covering(triggers, found) if d.change is not None}
    reverted = revert_field(resolution.spoke, triggers, index)
    assert len(reverted.changes) == len(resolution.spoke.changes) - 1
    effective_after = resolve_models(hub, reverted, hub_file=resolution.hub_file).effective
    assert effective_after is not None
    level = next(level for level in effective_after.crisis.levels if level.id == "sev-1")
    assert level.triggers == next(level for level in hub.crisis.levels if level.id == "sev-1").triggers
    privacy = {r.address_text: r for r in field_rows(hub, effective, "privacy")}
    arrangements = privacy["privacy.joint_controller_arrangements"]
    lines = what_changed(arrangements, covering(arrangements, found), names, hub_names)
    assert len(lines) == 1 and lines[0].startswith("Added: XING Page Insights")


def test_reverting_one_field_of_a_change_keeps_its_other_fields() -> None:
    resolution = resolve_file(EMEA)
    hub, effective = resolution.hub, resolution.effective
    assert hub is not None and effective is not None
    rows = {r.address_text: r for r in field_rows(hub, effective, "privacy")}
    scope = rows["privacy.works_council_agreements[Meridian Securities Europe GmbH].scope"]
    index = next(d.change.index for d in covering(scope, differences(resolution)) if d.change is not None)
    reverted = revert_field(resolution.spoke, scope, [index])
    kept = reverted.changes[index]
    assert kept.action == "modify" and kept.fields == {"agreed": "2026-11-03"}
    assert kept.hub_values == {"agreed": "2025-10-14"}
