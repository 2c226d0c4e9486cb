"""The organisation's own commitments (issue 18, construct 7) are printed as such, apart from the
rules that bind people."""

from __future__ import annotations

import pytest

from playbooks.export import export_document
from playbooks.io import storage
from tests.conftest import FIXTURES
from tests.export.readback import document_text

COKE = FIXTURES / "policies" / "coca-cola-2009.playbook.yaml"


@pytest.mark.parametrize("doc", ["policy", "guidelines"])
@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_commitments_stand_in_their_own_part(doc: str, fmt: str) -> None:
    text = document_text(storage.load(COKE), doc, fmt)
    part = text[text.index("Our commitments") :]
    assert part.index("Protection of our consumers' privacy") < part.index("You are responsible for your actions")
    assert "The organisation commits itself to the following." in text


def test_commitments_are_no_rules_in_the_markdown_outline() -> None:
    text = export_document(storage.load(COKE), "policy", "md").decode()
    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert not any("Protection of our consumers" in h for h in headings), "a commitment is not a rule's subsection"
