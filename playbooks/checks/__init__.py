"""Governance checks: small pure functions over a playbook, registered under a stable code.

A check is registered with :func:`check` and yields :class:`Hit` objects (a field path and a
message that says what to do); the registry turns them into findings with the check's code
and severity. Checks never raise on odd content: a check that crashes becomes an
``INTERNAL`` finding, never a crash of ``validate``. Codes whose findings come from elsewhere
(the spoke checks of :mod:`playbooks.tailoring`) are registered with :func:`describe` so that
``charter checks`` and ``--explain`` know them too.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from playbooks.enums import Severity
from playbooks.findings import Finding

if TYPE_CHECKING:
    from playbooks.model import Playbook

INTERNAL = "INTERNAL"


@dataclass(frozen=True)
class Hit:
    """What a check found: where, and what to do. ``severity`` overrides the check's default."""

    path: str
    message: str
    severity: Severity | None = None


CheckFunction = Callable[["Playbook"], Iterable[Hit]]


@dataclass(frozen=True)
class CheckInfo:
    code: str
    severity: Severity
    area: str
    title: str
    rationale: str
    function: CheckFunction | None = None


REGISTRY: dict[str, CheckInfo] = {}


def check(
    code: str, severity: Severity, area: str, title: str, rationale: str
) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check function under ``code``."""

    def register(function: CheckFunction) -> CheckFunction:
        REGISTRY[code] = CheckInfo(code, severity, area, title, rationale, function)
        return function

    return register


def describe(code: str, severity: Severity, area: str, title: str, rationale: str) -> None:
    """Register a code whose findings are produced outside the registry (e.g. spoke checks)."""
    REGISTRY[code] = CheckInfo(code, severity, area, title, rationale)


_loaded = False


def load_all() -> dict[str, CheckInfo]:
    """Import every check module of this package (once) and return the registry."""
    global _loaded
    if not _loaded:
        for module in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{module.name}")
        _loaded = True
    return REGISTRY


def run_checks(playbook: Playbook) -> list[Finding]:
    """Run every registered check; apply the playbook's waivers."""
    findings: list[Finding] = []
    for info in load_all().values():
        if info.function is None:
            continue
        try:
            hits = list(info.function(playbook))
        except Exception as exc:
            findings.append(
                Finding(
                    INTERNAL,
                    Severity.WARNING,
                    "",
                    f"check {info.code} failed ({type(exc).__name__}: {exc}); please report this",
                )
            )
            continue
        findings.extend(Finding(info.code, hit.severity or info.severity, hit.path, hit.message) for hit in hits)
    return apply_waivers(playbook, findings)


def apply_waivers(playbook: Playbook, findings: list[Finding]) -> list[Finding]:
    """Mark findings covered by a waiver as waived (they stay listed, never hidden)."""
    if not playbook.waivers:
        return findings
    out = []
    for finding in findings:
        waiver = next(
            (
                w
                for w in playbook.waivers
                if w.code == finding.code
                and (not w.path or finding.path == w.path or finding.path.startswith(w.path + "."))
            ),
            None,
        )
        if waiver is None:
            out.append(finding)
        else:
            out.append(
                Finding(
                    finding.code, finding.severity, finding.path, finding.message, finding.line, True, waiver.reason
                )
            )
    return out
