"""``charter diff SPOKE [--against-hub-version] [--format text|json]``.

Without ``--against-hub-version``: every way the spoke's effective playbook differs from its
hub, each with the change, its rationale, approver and expiry, and whether it tightens, loosens,
or loosens a locked item and is refused. Exit codes as ``validate`` gives the spoke (1 when it
has error-level findings, each then named on stderr with its file, line and rule). With it: what changed in the
hub since the spoke recorded its hub version (the fields the spoke itself changes, with the
hub's old and new values, and the other hub items that changed, appeared or disappeared).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from playbooks.checks.validation import spoke_report
from playbooks.cli.main import EXIT_FINDINGS, EXIT_OK, CliError, json_text, say
from playbooks.cli.spokes import resolve_spoke, write_errors
from playbooks.format.enums import Severity
from playbooks.format.findings import Finding, has_errors

if TYPE_CHECKING:
    from playbooks.tailoring import Resolution


def register(commands: Any) -> None:
    parser = commands.add_parser("diff", help="show how a spoke differs from its hub, or what moved in the hub")
    parser.add_argument("spoke", metavar="SPOKE", help="a spoke file (.playbook.yaml with a 'spoke:' block)")
    parser.add_argument(
        "--against-hub-version",
        action="store_true",
        help="show what changed in the hub since the hub version the spoke was tailored against",
    )
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from playbooks.tailoring import (
        HUB_MISSING,
        differences,
        drifted,
        format_differences,
        format_drift,
    )

    resolution = resolve_spoke(args.spoke)
    missing = next((f for f in resolution.findings if f.code == HUB_MISSING), None)
    if missing is not None:
        raise CliError(f"{resolution.file}: {missing.message}")
    # the exit code is the one 'validate' gives the spoke: a diff never passes a spoke that fails
    validation = spoke_report(resolution)
    code = EXIT_FINDINGS if has_errors(validation.findings) else EXIT_OK
    if args.against_hub_version:
        report = drifted(resolution)
        if report is None:  # pragma: no cover - the hub was readable above
            raise CliError(f"{resolution.file}: the hub cannot be read")
        if args.format == "json":
            sys.stdout.write(json_text(report.as_dict(), default=str))
        else:
            say(*format_drift(resolution, report))
        _explain(resolution, validation.findings)
        return code
    if resolution.effective is None:
        write_errors(resolution.file, resolution.findings)
        return EXIT_FINDINGS
    items = differences(resolution)
    if args.format == "json":
        out = {
            "spoke": resolution.file,
            "region": resolution.spoke.spoke.region,
            "hub": resolution.hub_file,
            "differences": [d.as_dict() for d in items],
        }
        sys.stdout.write(json_text(out, default=str))
    else:
        say(*format_differences(resolution, items))
    _explain(resolution, validation.findings)
    return code


def _explain(resolution: Resolution, findings: list[Finding]) -> None:
    """Why the spoke fails, on stderr: each error 'validate' reports (of the tailoring and of the
    governance checks of the effective playbook) at its file, line and rule."""
    write_errors(resolution.file, [f for f in findings if f.severity is Severity.ERROR and not f.waived])
