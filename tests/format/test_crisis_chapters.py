"""Crisis chapters without severity levels (issue 18, construct 8): correcting the record, an
emergency, impersonation, written as chapters with whom to call."""

from __future__ import annotations

import pytest

from playbooks.format.model import Playbook
from tests.checks.builders import complete_data
from tests.export.readback import document_text


def chapters() -> Playbook:
    data = complete_data()
    data["people"]["roles"] = [{"id": "ecu", "name": "External Communication Unit", "phone": "+353 1 716 0000"}]
    data["crisis"]["levels"] = []
    data["crisis"]["chapters"] = [
        {
            "title": "Significant incidents",
            "text": "Report a significant incident to the External Communication Unit at once.",
            "contact": "ecu",
        },
        {"title": "Correcting the record", "text": "Correct a factual error in a reply, never by deleting."},
    ]
    return Playbook.model_validate(data)


@pytest.mark.parametrize("doc", ["policy", "crisis"])
@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_chapters_are_printed_without_levels(doc: str, fmt: str) -> None:
    text = document_text(chapters(), doc, fmt)
    assert "Significant incidents" in text and "Correct a factual error in a reply" in text
    assert "External Communication Unit (+353 1 716 0000)" in text
