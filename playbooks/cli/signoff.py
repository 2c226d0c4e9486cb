"""``charter signoff FILE --approver NAME --role ROLE --decision ...``: record an approval.

An approval (``approved``, ``approved_with_changes``) is refused, exit 1, while ``charter validate``
reports an error for the file: each is named on stderr with its file, line and rule. A rejection
is always recorded. A spoke's sign-off approves its effective playbook and is kept in the spoke
file; it is refused too while the spoke's hub is not approved as it is.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from playbooks.audit.signoff import SignOffRefused, approval_state, sign_off
from playbooks.checks.sarif import with_lines
from playbooks.checks.validation import file_report
from playbooks.cli.main import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, CliError, add_save_options, saving, say, writing
from playbooks.cli.spokes import write_errors
from playbooks.format.enums import Decision, LifecycleStatus
from playbooks.format.model import Playbook
from playbooks.io.storage import PlaybookLoadError, WriteGuard, read_source, save
from playbooks.tailoring import Resolution, regional_sign_off_refusal
from playbooks.tailoring.reader import parse_playbook, read_playbook
from playbooks.tailoring.spoke import save_spoke


def _record_regional(resolution: Resolution, signed: Playbook, args: argparse.Namespace, guard: WriteGuard) -> str:
    """A spoke's sign-off approves its effective playbook and is kept in the spoke file."""
    if args.bump or args.status:
        raise CliError("--bump and --status belong to the hub; a regional sign-off records the approval only")
    refusal = regional_sign_off_refusal(resolution)
    if refusal is not None and signed.document.sign_offs[-1].decision is not Decision.REJECTED:
        # (a spoke with errors was refused when read, with their lines: see PlaybookFile.usable)
        raise CliError(f"{args.file}: not signed off: {refusal.code}: {refusal.reason}", EXIT_FINDINGS)
    spoke = resolution.spoke
    header = spoke.spoke.model_copy(update={"sign_offs": [*spoke.spoke.sign_offs, signed.document.sign_offs[-1]]})
    return save_spoke(spoke.model_copy(update={"spoke": header}), args.file, guard=guard)


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "signoff", help="record a sign-off of the playbook's exact content (of a spoke: its effective playbook)"
    )
    parser.add_argument("file", metavar="FILE", help="the playbook")
    parser.add_argument("--approver", help="full name of the approver")
    parser.add_argument("--role", help="the approver's role, e.g. 'Chief Compliance Officer'")
    parser.add_argument(
        "--as",
        dest="by",
        metavar="ID",
        help="the id of the playbook's person or role the approver signs as (fills an empty --approver and --role)",
    )
    parser.add_argument("--decision", choices=[d.value for d in Decision], default=Decision.APPROVED.value)
    parser.add_argument("--comment", default="", help="conditions or remarks")
    parser.add_argument("--date", type=dt.date.fromisoformat, help="decision date, YYYY-MM-DD (default: today)")
    parser.add_argument("--bump", choices=["major", "minor", "patch"], help="bump the semantic version")
    parser.add_argument("--status", choices=[s.value for s in LifecycleStatus], help="move the lifecycle status")
    parser.add_argument("--show", action="store_true", help="only print the approval state")
    add_save_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.show:
        try:
            shown = read_playbook(args.file).usable()
        except PlaybookLoadError as exc:
            raise CliError(str(exc), _exit_code(exc)) from None
        say(f"{args.file}: {approval_state(shown).describe()}")
        return EXIT_OK
    if not args.by and (not args.approver or not args.role):
        raise CliError("--approver and --role (or --as ID) are required to sign off (or pass --show)")
    # read, sign and write under the file's lock: a sign-off recorded at the same moment by
    # someone else is in the file read here, never overwritten
    with writing(args.file, break_lock=args.break_lock) as lock:
        try:
            source = read_source(Path(args.file))
            read = parse_playbook(source)
            if read.playbook is None:
                read.usable(allow_errors=True)  # a spoke that does not resolve: says why
        except PlaybookLoadError as exc:
            raise CliError(str(exc), _exit_code(exc)) from None
        playbook = read.playbook
        assert playbook is not None  # usable() raised otherwise
        # what 'validate' reports for the file, on the same lines: an approval waits until it is clean
        findings = with_lines(file_report(read, source.text).findings, source.text)
        try:
            signed = sign_off(
                playbook,
                approver=args.approver or "",
                role=args.role or "",
                by=args.by,
                decision=Decision(args.decision),
                comment=args.comment,
                date=args.date,
                bump=args.bump,
                status=LifecycleStatus(args.status) if args.status else None,
                findings=findings,
            )
        except SignOffRefused as exc:
            write_errors(args.file, exc.findings)
            raise CliError(f"{args.file}: {exc}", code=EXIT_FINDINGS) from None
        # saved only if the file still holds what was read and the lock is still this command's
        with saving(lock, source.digest, force=args.force) as how:
            if read.resolution is None:
                how.report(save(signed, args.file, guard=how.guard))
            else:
                how.report(_record_regional(read.resolution, signed, args, how.guard))
    last = signed.document.sign_offs[-1]
    say(
        f"{args.file}: {last.decision.value} by {last.approver} ({last.role}) on {last.date}, "
        f"version {signed.document.version}, fingerprint {last.fingerprint[:12]}"
    )
    return EXIT_OK


def _exit_code(exc: PlaybookLoadError) -> int:
    """A spoke with error-level findings is refused as 'validate' fails it (exit 1); a file that
    cannot be read at all is exit 2."""
    return EXIT_FINDINGS if exc.kind == "schema" else EXIT_UNREADABLE
