"""Field paths: persistent updates validated before they happen, references kept intact."""

from __future__ import annotations

import pytest

from playbooks.format import paths as fieldpath
from playbooks.format.model import Playbook
from playbooks.format.paths import FieldRejected
from tests.conftest import minimal_data


@pytest.fixture
def playbook() -> Playbook:
    return Playbook.model_validate(minimal_data())


def test_parse_and_join_round_trip() -> None:
    parts = fieldpath.parse("channels.accounts[2].features[0].name")
    assert parts == ("channels", "accounts", 2, "features", 0, "name")
    assert fieldpath.join(parts) == "channels.accounts[2].features[0].name"
    with pytest.raises(ValueError):
        fieldpath.parse("channels..accounts")


def test_replace_shares_untouched_parts_and_leaves_the_old_root(playbook: Playbook) -> None:
    new, value = fieldpath.replace_at(playbook, "channels.accounts[0].response_sla_hours", "4")
    assert value == 4.0 and new.channels.accounts[0].response_sla_hours == 4.0
    assert playbook.channels.accounts[0].response_sla_hours is None  # the old snapshot is untouched
    assert new.people is playbook.people  # untouched sections are shared, not copied


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        ("channels.accounts[0].response_sla_hours", -1, "Must be more than 0"),
        ("document.review_cadence_months", 99, "Must be between 1 and 60"),
        ("document.title", "", "This field cannot be empty"),
        ("document.owner", "p-nobody", "'p-nobody' is not a person or role in this playbook"),
        ("people.people[1].id", "p-ann", "already used"),
        ("document.version", "one", "Use a version number like 1.2.0"),
    ],
)
def test_refused_values_change_nothing(playbook: Playbook, path: str, value: object, reason: str) -> None:
    before = playbook.model_dump()
    with pytest.raises(FieldRejected) as refused:
        fieldpath.replace_at(playbook, path, value)
    assert reason in refused.value.reason
    assert refused.value.path == path
    assert playbook.model_dump() == before


def test_renaming_an_id_moves_its_references(playbook: Playbook) -> None:
    new, _ = fieldpath.replace_at(playbook, "people.people[0].id", "p-anne")
    assert new.document.owner == "p-anne"
    assert new.channels.accounts[0].owner == "p-anne"
    Playbook.model_validate(new.model_dump())  # still a valid playbook


def test_list_changes_and_referenced_items(playbook: Playbook) -> None:
    item = fieldpath.new_item(playbook, "objectives.items")
    assert item.id == "objective-2" and item.title == "New objective"
    grown = fieldpath.insert_item(playbook, "objectives.items", 0, item)
    assert [o.id for o in grown.objectives.items] == ["objective-2", "o-retain"]
    moved = fieldpath.move_item(grown, "objectives.items", 0, 1)
    assert [o.id for o in moved.objectives.items] == ["o-retain", "objective-2"]
    shrunk, removed = fieldpath.remove_item(moved, "objectives.items", 1)
    assert removed.id == "objective-2" and shrunk.model_dump() == playbook.model_dump()
    assert fieldpath.references_into(playbook, "people.people", 0) == ["document.owner", "channels.accounts[0].owner"]
    assert fieldpath.references_into(playbook, "objectives.items", 0) == ["measurement.metrics[0].objective"]


def test_new_item_needs_something_to_refer_to(playbook: Playbook) -> None:
    with pytest.raises(FieldRejected) as refused:
        fieldpath.new_item(playbook, "people.people[0].certifications")
    assert "Add a training module first" in refused.value.reason


def test_iter_text_finds_every_text_in_order(playbook: Playbook) -> None:
    texts = dict(fieldpath.iter_text(playbook))
    assert texts["document.title"] == "Acme social media policy"
    assert texts["channels.accounts[0].platform"] == "LinkedIn"
    assert "document.status" not in texts  # enum values are not text
