"""Campaigns: the campaign mindset (the article's second failure reason).

Social media is relationships and conversations, not campaigns: balance business and
community objectives in equal counts and favour long-term objectives.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from playbooks.checks import check
from playbooks.format.enums import Horizon, ObjectiveKind, Severity
from playbooks.format.findings import Issue
from playbooks.format.language import gettext as _
from playbooks.format.language import ngettext

if TYPE_CHECKING:
    from playbooks.format.model import Playbook


@check(
    "OBJ-BALANCE",
    Severity.WARNING,
    "campaigns",
    "Business and community objectives out of balance",
    "The 2009 Web 2.0 Expo panel 'Why social media fails' advised balancing business objectives (what the firm "
    "wants) and community objectives (what the community gets) 'with equal counts of both': a programme that "
    "only takes from its community loses it. Forrester's POST method (Bernoff and Li, 2007) likewise starts from "
    "what the audience does before deciding what the firm wants.",
    sources=(
        "Why social media fails, Web 2.0 Expo panel (2009)",
        "Forrester's POST method (Bernoff and Li, 2007)",
    ),
)
def balance(playbook: Playbook) -> Iterator[Issue]:
    """OBJ-BALANCE: Business and community objectives out of balance."""
    items = playbook.objectives.items
    business = sum(1 for o in items if o.kind is ObjectiveKind.BUSINESS)
    community = len(items) - business
    if not items:
        yield Issue(
            "objectives.items",
            _("Add business and community objectives, in equal counts, in Objectives."),
        )
    elif business != community:
        gap = abs(business - community)
        add = (
            ngettext("%(count)s community objective", "%(count)s community objectives", gap)
            if community < business
            else ngettext("%(count)s business objective", "%(count)s business objectives", gap)
        ) % {"count": gap}
        yield Issue(
            "objectives.items",
            _(
                "There are %(business)s business and %(community)s community objectives; add %(add)s in "
                "Objectives so the counts match."
            )
            % {"business": business, "community": community, "add": add},
        )


@check(
    "OBJ-CAMPAIGN-ONLY",
    Severity.WARNING,
    "campaigns",
    "Only short-term campaign objectives",
    "The panel's second failure reason is the campaign mindset: social media is relationships and "
    "conversations that outlive any campaign, and advertising on social networks was called ineffective. When "
    "every objective is a short-term campaign, the community is abandoned when the campaign ends. Favour "
    "long-term objectives (Why social media fails, 2009).",
    sources=("Why social media fails, Web 2.0 Expo panel (2009)",),
)
def campaign_only(playbook: Playbook) -> Iterator[Issue]:
    """OBJ-CAMPAIGN-ONLY: Only short-term campaign objectives."""
    items = playbook.objectives.items
    if items and all(o.horizon is Horizon.CAMPAIGN for o in items):
        yield Issue(
            "objectives.items",
            _(
                "Every objective is a short-term campaign: add a long-term relationship objective in Objectives "
                "(horizon: long term)."
            ),
        )
