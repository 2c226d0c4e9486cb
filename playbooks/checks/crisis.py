"""Relevance: does it matter? Escalation when buzz reaches the mainstream (failure reason four)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from playbooks.checks import check
from playbooks.checks.context import context
from playbooks.format.enums import Severity, TriggerKind
from playbooks.format.findings import Issue
from playbooks.format.identity import Names
from playbooks.format.language import gettext as _

if TYPE_CHECKING:
    from playbooks.format.model import Playbook


@check(
    "CRISIS-NO-ESCALATION",
    Severity.ERROR,
    "relevance",
    "No escalation levels or contacts",
    "Altimeter's study of 50 social media crises (Social Business Readiness, 2011) found that 76% could have "
    "been diminished or averted with internal preparation, above all an enterprise-wide triage and escalation "
    "process; its hierarchy of needs puts the crisis process before engagement. Without severity levels and "
    "named contacts, a crisis finds nobody to call (US Air Force response assessment; DAF social media guide).",
    sources=(
        "Altimeter, Social Business Readiness (2011)",
        "US Air Force web posting response assessment",
        "Department of the Air Force social media guide (2021)",
    ),
)
def no_escalation(playbook: Playbook) -> Iterator[Issue]:
    """CRISIS-NO-ESCALATION: No escalation levels or contacts."""
    levels = playbook.crisis.levels
    if not levels:
        yield Issue(
            "crisis.levels",
            _("Define severity levels with triggers and escalation contacts in Crisis and escalation."),
        )
        return
    for i, level in enumerate(levels):
        if not level.contacts:
            yield Issue(
                f"crisis.levels[{i}].contacts",
                _("Name the escalation contacts of level %(level)s (%(name)s) in Crisis and escalation.")
                % {"level": level.level, "name": level.name},
            )


@check(
    "CRISIS-MAINSTREAM",
    Severity.WARNING,
    "relevance",
    "No trigger for mainstream-media pickup",
    "The panel's answer to 'does it matter?': online buzz matters when mainstream media picks it up. That "
    "moment must be an objective escalation trigger, or the firm learns of its crisis from the evening news "
    "(Why social media fails, 2009).",
    sources=("Why social media fails, Web 2.0 Expo panel (2009)",),
)
def mainstream(playbook: Playbook) -> Iterator[Issue]:
    """CRISIS-MAINSTREAM: No trigger for mainstream-media pickup."""
    levels = playbook.crisis.levels
    if not levels:
        return  # CRISIS-NO-ESCALATION asks for the levels first
    if not any(t.kind is TriggerKind.MAINSTREAM_MEDIA for level in levels for t in level.triggers):
        yield Issue(
            "crisis.levels[0].triggers",
            _(
                "Add a trigger for pickup by mainstream media (kind: mainstream media) to a severity level in "
                "Crisis and escalation."
            ),
        )


@check(
    "CRISIS-NO-BACKUP",
    Severity.WARNING,
    "relevance",
    "Escalation contact without a backup",
    "Crises do not wait for office hours: the readiness research asks for escalation contacts with 24x7 "
    "backups and time-to-acknowledge targets (Altimeter, 2011; DAF social media guide, 2021). A contact with "
    "no backup (on the escalation level or on the person) is a single point of failure.",
    sources=(
        "Altimeter, Social Business Readiness (2011)",
        "Department of the Air Force social media guide (2021)",
    ),
)
def no_backup(playbook: Playbook) -> Iterator[Issue]:
    """CRISIS-NO-BACKUP: Escalation contact without a backup."""
    people = context(playbook).people
    roles = {r.id: r for r in playbook.people.roles}
    names = Names(playbook)
    for i, level in enumerate(playbook.crisis.levels):
        for j, contact in enumerate(level.contacts):
            person = people.get(contact.person)
            role = roles.get(contact.person)
            # a role that two people hold covers itself: one stands in for the other
            covered = (person is not None and person.backup is not None) or (
                role is not None and len(role.holders) >= 2
            )
            if contact.backup is None and not covered:
                name = names.ref("parties", contact.person)
                yield Issue(
                    f"crisis.levels[{i}].contacts[{j}].backup",
                    _("Name a backup for %(person)s at level %(level)s (%(name)s) in Crisis and escalation.")
                    % {"person": name, "level": level.level, "name": level.name},
                )
