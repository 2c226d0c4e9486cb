"""Lock files: notice that a playbook is already open in another Charter (also on a shared drive).

The lock is a small JSON file next to the playbook, ``.~<name>.lock``, holding the host, the
process id, the user, a random token and the time it was last refreshed. The owner refreshes
it periodically (:meth:`PlaybookLock.refresh`), so its age says whether the owner is still
alive even from another machine. A lock is *stale*, and is cleared safely, when its process
is gone on this host or when it has not been refreshed for :data:`STALE_AFTER`.

Every writer of a playbook takes the same lock for the time it writes (:func:`writing`): the
command line (``signoff``, ``rebase``, ``new --force``, ``resolve -o --force``) and the editor's
save (with the lock it already holds). A writer re-reads the file under the lock, so two
writers never lose each other's changes; one that cannot get the lock waits briefly for
another writer, and fails at once, with the holder and the lock's age, when an editor has the
file open.

A lock is also stale when it is damaged (not a lock Charter wrote: unreadable, a fifo, an
empty folder) or dated ahead of this computer's clock by more than :data:`FUTURE_TOLERANCE`
(a clock that wrong would otherwise keep it fresh for ever). Any lock can be broken on
purpose (``--break-lock``, "Edit anyway"); its holder learns of it at their next save, which
fails instead of overwriting.

Locking is advisory and best effort: a folder where no lock can be written (read-only media)
never stops anyone from opening a file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import random
import stat
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from playbooks.format.messages import one_line

#: A lock not refreshed for this long belongs to a Charter that is gone (crash, power cut).
STALE_AFTER = dt.timedelta(hours=2)
#: A clearing breaker older than this belongs to a Charter that died while clearing a lock.
BREAKER_STALE_SECONDS = 30
#: How often an open Charter refreshes its locks (well below STALE_AFTER).
REFRESH_EVERY = dt.timedelta(minutes=10)
#: A lock dated further ahead than this was written by a clock that is wrong (or by hand).
FUTURE_TOLERANCE = dt.timedelta(minutes=10)
#: How long a writer waits for another writer's lock (a write takes well under a second).
WRITE_WAIT_SECONDS = 15.0
#: What a lock is for: an open editor holds it for as long as the file is open.
EDITING, WRITING = "editing", "writing"
#: A writer holds its lock for the moment it reads, changes and writes (seconds); a writing lock
#: older than this belongs to a writer that was killed (on this host or another), and is cleared.
#: Should a slow writer really still be at it, its save then fails instead of overwriting
#: (it re-checks its lock and what the file holds before replacing it).
WRITING_STALE_AFTER = dt.timedelta(minutes=2)
#: The largest process id a lock may name: pid_t is 32 bits wherever Charter runs.
MAX_PID = 2**31 - 1


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock, and what for (:data:`EDITING` or :data:`WRITING`).

    ``damaged``: why the lock file is not a lock Charter wrote ('' for a sound lock).
    """

    host: str
    pid: int
    user: str
    time: dt.datetime
    token: str = ""
    purpose: str = EDITING
    damaged: str = ""

    def age(self, now: dt.datetime | None = None) -> dt.timedelta:
        """How long ago the lock was written or last refreshed (negative: dated in the future)."""
        return (now or dt.datetime.now(dt.UTC)) - self.time

    def describe(self, now: dt.datetime | None = None) -> str:
        """``'anna on LAPTOP-7 since 2026-11-26 08:15 (25 minutes ago)'`` (local time), or what is
        wrong with the lock; one line, whatever the lock file holds."""
        if self.damaged:
            return f"a damaged lock ({self.damaged})"
        age = self.age(now)
        if age < -FUTURE_TOLERANCE:
            when = f"dated {_duration(-age)} ahead of this computer's clock"
        else:
            when = f"{_duration(age)} ago" if age >= dt.timedelta(minutes=1) else "just now"
        since = self.time.astimezone().strftime("%Y-%m-%d %H:%M") if self.time.year > 1 else "an unknown time"
        return one_line(f"{self.user} on {self.host} since {since} ({when})")

    def to_json(self) -> str:
        return json.dumps(
            {
                "app": "charter",
                "host": self.host,
                "pid": self.pid,
                "user": self.user,
                "time": self.time.isoformat(),
                "token": self.token,
                "purpose": self.purpose,
            }
        )


def _duration(delta: dt.timedelta) -> str:
    """'3 minutes', '5 hours', '12 days': the largest whole unit."""
    seconds = abs(delta.total_seconds())
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            count = int(seconds // size)
            return f"{count:,} {unit}{'s' if count != 1 else ''}"
    return "less than a minute"


#: The longest file name most file systems allow, in bytes.
NAME_MAX = 255
#: What locking adds to a lock's name for the files it makes beside it (``.<8 hex>.new``).
_HELPER_SUFFIX = 13


def lock_path(playbook: str | os.PathLike[str]) -> Path:
    """Where the lock of ``playbook`` lives: ``.~<name>.lock`` beside the real file (a playbook
    opened through a link and by its own name has one lock, so their writers wait for each other).

    A name too long for that (with the helper files locking makes beside the lock, more than
    :data:`NAME_MAX` bytes) gets a short lock in the same folder, ``.~<start of the name>~<hash of
    the whole name>.lock``: every Charter (the editor and the command line) derives the same one."""
    path = Path(os.path.realpath(playbook))
    name = f".~{path.name}.lock"
    raw = os.fsencode(path.name)
    if len(os.fsencode(name)) + _HELPER_SUFFIX <= NAME_MAX:
        return path.with_name(name)
    digest = hashlib.sha256(raw).hexdigest()[:20]
    # cut in bytes (a name that is not UTF-8 arrives with surrogate escapes: the same bytes back)
    start = os.fsdecode(raw[:80])
    return path.with_name(f".~{start}~{digest}.lock")


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


def current(token: str | None = None, purpose: str = EDITING) -> LockInfo:
    """A lock for this process, now."""
    return LockInfo(hostname(), os.getpid(), _user(), dt.datetime.now(dt.UTC), token or uuid.uuid4().hex, purpose)


#: The largest lock file read; a lock is a few hundred bytes, anything larger is damaged.
MAX_LOCK_BYTES = 64 * 1024


def read_lock(playbook: str | os.PathLike[str]) -> LockInfo | None:
    """The lock on ``playbook``; None when there is none. A damaged lock reads as one that
    :func:`is_stale` clears, with ``damaged`` saying what is wrong with it. Never raises: whatever
    is in the lock's place (any bytes, any shape) is a lock, a damaged lock, or none."""
    try:
        return _read_lock(lock_path(playbook))
    except Exception as exc:  # a lock file is anyone's to write: nothing in it may stop a writer
        return _damaged(f"cannot be read: {type(exc).__name__}")


def _read_lock(path: Path) -> LockInfo | None:
    try:
        # non-blocking: a fifo in the lock's place must not hang the editor's open
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        if os.path.islink(path):
            return _damaged("a link to nothing")
        return None
    except IsADirectoryError:
        return _damaged("a folder")
    except OSError as exc:
        if os.path.lexists(path):
            return _damaged(f"cannot be read: {exc.strerror or exc}")
        return None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            return _damaged("a folder")
        if not stat.S_ISREG(info.st_mode):
            return _damaged("not a file")
        raw = os.read(fd, MAX_LOCK_BYTES + 1)
    except OSError as exc:
        return _damaged(f"cannot be read: {exc.strerror or exc}")
    finally:
        os.close(fd)
    if len(raw) > MAX_LOCK_BYTES:
        return _damaged(f"larger than {MAX_LOCK_BYTES // 1024} KB")
    return _parse_lock(raw)


def _parse_lock(raw: bytes) -> LockInfo:
    """The lock a lock file's bytes describe, or a damaged one; never an exception (deep nesting,
    huge numbers, any type in any field)."""
    if raw.lstrip()[:1] != b"{":
        return _damaged("not a Charter lock")  # a lock is one object
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            return _damaged("not a Charter lock")
        pid = data["pid"]
        if isinstance(pid, bool) or not isinstance(pid, int) or not 0 < pid <= MAX_PID:
            return _damaged("not a Charter lock (no process id)")
        time = dt.datetime.fromisoformat(str(data["time"]))
        if time.tzinfo is None:
            time = time.replace(tzinfo=dt.UTC)
        time.astimezone()  # a year 1 or 9999 time may not convert: damaged, not a crash later
        purpose = WRITING if data.get("purpose") == WRITING else EDITING
        return LockInfo(str(data["host"]), pid, str(data["user"]), time, str(data.get("token", "")), purpose)
    except Exception:  # anything else a crafted lock can make the parser or the clock raise
        return _damaged("not a Charter lock")


def _damaged(reason: str) -> LockInfo:
    return LockInfo("unknown host", 0, "unknown user", dt.datetime.min.replace(tzinfo=dt.UTC), damaged=reason)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this host (always True where it cannot be told)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # no cheap signal-0 probe; rely on the age of the lock
        return True
    if pid > MAX_PID:
        return False  # no such process can exist (os.kill would overflow)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError, ValueError):
        return True  # another user's process, or a probe this system refuses: assume alive
    return True


def is_stale(info: LockInfo, now: dt.datetime | None = None, stale_after: dt.timedelta = STALE_AFTER) -> bool:
    """Whether the lock's owner is gone: a dead process on this host, no refresh for too long (a
    writer's lock: :data:`WRITING_STALE_AFTER`, on any host), a date ahead of this clock by more
    than :data:`FUTURE_TOLERANCE`, or a damaged lock."""
    if info.damaged:
        return True
    age = info.age(now)
    if info.purpose == WRITING:
        stale_after = min(stale_after, WRITING_STALE_AFTER)
    if age > stale_after or age < -FUTURE_TOLERANCE:
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

    def still_held(self) -> bool:
        """Whether this lock is still the lock on its file (True for an unwritten lock: a folder
        that holds no lock has nothing to take over); a writer asks right before it replaces
        the file (:func:`held_by`)."""
        return held_by(self) if self.written else True

    def refresh(self) -> None:
        """Renew the lock's time, so that others keep seeing it as alive."""
        if not self.written:
            return
        held = read_lock(self.playbook)
        if held is None or held.token != self.info.token:
            return  # someone cleared it (believing it stale) and may hold their own now
        self.info = current(self.info.token, self.info.purpose)
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
    try:
        try:
            written.write_text(text, encoding="utf-8")
        except OSError:
            return False  # no room or no right to write here (a full disk): no lock, and nothing left behind
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
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()  # a half-written lock would read as damaged, and be cleared by anyone
        return False
    return True


def _remove(path: Path) -> bool:
    """Remove what is at ``path`` whatever it is (a file, a link, a fifo, an empty folder)."""
    try:
        if stat.S_ISDIR(os.lstat(path).st_mode):
            os.rmdir(path)
        else:
            os.unlink(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def _take_breaker(breaker: Path) -> bool:
    """Create the breaker exclusively; clear one left behind (by a Charter that died while
    clearing, or anything else in its place) so that the next try can take it."""
    try:
        os.close(os.open(breaker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        return True
    except FileExistsError:
        pass
    except OSError:
        return False
    try:
        info = os.lstat(breaker)
    except OSError:
        return False
    age = time.time() - info.st_mtime
    # Charter's own breakers are plain files that live for milliseconds: a link, a folder or a
    # fifo is not one, nor is a breaker dated in the future
    left = not stat.S_ISREG(info.st_mode) or age > BREAKER_STALE_SECONDS or age < -BREAKER_STALE_SECONDS
    if left and not _remove(breaker) and stat.S_ISDIR(info.st_mode):
        # a folder with something in it: not Charter's to empty, but it must not block every
        # writer for ever either; it is set aside under a name of its own, content and all
        with contextlib.suppress(OSError):
            os.rename(breaker, breaker.with_name(f"{breaker.name}.{uuid.uuid4().hex[:4]}"))
    return False


def clear_stale(playbook: str | os.PathLike[str], seen: LockInfo) -> bool:
    """Remove a stale lock, but only if it is still the one that was judged stale.

    Clearing is serialised by a short-lived breaker file beside the lock, created
    exclusively: its holder re-reads the lock and removes it only if it still carries the
    stale token. Locks are only ever created exclusively, so nothing can replace the stale
    lock in between, and a fresh lock is never moved or removed. (Renaming the lock away
    first let two Charters clearing at once each end up holding the file.) Returns False
    when another Charter is clearing it just now (try again shortly), or when the lock
    cannot be removed.
    """
    path = lock_path(playbook)
    breaker = path.with_name(f"{path.name}.break")
    if not _take_breaker(breaker):
        return False
    try:
        still = read_lock(playbook)
        if still is None:
            return True
        if still.damaged and seen.damaged:
            return _remove(path)
        if still.token == seen.token and still.pid == seen.pid and still.host == seen.host:
            return _remove(path)
        return True  # a new lock took its place: acquire() looks again
    finally:
        with contextlib.suppress(OSError):
            breaker.unlink()


def acquire(playbook: str | os.PathLike[str], *, force: bool = False, purpose: str = EDITING) -> PlaybookLock | Held:
    """Take the lock on ``playbook``, or say who holds it.

    A stale lock is cleared first. ``force`` takes over a live lock (the user chose to
    edit anyway, or to break it); a lock that cannot be removed then yields an unwritten lock.
    A folder that cannot hold a lock yields an unwritten lock, never an error.
    """
    path = lock_path(playbook)
    info = current(purpose=purpose)
    for _ in range(200):
        if _create_exclusive_safe(path, info.to_json()):
            return PlaybookLock(playbook, info, True)
        held = read_lock(playbook)
        if held is None:
            if not path.parent.exists():
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
    if held is None or force:
        return PlaybookLock(playbook, info, False)
    return Held(held)


def _create_exclusive_safe(path: Path, text: str) -> bool:
    try:
        return _create_exclusive(path, text)
    except OSError:
        return False


class LockBusy(Exception):
    """Another Charter holds the playbook: ``str()`` is one line with the holder and the lock's age
    (or, for a damaged lock that cannot be removed, where it is). ``breakable``: whether taking
    the lock over (``--break-lock``) would help."""

    def __init__(self, playbook: str | os.PathLike[str], other: LockInfo) -> None:
        self.playbook = str(playbook)
        self.other = other
        self.breakable = not other.damaged
        if other.damaged:
            text = (
                f"{playbook}: its lock {lock_path(playbook)} is damaged ({other.damaged}) and Charter cannot "
                "remove it; remove it by hand (no Charter has the file open through it)"
            )
        elif other.purpose == WRITING:
            stale = _duration(WRITING_STALE_AFTER)
            text = (
                f"{playbook}: being written by {other.describe()}; try again in a moment "
                f"(the lock of a write that stopped is cleared {stale} after it was taken)"
            )
        else:
            text = f"{playbook}: open in Charter by {other.describe()}; make the change there, or close it first"
        super().__init__(one_line(text))


def held_by(lock: PlaybookLock | None) -> bool:
    """Whether ``lock`` is written and still the lock on its file (nobody broke or replaced it)."""
    if lock is None or not lock.written:
        return False
    now = read_lock(lock.playbook)
    return now is not None and now.token == lock.info.token


@contextlib.contextmanager
def writing(
    playbook: str | os.PathLike[str],
    *,
    held: PlaybookLock | None = None,
    wait: float | None = None,
    break_lock: bool = False,
) -> Iterator[PlaybookLock]:
    """Hold the lock of ``playbook`` while it is read, changed and written (every writer does).

    ``held``: the lock this process already holds on the file (the editor's), used as it is
    while it is still the lock on the file. Another writer's lock is waited for (up to
    ``wait`` seconds, :data:`WRITE_WAIT_SECONDS` by default); an editor's, or one still there
    after the wait, raises :class:`LockBusy`. ``break_lock`` takes over any lock (its holder's
    next save then fails instead of overwriting this write: a writer checks :func:`held_by`
    before it replaces the file). A lock that cannot be removed is :class:`LockBusy` too, even
    with ``break_lock``: nobody writes unlocked beside it. (Only a folder where no lock can be
    written at all, such as read-only media, yields an unwritten lock.) The lock is released
    afterwards, unless it is ``held``.
    """
    if held is not None and held_by(held):
        yield held
        return
    deadline = time.monotonic() + (WRITE_WAIT_SECONDS if wait is None else wait)
    pause = 0.01
    while True:
        result = acquire(playbook, force=break_lock, purpose=WRITING)
        if isinstance(result, PlaybookLock):
            stuck = None if result.written else read_lock(playbook)
            if stuck is not None:  # a lock that cannot be removed, even on purpose: no writing unlocked
                raise LockBusy(playbook, stuck if stuck.damaged else _damaged("cannot be removed"))
            break
        if result.other.purpose != WRITING or time.monotonic() >= deadline:
            raise LockBusy(playbook, result.other)
        # writers queue up: a random pause, so that waiting writers do not all retry at once
        time.sleep(random.uniform(pause / 2, pause))
        pause = min(pause * 2, 0.2)
    try:
        yield result
    finally:
        result.release()
