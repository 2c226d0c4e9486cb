"""``charter resolve SPOKE [-o FILE]``: the effective playbook of a spoke (hub + its changes)."""

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
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from playbooks.tailoring import HUB_MISSING

    resolution = resolve_spoke(args.spoke)
    blocking = [f for f in resolution.findings if f.severity is Severity.ERROR]
    if resolution.effective is None or blocking:
        write_errors(resolution, blocking)
        missing = any(f.code == HUB_MISSING for f in blocking)
        say(f"charter: error: {args.spoke}: not resolved; nothing was written", err=True)
        return EXIT_UNREADABLE if missing else EXIT_FINDINGS
    text = dumps(resolution.effective)
    if not args.output:
        sys.stdout.write(_terminal_safe(text, resolution.effective))
        return EXIT_OK
    out = Path(args.output)
    protect = resolution.chain
    check_new(out, force=args.force, protect=protect, playbook=True)
    write_new(out, text.encode("utf-8"), force=args.force, protect=protect, playbook=True, break_lock=args.break_lock)
    say(f"{out}: effective playbook of the '{resolution.spoke.spoke.region}' spoke")
    return EXIT_OK


def _terminal_safe(text: str, playbook: Playbook) -> str:
    """The YAML to print: as saved, unless some text in it holds a character the output funnel
    would escape (a bidi override, a control character); then in YAML's own escapes (ASCII
    only), so that what is printed still loads as exactly the same playbook."""
    if all(line.isprintable() for line in text.split("\n")):
        return text
    return dump_yaml(to_data(playbook), ascii_only=True)
