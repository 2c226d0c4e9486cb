"""Resolution: hub + changes = the effective playbook; deterministic, idempotent, with provenance."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from playbooks.checks.validation import validate_file
from playbooks.format.enums import Severity
from playbooks.format.findings import SCHEMA
from playbooks.format.model import Playbook, SignOff
from playbooks.io.storage import dumps, fingerprint, load
from playbooks.tailoring import (
    CHANGE_EXPIRED,
    HUB_DRIFT,
    HUB_MISSING,
    HUB_UNAPPROVED,
    NO_RATIONALE,
    SPOKE_CODES,
    Key,
    apply_change,
    differences,
    drifted,
    load_spoke,
    new_spoke,
    rebase,
    resolve_file,
    revert_change,
    save_spoke,
    tailor,
)
from playbooks.tailoring.resolve import MAX_CHAIN
from playbooks.tailoring.spoke import ModifyChange
from tests.tailoring.conftest import change, change_line, recorded_against, spoke_data

LOCAL_CHANNEL = {"id": "c-xing", "platform": "XING", "owner": "p-cy", "region": "Germany"}

CHANGES = [
    change("set", path="document.title", value="Acme EMEA social media policy"),
    change("add", target="channels.accounts", item=LOCAL_CHANNEL, approver="Head of Compliance EMEA"),
    change(
        "modify", target="records.record_classes", id="rc-comms", fields={"retention_years": 7}, expires="2099-12-31"
    ),
    change("modify", target="regulatory.presets", id="SEC-17A4-COMMS", fields={"parameters": {"accessible_years": 3}}),
    change("remove", target="channels.accounts", id="c-yt"),
    change("add", target="scope.territories", item="Germany"),
    change("remove", target="scope.territories", id="United States"),
]


@pytest.fixture
def spoke_file(write: Callable[..., Path], hub: dict[str, Any]) -> Path:
    write("hub.playbook.yaml", hub)
    return write("spoke.playbook.yaml", spoke_data(CHANGES, **recorded_against(hub)))


def codes(findings: list[Any]) -> list[str]:
    return [f.code for f in findings]


# ---------------------------------------------------------------- the effective playbook


def test_the_effective_playbook_is_the_hub_with_the_changes(spoke_file: Path) -> None:
    resolution = resolve_file(spoke_file)
    effective = resolution.effective
    assert effective is not None, resolution.findings
    assert effective.document.title == "Acme EMEA social media policy"
    assert [c.id for c in effective.channels.accounts] == ["c-li", "c-xing"]
    assert effective.records.record_classes[0].retention_years == 7
    assert effective.regulatory.presets[0].parameters.retention_years == 6  # merged, not replaced
    assert effective.regulatory.presets[0].parameters.accessible_years == 3
    assert effective.scope.territories == ["United Kingdom", "Germany"]
    assert not [f for f in resolution.findings if f.severity is Severity.ERROR]


def test_resolution_is_deterministic(spoke_file: Path) -> None:
    first = resolve_file(spoke_file).effective
    second = resolve_file(spoke_file).effective
    assert first is not None and second is not None
    assert dumps(first) == dumps(second)
    assert fingerprint(first) == fingerprint(second)


def test_resolution_is_idempotent(spoke_file: Path) -> None:
    resolution = resolve_file(spoke_file)
    assert resolution.effective is not None
    again = tailor(resolution.effective, resolution.spoke, today=dt.date(2026, 1, 1))
    assert again.effective is not None
    assert dumps(again.effective) == dumps(resolution.effective)
    assert not [f for f in again.findings if f.severity is Severity.ERROR]


def test_the_resolved_file_is_an_ordinary_valid_playbook(spoke_file: Path, tmp_path: Path) -> None:
    from playbooks.io.storage import save

    resolution = resolve_file(spoke_file)
    assert resolution.effective is not None
    out = tmp_path / "effective.playbook.yaml"
    save(resolution.effective, out)
    assert load(out) == resolution.effective
    assert validate_file(out).playbook is not None


def test_the_hubs_sign_offs_do_not_approve_the_spoke(write: Callable[..., Path], hub: dict[str, Any]) -> None:
    hub["document"]["sign_offs"] = [
        {"approver": "Ann", "role": "CCO", "date": "2026-01-05", "decision": "approved", "fingerprint": "0" * 64}
    ]
    write("hub.playbook.yaml", hub)
    spoke = write("spoke.playbook.yaml", spoke_data([]))
    effective = resolve_file(spoke).effective
    assert effective is not None and effective.document.sign_offs == []


# ---------------------------------------------------------------- provenance


def test_every_changed_value_knows_its_change_and_everything_else_the_hub(spoke_file: Path) -> None:
    resolution = resolve_file(spoke_file)
    added = resolution.origin(("channels", "accounts", Key("c-xing"), "platform"))
    assert added.source == "spoke" and added.change is not None
    assert added.change.index == 1 and added.change.approver == "Head of Compliance EMEA"
    retention = resolution.origin(("records", "record_classes", Key("rc-comms"), "retention_years"))
    assert retention.change is not None and retention.change.rationale == "Local law."
    assert retention.change.expires == dt.date(2099, 12, 31)
    untouched = resolution.origin(("records", "record_classes", Key("rc-comms"), "name"))
    assert untouched.source == "hub" and untouched.change is None
    assert untouched.file.endswith("hub.playbook.yaml")


def test_differences_list_each_change_with_its_rationale(spoke_file: Path) -> None:
    by_address = {d.address: d for d in differences(resolve_file(spoke_file))}
    assert by_address["channels.accounts[c-xing]"].kind == "added"
    assert by_address["channels.accounts[c-yt]"].kind == "removed"
    assert by_address["channels.accounts[c-yt]"].path == "channels.accounts[1]"  # where it was in the hub
    retention = by_address["records.record_classes[rc-comms].retention_years"]
    assert (retention.kind, retention.hub_value, retention.value, retention.locked) == ("changed", 6, 7, True)
    assert retention.change is not None and retention.change.index == 2
    assert by_address["scope.territories[Germany]"].kind == "added"
    assert by_address["scope.territories[United States]"].kind == "removed"
    assert all(d.change is not None for d in by_address.values() if not d.address.startswith("document.sign_offs"))


def test_a_dandelion_resolves_through_the_business_unit_hub(write: Callable[..., Path], hub: dict[str, Any]) -> None:
    write("corporate/hub.playbook.yaml", hub)
    write(
        "bu/wealth.playbook.yaml",
        spoke_data(
            [change("modify", target="records.record_classes", id="rc-comms", fields={"retention_years": 8})],
            hub="../corporate/hub.playbook.yaml",
        ),
    )
    region = write(
        "bu/regions/emea.playbook.yaml",
        spoke_data([change("add", target="channels.accounts", item=LOCAL_CHANNEL)], hub="../wealth.playbook.yaml"),
    )
    resolution = resolve_file(region)
    assert resolution.effective is not None, resolution.findings
    assert resolution.effective.records.record_classes[0].retention_years == 8
    assert [c.id for c in resolution.effective.channels.accounts][-1] == "c-xing"
    assert len(resolution.chain) == 3
    via_bu = resolution.origin(("records", "record_classes", Key("rc-comms"), "retention_years"))
    assert via_bu.source == "spoke" and via_bu.file.endswith("wealth.playbook.yaml")
    assert resolution.origin(("document", "title")).file.endswith(os.path.join("corporate", "hub.playbook.yaml"))


def test_a_lock_weakened_below_the_business_unit_is_caught(write: Callable[..., Path], hub: dict[str, Any]) -> None:
    write("hub.playbook.yaml", hub)
    write(
        "bu.playbook.yaml",
        spoke_data([change("modify", target="records.record_classes", id="rc-comms", fields={"retention_years": 8})]),
    )
    region = write(
        "region.playbook.yaml",
        spoke_data(
            [change("modify", target="records.record_classes", id="rc-comms", fields={"retention_years": 7})],
            hub="bu.playbook.yaml",
        ),
    )
    weakened = [f for f in resolve_file(region).findings if f.code == "SPOKE-LOCKED-WEAKENED"]
    assert [f.path for f in weakened] == ["records.record_classes[0].retention_years"]
    assert "from 8 to 7" in weakened[0].message


# ---------------------------------------------------------------- hubs that cannot be used


def hub_missing(path: Path) -> str:
    report = validate_file(path)
    assert report.unreadable is None
    missing = [f for f in report.findings if f.code == HUB_MISSING]
    assert len(missing) == 1, report.findings
    assert missing[0].severity is Severity.ERROR and missing[0].path == "spoke.hub"
    assert "\n" not in missing[0].message
    return missing[0].message


def test_a_cycle_of_spokes_is_a_clear_error(write: Callable[..., Path]) -> None:
    write("a.playbook.yaml", spoke_data([], hub="b.playbook.yaml"))
    b = write("b.playbook.yaml", spoke_data([], hub="./a.playbook.yaml"))
    message = hub_missing(b)
    assert "cycle" in message and "a.playbook.yaml" in message and "b.playbook.yaml" in message


def test_a_spoke_naming_itself_is_a_clear_error(write: Callable[..., Path]) -> None:
    assert "itself" in hub_missing(write("me.playbook.yaml", spoke_data([], hub="me.playbook.yaml")))


def test_a_chain_deeper_than_the_limit_is_refused(write: Callable[..., Path], hub: dict[str, Any]) -> None:
    write("s0.playbook.yaml", hub)
    for i in range(1, MAX_CHAIN + 3):
        last = write(f"s{i}.playbook.yaml", spoke_data([], hub=f"s{i - 1}.playbook.yaml"))
    assert "deeper" in hub_missing(last) or "cannot be resolved" in hub_missing(last)


BAD_HUBS = {
    "missing file": ("nowhere.playbook.yaml", None, "no such file"),
    "outside any folder": ("../../../../../../../no/such/hub.playbook.yaml", None, "no such file"),
    "absolute path": ("/etc/hub.playbook.yaml", None, "relative"),
    "web address": ("https://example.com/hub.playbook.yaml", None, "network"),
    "not a playbook file name": ("hub.txt", None, ".playbook.yaml"),
    "Windows separators": ("..\\hub.playbook.yaml", None, "'/'"),
    "a folder": ("folder.playbook.yaml", "folder", "folder"),
    "a YAML list": ("list.playbook.yaml", "- a\n- b\n", "not a usable playbook"),
    "not YAML": ("bad.playbook.yaml", "key: [unclosed\n", "not a usable playbook"),
    "a playbook missing its document": ("empty.playbook.yaml", "schema_version: 1\n", "not a usable playbook"),
    "binary": ("bin.playbook.yaml", b"\x00\x01\x02", "binary"),
}


@pytest.mark.parametrize("hub_path, content, expected", BAD_HUBS.values(), ids=BAD_HUBS.keys())
def test_a_hub_that_cannot_be_used_is_one_clear_line(
    write: Callable[..., Path], tmp_path: Path, hub_path: str, content: Any, expected: str
) -> None:
    if content == "folder":
        (tmp_path / hub_path).mkdir()
    elif isinstance(content, bytes):
        (tmp_path / hub_path).write_bytes(content)
    elif content is not None:
        write(hub_path, content)
    spoke = write("spoke.playbook.yaml", spoke_data([], hub=hub_path))
    assert expected in hub_missing(spoke)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_hub_that_is_a_named_pipe_does_not_hang(write: Callable[..., Path], tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.playbook.yaml")
    spoke = write("spoke.playbook.yaml", spoke_data([], hub="pipe.playbook.yaml"))
    assert "not a file" in hub_missing(spoke)


# ---------------------------------------------------------------- the spoke's own rules


def test_a_change_without_rationale_is_a_warning_at_its_line(write: Callable[..., Path], hub: dict[str, Any]) -> None:
    write("hub.playbook.yaml", hub)
    spoke = write(
        "spoke.playbook.yaml",
        spoke_data(
            [
                change("set", path="document.title", value="Acme EMEA"),
                change("set", rationale="  ", path="document.title", value="X"),
            ]
        ),
    )
    missing = [f for f in validate_file(spoke).findings if f.code == NO_RATIONALE]
    assert [(f.path, f.severity) for f in missing] == [("changes[1].rationale", Severity.WARNING)]
    assert missing[0].line == change_line(spoke, 1)


def test_an_expired_change_is_a_warning(write: Callable[..., Path], hub: dict[str, Any]) -> None:
    write("hub.playbook.yaml", hub)
    spoke = write(
        "spoke.playbook.yaml", spoke_data([change("set", path="document.title", value="X", expires="2020-01-31")])
    )
    expired = [f for f in validate_file(spoke).findings if f.code == CHANGE_EXPIRED]
    assert [f.path for f in expired] == ["changes[0].expires"]
    assert "2020-01-31" in expired[0].message


BAD_CHANGES = {
    "unknown list": (change("add", target="channels.acounts", item=LOCAL_CHANNEL), "changes[0].target"),
    "not a list": (change("add", target="document.title", item="x"), "changes[0].target"),
    "unknown field of an item": (
        change("modify", target="channels.accounts", id="c-li", fields={"colour": "red"}),
        "changes[0].fields.colour",
    ),
    "invalid value": (
        change("modify", target="channels.accounts", id="c-li", fields={"response_sla_hours": -1}),
        "changes[0].fields",
    ),
    "invalid added item": (
        change("add", target="channels.accounts", item={"id": "Bad Id", "platform": "X"}),
        "changes[0].item",
    ),
    "duplicate id": (
        change("add", target="channels.accounts", item={"id": "c-li", "platform": "Threads"}),
        "changes[0].item",
    ),
    "renamed hub item": (
        change("modify", target="channels.accounts", id="c-li", fields={"id": "c-new"}),
        "changes[0].fields.id",
    ),
    "broken reference": (
        change("add", target="channels.accounts", item={"id": "c-new", "platform": "X", "owner": "p-nobody"}),
        "changes[0]",
    ),
    "unknown field to set": (change("set", path="document.colour", value="red"), "changes[0].path"),
    "invalid value to set": (change("set", path="document.review_cadence_months", value=0), "changes[0].value"),
}


@pytest.mark.parametrize("bad, path", BAD_CHANGES.values(), ids=BAD_CHANGES.keys())
def test_a_change_that_does_not_fit_is_an_error_at_the_change(
    write: Callable[..., Path], hub: dict[str, Any], bad: dict[str, Any], path: str
) -> None:
    write("hub.playbook.yaml", hub)
    spoke = write("spoke.playbook.yaml", spoke_data([bad], **recorded_against(hub)))
    report = validate_file(spoke)
    errors = [
        f for f in report.findings if f.severity is Severity.ERROR and (f.code == SCHEMA or f.code in SPOKE_CODES)
    ]
    assert [(f.code, f.path) for f in errors] == [(SCHEMA, path)], errors
    assert errors[0].line == change_line(spoke, 0)


@pytest.mark.parametrize(
    "taking",
    [
        change("remove", target="people.roles", id="r-desk"),
        change("set", path="people.roles", value=[]),
    ],
    ids=["removed", "list replaced"],
)
def test_a_reference_a_change_leaves_dangling_is_reported_at_that_change(
    write: Callable[..., Path], hub: dict[str, Any], taking: dict[str, Any]
) -> None:
    # red team 18/20, F09: no line, the path twice, "effective playbook:"
    hub["people"]["roles"] = [{"id": "r-desk", "name": "Social media desk"}]
    hub["document"]["owner"] = "r-desk"  # not named by a locked item: no lock is broken
    write("hub.playbook.yaml", hub)
    spoke = write("spoke.playbook.yaml", spoke_data([change("set", path="document.title", value="T"), taking]))
    errors = [f for f in validate_file(spoke).findings if f.code == SCHEMA]
    assert [(f.path, f.line) for f in errors] == [("changes[1]", change_line(spoke, 1))], errors
    message = errors[0].message
    assert message.startswith("document.owner: 'r-desk' is not a person or role in this playbook")
    assert message.count("document.owner") == 1 and "effective playbook" not in message


@pytest.mark.parametrize(
    ("changes", "where", "says"),
    [
        (
            [change("add", target="conduct.clauses", item={"id": "ag-2", "title": "No posts", "wording": "Never."}
                    | {"kind": "prohibition", "audiences": ["employees", "agents"]})],
            "changes[0].item.audiences",
            "add conduct.clauses[ag-2] binds employees; this spoke is the sub-policy for agents",
        ),
        (
            [change("add", target="conduct.clauses", item={"id": "ag-3", "title": "No posts", "wording": "Never."})],
            "changes[0].item.audiences",
            "add conduct.clauses[ag-3] binds everyone the policy applies to",
        ),
        (
            [change("modify", target="governance.spokes", id="sp-agents", fields={"audiences": ["employees"]})],
            "changes[0]",
            "the hub lists this spoke as the sub-policy for agents; whom it is for is the hub's to change",
        ),
    ],
    ids=["binds others", "binds everyone", "entry changed"],
)  # fmt: skip
def test_an_audience_sub_policy_binds_only_its_audiences(
    write: Callable[..., Path], hub: dict[str, Any], changes: list[dict[str, Any]], where: str, says: str
) -> None:
    # red team 18/20, F17: an addendum for agents could forbid employees to post
    hub["governance"] = {"spokes": [{"id": "sp-agents", "name": "EMEA", "kind": "audience", "audiences": ["agents"]}]}
    write("hub.playbook.yaml", hub)
    spoke = write("spoke.playbook.yaml", spoke_data(changes, **recorded_against(hub)))
    errors = [f for f in validate_file(spoke).findings if f.code == "SPOKE-AUDIENCE-SCOPE"]
    assert [(f.path, f.line) for f in errors] == [(where, change_line(spoke, 0))]
    assert says in errors[0].message
    fine = change("add", target="conduct.clauses", item={"id": "ag-1", "title": "Disclose", "audiences": ["agents"]})
    spoke = write("fine.playbook.yaml", spoke_data([fine], **recorded_against(hub)))
    assert not [f for f in validate_file(spoke).findings if f.code == "SPOKE-AUDIENCE-SCOPE"]


def test_a_change_to_an_item_the_hub_no_longer_has_is_drift(write: Callable[..., Path], hub: dict[str, Any]) -> None:
    write("hub.playbook.yaml", hub)
    spoke = write(
        "spoke.playbook.yaml",
        spoke_data(
            [
                change("modify", target="channels.accounts", id="c-gone", fields={"mfa": True}),
                change("remove", target="channels.accounts", id="c-gone"),
            ]
        ),
    )
    report = validate_file(spoke)
    assert [(f.code, f.path) for f in report.findings if f.code == HUB_DRIFT and f.path.startswith("changes")] == [
        (HUB_DRIFT, "changes[0].id"),
        (HUB_DRIFT, "changes[1].id"),
    ]
    assert report.playbook is not None


SPOKE_FORMAT_ERRORS = {
    "unknown key": ("spoke:\n  region: EMEA\n  hub: hub.playbook.yaml\n  colour: red\n", "spoke.colour", 4),
    "no region": ("spoke:\n  hub: hub.playbook.yaml\n", "spoke.region", 2),
    "bad action": (
        "spoke:\n  region: X\n  hub: hub.playbook.yaml\nchanges:\n- action: delete\n  target: a.b\n",
        "changes[0]",
        5,
    ),
    "no action": ("spoke:\n  region: X\n  hub: hub.playbook.yaml\nchanges:\n- target: a.b\n", "changes[0]", 5),
}


@pytest.mark.parametrize("body, path, line", SPOKE_FORMAT_ERRORS.values(), ids=SPOKE_FORMAT_ERRORS.keys())
def test_a_malformed_spoke_file_is_a_schema_error_with_its_line(
    write: Callable[..., Path], body: str, path: str, line: int
) -> None:
    report = validate_file(write("spoke.playbook.yaml", "schema_version: 1\n" + body))
    assert [(f.code, f.path, f.line) for f in report.findings] == [(SCHEMA, path, line + 1)]
    assert report.playbook is None


def test_a_spoke_with_broken_yaml_is_unreadable_not_a_crash(write: Callable[..., Path]) -> None:
    report = validate_file(write("spoke.playbook.yaml", "spoke:\n  region: [EMEA\n"))
    assert report.unreadable is not None and "spoke.playbook.yaml:" in report.unreadable


# ---------------------------------------------------------------- drift


def test_a_hub_change_under_a_modified_field_shows_old_and_new_hub_values(
    write: Callable[..., Path], hub: dict[str, Any], tmp_path: Path
) -> None:
    hub_path = write("hub.playbook.yaml", hub)
    spoke = new_spoke(hub_path, "EMEA", tmp_path / "spoke.playbook.yaml")
    spoke = apply_change(
        spoke,
        ModifyChange(
            action="modify",
            target="records.record_classes",
            id="rc-comms",
            fields={"retention_years": 7},
            rationale="UK",
        ),
        load(hub_path),
    )
    save_spoke(spoke, tmp_path / "spoke.playbook.yaml")
    assert not [f for f in validate_file(tmp_path / "spoke.playbook.yaml").findings if f.code == HUB_DRIFT]

    hub["records"]["record_classes"][0]["retention_years"] = 8
    hub["channels"]["accounts"].append({"id": "c-new", "platform": "Threads"})
    hub["document"]["version"] = "1.1.0"
    write("hub.playbook.yaml", hub)
    resolution = resolve_file(tmp_path / "spoke.playbook.yaml")
    drift = [f for f in resolution.findings if f.code == HUB_DRIFT]
    assert {f.path for f in drift} == {"records.record_classes[0].retention_years", "spoke.hub_fingerprint"}
    report = drifted(resolution)
    assert report is not None and report.changed
    assert report.tailored_version == "1.0.0" and report.current_version == "1.1.0"
    [value] = report.values
    assert (value.address, value.tailored_against, value.hub_now, value.spoke_value) == (
        "records.record_classes[rc-comms].retention_years",
        6,
        8,
        7,
    )
    assert {(d.kind, d.address) for d in report.items} == {
        ("item-changed", "records.record_classes[rc-comms]"),
        ("item-added", "channels.accounts[c-new]"),
    }

    # after review, the spoke records the hub as it is now: no drift any more
    save_spoke(rebase(load_spoke(tmp_path / "spoke.playbook.yaml"), load(hub_path)), tmp_path / "spoke.playbook.yaml")
    assert not [f for f in validate_file(tmp_path / "spoke.playbook.yaml").findings if f.code == HUB_DRIFT]


def test_a_spoke_that_records_no_hub_version_is_told_to(write: Callable[..., Path], hub: dict[str, Any]) -> None:
    write("hub.playbook.yaml", hub)
    spoke = write("spoke.playbook.yaml", spoke_data([]))
    assert [f.path for f in validate_file(spoke).findings if f.code == HUB_DRIFT] == ["spoke.hub_version"]


# ---------------------------------------------------------------- editing helpers


def test_apply_and_revert_one_change(write: Callable[..., Path], hub: dict[str, Any], tmp_path: Path) -> None:
    hub_path = write("hub.playbook.yaml", hub)
    hub_model = load(hub_path)
    spoke = new_spoke(hub_path, "EMEA", tmp_path / "spoke.playbook.yaml")
    before = tailor(hub_model, spoke).effective
    changed = apply_change(
        spoke,
        ModifyChange(
            action="modify", target="channels.accounts", id="c-yt", fields={"response_sla_hours": 4}, rationale="x"
        ),
        hub_model,
    )
    assert changed.changes[-1].hub_values == {"response_sla_hours": 24.0}
    after = tailor(hub_model, changed).effective
    assert after is not None and after.channels.accounts[1].response_sla_hours == 4
    reverted = tailor(hub_model, revert_change(changed, len(changed.changes) - 1)).effective
    assert before is not None and reverted == before
    with pytest.raises(IndexError):
        revert_change(spoke, 99)


def test_a_new_spoke_names_its_hub_relative_to_itself(
    write: Callable[..., Path], hub: dict[str, Any], tmp_path: Path
) -> None:
    hub_path = write("corporate/hub.playbook.yaml", hub)
    spoke = new_spoke(hub_path, "Latin America", tmp_path / "regions" / "latam.playbook.yaml")
    assert spoke.spoke.hub == "../corporate/hub.playbook.yaml"
    assert spoke.spoke.hub_version == "1.0.0"
    assert spoke.spoke.hub_fingerprint == fingerprint(Playbook.model_validate(hub))
    (tmp_path / "regions").mkdir()
    save_spoke(spoke, tmp_path / "regions" / "latam.playbook.yaml")
    resolution = resolve_file(tmp_path / "regions" / "latam.playbook.yaml")
    assert resolution.effective is not None
    assert resolution.effective.document.id == "acme-latin-america"
    # the test hub was never signed off: that is the only thing to say about the new spoke
    assert [f.code for f in resolution.findings] == [HUB_UNAPPROVED]


def test_a_finding_about_a_value_the_spoke_added_points_at_its_change(
    write: Callable[..., Path], hub: dict[str, Any]
) -> None:
    write("hub.playbook.yaml", hub)
    active = {"id": "c-new", "platform": "Threads", "state": "active"}  # no owner, backup, SLA, ...
    spoke = write("spoke.playbook.yaml", spoke_data([change("add", target="channels.accounts", item=active)]))
    report = validate_file(spoke)
    not_ready = [f for f in report.findings if f.code == "CHAN-NOT-READY" and f.path.startswith("channels.accounts[2]")]
    assert not_ready and all(f.line == change_line(spoke, 0) for f in not_ready)
    # the hub's own gaps are reported at the hub's file and line
    hub_side = [f for f in report.findings if f.code == "GOV-CHAMPION-MISSING"]
    hub_file = spoke.with_name("hub.playbook.yaml")
    assert hub_side and hub_side[0].file == str(hub_file)
    line = hub_side[0].line
    assert line is not None and hub_file.read_text().splitlines()[line - 2] == "people:"  # in the hub's people


def test_the_editor_gets_differences_and_drift_from_models_in_memory(hub: dict[str, Any]) -> None:
    from playbooks.tailoring import SpokeFile, resolve_models

    hub_model = Playbook.model_validate(hub)
    spoke = SpokeFile.model_validate(
        spoke_data(
            [change("modify", target="channels.accounts", id="c-yt", fields={"mfa": True}, hub_values={"mfa": True})],
            hub_version="0.9.0",
        )
    )
    resolution = resolve_models(hub_model, spoke, hub_file="hub.playbook.yaml")
    assert [d.address for d in differences(resolution)] == ["channels.accounts[c-yt].mfa"]
    report = drifted(resolution)
    assert report is not None and report.changed
    assert [(d.address, d.tailored_against, d.hub_now) for d in report.values] == [
        ("channels.accounts[c-yt].mfa", True, None)  # the hub now leaves it unset
    ]
    assert HUB_DRIFT in codes(resolution.findings)


def test_applying_changes_never_alters_the_spoke_itself(hub: dict[str, Any]) -> None:
    from playbooks.tailoring import SpokeFile

    spoke = SpokeFile.model_validate(
        spoke_data(
            [
                change("set", path="scope.territories", value=["Germany"]),
                change("add", target="scope.territories", item="Austria"),
            ]
        )
    )
    before = spoke.model_dump()
    first = tailor(Playbook.model_validate(hub), spoke).effective
    second = tailor(Playbook.model_validate(hub), spoke).effective
    assert spoke.model_dump() == before
    assert first is not None and second is not None
    assert first.scope.territories == second.scope.territories == ["Germany", "Austria"]


def test_change_lines_follow_the_file_whatever_its_yaml_style() -> None:
    from playbooks.tailoring.spoke import change_lines

    text = (
        "spoke: {region: X, hub: h.playbook.yaml, changes: [9]}\n"
        "changes:\n"
        "  - action: set\n"
        "    path: document.title\n"
        "  - {action: add, target: scope.territories, item: [1, 2]}\n"
        "  -\n"
        "    action: remove\n"
        "hub_items: {a: b}\n"
    )
    assert change_lines(text, 3) == [3, 5, 7]
    assert len(change_lines("changes: [unclosed\n", 1)) == 1  # broken YAML: no exception


def test_a_very_long_hub_list_gets_one_digest(hub: dict[str, Any]) -> None:
    from playbooks.tailoring import hub_digests
    from playbooks.tailoring.resolve import DIGEST_ITEMS_MAX

    clauses = [{"id": f"cl-{i}", "title": f"Clause {i}"} for i in range(DIGEST_ITEMS_MAX + 1)]
    hub["conduct"]["clauses"] = clauses
    digests = hub_digests(Playbook.model_validate(hub))
    assert "conduct.clauses[*]" in digests
    assert not [name for name in digests if name.startswith("conduct.clauses[cl-")]
    assert "channels.accounts[c-li]" in digests


def test_reordering_items_without_a_key_is_no_difference(hub: dict[str, Any]) -> None:
    """Sign-offs (and other items without a key) matched by content: a spoke that lists them in
    another order differs from its hub in nothing; one more item is one difference."""
    from playbooks.tailoring import SpokeFile, resolve_models

    signoffs = [
        {"approver": "Ann Hub", "role": "CCO", "date": "2026-01-02", "fingerprint": "a" * 64, "decision": "approved"},
        {"approver": "Bo Hub", "role": "CEO", "date": "2026-01-03", "fingerprint": "b" * 64, "decision": "approved"},
    ]
    hub_model = Playbook.model_validate({**hub, "document": {**hub["document"], "sign_offs": signoffs}})
    spoke = SpokeFile.model_validate(spoke_data([]))
    spoke = spoke.model_copy(
        update={"spoke": spoke.spoke.model_copy(update={"sign_offs": [SignOff.model_validate(s) for s in signoffs]})}
    )
    same = resolve_models(hub_model, spoke, hub_file="hub.playbook.yaml")
    assert differences(same) == []
    reordered = spoke.model_copy(
        update={"spoke": spoke.spoke.model_copy(update={"sign_offs": spoke.spoke.sign_offs[::-1]})}
    )
    assert differences(resolve_models(hub_model, reordered, hub_file="hub.playbook.yaml")) == []
    one_more = reordered.spoke.model_copy(
        update={"sign_offs": [*reordered.spoke.sign_offs, SignOff.model_validate({**signoffs[0], "approver": "Eva"})]}
    )
    found = differences(resolve_models(hub_model, reordered.model_copy(update={"spoke": one_more}), hub_file="h"))
    assert [(d.kind, d.address) for d in found] == [("added", "document.sign_offs[2]")]
