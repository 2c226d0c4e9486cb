"""Culture: executive buy-in, shared responsibility, the organisation model, pairing.

The first failure reason of the 2009 Web 2.0 Expo panel "Why social media fails": the
culture does not adopt. These checks read People and Governance.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from playbooks.checks import check
from playbooks.checks.context import context
from playbooks.format.enums import ChannelState, Function, GovernanceModel, Role, Seniority, Severity, label
from playbooks.format.findings import Issue
from playbooks.format.identity import Names
from playbooks.format.language import gettext as _
from playbooks.format.language import in_sentence, ngettext

if TYPE_CHECKING:
    from playbooks.format.model import Playbook

#: The organisation models that need spokes (GOV-MODEL-SHAPE; the new-playbook wizard asks for them).
HUB_MODELS = (GovernanceModel.HUB_AND_SPOKE, GovernanceModel.DANDELION)
_PRACTITIONER_ROLES = frozenset(
    {Role.PRACTITIONER, Role.COMMUNITY_MANAGER, Role.ACCOUNT_OWNER, Role.SPOKESPERSON, Role.ADVOCATE}
)


def _name(playbook: Playbook, party: str | None) -> str:
    return Names(playbook).ref("parties", party) if party else str(party)


@check(
    "GOV-CHAMPION-MISSING",
    Severity.ERROR,
    "culture",
    "No executive champion",
    "The 2009 Web 2.0 Expo panel 'Why social media fails' named the first reason programmes fail: the culture "
    "does not adopt because no executive buys in. A named executive champion gives the programme authority, "
    "budget and a place in corporate priorities; without one, social media stays a side project of whoever "
    "started it.",
    sources=("Why social media fails, Web 2.0 Expo panel (2009)",),
)
def champion_missing(playbook: Playbook) -> Iterator[Issue]:
    """GOV-CHAMPION-MISSING: No executive champion."""
    if not playbook.people.champions:
        yield Issue("people.champions", _("Name an executive champion in People > Executive champions."))


@check(
    "GOV-CHAMPION-GOAL",
    Severity.WARNING,
    "culture",
    "Champion's sponsorship not tied to a corporate goal",
    "The panel's 'sweet spot': executive sponsorship works when it is tied to a corporate, financial goal the "
    "executive already answers for. A champion without such a goal sponsors in name only and drops the "
    "programme when priorities shift (Why social media fails, 2009; Altimeter, Social Business Governance, 2014).",
    sources=(
        "Why social media fails, Web 2.0 Expo panel (2009)",
        "Altimeter, Social Business Governance (2014)",
    ),
)
def champion_goal(playbook: Playbook) -> Iterator[Issue]:
    """GOV-CHAMPION-GOAL: Champion's sponsorship not tied to a corporate goal."""
    for i, champion in enumerate(playbook.people.champions):
        if not champion.sponsored_goal.strip():
            yield Issue(
                f"people.champions[{i}].sponsored_goal",
                _(
                    "Tie the sponsorship of %(person)s to a corporate goal in "
                    "People > Executive champions > Sponsored corporate goal."
                )
                % {"person": _name(playbook, champion.person)},
            )


@check(
    "GOV-SINGLE-OWNER",
    Severity.WARNING,
    "culture",
    "One person owns too much",
    "The panel called a single 'Chief Social Officer' who owns everything dangerous: responsibility for social "
    "media must be shared across functions, or the programme stalls when that person is busy, leaves or errs. "
    "The check fires when one person is accountable for more than half of the decision rights, or owns every "
    "active channel (Why social media fails, 2009; Altimeter, Social Business Readiness, 2011).",
    sources=(
        "Why social media fails, Web 2.0 Expo panel (2009)",
        "Altimeter, Social Business Readiness (2011)",
    ),
)
def single_owner(playbook: Playbook) -> Iterator[Issue]:
    """GOV-SINGLE-OWNER: One person owns too much."""
    rights = playbook.governance.decision_rights
    accountable = Counter(r.accountable for r in rights if r.accountable)
    if len(rights) >= 2 and accountable:
        person, count = accountable.most_common(1)[0]
        if count * 2 > len(rights):
            yield Issue(
                "governance.decision_rights",
                _(
                    "%(person)s is accountable for %(count)s of %(total)s decision rights; "
                    "share them across the hub in Governance > Decision rights."
                )
                % {"person": _name(playbook, person), "count": count, "total": len(rights)},
            )
    active = [c for c in playbook.channels.accounts if c.state is ChannelState.ACTIVE]
    owners = {c.owner for c in active}
    if len(active) >= 2 and len(owners) == 1 and None not in owners:
        yield Issue(
            "channels.accounts",
            _("%(person)s owns every active channel; give channels other owners in Channels > Accounts.")
            % {"person": _name(playbook, next(iter(owners)))},
        )


@check(
    "GOV-HUB-NARROW",
    Severity.WARNING,
    "culture",
    "Hub too narrow",
    "A hub-and-spoke (or dandelion) model works only when the hub is cross-functional: Forrester and Altimeter "
    "describe it as a team that pools legal, compliance, HR, marketing, customer service and IT so that spokes "
    "get one answer. FFIEC guidance (2013) expects the same cross-functional participation. A hub of fewer than "
    "three functions, or without legal or compliance, cannot settle the questions spokes bring it.",
    sources=(
        "Forrester and Altimeter on the hub-and-spoke model",
        "FFIEC, Social Media: Consumer Compliance Risk Management Guidance (2013)",
    ),
    reads=lambda preset: preset.regime == "FFIEC",
)
def hub_narrow(playbook: Playbook) -> Iterator[Issue]:
    """GOV-HUB-NARROW: Hub too narrow."""
    governance = playbook.governance
    if governance.model not in HUB_MODELS:
        return
    people = context(playbook).people
    functions = {people[m].function for m in governance.hub.members if m in people}
    functions.discard(Function.OTHER)
    functions.discard(None)  # a member whose function is not set spans none
    if not governance.hub.members:
        yield Issue(
            "governance.hub.members",
            _(
                "Name the hub's members in Governance > Hub > Members: at least three functions, including legal "
                "or compliance."
            ),
        )
        return
    missing: list[str] = []
    if len(functions) < 3:
        missing.append(
            ngettext(
                "it spans %(count)s function, at least 3 needed",
                "it spans %(count)s functions, at least 3 needed",
                len(functions),
            )
            % {"count": len(functions)}
        )
    if Function.LEGAL not in functions and Function.COMPLIANCE not in functions:
        missing.append(_("it has no legal or compliance member"))
    if missing:
        yield Issue(
            "governance.hub.members",
            _("Widen the hub in Governance > Hub > Members: %(gaps)s.") % {"gaps": "; ".join(missing)},
        )


@check(
    "GOV-MODEL-SHAPE",
    Severity.ERROR,
    "culture",
    "Organisation model and structure disagree",
    "The panel described three shapes: the tire (organic, from the edges, uncoordinated), the tower "
    "(centralized, top-down, at risk of sounding inauthentic) and hub and spoke (a cross-functional hub "
    "coordinates, spokes act; recommended). Altimeter (Owyang, 2010) added dandelion and honeycomb. A hub-and-"
    "spoke or dandelion playbook with no spokes is not that model (error); an organic model across several "
    "units needs a stated way to coordinate (warning); a centralized model should plan for authenticity (info).",
    sources=(
        "Why social media fails, Web 2.0 Expo panel (2009)",
        "Altimeter, The Five Ways Companies Organise for Social Business (Owyang, 2010)",
    ),
)
def model_shape(playbook: Playbook) -> Iterator[Issue]:
    """GOV-MODEL-SHAPE: Organisation model and structure disagree."""
    governance = playbook.governance
    if governance.model is None:
        yield Issue(
            "governance.model",
            _(
                "The governance model is not set: choose how social media is organised in Governance > Governance model."
            ),
            severity=Severity.INFO,
        )
    elif governance.model in HUB_MODELS and not governance.spokes:
        yield Issue(
            "governance.spokes",
            _(
                "Add the spokes (regions, business units or brands) in Governance > Spokes, or choose another "
                "model than %(model)s."
            )
            % {"model": in_sentence(label(governance.model))},
        )
    elif (
        governance.model is GovernanceModel.ORGANIC
        and (governance.units or 0) > 1
        and not governance.coordination.strip()
    ):
        yield Issue(
            "governance.coordination",
            _("Describe how the %(count)s units coordinate in Governance > Coordination, or move to hub and spoke.")
            % {"count": governance.units},
            severity=Severity.WARNING,
        )
    elif governance.model is GovernanceModel.CENTRALIZED:
        yield Issue(
            "governance.model",
            _(
                "A centralized (tower) model risks sounding inauthentic: say in Governance > Rationale how experts "
                "outside the central team get a voice."
            ),
            severity=Severity.INFO,
        )


@check(
    "GOV-PAIRING",
    Severity.INFO,
    "culture",
    "Only junior practitioners and no mentoring",
    "The panel warned that social media is not an intern's job: pair experienced marketers, who know the brand "
    "and the business, with digital natives, who know the medium. When every practitioner is junior and no "
    "mentoring pair exists, nobody on the front line has the judgement the brand needs (Why social media "
    "fails, 2009).",
    sources=("Why social media fails, Web 2.0 Expo panel (2009)",),
)
def pairing(playbook: Playbook) -> Iterator[Issue]:
    """GOV-PAIRING: Only junior practitioners and no mentoring."""
    practitioners = [p for p in playbook.people.people if _PRACTITIONER_ROLES.intersection(p.roles)]
    if (
        practitioners
        and all(p.seniority is Seniority.JUNIOR for p in practitioners)
        and not playbook.people.mentoring_pairs
    ):
        yield Issue(
            "people.mentoring_pairs",
            _("All practitioners are junior: pair each with an experienced marketer in People > Mentoring pairs."),
        )
