"""Disclosures on people's own posts (issue 18, construct 6): the token, its short form, where it
goes and who must use it; a check when an audience's rules never name the token."""

from __future__ import annotations

from typing import Any

import pytest

from playbooks.checks import run_checks
from playbooks.checks.context import frozen_today
from playbooks.format.model import Playbook
from tests.checks.builders import TODAY, complete_data
from tests.export.readback import document_text


def disclosing(data: dict[str, Any]) -> dict[str, Any]:
    data["conduct"]["disclosures"] = [
        {
            "id": "d-life",
            "token": "#LifeAtGitLab",
            "short_form": "#LifeAtGL",
            "placement": "inline",
            "in_post_not_only_bio": True,
            "not_buried": True,
            "audiences": ["employees", "influencers"],
        }
    ]
    data["conduct"]["clauses"].append(
        {
            "id": "k-say",
            "title": "Say that you work here",
            "topic": "disclosure_of_affiliation",
            "audiences": ["employees"],
            "wording": "Add #LifeAtGitLab to posts about your work.",
            "labour_review": "reviewed",
        }
    )
    return data


def test_an_audience_whose_rules_never_name_the_token_is_found() -> None:
    with frozen_today(TODAY):
        found = [
            f
            for f in run_checks(Playbook.model_validate(disclosing(complete_data())))
            if f.code == "CONDUCT-DISCLOSURE-TOKEN"
        ]
    assert [(f.path, f.message.split(",")[0]) for f in found] == [
        ("conduct.disclosures[0].token", "#LifeAtGitLab binds influencers")
    ]


@pytest.mark.parametrize("doc", ["policy", "guidelines"])
@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_documents_say_the_token_where_it_goes_and_who_uses_it(doc: str, fmt: str) -> None:
    text = document_text(Playbook.model_validate(disclosing(complete_data())), doc, fmt)
    assert "#LifeAtGitLab" in text and "#LifeAtGL" in text
    assert "in the post, not only in the bio" in text and "not buried among other hashtags" in text
    assert "Employees, Influencers" in text
