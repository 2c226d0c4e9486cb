"""Full disk, read-only folder, quota, permission and I/O errors at every step of a save: one
clear line, the original intact, nothing left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.robustness import faults


@pytest.mark.timeout(120)
def test_every_step_of_a_save_failing_with_every_errno_leaves_the_original_intact(tmp_path: Path) -> None:
    report = faults.inject_all(tmp_path)
    assert report.problems == []
    assert report.injected == report.held == len(faults.STEPS) * len(faults.ERRNOS)
    assert report.bytes_lost == 0
    # the message says why, in words a user understands
    for reason in ("the disk is full", "the folder is read-only", "permission denied", "quota"):
        assert any(reason in message for message in report.messages), reason


_NO_MOUNT = faults.can_mount()


@pytest.mark.timeout(120)
@pytest.mark.skipif(_NO_MOUNT is not None, reason=f"no real tmpfs here: {_NO_MOUNT}")
def test_a_full_disk_and_a_read_only_disk_refuse_the_save_cleanly(tmp_path: Path) -> None:
    report = faults.real_tmpfs(tmp_path)
    assert report.problems == []
    assert report.injected == report.held == 4
    assert any("the disk is full" in m for m in report.messages)
    assert any("read-only" in m for m in report.messages)
