"""Hub digests of schema 2 (red team F23): a hub that gained nothing but the empty fields of a
newer schema has not moved for the spokes recorded against it."""

from __future__ import annotations

import pytest

from playbooks.tailoring import resolve_file
from tests.conftest import EXAMPLES


@pytest.mark.parametrize("region", ["emea", "apac", "americas"])
def test_the_example_spokes_see_no_hub_movement(region: str) -> None:
    report = resolve_file(EXAMPLES / f"meridian-securities-spoke-{region}.playbook.yaml")
    assert [f.message for f in report.findings if f.code == "SPOKE-HUB-DRIFT"] == []
