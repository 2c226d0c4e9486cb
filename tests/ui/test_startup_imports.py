"""Start-up stays fast: the window paints before the domain (pydantic model, checks) is imported."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

HEAVY = ("playbooks.model", "playbooks.checks", "playbooks.storage", "playbooks.export", "pydantic")


def _modules_after(statement: str) -> set[str]:
    code = f"{statement}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))\n"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    return set(result.stdout.split())


def test_the_main_window_module_imports_no_domain_code() -> None:
    loaded = _modules_after("import ui.mainwindow, ui.app")
    assert sorted(m for m in loaded if m.startswith(HEAVY)) == []


def test_the_command_line_imports_no_qt() -> None:
    loaded = _modules_after("import playbooks.cli as c\nc.build_parser()")
    assert sorted(m for m in loaded if m.startswith(("PySide6", "shiboken6", "ui"))) == []
