"""``charter new --preset NAME -o FILE``: a new playbook from a starter.

``charter new --spoke-of HUB --region NAME -o FILE``: a new spoke of a hub (see
:mod:`playbooks.tailoring`), recording the hub version it is tailored against.

Without ``--preset`` the starter is the site configuration's ``starter`` (``generic`` by
default); without ``--spoke-of`` a spoke tailors the configuration's ``hub`` (``charter config``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from playbooks.cli.main import EXIT_OK, CliError, add_break_lock, add_force, check_new, say, site_config, write_new
from playbooks.io.storage import dumps
from playbooks.starters import STARTERS, load_starter, site_starter, starter_title


def register(commands: Any) -> None:
    parser = commands.add_parser("new", help="write a new playbook from a starter")
    parser.add_argument(
        "--preset",
        default=None,
        metavar="NAME",
        help="starter name (see 'charter presets'; default: starter in 'charter config')",
    )
    parser.add_argument(
        "--spoke-of",
        metavar="HUB",
        help="start a spoke of this hub playbook instead (default: hub in 'charter config')",
    )
    parser.add_argument("--region", metavar="NAME", help="the spoke's region, business unit or brand (with --spoke-of)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    add_force(parser, "FILE")
    add_break_lock(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.spoke_of is not None or args.region is not None:
        return _run_spoke(args)
    site = site_config()
    if args.preset is None:
        args.preset, problem = site_starter(site)
        if problem:
            say(f"charter: warning: {problem}", err=True)
    else:
        site.choose("starter", args.preset, "--preset")
    if args.preset not in STARTERS:
        raise CliError(f"unknown starter '{args.preset}'; choose one of: {', '.join(STARTERS)}")
    out = Path(args.output)
    check_new(out, force=args.force, playbook=True)
    from playbooks.checks import run_checks
    from playbooks.starters.todo import todo_list, todo_text

    playbook = load_starter(args.preset)
    data = dumps(playbook).encode("utf-8")
    write_new(out, data, force=args.force, playbook=True, break_lock=args.break_lock)
    say(f"{out}: new playbook from the '{args.preset}' starter ({starter_title(args.preset)})")
    # a starter cannot know the firm's people and processes: say what is left to fill in
    sys.stdout.write(todo_text(todo_list(run_checks(playbook))))
    return EXIT_OK


def _run_spoke(args: argparse.Namespace) -> int:
    from playbooks.tailoring import dumps_spoke, new_spoke

    if not args.region or not args.region.strip():
        raise CliError("a spoke needs both --spoke-of HUB and --region NAME")
    if args.preset is not None:
        raise CliError("--preset and --spoke-of exclude each other: a spoke starts from its hub")
    site = site_config()
    hub = site.choose("hub", args.spoke_of, "--spoke-of")
    if hub is None:
        raise CliError("a spoke needs both --spoke-of HUB and --region NAME (or hub in 'charter config')")
    args.spoke_of = str(hub) if args.spoke_of is None else args.spoke_of
    out = Path(args.output)
    protect = _hub_chain(args.spoke_of)
    check_new(out, force=args.force, protect=protect, playbook=True)
    try:
        spoke = new_spoke(args.spoke_of, args.region.strip(), out)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    data = dumps_spoke(spoke).encode("utf-8")
    write_new(out, data, force=args.force, protect=protect, playbook=True, break_lock=args.break_lock)
    say(f"{out}: new '{spoke.spoke.region}' spoke of {args.spoke_of} (version {spoke.spoke.hub_version})")
    return EXIT_OK


def _hub_chain(hub: str) -> list[str]:
    """Every file the new spoke is made from: the hub and, when the hub is itself a spoke, the
    hubs above it (none of them may become the new spoke's file, ``--force`` or not)."""
    from playbooks.io.storage import PlaybookLoadError
    from playbooks.tailoring.reader import read_playbook

    try:
        read = read_playbook(hub)
    except PlaybookLoadError:
        return [hub]  # new_spoke says what is wrong with it
    return [hub, *read.resolution.chain] if read.resolution is not None else [hub]
