"""Running corpus cases through the command line and judging the answers.

Shared by the tests (one pytest case per corpus file) and by ``python -m tests.robustness_report``
(the whole campaign with figures), so both hold Charter to exactly the same promises:

* the documented exit code (2: unreadable or unparsable; 1: structural or error findings);
* one line naming the file and the place (line/column or field path), never a traceback;
* the file, and the folder it is in, unchanged;
* the time taken (measured and reported, never asserted).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import stat
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from playbooks.cli.main import main as cli_main
from tests.robustness.corpus import Case

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CaseResult:
    """What one run of ``charter validate`` on a case did, and what was wrong with it."""

    case: Case
    code: int
    output: str
    seconds: float
    problems: list[str] = field(default_factory=list)
    bytes_lost: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def run_cli(argv: Sequence[str]) -> tuple[int, str, str]:
    """Run the command line in this process; return (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli_main(list(argv))
        except SystemExit as exc:  # argparse's own exits
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def run_subprocess(argv: Sequence[str], timeout: float = 60) -> tuple[int, str, str]:
    """Run ``python main.py ARGS`` as a real process."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    return done.returncode, done.stdout, done.stderr


def fingerprint(path: Path) -> tuple[str, str, int]:
    """(kind, sha256, size) of what is at ``path``, without following it into devices or fifos."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return ("missing", "", 0)
    if stat.S_ISREG(info.st_mode):
        if info.st_size > 100 * 1024 * 1024:  # sparse giants: size and mtime say enough
            return ("file", f"mtime={info.st_mtime_ns}", info.st_size)
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return ("file", digest.hexdigest(), info.st_size)
    if stat.S_ISLNK(info.st_mode):
        return ("link", os.readlink(path), 0)
    return (stat.filemode(info.st_mode)[0], "", 0)


def folder_state(folder: Path) -> dict[str, tuple[str, str, int]]:
    return {entry.name: fingerprint(entry) for entry in sorted(folder.iterdir())}


def judge(case: Case, shown: str, code: int, out: str, err: str) -> list[str]:
    """Every broken promise in one answer of ``charter validate`` (empty when all held).

    An unreadable file (exit 2) gets exactly one line in all. A file with findings (exit 1)
    gets a report: headers, a summary and the scorecard around the finding lines; there the
    promise is about the error lines: one per problem (one for a one-defect case), each naming
    the file and the place.
    """
    problems = []
    text = out + err
    lines = [line for line in text.splitlines() if line.strip()]
    if "Traceback" in text:
        problems.append("a traceback was printed")
    if code not in case.expect:
        problems.append(f"exit code {code}, expected {sorted(case.expect)}")
    finding = re.compile(re.escape(shown) + r"(?::\d+)?: (error|warning|info) ")
    if code == 2:
        answer = lines
        if len(lines) != 1:
            problems.append(f"{len(lines)} lines printed, expected exactly one")
    else:
        answer = [line.strip() for line in lines if finding.match(line.strip()) and ": error " in line]
        if code == 1 and not answer:
            problems.append("exit code 1 but no error line")
        if case.single and len(answer) > 1:
            problems.append(f"{len(answer)} error lines, expected one")
    if not lines:
        problems.append("nothing was printed")
    for line in answer:
        if shown not in line:
            problems.append(f"a line does not name the file: {line[:200]!r}")
    if case.path is not None and not any(f": {case.path}: " in line for line in answer):
        problems.append(f"no line names the field {case.path}: {text[:300]!r}")
    if case.code is not None and not any(f": error {case.code}: " in line for line in answer):
        problems.append(f"no error line carries {case.code}: {text[:300]!r}")
    if case.lines is not None:
        low, high = case.lines
        numbers = [int(m.group(1)) for line in answer for m in [re.search(re.escape(shown) + r":(\d+)", line)] if m]
        if not any(low <= n <= high for n in numbers):
            problems.append(f"no line names a line in {low}..{high}: {text[:300]!r}")
    return problems


def try_case(case: Case, folder: Path, *, subprocess_run: bool = False) -> CaseResult:
    """Write ``case`` into the empty ``folder``, validate it, and judge the answer."""
    path = case.write(folder)
    before = folder_state(folder)
    started = time.perf_counter()
    if subprocess_run:
        code, out, err = run_subprocess(["validate", str(path)])
    else:
        code, out, err = run_cli(["validate", str(path)])
    seconds = time.perf_counter() - started
    after = folder_state(folder)
    result = CaseResult(case, code, out + err, seconds, judge(case, str(path), code, out, err))
    if after != before:
        changed = sorted(set(before) ^ set(after) | {n for n in before if n in after and before[n] != after[n]})
        result.problems.append(f"the folder changed: {changed}")
        original = before.get(path.name)
        if original is not None and after.get(path.name) != original:
            result.bytes_lost += original[2]
    return result
