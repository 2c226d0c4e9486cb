"""Roles beside people (issue 18, construct 5): owners, approvers, RACI entries and escalation
contacts may name an office or a committee ("Advertising Review Unit", "the duty officer")."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from playbooks.checks import run_checks
from playbooks.checks.context import frozen_today
from playbooks.export import export_document
from playbooks.format.model import Playbook
from playbooks.format.paths import replace_at
from tests.checks.builders import TODAY, complete_data
from tests.export.readback import READERS, md_text

UNIT = {
    "id": "ad-review",
    "name": "Advertising Review Unit",
    "description": "Reviews every advertisement before it runs.",
    "holders": ["p-ann", "p-bo"],
    "email": "adreview@example.com",
}


def with_roles(data: dict[str, Any]) -> dict[str, Any]:
    data["people"]["roles"] = [UNIT, {"id": "duty-officer", "name": "Duty officer", "holders": ["p-cy"]}]
    data["governance"]["decision_rights"][0]["accountable"] = "ad-review"
    data["crisis"]["levels"][0]["contacts"] = [{"person": "ad-review"}]
    return data


def test_a_raci_entry_and_a_contact_may_name_a_role() -> None:
    pb = Playbook.model_validate(with_roles(complete_data()))
    assert pb.governance.decision_rights[0].accountable == "ad-review"


def test_a_party_nobody_defined_is_an_error_at_its_field() -> None:
    data = with_roles(complete_data())
    data["governance"]["decision_rights"][0]["accountable"] = "ad-reviews"
    with pytest.raises(
        ValidationError, match=r"decision_rights\[0\]\.accountable: 'ad-reviews' is not a person or role"
    ):
        Playbook.model_validate(data)


def test_renaming_a_role_renames_every_reference_to_it() -> None:
    pb = Playbook.model_validate(with_roles(complete_data()))
    renamed, _ = replace_at(pb, "people.roles[0].id", "aru")
    assert renamed.governance.decision_rights[0].accountable == "aru"
    assert renamed.crisis.levels[0].contacts[0].person == "aru"


def _no_backup(data: dict[str, Any]) -> list[str]:
    with frozen_today(TODAY):
        return [f.message for f in run_checks(Playbook.model_validate(data)) if f.code == "CRISIS-NO-BACKUP"]


def test_a_role_two_people_hold_needs_no_backup_a_role_one_holds_does() -> None:
    assert _no_backup(with_roles(complete_data())) == []
    data = with_roles(complete_data())
    data["crisis"]["levels"][0]["contacts"] = [{"person": "duty-officer"}]
    (message,) = _no_backup(data)
    assert message.startswith("Name a backup for Duty officer at level")


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_documents_name_the_role_and_list_the_register(fmt: str) -> None:
    read = READERS[fmt]
    pb = Playbook.model_validate(with_roles(complete_data()))
    policy = read(export_document(pb, "policy", fmt))
    assert "Advertising Review Unit" in policy and "adreview@example.com" in policy
    assert "ad-review" not in policy.replace("adreview", "")
    raci = read(export_document(pb, "raci", fmt))
    assert "Advertising Review Unit" in raci
    crisis = read(export_document(pb, "crisis", fmt))
    assert "Advertising Review Unit (adreview@example.com)" in crisis


def test_a_change_is_made_by_a_role_or_by_an_outsider_named_in_words() -> None:
    data = with_roles(complete_data())
    data["document"]["change_log"] = [
        {"version": "1.0.0", "date": "2013-01", "by": "ad-review", "what": "First edition."},
        {"version": "1.1.0", "date": "2014", "author": "Outside counsel", "what": "Reviewed."},
    ]
    text = md_text(export_document(Playbook.model_validate(data), "policy", "md"))
    assert "| 1.0.0 | January 2013 | Advertising Review Unit |" in text
    assert "| 1.1.0 | 2014 | Outside counsel |" in text
