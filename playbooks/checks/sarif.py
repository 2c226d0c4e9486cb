"""Validation results as SARIF 2.1.0, so findings show up in code-review tools.

Playbooks kept in a repository can be validated in CI (``charter validate --format sarif``)
and the results uploaded to any SARIF viewer. Each code of the check registry becomes a rule
(its title, rationale, severity and scorecard area); each finding a result with the file, the
line where the field stands, and the field path as a logical location. Waived findings carry
an accepted in-source suppression with the waiver's reason, so they stay visible.

Every result has a line, because code-scanning services (GitHub's among them) place a result
only on a line of a file. A spoke's finding about a value it inherits is in its hub's file, at
the hub's line (``playbooks.tailoring.hub_places``); a finding whose field has no line of its
own (a section the file leaves out) is placed on line 1 of its file, and its field path says
where it belongs. The log passes the SARIF Multitool's SARIF and GitHub rules
(``tests/readers/test_sarif.py``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import yaml

from playbooks import __version__
from playbooks.checks import load_all
from playbooks.format.enums import Severity
from playbooks.io.yamlio import YamlProblem, field_lines

if TYPE_CHECKING:
    from playbooks.checks.validation import FileReport
    from playbooks.format.findings import Finding

SARIF_VERSION = "2.1.0"
#: Where the log says to learn about the tool. Charter has no public web page, so a URN names it
#: (an absolute URI, as the format asks) without pointing at a page that does not exist.
INFORMATION_URI = "urn:charter:playbook-governance-editor"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def _parts(path: str) -> tuple[str | int, ...]:
    return tuple(name if name else int(index) for name, index in _TOKEN.findall(path))


def with_lines(findings: Iterable[Finding], text: str | None) -> list[Finding]:
    """``findings`` with the line of their field filled in where it was missing (one pass over ``text``)."""
    items = list(findings)
    # a finding in another file (a spoke's finding from its hub) is not placed in this one
    wanted = [i for i, f in enumerate(items) if f.line is None and f.path and not f.file]
    if text is None or not wanted:
        return items
    try:
        lines = field_lines(text, [_parts(items[i].path) for i in wanted])
    except (YamlProblem, yaml.YAMLError, RecursionError, ValueError):
        return items
    for i, line in zip(wanted, lines, strict=True):
        # none when the whole section is absent from the file (or the file is a spoke, which holds
        # changes, not sections)
        if line is not None:
            items[i] = replace(items[i], line=line)
    return items


def _uri(name: str) -> str:
    path = Path(name)
    # a relative reference is percent-encoded as a URI must be (a space, a newline, a '#')
    return path.as_uri() if path.is_absolute() else quote(path.as_posix(), safe="/")


def rules() -> list[dict[str, Any]]:
    """Every registered code as a SARIF reportingDescriptor."""
    out = []
    for info in sorted(load_all().values(), key=lambda i: i.code):
        out.append(
            {
                "id": info.code,
                # a readable identifier, as SARIF's own examples name rules: the title in PascalCase
                "name": "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", info.title) if word),
                "shortDescription": {"text": info.title_shown},
                "fullDescription": {"text": info.rationale},
                "help": {"text": info.rationale},
                "defaultConfiguration": {"level": LEVELS[Severity(info.severity)]},
                "properties": {"area": info.area, "tags": [info.area]},
            }
        )
    return out


def to_sarif(reports: Iterable[FileReport]) -> dict[str, Any]:
    """One SARIF log with one run of Charter over ``reports`` (a whole folder of hubs and spokes:
    every file is an artifact, listed once, and every result and notification points at its
    artifact by index)."""
    descriptors = rules()
    index = {rule["id"]: i for i, rule in enumerate(descriptors)}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    positions: dict[str, int] = {}

    def artifact(uri: str, target: bool) -> int:
        """The index of the artifact ``uri`` (listed once; a hub outside the files validated too,
        where its spokes' findings are placed)."""
        if uri not in positions:
            positions[uri] = len(artifacts)
            artifacts.append({"location": {"uri": uri, "index": positions[uri]}})
        if target:
            artifacts[positions[uri]]["roles"] = ["analysisTarget"]
        return positions[uri]

    for report in reports:
        uri = _uri(report.file)
        where = {"uri": uri, "index": artifact(uri, True)}
        if report.unreadable:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": report.unreadable},
                    "locations": [{"physicalLocation": {"artifactLocation": dict(where)}}],
                }
            )
            continue
        for finding in report.findings:
            result = _result(finding, uri, index)
            # each result points at the file its finding is in (a hub's finding seen through a
            # spoke: the hub), by the same artifact's uri and index (SARIF 2.1.0 §3.4.5)
            for location in result.get("locations", []):
                place = location.get("physicalLocation", {}).get("artifactLocation", {})
                place["index"] = artifact(place["uri"], False)
            results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "Charter",
                        "informationUri": INFORMATION_URI,
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": descriptors,
                    }
                },
                "invocations": [
                    {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
                ],
                "artifacts": artifacts,
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _result(finding: Finding, uri: str, index: dict[str, int]) -> dict[str, Any]:
    line = finding.line if finding.line is not None and finding.line >= 1 else 1  # see the module docstring
    physical: dict[str, Any] = {
        "artifactLocation": {"uri": _uri(finding.file) if finding.file else uri},
        "region": {"startLine": line},
    }
    location: dict[str, Any] = {"physicalLocation": physical}
    if finding.path:
        location["logicalLocations"] = [{"fullyQualifiedName": finding.path, "kind": "member"}]
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [location],
    }
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    # Code-review tools track a result across commits by this fingerprint: the check and the field,
    # not the line (which moves whenever anything above it is edited).
    stable = hashlib.sha256(f"{finding.code}\0{finding.path}".encode()).hexdigest()[:32]
    result["partialFingerprints"] = {"charterCheckAndField/v1": stable}
    if finding.waived:
        result["suppressions"] = [
            {"kind": "inSource", "status": "accepted", "justification": finding.waiver_reason or "waived"}
        ]
    return result
