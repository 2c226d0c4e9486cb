"""Real public social media policies of five industries, encoded clause by clause as version-2
playbooks (issue 18; sources in each file's comment header, notes in docs/real-policies.md): each
validates with no error and exports every document in every format the core writes, saying what
the policy says."""

from __future__ import annotations

from pathlib import Path

import pytest

from playbooks.checks.validation import validate_file
from playbooks.export import DOCUMENTS, export_document, formats_for
from playbooks.export.source import load_source
from playbooks.format.enums import Severity
from playbooks.io import storage
from tests.conftest import FIXTURES
from tests.export.readback import READERS

POLICIES = sorted((FIXTURES / "policies").glob("*.playbook.yaml"))


def test_five_industries_at_least() -> None:
    assert len(POLICIES) >= 5


@pytest.mark.parametrize("path", POLICIES, ids=lambda p: p.stem)
def test_a_real_policy_validates_without_errors_and_names_its_source(path: Path) -> None:
    header = path.read_text(encoding="utf-8").split("\nschema_version:", 1)[0]
    assert "http" in header, "the comment header names the public source"
    report = validate_file(path)
    assert report.playbook is not None
    errors = [str(f) for f in report.findings if f.severity is Severity.ERROR and not f.waived]
    assert errors == []
    assert report.playbook.schema_version == 2


@pytest.mark.parametrize("path", POLICIES, ids=lambda p: p.stem)
def test_a_real_policy_exports_every_document_in_every_format(path: Path) -> None:
    source = load_source(path)
    for doc in DOCUMENTS:
        if doc == "addendum":
            continue
        for fmt in formats_for(doc):
            if fmt == "pdf":
                continue  # rendered by Qt: tests/ui/test_model_v2_editors.py
            assert export_document(source.playbook, doc, fmt, extra=source.extra)


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_the_structures_of_real_policies_reach_the_documents(fmt: str) -> None:
    read = READERS[fmt]

    def policy(name: str) -> str:
        return read(export_document(storage.load(FIXTURES / "policies" / name), "policy", fmt))

    coke = policy("coca-cola-2009.playbook.yaml")
    assert "For certified online spokespeople" in coke and "Keep records" in coke
    nlg = policy("national-life-group-esi.playbook.yaml")
    assert "Opens after" in nlg and "Connected to Hearsay" in nlg and "Profile status in Hearsay" in nlg
    assert "2022-12-01" not in nlg and "1 December 2022" in nlg
    mayo = policy("mayo-clinic.playbook.yaml")
    assert "January 2009" in mayo and "Integrity and Compliance Office" in mayo
    nys = policy("nys-its-p11-001.playbook.yaml")
    assert "Security key" in nys and "Communications & Public Information Office (ITS)" in nys
    owasp = policy("owasp-foundation.playbook.yaml")
    assert "OWASP Foundation Board of Directors" in owasp and "Adopted edition" in owasp
