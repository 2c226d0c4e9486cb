"""Document control: an owner, a review date that has not passed, and a sign-off of this content."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from playbooks.checks import check
from playbooks.checks.context import context
from playbooks.format.dates import period_start
from playbooks.format.enums import Decision, LifecycleStatus, Severity
from playbooks.format.findings import Issue
from playbooks.format.language import gettext as _
from playbooks.io.storage import matches

if TYPE_CHECKING:
    from playbooks.format.model import Playbook


@check(
    "DOC-NO-OWNER",
    Severity.ERROR,
    "culture",
    "No owner",
    "A policy without an accountable owner is not maintained: policy-management practice (owner, reviewer, "
    "approver roles) and Altimeter's Social Business Governance (2014) found that most firms cannot say who "
    "owns social media. Examiners ask who owns the written procedures.",
    sources=(
        "Altimeter, Social Business Governance (2014)",
        "Policy-management practice: owner, reviewer and approver roles",
    ),
)
def no_owner(playbook: Playbook) -> Iterator[Issue]:
    """DOC-NO-OWNER: No owner."""
    if playbook.document.owner is None:
        yield Issue("document.owner", _("Name the owner of this playbook in Document control > Owner."))


@check(
    "DOC-REVIEW-OVERDUE",
    Severity.WARNING,
    "compliance",
    "Scheduled review overdue",
    "Policies are reviewed on a cadence (annual by default) and after triggers such as a regulatory or "
    "platform change; Altimeter found that advanced companies reinforce and update their policies (Social "
    "Business Readiness, 2011), and regulators expect written procedures to be kept current. An approved or "
    "active playbook needs a next review date that has not passed.",
    sources=(
        "Altimeter, Social Business Readiness (2011)",
        "Regulators' expectation of current written supervisory procedures (e.g. FINRA Rule 3110(b))",
    ),
)
def review_overdue(playbook: Playbook) -> Iterator[Issue]:
    """DOC-REVIEW-OVERDUE: Scheduled review overdue."""
    document = playbook.document
    today = context(playbook).today
    if document.next_review_date is None:
        if document.status in (LifecycleStatus.APPROVED, LifecycleStatus.ACTIVE):
            yield Issue("document.next_review_date", _("Set the next review date in Document control."))
    elif document.next_review_date < today and document.status not in (
        LifecycleStatus.SUPERSEDED,
        LifecycleStatus.RETIRED,
    ):
        yield Issue(
            "document.next_review_date",
            _(
                "The review due on %(date)s is overdue: review the playbook and set the next review date in "
                "Document control."
            )
            % {"date": document.next_review_date.isoformat()},
        )


@check(
    "DOC-APPROVAL-STALE",
    Severity.WARNING,
    "compliance",
    "Content changed since the last sign-off",
    "A sign-off records the exact content that was approved (its SHA-256 fingerprint). When the content "
    "changes afterwards, the approval no longer covers what staff read: FINRA Rule 2210(b)(4) and Rule "
    "3110.07 expect records of who approved which version, and HIPAA 164.530(j) keeps each effective version. "
    "Re-approve the changed playbook.",
    sources=(
        "FINRA Rule 2210(b)(4)",
        "FINRA Rule 3110.07",
        "HIPAA, 45 CFR 164.530(j)",
    ),
)
def approval_stale(playbook: Playbook) -> Iterator[Issue]:
    """DOC-APPROVAL-STALE: Content changed since the last sign-off."""
    sign_offs = playbook.document.sign_offs
    approvals = [
        (i, s) for i, s in enumerate(sign_offs) if s.decision in (Decision.APPROVED, Decision.APPROVED_WITH_CHANGES)
    ]
    if not approvals:
        return
    index, last = approvals[-1]
    if not matches(last.fingerprint, playbook, last.scheme):
        yield Issue(
            f"document.sign_offs[{index}].fingerprint",
            _(
                "The content changed after %(approver)s approved it on %(date)s: have it approved again (a new sign-off)."
            )
            % {"approver": last.approver, "date": last.date.isoformat()},
        )


@check(
    "DOC-DUPLICATE-KEY",
    Severity.ERROR,
    "compliance",
    "Two items of a list have the same key",
    "Each item of a list is known by its key: its id, or for items without one the preset code, the person, "
    "the term, the name. Two items with the same key (the same words in another Unicode form count as the "
    "same) make the playbook say two things about one item: a preset applied twice with different "
    "parameters, a glossary term defined twice. Tailoring, compare and the exported documents name items by "
    "their key, so a spoke could hide a looser copy of a locked item behind the hub's. Written supervisory "
    "procedures must say one thing per rule (FINRA Rule 3110(b)); keep one item per key.",
    sources=(
        "FINRA Rule 3110(b) (written supervisory procedures)",
        "Charter's hub and spoke file format (docs/tailoring.md)",
    ),
)
def duplicate_key(playbook: Playbook) -> Iterator[Issue]:
    """DOC-DUPLICATE-KEY: Two items of a list have the same key."""
    from playbooks.format.identity import duplicate_keys

    for problem in duplicate_keys(playbook, memo=context(playbook).memo):
        yield Issue(
            problem.path,
            _("%(problem)s: keep one of them, or give this one its own key.") % {"problem": problem.message},
        )


@check(
    "DOC-EDITIONS-UNORDERED",
    Severity.WARNING,
    "compliance",
    "Edition history out of order or in the future",
    "The edition history tells a reader which text was in force when (ISO 9001:2015, 7.5.3: the "
    "identification of changes and of the current revision). Editions listed out of the order they took "
    "effect, or dated after today, misstate that history; a regulated firm must show which written "
    "procedures applied when (FINRA Rule 3110(b), written supervisory procedures kept current).",
    sources=("ISO 9001:2015, 7.5.3 Control of documented information", "FINRA Rule 3110(b)"),
)
def editions_unordered(playbook: Playbook) -> Iterator[Issue]:
    """DOC-EDITIONS-UNORDERED: Edition history out of order or in the future."""
    today = context(playbook).today
    where = "in Document control > Edition history"
    latest: tuple[str, str] | None = None
    for i, edition in enumerate(playbook.document.editions):
        if edition.date is None:
            continue
        if period_start(edition.date) > today:
            yield Issue(
                f"document.editions[{i}].date",
                f"The edition '{edition.label}' is dated {edition.date}, after today ({today.isoformat()}): "
                f"correct its date {where}.",
            )
        if latest is not None and edition.date < latest[0] and not latest[0].startswith(edition.date):
            yield Issue(
                f"document.editions[{i}].date",
                f"The edition '{edition.label}' ({edition.date}) is listed after '{latest[1]}' ({latest[0]}): "
                f"list the editions oldest first {where}.",
            )
        elif latest is None or edition.date > latest[0]:
            latest = (edition.date, edition.label)
