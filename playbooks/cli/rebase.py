"""``charter rebase SPOKE``: record the hub as it is now in a spoke, after reviewing its drift.

A spoke remembers the hub version, fingerprint and hub values it was tailored against, so that
a hub update shows as ``SPOKE-HUB-DRIFT`` and in ``charter diff --against-hub-version``. Once
the regional manager has reviewed what moved, this command records the current hub in the
spoke (the spoke's changes stay exactly as they are); the old file is kept as ``.bak``. Never
recorded (exit 1, file unchanged): a hub that is itself a spoke with errors (a broken chain),
another playbook than the one the spoke tailors, a hub the site configuration does not name, and
a hub that takes out or loosens a lock the spoke recorded while it is not approved as it is (a
copy of the hub with its locks removed).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from playbooks.cli.main import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, CliError, add_save_options, saving, say, writing
from playbooks.io.storage import PlaybookLoadError

if TYPE_CHECKING:
    from playbooks.io.locking import PlaybookLock


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "rebase", help="record the hub's current version in a spoke (after reviewing 'diff --against-hub-version')"
    )
    parser.add_argument("spoke", metavar="SPOKE", help="a spoke file (.playbook.yaml with a 'spoke:' block)")
    add_save_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # read and write under the spoke's lock: an edit saved meanwhile is in what is read here
    with writing(args.spoke, break_lock=args.break_lock) as lock:
        return _rebase(args, lock)


def _rebase(args: argparse.Namespace, lock: PlaybookLock) -> int:
    from playbooks.tailoring import (
        HUB_LOCKS_LOOSENED,
        HUB_MISSING,
        HUB_REPLACED,
        HUB_UNRECORDED,
        chain_errors,
        describe_level_error,
        drifted,
        rebase,
    )
    from playbooks.tailoring.reader import read_playbook

    try:
        read = read_playbook(args.spoke, as_spoke=True)
        resolution = read.resolution
    except PlaybookLoadError as exc:
        raise CliError(str(exc), EXIT_UNREADABLE if exc.kind != "schema" else EXIT_FINDINGS) from None
    assert resolution is not None  # read as a spoke: a resolution, or an error
    missing = next((f for f in resolution.findings if f.code == HUB_MISSING), None)
    if missing is not None or resolution.hub is None:
        raise CliError(f"{resolution.file}: {missing.message if missing else 'the hub cannot be read'}")
    recorded = resolution.spoke.spoke.hub_id
    if recorded is not None and recorded != resolution.hub.document.id:
        # rebasing would quietly make this a spoke of another playbook, whose locks are not the hub's
        raise CliError(
            f"{resolution.file}: not rebased: the hub file is the playbook '{resolution.hub.document.id}', not "
            f"'{recorded}' that this spoke tailors; point hub: at the right file, or start a new spoke of it",
            EXIT_FINDINGS,
        )
    broken = chain_errors(resolution.hub_resolution) if resolution.hub_resolution is not None else []
    if broken:
        # recording a broken hub would bless it: the spoke would stop warning that its hub moved
        raise CliError(
            f"{resolution.file}: not rebased: the hub chain is broken at {describe_level_error(*broken[0])}; "
            "fix that level first",
            EXIT_FINDINGS,
        )
    # the id a spoke without one is given below is checked by the locks: it may be recorded
    refused = [
        f
        for f in resolution.findings
        if f.code in (HUB_LOCKS_LOOSENED, HUB_REPLACED) or (f.code == HUB_UNRECORDED and f.path == "spoke.hub")
    ]
    if refused:
        # recording this hub would bless it: the error would go, and the spoke would rely on a hub
        # that is not the one it was tailored against
        where = f"{resolution.file}:{refused[0].line}" if refused[0].line else resolution.file
        raise CliError(
            f"{where}: not rebased: {refused[0].code}: {refused[0].message}"
            + (f" (and {len(refused) - 1} more)" if len(refused) > 1 else ""),
            EXIT_FINDINGS,
        )
    report = drifted(resolution)
    before = resolution.spoke.spoke.hub_version or "(not recorded)"
    try:
        updated = rebase(resolution.spoke, resolution.hub)
    except ValueError as exc:  # pragma: no cover - refused above with the file and line
        raise CliError(f"{resolution.file}: not rebased: {exc}", EXIT_FINDINGS) from None
    unchanged = f"{resolution.file}: already records hub version {before}; nothing to do"
    if not save_changed_spoke(
        updated, resolution.spoke, args.spoke, unchanged, lock=lock, digest=read.digest, force=args.force
    ):
        return EXIT_OK
    moved = len(report.values) if report else 0
    say(
        f"{resolution.file}: now tailored against hub version {updated.spoke.hub_version} (was {before}); "
        f"{moved} changed field value(s) recorded"
    )
    return EXIT_OK


def save_changed_spoke(
    updated: Any, spoke: Any, path: str, unchanged: str, *, lock: PlaybookLock, digest: str, force: bool
) -> bool:
    """Save ``updated`` over the spoke file at ``path`` (read as ``digest``, under ``lock``) unless
    it equals ``spoke`` (then say ``unchanged``); False when there was nothing to save.
    :class:`CliError` when it cannot be saved."""
    from playbooks.tailoring import save_spoke

    if updated == spoke:
        say(unchanged)
        return False
    with saving(lock, digest, force=force) as how:
        how.report(save_spoke(updated, path, guard=how.guard))
    return True
