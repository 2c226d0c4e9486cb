"""``charter compare OLD NEW [--format text|json|html] [-o OUT]``: differences by section and field."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from playbooks.audit.compare import to_html
from playbooks.cli.main import EXIT_OK, CliError
from playbooks.format.differences import differences
from playbooks.io.storage import PlaybookLoadError, PlaybookSaveError, atomic_write
from playbooks.tailoring.reader import read_playbook


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "compare",
        help="compare two playbooks (versions, or hub and spoke: a spoke is compared as resolved) field by field",
    )
    parser.add_argument("old", metavar="OLD", help="the older playbook")
    parser.add_argument("new", metavar="NEW", help="the newer playbook")
    parser.add_argument("--format", choices=["text", "json", "html"], default="text")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the terminal")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        old, new = read_playbook(args.old).usable(), read_playbook(args.new).usable()
    except PlaybookLoadError as exc:
        raise CliError(str(exc)) from None
    changes = differences(old, new)
    if args.format == "json":
        text = json.dumps([c.as_dict() for c in changes], indent=2, ensure_ascii=False) + "\n"
    elif args.format == "html":
        text = to_html(old, new, changes)
    else:
        lines = [f"{len(changes)} difference{'s' if len(changes) != 1 else ''}"]
        section = None
        for c in changes:
            if c.section != section:
                section = c.section
                lines.append(f"\n{section}")
            lines.append(f"  {c.kind:<8} {c.path}  ({c.label})")
        text = "\n".join(lines) + "\n"
    if args.output:
        try:
            atomic_write(args.output, text.encode("utf-8"), backup=False)
        except PlaybookSaveError as exc:
            raise CliError(str(exc)) from None
        sys.stdout.write(f"{args.output}: {len(changes)} differences written\n")
    else:
        sys.stdout.write(text)
    return EXIT_OK
