"""Spokes that are sub-policies for some audiences (issue 18, construct 10): an agent addendum or
sponsored-practitioner guidelines under the employee policy, tailored with the same locks."""

from __future__ import annotations

import pytest

from playbooks.format.enums import SpokeKind
from playbooks.format.model import Playbook
from tests.checks.builders import complete_data
from tests.export.readback import document_text


def with_addendum() -> Playbook:
    data = complete_data()
    data["scope"]["audience_register"] = [{"id": "sponsored", "name": "Sponsored practitioners"}]
    data["governance"]["spokes"] = [
        {
            "id": "s-sponsored",
            "name": "Sponsored practitioner guidelines",
            "kind": "audience",
            "audiences": ["sponsored"],
        }
    ]
    return Playbook.model_validate(data)


def test_a_spoke_may_be_a_sub_policy_for_an_audience() -> None:
    spoke = with_addendum().governance.spokes[0]
    assert spoke.kind is SpokeKind.AUDIENCE and spoke.audiences == ["sponsored"]


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_the_policy_says_whom_the_sub_policy_binds(fmt: str) -> None:
    text = document_text(with_addendum(), "policy", fmt)
    assert "Audience (Sponsored practitioners)" in text
