"""``charter resolve SPOKE [-o FILE]``: the effective playbook of a spoke (hub + its changes).

Nothing is written, exit 1, while ``charter validate`` reports an error for the spoke: each is
named on stderr with its file, line and rule. A spoke whose tailoring has an error (a loosened
lock, a broken chain, a replaced hub) is never written: the file would be a playbook with no trace
of the hub's locks. ``--allow-check-errors`` writes the effective playbook when only the
governance checks report errors (a draft to review; exit 1 all the same).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from playbooks.cli.main import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_UNREADABLE,
    add_break_lock,
    add_force,
    check_new,
    say,
    write_new,
)
from playbooks.cli.spokes import resolve_spoke, write_errors
from playbooks.format.enums import Severity
from playbooks.format.model import Playbook
from playbooks.io.storage import dumps, to_data
from playbooks.io.yamlio import dump_yaml


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "resolve", help="write the effective playbook of a spoke (its hub with the spoke's changes applied)"
    )
    parser.add_argument("spoke", metavar="SPOKE", help="a spoke file (.playbook.yaml with a 'spoke:' block)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of printing YAML")
    add_force(parser, "FILE")
    add_break_lock(parser)
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
        say(f"charter: error: {args.spoke}: not resolved; nothing was written", err=True)
        return EXIT_UNREADABLE if missing else EXIT_FINDINGS
    # the governance checks of the effective playbook: what 'validate' fails, resolve does not pass
    checks = [f for f in spoke_report(resolution).findings if f.severity is Severity.ERROR and not f.waived]
    if checks:
        write_errors(resolution.file, checks)
        if not args.allow_check_errors:
            say(
                f"charter: error: {args.spoke}: not resolved: the effective playbook has {len(checks)} error-level "
                f"finding{'s' if len(checks) != 1 else ''}; nothing was written (--allow-check-errors writes a draft "
                "for review)",
                err=True,
            )
            return EXIT_FINDINGS
    code = EXIT_FINDINGS if checks else EXIT_OK
    text = dumps(resolution.effective)
    if not args.output:
        sys.stdout.write(_terminal_safe(text, resolution.effective))
        return code
    out = Path(args.output)
    protect = resolution.chain
    check_new(out, force=args.force, protect=protect, playbook=True)
    write_new(out, text.encode("utf-8"), force=args.force, protect=protect, playbook=True, break_lock=args.break_lock)
    say(f"{out}: effective playbook of the '{resolution.spoke.spoke.region}' spoke")
    return code


def _terminal_safe(text: str, playbook: Playbook) -> str:
    """The YAML to print: as saved, unless some text in it holds a character the output funnel
    would escape (a bidi override, a control character); then in YAML's own escapes (ASCII
    only), so that what is printed still loads as exactly the same playbook."""
    if all(line.isprintable() for line in text.split("\n")):
        return text
    return dump_yaml(to_data(playbook), ascii_only=True)
