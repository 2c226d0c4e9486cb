"""``charter merge BASE OURS THEIRS -o OUT``: a three-way merge by section, item and field.

Each of BASE, OURS and THEIRS is a file or ``REV:PATH`` (a version in git). Exit 0: merged
cleanly; 1: merged with conflicts (OURS's value stands at each; each is printed, and listed at
the top of OUT, see :mod:`playbooks.io.mergenotes`); 2: the files cannot be merged (one line
says why) and nothing was written.

As a git merge driver (``.gitattributes``: ``*.playbook.yaml merge=charter``)::

    git config merge.charter.driver "charter merge %O %A %B -o %A --name %P"

(``--name``: the playbook's own path, which the messages name instead of git's temporary file.)

OUT may be OURS itself (git's ``%A``: the driver writes its result there): that is a save of
OURS, under its lock, through a link to the real file (as every save); any other existing file
is replaced only with ``--force``, and never BASE or THEIRS. Conflicts an earlier merge listed in
OURS or THEIRS and neither resolved stay listed, and the merge exits 1 while any is listed.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from playbooks.cli.main import (
    EXIT_FINDINGS,
    EXIT_OK,
    CliError,
    add_break_lock,
    add_force,
    check_new,
    json_text,
    say,
    write_new,
    writing,
)


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "merge",
        help="merge two versions of a playbook or spoke against their common version, by item and field",
    )
    parser.add_argument("base", metavar="BASE", help="the version both sides started from (file or REV:PATH)")
    parser.add_argument("ours", metavar="OURS", help="our version (file or REV:PATH)")
    parser.add_argument("theirs", metavar="THEIRS", help="their version (file or REV:PATH)")
    parser.add_argument("-o", "--output", metavar="OUT", required=True, help="the merged file (may be OURS)")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="how conflicts are listed")
    parser.add_argument(
        "--name", metavar="NAME", help="the playbook's name in messages (git's %%P, when OUT is git's temporary file)"
    )
    add_force(parser)
    add_break_lock(parser)
    parser.set_defaults(run=run)


def _same(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def run(args: argparse.Namespace) -> int:
    from playbooks.audit.history import read_side
    from playbooks.audit.merge import MergeError, merge

    out = args.output
    into_ours = _same(out, args.ours)
    protect = [p for p in (args.base, args.theirs) if os.path.exists(p)]
    force = args.force or into_ours
    check_new(out, force=force, protect=protect, playbook=True)
    try:
        base, ours, theirs = (read_side(name) for name in (args.base, args.ours, args.theirs))
        merged = merge(base, ours, theirs)
    except MergeError as exc:
        raise CliError(f"{exc}; nothing was written") from None
    data = merged.text().encode("utf-8")
    if into_ours:
        _save_into(out, data, break_lock=args.break_lock)
    else:
        write_new(out, data, force=force, protect=protect, playbook=True, break_lock=args.break_lock)
    name = args.name or out
    conflicts = merged.conflicts
    if args.format == "json":
        sys.stdout.write(
            json_text(
                {"output": out, "conflicts": [c.as_dict() for c in conflicts], "unresolved_earlier": merged.carried}
            )
        )
    else:
        for note in merged.carried:
            say(f"conflict (unresolved, from an earlier merge): {note}")
        for conflict in conflicts:
            say(f"conflict: {conflict.describe()}")
        count = len(merged.unresolved())
        if count:
            say(
                f"{name}: merged with {count} conflict{'s' if count != 1 else ''}; OURS's value stands at "
                f"{'each' if count != 1 else 'it'} (listed at the top of the file): resolve, then delete the list"
            )
        else:
            say(f"{name}: merged cleanly")
    return EXIT_FINDINGS if merged.unresolved() else EXIT_OK


def _save_into(path: str, data: bytes, *, break_lock: bool) -> None:
    """The merge written into OURS: a save of the playbook (under its lock; a link is written
    through, so the real file in a synced folder changes and the link stays). No backup: OURS
    is one of the merge's inputs, kept where it came from (git's object, the user's file)."""
    from playbooks.io.storage import PlaybookSaveError, atomic_write

    with writing(path, break_lock=break_lock):
        try:
            atomic_write(path, data, backup=False)
        except PlaybookSaveError as exc:
            raise CliError(str(exc)) from None
