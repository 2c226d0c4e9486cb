"""Small hubs and spokes built in code, written to a temporary folder."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from playbooks.format.model import Playbook
from playbooks.io.yamlio import dump_yaml

TAILORING_FIXTURES = Path(__file__).resolve().parent / "fixtures"


def hub_data() -> dict[str, Any]:
    """A small valid hub with one locked item of every lockable kind (and unlocked ones)."""
    return {
        "schema_version": 2,
        "document": {"id": "acme", "title": "Acme social media policy", "owner": "p-ann", "version": "1.0.0"},
        "objectives": {"items": [{"id": "o-retain", "title": "Retain customers", "kind": "business"}]},
        "people": {
            "people": [
                {"id": "p-ann", "name": "Ann Example"},
                {"id": "p-bo", "name": "Bo Example"},
                {"id": "p-cy", "name": "Cy Example"},
            ]
        },
        "channels": {
            "accounts": [
                {
                    "id": "c-li",
                    "platform": "LinkedIn",
                    "owner": "p-ann",
                    "backup": "p-bo",
                    "locked": True,
                    "response_sla_hours": 8,
                    "archive_connected": True,
                },
                {"id": "c-yt", "platform": "YouTube", "owner": "p-bo", "response_sla_hours": 24},
            ]
        },
        "content": {
            "rules": [
                {
                    "id": "r-static",
                    "title": "Static content",
                    "content_class": "static_profile",
                    "approval": "pre_review",
                    "locked": True,
                    "author_may_approve": False,
                    "disclosures": [{"text": "Member FINRA/SIPC", "placement": "inline"}],
                },
                {
                    "id": "r-replies",
                    "title": "Replies",
                    "content_class": "reply",
                    "approval": "post_review",
                    "sampling_rate": 0.2,
                },
            ]
        },
        "conduct": {
            "clauses": [
                {"id": "cl-confidential", "title": "Confidentiality", "locked": True, "wording": "Keep secrets."},
                {"id": "cl-local", "title": "Local note", "wording": "Anything."},
            ]
        },
        "regulatory": {
            "presets": [
                {"preset": "SEC-17A4-COMMS", "locked": True, "parameters": {"retention_years": 6}},
                {"preset": "FINRA-FILING", "parameters": {"filing_days": 10}},
            ]
        },
        "records": {
            "record_classes": [
                {"id": "rc-comms", "name": "Business communications", "retention_years": 6, "locked": True},
                {"id": "rc-other", "name": "Other", "retention_years": 3},
            ]
        },
        "crisis": {
            "levels": [
                {
                    "id": "sev-1",
                    "level": 1,
                    "name": "Critical",
                    "locked": True,
                    "contacts": [{"person": "p-ann", "backup": "p-bo"}],
                }
            ]
        },
        "scope": {"territories": ["United States", "United Kingdom"]},
    }


def spoke_data(changes: list[dict[str, Any]], hub: str = "hub.playbook.yaml", **header: Any) -> dict[str, Any]:
    """A spoke file's content: a header naming ``hub`` (whose id is ``acme``, as :func:`hub_data`'s;
    pass ``hub_id=None`` for a header without one) and the given changes."""
    head = {"region": "EMEA", "hub": hub, "hub_id": "acme", **header}
    return {"schema_version": 1, "spoke": {k: v for k, v in head.items() if v is not None}, "changes": changes}


def recorded_against(hub: dict[str, Any]) -> dict[str, Any]:
    """Header fields of a spoke tailored against the hub ``hub`` as it is (its fingerprint): a spoke
    that records nothing about an unapproved hub cannot rule out a copy with its locks removed."""
    from playbooks.io.storage import fingerprint

    return {"hub_fingerprint": fingerprint(Playbook.model_validate(copy.deepcopy(hub)))}


def change(action: str, rationale: str = "Local law.", **fields: Any) -> dict[str, Any]:
    """One change with a rationale (pass ``rationale=""`` for none)."""
    return {"action": action, **fields, "rationale": rationale}


def change_line(spoke: Path, index: int) -> int:
    """The line (1-based) on which change ``index`` of the spoke file starts: its ``- action:``
    line, wherever the YAML layout puts it (the changes :func:`change` makes start with it)."""
    lines = spoke.read_text(encoding="utf-8").splitlines()
    return [number for number, line in enumerate(lines, 1) if line.lstrip().startswith("- action:")][index]


@pytest.fixture
def hub() -> dict[str, Any]:
    """A fresh copy of :func:`hub_data` to change in a test."""
    data = hub_data()
    Playbook.model_validate(copy.deepcopy(data))  # the test hub itself is valid
    return data


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """Write plain data (as YAML) or text to a file under the temporary folder."""

    def write_file(name: str, content: dict[str, Any] | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content if isinstance(content, str) else dump_yaml(content), encoding="utf-8")
        return path

    return write_file
