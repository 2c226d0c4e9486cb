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
    from playbooks.format.model import DecisionNode, Playbook


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


@check(
    "CRISIS-TREE-UNCLEAR",
    Severity.WARNING,
    "relevance",
    "Decision tree that does not decide clearly",
    "A response assessment (the US Air Force's web posting response assessment is the model) is followed under "
    "pressure: it starts at one question, each answer leads to exactly one next step, and every way through "
    "ends in an outcome. A second first question, the same answer leading to two places, a step that neither "
    "asks nor decides, or a step after an outcome leaves the reader to guess. Altimeter's Social Business "
    "Readiness (2011) found most crises avertable with a clear triage process.",
    sources=("US Air Force web posting response assessment", "Altimeter, Social Business Readiness (2011)"),
)
def tree_unclear(playbook: Playbook) -> Iterator[Issue]:
    """CRISIS-TREE-UNCLEAR: Decision tree that does not decide clearly."""
    where = "in Crisis and escalation > Decision trees"
    for i, tree in enumerate(playbook.crisis.decision_trees):
        at = f"crisis.decision_trees[{i}].nodes"
        by_id = {node.id: node for node in tree.nodes}
        first: str | None = None
        answers: dict[tuple[str, str], str] = {}
        for j, node in enumerate(tree.nodes):
            said = _step(node)
            if node.parent is None:
                if first is None:
                    first = said
                else:
                    yield Issue(
                        f"{at}[{j}].parent",
                        f"'{tree.title}' has a second first question, {said}, besides {first}: set the answer "
                        f"it follows {where}.",
                    )
            if not node.question.strip() and not node.outcome.strip():
                yield Issue(
                    f"{at}[{j}].question",
                    f"The step {said} of '{tree.title}' neither asks a question nor gives an outcome: write "
                    f"one {where}.",
                )
            parent = by_id.get(node.parent) if node.parent is not None else None
            if parent is None:
                continue
            if parent.outcome.strip() and not parent.question.strip():
                yield Issue(
                    f"{at}[{j}].parent",
                    f"The step {said} of '{tree.title}' comes after an outcome ({parent.outcome}), where "
                    f"the way ends: make it follow a question {where}.",
                )
                continue
            key = (parent.id, " ".join(node.answer.split()).casefold())
            if key in answers:
                yield Issue(
                    f"{at}[{j}].answer",
                    f"The answer '{node.answer}' to {_step(parent)} in '{tree.title}' leads both to "
                    f"{answers[key]} and to {said}: give each answer one next step {where}.",
                )
            else:
                answers[key] = said


def _step(node: DecisionNode) -> str:
    """A step as a message names it, quoted: its question or outcome, else its id."""
    if node.question.strip():
        return f"'{node.question}'"
    if node.outcome.strip():
        return f"'{node.outcome}'"
    return f"'{node.id}'"
