"""``charter signoff FILE --approver NAME --role ROLE --decision ...``: record an approval."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from playbooks.audit.signoff import SignOffRefused, approval_state, sign_off
from playbooks.cli.main import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, CliError, add_break_lock, say, writing
from playbooks.format.enums import Decision, LifecycleStatus
from playbooks.format.model import Playbook
from playbooks.io.storage import PlaybookLoadError, PlaybookSaveError, save
from playbooks.tailoring import Resolution, regional_sign_off_refusal
from playbooks.tailoring.reader import read_playbook
from playbooks.tailoring.spoke import save_spoke


def _record_regional(resolution: Resolution, signed: Playbook, args: argparse.Namespace) -> None:
    """A spoke's sign-off approves its effective playbook and is kept in the spoke file."""
    if args.bump or args.status:
        raise CliError("--bump and --status belong to the hub; a regional sign-off records the approval only")
    refusal = regional_sign_off_refusal(resolution)
    if refusal is not None and signed.document.sign_offs[-1].decision is not Decision.REJECTED:
        # (a spoke with errors was refused when read, with their lines: see PlaybookFile.usable)
        raise CliError(f"{args.file}: not signed off: {refusal.code}: {refusal.reason}", EXIT_FINDINGS)
    spoke = resolution.spoke
    header = spoke.spoke.model_copy(update={"sign_offs": [*spoke.spoke.sign_offs, signed.document.sign_offs[-1]]})
    save_spoke(spoke.model_copy(update={"spoke": header}), args.file)


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "signoff", help="record a sign-off of the playbook's exact content (of a spoke: its effective playbook)"
    )
    parser.add_argument("file", metavar="FILE", help="the playbook")
    parser.add_argument("--approver", help="full name of the approver")
    parser.add_argument("--role", help="the approver's role, e.g. 'Chief Compliance Officer'")
    parser.add_argument("--decision", choices=[d.value for d in Decision], default=Decision.APPROVED.value)
    parser.add_argument("--comment", default="", help="conditions or remarks")
    parser.add_argument("--date", type=dt.date.fromisoformat, help="decision date, YYYY-MM-DD (default: today)")
    parser.add_argument("--bump", choices=["major", "minor", "patch"], help="bump the semantic version")
    parser.add_argument("--status", choices=[s.value for s in LifecycleStatus], help="move the lifecycle status")
    parser.add_argument("--show", action="store_true", help="only print the approval state")
    add_break_lock(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.show:
        try:
            playbook = read_playbook(args.file).usable()
        except PlaybookLoadError as exc:
            raise CliError(str(exc), _exit_code(exc)) from None
        say(f"{args.file}: {approval_state(playbook).describe()}")
        return EXIT_OK
    if not args.approver or not args.role:
        raise CliError("--approver and --role are required to sign off (or pass --show)")
    # read, sign and write under the file's lock: a sign-off recorded at the same moment by
    # someone else is in the file read here, never overwritten
    with writing(args.file, break_lock=args.break_lock):
        try:
            read = read_playbook(args.file)
            playbook = read.usable()
        except PlaybookLoadError as exc:
            raise CliError(str(exc), _exit_code(exc)) from None
        try:
            signed = sign_off(
                playbook,
                approver=args.approver,
                role=args.role,
                decision=Decision(args.decision),
                comment=args.comment,
                date=args.date,
                bump=args.bump,
                status=LifecycleStatus(args.status) if args.status else None,
            )
            if read.resolution is None:
                save(signed, args.file)
            else:
                _record_regional(read.resolution, signed, args)
        except SignOffRefused as exc:
            raise CliError(f"{args.file}: {exc}", code=1) from None
        except PlaybookSaveError as exc:
            raise CliError(str(exc)) from None
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
