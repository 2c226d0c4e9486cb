"""Kill a process while it saves, and check that the file on disk is always whole.

A *zygote* process imports Charter and builds two large playbooks (A and B) once; for each
round it forks a child that saves B, A, B, A, ... over one file with
``playbooks.io.storage.save`` until the parent SIGKILLs it at a random moment (seeded). After
every kill the file must be byte for byte the complete A or the complete B (both are known to
parse), and so must the backup ``.bak``. Forking from the warm zygote makes a round cost a few
hundred milliseconds instead of a Python start-up.

:func:`crash_points` complements the random kills with deterministic ones: the child dies
with ``os._exit`` exactly before or after each step of the atomic write (temporary file
created, half written, flushed, backup kept, renamed), where a random kill rarely lands.
"""

from __future__ import annotations

import copy
import os
import random
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from playbooks.format.model import Playbook
from playbooks.io import storage
from tests.robustness import corpus

ROOT = Path(__file__).resolve().parents[2]
TARGET = "policy.playbook.yaml"
#: What a killed save may leave behind: ``.<name>.charter-<16 hex>.tmp`` (and the backup's own).
STALE = re.compile(r"^\.policy\.playbook\.yaml(\.bak)?\.charter-[0-9a-f]{16}\.tmp$")

_ZYGOTE = r"""
import os, sys, time
from playbooks.io import storage
from playbooks.format.model import Playbook

target, path_a, path_b = sys.argv[1:4]
a = Playbook.model_validate_json(open(path_a, "rb").read())
b = Playbook.model_validate_json(open(path_b, "rb").read())
started = time.perf_counter()
storage.dumps(a); storage.dumps(b)
pair = time.perf_counter() - started
out = sys.stdout
out.write(f"ready {pair}\n"); out.flush()


def crash_at(step):
    # die at one exact step of atomic_write: os._exit skips every finally and cleanup
    real_fdopen, real_fsync, real_replace = os.fdopen, os.fsync, os.replace
    state = {"fsyncs": 0, "replaces": 0}

    def die():
        os._exit(9)

    class HalfWriter:
        def __init__(self, handle):
            self.handle = handle
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            return self.handle.__exit__(*exc)
        def write(self, data):
            self.handle.write(data[: len(data) // 2]); self.handle.flush(); die()
        def __getattr__(self, name):
            return getattr(self.handle, name)

    def fdopen(fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        return HalfWriter(handle) if step == "half-written" else handle

    def fsync(fd):
        real_fsync(fd)
        state["fsyncs"] += 1
        if step == "after-first-fsync" and state["fsyncs"] == 1:
            die()

    def replace(src, dst, **where):
        state["replaces"] += 1
        if step == "before-backup-rename" and str(dst).endswith(".bak"):
            die()
        if step == "before-final-rename" and str(dst).endswith(".playbook.yaml"):
            die()
        real_replace(src, dst, **where)
        if step == "after-final-rename" and str(dst).endswith(".playbook.yaml"):
            die()

    os.fdopen, os.fsync, os.replace = fdopen, fsync, replace


for line in sys.stdin:
    command = line.split()
    if not command or command[0] != "go":
        break
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        if len(command) > 1:
            crash_at(command[1])
        os.write(write_end, b"s"); os.close(write_end)
        while True:
            storage.save(b, target)
            storage.save(a, target)
    os.close(write_end)
    os.read(read_end, 1); os.close(read_end)
    out.write(f"{pid}\n"); out.flush()
    _, status = os.waitpid(pid, 0)
    out.write(f"reaped {status}\n"); out.flush()
"""

CRASH_STEPS = (
    "half-written",
    "after-first-fsync",
    "before-final-rename",
    "after-final-rename",
    "before-backup-rename",
)


@dataclass
class KillReport:
    """What the kill campaign tried and found."""

    kills: int = 0
    survived: int = 0
    during_write: int = 0  # kills after which a temporary file was left: the save was mid-write
    stale_temp_files: int = 0
    bytes_lost: int = 0
    seconds: float = 0.0
    size: int = 0
    problems: list[str] = field(default_factory=list)


def playbooks(channels: int = 500) -> tuple[Playbook, Playbook]:
    """Two large, different, valid playbooks (about 400 KB of YAML each with 500 channels)."""
    data = corpus.full_playbook()
    template = data["channels"]["accounts"][0]
    accounts = [dict(copy.deepcopy(template), id=f"c-{i}", handle=f"@acme{i}") for i in range(channels)]
    accounts[0]["id"] = "c-li"  # the id the rest of the playbook refers to
    data["channels"]["accounts"] = accounts
    first = Playbook.model_validate(data)
    data["document"]["title"] = "Second version of the policy"
    for account in accounts:
        account["handle"] += "-v2"
    return first, Playbook.model_validate(data)


class _Zygote:
    def __init__(self, folder: Path, a: Playbook, b: Playbook) -> None:
        (folder / "a.json").write_text(a.model_dump_json(), encoding="utf-8")
        (folder / "b.json").write_text(b.model_dump_json(), encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-c", _ZYGOTE, str(folder / TARGET), str(folder / "a.json"), str(folder / "b.json")],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"},
        )
        self.pair_seconds = float(self._read().split()[1])

    def _read(self) -> str:
        stdout: IO[str] | None = self.process.stdout
        assert stdout is not None
        line = stdout.readline()
        if not line:
            raise RuntimeError("the save process ended unexpectedly")
        return line

    def start(self, crash: str | None = None) -> int:
        stdin = self.process.stdin
        assert stdin is not None
        stdin.write(f"go {crash}\n" if crash else "go\n")
        stdin.flush()
        return int(self._read())

    def reaped(self) -> int:
        return int(self._read().split()[1])

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


def _inspect(folder: Path, known: set[bytes], report: KillReport, seen_stale: set[str], label: str) -> None:
    target = folder / TARGET
    content = target.read_bytes() if target.exists() else b""
    whole = content in known
    backup = target.with_name(TARGET + storage.BACKUP_SUFFIX)
    backup_whole = not backup.exists() or backup.read_bytes() in known
    stale = {p.name for p in folder.iterdir() if p.name.endswith(".tmp")}
    new_stale = stale - seen_stale
    seen_stale |= stale
    report.stale_temp_files = len(seen_stale)
    if new_stale:
        report.during_write += 1
    unnamed = [name for name in new_stale if not STALE.match(name)]
    if whole and backup_whole and len(new_stale) <= 2 and not unnamed:
        report.survived += 1
        return
    if not whole:
        report.bytes_lost += max(len(k) for k in known)
        report.problems.append(f"{label}: the file is neither the old nor the new playbook ({len(content)} bytes)")
    if not backup_whole:
        report.problems.append(f"{label}: the backup is neither the old nor the new playbook")
    if len(new_stale) > 2 or unnamed:
        report.problems.append(f"{label}: unexpected temporary files {sorted(new_stale)}")


def _wait_for_temp(folder: Path, seen: set[str], timeout: float) -> None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        with os.scandir(folder) as entries:
            if any(e.name.endswith(".tmp") and e.name not in seen for e in entries):
                return


def run_kills(folder: Path, kills: int = 100, seed: int = 10, channels: int = 500) -> KillReport:
    """SIGKILL a saving process ``kills`` times at random moments; check the file after each."""
    started = time.perf_counter()
    a, b = playbooks(channels)
    known = {storage.dumps(a).encode("utf-8"), storage.dumps(b).encode("utf-8")}
    for content in known:  # both outcomes a kill may leave must be readable playbooks
        storage.playbook_from_text("check", content.decode("utf-8"))
    storage.save(a, folder / TARGET)
    report = KillReport(size=min(len(k) for k in known))
    rng = random.Random(seed)
    zygote = _Zygote(folder, a, b)
    seen_stale: set[str] = set()
    try:
        window = 2 * zygote.pair_seconds  # one save of B and one of A, with margin
        for number in range(kills):
            pid = zygote.start()
            if number % 2:
                # every other kill lands within 2 ms of a temporary file appearing, so while the
                # save writes, flushes or renames: a uniform moment mostly hits the YAML dump,
                # which never touches the disk
                _wait_for_temp(folder, seen_stale, timeout=2 * window + 1)
                time.sleep(rng.uniform(0, 0.002))
            else:
                time.sleep(rng.uniform(0, window))
            os.kill(pid, signal.SIGKILL)
            status = zygote.reaped()
            report.kills += 1
            if not os.WIFSIGNALED(status):
                report.problems.append(f"kill {number + 1}: the save process had already ended ({status})")
            _inspect(folder, known, report, seen_stale, f"kill {number + 1}")
    finally:
        zygote.close()
    report.seconds = time.perf_counter() - started
    return report


def crash_points(folder: Path, rounds: int = 2, channels: int = 200) -> KillReport:
    """Die at each step of the atomic write in turn (``rounds`` times each); check after each."""
    started = time.perf_counter()
    a, b = playbooks(channels)
    known = {storage.dumps(a).encode("utf-8"), storage.dumps(b).encode("utf-8")}
    storage.save(a, folder / TARGET)
    report = KillReport(size=min(len(k) for k in known))
    zygote = _Zygote(folder, a, b)
    seen_stale: set[str] = set()
    try:
        for number in range(rounds):
            for step in CRASH_STEPS:
                zygote.start(step)
                status = zygote.reaped()  # the child ends itself at the step
                report.kills += 1
                if not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 9):
                    report.problems.append(f"{step}: the save never reached the step ({status})")
                _inspect(folder, known, report, seen_stale, f"crash {step} #{number + 1}")
    finally:
        zygote.close()
    report.seconds = time.perf_counter() - started
    return report
