"""Starting the editor from main.py, and the error funnel."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.ui.conftest import EXAMPLE, ScriptedDialogs
from ui import errors

pytestmark = pytest.mark.gui


def run_main(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env, timeout=90, cwd=ROOT
    )


@pytest.mark.parametrize("args", [["--no-such-option"], ["missing.playbook.yaml"], ["--smoke-test"]])
def test_bad_arguments_are_one_line_and_exit_2(args: list[str], tmp_path: Path) -> None:
    result = run_main(*args, tmp_path=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("charter: error:"), result.stderr


def test_smoke_test_prints_startup_milliseconds_and_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    playbook = folder / EXAMPLE.name
    shutil.copyfile(EXAMPLE, playbook)
    result = run_main("--smoke-test", str(playbook), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().isdigit()
    # opened, locked and closed: the lock is gone, nothing was written beside the file or into it
    assert [p.name for p in folder.iterdir()] == [EXAMPLE.name]
    assert playbook.read_bytes() == EXAMPLE.read_bytes()


def test_smoke_test_of_a_broken_file_fails_cleanly(tmp_path: Path) -> None:
    broken = tmp_path / "broken.playbook.yaml"
    broken.write_text("document: [\n", encoding="utf-8")
    result = run_main("--smoke-test", str(broken), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "broken.playbook.yaml" in result.stderr and "Traceback" not in result.stderr


def test_expected_errors_are_plain_unexpected_ones_logged(
    qtbot: Any, scripted: ScriptedDialogs, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    errors.report(errors.ExpectedError("The disk is full."))
    assert scripted.messages == ["The disk is full."]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(scripted, "error", lambda parent, title, text, details: shown.append((text, details)))
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR, logger="charter"):
            errors.report(exc, context="testing")
    [(text, details)] = shown
    assert "did not expect" in text and "while testing" in text
    assert "ZeroDivisionError: boom" in details and "Traceback" in details
    assert "ZeroDivisionError" in caplog.text


def test_long_sessions_survive_the_pyside_none_refcount_bug(tmp_path: Path) -> None:
    """PySide6 6.12 drops a reference to None per void Qt call on Python 3.11 (see ui/__init__.py)."""
    code = (
        "import ui\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for _ in range(200_000):\n"
        "    o.setObjectName('x')\n"
        "print('alive')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=90, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"


def test_smoke_test_ends_with_one_line_when_the_window_itself_fails(tmp_path: Path) -> None:
    # an unexpected exception while the window is built must end the smoke test (CI would
    # otherwise wait on a message box nobody can click)
    script = (
        "import sys\n"
        "import ui.mainwindow\n"
        "def broken(*args, **kwargs):\n"
        "    raise RuntimeError('the window could not be built')\n"
        "ui.mainwindow.MainWindow.__init__ = broken\n"
        "from ui.app import run\n"
        f"sys.exit(run(['--smoke-test', {str(EXAMPLE)!r}]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state"))
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60, cwd=ROOT
    )
    assert result.returncode != 0
    assert "charter: error: RuntimeError: the window could not be built" in result.stderr
