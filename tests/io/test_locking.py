"""Lock files: who holds a playbook, stale locks cleared safely, only our own lock released."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from playbooks.io import locking


def test_acquire_and_release(tmp_path: Path) -> None:
    playbook = tmp_path / "hub.playbook.yaml"
    playbook.write_text("x", encoding="utf-8")
    lock = locking.acquire(playbook)
    assert isinstance(lock, locking.PlaybookLock) and lock.written
    assert locking.lock_path(playbook).name == ".~hub.playbook.yaml.lock"
    held = locking.read_lock(playbook)
    assert held is not None and held.pid == os.getpid()
    lock.release()
    assert locking.read_lock(playbook) is None


def test_live_lock_of_another_host_is_reported(tmp_path: Path) -> None:
    playbook = tmp_path / "hub.playbook.yaml"
    other = locking.LockInfo("far-away", 99, "anna", dt.datetime.now(dt.UTC), "t1")
    locking.lock_path(playbook).write_text(other.to_json(), encoding="utf-8")
    held = locking.acquire(playbook)
    assert isinstance(held, locking.Held)
    assert held.other.user == "anna" and "anna on far-away" in held.other.describe()
    forced = locking.acquire(playbook, force=True)
    assert isinstance(forced, locking.PlaybookLock) and locking.read_lock(playbook).pid == os.getpid()


def test_stale_locks_are_cleared(tmp_path: Path) -> None:
    playbook = tmp_path / "hub.playbook.yaml"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    here = locking.current()
    gone = locking.LockInfo(here.host, int(dead.stdout), "bob", dt.datetime.now(dt.UTC), "t2")
    locking.lock_path(playbook).write_text(gone.to_json(), encoding="utf-8")
    assert locking.is_stale(gone)
    assert isinstance(locking.acquire(playbook), locking.PlaybookLock)

    old = locking.LockInfo("far-away", 1, "carl", dt.datetime.now(dt.UTC) - locking.STALE_AFTER * 2, "t3")
    assert locking.is_stale(old)
    locking.lock_path(playbook).write_text("not json", encoding="utf-8")  # damaged: treated as stale
    assert isinstance(locking.acquire(playbook), locking.PlaybookLock)


def test_release_leaves_someone_elses_lock(tmp_path: Path) -> None:
    playbook = tmp_path / "hub.playbook.yaml"
    lock = locking.acquire(playbook)
    assert isinstance(lock, locking.PlaybookLock)
    other = locking.LockInfo("far-away", 7, "dora", dt.datetime.now(dt.UTC), "t4")
    locking.lock_path(playbook).write_text(other.to_json(), encoding="utf-8")
    lock.refresh()
    lock.release()
    assert locking.read_lock(playbook).user == "dora"


def test_read_only_folder_never_blocks(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    playbook = folder / "hub.playbook.yaml"
    folder.chmod(0o555)
    try:
        lock = locking.acquire(playbook)
        assert isinstance(lock, locking.PlaybookLock)
        if os.geteuid() != 0:  # root may write anyway
            assert not lock.written
        lock.release()
    finally:
        folder.chmod(0o755)
