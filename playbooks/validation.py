"""Validate a playbook file: structure first, then (once loaded) the governance checks.

This is the one place the command line, the editor and the exports ask "what is wrong with
this file?", so that they always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from playbooks.findings import Finding, from_issue, sort_key
from playbooks.model import Playbook
from playbooks.storage import PlaybookLoadError, load


@dataclass
class FileReport:
    """What validating one file found. ``unreadable`` means it could not be read or parsed."""

    file: str
    findings: list[Finding] = field(default_factory=list)
    unreadable: str | None = None
    playbook: Playbook | None = None


def check_playbook(playbook: Playbook) -> list[Finding]:
    """The governance findings of a loaded playbook (none until checks are registered)."""
    try:
        from playbooks.checks import run_checks
    except ImportError:
        return []
    return run_checks(playbook)


def validate_file(path: str | Path) -> FileReport:
    """Validate one file; never raises for bad content."""
    name = str(path)
    try:
        playbook = load(path)
    except PlaybookLoadError as exc:
        if exc.kind in ("read", "parse", "newer"):
            return FileReport(name, unreadable=str(exc))
        return FileReport(name, sorted((from_issue(i) for i in exc.issues), key=sort_key))
    return FileReport(name, sorted(check_playbook(playbook), key=sort_key), playbook=playbook)
