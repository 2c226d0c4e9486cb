"""propose_change: the one decision on a change a regional manager makes (the editor calls it)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from playbooks.checks.validation import validate_file
from playbooks.io.storage import dumps
from playbooks.tailoring import (
    CHAIN_BROKEN,
    HUB_DRIFT,
    LOCKED_WEAKENED,
    NO_CHANGE,
    NO_RATIONALE,
    Accepted,
    Key,
    Refusal,
    Resolution,
    dumps_spoke,
    locked_field,
    propose_change,
    resolve_file,
    save_spoke,
)
from playbooks.tailoring.spoke import AddChange, ModifyChange, RemoveChange, SetChange, SpokeFile
from tests.conftest import EXAMPLES

WHY = "UK SYSC 10A keeps records seven years."


@pytest.fixture
def emea(tmp_path: Path) -> Resolution:
    """The EMEA example spoke, resolved from a copy (so the test may delete or change files)."""
    for name in ("meridian-securities-hub.playbook.yaml", "meridian-securities-spoke-emea.playbook.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    return resolve_file(tmp_path / "meridian-securities-spoke-emea.playbook.yaml")


def retention(years: Any, record_class: str = "rc-business-comms", rationale: str = WHY) -> ModifyChange:
    return ModifyChange(
        action="modify",
        target="records.record_classes",
        id=record_class,
        fields={"retention_years": years},
        rationale=rationale,
    )


def propose(current: Resolution, change: Any) -> Accepted | Refusal:
    assert current.hub is not None
    return propose_change(current.hub, current.spoke, change, current=current)


def test_a_tightening_replaces_the_earlier_change_of_the_same_field(emea: Resolution) -> None:
    outcome = propose(emea, retention(8))
    assert isinstance(outcome, Accepted)
    assert outcome.replaced is not None and outcome.replaced.fields == {"retention_years": 7}
    assert len(outcome.spoke.changes) == len(emea.spoke.changes)
    new = outcome.spoke.changes[outcome.index]
    assert isinstance(new, ModifyChange) and new.fields == {"retention_years": 8}
    assert new.hub_values == {"retention_years": 6.0}  # recorded for drift
    assert outcome.resolution.effective is not None
    assert outcome.resolution.effective.records.record_classes[0].retention_years == 8
    assert not [f for f in outcome.resolution.findings if f.severity.value == "error"]


def test_a_loosening_of_a_locked_field_is_refused_in_the_words_of_validate(emea: Resolution, tmp_path: Path) -> None:
    outcome = propose(emea, retention(5))
    assert isinstance(outcome, Refusal)
    assert outcome.code == LOCKED_WEAKENED
    assert outcome.field == "records.record_classes[rc-business-comms].retention_years"
    assert outcome.rule == "a locked item may only be tightened: higher is tighter"
    # the same spoke written to a file: validate says exactly the same
    spoke = emea.spoke.model_copy(
        update={"changes": [c if i != 11 else retention(5) for i, c in enumerate(emea.spoke.changes)]}
    )
    path = Path(emea.file)
    save_spoke(spoke, path)
    messages = [f.message for f in validate_file(path).findings if f.code == LOCKED_WEAKENED]
    assert messages == [outcome.reason]


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        (
            RemoveChange(action="remove", target="records.record_classes", id="rc-retail-comms", rationale=WHY),
            LOCKED_WEAKENED,
            "records.record_classes[rc-retail-comms]",
        ),
        (
            ModifyChange(
                action="modify",
                target="regulatory.presets",
                id="FINRA-SUPERVISION-EVIDENCE",
                fields={"parameters": {"approval": "none"}},
                rationale=WHY,
            ),
            LOCKED_WEAKENED,
            "regulatory.presets[FINRA-SUPERVISION-EVIDENCE].parameters.approval",
        ),
        (
            AddChange(
                action="add",
                target="regulatory.exceptions",
                item={"id": "ex-uk", "preset": "FINRA-STATIC", "description": "No pre-review in the UK."},
                rationale=WHY,
            ),
            LOCKED_WEAKENED,
            "regulatory.exceptions[ex-uk]",
        ),
        (retention(9, "rc-gone"), HUB_DRIFT, "records.record_classes[rc-gone]"),
        (retention(9, rationale="\u200b\u2060 "), NO_RATIONALE, "records.record_classes[rc-business-comms]"),
        (retention("seven"), "SCHEMA", "records.record_classes[rc-business-comms]"),
        (
            AddChange(action="add", target="scope.territories", item="United Kingdom (London)", rationale=WHY),
            NO_CHANGE,
            "scope.territories[United Kingdom (London)]",
        ),
    ],
    ids=[
        "removal of a locked item",
        "empty hub parameter loosened",
        "exception",
        "no such item",
        "invisible rationale",
        "wrong type",
        "nothing",
    ],
)
def test_refusals_carry_code_rule_field_and_reason(emea: Resolution, change: Any, code: str, field: str) -> None:
    outcome = propose(emea, change)
    assert isinstance(outcome, Refusal), outcome
    assert (outcome.code, outcome.field) == (code, field)
    assert outcome.rule and outcome.reason and "\n" not in outcome.reason
    assert str(outcome) == outcome.reason


def test_a_duplicate_key_is_refused(emea: Resolution) -> None:
    assert emea.effective is not None
    presets = [p.model_dump(mode="json") for p in emea.effective.regulatory.presets]
    change = SetChange(
        action="set",
        path="regulatory.presets",
        value=[*presets, {"preset": "FINRA-STATIC", "parameters": {"approval": "none"}}],
        rationale=WHY,
    )
    outcome = propose(emea, change)
    assert isinstance(outcome, Refusal) and outcome.code == "SCHEMA"
    assert "Duplicate preset 'FINRA-STATIC'" in outcome.reason


def test_a_placeholder_rationale_is_accepted_with_a_warning(emea: Resolution) -> None:
    outcome = propose(emea, retention(9, rationale="n/a"))
    assert isinstance(outcome, Accepted)
    assert [f.code for f in outcome.warnings] == [NO_RATIONALE]


def test_two_parameters_of_one_preset_are_two_changes(emea: Resolution) -> None:
    def parameter(**values: Any) -> ModifyChange:
        return ModifyChange(
            action="modify",
            target="regulatory.presets",
            id="FINRA-STATIC",
            fields={"parameters": values},
            rationale=WHY,
        )

    first = propose(emea, parameter(retention_years=8))
    assert isinstance(first, Accepted)
    second = propose_change(first.resolution.hub, first.spoke, parameter(accessible_years=3))  # type: ignore[arg-type]
    assert isinstance(second, Accepted) and second.replaced is None
    effective = second.resolution.effective
    assert effective is not None
    preset = next(p for p in effective.regulatory.presets if p.preset == "FINRA-STATIC")
    assert (preset.parameters.retention_years, preset.parameters.accessible_years) == (8, 3)


def test_an_error_the_spoke_already_has_does_not_stop_another_change(emea: Resolution) -> None:
    hub = emea.hub
    assert hub is not None
    broken = propose_change(
        hub,
        emea.spoke.model_copy(update={"changes": [*emea.spoke.changes, retention(1)]}),
        retention(9, "rc-retail-comms"),
    )
    assert isinstance(broken, Accepted)
    assert LOCKED_WEAKENED in {f.code for f in broken.resolution.findings}  # still reported


def test_the_decision_reads_no_file_and_changes_nothing_it_is_given(emea: Resolution, tmp_path: Path) -> None:
    hub, spoke = emea.hub, emea.spoke
    assert hub is not None
    hub_text, spoke_text = dumps(hub), dumps_spoke(spoke)
    for path in tmp_path.iterdir():
        path.unlink()  # nothing to read any more
    outcome = propose(emea, retention(8))
    assert isinstance(outcome, Accepted)
    assert dumps(hub) == hub_text and dumps_spoke(spoke) == spoke_text
    assert isinstance(propose(emea, retention(5)), Refusal)


def test_a_region_below_a_broken_business_unit_keeps_the_chain_error(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "meridian-securities-hub.playbook.yaml", tmp_path / "hub.playbook.yaml")
    bu = SpokeFile.model_validate(
        {
            "spoke": {"region": "Wealth", "hub": "hub.playbook.yaml"},
            "changes": [retention(1).model_dump(mode="json")],
        }
    )
    save_spoke(bu, tmp_path / "bu.playbook.yaml")
    save_spoke(
        SpokeFile.model_validate({"spoke": {"region": "EMEA", "hub": "bu.playbook.yaml"}}), tmp_path / "r.playbook.yaml"
    )
    region = resolve_file(tmp_path / "r.playbook.yaml")
    outcome = propose(region, retention(9, "rc-retail-comms"))
    assert isinstance(outcome, Accepted)
    assert CHAIN_BROKEN in {f.code for f in outcome.resolution.findings}
    assert outcome.resolution.chain == region.chain


def test_locked_field_says_which_fields_only_the_hub_may_change(emea: Resolution) -> None:
    hub = emea.hub
    assert hub is not None
    refusal = locked_field(hub, ("records", "record_classes", Key("rc-business-comms"), "name"))
    assert refusal is not None and refusal.code == LOCKED_WEAKENED
    assert "only be changed in the hub" in refusal.rule
    assert locked_field(hub, ("records", "record_classes", Key("rc-business-comms"), "retention_years")) is None
    assert locked_field(hub, ("regulatory", "presets", Key("FINRA-STATIC"), "parameters")) is None
    assert locked_field(hub, ("channels", "accounts", Key("ch-youtube"), "handle")) is None  # not locked
    assert locked_field(hub, ("document", "title")) is None


def test_what_a_change_does_is_judged_before_its_rationale(emea: Resolution) -> None:
    """The view judges a value while the rationale is still empty: a loosening is refused for
    what it does; a fine value without a rationale is refused only for the missing rationale."""
    loosening = propose(emea, retention(5, rationale=""))
    assert isinstance(loosening, Refusal) and loosening.code == LOCKED_WEAKENED
    fine = propose(emea, retention(9, rationale=""))
    assert isinstance(fine, Refusal) and fine.code == NO_RATIONALE
    assert fine.reason == "This change has no rationale; say why the region departs from the hub"


def test_refusals_name_places_and_values_in_words(emea: Resolution) -> None:
    """One plain sentence: the item and field by their names, values as the field shows them,
    no paths, no change labels."""
    business = "Recordkeeping › Business communications on social media (posts, replies, comments, messages)"
    loosening = propose(emea, retention(5))
    assert isinstance(loosening, Refusal)
    assert loosening.reason == (
        f"The hub locks {business}, so Retention (years) may only be tightened (higher is tighter); "
        "this spoke loosens it from 6 to 5"
    )
    removal = propose(
        emea, RemoveChange(action="remove", target="records.record_classes", id="rc-retail-comms", rationale=WHY)
    )
    assert isinstance(removal, Refusal) and removal.reason.endswith(": a spoke may tighten it but never remove it")
    hub = emea.hub
    assert hub is not None
    name = locked_field(hub, ("records", "record_classes", Key("rc-business-comms"), "name"))
    assert name is not None and name.reason == (
        f"The hub locks {business}, and Record class has no tighter direction, so only the hub may change it; "
        "ask the hub to change it or unlock it"
    )
    for refusal in (loosening, removal, name):
        assert "[" not in refusal.reason and "records." not in refusal.reason and "(by " not in refusal.reason


def test_who_a_locked_item_names_is_part_of_the_lock(emea: Resolution) -> None:
    hub = emea.hub
    assert hub is not None
    # who the person behind a locked escalation contact is can only change in the hub; how to reach them can
    refusal = locked_field(hub, ("people", "people", Key("thomas-nakamura"), "name"))
    assert (
        refusal is not None and "which names People › Thomas Nakamura" in refusal.reason and "[" not in refusal.reason
    )
    assert locked_field(hub, ("people", "people", Key("thomas-nakamura"), "phone")) is None
