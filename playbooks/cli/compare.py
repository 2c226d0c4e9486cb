"""``charter compare OLD NEW [--format text|json|html] [-o OUT]``: differences by section and field.

OLD and NEW are files or versions in git (``REV:PATH``, e.g. ``main~2:hub.playbook.yaml``); a
spoke at a revision is compared as it read then, resolved against its hub at that revision.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from playbooks.audit.compare import to_html
from playbooks.cli.main import EXIT_OK, CliError, add_force, check_new, json_text, say, write_new
from playbooks.format.differences import differences
from playbooks.format.messages import one_line
from playbooks.io.storage import PlaybookLoadError


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "compare",
        help="compare two playbooks (versions, or hub and spoke: a spoke is compared as resolved) field by field",
    )
    parser.add_argument("old", metavar="OLD", help="the older playbook (a file, or REV:PATH from git)")
    parser.add_argument("new", metavar="NEW", help="the newer playbook (a file, or REV:PATH from git)")
    parser.add_argument("--format", choices=["text", "json", "html"], default="text")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the terminal")
    add_force(parser, "FILE")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from playbooks.audit.history import read_version

    if args.output:
        check_new(args.output, force=args.force, protect=(args.old, args.new))
    try:
        old_file, new_file = read_version(args.old), read_version(args.new)
        old, new = old_file.usable(), new_file.usable()
    except PlaybookLoadError as exc:
        raise CliError(str(exc)) from None
    changes = differences(old, new)
    if args.format == "json":
        text = json_text([c.as_dict() for c in changes])
    elif args.format == "html":
        text = to_html(old, new, changes)
    else:
        lines = [f"{len(changes)} difference{'s' if len(changes) != 1 else ''}"]
        section = None
        for c in changes:
            if c.section != section:
                section = c.section
                lines.append("")
                lines.append(section)
            lines.append(f"  {c.kind:<8} {c.path}  ({c.label})")
        # a path or label may carry a file's own key: every line stays one line
        text = "".join(f"{one_line(line)}\n" for line in lines)
    if args.output:
        write_new(args.output, text.encode("utf-8"), force=args.force, protect=[*old_file.inputs, *new_file.inputs])
        say(f"{args.output}: {len(changes)} differences written")
    else:
        sys.stdout.write(text)
    return EXIT_OK
