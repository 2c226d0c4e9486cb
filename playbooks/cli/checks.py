"""``charter checks [--format text|json]``: every governance check code, with severity and area."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from playbooks.cli.main import EXIT_OK, json_text


def register(commands: Any) -> None:
    parser = commands.add_parser("checks", help="list the governance check codes ('validate --explain CODE')")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from playbooks.checks import load_all

    infos = sorted(load_all().values(), key=lambda i: i.code)
    if args.format == "json":
        data = [
            {
                "code": i.code,
                "severity": str(i.severity),
                "area": i.area,
                "title": i.title,
                "rationale": i.rationale,
                "runs_in_checks": i.function is not None,
            }
            for i in infos
        ]
        sys.stdout.write(json_text(data))
        return EXIT_OK
    width = max(len(i.code) for i in infos)
    for i in infos:
        sys.stdout.write(f"{i.code:<{width}}  {i.severity!s:<7}  {i.area:<11}  {i.title_shown}\n")
    sys.stdout.write(f"{len(infos)} codes; 'charter validate --explain CODE' prints the rationale of one.\n")
    return EXIT_OK
