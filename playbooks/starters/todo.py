"""The to-do list of a new playbook: the gaps a starter leaves, worded as the steps to take.

A starter is a valid playbook whose findings are exactly the gaps a new user must fill in: who
owns the playbook, who sponsors it, whom to call in a crisis, whether the firm's reviewers are
trained. Charter cannot know these and must not pretend to: ticking "Training documented" to
clear COMP-POSTREVIEW-CONTROLS would record training that nobody gave. :data:`GAPS` says, per
check code a starter leaves open, what the step is in the real world; :func:`todo_list` groups a
playbook's open findings into those steps (findings of other codes come with their check's
title), errors first. The editor shows it as its To Do list, ``charter new`` prints it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from playbooks.format.enums import Severity
from playbooks.format.findings import Finding


@dataclass(frozen=True)
class Gap:
    """A step a new playbook's owner must take: what, and what it means."""

    title: str
    guidance: str


#: The codes a starter leaves open (tests/test_examples_and_starters.py holds every starter to
#: them), each as the step that closes it.
GAPS: dict[str, Gap] = {
    "DOC-NO-OWNER": Gap(
        "Name the playbook's owner",
        "The person accountable for keeping this playbook current, often the chief compliance officer or the "
        "head of social media. Add them under People, then choose them in Document control > Owner.",
    ),
    "GOV-CHAMPION-MISSING": Gap(
        "Name your executive champion",
        "A senior executive who sponsors the programme and ties it to a corporate goal they already answer for. "
        "Add them under People, then under People > Executive champions.",
    ),
    "GOV-MODEL-SHAPE": Gap(
        "Add the spokes, or choose a model without them",
        "The starter is organised as hub and spoke, which needs at least one spoke (a region, business unit or "
        "brand) in Governance > Spokes. File > New Playbook Wizard writes a hub with its spoke files; or choose "
        "another model in Governance.",
    ),
    "CRISIS-NO-ESCALATION": Gap(
        "Name whom to call in a crisis",
        "Every severity level needs named escalation contacts, each with a backup and a time to acknowledge. "
        "Add the people first, then the contacts of each level in Crisis and escalation.",
    ),
    "COMP-POSTREVIEW-CONTROLS": Gap(
        "Decide how replies and direct messages are reviewed",
        "The starter reviews interactive content after it is posted. Supervision rules such as FINRA Rule 3110.06 "
        "allow that only when the reviewers are trained, that training and the procedures are documented, and surveillance follows. Tick "
        "'Training documented', 'Procedures documented' and 'Surveillance' in Content rules only once those "
        "records and controls exist; until then, choose pre-review for these content types.",
    ),
    "COMP-LABOUR-REVIEW": Gap(
        "Have the conduct rules reviewed by labour counsel",
        "US employee conduct rules must not chill what employees may say about pay and conditions (NLRA "
        "Section 7; Stericycle, 2023). Record each clause's labour-law review status in Conduct rules once "
        "counsel has reviewed it.",
    ),
    "COMP-PRIVACY-MONITOR": Gap(
        "Record the lawful basis and the impact assessment for monitoring",
        "Monitoring or listening to people in the EU or UK needs a lawful basis and, for systematic monitoring, a "
        "data protection impact assessment. Record both in Privacy once your data protection officer has them.",
    ),
    "GOV-HUB-NARROW": Gap(
        "Name the hub's members",
        "The hub coordinates across functions: name at least three, including legal or compliance, in "
        "Governance > Hub > Members.",
    ),
    "MEAS-DIRECTION": Gap(
        "Set the baselines and targets of your metrics",
        "Each metric needs where you are now (its baseline), where you aim to be (its target) and which way is "
        "better. Measure the baseline before you set the target.",
    ),
    "LEARN-NONE": Gap(
        "Plan a first pilot",
        "Record a pilot with its hypothesis in Experiments and lessons; add its result and lesson when it ends.",
    ),
}


def _rank(severity: Severity) -> int:
    return list(Severity).index(severity)  # the enum lists them most severe first


@dataclass(frozen=True)
class TodoItem:
    """One step: the findings it closes (their fields and messages), at the most severe level among them."""

    code: str
    severity: Severity
    title: str
    guidance: str
    paths: tuple[str, ...]
    messages: tuple[str, ...]


def todo_list(findings: Iterable[Finding]) -> list[TodoItem]:
    """The open (not waived) findings as steps, one per check code: errors first, then in the
    order the findings came."""
    from playbooks.checks import explain

    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        if not finding.waived:
            grouped.setdefault(finding.code, []).append(finding)
    items = []
    for code, group in grouped.items():
        gap = GAPS.get(code)
        if gap is None:
            info = explain(code)
            gap = Gap(info.title if info is not None else code, group[0].message)
        severity = min((f.severity for f in group), key=_rank)
        items.append(
            TodoItem(
                code,
                severity,
                gap.title,
                gap.guidance,
                tuple(f.path for f in group),
                tuple(f.message for f in group),
            )
        )
    steps = list(GAPS)
    # the most severe first; among equals the steps in the order of GAPS (the owner before the
    # crisis contacts), then the others in the order found
    return sorted(
        items, key=lambda item: (_rank(item.severity), steps.index(item.code) if item.code in steps else len(steps))
    )


def todo_text(items: list[TodoItem], width: int = 100) -> str:
    """The to-do list as plain text (``charter new``)."""
    import textwrap

    if not items:
        return "Nothing to do: the checks found no gaps.\n"
    lines = [f"To do ({len(items)} steps; 'charter validate' lists every field):"]
    for number, item in enumerate(items, 1):
        places = f" ({len(item.paths)} places)" if len(item.paths) > 1 else ""
        lines.append(f"{number:>2}. {item.title} [{item.severity.value}]{places}")
        lines += textwrap.wrap(item.guidance, width=width, initial_indent="    ", subsequent_indent="    ")
    return "\n".join(lines) + "\n"
