"""The approval indicator keeps the GUI thread free when working out the state is slow (issue 22)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from playbooks.audit import signoff
from tests.ui.conftest import open_file


def test_a_slow_approval_state_is_worked_out_in_a_worker_and_the_wording_follows(
    qtbot: Any, window: Any, example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_file(qtbot, window, example)
    status = window.workflows.status_label
    assert status.text().startswith("Approved by Eleanor Harlow")
    real = signoff.approval_state

    def slow(playbook: Any) -> Any:  # as a signed-off playbook of 20,000 rules takes
        time.sleep(0.2)
        return real(playbook)

    monkeypatch.setattr(signoff, "approval_state", slow)
    document = window.document
    document.set_field("document.title", "Meridian Securities social media policy (draft)")
    # this one was worked out at once (the last one had been quick): now it is known to be slow
    assert status.text().startswith("Changed since approval")
    window.undo_action.trigger()
    # the approved content again, but the wording changes only once a worker has worked it out
    assert status.text().startswith("Changed since approval")
    qtbot.waitUntil(lambda: status.text().startswith("Approved by Eleanor Harlow"), timeout=15_000)
    # and whoever asks meanwhile gets the state of the content as it is now
    document.set_field("document.title", "Meridian Securities social media policy (draft)")
    assert not window.workflows.approval.state.current
    qtbot.waitUntil(lambda: status.text().startswith("Changed since approval"), timeout=15_000)
