"""``charter new --preset NAME -o FILE``: a new playbook from a starter."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from playbooks.cli import EXIT_OK, CliError
from playbooks.starters import STARTERS, load_starter
from playbooks.storage import PlaybookSaveError, save


def register(commands: Any) -> None:
    parser = commands.add_parser("new", help="write a new playbook from a starter")
    parser.add_argument("--preset", default="generic", metavar="NAME", help="starter name (see 'charter presets')")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.preset not in STARTERS:
        raise CliError(f"unknown starter '{args.preset}'; choose one of: {', '.join(STARTERS)}")
    out = Path(args.output)
    if out.exists() and not args.force:
        raise CliError(f"{out}: already exists; choose another name or pass --force")
    try:
        save(load_starter(args.preset), out)
    except PlaybookSaveError as exc:
        raise CliError(str(exc)) from None
    sys.stdout.write(f"{out}: new playbook from the '{args.preset}' starter\n")
    return EXIT_OK
