"""Legal review per clause (issue 18, construct 9): reviewer, date, the versioned standard applied and
the outcome, printed with the clause; the labour-law preset knows its standard over time."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from playbooks.export import export_document
from playbooks.format.model import Playbook
from playbooks.presets import get_preset
from tests.checks.builders import complete_data
from tests.export.readback import document_text, md_text


def test_the_labour_law_preset_knows_which_standard_applied_when() -> None:
    preset = get_preset("NLRB-WORKRULES")
    assert preset is not None
    assert preset.version_on(dt.date(2012, 6, 1)).id == "lutheran-heritage-2004"  # type: ignore[union-attr]
    assert preset.version_on(dt.date(2020, 1, 1)).id == "boeing-2017"  # type: ignore[union-attr]
    assert preset.version_on(dt.date(2026, 1, 1)).id == "stericycle-2023"  # type: ignore[union-attr]


def reviewed(data: dict[str, Any]) -> dict[str, Any]:
    data["conduct"]["clauses"][0]["legal_review"] = {
        "reviewed_by": "Outside labour counsel",
        "date": "2024-03-01",
        "preset": "NLRB-WORKRULES",
        "standard": "stericycle-2023",
        "outcome": "lawful as written, with savings language",
    }
    return data


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_the_review_is_printed_with_the_clause(fmt: str) -> None:
    text = document_text(Playbook.model_validate(reviewed(complete_data())), "policy", fmt)
    assert (
        "Legal review: Outside labour counsel, 1 March 2024, under Stericycle (2023) (NLRB-WORKRULES): "
        "lawful as written, with savings language" in text
    )


def test_an_unrecorded_review_is_not_printed() -> None:
    assert "Legal review" not in md_text(export_document(Playbook.model_validate(complete_data()), "policy", "md"))
