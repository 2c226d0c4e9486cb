"""Compliance: the playbook against the regulatory presets it applies.

Regulated industries face liability, so experiment within the rules (the 2009 panel). These
checks read the applied presets (``regulatory.presets``), their strictest combination
(:mod:`playbooks.presets.combine`), the record classes, content rules, channels, conduct
clauses and privacy section.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterator
from enum import StrEnum
from typing import TYPE_CHECKING

from playbooks.checks import check
from playbooks.checks.context import context
from playbooks.format import language
from playbooks.format.enums import (
    APPROVED_BEFORE,
    INTERACTIVE_CLASSES,
    ApprovalMode,
    Audience,
    ChannelState,
    ClauseKind,
    ContentClass,
    DisclosurePlacement,
    LabourReview,
    Severity,
    StorageMode,
    english_label,
)
from playbooks.format.findings import Issue
from playbooks.format.identity import Names, item_name
from playbooks.format.language import gettext as _
from playbooks.format.language import in_sentence, ngettext
from playbooks.format.references import built_in_of
from playbooks.presets import RegulatoryPreset, load_presets
from playbooks.presets.combine import PARAMETER, Combination, Driven, combine, wording

if TYPE_CHECKING:
    from playbooks.format.model import Playbook

_STATIC_CLASSES = (ContentClass.STATIC_PROFILE, ContentClass.ARTICLE, ContentClass.AD)
_US_NAMES = frozenset({"us", "usa", "u.s.", "u.s.a.", "united states", "united states of america"})
# Clause kinds that are not work rules imposed on employees (NLRA Section 7 concerns rules).
_NOT_WORK_RULES = frozenset({ClauseKind.DEFINITION, ClauseKind.CROSS_REFERENCE, ClauseKind.COMMITMENT})


def _years(value: float) -> str:
    """'7 years', '7 Jahre' (the language in force)."""
    return ngettext("%(n)s year", "%(n)s years", value) % {"n": language.number(value)}


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"cannot add {months} months to {day}")  # unreachable for valid dates


@check(
    "COMP-RETENTION-SHORT",
    Severity.ERROR,
    "compliance",
    "Retention shorter than the strictest applicable preset",
    "Where several regimes apply, records must meet the strictest: SEC Rule 17a-4(b)(4) keeps broker-dealer "
    "communications 3 years (2 easily accessible), Rule 17a-4(a) and FINRA Rule 4511(b) 6 years for records "
    "with no stated period, Advisers Act Rule 204-2 5 years from the end of the fiscal year (2 in an "
    "appropriate office), HIPAA 164.316(b)(2) and 164.530(j) 6 years from the last effective date. FINRA "
    "Regulatory Notices 10-06 and 17-18 make retention a precondition of using social media at all. A record "
    "class may name its governing presets; otherwise it must meet the strictest retention of every applied "
    "preset.",
    sources=(
        "SEC Rule 17a-4(a) and (b)(4)",
        "FINRA Rule 4511(b)",
        "Advisers Act Rule 204-2",
        "HIPAA, 45 CFR 164.316(b)(2) and 164.530(j)",
        "FINRA Regulatory Notices 10-06 and 17-18",
    ),
    reads=lambda preset: preset.retention_years is not None,
)
def retention_short(playbook: Playbook) -> Iterator[Issue]:
    """COMP-RETENTION-SHORT: Retention shorter than the strictest applicable preset."""
    ctx = context(playbook)
    combination = ctx.combination
    for looser in combination.looser_parameters:
        if looser.field in ("retention_years", "accessible_years") and looser.preset not in combination.retention_caps:
            yield Issue(
                f"regulatory.presets[{looser.index}].parameters.{looser.field}",
                (
                    _(
                        "The retention set for %(preset)s (%(set)s) is shorter than the preset's %(needed)s: raise it or clear it."
                    )
                    if looser.field == "retention_years"
                    else _(
                        "The easily accessible period set for %(preset)s (%(set)s) is shorter than the preset's "
                        "%(needed)s: raise it or clear it."
                    )
                )
                % {
                    "preset": looser.preset,
                    "set": _years(looser.playbook_value),
                    "needed": _years(looser.preset_value),
                },
            )
    classes = playbook.records.record_classes
    if not classes:
        if combination.retention_years is not None:
            yield Issue(
                "records.record_classes",
                _(
                    "Add a record class for social media records kept at least %(years)s (%(preset)s) in "
                    "Recordkeeping > Record classes."
                )
                % {"years": _years(combination.retention_years.value), "preset": combination.retention_years.because()},
            )
        return
    scoped: dict[tuple[str, ...], Combination] = {}
    for i, record in enumerate(classes):
        target = combination
        if record.presets:
            key = tuple(record.presets)
            if key not in scoped:
                scoped[key] = combine([a for a in playbook.regulatory.presets if a.preset in record.presets])
            target = scoped[key]
        need = target.retention_years
        if need is not None and record.retention_years < need.value:
            yield Issue(
                f"records.record_classes[{i}].retention_years",
                _(
                    "Keep '%(record)s' at least %(years)s (%(preset)s); it keeps %(kept)s. Change it in "
                    "Recordkeeping > Record classes."
                )
                % {
                    "record": record.name,
                    "years": _years(need.value),
                    "preset": need.because(),
                    "kept": _years(record.retention_years),
                },
                cause=_parameter_path(playbook, need, "retention_years"),
            )
        access = target.accessible_years
        if access is not None and (record.accessible_years is None or record.accessible_years < access.value):
            now = _("not set") if record.accessible_years is None else _years(record.accessible_years)
            yield Issue(
                f"records.record_classes[{i}].accessible_years",
                _(
                    "Keep '%(record)s' easily accessible for at least %(years)s (%(preset)s); it is %(now)s. Change "
                    "it in Recordkeeping > Record classes."
                )
                % {"record": record.name, "years": _years(access.value), "preset": access.because(), "now": now},
                cause=_parameter_path(playbook, access, "accessible_years"),
            )


def _parameter_path(playbook: Playbook, driven: Driven[float], name: str) -> str:
    """The field path of the applied preset's parameter behind a value the playbook set (what a
    spoke changed, when a spoke did); empty when the value is the preset's own."""
    if driven.source != PARAMETER:
        return ""
    index = next((i for i, a in enumerate(playbook.regulatory.presets) if a.preset == driven.preset), None)
    return "" if index is None else f"regulatory.presets[{index}].parameters.{name}"


@check(
    "COMP-RETENTION-CAP",
    Severity.ERROR,
    "compliance",
    "Retention longer than a regime's maximum",
    "Privacy law caps how long personal data is kept: GDPR Article 5(1)(e) (storage limitation) and the "
    "Article 29 Working Party's Opinion 2/2017 on data processing at work ask for a maximum retention of "
    "monitoring data, not a minimum. A record class that names a capping preset (GDPR-MONITOR) must keep its "
    "records no longer than the shortest maximum the playbook sets for it: the preset's parameter or Privacy > "
    "Retention cap.",
    sources=("GDPR Article 5(1)(e) (storage limitation)", "UK GDPR Article 5(1)(e)"),
)
def retention_cap(playbook: Playbook) -> Iterator[Issue]:
    """COMP-RETENTION-CAP: Retention longer than a regime's maximum."""
    combination = context(playbook).combination
    caps = set(combination.retention_caps)
    for looser in combination.looser_parameters:
        if looser.field == "retention_years" and looser.preset in caps:
            yield Issue(
                f"regulatory.presets[{looser.index}].parameters.retention_years",
                _(
                    "The maximum retention set for %(preset)s (%(set)s) is longer than the preset's %(allowed)s: "
                    "lower it or clear it."
                )
                % {
                    "preset": looser.preset,
                    "set": _years(looser.playbook_value),
                    "allowed": _years(looser.preset_value),
                },
            )
    if not caps:
        return
    months = playbook.privacy.retention_cap_months
    for i, record in enumerate(playbook.records.record_classes):
        if not caps.intersection(record.presets):
            continue
        limits: list[tuple[float, str, str]] = []
        scoped = combine([a for a in playbook.regulatory.presets if a.preset in record.presets]).retention_cap
        if scoped is not None:
            limits.append((scoped.value, scoped.because(), _parameter_path(playbook, scoped, "retention_years")))
        if months is not None:
            limits.append((months / 12, _("Privacy > Retention cap"), "privacy.retention_cap_months"))
        if not limits:
            continue
        value, because, cause = min(limits, key=lambda limit: limit[0])
        if record.retention_years > value:
            yield Issue(
                f"records.record_classes[{i}].retention_years",
                _(
                    "Keep '%(record)s' at most %(years)s (%(preset)s); it keeps %(kept)s. Change it in "
                    "Recordkeeping > Record classes."
                )
                % {
                    "record": record.name,
                    "years": _years(value),
                    "preset": because,
                    "kept": _years(record.retention_years),
                },
                cause=cause,
            )


@check(
    "COMP-SURVEILLANCE-LEXICONS",
    Severity.ERROR,
    "compliance",
    "Surveillance relied on without a lexicon",
    "FINRA Rule 3110.06 allows risk-based post-review of interactive content only with surveillance and "
    "follow-up, and Regulatory Notice 10-06 expects firms to use lexicon-based or other surveillance of social "
    "media. A content rule that says surveillance is in place while no lexicon (with terms) scans its channels "
    "claims a control that does not exist. An error where a financial preset applies, a warning otherwise.",
    sources=("FINRA Regulatory Notice 17-18 (risk-based supervision of social media)", "FINRA Rule 3110 (supervision)"),
)
def surveillance_lexicons(playbook: Playbook) -> Iterator[Issue]:
    """COMP-SURVEILLANCE-LEXICONS: Surveillance relied on without a lexicon."""
    severity = Severity.ERROR if context(playbook).combination.financial is not None else Severity.WARNING
    lexicons = playbook.supervision.lexicons
    for i, rule in enumerate(playbook.content.rules):
        if not rule.surveillance:
            continue
        if any(
            lexicon.terms and (not lexicon.channels or not rule.channels or set(lexicon.channels) & set(rule.channels))
            for lexicon in lexicons
        ):
            continue  # a lexicon with terms scans the rule's channels
        yield Issue(
            "supervision.lexicons",
            (
                _(
                    "'%(rule)s' relies on surveillance, but no lexicon scans its channels: add one in Supervision > "
                    "Lexicons, or untick Surveillance in Content rules (and pre-review the content)."
                )
                if rule.channels
                else _(
                    "'%(rule)s' relies on surveillance, but no lexicon scans any channel: add one in Supervision > "
                    "Lexicons, or untick Surveillance in Content rules (and pre-review the content)."
                )
            )
            % {"rule": rule.title},
            severity=severity,
            cause=f"content.rules[{i}].surveillance",
        )


@check(
    "COMP-STORAGE-MODE",
    Severity.ERROR,
    "compliance",
    "Storage mode not accepted by a preset",
    "SEC Rule 17a-4(f), as amended in 2022 (effective 3 January 2023, compliance 3 May 2023), requires "
    "broker-dealers' electronic records to be kept either in WORM storage or in a system with a complete "
    "time-stamped audit trail of every modification and deletion that can re-create the original. A record "
    "class left at 'any' storage does not say which.",
    sources=("SEC Rule 17a-4(f), as amended in 2022",),
    reads=lambda preset: bool(preset.storage_modes),
)
def storage_mode(playbook: Playbook) -> Iterator[Issue]:
    """COMP-STORAGE-MODE: Storage mode not accepted by a preset."""
    modes = context(playbook).combination.storage_modes
    if modes is None:
        return
    accepted = _(" or ").join(wording(m) for m in modes.value) or _("a mode every preset accepts")
    for i, record in enumerate(playbook.records.record_classes):
        if record.storage_mode is StorageMode.ANY or record.storage_mode not in modes.value:
            yield Issue(
                f"records.record_classes[{i}].storage_mode",
                _("Store '%(record)s' as %(modes)s (%(preset)s) in Recordkeeping > Record classes.")
                % {"record": record.name, "modes": accepted, "preset": modes.because()},
            )


@check(
    "COMP-STATIC-PREAPPROVAL",
    Severity.ERROR,
    "compliance",
    "Static content not pre-approved by a qualified principal",
    "FINRA Rule 2210(b)(1)(A) and Regulatory Notice 10-06: static social content (profiles, bios, pinned or "
    "static posts, blog pages, ads) is a retail communication, which an appropriately qualified registered "
    "principal must approve before the earlier of first use or filing. Only interactive content is excepted "
    "(2210(b)(1)(D)).",
    sources=(
        "FINRA Rule 2210(b)(1)(A) and (D)",
        "FINRA Regulatory Notice 10-06",
    ),
    reads=lambda preset: preset.regime == "FINRA",
)
def static_preapproval(playbook: Playbook) -> Iterator[Issue]:
    """COMP-STATIC-PREAPPROVAL: Static content not pre-approved by a qualified principal."""
    ctx = context(playbook)
    finra = ctx.first_preset(regime="FINRA")
    if finra is None:
        return
    driver = "FINRA-STATIC" if "FINRA-STATIC" in ctx.preset_ids else finra.id
    has_static_rule = False
    for i, rule in enumerate(playbook.content.rules):
        kind = built_in_of(playbook, "content_classes", rule.content_class)
        if kind not in _STATIC_CLASSES:
            continue
        has_static_rule = has_static_rule or kind is ContentClass.STATIC_PROFILE
        if rule.approval not in APPROVED_BEFORE:
            set_it = (
                _(
                    "Its approval is not set: set '%(rule)s' (%(class)s) to pre-review by a registered principal "
                    "in Content rules (%(preset)s)."
                )
                if rule.approval is None
                else _(
                    "Set '%(rule)s' (%(class)s) to pre-review by a registered principal in Content rules (%(preset)s)."
                )
            )
            yield Issue(
                f"content.rules[{i}].approval",
                set_it
                % {
                    "rule": rule.title,
                    "class": in_sentence(Names(playbook).ref("content_classes", rule.content_class)),
                    "preset": driver,
                },
            )
        elif not rule.approver_qualified:
            yield Issue(
                f"content.rules[{i}].approver_qualified",
                _(
                    "Make the approver of '%(rule)s' a qualified registered principal and tick Approver qualified in "
                    "Content rules (%(preset)s)."
                )
                % {"rule": rule.title, "preset": driver},
            )
    if not has_static_rule:
        yield Issue(
            "content.rules",
            _(
                "Add a content rule for static profiles with pre-review by a qualified registered principal "
                "(%(preset)s) in Content rules."
            )
            % {"preset": driver},
        )


@check(
    "COMP-POSTREVIEW-CONTROLS",
    Severity.ERROR,
    "compliance",
    "Post-review without training, documentation and surveillance",
    "FINRA Rule 3110.06 allows risk-based post-review of correspondence, including interactive social content "
    "(Rule 2210(b)(1)(D), Regulatory Notice 10-06), only with (1) education and training, (2) documentation "
    "of that training and of the procedures, and (3) surveillance and follow-up. Evidence of review must name "
    "reviewer, item, date and action (3110.07). An error where a financial preset applies, a warning otherwise.",
    sources=(
        "FINRA Rule 3110.06 and 3110.07",
        "FINRA Rule 2210(b)(1)(D)",
        "FINRA Regulatory Notice 10-06",
    ),
    reads=lambda preset: preset.financial,
)
def postreview_controls(playbook: Playbook) -> Iterator[Issue]:
    """COMP-POSTREVIEW-CONTROLS: Post-review without training, documentation and surveillance."""
    ctx = context(playbook)
    financial = ctx.combination.financial
    severity = Severity.ERROR if financial is not None else Severity.WARNING
    finra = ctx.first_preset(regime="FINRA")
    if "FINRA-INTERACTIVE" in ctx.preset_ids:
        because = " (FINRA-INTERACTIVE, FINRA Rule 3110.06)"
    elif finra is not None:
        because = f" ({finra.id}, FINRA Rule 3110.06)"
    elif financial is not None:
        because = f" ({financial})"
    else:
        because = ""
    for i, rule in enumerate(playbook.content.rules):
        interactive = built_in_of(playbook, "content_classes", rule.content_class) in INTERACTIVE_CLASSES
        if not interactive or rule.approval is not ApprovalMode.POST_REVIEW:
            continue
        missing = [
            (name, text)
            for name, text, present in (
                (
                    "training_documented",
                    _("document the reviewers' training (Training documented)"),
                    rule.training_documented,
                ),
                ("documentation", _("write down the review procedures (Procedures documented)"), rule.documentation),
                ("surveillance", _("put surveillance in place (Surveillance)"), rule.surveillance),
            )
            if not present
        ]
        if missing:
            yield Issue(
                f"content.rules[{i}].{missing[0][0]}",
                _("'%(rule)s' is post-reviewed: %(gaps)s%(because)s; or pre-review it. Change it in Content rules.")
                % {"rule": rule.title, "gaps": "; ".join(t for _field, t in missing), "because": because},
                severity=severity,
            )


@check(
    "COMP-DISCLOSURE-LINK-ONLY",
    Severity.WARNING,
    "compliance",
    "Testimonial disclosures only behind a link",
    "The SEC Marketing Rule (Advisers Act Rule 206(4)-1(b), compliance date 4 November 2022) requires clear and "
    "prominent disclosure of client status, compensation and conflicts at the time a testimonial or "
    "endorsement is disseminated. SEC examination findings reported that hyperlinked or smaller, lighter-font "
    "disclosures failed the clear-and-prominent test.",
    sources=(
        "SEC Marketing Rule, Advisers Act Rule 206(4)-1(b)",
        "SEC Division of Examinations, Marketing Rule observations",
    ),
    reads=lambda preset: preset.id == "SEC-MKT-TESTIMONIAL",
)
def disclosure_link_only(playbook: Playbook) -> Iterator[Issue]:
    """COMP-DISCLOSURE-LINK-ONLY: Testimonial disclosures only behind a link."""
    if "SEC-MKT-TESTIMONIAL" not in context(playbook).preset_ids:
        return
    for i, rule in enumerate(playbook.content.rules):
        if built_in_of(playbook, "content_classes", rule.content_class) is not ContentClass.TESTIMONIAL:
            continue
        if not rule.disclosures:
            yield Issue(
                f"content.rules[{i}].disclosures",
                _(
                    "Add the testimonial disclosures (client status, compensation, conflicts) inline to '%(rule)s' "
                    "(%(preset)s)."
                )
                % {"rule": rule.title, "preset": "SEC-MKT-TESTIMONIAL"},
            )
        elif all(d.placement is DisclosurePlacement.LINK for d in rule.disclosures):
            yield Issue(
                f"content.rules[{i}].disclosures",
                _(
                    "Place the disclosures of '%(rule)s' inline or in the same message, not only behind a link "
                    "(%(preset)s)."
                )
                % {"rule": rule.title, "preset": "SEC-MKT-TESTIMONIAL"},
            )


@check(
    "COMP-SELF-APPROVAL",
    Severity.ERROR,
    "compliance",
    "An author may approve their own content",
    "Approval means a second person: FINRA Rule 2210(b)(1) requires approval by a registered principal and "
    "Rule 3110.07 evidence of who reviewed what, and the supervision products regulated firms use block "
    "self-approval. An approval route that lets authors approve their own content, or a playbook signed off "
    "by its own author, leaves no independent review.",
    sources=(
        "FINRA Rule 2210(b)(1)",
        "FINRA Rule 3110.07",
    ),
)
def self_approval(playbook: Playbook) -> Iterator[Issue]:
    """COMP-SELF-APPROVAL: An author may approve their own content."""
    for i, rule in enumerate(playbook.content.rules):
        if rule.author_may_approve and rule.approval is not ApprovalMode.NONE:
            yield Issue(
                f"content.rules[{i}].author_may_approve",
                _("Untick Author may approve on '%(rule)s' in Content rules: a second person must approve.")
                % {"rule": rule.title},
            )
    document = playbook.document
    if document.self_approval_allowed:
        yield Issue(
            "document.self_approval_allowed",
            _(
                "Turn off Self-approval allowed in Document control: the playbook needs an approver who is not "
                "its author."
            ),
        )
        return
    people = context(playbook).people
    authors = {people[a].name.strip().lower() for a in document.authors if a in people}
    for i, sign_off in enumerate(document.sign_offs):
        if sign_off.approver.strip().lower() in authors:
            yield Issue(
                f"document.sign_offs[{i}].approver",
                _("%(approver)s wrote this playbook and cannot approve it: have someone else sign off.")
                % {"approver": sign_off.approver},
            )


@check(
    "COMP-CHAR-LIMIT",
    Severity.WARNING,
    "compliance",
    "Character-limited channel without risk information in each message",
    "FDA's draft guidance on platforms with character space limitations (June 2014) asks for benefit claims "
    "and at least the most serious risks in the same message, or not using the platform; the FCA's FG24/1 "
    "(2024, replacing FG15/4) requires each promotion to be compliant on its own, with risk warnings as "
    "prominent as benefits, and asks whether a space-limited platform suits the product at all.",
    sources=(
        "FDA draft guidance, Internet/Social Media Platforms with Character Space Limitations (June 2014)",
        "FCA FG24/1, Finalised guidance on financial promotions on social media (2024)",
    ),
    reads=lambda preset: preset.regime in ("FDA", "FCA"),
)
def char_limit(playbook: Playbook) -> Iterator[Issue]:
    """COMP-CHAR-LIMIT: Character-limited channel without risk information in each message."""
    ctx = context(playbook)
    driver = ctx.combination.risk_info_each_message
    if driver is None:
        return
    for i, channel in enumerate(playbook.channels.accounts):
        if channel.character_limit is None or channel.state is ChannelState.RETIRED:
            continue
        if not ctx.any_rule(channel, "risk_info_each_message"):
            name = item_name(channel)
            yield Issue(
                f"channels.accounts[{i}].character_limit",
                _(
                    "%(channel)s limits messages to %(limit)s characters: add a content rule for it that puts the "
                    "risk information in each message (%(preset)s), or do not promote on it."
                )
                % {"channel": name, "limit": channel.character_limit, "preset": driver},
            )


@check(
    "COMP-LABOUR-REVIEW",
    Severity.WARNING,
    "compliance",
    "US conduct clause without labour-law review",
    "Under Stericycle, 372 NLRB No. 113 (2 August 2023), a work rule that an employee could reasonably read as "
    "chilling Section 7 activity (discussing pay and conditions, criticising the employer) is presumptively "
    "unlawful, for union and non-union employers alike, unless narrowly tailored. Earlier NLRB reports struck "
    "blanket confidentiality, 'be respectful', non-disparagement and media-contact clauses. Each US employee "
    "conduct clause needs a labour-law review status; the doctrine changes with the Board.",
    sources=(
        "Stericycle, Inc., 372 NLRB No. 113 (2 August 2023)",
        "National Labor Relations Act, Section 7",
    ),
    reads=lambda preset: preset.regime == "NLRB",
)
def labour_review(playbook: Playbook) -> Iterator[Issue]:
    """COMP-LABOUR-REVIEW: US conduct clause without labour-law review."""
    ctx = context(playbook)
    us = any(t.strip().lower() in _US_NAMES for t in playbook.scope.territories) or any(
        "US" in preset.jurisdictions for _, preset in ctx.presets
    )
    if not us:
        return
    for i, clause in enumerate(playbook.conduct.clauses):
        if clause.kind in _NOT_WORK_RULES:
            continue
        bound = {built_in_of(playbook, "audiences", audience) for audience in clause.audiences}
        if clause.audiences and Audience.EMPLOYEES not in bound:
            continue
        if clause.labour_review is None or clause.labour_review is LabourReview.NOT_REVIEWED:
            yield Issue(
                f"conduct.clauses[{i}].labour_review",
                _(
                    "Have '%(clause)s' reviewed against NLRA Section 7 (Stericycle) and record its labour-law "
                    "review status in Conduct rules."
                )
                % {"clause": clause.title},
            )


@check(
    "COMP-PRIVACY-MONITOR",
    Severity.WARNING,
    "compliance",
    "EU monitoring without lawful basis or DPIA",
    "GDPR Articles 5, 6, 35 and 88 and the Article 29 Working Party's Opinion 2/2017 on data processing at "
    "work: monitoring employees or listening to people in the EU needs a lawful basis (rarely consent, for "
    "employees), necessity and proportionality, a transparency notice and, for systematic monitoring, a data "
    "protection impact assessment.",
    sources=(
        "GDPR Articles 5, 6, 35 and 88",
        "Article 29 Working Party, Opinion 2/2017 on data processing at work",
    ),
    reads=lambda preset: preset.regime == "GDPR",
)
def privacy_monitor(playbook: Playbook) -> Iterator[Issue]:
    """COMP-PRIVACY-MONITOR: EU monitoring without lawful basis or DPIA."""
    privacy = playbook.privacy
    eu = (
        privacy.eu_monitoring
        or any(s.eu_personal_data for s in playbook.channels.listening)
        or "GDPR-MONITOR" in context(playbook).preset_ids
    )
    if not eu:
        return
    basis = privacy.lawful_basis.strip()
    if not basis:
        yield Issue("privacy.lawful_basis", _("State the lawful basis for EU monitoring and listening in Privacy."))
    elif "consent" in basis.lower():
        yield Issue(
            "privacy.lawful_basis",
            _(
                "Consent is rarely a valid basis for monitoring employees (WP29 Opinion 2/2017): state another "
                "lawful basis in Privacy, e.g. legitimate interest with a balancing test."
            ),
        )
    if privacy.dpia_completed is None:
        yield Issue(
            "privacy.dpia_completed",
            _(
                "Whether a data protection impact assessment was completed for the monitoring is not set: record "
                "it in Privacy (and complete one if it was not)."
            ),
        )
    elif not privacy.dpia_completed:
        yield Issue(
            "privacy.dpia_completed",
            _("Complete a data protection impact assessment for the monitoring and record it in Privacy."),
        )


@check(
    "COMP-PRESET-STALE",
    Severity.INFO,
    "compliance",
    "Preset not verified for more than 12 months",
    "Regulations, guidance and case law change (FCA FG24/1 replaced FG15/4; NLRB doctrine moves with the "
    "Board; FDA drafts get revised). Every built-in preset carries a 'last verified' date; one older than "
    "12 months should be checked against its citations before the playbook relies on it.",
    sources=("The citations of each regulatory preset ('charter presets --regulatory')",),
)
def preset_stale(playbook: Playbook) -> Iterator[Issue]:
    """COMP-PRESET-STALE: Preset not verified for more than 12 months."""
    ctx = context(playbook)
    for index, preset in ctx.presets:
        if add_months(preset.last_verified, 12) < ctx.today:
            yield Issue(
                f"regulatory.presets[{index}].preset",
                _("%(preset)s was last verified on %(date)s: check it against %(citations)s before relying on it.")
                % {
                    "preset": preset.id,
                    "date": preset.last_verified.isoformat(),
                    "citations": "; ".join(preset.citations),
                },
            )


@check(
    "COMP-PRESET-UNKNOWN",
    Severity.ERROR,
    "compliance",
    "Unknown regulatory preset",
    "A playbook that names a preset this version of Charter does not know would silently lose that preset's "
    "retention, approval and disclosure requirements (the FINRA, SEC, FFIEC, FCA, FDA, HIPAA, GDPR, FTC, NLRB "
    "and NAIC rules its citations name), and every check that reads the strictest combination would judge the "
    "playbook against less than it claims to meet. Use an id from 'charter presets --regulatory' (the preset "
    "table of the domain research, section 2.9).",
    sources=("The regulatory preset catalogue ('charter presets --regulatory')",),
)
def preset_unknown(playbook: Playbook) -> Iterator[Issue]:
    """COMP-PRESET-UNKNOWN: Unknown regulatory preset."""
    catalogue = load_presets()
    applied = {a.preset for a in playbook.regulatory.presets}
    for index, item in enumerate(playbook.regulatory.presets):
        if item.preset not in catalogue:
            yield Issue(f"regulatory.presets[{index}].preset", _unknown(item.preset))
    for i, record in enumerate(playbook.records.record_classes):
        for j, preset_id in enumerate(record.presets):
            if preset_id not in catalogue:
                yield Issue(f"records.record_classes[{i}].presets[{j}]", _unknown(preset_id))
            elif preset_id not in applied:
                yield Issue(
                    f"records.record_classes[{i}].presets[{j}]",
                    _(
                        "'%(record)s' names %(preset)s, which this playbook does not apply: apply it in Regulatory "
                        "rule set or remove it here."
                    )
                    % {"record": record.name, "preset": preset_id},
                )
    for i, clause in enumerate(playbook.conduct.clauses):
        review = clause.legal_review
        if review is not None and review.preset is not None and review.preset not in catalogue:
            yield Issue(
                f"conduct.clauses[{i}].legal_review.preset",
                _("The legal review of '%(clause)s': %(unknown)s")
                % {"clause": clause.title, "unknown": _unknown(review.preset)},
            )


def _unknown(preset_id: str) -> str:
    """'Unknown preset FINRA-STATC; did you mean FINRA-STATIC? (see ...)'."""
    close = difflib.get_close_matches(preset_id, list(load_presets()), n=1)
    if close:
        return _("Unknown preset %(preset)s; did you mean %(close)s? (see 'charter presets --regulatory').") % {
            "preset": preset_id,
            "close": close[0],
        }
    return _("Unknown preset %(preset)s (see 'charter presets --regulatory').") % {"preset": preset_id}


def presets_with_standard(standard: str) -> list[RegulatoryPreset]:
    """The presets one of whose versions is ``standard`` (a version id such as stericycle-2023)."""
    return [p for p in load_presets().values() if p.version(standard) is not None]


@check(
    "COMP-LEGAL-REVIEW-UNSOUND",
    Severity.ERROR,
    "compliance",
    "Legal review that cannot be as recorded",
    "A legal review is evidence that a clause was found lawful under a stated standard on a stated day "
    "(Stericycle, 372 NLRB No. 113, 2023, changed the standard for work rules). A review dated after today, "
    "or citing a standard without the preset it belongs to, or a preset that has no versions of a standard, "
    "cannot be checked against the standard in force and would be printed as fact in the policy.",
    sources=("Stericycle, Inc., 372 NLRB No. 113 (2 August 2023)",),
)
def legal_review_unsound(playbook: Playbook) -> Iterator[Issue]:
    """COMP-LEGAL-REVIEW-UNSOUND: Legal review that cannot be as recorded."""
    presets = load_presets()
    today = context(playbook).today
    for i, clause in enumerate(playbook.conduct.clauses):
        review = clause.legal_review
        if review is None:
            continue
        at = f"conduct.clauses[{i}].legal_review"
        if review.date is not None and review.date > today:
            yield Issue(
                f"{at}.date",
                f"The legal review of '{clause.title}' is dated {review.date.isoformat()}, after today "
                f"({today.isoformat()}): correct the date in Conduct rules.",
            )
        if review.standard is None:
            continue
        preset = presets.get(review.preset) if review.preset is not None else None
        holders = presets_with_standard(review.standard)
        hint = f" ({' or '.join(p.id for p in holders)})" if holders else ""
        if review.preset is None:
            yield Issue(
                f"{at}.preset",
                f"The legal review of '{clause.title}' cites the standard '{review.standard}' without the preset "
                f"it belongs to: name the preset{hint} in Conduct rules.",
            )
        elif preset is not None and not preset.versions:
            yield Issue(
                f"{at}.preset",
                f"The legal review of '{clause.title}' cites '{review.standard}' of {preset.id}, which has no "
                f"versions of a standard: name the preset whose standard was applied{hint} in Conduct rules.",
            )


@check(
    "COMP-LEGAL-REVIEW-STALE",
    Severity.WARNING,
    "compliance",
    "Legal review under a standard no longer in force",
    "Labour-law doctrine changes with the Board: Lutheran Heritage (2004) let most work rules stand, Boeing "
    "(2017) balanced them against business reasons, and Stericycle, 372 NLRB No. 113 (2 August 2023) presumes "
    "a rule unlawful when an employee could reasonably read it as chilling Section 7 activity. A clause "
    "reviewed under an earlier standard, or a review dated before the standard it says it applied, does not "
    "show that the clause is lawful today: review it again under the standard in force.",
    sources=(
        "Stericycle, Inc., 372 NLRB No. 113 (2 August 2023)",
        "The Boeing Co., 365 NLRB No. 154 (2017)",
        "Lutheran Heritage Village-Livonia, 343 NLRB 646 (2004)",
    ),
)
def legal_review_stale(playbook: Playbook) -> Iterator[Issue]:
    """COMP-LEGAL-REVIEW-STALE: Legal review under a standard no longer in force."""
    presets = load_presets()
    today = context(playbook).today
    for i, clause in enumerate(playbook.conduct.clauses):
        review = clause.legal_review
        if review is None or review.preset is None or review.standard is None:
            continue
        preset = presets.get(review.preset)
        if preset is None or not preset.versions:
            continue
        at = f"conduct.clauses[{i}].legal_review"
        cited = preset.version(review.standard)
        if cited is None:
            known = ", ".join(v.id for v in preset.versions)
            yield Issue(
                f"{at}.standard",
                _(
                    "'%(standard)s' is no version of the %(preset)s standard (%(known)s): name the one '%(clause)s' "
                    "was reviewed under in Conduct rules."
                )
                % {"standard": review.standard, "preset": preset.id, "known": known, "clause": clause.title},
            )
            continue
        if review.date is not None and review.date < cited.since:
            yield Issue(
                f"{at}.date",
                _(
                    "The review of '%(clause)s' (%(date)s) is older than the standard it cites, %(standard)s (in "
                    "force since %(since)s): correct the standard or the date in Conduct rules."
                )
                % {
                    "clause": clause.title,
                    "date": review.date.isoformat(),
                    "standard": cited.title,
                    "since": cited.since.isoformat(),
                },
            )
            continue
        current = preset.version_on(today)
        if current is not None and current.id != cited.id and current.since > cited.since:
            yield Issue(
                f"{at}.standard",
                _(
                    "'%(clause)s' was reviewed under %(cited)s; %(current)s has applied since %(since)s: have it "
                    "reviewed again under %(current)s in Conduct rules."
                )
                % {
                    "clause": clause.title,
                    "cited": cited.title,
                    "current": current.title,
                    "since": current.since.isoformat(),
                },
            )


def _plain_name(text: str) -> str:
    """A name reduced to compare with a built-in one: case, separators and a plural s dropped."""
    reduced = "".join(char for char in text.casefold() if char.isalnum())
    return reduced[:-1] if reduced.endswith("s") else reduced


@check(
    "VOCAB-LOOKS-BUILT-IN",
    Severity.WARNING,
    "compliance",
    "Own class or audience that looks like a built-in one",
    "Charter's own content classes and audiences carry the regulatory checks (a testimonial's FINRA Rule "
    "2210(d)(6) disclosures, official accounts' approval). An organisation's own class or audience named "
    "like one of them, without saying it counts as it, escapes those checks while the document reads as if "
    "it were that class: set Counts as, or choose a name that does not look like the built-in one.",
    sources=("FINRA Rule 2210(d)(6) (testimonials)", "FINRA Regulatory Notice 17-18"),
)
def looks_built_in(playbook: Playbook) -> Iterator[Issue]:
    """VOCAB-LOOKS-BUILT-IN: Own class or audience that looks like a built-in one."""
    vocabularies: list[tuple[str, list[tuple[str, str, object]], type[StrEnum], str, str]] = [
        (
            "content.classes",
            [(c.id, c.name, c.counts_as) for c in playbook.content.classes],
            ContentClass,
            "class",
            "Content rules > Content classes of the organisation",
        ),
        (
            "scope.audience_register",
            [(a.id, a.name, a.counts_as) for a in playbook.scope.audience_register],
            Audience,
            "audience",
            "Scope and definitions > Audiences of the organisation",
        ),
    ]
    for at, items, values, what, where in vocabularies:
        known: dict[str, StrEnum] = {}
        for value in values:
            known.setdefault(_plain_name(value.value), value)
            known.setdefault(_plain_name(english_label(value)), value)
        for i, (ident, name, counts_as) in enumerate(items):
            if counts_as is not None:
                continue
            like = known.get(_plain_name(ident)) or known.get(_plain_name(name))
            if like is not None:
                yield Issue(
                    f"{at}[{i}].counts_as",
                    f"The {what} '{name}' looks like Charter's own {english_label(like)} but does not count "
                    f"as it, so its checks do not apply: did you mean counts_as: {like.value}? Set Counts as or "
                    f"rename it in {where}.",
                )
