"""Crash safety: a save killed at any moment leaves the complete old or the complete new file.

The 100-kill campaign is marked ``slow`` (CI still runs it); the deterministic crash at each
step of the atomic write is quick and always runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.robustness import killsave


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_a_save_killed_at_100_random_moments_never_leaves_a_partial_file(tmp_path: Path) -> None:
    report = killsave.run_kills(tmp_path, kills=100, seed=10)
    assert report.problems == []
    assert report.kills == report.survived == 100
    assert report.bytes_lost == 0
    # the campaign only proves something if kills really landed while the file was being written
    assert report.during_write >= 15


@pytest.mark.timeout(120)
def test_a_save_that_dies_at_each_step_of_the_atomic_write_leaves_a_whole_file(tmp_path: Path) -> None:
    report = killsave.crash_points(tmp_path, rounds=1)
    assert report.problems == []
    assert report.kills == report.survived == len(killsave.CRASH_STEPS)
    # what a crash leaves is named so that Charter can recognise and clear it
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers and all(killsave.STALE.match(name) for name in leftovers)
