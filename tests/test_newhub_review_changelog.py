"""The pure helpers behind the editor workflows (playbooks.starters.newhub, playbooks.tailoring.review, playbooks.audit.changelog), without Qt."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from playbooks.audit.changelog import proposed_what
from playbooks.checks.validation import validate_file
from playbooks.format.enums import GovernanceModel, Severity
from playbooks.io import storage
from playbooks.starters import STARTERS, load_starter
from playbooks.starters.newhub import NewHubPlan, build_hub, create_hub_and_spokes, slug
from playbooks.tailoring import drifted, load_spoke, resolve_file, save_spoke
from playbooks.tailoring.review import acknowledge, change_for, field_rows, item_values, lock_reason
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
        assert not [f for f in report.findings if f.code.startswith(("SCHEMA", "SPOKE-"))]
    hub = storage.load(hub_path)
    assert not [f for f in validate_file(hub_path).findings if f.code in ("DOC-NO-OWNER", "GOV-CHAMPION-MISSING")]
    assert hub.governance.model is GovernanceModel.HUB_AND_SPOKE
    assert load_spoke(spokes[1]).spoke.region == "Asia Pacific"


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
    assert lock_reason(retention).startswith(f"Retention (years) of “{business}” belongs to an item the hub has locked")
    assert "only tighten" in lock_reason(retention)
    assert "only be changed in the hub" in lock_reason(rows["records.record_classes[rc-business-comms].name"])
    document = {r.address_text for r in field_rows(resolution.hub, resolution.effective, "document")}
    assert "document.sign_offs" not in document and "document.title" in document


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
