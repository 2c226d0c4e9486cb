"""Relevance: if you are not failing you are not learning (pilots and lessons learned)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from playbooks.checks import check
from playbooks.format.enums import Severity
from playbooks.format.findings import Issue
from playbooks.format.language import gettext as _

if TYPE_CHECKING:
    from playbooks.format.model import Playbook


@check(
    "LEARN-NONE",
    Severity.INFO,
    "relevance",
    "No experiments or lessons shared",
    "The panel: failure matters most; if you are not failing you are not learning, so run pilots and keep a "
    "lessons-learned log. Multinationals should aggregate learnings across countries: a spoke's lesson that "
    "never reaches the hub is learned once and lost everywhere else (Why social media fails, 2009).",
    sources=("Why social media fails, Web 2.0 Expo panel (2009)",),
)
def learn_none(playbook: Playbook) -> Iterator[Issue]:
    """LEARN-NONE: No experiments or lessons shared."""
    items = playbook.experiments.items
    if not items:
        yield Issue(
            "experiments.items",
            _("Record a pilot with its hypothesis, result and lesson in Experiments and lessons."),
        )
        return
    first_unshared: dict[str, int] = {}
    shared: set[str] = set()
    for i, experiment in enumerate(items):
        spoke = experiment.spoke.strip()
        if not spoke:
            continue
        if experiment.shared_with_hub:
            shared.add(spoke)
        else:
            first_unshared.setdefault(spoke, i)
    for spoke, i in first_unshared.items():
        if spoke not in shared:
            yield Issue(
                f"experiments.items[{i}].shared_with_hub",
                _(
                    "Share the lessons of spoke %(spoke)s with the hub and tick Shared with the hub in Experiments "
                    "and lessons."
                )
                % {"spoke": spoke},
            )
