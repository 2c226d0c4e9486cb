"""Two (or more) editors on one file: exactly one holds the lock, the others are told who;
a lock left by a crashed editor is recognised as stale and cleared by exactly one newcomer."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from playbooks.io import locking
from tests.conftest import ROOT

RACERS = 10
ROUNDS = 30

_RACER = r"""
import os, sys, time
from pathlib import Path
from playbooks.io import locking
folder, rounds = Path(sys.argv[1]), int(sys.argv[2])
held = []
for r in range(rounds):
    go = folder / f"go-{r}"
    while not go.exists():
        time.sleep(0.0005)
    result = locking.acquire(folder / f"round-{r}.playbook.yaml")
    if isinstance(result, locking.PlaybookLock):
        held.append(result)  # keep it: a live editor holds its lock
        outcome = "lock"
    else:
        outcome = f"held-by-{result.other.pid}"
    (folder / f"partial-{r}-{os.getpid()}").write_text(outcome)
    os.replace(folder / f"partial-{r}-{os.getpid()}", folder / f"result-{r}-{os.getpid()}")
time.sleep(600)
"""


def _dead_pid() -> int:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


@pytest.mark.timeout(180)
def test_racing_editors_get_exactly_one_lock_even_when_clearing_a_stale_one(tmp_path: Path) -> None:
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", _RACER, str(tmp_path), str(ROUNDS)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for _ in range(RACERS)
    ]
    try:
        for r in range(ROUNDS):
            target = tmp_path / f"round-{r}.playbook.yaml"
            target.write_text("schema_version: 1\n", encoding="utf-8")
            if r % 2:  # odd rounds: a crashed editor's lock is waiting to be cleared
                stale = locking.LockInfo(locking.hostname(), _dead_pid(), "crashed", dt.datetime.now(dt.UTC))
                locking.lock_path(target).write_text(stale.to_json(), encoding="utf-8")
            (tmp_path / f"go-{r}").touch()
            deadline = time.monotonic() + 60
            while len(list(tmp_path.glob(f"result-{r}-*"))) < RACERS and time.monotonic() < deadline:
                time.sleep(0.01)
            outcomes = sorted(p.read_text() for p in tmp_path.glob(f"result-{r}-*"))
            winners = [p.name.rsplit("-", 1)[1] for p in tmp_path.glob(f"result-{r}-*") if p.read_text() == "lock"]
            assert len(outcomes) == RACERS, f"round {r}: {outcomes}"
            assert len(winners) == 1, f"round {r} ({'stale' if r % 2 else 'fresh'}): {outcomes}"
            holder = locking.read_lock(target)
            assert holder is not None and str(holder.pid) == winners[0]
            assert all(o == "lock" or o == f"held-by-{winners[0]}" for o in outcomes), outcomes
    finally:
        for racer in racers:
            racer.kill()
            racer.wait()


def test_a_lock_from_another_machine_is_stale_only_once_it_is_old(tmp_path: Path) -> None:
    target = tmp_path / "shared.playbook.yaml"
    target.write_text("schema_version: 1\n", encoding="utf-8")
    fresh = locking.LockInfo("laptop-elsewhere", 4242, "anna", dt.datetime.now(dt.UTC))
    locking.lock_path(target).write_text(fresh.to_json(), encoding="utf-8")
    held = locking.acquire(target)
    assert isinstance(held, locking.Held) and held.other.describe().startswith("anna on laptop-elsewhere")
    old = locking.LockInfo("laptop-elsewhere", 4242, "anna", dt.datetime.now(dt.UTC) - locking.STALE_AFTER * 2)
    locking.lock_path(target).write_text(old.to_json(), encoding="utf-8")
    mine = locking.acquire(target)
    assert isinstance(mine, locking.PlaybookLock) and mine.written
    assert locking.read_lock(target).pid == os.getpid()
    mine.release()
    assert not locking.lock_path(target).exists()


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"[]", b'{"host": 1}', b"\x00\xff\xfe" * 100, json.dumps({"time": "x"}).encode()],
)
def test_a_damaged_lock_file_never_blocks_and_is_cleared(tmp_path: Path, content: bytes) -> None:
    # invalid UTF-8 raised UnicodeDecodeError out of acquire() (found by the campaign)
    target = tmp_path / "policy.playbook.yaml"
    target.write_text("schema_version: 1\n", encoding="utf-8")
    locking.lock_path(target).write_bytes(content)
    mine = locking.acquire(target)
    assert isinstance(mine, locking.PlaybookLock) and mine.written
    assert locking.read_lock(target).pid == os.getpid()
    mine.release()


@pytest.mark.timeout(20)
@pytest.mark.parametrize("kind", ["fifo", "folder", "folder with content"])
def test_something_else_in_the_locks_place_never_hangs_the_open(tmp_path: Path, kind: str) -> None:
    # reading a fifo in the lock's place blocked acquire() for ever (found by the campaign)
    target = tmp_path / "policy.playbook.yaml"
    target.write_text("schema_version: 1\n", encoding="utf-8")
    if kind == "fifo":
        os.mkfifo(locking.lock_path(target))
    else:
        locking.lock_path(target).mkdir()
        if kind == "folder with content":
            (locking.lock_path(target) / "x").write_text("x", encoding="utf-8")
    result = locking.acquire(target)
    if kind != "folder with content":  # cleared like any damaged lock (issue 15)
        assert isinstance(result, locking.PlaybookLock) and result.written
    else:  # it cannot be cleared: the user is told, and may open read-only or edit anyway
        assert isinstance(result, locking.Held) and "damaged lock (a folder)" in result.other.describe()
        assert isinstance(locking.acquire(target, force=True), locking.PlaybookLock)
