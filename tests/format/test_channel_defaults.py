"""Policy-wide channel defaults (issue 18, construct 11): a freshness threshold and 'new platform
features off until reviewed' for every channel, printed once in the policy."""

from __future__ import annotations

import pytest

from playbooks.export import export_document
from playbooks.format.model import Playbook
from tests.checks.builders import complete_data
from tests.export.readback import document_text, md_text


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_the_policy_states_what_holds_for_every_channel(fmt: str) -> None:
    data = complete_data()
    data["channels"]["freshness_days"] = 30
    data["channels"]["new_features_off"] = True
    text = document_text(Playbook.model_validate(data), "policy", fmt)
    assert "30 days without activity" in text and "Off until reviewed" in text


def test_nothing_is_said_when_the_policy_sets_neither() -> None:
    text = md_text(export_document(Playbook.model_validate(complete_data()), "policy", "md"))
    assert "Every channel" not in text and "New platform features" not in text
