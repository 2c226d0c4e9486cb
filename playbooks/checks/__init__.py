"""Governance checks: small pure functions over a playbook, registered under a stable code.

A check is registered with :func:`check` and yields :class:`~playbooks.format.findings.Issue`
objects (a field path and a message that says what to do); the registry turns them into findings with the check's code
and severity. Checks never raise on odd content: a check that crashes becomes an
``INTERNAL`` finding, never a crash of ``validate``. Codes whose findings come from elsewhere
(the spoke checks of :mod:`playbooks.tailoring`) are registered with :func:`describe` so that
``charter checks`` and ``--explain`` know them too.

Every code belongs to one scorecard area (:data:`AREAS`; see :mod:`playbooks.checks.scorecard`).
Checks that need derived facts (people by id, the strictest combination of the applied
presets, "today") get them from :func:`playbooks.checks.context.context`, computed once per
:func:`run_checks`; date-dependent checks read :func:`playbooks.checks.context.today`, which
tests freeze with :func:`playbooks.checks.context.frozen_today`.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from playbooks.format.enums import Severity
from playbooks.format.findings import Finding, Issue
from playbooks.format.language import N_

if TYPE_CHECKING:
    from playbooks.format.memo import SectionMemo
    from playbooks.format.model import Playbook
    from playbooks.presets import RegulatoryPreset

INTERNAL = "INTERNAL"

#: The scorecard areas: the four failure reasons of the article, compliance, channel readiness.
AREAS: dict[str, str] = {
    "culture": N_("Culture (executive buy-in)"),
    "campaigns": N_("Campaigns (relationships, not campaigns)"),
    "measurement": N_("Measurement"),
    "relevance": N_("Relevance (does it matter?)"),
    "compliance": N_("Compliance"),
    "channels": N_("Channel readiness"),
}


#: A check: the issues it finds in a playbook (an issue's ``severity`` overrides the check's default).
CheckFunction = Callable[["Playbook"], Iterable[Issue]]


#: Which applied regulatory presets a check reads (their requirements are what it holds the
#: playbook to); the explanation of a finding cites them.
PresetFilter = Callable[["RegulatoryPreset"], bool]


@dataclass(frozen=True)
class CheckInfo:
    """A registered code: severity, scorecard area, title, rationale, its sources and (if any) its function.

    ``sources``: the regulations, guidance, cases and studies the check rests on, as cited (never
    Charter's own code). ``reads``: which applied regulatory presets it holds the playbook to
    (None: it reads none), so that an explanation can cite the presets behind a finding.
    """

    code: str
    severity: Severity
    area: str
    title: str
    rationale: str
    function: CheckFunction | None = None
    sources: tuple[str, ...] = ()
    reads: PresetFilter | None = None


REGISTRY: dict[str, CheckInfo] = {}


def check(
    code: str,
    severity: Severity,
    area: str,
    title: str,
    rationale: str,
    *,
    sources: tuple[str, ...],
    reads: PresetFilter | None = None,
) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check function under ``code`` (``sources`` and ``reads``: see :class:`CheckInfo`)."""

    def register(function: CheckFunction) -> CheckFunction:
        REGISTRY[code] = CheckInfo(code, severity, area, title, rationale, function, sources, reads)
        return function

    return register


def describe(code: str, severity: Severity, area: str, title: str, rationale: str, *, sources: tuple[str, ...]) -> None:
    """Register a code whose findings are produced outside the registry (e.g. spoke checks)."""
    REGISTRY[code] = CheckInfo(code, severity, area, title, rationale, sources=sources)


def presets_behind(info: CheckInfo, playbook: Playbook, path: str = "") -> list[RegulatoryPreset]:
    """The regulatory presets applied in ``playbook`` that check ``info`` holds it to, plus the
    applied preset a finding at ``path`` is about (``regulatory.presets[i]...``), in the
    playbook's order; unknown preset ids are left out."""
    from playbooks.format import paths as fieldpath
    from playbooks.presets import get_preset

    about = -1
    try:
        parts = fieldpath.parse(path) if path else ()
    except ValueError:
        parts = ()
    if parts[:2] == ("regulatory", "presets") and len(parts) > 2 and isinstance(parts[2], int):
        about = parts[2]
    found = []
    for i, applied in enumerate(playbook.regulatory.presets):
        preset = get_preset(applied.preset)
        if preset is not None and (i == about or (info.reads is not None and info.reads(preset))):
            found.append(preset)
    return found


_loaded = False


def load_all() -> dict[str, CheckInfo]:
    """Import every check module of this package (once) and return the registry."""
    global _loaded
    if not _loaded:
        for module in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{module.name}")
        _loaded = True
    return REGISTRY


def explain(code: str) -> CheckInfo | None:
    """The registered check (or described code) ``code``, case-insensitive, or None."""
    registry = load_all()
    return registry.get(code) or registry.get(code.upper())


def run_checks(playbook: Playbook, memo: SectionMemo | None = None) -> list[Finding]:
    """Run every registered check; apply the playbook's waivers. ``memo``: only for the editor's
    persistent snapshots (see :func:`playbooks.checks.context.shared_context`)."""
    from playbooks.checks.context import shared_context

    with shared_context(playbook, memo):
        findings = _run_all(playbook)
    return apply_waivers(playbook, findings)


def _run_all(playbook: Playbook) -> list[Finding]:
    findings: list[Finding] = []
    for info in load_all().values():
        if info.function is None:
            continue
        try:
            issues = list(info.function(playbook))
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
        findings.extend(
            Finding(info.code, i.severity or info.severity, i.path, i.message, cause=i.cause) for i in issues
        )
    return findings


def _covers(waiver_path: str, path: str) -> bool:
    return not waiver_path or path == waiver_path or path.startswith((waiver_path + ".", waiver_path + "["))


def covering_waivers(playbook: Playbook, finding: Finding) -> list[Any]:
    """The waivers of ``playbook`` whose code and path cover ``finding`` (valid or not)."""
    return [w for w in playbook.waivers if w.code == finding.code and _covers(w.path, finding.path)]


def apply_waivers(playbook: Playbook, findings: list[Finding]) -> list[Finding]:
    """Mark findings covered by a waiver as waived (they stay listed, never hidden).

    A waiver applies only with a reason (accepting a risk without saying why is not a
    decision anyone can review) and until its expiry date; otherwise the finding stays live
    and its message says why the waiver did not apply.
    """
    if not playbook.waivers:
        return findings
    from playbooks.checks.context import today

    now = today()
    out = []
    for finding in findings:
        matching = covering_waivers(playbook, finding)
        waiver = next((w for w in matching if w.reason.strip() and (w.expires is None or w.expires >= now)), None)
        if waiver is not None:
            out.append(replace(finding, waived=True, waiver_reason=waiver.reason.strip()))
            continue
        expired = next((w for w in matching if w.expires is not None and w.expires < now), None)
        if expired is not None and expired.expires is not None:
            finding = replace(
                finding,
                message=f"{finding.message} (the waiver of this finding expired on {expired.expires.isoformat()})",
            )
        elif matching:
            finding = replace(
                finding, message=f"{finding.message} (the waiver of this finding has no reason, so it does not apply)"
            )
        out.append(finding)
    return out


describe(
    INTERNAL,
    Severity.WARNING,
    "internal",
    "A check failed",
    "A governance check raised an error on this playbook. The other checks still ran and the file was not "
    "changed; the finding names the check so that the failure can be reported and fixed. Until then, review "
    "that check's subject by hand.",
    sources=("Charter's governance check catalogue ('charter checks')",),
)
describe(
    "SCHEMA",
    Severity.ERROR,
    "structure",
    "The file does not fit the playbook format",
    "A value is missing, has the wrong type, or names an item that does not exist. The governance checks run "
    "only once the file fits the format, because they read the playbook's fields; fix the structural errors "
    "first, at the line and field each one names.",
    sources=("The Charter playbook file format ('charter schema')",),
)
describe(
    "MERGE-CONFLICT",
    Severity.ERROR,
    "structure",
    "An unresolved merge conflict",
    "'charter merge' (and the git merge driver that runs it) found a field both sides changed in different "
    "ways. The merged file is a valid playbook with OURS's value there, and lists each conflict in comment "
    "lines at its top, with both values. Until someone decides, the playbook may say what neither officer "
    "meant: choose the value, then delete the conflict lines (saving from the editor also removes them).",
    sources=("Charter's merge of playbook files (docs/policy-repository.md)",),
)
