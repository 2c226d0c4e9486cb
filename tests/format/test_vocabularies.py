"""Open vocabularies (issue 18, constructs 1 and 12): the organisation names its own audiences and
content classes, rules bind them, Charter's own values keep their checks, and documents give an
audience of the organisation its own part ("For certified spokespeople")."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from playbooks.checks import run_checks
from playbooks.checks.context import frozen_today
from playbooks.export import export_document
from playbooks.format.enums import Audience, ContentClass
from playbooks.format.model import Playbook
from playbooks.io import storage
from tests.checks.builders import TODAY, complete_data
from tests.export.readback import document_text, md_text

SPOKESPEOPLE = {
    "id": "certified-spokespeople",
    "name": "Certified spokespeople",
    "counts_as": "employees",
    "description": "Employees who passed the spokesperson certification.",
}


def with_spokespeople(data: dict[str, Any]) -> dict[str, Any]:
    """The complete playbook with an audience of its own, one clause binding only it and one
    content class of its own."""
    data["scope"]["audience_register"] = [SPOKESPEOPLE, {"id": "students", "name": "Students"}]
    clause = dict(data["conduct"]["clauses"][0])
    clause.update(id="cl-spokes", title="Speak only on your certified topics", audiences=["certified-spokespeople"])
    clause["wording"] = "Certified spokespeople speak for the company only on the topics they are certified for."
    data["conduct"]["clauses"].append(clause)
    data["content"]["classes"] = [
        {"id": "benchmark-claims", "name": "Benchmark claims", "description": "Performance comparisons."}
    ]
    rule = dict(data["content"]["rules"][0])
    rule.update(id="cr-bench", title="Benchmark claims are substantiated", content_class="benchmark-claims")
    rule["audiences"] = ["certified-spokespeople"]
    data["content"]["rules"].append(rule)
    return data


@pytest.fixture
def spokes() -> Playbook:
    return Playbook.model_validate(with_spokespeople(complete_data()))


def test_rules_bind_the_organisations_audiences_and_charters_own(spokes: Playbook) -> None:
    assert spokes.conduct.clauses[-1].audiences == ["certified-spokespeople"]
    assert spokes.content.rules[-1].content_class == "benchmark-claims"
    # Charter's own values still read as themselves, so their checks see them
    assert Audience.EMPLOYEES in spokes.conduct.clauses[0].audiences
    assert isinstance(spokes.content.rules[0].content_class, ContentClass)


def test_an_audience_nobody_defined_is_an_error_at_its_field() -> None:
    data = complete_data()
    data["conduct"]["clauses"][0]["audiences"] = ["spokespeople"]
    with pytest.raises(
        ValidationError, match=r"conduct\.clauses\[0\]\.audiences\[0\]: 'spokespeople' is not an audience"
    ):
        Playbook.model_validate(data)


def test_an_organisations_audience_cannot_take_a_built_in_id() -> None:
    data = complete_data()
    data["scope"]["audience_register"] = [{"id": "employees", "name": "Our employees"}]
    with pytest.raises(ValidationError, match=r"scope\.audience_register\[0\]\.id: 'employees' is Charter's own"):
        Playbook.model_validate(data)


def test_new_built_in_content_classes() -> None:
    assert {"podcast", "performance_claim"} <= {c.value for c in ContentClass}


def test_a_built_in_check_applies_to_an_audience_that_counts_as_employees(spokes: Playbook) -> None:
    data = with_spokespeople(complete_data())
    data["conduct"]["clauses"][-1]["labour_review"] = None
    with frozen_today(TODAY):
        found = [f for f in run_checks(Playbook.model_validate(data)) if f.code == "COMP-LABOUR-REVIEW"]
    assert [f.path for f in found] == [f"conduct.clauses[{len(data['conduct']['clauses']) - 1}].labour_review"]
    # an audience of its own (students) is no employee: the US labour-law check does not concern it
    data["conduct"]["clauses"][-1]["audiences"] = ["students"]
    with frozen_today(TODAY):
        assert not [f for f in run_checks(Playbook.model_validate(data)) if f.code == "COMP-LABOUR-REVIEW"]


def test_extending_the_vocabulary_changes_the_fingerprint_leaving_it_alone_does_not() -> None:
    plain = Playbook.model_validate(complete_data())
    data = complete_data()
    data["scope"]["audience_register"] = []
    data["content"]["classes"] = []
    assert storage.fingerprint(Playbook.model_validate(data)) == storage.fingerprint(plain)
    data["scope"]["audience_register"] = [{"id": "students", "name": "Students"}]
    assert storage.fingerprint(Playbook.model_validate(data)) != storage.fingerprint(plain)


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_documents_give_the_organisations_audience_its_own_part(spokes: Playbook, fmt: str) -> None:
    policy = document_text(spokes, "policy", fmt)
    assert "For certified spokespeople" in policy
    part = policy[policy.index("For certified spokespeople") :]
    assert "Speak only on your certified topics" in part
    assert "Benchmark claims are substantiated" in policy
    # the organisation's audiences and classes are defined in the document, by name
    assert "Students" in policy and "Counts as: employees." in policy
    assert "Benchmark claims" in policy and "benchmark-claims" not in policy
    guidelines = document_text(spokes, "guidelines", fmt)
    assert "For certified spokespeople" in guidelines
    assert "Speak only on your certified topics" in guidelines[guidelines.index("For certified spokespeople") :]


def test_without_an_audience_of_its_own_a_policy_is_not_regrouped() -> None:
    policy = md_text(export_document(Playbook.model_validate(complete_data()), "policy", "md"))
    assert [line for line in policy.splitlines() if line.startswith("#") and " For " in line] == []
