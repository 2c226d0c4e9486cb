"""``charter validate FILE... [--format text|json|sarif]`` and ``charter validate --explain CODE``.

Text output groups the findings of each file by severity (errors, warnings, info, then the
waived ones, which stay listed), then shows the strictest combination of the applied
regulatory presets (each number with the preset behind it) and the readiness scorecard.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import textwrap
from typing import Any

from playbooks.checks.validation import FileReport, validate_file
from playbooks.cli.main import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, CliError, json_text, say
from playbooks.format.enums import Severity
from playbooks.format.findings import Finding, has_errors
from playbooks.format.messages import one_line

_GROUPS = ((Severity.ERROR, "Errors"), (Severity.WARNING, "Warnings"), (Severity.INFO, "Info"))


def register(commands: Any) -> None:
    parser = commands.add_parser("validate", help="check playbook files for structural and governance problems")
    parser.add_argument("files", nargs="*", metavar="FILE", help="playbook files (.playbook.yaml)")
    parser.add_argument(
        "--format", choices=["text", "json", "sarif"], default="text", help="output format (default: text)"
    )
    parser.add_argument("--explain", metavar="CODE", help="print why a check exists and what it looks for, and exit")
    parser.set_defaults(run=run)


def _text_line(report: FileReport, finding: Finding) -> str:
    where = finding.where(report.file)
    waived = f" (waived: {finding.waiver_reason or 'no reason given'})" if finding.waived else ""
    path = f"{finding.path}: " if finding.path else ""
    return one_line(f"{where}: {finding.severity.value} {finding.code}{waived}: {path}{finding.message}")


def explain(code: str) -> int:
    """Print the rationale of check ``code``."""
    from playbooks.checks import explain as lookup
    from playbooks.checks import load_all

    info = lookup(code)
    if info is None:
        close = difflib.get_close_matches(code.upper(), list(load_all()), n=1)
        hint = f"; did you mean {close[0]}?" if close else ""
        raise CliError(f"unknown check code '{one_line(code)}'{hint} (see 'charter checks')")
    sys.stdout.write(f"{info.code} ({info.severity}, {info.area}): {info.title}\n\n")
    sys.stdout.write(textwrap.fill(info.rationale, width=100) + "\n")
    if info.sources:
        sys.stdout.write("\nSources:\n" + "".join(f"  - {source}\n" for source in info.sources))
    return EXIT_OK


def _summary(findings: list[Finding]) -> str:
    live = [f for f in findings if not f.waived]
    counts = {s: sum(1 for f in live if f.severity is s) for s, _ in _GROUPS}
    waived = len(findings) - len(live)
    parts = [
        f"{counts[Severity.ERROR]} error{'s' if counts[Severity.ERROR] != 1 else ''}",
        f"{counts[Severity.WARNING]} warning{'s' if counts[Severity.WARNING] != 1 else ''}",
        f"{counts[Severity.INFO]} info",
    ]
    if waived:
        parts.append(f"{waived} waived")
    return ", ".join(parts)


def _write_text(report: FileReport, findings: list[Finding]) -> None:
    from playbooks.checks.scorecard import WEIGHTS, scorecard
    from playbooks.presets.combine import combine

    out = sys.stdout
    for severity, title in _GROUPS:
        group = [f for f in findings if f.severity is severity and not f.waived]
        if group:
            out.write(f"{title} ({len(group)})\n")
            out.writelines(f"  {_text_line(report, f)}\n" for f in group)
    waived = [f for f in findings if f.waived]
    if waived:
        out.write(f"Waived ({len(waived)})\n")
        out.writelines(f"  {_text_line(report, f)}\n" for f in waived)
    if report.playbook is not None:
        lines = combine(report.playbook.regulatory.presets).lines()
        if lines:
            out.write("Regulatory rule set, strictest combination (preset behind each value)\n")
            out.writelines(f"  {one_line(line)}\n" for line in lines)
        weights = ", ".join(f"{s.value} -{w}" for s, w in WEIGHTS.items())
        out.write(f"Readiness scorecard (0-100; each finding deducts: {weights})\n")
        out.writelines(f"  {one_line(line)}\n" for line in scorecard(findings).lines())
    if has_errors(findings):
        say(f"{report.file}: not valid: {_summary(findings)}")
    else:
        count = len(findings)
        tail = f" ({_summary(findings)})" if count else ""
        say(f"{report.file}: valid{tail}")


def _json_entry(report: FileReport, findings: list[Finding]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "file": report.file,
        "error": report.unreadable,
        "findings": [f.as_dict() for f in findings],
        "scorecard": None,
        "regulatory": None,
    }
    if report.playbook is not None:
        from playbooks.checks.scorecard import scorecard
        from playbooks.presets.combine import combine

        entry["scorecard"] = scorecard(findings).as_dict()
        entry["regulatory"] = combine(report.playbook.regulatory.presets).as_dict()
    return entry


def run(args: argparse.Namespace) -> int:
    if args.explain:
        return explain(args.explain)
    if not args.files:
        raise CliError("the following arguments are required: FILE (see 'charter validate --help')")
    from playbooks.checks.sarif import to_sarif, with_lines

    reports = [validate_file(name) for name in args.files]
    located = [(r, with_lines(r.findings, r.text) if r.findings else []) for r in reports]
    if args.format == "json":
        out = [_json_entry(r, findings) for r, findings in located]
        sys.stdout.write(json_text(out))
    elif args.format == "sarif":
        for report, findings in located:
            report.findings = findings
        sys.stdout.write(json_text(to_sarif(reports)))
    else:
        for report, findings in located:
            if report.unreadable:
                say(f"charter: error: {report.unreadable}", err=True)
                continue
            if len(reports) > 1:
                say(f"== {report.file}")
            _write_text(report, findings)
    if any(r.unreadable for r in reports):
        return EXIT_UNREADABLE
    if any(has_errors(r.findings) for r in reports):
        return EXIT_FINDINGS
    return EXIT_OK
