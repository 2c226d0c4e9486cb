"""The spoke file itself: values keep their schema types, an unchanged spoke saves byte for byte,
and a rationale has to say something."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from playbooks.checks.validation import validate_file
from playbooks.tailoring import NO_RATIONALE, dumps_spoke, load_spoke, resolve_file, save_spoke
from playbooks.tailoring.spoke import rationale_problem
from tests.conftest import EXAMPLES
from tests.tailoring.conftest import change, spoke_data

SPOKE_TEXT = """\
---
schema_version: 2
spoke:
  region: EMEA
  hub: hub.playbook.yaml
changes:
  - action: modify
    target: records.record_classes
    id: rc-comms
    fields:
      retention_years: 6.5
      accessible_years: 3
    hub_values:
      retention_years: 6.0
    rationale: UK SYSC 10A.
  - action: add
    target: channels.accounts
    item:
      id: c-xing
      platform: XING
      owner: p-cy
      mfa: false
      archive_connected: true
      response_sla_hours: 8
      features:
        - name: Comments
          enabled: false
    rationale: Local market.
    expires: '2030-01-31'
  - action: set
    path: privacy.retention_cap_months
    value: 6
    hub_value: 12
    rationale: Data minimisation.
  - action: add
    target: scope.territories
    item: '2024'
    rationale: A territory named like a number stays text.
"""


@pytest.fixture
def spoke_file(write: Callable[..., Path], hub: dict[str, Any]) -> Path:
    write("hub.playbook.yaml", hub)
    return write("spoke.playbook.yaml", SPOKE_TEXT)


def test_an_unchanged_spoke_saves_byte_for_byte(spoke_file: Path) -> None:
    save_spoke(load_spoke(spoke_file), spoke_file)
    assert spoke_file.read_text(encoding="utf-8") == SPOKE_TEXT


def test_values_of_a_spoke_keep_their_schema_types(spoke_file: Path) -> None:
    spoke = load_spoke(spoke_file)
    modify, add, set_, text = spoke.changes
    assert modify.fields == {"retention_years": 6.5, "accessible_years": 3}
    assert modify.hub_values == {"retention_years": 6.0}
    assert add.item["mfa"] is False and add.item["archive_connected"] is True
    assert add.item["response_sla_hours"] == 8 and add.item["features"] == [{"name": "Comments", "enabled": False}]
    assert set_.value == 6 and set_.hub_value == 12
    assert text.item == "2024"  # a list of text: the number-like value stays text


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*spoke*.playbook.yaml")), ids=lambda p: p.name)
def test_the_shipped_example_spokes_save_byte_for_byte_with_typed_values(example: Path, tmp_path: Path) -> None:
    text = example.read_text(encoding="utf-8")
    assert dumps_spoke(load_spoke(example)) == text
    for flag in ("'true'", "'false'"):
        assert f": {flag}" not in text, f"{example.name} writes a flag as text"
    assert validate_file(example).findings == validate_file(example).findings  # deterministic
    assert not [f for f in validate_file(example).findings if f.severity.value == "error"]


def test_a_value_that_does_not_fit_its_field_is_kept_for_resolution_to_report(
    write: Callable[..., Path], hub: dict[str, Any]
) -> None:
    write("hub.playbook.yaml", hub)
    spoke = write(
        "spoke.playbook.yaml",
        spoke_data([change("modify", target="records.record_classes", id="rc-comms", fields={"retention_years": "a"})]),
    )
    assert load_spoke(spoke).changes[0].fields == {"retention_years": "a"}
    schema = [f for f in resolve_file(spoke).findings if f.code == "SCHEMA"]
    assert schema and schema[0].path.startswith("changes[0]")


# ---------------------------------------------------------------- rationale

EMPTY = [
    "",
    "   ",
    "\u200b\u200b",
    "\u2060",
    "\ufeff\ufeff",
    "\u2800\u2800\u2800",
    "\u3164\u3164",
    "\u115f",
    "...",
    "-",
]
FILLER = ["n/a", "N/A", ".", "tbd", "TODO", "x", "see above", "ｎ／ａ", "n\u200b/\u200ba"]
WRITTEN = ["UK SYSC 10A", "GDPR Art. 5(1)(c)", "Datenschutz-Folgenabschätzung", "個人情報保護法に基づく", "FCA FG24/1"]


@pytest.mark.parametrize("text", [*EMPTY, *FILLER], ids=repr)
def test_a_rationale_without_visible_words_is_no_rationale(
    text: str, write: Callable[..., Path], hub: dict[str, Any]
) -> None:
    assert rationale_problem(text) is not None
    write("hub.playbook.yaml", hub)
    spoke = write("spoke.playbook.yaml", spoke_data([change("set", path="document.title", value="X", rationale=text)]))
    missing = [f for f in validate_file(spoke).findings if f.code == NO_RATIONALE]
    assert [f.path for f in missing] == ["changes[0].rationale"]
    assert missing[0].line is not None


@pytest.mark.parametrize("text", WRITTEN, ids=repr)
def test_a_rationale_in_any_script_counts(text: str) -> None:
    assert rationale_problem(text) is None


def test_a_placeholder_rationale_is_named_in_the_warning(write: Callable[..., Path], hub: dict[str, Any]) -> None:
    write("hub.playbook.yaml", hub)
    spoke = write("spoke.playbook.yaml", spoke_data([change("set", path="document.title", value="X", rationale="n/a")]))
    (missing,) = [f for f in validate_file(spoke).findings if f.code == NO_RATIONALE]
    assert "n/a" in missing.message and "placeholder" in missing.message
