"""Sign-off, approval state and comparing versions: the audit trail a compliance officer relies on."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from playbooks.audit.changelog import proposed_what
from playbooks.audit.compare import summarise, to_html
from playbooks.audit.signoff import SignOffRefused, add_change_log_entry, approval_state, bump_version, sign_off
from playbooks.cli.main import main
from playbooks.format.differences import differences as compare
from playbooks.format.enums import Decision, LifecycleStatus
from playbooks.format.model import Playbook
from playbooks.io.storage import fingerprint, load, save
from tests.conftest import EXAMPLES

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"


@pytest.fixture
def playbook(minimal: dict[str, Any]) -> Playbook:
    """A small playbook with no error-level finding (an approval waits until there is none)."""
    minimal["document"]["authors"] = ["p-ann"]
    minimal["document"]["version"] = "0.1.0"
    minimal["people"]["champions"] = [{"person": "p-bo", "sponsored_goal": "Customer retention"}]
    minimal["governance"] = {"model": "centralized"}
    trigger = {"kind": "legal_regulatory", "description": "A regulator asks about a post"}
    contact = {"person": "p-bo", "backup": "p-ann", "acknowledge_minutes": 15}
    minimal["crisis"] = {
        "levels": [{"id": "sev-1", "level": 1, "name": "Critical", "triggers": [trigger], "contacts": [contact]}]
    }
    return Playbook.model_validate(minimal)


def test_an_approval_is_refused_while_validate_reports_errors_and_a_rejection_is_not(playbook: Playbook) -> None:
    broken = playbook.model_copy(update={"crisis": playbook.crisis.model_copy(update={"levels": []})})
    with pytest.raises(SignOffRefused, match="reports 1 error") as refused:
        sign_off(broken, approver="Bo Example", role="CCO", decision=Decision.APPROVED)
    assert [f.code for f in refused.value.findings] == ["CRISIS-NO-ESCALATION"]
    with pytest.raises(SignOffRefused):
        sign_off(broken, approver="Bo Example", role="CCO", decision=Decision.APPROVED_WITH_CHANGES)
    rejected = sign_off(broken, approver="Bo Example", role="CCO", decision=Decision.REJECTED)
    assert rejected.document.sign_offs[-1].decision is Decision.REJECTED


def test_a_sign_off_records_the_fingerprint_and_shows_approved(playbook: Playbook) -> None:
    assert approval_state(playbook).describe() == "Not approved"
    signed = sign_off(
        playbook, approver="Bo Example", role="CCO", decision=Decision.APPROVED, date=dt.date(2026, 11, 2)
    )
    assert signed.document.sign_offs[-1].fingerprint == fingerprint(signed)
    assert approval_state(signed).describe() == "Approved by Bo Example on 2026-11-02"
    assert playbook.document.sign_offs == []  # the original is not changed


def test_a_later_edit_shows_changed_since_approval_and_undoing_it_restores(playbook: Playbook) -> None:
    signed = sign_off(playbook, approver="Bo Example", role="CCO", decision=Decision.APPROVED)
    edited = signed.model_copy(deep=True)
    edited.channels.accounts[0].handle = "@acme"
    assert approval_state(edited).describe().startswith("Changed since approval")
    edited.channels.accounts[0].handle = ""
    assert approval_state(edited).current


def test_approval_can_bump_the_version_and_move_the_status_without_invalidating_itself(playbook: Playbook) -> None:
    signed = sign_off(
        playbook,
        approver="Bo Example",
        role="CCO",
        decision=Decision.APPROVED,
        bump="minor",
        status=LifecycleStatus.APPROVED,
    )
    assert signed.document.version == "0.2.0" and signed.document.status is LifecycleStatus.APPROVED
    assert approval_state(signed).current


def test_self_approval_is_refused_when_the_route_forbids_it(playbook: Playbook) -> None:
    with pytest.raises(SignOffRefused, match="self-approval"):
        sign_off(playbook, approver="ann example", role="Author", decision=Decision.APPROVED)
    playbook.document.self_approval_allowed = True
    # the route allows it now, but a route that lets authors approve fails the checks (COMP-SELF-APPROVAL)
    with pytest.raises(SignOffRefused, match="COMP-SELF-APPROVAL"):
        sign_off(playbook, approver="Ann Example", role="Author", decision=Decision.APPROVED)
    assert sign_off(
        playbook, approver="Ann Example", role="Author", decision=Decision.APPROVED, findings=[]
    ).document.sign_offs


def test_a_rejection_does_not_count_as_approval(playbook: Playbook) -> None:
    rejected = sign_off(playbook, approver="Bo Example", role="CCO", decision=Decision.REJECTED, bump="major")
    assert rejected.document.version == "0.1.0"
    assert not approval_state(rejected).approved


def test_bump_version() -> None:
    assert [bump_version("1.3.2", p) for p in ("major", "minor", "patch")] == ["2.0.0", "1.4.0", "1.3.3"]  # type: ignore[arg-type]


def test_record_change_appends_to_the_change_log(playbook: Playbook) -> None:
    logged = add_change_log_entry(playbook, author="Ann", what="Added X", why="Because", date=dt.date(2026, 1, 2))
    assert logged.document.change_log[-1].what == "Added X" and logged.document.change_log[-1].version == "0.1.0"


def test_compare_lists_exactly_the_changed_fields(playbook: Playbook) -> None:
    newer = playbook.model_copy(deep=True)
    newer.channels.accounts[0].response_sla_hours = 4
    newer.people.people[1].name = "Bo Renamed"
    newer.objectives.items.append(newer.objectives.items[0].model_copy(update={"id": "o-new", "title": "Delight fans"}))
    del newer.measurement.metrics[0]
    changes = compare(playbook, newer)
    assert [(c.kind, c.path) for c in changes] == [
        ("added", "objectives.items[1]"),
        ("changed", "people.people[1].name"),
        ("added", "channels.accounts[0].response_sla_hours"),
        ("removed", "measurement.metrics[0]"),
    ]
    assert changes[1].label == "People › Bo Renamed › Name"
    assert changes[1].old == "Bo Example" and changes[1].new == "Bo Renamed"
    assert "Objectives: added Delight fans" in summarise(changes)


def test_reordering_a_list_is_not_a_change(playbook: Playbook) -> None:
    newer = playbook.model_copy(deep=True)
    newer.people.people.reverse()
    assert compare(playbook, newer) == []


def _glossary_reversed(hub: Playbook) -> Playbook:
    scope = hub.scope.model_copy(update={"glossary": hub.scope.glossary[::-1]})
    return hub.model_copy(update={"scope": scope})


def test_reordering_items_without_ids_is_no_difference_nor_a_change_to_record() -> None:
    hub = load(HUB)
    reordered = _glossary_reversed(hub)
    assert len(hub.scope.glossary) == 14 and reordered.scope.glossary != hub.scope.glossary
    assert compare(hub, reordered) == []
    assert proposed_what(hub, reordered) == ""


def test_charter_compare_shows_no_difference_for_a_reordered_glossary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reordered = tmp_path / "reordered.playbook.yaml"
    save(_glossary_reversed(load(HUB)), reordered)
    assert main(["compare", str(HUB), str(reordered)]) == 0
    assert capsys.readouterr().out.startswith("0 differences\n")
    assert main(["compare", str(HUB), str(reordered), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_compare_names_items_and_people_by_name_not_id() -> None:
    hub = load(HUB)
    edited = hub.model_copy(deep=True)
    champion = edited.people.champions[0]
    champion.sponsored_goal = "Grow client assets by 10% a year"
    edited.channels.accounts[0].owner = edited.people.people[0].id
    changes = compare(hub, edited)
    person = {p.id: p.name for p in hub.people.people}
    assert [c.label for c in changes] == [
        f"People › {person[champion.person]} › Sponsored corporate goal",
        f"Channels and accounts › {hub.channels.accounts[0].platform} {hub.channels.accounts[0].handle} › Owner",
    ]
    html = to_html(hub, edited, changes)
    owner = changes[1]
    assert person[owner.old] in html and person[owner.new] in html  # the owners by name
    assert f">{owner.new}<" not in html


def test_the_html_comparison_is_self_contained_and_escaped(playbook: Playbook) -> None:
    newer = playbook.model_copy(deep=True)
    newer.document.title = "<script>alert(1)</script>"
    html = to_html(playbook, newer, compare(playbook, newer))
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "http://" not in html and "https://" not in html


def test_cli_signoff_and_compare(playbook: Playbook, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.playbook.yaml"
    save(playbook, path)
    assert main(["signoff", str(path), "--approver", "Bo Example", "--role", "CCO", "--bump", "minor"]) == 0
    assert load(path).document.sign_offs[-1].approver == "Bo Example"
    assert main(["signoff", str(path), "--show"]) == 0
    assert "Approved by Bo Example" in capsys.readouterr().out
    assert main(["signoff", str(path), "--approver", "Ann Example", "--role", "Author"]) == 1
    assert "self-approval" in capsys.readouterr().err
    old = tmp_path / "old.playbook.yaml"
    save(playbook, old)
    assert main(["compare", str(old), str(path), "--format", "json"]) == 0
    changes = json.loads(capsys.readouterr().out)
    assert {c["path"] for c in changes} == {"document.version", "document.sign_offs[0]"}
    out = tmp_path / "cmp.html"
    assert main(["compare", str(old), str(path), "--format", "html", "-o", str(out)]) == 0
    assert "Comparison of playbook versions" in out.read_text()


def test_a_name_with_a_line_break_is_refused(playbook: Playbook) -> None:
    with pytest.raises(SignOffRefused, match="one line"):
        sign_off(playbook, approver="Bo\nExample", role="CCO", decision=Decision.APPROVED)


def test_a_spoke_is_compared_and_signed_off_as_its_effective_playbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from tests.conftest import EXAMPLES

    for name in ("meridian-securities-hub.playbook.yaml", "meridian-securities-spoke-emea.playbook.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    hub, spoke = (
        tmp_path / "meridian-securities-hub.playbook.yaml",
        tmp_path / "meridian-securities-spoke-emea.playbook.yaml",
    )
    assert main(["compare", str(hub), str(spoke), "--format", "json"]) == 0
    paths = {c["path"] for c in json.loads(capsys.readouterr().out)}
    assert any(p.startswith("records.record_classes") for p in paths)
    assert main(["signoff", str(spoke), "--approver", "Orla Keane", "--role", "Compliance Director, EMEA"]) == 0
    capsys.readouterr()
    assert main(["signoff", str(spoke), "--show"]) == 0
    assert "Approved by Orla Keane" in capsys.readouterr().out
    assert main(["validate", str(spoke)]) == 0
    assert load(hub) == load(EXAMPLES / "meridian-securities-hub.playbook.yaml")


def _with_committee(playbook: Playbook) -> Playbook:
    return Playbook.model_validate(
        {
            **playbook.model_dump(mode="json"),
            "people": {
                **playbook.people.model_dump(mode="json"),
                "roles": [{"id": "r-aru", "name": "Advertising Review Unit", "holders": ["p-bo"]}],
            },
        }
    )


def test_a_sign_off_as_a_person_or_a_role_of_the_playbook_is_recorded_and_printed(
    playbook: Playbook,
) -> None:
    from playbooks.export import export_document

    committee = _with_committee(playbook)
    # as a person: their name (and title, when the playbook has one) are the approver's, unless given
    as_bo = sign_off(committee, approver="", role="CCO", by="p-bo", decision=Decision.REJECTED)
    bo = next(p for p in committee.people.people if p.id == "p-bo")
    assert (as_bo.document.sign_offs[-1].approver, as_bo.document.sign_offs[-1].by) == (bo.name, "p-bo")
    # as a committee: a member signs, in the committee's name (its only holder, unless named)
    signed = sign_off(
        committee, approver="", role="", by="r-aru", decision=Decision.APPROVED, date=dt.date(2026, 11, 2)
    )
    last = signed.document.sign_offs[-1]
    assert (last.approver, last.role, last.by) == ("Bo Example", "Advertising Review Unit", "r-aru")
    assert approval_state(signed).current  # who signed is bookkeeping, not content
    member = sign_off(committee, approver="bo example", role="Member", by="r-aru", decision=Decision.REJECTED)
    assert "Member, for Advertising Review Unit" in export_document(member, "policy", "md").decode("utf-8")


def test_a_sign_off_as_someone_the_playbook_does_not_have_or_as_its_author_is_refused(playbook: Playbook) -> None:
    with pytest.raises(SignOffRefused, match="'p-zed' is not a person or role in this playbook"):
        sign_off(playbook, approver="Zed", role="CCO", by="p-zed", decision=Decision.APPROVED)
    # signing as the author is self-approval, whatever name is typed
    with pytest.raises(SignOffRefused, match="self-approval"):
        sign_off(playbook, approver="", role="Author", by="p-ann", decision=Decision.APPROVED)
    with pytest.raises(SignOffRefused, match=r"not by 'A\. Example'"):
        sign_off(playbook, approver="A. Example", role="Author", by="p-ann", decision=Decision.APPROVED)


def test_cli_signs_as_a_person_of_the_playbook(
    playbook: Playbook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.playbook.yaml"
    save(playbook, path)
    assert main(["signoff", str(path), "--as", "p-bo", "--role", "CCO"]) == 0
    last = load(path).document.sign_offs[-1]
    assert (last.by, last.role) == ("p-bo", "CCO") and last.approver
    assert main(["signoff", str(path), "--as", "nobody"]) == 1
    err = capsys.readouterr().err
    assert "'nobody' is not a person or role in this playbook" in err


def test_a_sign_off_as_someone_is_given_by_them_and_a_committees_by_a_member(playbook: Playbook) -> None:
    committee = _with_committee(playbook)
    # a person's sign-off under another name
    with pytest.raises(SignOffRefused, match="A sign-off as Bo Example is given by Bo Example, not by 'Mallory'"):
        sign_off(committee, approver="Mallory", role="CCO", by="p-bo", decision=Decision.APPROVED)
    # a committee's by someone who does not hold it
    with pytest.raises(SignOffRefused, match=r"given by one of its holders \(Bo Example\), not by 'Mallory'"):
        sign_off(committee, approver="Mallory", role="", by="r-aru", decision=Decision.APPROVED)
    nobody = _with_committee(playbook)
    nobody.people.roles[0].holders = []
    with pytest.raises(SignOffRefused, match="No one holds the role Advertising Review Unit"):
        sign_off(nobody, approver="Bo Example", role="", by="r-aru", decision=Decision.APPROVED)


def test_the_holder_of_an_owning_role_may_not_approve_the_playbook_it_owns(playbook: Playbook) -> None:
    owned = _with_committee(playbook)
    owned.document.owner = "r-aru"
    owned.document.authors = []
    # with or without naming the role: Bo holds it, so his approval is self-approval
    for by in (None, "p-bo", "r-aru"):
        with pytest.raises(SignOffRefused, match="self-approval"):
            sign_off(owned, approver="Bo Example", role="CCO", by=by, decision=Decision.APPROVED)


def test_a_signer_who_left_the_playbook_stays_in_its_history(playbook: Playbook, tmp_path: Path) -> None:
    from playbooks.export import export_document
    from playbooks.format.references import find_problems

    signed = sign_off(_with_committee(playbook), approver="", role="", by="r-aru", decision=Decision.REJECTED)
    data = signed.model_dump(mode="json")
    data["people"]["roles"] = []  # the committee is dissolved
    later = Playbook.model_validate(data)
    assert not [p for p in find_problems(later) if "sign_offs" in p.path]
    policy = export_document(later, "policy", "md").decode("utf-8")
    assert "Bo Example" in policy and "r-aru" not in policy
