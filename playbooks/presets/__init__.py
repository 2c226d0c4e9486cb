"""Regulatory presets: the rules of each regime as data, one file per preset.

Each preset is a YAML file in ``playbooks/presets/data/`` named after its id (the ids of the
preset table in the domain research, section 2.9: ``FINRA-STATIC``, ``SEC-204-2``, ...).
A preset carries its citations, status, dates, jurisdictions, entity types, the parameters
the checks compare a playbook against (retention, approval, filing, thresholds, disclosures)
and the date it was last verified. Nothing here is legal advice: the citation, status and
"last verified" stamp travel with every number.

:func:`load_presets` reads them once; :mod:`playbooks.presets.combine` computes the strictest
combination of the presets a playbook applies, with the preset behind every number.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Annotated, Any, Literal

from pydantic import StringConstraints, ValidationError

from playbooks.format.enums import ApprovalMode, ContentClass, DisclosurePlacement, RetentionStart, StorageMode
from playbooks.format.fields import F, Items, Model, Text
from playbooks.format.language import gettext, ngettext
from playbooks.io.yamlio import YamlProblem, load_yaml

PresetId = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9-]*$", max_length=64)]


class PresetStatus(StrEnum):
    """How binding a preset's source is."""

    RULE = "rule"
    GUIDANCE = "guidance"
    DRAFT_GUIDANCE = "draft_guidance"
    CASE_LAW = "case_law"
    SUPERSEDED = "superseded"


class FilingRule(Model):
    """One filing obligation: which communications, how many days, before or after first use."""

    scope: str = F("Applies to", "Which communications must be filed.")
    days: int = F("Days", "The number of days.", ge=0, le=365)
    day_kind: Literal["business", "calendar"] = F("Day kind", "Business days or calendar days.")
    timing: Literal["before_first_use", "at_first_use", "after_first_use"] = F(
        "Timing", "Whether the deadline falls before, at or after first use."
    )
    duration: str = F("For how long", "How long the obligation lasts, e.g. the first year of membership.", "")

    def offset_days(self) -> float:
        """The deadline relative to first use in calendar days (negative: before first use).

        Business days count as 7/5 of a calendar day, so that deadlines in business and
        calendar days can be ordered; the figure is for ordering only, never shown as a date.
        """
        days = self.days * (7 / 5 if self.day_kind == "business" else 1)
        if self.timing == "before_first_use":
            return -days
        if self.timing == "at_first_use":
            return 0.0
        return days

    def describe(self) -> str:
        """'10 business days before first use' and the like."""
        if self.timing == "at_first_use":
            return gettext("at first use")
        days = {"n": self.days}
        # one message per kind of day and side of the first use, so each language words it whole
        business, before = self.day_kind == "business", self.timing == "before_first_use"
        if business and before:
            text = ngettext("%(n)s business day before first use", "%(n)s business days before first use", self.days)
        elif business:
            text = ngettext("%(n)s business day after first use", "%(n)s business days after first use", self.days)
        elif before:
            text = ngettext("%(n)s calendar day before first use", "%(n)s calendar days before first use", self.days)
        else:
            text = ngettext("%(n)s calendar day after first use", "%(n)s calendar days after first use", self.days)
        return text % days


class Threshold(Model):
    """A number the rule turns on, e.g. 25 retail investors within 30 calendar days."""

    name: str = F("Threshold", "What the number measures.")
    value: float = F("Value", "The number.")
    unit: str = F("Unit", "Unit of the number (investors, USD, days, ...).", "")
    note: str = F("Note", "How the threshold is applied.", "")


class PresetDisclosure(Model):
    """A disclosure a preset requires, and where it may stand."""

    text: str = F("Disclosure", "What must be disclosed (wording or its substance).")
    placement: DisclosurePlacement = F("Placement", "The least prominent placement the preset accepts.")
    link_allowed: bool = F("Link allowed", "Whether a hyperlink alone satisfies the preset.", False)


class JurisdictionOverride(Model):
    """A per-jurisdiction value of a preset parameter (e.g. a state's retention period)."""

    jurisdiction: str = F("Jurisdiction", "Where the override applies, e.g. US-NC.")
    retention_years: float | None = F("Retention (years)", "Retention in this jurisdiction.", None, ge=0, le=100)
    retention_start: RetentionStart | None = F("Retention starts at", "The start event in this jurisdiction.", None)
    citation: str = F("Citation", "The local rule.", "")
    note: str = F("Note", "How the value applies.", "")


class StandardVersion(Model):
    """One version of the standard a preset applies, as the doctrine changed over time (the
    standard a 2012 policy was reviewed under differs from today's)."""

    id: str = F("Id", "The version's stable id, e.g. stericycle-2023.")
    title: str = F("Standard", "The standard in a few words, e.g. Stericycle (2023).")
    citation: str = F("Citation", "The case or rule that set it.", "")
    since: dt.date = F("In force since", "When the standard took effect.")


class RegulatoryPreset(Model):
    """One built-in regulatory preset (a row of the preset table)."""

    id: PresetId = F("Id", "The stable id, e.g. FINRA-STATIC.")
    title: str = F("Title", "What the preset is about, in a few words.")
    regime: str = F("Regime", "The regulator or body of law: FINRA, SEC, FFIEC, FCA, FDA, HIPAA, GDPR, ...")
    citations: list[str] = Items("Citations", "The rules, notices or cases the preset rests on.")
    status: PresetStatus = F("Status", "Rule, guidance, draft guidance, case law or superseded.")
    status_date: dt.date | None = F("Status date", "When the source was adopted, issued or decided.", None)
    effective_date: dt.date | None = F("Effective date", "When the rule took effect.", None)
    compliance_date: dt.date | None = F("Compliance date", "When compliance became mandatory.", None)
    superseded_by: str = F("Superseded by", "What replaced the source, if anything.", "")
    jurisdictions: list[str] = Items("Jurisdictions", "Where the preset applies (US, GB, EU, DE, US-NC, ...).")
    entity_types: list[str] = Items("Entity types", "Who it applies to (broker_dealer, investment_adviser, ...).")
    applies_to: str = Text("Applies to", "The trigger: which content, channels or activities.")
    requirement: str = Text("Requirement", "The rule the playbook must capture.")
    content_classes: list[ContentClass] = Items("Content classes", "Content classes the preset governs.")
    approval: ApprovalMode | None = F("Approval", "The approval the preset requires, if any.", None)
    approver_qualification: str = F("Approver qualification", "Who may approve.", "")
    retention_years: float | None = F("Retention (years)", "Minimum retention.", None, ge=0, le=100)
    accessible_years: float | None = F("Easily accessible (years)", "Of which easily accessible.", None, ge=0, le=100)
    retention_start: RetentionStart | None = F("Retention starts at", "The event retention runs from.", None)
    retention_is_maximum: bool = F(
        "Retention is a maximum", "The regime caps retention (privacy) instead of setting a minimum.", False
    )
    retention_note: str = F("Retention note", "Conditions of the retention rule.", "")
    storage_modes: list[StorageMode] = Items("Accepted storage modes", "Storage modes that satisfy it; none: any.")
    filing: list[FilingRule] = Items("Filing", "Filing obligations.")
    thresholds: list[Threshold] = Items("Thresholds", "Numbers the rule turns on.")
    disclosures: list[PresetDisclosure] = Items("Disclosures", "Disclosures it requires, with placement.")
    jurisdiction_overrides: list[JurisdictionOverride] = Items(
        "Per-jurisdiction values", "Where jurisdictions set their own numbers."
    )
    financial: bool = F(
        "Financial regime",
        "Channels need archiving and a recorded account approval before use (FINRA RN 10-06, 11-39).",
        False,
    )
    risk_info_each_message: bool = F(
        "Risk information in each message",
        "Character-limited channels need the risk information in every message (FDA, FCA).",
        False,
    )
    lockable: bool = F("Lockable in spokes", "Whether a hub may lock the preset for its spokes.", True)
    override_policy: Literal["stricter_only", "any"] = F(
        "Override policy", "Whether spokes may only tighten the preset's parameters.", "stricter_only"
    )
    last_verified: dt.date = F("Last verified", "When the preset was last checked against its sources.")
    verified_by: str = F("Verified by", "Who or what checked it.")
    to_verify: list[str] = Items("Open items", "Points not yet confirmed against a primary source.")
    sources: list[str] = Items("Sources", "Where the facts were found.")
    notes: str = Text("Notes", "Anything else a compliance officer should know.")
    versions: list[StandardVersion] = Items(
        "Versions of the standard", "The standard over time, oldest first; the last is the one in force."
    )

    def version(self, version_id: str) -> StandardVersion | None:
        """The version of the standard with this id, or None."""
        return next((v for v in self.versions if v.id == version_id), None)

    def version_on(self, day: dt.date) -> StandardVersion | None:
        """The version in force on ``day`` (None before the first)."""
        current = [v for v in self.versions if v.since <= day]
        return max(current, key=lambda v: v.since) if current else None

    def earliest_filing(self, timing: str | None = None) -> FilingRule | None:
        """The filing rule with the earliest deadline (of ``timing``, when given: ``before_first_use``
        or ``after_first_use``), if any: the one a playbook's ``filing_days`` sets."""
        rules = [r for r in self.filing if timing is None or r.timing == timing]
        return min(rules, key=FilingRule.offset_days) if rules else None

    def filing_timing(self, stated: str | None = None) -> str | None:
        """Whether an applied preset's ``filing_days`` counts days before or after first use:
        ``stated`` (the applied preset's ``filing_deadline``) wins; otherwise the one timing of the
        preset's rules that count days; None when its rules count both ways (a number alone cannot
        say which rule it sets) or none."""
        if stated is not None:
            return str(stated)
        timings = {r.timing for r in self.filing if r.timing != "at_first_use"}
        return timings.pop() if len(timings) == 1 else None

    def own_parameter(self, name: str, filing_deadline: str | None = None) -> Any:
        """The preset's own value of an applied preset's parameter (``PresetParameters`` field
        ``name``): what the parameter means when a playbook leaves it empty (None: the preset
        sets nothing)."""
        if name == "filing_days":
            timing = self.filing_timing(filing_deadline)
            rule = self.earliest_filing(timing) if timing is not None else None
            return None if rule is None else rule.days
        if name in ("retention_years", "accessible_years", "approval"):
            return getattr(self, name)
        return None

    def parameter_bound(self, name: str, filing_deadline: str | None = None) -> str | None:
        """Whether a value of the applied preset's parameter ``name`` is a :data:`FLOOR` (a
        minimum: a higher number, a stricter approval is tighter) or a :data:`CAP` (a maximum: a
        lower number is tighter), as the preset's data says; None when the data cannot tell.

        Retention is a floor, except where the regime caps it (``retention_is_maximum``: privacy
        law's data minimisation). A filing deadline before first use is a floor (file ten days
        before, not two), after first use a cap (within two days, not ten).
        """
        return parameter_bound(self, name, filing_deadline)


#: A parameter whose value is a minimum (higher is tighter) or a maximum (lower is tighter).
FLOOR, CAP = "floor", "cap"


def parameter_bound(preset: RegulatoryPreset | None, name: str, filing_deadline: str | None = None) -> str | None:
    """:meth:`RegulatoryPreset.parameter_bound`, also for a preset code Charter does not know
    (``preset`` None: retention is then a floor, and a filing deadline counts as stated)."""
    if name in ("retention_years", "accessible_years"):
        return CAP if preset is not None and preset.retention_is_maximum else FLOOR
    if name == "approval":
        return FLOOR
    if name == "filing_days":
        timing = preset.filing_timing(filing_deadline) if preset is not None else filing_deadline
        if timing == "before_first_use":
            return FLOOR
        if timing == "after_first_use":
            return CAP
        return None
    return None


class PresetDataError(Exception):
    """A shipped preset file is broken (a packaging or editing mistake, never user input)."""


DATA_PACKAGE = "playbooks.presets.data"


@cache
def load_presets() -> dict[str, RegulatoryPreset]:
    """Every built-in preset by id, in id order (read once)."""
    return read_presets(resources.files(DATA_PACKAGE))


def read_presets(folder: Traversable) -> dict[str, RegulatoryPreset]:
    """The presets in ``folder`` (one ``<ID>.yaml`` each); :class:`PresetDataError` names a broken file."""
    presets: dict[str, RegulatoryPreset] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        try:
            preset = RegulatoryPreset.model_validate(load_yaml(entry.read_text(encoding="utf-8")))
        except (YamlProblem, ValidationError, UnicodeDecodeError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise PresetDataError(f"built-in preset {entry.name} is broken: {first}") from None
        if entry.name != f"{preset.id}.yaml":
            raise PresetDataError(f"built-in preset {entry.name} holds the id {preset.id}")
        presets[preset.id] = preset
    return presets


def get_preset(preset_id: str) -> RegulatoryPreset | None:
    """The built-in preset with this id, or None."""
    return load_presets().get(preset_id)
