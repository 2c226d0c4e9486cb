"""Shared fixtures: small valid playbooks built in code, and paths of the shipped data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Qt tests run without a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def minimal_data() -> dict[str, Any]:
    """The smallest valid playbook with people, an objective, a channel and a metric."""
    return {
        "schema_version": 1,
        "document": {"id": "acme", "title": "Acme social media policy", "owner": "p-ann"},
        "objectives": {"items": [{"id": "o-retain", "title": "Retain customers", "kind": "business"}]},
        "people": {"people": [{"id": "p-ann", "name": "Ann Example"}, {"id": "p-bo", "name": "Bo Example"}]},
        "channels": {"accounts": [{"id": "c-li", "platform": "LinkedIn", "owner": "p-ann", "backup": "p-bo"}]},
        "measurement": {"metrics": [{"id": "m-churn", "name": "Churn", "objective": "o-retain"}]},
    }


@pytest.fixture(autouse=True)
def site_configuration(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No test reads the machine's site configuration: the system file, the user file
    (XDG_CONFIG_HOME) and CHARTER_CONFIG point into a fresh folder; yields that folder."""
    from playbooks.io import config

    folder = tmp_path_factory.mktemp("site-config")
    monkeypatch.setattr(config, "system_file", lambda: folder / "etc" / "charter" / "charter.toml")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "xdg"))
    monkeypatch.delenv("CHARTER_CONFIG", raising=False)
    config.reset()
    yield folder
    config.reset()


@pytest.fixture
def minimal() -> dict[str, Any]:
    return minimal_data()


@pytest.fixture
def write_playbook(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write text (or bytes) to a .playbook.yaml file in a temporary folder."""

    def write(content: str | bytes, name: str = "test.playbook.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write
