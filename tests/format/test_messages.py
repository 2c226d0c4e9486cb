"""What the format refuses, in plain words decided from pydantic's structured errors."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from playbooks.format import model as m
from playbooks.format.fields import is_model, unwrap
from playbooks.format.messages import PATTERNS, field_at, plain
from playbooks.format.model import Playbook
from playbooks.io.storage import issues_from_validation
from tests.conftest import minimal_data


def _patterns(cls: type[BaseModel], seen: set[type[BaseModel]] | None = None) -> set[str]:
    seen = seen if seen is not None else set()
    if cls in seen:
        return set()
    seen.add(cls)
    found: set[str] = set()
    for info in cls.model_fields.values():
        constraints = [*info.metadata]
        inner = unwrap(info.annotation).inner
        for arg in getattr(info.annotation, "__args__", ()):
            constraints += getattr(arg, "__metadata__", ())
            for sub in getattr(arg, "__args__", ()):
                constraints += getattr(sub, "__metadata__", ())
        found |= {str(c.pattern) for c in constraints if getattr(c, "pattern", None)}
        if is_model(inner):
            found |= _patterns(inner, seen)
    return found


def test_every_pattern_of_the_format_has_plain_wording() -> None:
    from playbooks.tailoring import spoke

    patterns = _patterns(Playbook)
    assert {r"^\d+\.\d+\.\d+$", r"^[a-z0-9][a-z0-9._-]*$"} <= patterns  # the walk finds them
    assert patterns - set(PATTERNS) == set()
    # and the spoke format's, whose changes name fields by a pattern of their own (issue 15)
    for cls in (spoke.SpokeFile, spoke.AddChange, spoke.ModifyChange, spoke.SetChange, spoke.RemoveChange):
        assert _patterns(cls) - set(PATTERNS) == set(), cls.__name__


def test_a_spoke_change_with_an_index_in_its_path_is_refused_in_plain_words(tmp_path: Any) -> None:
    from pathlib import Path

    from playbooks.io.storage import PlaybookLoadError
    from playbooks.tailoring.spoke import spoke_from_text

    text = (
        "schema_version: 1\nspoke:\n  region: EU\n  hub: hub.playbook.yaml\nchanges:\n"
        "- action: set\n  path: channels.accounts[1].character_limit\n  value: 5\n  rationale: r\n"
    )
    with pytest.raises(PlaybookLoadError) as caught:
        spoke_from_text(str(Path(tmp_path) / "s.playbook.yaml"), text)
    assert "changes[0].path: Use a field's address" in str(caught.value)
    assert "pattern" not in str(caught.value) and "^" not in str(caught.value)


def test_a_whole_number_too_long_to_read_is_named_as_such() -> None:
    error: Any = {"type": "int_parsing_size", "loc": ("x",), "msg": "", "input": "9" * 5000}
    assert plain(error) == "Must be a whole number of at most 4,300 digits"


def _errors(**document: Any) -> list[str]:
    data = minimal_data()
    data["document"].update(document)
    with pytest.raises(ValidationError) as caught:
        Playbook.model_validate(data)
    return [f"{i.path}: {i.message}" for i in issues_from_validation(caught.value)]


@pytest.mark.parametrize(
    ("field", "value", "sentence"),
    [
        ("review_cadence_months", 99, "Must be between 1 and 60"),
        ("review_cadence_months", "often", "Must be a whole number"),
        ("version", "one", "Use a version number like 1.2.0"),
        ("id", "Not An Id", "Use lower-case letters, digits, '.', '-' or '_', starting with a letter or digit"),
        ("title", "", "This field cannot be empty"),
        ("title", "x" * 201, "Use at most 200 characters"),
        ("next_review_date", "soon", "Must be a date (YYYY-MM-DD)"),
        (
            "effective_date",
            "soon",
            "Must be a date (YYYY-MM-DD), a month (YYYY-MM, May 2024 or 5/2024) or a year (YYYY)",
        ),
        ("self_approval_allowed", "perhaps", "Must be yes or no (true or false)"),
        (
            "status",
            "retired-ish",
            "Must be one of 'draft', 'in_review', 'approved', 'active', 'superseded' or 'retired'",
        ),
        ("owner", "p-nobody", "'p-nobody' is not a person or role in this playbook"),
        ("colour", "red", "unknown field (not part of the playbook format; check the spelling)"),
    ],
)
def test_validation_errors_are_plain_sentences(field: str, value: Any, sentence: str) -> None:
    assert _errors(**{field: value}) == [f"document.{field}: {sentence}"]


def test_a_limit_on_one_side_says_which_side() -> None:
    data = minimal_data()
    data["channels"]["accounts"][0]["response_sla_hours"] = 0
    with pytest.raises(ValidationError) as caught:
        Playbook.model_validate(data)
    assert [i.message for i in issues_from_validation(caught.value)] == ["Must be more than 0"]


def test_the_field_of_an_error_location_is_found_through_lists_and_sections() -> None:
    info = field_at(Playbook, ("channels", "accounts", 3, "response_sla_hours"))
    assert info is m.Channel.model_fields["response_sla_hours"]
    assert field_at(Playbook, ("channels", "colour")) is None
    assert plain({"type": "no_such_error", "loc": (), "msg": "something odd", "input": None}) == "Something odd"
