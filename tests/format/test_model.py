"""The model: every field documented, vocabularies as enums, references checked."""

from __future__ import annotations

from enum import Enum
from typing import Any, get_args, get_origin

import pytest
from pydantic import BaseModel, ValidationError

from playbooks.format.fields import unwrap
from playbooks.format.model import SECTIONS, Playbook
from playbooks.format.references import find_problems
from playbooks.io.storage import issues_from_validation


def _models(cls: type[BaseModel], seen: set[type[BaseModel]] | None = None) -> set[type[BaseModel]]:
    seen = set() if seen is None else seen
    if cls in seen:
        return seen
    seen.add(cls)
    for info in cls.model_fields.values():
        stack: list[Any] = [info.annotation]
        while stack:
            annotation = stack.pop()
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                _models(annotation, seen)
            stack.extend(get_args(annotation))
    return seen


ALL_MODELS = sorted(_models(Playbook), key=lambda c: c.__name__)


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda c: c.__name__)
def test_every_field_has_a_title_and_a_description(model: type[BaseModel]) -> None:
    undocumented = [name for name, info in model.model_fields.items() if not info.title or not info.description]
    assert undocumented == []


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda c: c.__name__)
def test_unknown_keys_are_refused(model: type[BaseModel]) -> None:
    assert model.model_config.get("extra") == "forbid"


def test_the_playbook_has_the_seventeen_sections_of_the_domain() -> None:
    titles = [title for _, title in SECTIONS]
    assert len(titles) == 18  # document control .. maintenance (17 is enforcement and maintenance)
    assert titles[0] == "Document control" and "Measurement plan" in titles and "Crisis and escalation" in titles


def test_fixed_vocabularies_are_enums() -> None:
    fields = {
        "governance model": Playbook.model_fields["governance"].annotation.model_fields["model"],  # type: ignore[union-attr]
    }
    for name, info in fields.items():
        inner = unwrap(info.annotation).inner
        assert isinstance(inner, type) and issubclass(inner, Enum), name


def test_a_metric_naming_a_missing_objective_is_an_error_with_its_path(minimal: dict[str, Any]) -> None:
    minimal["measurement"]["metrics"][0]["objective"] = "o-nowhere"
    with pytest.raises(ValidationError) as caught:
        Playbook.model_validate(minimal)
    issues = issues_from_validation(caught.value)
    assert [(i.path, i.message) for i in issues] == [
        ("measurement.metrics[0].objective", "'o-nowhere' is not an objective in this playbook")
    ]


def test_every_broken_reference_is_reported_not_just_the_first(minimal: dict[str, Any]) -> None:
    minimal["channels"]["accounts"][0]["owner"] = "p-ghost"
    minimal["channels"]["accounts"][0]["backup"] = "p-phantom"
    minimal["document"]["owner"] = "p-nobody"
    with pytest.raises(ValidationError) as caught:
        Playbook.model_validate(minimal)
    paths = [i.path for i in issues_from_validation(caught.value)]
    assert paths == ["document.owner", "channels.accounts[0].owner", "channels.accounts[0].backup"]


def test_duplicate_ids_are_errors(minimal: dict[str, Any]) -> None:
    minimal["people"]["people"].append({"id": "p-ann", "name": "Another Ann"})
    with pytest.raises(ValidationError) as caught:
        Playbook.model_validate(minimal)
    issues = issues_from_validation(caught.value)
    assert issues[0].path == "people.people[2].id"
    assert "Duplicate id 'p-ann'" in issues[0].message


def test_a_role_may_not_take_a_persons_id(minimal: dict[str, Any]) -> None:
    # the owner 'p-ann' would silently mean the person, never the committee (red team 18/20, F07)
    minimal["people"]["roles"] = [{"id": "p-ann", "name": "Social Media Committee"}]
    with pytest.raises(ValidationError) as caught:
        Playbook.model_validate(minimal)
    issues = issues_from_validation(caught.value)
    assert [(i.path, i.message) for i in issues] == [
        ("people.roles[0].id", "Duplicate id 'p-ann' (already used by people.people[0]); ids must be unique")
    ]


def test_a_valid_playbook_has_no_reference_problems(minimal: dict[str, Any]) -> None:
    assert find_problems(Playbook.model_validate(minimal)) == []


def test_assignment_is_validated_so_the_model_never_holds_an_invalid_value(minimal: dict[str, Any]) -> None:
    playbook = Playbook.model_validate(minimal)
    channel = playbook.channels.accounts[0]
    with pytest.raises(ValidationError):
        channel.response_sla_hours = -1
    assert channel.response_sla_hours is None


def test_list_fields_are_really_lists() -> None:
    info = Playbook.model_fields["waivers"]
    assert get_origin(info.annotation) is list


def test_enum_wordings_read_as_people_write_them() -> None:
    from playbooks.format.enums import Function, GovernanceModel, StorageMode, label

    assert label(GovernanceModel.HUB_AND_SPOKE) == "Hub and spoke"
    assert label(StorageMode.WORM) == "WORM (write once, read many)"
    assert label(Function.HR) == "HR" and label(Function.IT_SECURITY) == "IT security"
