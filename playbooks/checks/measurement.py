"""Measurement: outcomes rather than web metrics, and a directional 'GPS' (failure reason three)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from playbooks.checks import check
from playbooks.format.enums import MetricKind, Severity
from playbooks.format.findings import Issue
from playbooks.format.language import gettext as _

if TYPE_CHECKING:
    from playbooks.format.model import Metric, Playbook

# Web/vanity metrics named by the panel and the Barcelona Principles. A metric left at the default kind
# whose whole name is such a count ("Followers", "Page views", "Monthly reach") is treated as one; a name
# that says more ("Branch visits booked") is not, so the file alone decides (a kind equal to the default
# is not kept in the file, so "the user chose it" cannot be told apart after a save).
_VANITY = re.compile(
    r"(total |monthly |weekly |daily |new |average |organic |paid )?(website |web |page |profile |video )?"
    r"(page ?views?|visits?|visitors|followers?|follows|fans|likes|impressions|reach|views|clicks|retweets|shares)"
    r"( count| growth| rate)?",
    re.IGNORECASE,
)


def _and(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return _("%(first)s and %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


def is_vanity(metric: Metric) -> bool:
    """Whether a metric is a web/vanity count: its kind says so, or its whole name is such a count."""
    if metric.kind is MetricKind.WEB:
        return True
    # the kind once assumed (and not set: nobody chose) leaves it to the name
    return metric.kind in (None, MetricKind.BUSINESS_OUTCOME) and _VANITY.fullmatch(metric.name.strip()) is not None


@check(
    "MEAS-VANITY-ONLY",
    Severity.WARNING,
    "measurement",
    "Objective measured only by web metrics",
    "The panel's third failure reason is not measuring what matters: measure business outcomes (customer "
    "retention, satisfaction) rather than web metrics (page views, visits, followers, likes). The Barcelona "
    "Principles (AMEC, 2010-2025) and Altimeter's social analytics framework (Etlinger and Li, 2011) say the "
    "same: counts of attention are leading indicators at best and must be linked to an outcome.",
    sources=(
        "Why social media fails, Web 2.0 Expo panel (2009)",
        "AMEC Barcelona Principles (2010, revised 2015, 2020 and 2025)",
        "Altimeter, A Framework for Social Analytics (Etlinger and Li, 2011)",
    ),
)
def vanity_only(playbook: Playbook) -> Iterator[Issue]:
    """MEAS-VANITY-ONLY: Objective measured only by web metrics."""
    by_objective: dict[str, list[Metric]] = {}
    for metric in playbook.measurement.metrics:
        if metric.objective:
            by_objective.setdefault(metric.objective, []).append(metric)
    for i, objective in enumerate(playbook.objectives.items):
        metrics = by_objective.get(objective.id, [])
        if metrics and all(is_vanity(m) for m in metrics):
            names = ", ".join(m.name for m in metrics)
            yield Issue(
                f"objectives.items[{i}]",
                _(
                    "'%(objective)s' is measured only by web metrics (%(metrics)s): add a business-outcome metric "
                    "for it in Measurement plan > Metrics."
                )
                % {"objective": objective.title, "metrics": names},
            )


@check(
    "MEAS-UNLINKED",
    Severity.WARNING,
    "measurement",
    "Metric and objective not linked",
    "Measurement is a chain from objective to KPI to metric (Altimeter, A Framework for Social Analytics, 2011; "
    "the panel's 'why do you measure?'): a metric linked to no objective is a count nobody acts on, and an "
    "objective with no metric cannot be steered. Compliance KPIs (review SLA, training currency) measure the "
    "programme's controls and need no objective.",
    sources=(
        "Altimeter, A Framework for Social Analytics (Etlinger and Li, 2011)",
        "Why social media fails, Web 2.0 Expo panel (2009)",
    ),
)
def unlinked(playbook: Playbook) -> Iterator[Issue]:
    """MEAS-UNLINKED: Metric and objective not linked."""
    measured: set[str] = set()
    for i, metric in enumerate(playbook.measurement.metrics):
        if metric.objective:
            measured.add(metric.objective)
        elif metric.kind is not MetricKind.COMPLIANCE:
            yield Issue(
                f"measurement.metrics[{i}].objective",
                _("Link the metric '%(metric)s' to the objective it measures in Measurement plan > Metrics.")
                % {"metric": metric.name},
            )
    for i, objective in enumerate(playbook.objectives.items):
        if objective.id not in measured:
            yield Issue(
                f"objectives.items[{i}]",
                _("Add a metric for the objective '%(objective)s' in Measurement plan > Metrics.")
                % {"objective": objective.title},
            )


@check(
    "MEAS-DIRECTION",
    Severity.WARNING,
    "measurement",
    "Metric without baseline, target or direction",
    "The panel asked for a directional 'GPS' (where we are, where we are going, which way is better) rather than "
    "a dashboard of counts. A metric without a baseline, a target and a direction cannot tell anyone whether "
    "the programme is on course (Why social media fails, 2009; Barcelona Principles).",
    sources=(
        "Why social media fails, Web 2.0 Expo panel (2009)",
        "AMEC Barcelona Principles (2010, revised 2015, 2020 and 2025)",
    ),
)
def direction(playbook: Playbook) -> Iterator[Issue]:
    """MEAS-DIRECTION: Metric without baseline, target or direction."""
    for i, metric in enumerate(playbook.measurement.metrics):
        missing = [
            name
            for name, value in (
                (_("baseline"), metric.baseline),
                (_("target"), metric.target),
                (_("direction"), metric.direction),
            )
            if value is None
        ]
        if missing:
            yield Issue(
                f"measurement.metrics[{i}].{missing[0]}",
                _("Set the %(fields)s of the metric '%(metric)s' in Measurement plan > Metrics.")
                % {"fields": _and(missing), "metric": metric.name},
            )


@check(
    "MEAS-PURPOSE",
    Severity.INFO,
    "measurement",
    "No stated purpose or cross-channel comparison",
    "The panel asked 'why do you measure?' (to allocate budget? to compare channels?) and warned against "
    "measuring social media in isolation: measure it alongside the other channels. The Barcelona Principles "
    "ask for social media to be measured consistently with other channels.",
    sources=(
        "Why social media fails, Web 2.0 Expo panel (2009)",
        "AMEC Barcelona Principles (2010, revised 2015, 2020 and 2025)",
    ),
)
def purpose(playbook: Playbook) -> Iterator[Issue]:
    """MEAS-PURPOSE: No stated purpose or cross-channel comparison."""
    plan = playbook.measurement
    if not plan.purpose.strip():
        yield Issue(
            "measurement.purpose",
            _("Say why you measure (budget allocation, channel comparison, ...) in Measurement plan > Why we measure."),
        )
    if not plan.compares_channels:
        yield Issue(
            "measurement.compares_channels",
            _(
                "Compare social media with your other channels and describe how in Measurement plan > "
                "Cross-channel comparison."
            ),
        )
