"""``charter schema``: the JSON Schema of the playbook format."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from playbooks.cli.main import EXIT_OK, json_text
from playbooks.format.model import Playbook


def register(commands: Any) -> None:
    parser = commands.add_parser("schema", help="print the JSON Schema of the playbook file format")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(json_text(Playbook.model_json_schema()))
    return EXIT_OK
