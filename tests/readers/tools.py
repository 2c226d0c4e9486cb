"""Finding and running the third-party readers, and reading what they report.

The readers are tools nobody here wrote (issue 17): poppler, qpdf, LibreOffice, the Nu HTML
Checker, axe-core in Chromium, markdown-it and mdformat, pandas, the SARIF Multitool,
check-jsonschema, the YAML language server and yamllint. ``bash scripts/dev.sh setup`` installs
them (Debian packages, ``requirements-readers.txt`` into ``.venv``, ``npm ci`` into
``tests/readers/node_modules``); ``bash scripts/dev.sh readers`` installs only them.

A reader that is missing fails its test in CI (``CI`` set, or ``CHARTER_READERS=required``), so
that a green run can never hide a missing install step. On a developer's machine it skips, with
the command that installs it.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
NODE_MODULES = HERE / "node_modules"
INSTALL = "bash scripts/dev.sh readers"
#: Debian's Chromium: the binary itself (the /usr/bin/chromium wrapper script prints shell noise).
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/lib/chromium/chromium"))


def required() -> bool:
    """Whether a missing reader is a failure (CI) rather than a skip (a developer's machine)."""
    if os.environ.get("CHARTER_READERS", "").lower() == "required":
        return True
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def missing(what: str) -> NoReturn:
    """Fail (CI) or skip (locally) because ``what`` is not installed."""
    message = f"{what} is not installed; install the readers with: {INSTALL}"
    if required():
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def program(name: str) -> str:
    """The path of a program on PATH (a Debian package's)."""
    path = shutil.which(name)
    if path is None:
        missing(f"'{name}'")
    return path


def node_file(relative: str) -> Path:
    """A file of the npm packages in ``tests/readers/node_modules``."""
    path = NODE_MODULES / relative
    if not path.exists():
        missing(f"the npm package file node_modules/{relative}")
    return path


def module(name: str) -> ModuleType:
    """An importable Python package of ``requirements-readers.txt``."""
    try:
        return importlib.import_module(name)
    except ImportError:
        missing(f"the Python package '{name}'")


def run(command: list[str | Path], *, timeout: float = 300, **options: Any) -> subprocess.CompletedProcess[str]:
    """Run a reader; its output as text (never raises for a non-zero exit: readers differ in what it means)."""
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **options,
    )


def offline_env(home: Path) -> dict[str, str]:
    """An environment for a reader: its own writable HOME, no telemetry, no update checks."""
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        DOTNET_CLI_TELEMETRY_OPTOUT="1",
        DOTNET_SYSTEM_GLOBALIZATION_INVARIANT="1",
        NO_UPDATE_NOTIFIER="1",
    )
    return env
