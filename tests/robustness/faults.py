"""Faults at every step of a save: full disk, read-only folder, quota, permission, I/O error.

:func:`inject_all` makes each step of ``playbooks.io.storage.atomic_write`` fail in turn with each
errno (by wrapping the functions the save calls, restored afterwards) and checks the promise:
the save raises ``PlaybookSaveError`` with one line that names the file and the reason, the
original file and its backup are untouched, and no temporary file is left behind.

:func:`real_tmpfs` does the same with real file systems where the machine allows it (root on
Linux): a 64 KB tmpfs that is full, and the same tmpfs remounted read-only.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playbooks.format.model import Playbook
from playbooks.io import storage
from tests.robustness import corpus

ERRNOS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EROFS: "the folder is read-only",
    errno.EACCES: "permission denied",
    errno.EIO: "Input/output error",
}

#: (step, function to wrap, which call fails, whether the save must fail): every place
#: atomic_write can meet an OSError. Only the backup's own rename, after the new file is in
#: place, may fail without failing the save (the previous backup then stays as it was).
STEPS: list[tuple[str, str, int, bool]] = [
    ("create the temporary file", "create", 1, True),
    ("write the temporary file", "write", 1, True),
    ("flush the temporary file to disk", "fsync", 1, True),
    ("read the original for the backup", "read", 1, True),
    ("create the backup's temporary file", "create", 2, True),
    ("write the backup", "write", 2, True),
    ("flush the backup to disk", "fsync", 2, True),
    ("rename the new file into place", "replace", 1, True),
    ("rename the backup into place", "replace", 2, False),
]


@dataclass
class FaultReport:
    """What the fault campaign tried and found."""

    injected: int = 0
    held: int = 0
    bytes_lost: int = 0
    messages: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def small_and_large() -> tuple[Playbook, Playbook]:
    """The original (small) and the edited (larger) playbook a failing save tries to write."""
    data = corpus.full_playbook()
    original = Playbook.model_validate(data)
    data["scope"]["purpose"] = "A much longer purpose. " * 4000
    return original, Playbook.model_validate(data)


@contextlib.contextmanager
def failing(function: str, call: int, code: int) -> Iterator[None]:
    """Make the ``call``-th call of one function used by the save raise ``OSError(code)``."""
    counter = {"n": 0}

    def should_fail() -> bool:
        counter["n"] += 1
        return counter["n"] == call

    def fail() -> None:
        raise OSError(code, os.strerror(code))

    saved: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, name: str, replacement: Any) -> None:
        saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, replacement)

    if function == "create":
        real_open = os.open

        def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if flags & os.O_CREAT and should_fail():
                fail()
            return real_open(path, flags, *args, **kwargs)

        patch(os, "open", open_)
    elif function == "write":
        real_fdopen = os.fdopen

        class Writer:
            def __init__(self, handle: Any, broken: bool) -> None:
                self.handle, self.broken = handle, broken

            def __enter__(self) -> Writer:
                return self

            def __exit__(self, *exc: object) -> None:
                self.handle.close()

            def write(self, data: bytes) -> int:
                if self.broken:
                    self.handle.write(data[: len(data) // 3])  # a disk fills up part way through
                    fail()
                return int(self.handle.write(data))

            def __getattr__(self, name: str) -> Any:
                return getattr(self.handle, name)

        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            return Writer(real_fdopen(fd, *args, **kwargs), should_fail())

        patch(os, "fdopen", fdopen)
    elif function == "fsync":
        real_fsync = os.fsync

        def fsync(fd: int) -> None:
            if should_fail():
                fail()
            real_fsync(fd)

        patch(os, "fsync", fsync)
    elif function == "replace":
        real_replace = os.replace

        def replace(src: Any, dst: Any, **where: Any) -> None:
            if should_fail():
                fail()
            real_replace(src, dst, **where)

        patch(os, "replace", replace)
    elif function == "read":
        real_read = os.read

        def read(fd: int, size: int) -> bytes:
            if should_fail():
                fail()
            return real_read(fd, size)

        patch(os, "read", read)
    else:
        raise ValueError(function)
    try:
        yield
    finally:
        for owner, name, original in reversed(saved):
            setattr(owner, name, original)


def check_failed_save(
    folder: Path,
    target: Path,
    before: dict[str, bytes],
    attempt: Callable[[], None],
    report: FaultReport,
    label: str,
    *,
    saved: bytes | None = None,
) -> None:
    """Run a save that must fail (or, with ``saved``, succeed with exactly those bytes while
    the previous backup stays); check the message, the files and the folder afterwards."""
    report.injected += 1
    problems: list[str] = []
    try:
        attempt()
    except storage.PlaybookSaveError as exc:
        message = str(exc)
        report.messages.append(message)
        if "\n" in message or str(target) not in message or "unchanged" not in message:
            problems.append(f"unclear message: {message!r}")
        if saved is not None:
            problems.append(f"the save failed: {message}")
    else:
        if saved is None:
            problems.append("the save did not fail")
        else:
            before = {**before, target.name: saved}
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    if after.get(target.name) != before.get(target.name):
        report.bytes_lost += len(before.get(target.name, b""))
        problems.append("the original file changed")
    leftovers = sorted(set(after) - set(before))
    if leftovers:
        problems.append(f"files left behind: {leftovers}")
    changed = [name for name in before if name in after and after[name] != before[name]]
    if changed:
        problems.append(f"files changed: {changed}")
    if problems:
        report.problems.extend(f"{label}: {p}" for p in problems)
    else:
        report.held += 1


def inject_all(folder: Path) -> FaultReport:
    """Every step of a save failing with every errno in :data:`ERRNOS`."""
    report = FaultReport()
    original, edited = small_and_large()
    older = original.model_copy(update={"document": original.document.model_copy(update={"title": "Older"})})
    target = folder / "policy.playbook.yaml"
    for step, function, call, must_fail in STEPS:
        for code in ERRNOS:
            for leftover in folder.iterdir():
                leftover.unlink()
            storage.save(older, target)
            storage.save(original, target)  # the backup now holds the older version
            before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}

            def attempt(function: str = function, call: int = call, code: int = code) -> None:
                with failing(function, call, code):
                    storage.save(edited, target)

            saved = None if must_fail else storage.dumps(edited).encode("utf-8")
            check_failed_save(folder, target, before, attempt, report, f"{step} / {errno.errorcode[code]}", saved=saved)
    return report


# ---------------------------------------------------------------- real file systems


def can_mount() -> str | None:
    """None when tmpfs can be mounted here, else the reason it cannot."""
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    if shutil.which("mount") is None:
        return "no mount command"
    probe = Path(tempfile.mkdtemp(prefix="charter-mount-probe-"))
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)], capture_output=True)
        if done.returncode != 0:
            return f"mount refused: {done.stderr.decode(errors='replace').strip()}"
        subprocess.run(["umount", str(probe)], check=True)
        return None
    finally:
        probe.rmdir()


@contextlib.contextmanager
def tmpfs(folder: Path, size: str = "64k") -> Iterator[Path]:
    """A tiny tmpfs mounted on ``folder`` for the duration."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int = 2048) -> None:
    """Fill the file system of ``folder`` until about ``leave`` bytes are free."""
    free = shutil.disk_usage(folder).free
    with (folder / "filler.bin").open("wb") as handle:
        handle.write(b"\0" * max(0, free - leave))


def real_tmpfs(folder: Path) -> FaultReport:
    """A full 64 KB tmpfs, then the same tmpfs read-only: save and ``charter new`` must fail cleanly."""
    from tests.robustness.campaign import run_cli

    report = FaultReport()
    original, edited = small_and_large()
    with tmpfs(folder / "disk") as disk:
        target = disk / "policy.playbook.yaml"
        storage.save(original, target)
        fill(disk)
        before = {p.name: p.read_bytes() for p in disk.iterdir() if p.is_file()}
        check_failed_save(disk, target, before, lambda: storage.save(edited, target), report, "full tmpfs / save")
        _cli_new(disk, target, before, report, "full tmpfs / charter new", run_cli)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        disk_state = {p.name: p.read_bytes() for p in disk.iterdir() if p.is_file()}
        check_failed_save(disk, target, disk_state, lambda: storage.save(edited, target), report, "read-only / save")
        _cli_new(disk, target, disk_state, report, "read-only / charter new", run_cli)
    return report


def _cli_new(
    disk: Path, target: Path, before: dict[str, bytes], report: FaultReport, label: str, run_cli: Callable[..., Any]
) -> None:
    report.injected += 1
    code, out, err = run_cli(["new", "--force", "-o", str(target)])
    lines = (out + err).splitlines()
    after = {p.name: p.read_bytes() for p in disk.iterdir() if p.is_file()}
    problems = []
    if code != 2 or len(lines) != 1 or str(target) not in lines[0] or "Traceback" in out + err:
        problems.append(f"exit {code}, output {out + err!r}")
    if after != before:
        report.bytes_lost += len(before.get(target.name, b""))
        problems.append("the folder changed")
    if problems:
        report.problems.extend(f"{label}: {p}" for p in problems)
    else:
        report.held += 1
        report.messages.append(lines[0])
