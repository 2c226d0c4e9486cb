"""``charter presets``: the starters a new playbook can begin from."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from playbooks.cli import EXIT_OK
from playbooks.starters import STARTERS


def register(commands: Any) -> None:
    parser = commands.add_parser("presets", help="list the starters for 'charter new --preset'")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    width = max(len(name) for name in STARTERS)
    for name, description in STARTERS.items():
        sys.stdout.write(f"{name:<{width}}  {description}\n")
    return EXIT_OK
