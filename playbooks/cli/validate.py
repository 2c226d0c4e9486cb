"""``charter validate FILE... [--format text|json]``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from playbooks.cli import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE
from playbooks.findings import Finding, has_errors
from playbooks.storage import one_line
from playbooks.validation import FileReport, validate_file


def register(commands: Any) -> None:
    parser = commands.add_parser("validate", help="check playbook files for structural and governance problems")
    parser.add_argument("files", nargs="+", metavar="FILE", help="playbook files (.playbook.yaml)")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    parser.set_defaults(run=run)


def _text_line(report: FileReport, finding: Finding) -> str:
    where = report.file + (f":{finding.line}" if finding.line else "")
    waived = " (waived)" if finding.waived else ""
    path = f"{finding.path}: " if finding.path else ""
    return one_line(f"{where}: {finding.severity.value} {finding.code}{waived}: {path}{finding.message}")


def run(args: argparse.Namespace) -> int:
    reports = [validate_file(name) for name in args.files]
    if args.format == "json":
        out = [{"file": r.file, "error": r.unreadable, "findings": [f.as_dict() for f in r.findings]} for r in reports]
        sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    else:
        for report in reports:
            if report.unreadable:
                sys.stderr.write(f"charter: error: {report.unreadable}\n")
                continue
            for finding in report.findings:
                sys.stdout.write(_text_line(report, finding) + "\n")
            if not has_errors(report.findings):
                count = len(report.findings)
                tail = f" ({count} finding{'s' if count != 1 else ''} below error level)" if count else ""
                sys.stdout.write(f"{report.file}: valid{tail}\n")
    if any(r.unreadable for r in reports):
        return EXIT_UNREADABLE
    if any(has_errors(r.findings) for r in reports):
        return EXIT_FINDINGS
    return EXIT_OK
