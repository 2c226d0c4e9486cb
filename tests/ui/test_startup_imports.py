"""Start-up stays fast: the window paints before the domain (pydantic model, checks) is imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

HEAVY = ("playbooks.format.model", "playbooks.checks", "playbooks.io.storage", "playbooks.export", "pydantic")


def _modules_after(statement: str, home: Path | None = None) -> set[str]:
    code = f"{statement}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))\n"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", **({"HOME": str(home)} if home else {})},
    )
    return set(result.stdout.split())


def test_the_main_window_module_imports_no_domain_code() -> None:
    loaded = _modules_after("import ui.mainwindow, ui.app")
    assert sorted(m for m in loaded if m.startswith(HEAVY)) == []


def test_the_command_line_imports_no_qt() -> None:
    loaded = _modules_after("import playbooks.cli.main as c\nc.build_parser()")
    assert sorted(m for m in loaded if m.startswith(("PySide6", "shiboken6", "ui"))) == []


def test_the_window_shown_at_start_up_needs_no_command_line_sockets_or_log_files(tmp_path: Path) -> None:
    # what main.py and ui.app do before the window's first paint (issue 8: start-up time)
    loaded = _modules_after(
        "import main\n"
        "from playbooks.cli import is_command_line\n"
        "assert not is_command_line(['x.playbook.yaml'])\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui import errors\n"
        "errors.setup_logging()\n"
        "from ui.mainwindow import MainWindow\n"
        "window = MainWindow(opening='x.playbook.yaml')\n",
        home=tmp_path,
    )
    unwanted = (
        "playbooks.cli.",
        "logging.handlers",
        "socket",
        "ui.welcome",
        "ui.preferences",
        "ui.problems",
        "ui.preview",
        "ui.find",
        "playbooks.io.locking",
        "playbooks.format.enums",
        "hashlib",
        "uuid",
        "json",
        *HEAVY,
    )
    assert sorted(m for m in loaded if m.startswith(unwanted)) == []
