"""Sign-off and audit trail: who approved which exact content, and what changed since.

A sign-off records the approver, role, decision, comment, date and the content fingerprint
(:func:`playbooks.io.storage.fingerprint`). The playbook is "Approved by ... on ..." while its
fingerprint matches the last approving sign-off, and "Changed since approval" once it does not.

An approval is refused while ``validate`` reports an error for the playbook (:func:`approval_blockers`):
nobody approves a policy that fails its own checks. A rejection is always recorded.

Sign-offs are not cryptographic: a name typed into ``charter signoff`` on any copy of a file
cannot be told from a real approval by the file alone. The organisation's protection is the site
configuration's locked hub and its version control (see docs/tailoring.md, threat model).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import ValidationError

from playbooks.format import messages
from playbooks.format.enums import Decision, LifecycleStatus, Severity
from playbooks.format.findings import Finding
from playbooks.format.language import gettext as _
from playbooks.format.model import ChangeLogEntry, Playbook, SignOff
from playbooks.format.references import noun_of
from playbooks.io.storage import FINGERPRINT_SCHEME, fingerprint, matches

Bump = Literal["major", "minor", "patch"]


class SignOffRefused(ValueError):
    """A sign-off the playbook's approval route does not allow; the message says why, and
    ``findings`` are the error-level findings that stop an approval (if that is why)."""

    def __init__(self, message: str, findings: Sequence[Finding] = ()) -> None:
        super().__init__(message)
        self.findings = tuple(findings)


def approval_blockers(playbook: Playbook, findings: Sequence[Finding] | None = None) -> list[Finding]:
    """The error-level findings (not waived) that stop an approving sign-off of ``playbook``:
    ``findings``, what ``validate`` reports for its file (a spoke's tailoring findings included), or
    when not given, the governance checks of the playbook itself."""
    if findings is None:
        from playbooks.checks.validation import check_playbook

        findings = check_playbook(playbook)
    return [f for f in findings if f.severity is Severity.ERROR and not f.waived]


@dataclass(frozen=True)
class ApprovalState:
    """Where the playbook stands: never approved, approved as is, or changed since approval."""

    approved: bool
    current: bool
    approver: str = ""
    role: str = ""
    date: dt.date | None = None
    version: str | None = None
    #: the content fingerprint the last approving sign-off approved ('' when never approved)
    fingerprint: str = ""

    def describe(self) -> str:
        """The status-bar wording."""
        if not self.approved:
            return _("Not approved")
        when = self.date.isoformat() if self.date else _("an unknown date")
        if self.current:
            return _("Approved by %(approver)s on %(date)s") % {"approver": self.approver, "date": when}
        return _("Changed since approval (approved by %(approver)s on %(date)s)") % {
            "approver": self.approver,
            "date": when,
        }


def approval_state(playbook: Playbook) -> ApprovalState:
    """The state of the latest approving sign-off against the current content."""
    approvals = [s for s in playbook.document.sign_offs if s.decision is not Decision.REJECTED]
    if not approvals:
        return ApprovalState(False, False)
    last = approvals[-1]
    return ApprovalState(
        True,
        matches(last.fingerprint, playbook, last.scheme),
        last.approver,
        last.role,
        last.date,
        last.version,
        last.fingerprint,
    )


def bump_version(version: str | None, part: Bump) -> str:
    """Semantic version bump: 1.3.2 -> 2.0.0 / 1.4.0 / 1.3.3 (any number of digits); a playbook
    with no version yet gets its first (1.0.0 / 0.1.0 / 0.0.1)."""
    major, minor, patch = (version or "0.0.0").split(".")
    if part == "major":
        return f"{_plus_one(major)}.0.0"
    if part == "minor":
        return f"{_normal(major)}.{_plus_one(minor)}.0"
    return f"{_normal(major)}.{_normal(minor)}.{_plus_one(patch)}"


def _normal(number: str) -> str:
    """A version part without leading zeros ('007' -> '7'), in ASCII digits."""
    return str(int(number)) if len(number) < 1000 else number.lstrip("0") or "0"


def _plus_one(number: str) -> str:
    """A version part plus one, in decimal text: ``int()`` refuses more than 4,300 digits, and a
    version is text the file holds, however long."""
    digits = list(_normal(number))
    for at in range(len(digits) - 1, -1, -1):
        if digits[at] != "9":
            digits[at] = str(int(digits[at]) + 1)
            return "".join(digits)
        digits[at] = "0"
    return "1" + "".join(digits)


#: The earliest date a sign-off may carry (a date before it is a typing error).
EARLIEST_SIGN_OFF = dt.date(1990, 1, 1)


def _author_ids(playbook: Playbook) -> list[str]:
    """The ids of the playbook's authors and owner (people or roles)."""
    return [*playbook.document.authors, *([playbook.document.owner] if playbook.document.owner else [])]


def authors_of(playbook: Playbook) -> set[str]:
    """Names of the people who wrote the playbook (owner and authors, and the holders of an
    owning or authoring role), case-folded."""
    people = {p.id: p.name for p in playbook.people.people}
    holders = {r.id: r.holders for r in playbook.people.roles}
    ids = [*_author_ids(playbook)]
    ids += [held for i in ids for held in holders.get(i, [])]
    return {people[i].casefold().strip() for i in ids if i in people}


def signer_defaults(playbook: Playbook, by: str | None) -> tuple[str, str]:
    """The approver's name and role a sign-off as the party ``by`` starts from ('' where it
    cannot say): a person's name and job title; a role's name, and its holder's name when it
    has exactly one. Never refuses (see :func:`signer`)."""
    person = next((p for p in playbook.people.people if p.id == by), None)
    if person is not None:
        return person.name, person.title
    org_role = next((r for r in playbook.people.roles if r.id == by), None)
    if org_role is None:
        return "", ""
    holders = [p.name for p in playbook.people.people if p.id in org_role.holders]
    return (holders[0] if len(holders) == 1 else ""), org_role.name


def signer(playbook: Playbook, by: str | None, approver: str, role: str) -> tuple[str, str]:
    """The approver's name and role for a sign-off given as the party ``by``: what the caller
    left empty filled from :func:`signer_defaults`.

    Raises :class:`SignOffRefused` when ``by`` names no person or role of the playbook, when a
    person's sign-off is given under another name, and when a role's is given by someone who
    does not hold it (a committee signs through a member)."""
    if by is None:
        return approver, role
    person = next((p for p in playbook.people.people if p.id == by), None)
    org_role = next((r for r in playbook.people.roles if r.id == by), None)
    if person is None and org_role is None:
        raise SignOffRefused(messages.unknown_reference(by, noun_of("parties")))
    default_approver, default_role = signer_defaults(playbook, by)
    approver, role = approver.strip() or default_approver, role.strip() or default_role
    if person is not None:
        # a person's sign-off is theirs to give: under their own name only
        if not _same_name(approver, person.name):
            raise SignOffRefused(
                f"A sign-off as {person.name} is given by {person.name}, not by '{approver}' "
                "(someone outside the playbook signs as no one of it)"
            )
        return approver, role
    assert org_role is not None
    holders = [p.name for p in playbook.people.people if p.id in org_role.holders]
    if not holders:
        raise SignOffRefused(
            f"No one holds the role {org_role.name} in this playbook: name its holders in People, or sign as "
            "the person who signs"
        )
    if not any(_same_name(approver, name) for name in holders):
        raise SignOffRefused(
            f"A sign-off as {org_role.name} is given by one of its holders ({', '.join(holders)}), "
            f"not by '{approver or 'no one'}'"
        )
    return approver, role


def _same_name(given: str, name: str) -> bool:
    """Whether ``given`` is ``name`` (case and surrounding spaces aside)."""
    return given.casefold().strip() == name.casefold().strip()


def sign_off(
    playbook: Playbook,
    *,
    approver: str,
    role: str,
    decision: Decision,
    comment: str = "",
    date: dt.date | None = None,
    bump: Bump | None = None,
    status: LifecycleStatus | None = None,
    findings: Sequence[Finding] | None = None,
    by: str | None = None,
) -> Playbook:
    """A copy of ``playbook`` with the sign-off recorded (and version/status moved if asked).

    ``by``: the id of the playbook's person or role the approver signs as (:func:`signer`
    fills an empty name and role from it); None for an approver from outside the playbook.

    Raises :class:`SignOffRefused` when the approver is an author and the playbook forbids
    self-approval, when the approver's name or role is empty, and for an approving decision while
    the playbook has error-level findings (:func:`approval_blockers`; ``findings``: what
    ``validate`` reports for the file, when the caller has it). A rejection is always recorded.
    """
    approver, role = signer(playbook, by, approver, role)
    if not approver.strip() or not role.strip():
        raise SignOffRefused("A sign-off needs the approver's name and role")
    if any(not ch.isprintable() for ch in approver + role):
        raise SignOffRefused("The approver's name and role must be one line of printable text")
    today = dt.date.today()
    # a day ahead is allowed: the approver may sit in a time zone where it is already tomorrow
    if date is not None and not EARLIEST_SIGN_OFF <= date <= today + dt.timedelta(days=1):
        raise SignOffRefused(
            f"The sign-off date {date.isoformat()} is not plausible: it must be between "
            f"{EARLIEST_SIGN_OFF.isoformat()} and today"
        )
    if not playbook.document.self_approval_allowed and (
        approver.casefold().strip() in authors_of(playbook) or (by is not None and by in _author_ids(playbook))
    ):
        raise SignOffRefused(
            f"{approver} is an author or the owner of this playbook, and its approval route forbids "
            "self-approval; ask another qualified approver"
        )
    if decision is not Decision.REJECTED:
        blockers = approval_blockers(playbook, findings)
        if blockers:
            count = len(blockers)
            raise SignOffRefused(
                f"not approved: 'charter validate' reports {count} error{'s' if count != 1 else ''} for this "
                f"playbook (the first: {blockers[0].code} at {blockers[0].path or 'the playbook'}); fix "
                f"{'them' if count != 1 else 'it'} first, or record the decision as rejected",
                blockers,
            )
    result = playbook.model_copy(deep=True)
    document = result.document
    if decision is not Decision.REJECTED:
        if bump:
            document.version = bump_version(document.version, bump)
        if status is not None:
            document.status = status
    try:
        document.sign_offs = [
            *document.sign_offs,
            SignOff(
                approver=approver.strip(),
                role=role.strip(),
                by=by,
                date=date or today,
                decision=decision,
                comment=comment,
                fingerprint=fingerprint(result),
                version=document.version,
                scheme=FINGERPRINT_SCHEME,
            ),
        ]
    except ValidationError as exc:  # a comment that is not text (a stray surrogate from the shell)
        first = exc.errors(include_url=False)[0]
        field = ".".join(str(part) for part in first["loc"][-1:])
        raise SignOffRefused(f"The sign-off's {field or 'value'}: {messages.plain(first)}") from None
    return result


def add_change_log_entry(
    playbook: Playbook, *, author: str, what: str, why: str, material: bool = False, date: dt.date | None = None
) -> Playbook:
    """A copy of ``playbook`` with a change-log entry for its current version (ValueError, one
    line, when the playbook has no version: an entry records the version it produced)."""
    if playbook.document.version is None:
        raise ValueError("the playbook has no version: set document.version first")
    result = playbook.model_copy(deep=True)
    result.document.change_log = [
        *result.document.change_log,
        ChangeLogEntry(
            version=result.document.version,
            date=date or dt.date.today(),
            author=author,
            what=what,
            why=why,
            material=material,
        ),
    ]
    return result
