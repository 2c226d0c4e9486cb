"""``charter resolve SPOKE [-o FILE]``: the effective playbook of a spoke (hub + its changes).

Nothing is written, exit 1, while ``charter validate`` reports an error for the spoke: each is
named on stderr with its file, line and rule. A spoke whose tailoring has an error (a loosened
lock, a broken chain, a replaced hub) is never written: the file would be a playbook with no trace
of the hub's locks. ``--allow-check-errors`` writes the effective playbook when only the
governance checks report errors (a draft to review; exit 1 all the same).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from playbooks.cli.main import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, CliError
from playbooks.cli.spokes import resolve_spoke, write_errors
from playbooks.format.enums import Severity
from playbooks.io.storage import PlaybookSaveError, dumps, save


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "resolve", help="write the effective playbook of a spoke (its hub with the spoke's changes applied)"
    )
    parser.add_argument("spoke", metavar="SPOKE", help="a spoke file (.playbook.yaml with a 'spoke:' block)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of printing YAML")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.add_argument(
        "--allow-check-errors",
        action="store_true",
        help="write it even though governance checks report errors (never when the tailoring itself has one)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from playbooks.checks.validation import spoke_report
    from playbooks.tailoring import HUB_MISSING

    resolution = resolve_spoke(args.spoke)
    blocking = [f for f in resolution.findings if f.severity is Severity.ERROR]
    if resolution.effective is None or blocking:
        write_errors(resolution.file, blocking)
        missing = any(f.code == HUB_MISSING for f in blocking)
        sys.stderr.write(f"charter: error: {args.spoke}: not resolved; nothing was written\n")
        return EXIT_UNREADABLE if missing else EXIT_FINDINGS
    # the governance checks of the effective playbook: what 'validate' fails, resolve does not pass
    checks = [f for f in spoke_report(resolution).findings if f.severity is Severity.ERROR and not f.waived]
    if checks:
        write_errors(resolution.file, checks)
        if not args.allow_check_errors:
            sys.stderr.write(
                f"charter: error: {args.spoke}: not resolved: the effective playbook has {len(checks)} error-level "
                f"finding{'s' if len(checks) != 1 else ''}; nothing was written (--allow-check-errors writes a draft "
                "for review)\n"
            )
            return EXIT_FINDINGS
    code = EXIT_FINDINGS if checks else EXIT_OK
    if not args.output:
        sys.stdout.write(dumps(resolution.effective))
        return code
    out = Path(args.output)
    protected = {os.path.realpath(p) for p in resolution.chain}
    if os.path.realpath(out) in protected:
        raise CliError(f"{out}: is the spoke or one of its hubs; write the effective playbook to another file")
    if out.exists() and not args.force:
        raise CliError(f"{out}: already exists; choose another name or pass --force")
    try:
        save(resolution.effective, out)
    except PlaybookSaveError as exc:
        raise CliError(str(exc)) from None
    sys.stdout.write(f"{out}: effective playbook of the '{resolution.spoke.spoke.region}' spoke\n")
    return code
