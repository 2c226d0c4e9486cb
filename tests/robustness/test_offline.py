"""Offline: every command works with no network and never tries to reach one.

In this process the sockets are patched to refuse and record; as real processes the commands
also run under ``strace`` (no Internet socket may even be created) and in a network namespace
without any network (``unshare -n``), where the machine allows. The editor's offline smoke test
is in ``tests/ui/test_robustness_editor.py``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT
from tests.robustness import netguard
from tests.robustness.campaign import run_cli

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"
SPOKE = EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml"


def _commands(out: Path) -> list[list[str]]:
    commands = [
        ["validate", str(HUB), str(SPOKE)],
        ["validate", "--format", "json", str(HUB)],
        ["new", "--preset", "finra-broker-dealer", "-o", str(out / "new.playbook.yaml")],
        ["schema"],
        ["presets"],
        ["checks"],
        ["resolve", str(SPOKE), "-o", str(out / "effective.playbook.yaml")],
        ["diff", str(SPOKE)],
        ["compare", str(HUB), str(out / "effective.playbook.yaml")],
    ]
    # the policy as Word takes seconds (reported to export); the crisis card exercises the same writer
    for doc, fmt in [("policy", "html"), ("policy", "md"), ("crisis", "docx"), ("raci", "csv"), ("crisis", "html")]:
        commands.append(["export", str(HUB), "--doc", doc, "--format", fmt, "-o", str(out / f"{doc}.{fmt}")])
    commands.append(["export", str(SPOKE), "--doc", "addendum", "--format", "md", "-o", str(out / "addendum.md")])
    return commands


@pytest.fixture
def guard() -> Iterator[list[str]]:
    netguard.ATTEMPTS.clear()
    remove = netguard.install()
    try:
        yield netguard.ATTEMPTS
    finally:
        remove()


@pytest.mark.timeout(300)
def test_every_command_works_without_trying_the_network(guard: list[str], tmp_path: Path) -> None:
    import socket

    with pytest.raises(OSError):  # the guard is really in place
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    guard.clear()
    for argv in _commands(tmp_path):
        code, out, err = run_cli(argv)
        assert code in (0, 1), f"{argv[0]}: exit {code}: {err[:300]}"
        assert "Traceback" not in out + err
    assert guard == []
    assert (tmp_path / "crisis.docx").stat().st_size > 0


def _strace_lines(log: Path) -> list[str]:
    return [line for line in log.read_text(errors="replace").splitlines() if re.search(r"AF_INET6?\b|AF_PACKET", line)]


@pytest.mark.timeout(300)
@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_the_command_line_never_creates_an_internet_socket(tmp_path: Path) -> None:
    for argv in (
        ["validate", str(SPOKE)],
        ["export", str(HUB), "--doc", "crisis", "--format", "docx", "-o", str(tmp_path / "c.docx")],
    ):
        log = tmp_path / "strace.log"
        done = subprocess.run(
            [
                "strace",
                "-f",
                "-qq",
                "--seccomp-bpf",
                "-e",
                "trace=socket,connect",
                "-o",
                str(log),
                sys.executable,
                "main.py",
                *argv,
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=240,
        )
        assert done.returncode in (0, 1), done.stderr[-500:]
        assert _strace_lines(log) == []


def _unshare_works() -> str | None:
    if shutil.which("unshare") is None:
        return "unshare is not installed"
    done = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    return None if done.returncode == 0 else "unshare -n is not permitted here"


@pytest.mark.timeout(300)
@pytest.mark.skipif(_unshare_works() is not None, reason=str(_unshare_works()))
def test_the_command_line_works_in_a_namespace_without_network(tmp_path: Path) -> None:
    out = tmp_path / "policy.md"
    for argv, expected in (
        (["validate", str(HUB)], (0, 1)),
        (["export", str(HUB), "--format", "md", "-o", str(out)], (0, 1)),
    ):
        done = subprocess.run(
            ["unshare", "-n", sys.executable, "main.py", *argv], cwd=ROOT, capture_output=True, text=True, timeout=240
        )
        assert done.returncode in expected, done.stderr[-500:]
        assert "Traceback" not in done.stdout + done.stderr
    assert out.read_text(encoding="utf-8").startswith("#")
