"""Validate a playbook file: structure first, then (once loaded) the governance checks.

This is the one place the command line, the editor and the exports ask "what is wrong with
this file?", so that they always agree.

A spoke file (a top-level ``spoke:`` block, see :mod:`playbooks.tailoring`) validates as its
effective playbook (hub + changes) under every check, plus the spoke's own rules
(``SPOKE-*``); findings about values the spoke changed point at the change's line.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from playbooks.format.enums import Severity
from playbooks.format.findings import Finding, from_issue, sort_key
from playbooks.format.model import Playbook
from playbooks.io.mergenotes import notes_in
from playbooks.io.storage import PlaybookLoadError, read_source
from playbooks.tailoring.reader import PlaybookFile, parse_playbook
from playbooks.tailoring.resolve import HubFiles

#: The code of an unresolved conflict left by ``charter merge``.
MERGE_CONFLICT = "MERGE-CONFLICT"

if TYPE_CHECKING:
    from playbooks.format.memo import SectionMemo
    from playbooks.tailoring import Resolution


@dataclass
class FileReport:
    """What validating one file found. ``unreadable`` means it could not be read or parsed;
    ``text`` is the file's text as read (None if it could not be), to place findings on lines."""

    file: str
    findings: list[Finding] = field(default_factory=list)
    unreadable: str | None = None
    playbook: Playbook | None = None
    text: str | None = field(default=None, repr=False)


def check_playbook(playbook: Playbook, memo: SectionMemo | None = None) -> list[Finding]:
    """The governance findings of a loaded playbook (``memo``: see :func:`~playbooks.checks.run_checks`)."""
    from playbooks.checks import run_checks

    return run_checks(playbook, memo)


def validate_file(path: str | Path, *, hubs: HubFiles | None = None) -> FileReport:
    """Validate one file (a playbook or a spoke); never raises for bad content. ``hubs``: where the
    file and its hubs are read from (many spokes of one hub share it, see
    :class:`~playbooks.tailoring.resolve.HubFiles`)."""
    name = str(path)
    text = None
    try:
        source = hubs.source(Path(path)) if hubs is not None else read_source(Path(path))
        text = source.text
        read = parse_playbook(source, hubs=hubs)
    except PlaybookLoadError as exc:
        if exc.kind in ("read", "parse", "newer"):
            return FileReport(name, unreadable=str(exc), text=text)
        findings = [*(from_issue(i) for i in exc.issues), *merge_conflicts(text)]
        return FileReport(name, sorted(findings, key=sort_key), text=text)
    return file_report(read, text)


def file_report(read: PlaybookFile, text: str | None = None) -> FileReport:
    """What ``validate`` says of a file already read (:func:`~playbooks.tailoring.reader.parse_playbook`):
    a hub's governance findings, or a spoke's :func:`spoke_report`, with the unresolved conflicts a
    merge left in it. ``sign-off`` asks here too."""
    if read.resolution is not None:
        report = spoke_report(read.resolution, text)
        report.findings = sorted([*report.findings, *merge_conflicts(text)], key=sort_key)
        return report
    assert read.playbook is not None  # a hub that could not be read raised instead
    findings = [*check_playbook(read.playbook), *merge_conflicts(text)]
    return FileReport(read.file, sorted(findings, key=sort_key), playbook=read.playbook, text=text)


def merge_conflicts(text: str | None) -> list[Finding]:
    """A ``MERGE-CONFLICT`` error for each unresolved conflict a merge listed at the top of the
    file (:mod:`playbooks.io.mergenotes`), at its line."""
    if not text:
        return []
    return [
        Finding(
            MERGE_CONFLICT,
            Severity.ERROR,
            "",
            f"unresolved merge conflict: {note}; choose the value, then delete the conflict lines at the top",
            line,
        )
        for line, note in notes_in(text)
    ]


def spoke_report(resolution: Resolution, text: str | None = None) -> FileReport:
    """The report of a resolved spoke: its own findings and those of its effective playbook (what
    ``validate`` says of the spoke file; ``diff`` and ``export`` exit as it does)."""
    from playbooks.tailoring import SPOKE_CODES

    findings = list(resolution.findings)
    if resolution.effective is not None:
        from playbooks.tailoring import address_of, hub_places

        from_hub: list[Finding] = []
        for finding in check_playbook(resolution.effective):
            if finding.code in SPOKE_CODES:
                continue
            # a spoke change behind the value, or behind the value that drives the finding
            line = resolution.line_for(finding.path) or (resolution.line_for(finding.cause) if finding.cause else None)
            if line is not None:
                findings.append(replace(finding, line=line))
            elif finding.path:
                from_hub.append(finding)
            else:
                findings.append(finding)
        # the rest comes from the hub: at the hub's file and line (a spoke higher up: its change)
        data = resolution.effective.model_dump(mode="json") if from_hub else {}
        places = hub_places(resolution, [address_of(data, f.path) for f in from_hub], paths=[f.path for f in from_hub])
        for finding, (file, line) in zip(from_hub, places, strict=True):
            findings.append(replace(finding, file=file, line=line) if file else finding)
        findings = _spoke_waivers_of_locks(resolution, findings)
    return FileReport(resolution.file, sorted(findings, key=sort_key), playbook=resolution.effective, text=text)


def _spoke_waivers_of_locks(resolution: Resolution, findings: list[Finding]) -> list[Finding]:
    """A spoke cannot waive a finding about what its hub locks (the field, or the value that drives
    the finding, is in a locked hub item): only a waiver the hub itself holds covers it. Otherwise a
    region could remove what a locked rule relies on and waive the check that says so."""
    from playbooks.checks import covering_waivers
    from playbooks.tailoring import address_of
    from playbooks.tailoring.locks import locked_item_at

    effective, hub = resolution.effective, resolution.hub
    if effective is None or hub is None or not any(f.waived for f in findings):
        return findings
    data = effective.model_dump(mode="json")
    out: list[Finding] = []
    for finding in findings:
        if finding.waived:
            places = [p for p in (finding.path, finding.cause) if p]
            locked = next((item for p in places if (item := locked_item_at(hub, address_of(data, p)))), None)
            if locked is not None and not any(w in hub.waivers for w in covering_waivers(effective, finding)):
                finding = replace(
                    finding,
                    waived=False,
                    waiver_reason="",
                    message=f"{finding.message} (the hub locks {locked}: a spoke's waiver does not cover it)",
                )
        out.append(finding)
    return out
