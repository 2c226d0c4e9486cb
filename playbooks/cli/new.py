"""``charter new --preset NAME -o FILE``: a new playbook from a starter.

``charter new --spoke-of HUB --region NAME -o FILE``: a new spoke of a hub (see
:mod:`playbooks.tailoring`), recording the hub version it is tailored against.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from playbooks.cli.main import EXIT_OK, CliError
from playbooks.io.storage import PlaybookSaveError, save
from playbooks.starters import STARTERS, load_starter, starter_title


def register(commands: Any) -> None:
    parser = commands.add_parser("new", help="write a new playbook from a starter")
    parser.add_argument("--preset", default=None, metavar="NAME", help="starter name (see 'charter presets')")
    parser.add_argument("--spoke-of", metavar="HUB", help="start a spoke of this hub playbook instead")
    parser.add_argument("--region", metavar="NAME", help="the spoke's region, business unit or brand (with --spoke-of)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.spoke_of is not None or args.region is not None:
        return _run_spoke(args)
    args.preset = args.preset or "generic"
    if args.preset not in STARTERS:
        raise CliError(f"unknown starter '{args.preset}'; choose one of: {', '.join(STARTERS)}")
    out = Path(args.output)
    if out.exists() and not args.force:
        raise CliError(f"{out}: already exists; choose another name or pass --force")
    from playbooks.checks import run_checks
    from playbooks.starters.todo import todo_list, todo_text

    playbook = load_starter(args.preset)
    try:
        save(playbook, out)
    except PlaybookSaveError as exc:
        raise CliError(str(exc)) from None
    sys.stdout.write(f"{out}: new playbook from the '{args.preset}' starter ({starter_title(args.preset)})\n")
    # a starter cannot know the firm's people and processes: say what is left to fill in
    sys.stdout.write(todo_text(todo_list(run_checks(playbook))))
    return EXIT_OK


def _run_spoke(args: argparse.Namespace) -> int:
    from playbooks.tailoring import new_spoke, save_spoke

    if args.spoke_of is None or not args.region or not args.region.strip():
        raise CliError("a spoke needs both --spoke-of HUB and --region NAME")
    if args.preset is not None:
        raise CliError("--preset and --spoke-of exclude each other: a spoke starts from its hub")
    out = Path(args.output)
    if out.exists() and not args.force:
        raise CliError(f"{out}: already exists; choose another name or pass --force")
    try:
        spoke = new_spoke(args.spoke_of, args.region.strip(), out)
        save_spoke(spoke, out)
    except (ValueError, PlaybookSaveError) as exc:
        raise CliError(str(exc)) from None
    sys.stdout.write(
        f"{out}: new '{spoke.spoke.region}' spoke of {args.spoke_of} (version {spoke.spoke.hub_version})\n"
    )
    return EXIT_OK
