"""Lock files: notice that a playbook is already open in another Charter (also on a shared drive).

The lock is a small JSON file next to the playbook, ``.~<name>.lock``, holding the host, the
process id, the user, a random token and the time it was last refreshed. The owner refreshes
it periodically (:meth:`PlaybookLock.refresh`), so its age says whether the owner is still
alive even from another machine. A lock is *stale*, and is cleared safely, when its process
is gone on this host or when it has not been refreshed for :data:`STALE_AFTER`.

Locking is advisory and best effort: a folder where no lock can be written (read-only media)
never stops anyone from opening a file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import stat
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

#: A lock not refreshed for this long belongs to a Charter that is gone (crash, power cut).
STALE_AFTER = dt.timedelta(hours=2)
#: A clearing breaker older than this belongs to a Charter that died while clearing a lock.
BREAKER_STALE_SECONDS = 30
#: How often an open Charter refreshes its locks (well below STALE_AFTER).
REFRESH_EVERY = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock."""

    host: str
    pid: int
    user: str
    time: dt.datetime
    token: str = ""

    def describe(self) -> str:
        """``'anna on LAPTOP-7 since 2026-11-26 08:15'`` (local time)."""
        return f"{self.user} on {self.host} since {self.time.astimezone().strftime('%Y-%m-%d %H:%M')}"

    def to_json(self) -> str:
        return json.dumps(
            {
                "app": "charter",
                "host": self.host,
                "pid": self.pid,
                "user": self.user,
                "time": self.time.isoformat(),
                "token": self.token,
            }
        )


def lock_path(playbook: str | os.PathLike[str]) -> Path:
    """Where the lock of ``playbook`` lives: ``.~<name>.lock`` in the same folder."""
    path = Path(playbook)
    return path.with_name(f".~{path.name}.lock")


def hostname() -> str:
    """This machine's name, as locks record it."""
    import socket  # here, not at the top: the editor's start-up does not take a lock yet (issue 8)

    return socket.gethostname()


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors when no user name is configured
        return "unknown user"


def current(token: str | None = None) -> LockInfo:
    """A lock for this process, now."""
    return LockInfo(hostname(), os.getpid(), _user(), dt.datetime.now(dt.UTC), token or uuid.uuid4().hex)


def read_lock(playbook: str | os.PathLike[str]) -> LockInfo | None:
    """The lock on ``playbook``; None when there is none. A damaged lock reads as very old."""
    path = lock_path(playbook)
    try:
        # non-blocking: a fifo in the lock's place must not hang the editor's open
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
        raw = os.read(fd, 64 * 1024) if regular else b""  # a lock is a few hundred bytes
    except OSError:
        return None
    finally:
        os.close(fd)
    try:
        data = json.loads(raw.decode("utf-8"))
        time = dt.datetime.fromisoformat(str(data["time"]))
        if time.tzinfo is None:
            time = time.replace(tzinfo=dt.UTC)
        return LockInfo(str(data["host"]), int(data["pid"]), str(data["user"]), time, str(data.get("token", "")))
    except (ValueError, KeyError, TypeError):
        return LockInfo("unknown host", 0, "unknown user", dt.datetime.min.replace(tzinfo=dt.UTC))


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this host (always True where it cannot be told)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # no cheap signal-0 probe; rely on the age of the lock
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True


def is_stale(info: LockInfo, now: dt.datetime | None = None, stale_after: dt.timedelta = STALE_AFTER) -> bool:
    """Whether the lock's owner is gone: a dead process on this host, or no refresh for too long."""
    now = now or dt.datetime.now(dt.UTC)
    if now - info.time > stale_after:
        return True
    return info.host == hostname() and not pid_alive(info.pid)


def is_own(info: LockInfo) -> bool:
    """Whether this very process holds the lock."""
    return info.host == hostname() and info.pid == os.getpid()


class PlaybookLock:
    """The lock this process holds on one playbook. Release it when the file is closed."""

    def __init__(self, playbook: str | os.PathLike[str], info: LockInfo, written: bool) -> None:
        self.playbook = Path(playbook)
        self.info = info
        #: False when the folder did not allow a lock file (then there is nothing to release).
        self.written = written

    def refresh(self) -> None:
        """Renew the lock's time, so that others keep seeing it as alive."""
        if not self.written:
            return
        held = read_lock(self.playbook)
        if held is None or held.token != self.info.token:
            return  # someone cleared it (believing it stale) and may hold their own now
        self.info = current(self.info.token)
        with contextlib.suppress(OSError):
            _write_replace(lock_path(self.playbook), self.info.to_json())

    def release(self) -> None:
        """Remove the lock file, but only if it is still ours."""
        if not self.written:
            return
        held = read_lock(self.playbook)
        if held is not None and held.token == self.info.token:
            with contextlib.suppress(OSError):
                lock_path(self.playbook).unlink()
        self.written = False


@dataclass(frozen=True)
class Held:
    """Another live Charter holds the playbook."""

    other: LockInfo


def _write_replace(path: Path, text: str) -> None:
    tmp = path.with_name(f"{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _create_exclusive(path: Path, text: str) -> bool:
    # The lock must appear complete or not at all: a racing Charter that read it half-written
    # took it for a damaged (so stale) lock, cleared it and held the file too. So it is written
    # beside the lock first and hard-linked into place, which fails if a lock already exists.
    written = path.with_name(f"{path.name}.{uuid.uuid4().hex[:8]}.new")
    written.write_text(text, encoding="utf-8")
    try:
        os.link(written, path)
        return True
    except FileExistsError:
        return False
    except OSError:
        return _create_in_place(path, text)  # no hard links here (some network shares, FAT)
    finally:
        with contextlib.suppress(OSError):
            written.unlink()


def _create_in_place(path: Path, text: str) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return True


def clear_stale(playbook: str | os.PathLike[str], seen: LockInfo) -> bool:
    """Remove a stale lock, but only if it is still the one that was judged stale.

    Clearing is serialised by a short-lived breaker file beside the lock, created
    exclusively: its holder re-reads the lock and removes it only if it still carries the
    stale token. Locks are only ever created exclusively, so nothing can replace the stale
    lock in between, and a fresh lock is never moved or removed. (Renaming the lock away
    first let two Charters clearing at once each end up holding the file.) Returns False
    when another Charter is clearing it just now (try again shortly).
    """
    path = lock_path(playbook)
    breaker = path.with_name(f"{path.name}.break")
    try:
        os.close(os.open(breaker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    except FileExistsError:
        # left by a Charter that died while clearing (clearing takes milliseconds)
        with contextlib.suppress(OSError):
            if time.time() - breaker.stat().st_mtime > BREAKER_STALE_SECONDS:
                breaker.unlink()
        return False
    except OSError:
        return False
    try:
        still = read_lock(playbook)
        if still is not None and still.token == seen.token and still.pid == seen.pid and still.host == seen.host:
            with contextlib.suppress(OSError):
                path.unlink()
        return True
    finally:
        with contextlib.suppress(OSError):
            breaker.unlink()


def acquire(playbook: str | os.PathLike[str], *, force: bool = False) -> PlaybookLock | Held:
    """Take the lock on ``playbook``, or say who holds it.

    A stale lock is cleared first. ``force`` takes over a live lock (the user chose to
    edit anyway). A folder that cannot hold a lock yields an unwritten lock, never an error.
    """
    path = lock_path(playbook)
    info = current()
    for _ in range(200):
        if _create_exclusive_safe(path, info.to_json()):
            return PlaybookLock(playbook, info, True)
        held = read_lock(playbook)
        if held is None:
            if not path.exists() and not path.parent.exists():
                return PlaybookLock(playbook, info, False)
            if not os.access(path.parent, os.W_OK):
                return PlaybookLock(playbook, info, False)
            continue  # it vanished in between: try again
        if is_own(held) or force or is_stale(held):
            if not clear_stale(playbook, held):
                if not os.access(path.parent, os.W_OK):
                    return PlaybookLock(playbook, info, False)  # read-only media: nothing can be cleared
                time.sleep(0.005)  # another Charter is clearing it
            continue
        return Held(held)
    held = read_lock(playbook)
    return Held(held) if held is not None else PlaybookLock(playbook, info, False)


def _create_exclusive_safe(path: Path, text: str) -> bool:
    try:
        return _create_exclusive(path, text)
    except OSError:
        return False
