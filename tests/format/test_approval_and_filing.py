"""The smaller gaps of issue 18 (construct 13): a templates-only approval mode, a filing flag on
content rules, and whether filing days are business or calendar days."""

from __future__ import annotations

import pytest

from playbooks.checks import run_checks
from playbooks.checks.context import frozen_today
from playbooks.export import export_document
from playbooks.format.enums import ApprovalMode
from playbooks.format.model import Playbook
from playbooks.tailoring.locks import APPROVAL
from tests.checks.builders import TODAY, complete_data
from tests.export.readback import document_text, md_text


def test_templates_only_is_the_strictest_approval() -> None:
    assert list(ApprovalMode)[-1] is ApprovalMode.TEMPLATES_ONLY
    assert APPROVAL.compare(ApprovalMode.PRE_REVIEW, ApprovalMode.TEMPLATES_ONLY)
    assert not APPROVAL.compare(ApprovalMode.TEMPLATES_ONLY, ApprovalMode.PRE_REVIEW)


def test_static_content_published_only_from_templates_is_pre_approved() -> None:
    data = complete_data()
    data["content"]["rules"][0]["approval"] = "templates_only"
    with frozen_today(TODAY):
        codes = {f.code for f in run_checks(Playbook.model_validate(data))}
    assert "COMP-STATIC-PREAPPROVAL" not in codes


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_documents_say_templates_only_filing_and_business_days(fmt: str) -> None:
    data = complete_data()
    data["content"]["rules"][0]["approval"] = "templates_only"
    data["content"]["rules"][2]["filing"] = True
    data["regulatory"]["presets"][0]["parameters"] = {"filing_days": 10, "filing_day_kind": "business"}
    text = document_text(Playbook.model_validate(data), "policy", fmt)
    assert "Only pre-approved templates may be published" in text
    assert "Filed with the regulator" in text
    assert "10 business days" in text


def test_unset_filing_kind_says_only_days() -> None:
    data = complete_data()
    data["regulatory"]["presets"][0]["parameters"] = {"filing_days": 10}
    text = md_text(export_document(Playbook.model_validate(data), "policy", "md"))
    assert "10 days" in text and "business days" not in text and "calendar days" not in text
    assert "Filed with the regulator" not in text
