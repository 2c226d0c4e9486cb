"""The organisation's own gates and the order channels open in (issue 18, construct 3): checked
like Charter's built-in readiness gates, shown in the scorecard, printed in every document format."""

from __future__ import annotations

from typing import Any

import pytest

from playbooks.checks import run_checks
from playbooks.checks.context import frozen_today
from playbooks.checks.scorecard import scorecard
from playbooks.export import export_document
from playbooks.format.model import Playbook
from tests.checks.builders import TODAY, complete_data
from tests.export.readback import document_text, md_text


def gated(data: dict[str, Any]) -> dict[str, Any]:
    data["channels"]["gates"] = [
        {"id": "g-logo", "title": "Approved name and logo", "description": "Public affairs approves both."},
        {"id": "g-goals", "title": "Goals, audience, tactics and measures decided"},
    ]
    accounts = data["channels"]["accounts"]
    accounts[0]["gates_met"] = ["g-logo", "g-goals"]
    accounts[1]["gates_met"] = ["g-logo"]
    accounts[1]["gates"] = [{"title": "A .mil contact address", "met": True, "evidence": "Ticket 4411"}]
    accounts[1]["requires"] = ["c-li"]
    return data


def findings(data: dict[str, Any]) -> list[Any]:
    with frozen_today(TODAY):
        return run_checks(Playbook.model_validate(data))


def test_an_open_gate_keeps_an_active_channel_from_being_ready_and_costs_readiness_points() -> None:
    found = [f for f in findings(gated(complete_data())) if f.code == "CHAN-NOT-READY"]
    assert [f.path for f in found] == ["channels.accounts[1].gates_met"]
    assert "meet the gate 'Goals, audience, tactics and measures decided'" in found[0].message
    clean = complete_data()
    assert scorecard(findings(gated(complete_data()))).score("channels") < scorecard(findings(clean)).score("channels")


def test_a_circle_of_prerequisites_is_named_once() -> None:
    data = complete_data()
    third = dict(data["channels"]["accounts"][1], id="c-fb", platform="Facebook", handle="@acme")
    data["channels"]["accounts"].append(third)
    accounts = data["channels"]["accounts"]
    accounts[0]["requires"], accounts[1]["requires"], accounts[2]["requires"] = ["c-fb"], ["c-li"], ["c-x"]
    cycles = [f for f in findings(data) if f.code == "CHAN-PREREQ-CYCLE"]
    assert len(cycles) == 1
    assert cycles[0].path == "channels.accounts[0].requires"
    assert cycles[0].message.startswith("LinkedIn")
    assert cycles[0].message.count(" opens after ") == 3


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_documents_show_the_gates_and_the_order_of_opening(fmt: str) -> None:
    text = document_text(Playbook.model_validate(gated(complete_data())), "policy", fmt)
    assert "Gates before a channel opens" in text and "Public affairs approves both." in text
    assert "A .mil contact address" in text and "Ticket 4411" in text
    assert "Opens after" in text
    assert "Not met" in text


def test_without_gates_nothing_about_them_is_printed() -> None:
    text = md_text(export_document(Playbook.model_validate(complete_data()), "policy", "md"))
    assert "Gate" not in text and "Opens after" not in text


@pytest.mark.parametrize("reverse", [False, True])
def test_a_circle_of_three_thousand_channels_is_named_once_in_one_line(reverse: bool) -> None:
    # the search recursed: ~1,000 chained channels ended in RecursionError and the circle went unreported
    data = complete_data()
    template = data["channels"]["accounts"][0]
    count = 3000
    step = -1 if reverse else 1
    data["channels"]["accounts"] = [
        dict(template, id=f"c{i}", handle=f"@c{i}", requires=[f"c{(i + step) % count}"]) for i in range(count)
    ]
    found = findings(data)
    assert not [f for f in found if f.code == "INTERNAL"]
    cycles = [f for f in found if f.code == "CHAN-PREREQ-CYCLE"]
    assert len(cycles) == 1
    assert cycles[0].path == "channels.accounts[0].requires"
    assert "2,995 more" in cycles[0].message and len(cycles[0].message) < 400


def test_a_long_chain_without_a_circle_is_no_circle() -> None:
    data = complete_data()
    template = data["channels"]["accounts"][0]
    data["channels"]["accounts"] = [
        dict(template, id=f"c{i}", handle=f"@c{i}", requires=[f"c{i + 1}"] if i < 999 else []) for i in range(1000)
    ]
    found = findings(data)
    assert not [f for f in found if f.code in ("INTERNAL", "CHAN-PREREQ-CYCLE")]
