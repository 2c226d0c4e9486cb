"""Channel readiness: no channel goes live before the processes behind it exist."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from playbooks.checks import check
from playbooks.checks.context import Context, context
from playbooks.format.enums import ChannelState, QualificationMode, Role, Severity
from playbooks.format.findings import Issue
from playbooks.format.identity import item_name
from playbooks.format.language import gettext as _

if TYPE_CHECKING:
    from playbooks.format.model import Certification, Channel, Person, Playbook

_REALTIME_PLATFORMS = frozenset({"x", "twitter", "x/twitter", "twitter/x", "x (twitter)", "twitter (x)"})


def certification_current(cert: Certification, validity_months: int | None, today: dt.date) -> bool:
    """Whether a certification is still valid today (its expiry, else its module's validity)."""
    if cert.expires is not None:
        return cert.expires >= today
    if validity_months is not None:
        months = cert.obtained.year * 12 + cert.obtained.month - 1 + validity_months
        year, month = divmod(months, 12)
        return (year, month + 1, cert.obtained.day) >= (today.year, today.month, today.day)
    return True


def experience_qualifies(playbook: Playbook, person: Person) -> bool:
    """Whether proven experience stands in for certification (the article's certification debate)."""
    training = playbook.training
    return (
        training.qualification_mode is not QualificationMode.CERTIFICATION
        and training.minimum_experience_years is not None
        and person.experience_years is not None
        and person.experience_years >= training.minimum_experience_years
    )


def _training_gap(ctx: Context, channel: Channel) -> str | None:
    owner = ctx.people.get(channel.owner or "")
    if owner is None:
        return None  # the missing owner is reported on its own
    playbook = ctx.playbook
    if experience_qualifies(playbook, owner):
        return None
    modules = {m.id: m for m in playbook.training.modules}
    required = list(dict.fromkeys([*channel.training, *(m.id for m in modules.values() if m.required_for_access)]))
    if not required:
        return _("list the training its owner must hold")
    held = {c.training: c for c in owner.certifications}
    lacking = []
    for module_id in required:
        module = modules.get(module_id)
        cert = held.get(module_id)
        validity = module.validity_months if module is not None else None
        if cert is None or not certification_current(cert, validity, ctx.today):
            lacking.append(module.title if module is not None else module_id)
    if lacking:
        return _("the owner %(person)s needs a current certification in %(modules)s") % {
            "person": owner.name,
            "modules": ", ".join(lacking),
        }
    return None


def _qualified(ctx: Context, person_id: str) -> bool:
    person = ctx.people.get(person_id)
    return person is not None and Role.QUALIFIED_APPROVER in person.roles


@check(
    "CHAN-NOT-READY",
    Severity.ERROR,
    "channels",
    "Active channel with unmet prerequisites",
    "The panel warned against opening channels before the processes behind them exist, and Altimeter's "
    "Social Business Readiness (2011) found that 76% of social media crises could have been diminished or "
    "averted with internal investment first. A channel may be active only with an owner and a backup, a "
    "response time, monitoring, an approval route and trained staff (Intel, Coca-Cola, US Army registration). "
    "Where a financial preset applies, FINRA Regulatory Notices 10-06 and 17-18 require capture and retention "
    "before use, and RN 11-39 a principal's approval of each account before business use. Where the German "
    "works-council preset applies, a page whose comment function can monitor employees needs the works "
    "council's agreement first (BAG 1 ABR 7/15, 2016).",
    sources=(
        "Why social media fails, Web 2.0 Expo panel (2009)",
        "Altimeter, Social Business Readiness (2011)",
        "FINRA Regulatory Notices 10-06, 11-39 and 17-18",
        "BAG 1 ABR 7/15 (German Federal Labour Court, 2016)",
    ),
    reads=lambda preset: preset.financial or preset.regime == "DE-BETRVG",
)
def not_ready(playbook: Playbook) -> Iterator[Issue]:
    """CHAN-NOT-READY: Active channel with unmet prerequisites."""
    ctx = context(playbook)
    financial = ctx.combination.financial
    # Name the preset that asks for the gate where it applies (RN 10-06/17-18, RN 11-39).
    archive_driver = "FINRA-RETAIN-FIRST" if "FINRA-RETAIN-FIRST" in ctx.preset_ids else financial
    approval_driver = "FINRA-SITE-GATE" if "FINRA-SITE-GATE" in ctx.preset_ids else financial
    works_council = "DE-BETRVG-87" in ctx.preset_ids
    site_gate = "FINRA-SITE-GATE" in ctx.preset_ids
    by_id = {c.id: c for c in playbook.channels.accounts}
    for i, channel in enumerate(playbook.channels.accounts):
        if channel.state is not ChannelState.ACTIVE:
            continue
        gaps: list[tuple[str, str]] = []
        if channel.owner is None:
            gaps.append(("owner", _("name an owner")))
        if channel.backup is None:
            gaps.append(("backup", _("name a backup")))
        if channel.response_sla_hours is None:
            gaps.append(("response_sla_hours", _("set a response SLA")))
        if channel.monitored is None:
            gaps.append(("monitored", _("record whether it is monitored (not set)")))
        elif not channel.monitored:
            gaps.append(("monitored", _("monitor it")))
        if not channel.approval_route.strip() and not ctx.covered(channel):
            gaps.append(("approval_route", _("give it an approval route (or a content rule that covers it)")))
        training = _training_gap(ctx, channel)
        if training is not None:
            gaps.append(("training", training))
        if financial is not None:
            if not channel.archive_connected:
                connect = (
                    _("record whether it is connected to the archive (%(preset)s)")
                    if channel.archive_connected is None
                    else _("connect it to the archive (%(preset)s)")
                )
                gaps.append(("archive_connected", connect % {"preset": archive_driver}))
            if channel.account_approval is None:
                gaps.append(
                    ("account_approval", _("record the account's approval (%(preset)s)") % {"preset": approval_driver})
                )
            elif site_gate and not _qualified(ctx, channel.account_approval.approver):
                gaps.append(
                    (
                        "account_approval",
                        _("have a qualified approver (registered principal) approve it (%(preset)s)")
                        % {"preset": "FINRA-SITE-GATE"},
                    )
                )
        gaps.extend(_own_gates(playbook, channel, by_id))
        if (
            works_council
            and not playbook.privacy.works_council_agreements
            and any(f.enabled and "comment" in f.name.lower() for f in channel.features)
        ):
            gaps.append(
                (
                    "features",
                    _("agree its comment function with the works council first (%(preset)s)")
                    % {"preset": "DE-BETRVG-87"},
                )
            )
        if gaps:
            yield Issue(
                f"channels.accounts[{i}].{gaps[0][0]}",
                _(
                    "%(channel)s is active but not ready: %(gaps)s. Complete it in Channels > Accounts, or set it "
                    "back to piloting."
                )
                % {"channel": item_name(channel), "gaps": "; ".join(g for _field, g in gaps)},
            )


def _own_gates(playbook: Playbook, channel: Channel, by_id: dict[str, Channel]) -> list[tuple[str, str]]:
    """The organisation's own gates an active channel has not passed, and the channels it opens
    after that are not active yet: gaps like the built-in ones."""
    gaps: list[tuple[str, str]] = []
    for gate in playbook.channels.gates:
        if gate.id not in channel.gates_met:
            gaps.append(("gates_met", _("meet the gate '%(gate)s'") % {"gate": gate.title}))
    for own in channel.gates:
        if not own.met:
            gaps.append(("gates", _("meet its gate '%(gate)s'") % {"gate": own.title}))
    for required in channel.requires:
        first = by_id.get(required)
        if first is not None and first.state is not ChannelState.ACTIVE:
            gaps.append(("requires", _("open %(channel)s first") % {"channel": item_name(first)}))
    return gaps


#: Longer circles of channels are named by their first three and last two channels.
_CIRCLE_SHOWN = 8


@check(
    "CHAN-PREREQ-CYCLE",
    Severity.ERROR,
    "channels",
    "Channels that wait for each other",
    "The panel warned against opening channels before the processes behind them exist, and Altimeter's "
    "Social Business Readiness (2011) orders the steps: governance first, then the channels that depend on "
    "it. Real policies write their own order of opening ('Facebook and Twitter only after an approved "
    "LinkedIn profile'). Channels that wait for each other in a circle can never open: one of the "
    "prerequisites is a mistake.",
    sources=(
        "Why social media fails, Web 2.0 Expo panel (2009)",
        "Altimeter, Social Business Readiness (2011)",
    ),
)
def prerequisite_cycle(playbook: Playbook) -> Iterator[Issue]:
    """CHAN-PREREQ-CYCLE: Channels that wait for each other."""
    accounts = playbook.channels.accounts
    index = {c.id: i for i, c in enumerate(accounts)}
    for circle in prerequisite_cycles(accounts):
        names = [item_name(accounts[index[ident]]) for ident in circle]
        if len(names) > _CIRCLE_SHOWN:
            # a circle of thousands stays one readable line: where it starts, how long, how it closes
            names = [*names[:3], _("… %(count)s more …") % {"count": f"{len(names) - 5:,}"}, *names[-2:]]
        chain = _(" opens after ").join([*names, names[0]])
        yield Issue(
            f"channels.accounts[{index[circle[0]]}].requires",
            _("%(chain)s: none of them can ever open. Remove one of these prerequisites in Channels > Accounts.")
            % {"chain": chain},
        )


def prerequisite_cycles(accounts: list[Channel]) -> list[list[str]]:
    """Every circle of channels that wait for each other (by id), each once, starting at the channel
    that comes first in the register."""
    requires = {c.id: [r for r in c.requires] for c in accounts}
    order = {c.id: i for i, c in enumerate(accounts)}
    found: list[list[str]] = []
    seen: set[frozenset[str]] = set()
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    # depth-first without recursion: a chain of thousands of channels exceeds Python's stack
    for channel in accounts:
        if channel.id in state:
            continue
        path: list[str] = [channel.id]
        at = {channel.id: 0}  # where each channel on the path stands in it
        state[channel.id] = 1
        todo = [iter(requires[channel.id])]
        while todo:
            nxt = next(todo[-1], None)
            if nxt is None:
                todo.pop()
                done = path.pop()
                del at[done]
                state[done] = 2
            elif nxt not in requires:
                continue
            elif state.get(nxt) == 1:
                circle = path[at[nxt] :]
                if frozenset(circle) not in seen:
                    seen.add(frozenset(circle))
                    start = min(range(len(circle)), key=lambda k: order[circle[k]])
                    found.append(circle[start:] + circle[:start])
            elif state.get(nxt) is None:
                state[nxt] = 1
                at[nxt] = len(path)
                path.append(nxt)
                todo.append(iter(requires[nxt]))
    return found


def is_realtime(channel: Channel) -> bool:
    """X/Twitter, live video and the like: channels where conversation happens in real time."""
    if channel.realtime or channel.platform.strip().lower() in _REALTIME_PLATFORMS:
        return True
    return any(f.enabled and "live" in f.name.lower() for f in channel.features)


@check(
    "CHAN-REALTIME-FIRST",
    Severity.WARNING,
    "channels",
    "Real-time channel before an engagement process",
    "The panel's advice: do not start on Twitter before engagement processes exist. Real-time channels "
    "(X/Twitter, live video) put the firm in conversations that need answers within minutes; Altimeter's "
    "hierarchy of needs puts governance and a crisis process before real-time engagement (Social Business "
    "Readiness, 2011).",
    sources=(
        "Why social media fails, Web 2.0 Expo panel (2009)",
        "Altimeter, Social Business Readiness (2011)",
    ),
)
def realtime_first(playbook: Playbook) -> Iterator[Issue]:
    """CHAN-REALTIME-FIRST: Real-time channel before an engagement process."""
    has_process = bool(playbook.channels.engagement_process.strip())
    has_escalation = bool(playbook.crisis.levels)
    if has_process and has_escalation:
        return
    for channel in playbook.channels.accounts:
        if channel.state is ChannelState.ACTIVE and is_realtime(channel):
            if not has_process:
                yield Issue(
                    "channels.engagement_process",
                    _(
                        "%(channel)s is a real-time channel: describe how the team engages and escalates in "
                        "Channels > Engagement process before it goes live."
                    )
                    % {"channel": item_name(channel)},
                )
            else:
                yield Issue(
                    "crisis.levels",
                    _(
                        "%(channel)s is a real-time channel: define escalation levels in Crisis and escalation "
                        "before it goes live."
                    )
                    % {"channel": item_name(channel)},
                )


@check(
    "CHAN-LISTEN-NO-ACTION",
    Severity.WARNING,
    "channels",
    "Listening with no one charged with acting",
    "The panel: intelligence gathered by listening is useless unless someone is charged with acting on it. "
    "A listening stream without a named person produces reports nobody reads (Why social media fails, 2009).",
    sources=("Why social media fails, Web 2.0 Expo panel (2009)",),
)
def listen_no_action(playbook: Playbook) -> Iterator[Issue]:
    """CHAN-LISTEN-NO-ACTION: Listening with no one charged with acting."""
    for i, stream in enumerate(playbook.channels.listening):
        if stream.acted_on_by is None:
            yield Issue(
                f"channels.listening[{i}].acted_on_by",
                _("Name who acts on the listening stream '%(topic)s' in Channels > Listening streams.")
                % {"topic": stream.topic},
            )


@check(
    "CHAN-STALE",
    Severity.WARNING,
    "channels",
    "Active channel gone quiet",
    "An abandoned official account misleads the public and invites impersonation; the US Army's registration "
    "checklist requires recent activity (posts not older than a month) and Altimeter counted an average of "
    "178 corporate-owned accounts per enterprise, many unmanaged. A channel whose last activity is older than "
    "its freshness threshold should post again, be paused or be retired.",
    sources=(
        "US Army social media registration checklist",
        "Altimeter, Social Business Readiness (2011)",
    ),
)
def stale(playbook: Playbook) -> Iterator[Issue]:
    """CHAN-STALE: Active channel gone quiet."""
    today = context(playbook).today
    for i, channel in enumerate(playbook.channels.accounts):
        # the channel's own threshold, else the policy-wide one
        threshold = channel.freshness_days or playbook.channels.freshness_days
        if (
            channel.state is ChannelState.ACTIVE
            and channel.last_activity is not None
            and threshold is not None
            and (today - channel.last_activity).days > threshold
        ):
            days = (today - channel.last_activity).days
            yield Issue(
                f"channels.accounts[{i}].last_activity",
                _(
                    "%(channel)s has been quiet for %(days)s days (threshold %(threshold)s): post, pause or retire "
                    "it, and update Last activity."
                )
                % {"channel": item_name(channel), "days": days, "threshold": threshold},
            )
