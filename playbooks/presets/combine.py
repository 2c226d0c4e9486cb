"""The strictest combination of the regulatory presets a playbook applies.

Where several presets apply, the playbook must meet the strictest of each parameter: the
longest retention, the longest easily-accessible period, the strictest approval, the earliest
filing deadline, the storage modes every preset accepts, and the union of the disclosures. A
regime that caps retention (privacy law's data minimisation, ``retention_is_maximum``) does not
add a minimum: its retention is a maximum, and the strictest of the maxima is the shortest
(:attr:`Combination.retention_cap`). Which way a parameter is strict comes from the preset data
(:func:`playbooks.presets.parameter_bound`), the same rule the locks of hub and spoke tailoring use.
Every number carries the preset that drove it (:class:`Driven`), so a compliance officer can
see why the playbook must keep records six years and not three.

A playbook may set a preset's parameters (``AppliedPreset.parameters``); a value stricter
than the preset's replaces it (and is shown as set by the playbook), a looser one is ignored
and listed in :attr:`Combination.looser_parameters` for the checks to report.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from playbooks.format.enums import ApprovalMode, DisclosurePlacement, RetentionStart, StorageMode, label
from playbooks.format.language import N_, gettext, in_sentence
from playbooks.format.model import AppliedPreset
from playbooks.presets import CAP, FLOOR, FilingRule, RegulatoryPreset, Threshold, load_presets, parameter_bound

T = TypeVar("T")

PRESET = "preset"
PARAMETER = "playbook parameter"

_APPROVAL_ORDER = {
    ApprovalMode.NONE: 0,
    ApprovalMode.POST_REVIEW: 1,
    ApprovalMode.PRE_REVIEW: 2,
    ApprovalMode.TEMPLATES_ONLY: 3,
}
# Most prominent first: a disclosure needed in several presets takes the most prominent placement.
_PLACEMENT_ORDER = {
    DisclosurePlacement.INLINE: 0,
    DisclosurePlacement.SAME_MESSAGE: 1,
    DisclosurePlacement.LAYERED: 2,
    DisclosurePlacement.LINK: 3,
}


@dataclass(frozen=True)
class Driven(Generic[T]):
    """A value of the combination and the preset that drove it."""

    value: T
    preset: str
    source: str = PRESET

    def because(self) -> str:
        """'SEC-204-2' or 'SEC-204-2, set by the playbook'."""
        return (
            self.preset
            if self.source == PRESET
            else gettext("%(preset)s, set by the playbook") % {"preset": self.preset}
        )


@dataclass(frozen=True)
class DisclosureNeed:
    """A disclosure some presets require, at the most prominent placement any of them asks for."""

    text: str
    placement: DisclosurePlacement
    link_allowed: bool
    presets: tuple[str, ...]


@dataclass(frozen=True)
class LooserParameter:
    """A parameter the playbook set looser than its preset (ignored; the preset's value holds)."""

    index: int
    field: str
    preset: str
    preset_value: Any
    playbook_value: Any


@dataclass
class Combination:
    """The strictest combination of the applied presets, with provenance."""

    applied: list[str] = field(default_factory=list)
    unknown: list[tuple[int, str]] = field(default_factory=list)
    retention_years: Driven[float] | None = None
    accessible_years: Driven[float] | None = None
    retention_start: Driven[RetentionStart] | None = None
    storage_modes: Driven[tuple[StorageMode, ...]] | None = None
    approval: Driven[ApprovalMode] | None = None
    approver_qualifications: list[Driven[str]] = field(default_factory=list)
    filing: Driven[FilingRule] | None = None
    disclosures: list[DisclosureNeed] = field(default_factory=list)
    thresholds: list[Driven[Threshold]] = field(default_factory=list)
    retention_caps: list[str] = field(default_factory=list)
    #: the shortest retention a capping preset's parameters allow (a maximum), if any sets one
    retention_cap: Driven[float] | None = None
    financial: str | None = None
    risk_info_each_message: str | None = None
    looser_parameters: list[LooserParameter] = field(default_factory=list)

    # ---- Public API

    def lines(self) -> list[str]:
        """The combination as short lines for people, each naming the preset behind it."""
        out: list[str] = []
        if self.retention_years is not None:
            start = f", from {wording(self.retention_start.value)}" if self.retention_start else ""
            out.append(f"Retention: {_years(self.retention_years.value)}{start} ({self.retention_years.because()})")
        if self.accessible_years is not None:
            out.append(f"Easily accessible: {_years(self.accessible_years.value)} ({self.accessible_years.because()})")
        if self.storage_modes is not None:
            modes = " or ".join(wording(m) for m in self.storage_modes.value)
            out.append(f"Storage: {modes} ({self.storage_modes.because()})")
        if self.approval is not None:
            out.append(f"Strictest approval: {wording(self.approval.value)} ({self.approval.because()})")
        for qualification in self.approver_qualifications:
            out.append(f"Approver: {qualification.value} ({qualification.because()})")
        if self.filing is not None:
            rule = self.filing.value
            out.append(f"Earliest filing deadline: {rule.describe()}, {rule.scope} ({self.filing.because()})")
        for need in self.disclosures:
            out.append(f"Disclosure ({wording(need.placement)}): {need.text} ({', '.join(need.presets)})")
        if self.retention_cap is not None:
            out.append(
                f"Retention of monitoring data: at most {_years(self.retention_cap.value)} ({self.retention_cap.because()})"
            )
        elif self.retention_caps:
            out.append(f"Retention of monitoring data is capped ({', '.join(self.retention_caps)})")
        return out

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON output and the exports."""

        def driven(d: Driven[Any] | None) -> dict[str, Any] | None:
            if d is None:
                return None
            value: Any = d.value
            if isinstance(value, FilingRule | Threshold):
                value = value.model_dump(mode="json")
            elif isinstance(value, tuple):
                value = [str(v) for v in value]
            elif hasattr(value, "value"):
                value = str(value.value)
            return {"value": value, "preset": d.preset, "source": d.source}

        return {
            "applied": list(self.applied),
            "unknown": [{"index": i, "preset": p} for i, p in self.unknown],
            "retention_years": driven(self.retention_years),
            "accessible_years": driven(self.accessible_years),
            "retention_start": driven(self.retention_start),
            "storage_modes": driven(self.storage_modes),
            "approval": driven(self.approval),
            "approver_qualifications": [driven(q) for q in self.approver_qualifications],
            "filing": driven(self.filing),
            "disclosures": [
                {
                    "text": n.text,
                    "placement": n.placement.value,
                    "link_allowed": n.link_allowed,
                    "presets": list(n.presets),
                }
                for n in self.disclosures
            ],
            "thresholds": [driven(t) for t in self.thresholds],
            "retention_caps": list(self.retention_caps),
            "retention_cap": driven(self.retention_cap),
        }


#: How parameter values read in text ("pre-review", "WORM"), where the generic enum label reads badly.
WORDING: dict[str, str] = {
    ApprovalMode.PRE_REVIEW: N_("pre-review"),
    ApprovalMode.TEMPLATES_ONLY: N_("pre-approved templates only"),
    ApprovalMode.POST_REVIEW: N_("post-review"),
    ApprovalMode.NONE: N_("none"),
    StorageMode.WORM: N_("WORM"),
    StorageMode.AUDIT_TRAIL: N_("audit trail"),
    StorageMode.ANY: N_("any"),
}


def wording(value: ApprovalMode | StorageMode | DisclosurePlacement | RetentionStart) -> str:
    """The value as it reads in a sentence (in the language in force)."""
    return gettext(WORDING[value]) if value in WORDING else in_sentence(label(value))


def _years(value: float) -> str:
    number = f"{value:g}"
    return f"{number} year" if number == "1" else f"{number} years"


def combine(applied: Sequence[AppliedPreset], presets: Mapping[str, RegulatoryPreset] | None = None) -> Combination:
    """The strictest combination of ``applied`` (in playbook order; ties go to the first)."""
    catalogue = load_presets() if presets is None else presets
    result = Combination()
    disclosures: dict[str, tuple[DisclosurePlacement, bool, list[str]]] = {}
    seen: set[str] = set()
    for index, item in enumerate(applied):
        preset = catalogue.get(item.preset)
        if preset is None:
            result.unknown.append((index, item.preset))
            continue
        if preset.id in seen:
            continue
        seen.add(preset.id)
        result.applied.append(preset.id)
        params = item.parameters
        pid = preset.id

        if parameter_bound(preset, "retention_years") == CAP:
            cap = _stricter(result, index, pid, "retention_years", CAP, preset.retention_years, params.retention_years)
            if cap is not None and (result.retention_cap is None or cap.value < result.retention_cap.value):
                result.retention_cap = cap
        else:
            retention = _stricter(
                result, index, pid, "retention_years", FLOOR, preset.retention_years, params.retention_years
            )
            if retention is not None and (
                result.retention_years is None or retention.value > result.retention_years.value
            ):
                result.retention_years = retention
                start = preset.retention_start
                result.retention_start = Driven(start, pid) if start is not None else None
            accessible = _stricter(
                result, index, pid, "accessible_years", FLOOR, preset.accessible_years, params.accessible_years
            )
            if accessible is not None and (
                result.accessible_years is None or accessible.value > result.accessible_years.value
            ):
                result.accessible_years = accessible

        if preset.storage_modes:
            modes = tuple(preset.storage_modes)
            if result.storage_modes is None:
                result.storage_modes = Driven(modes, pid)
            else:
                narrowed = tuple(m for m in result.storage_modes.value if m in modes)
                if narrowed != result.storage_modes.value:
                    result.storage_modes = Driven(narrowed, pid)

        approval = preset.approval
        approval_source = PRESET
        if params.approval is not None:
            if approval is None or _APPROVAL_ORDER[params.approval] > _APPROVAL_ORDER[approval]:
                approval, approval_source = params.approval, PARAMETER
            elif _APPROVAL_ORDER[params.approval] < _APPROVAL_ORDER[approval]:
                result.looser_parameters.append(LooserParameter(index, "approval", pid, approval, params.approval))
        if approval is not None and (
            result.approval is None or _APPROVAL_ORDER[approval] > _APPROVAL_ORDER[result.approval.value]
        ):
            result.approval = Driven(approval, pid, approval_source)
        if preset.approver_qualification:
            result.approver_qualifications.append(Driven(preset.approver_qualification, pid))

        for rule in _filing_rules(result, index, preset, params.filing_days, params.filing_deadline):
            if result.filing is None or rule.value.offset_days() < result.filing.value.offset_days():
                result.filing = rule

        for disclosure in preset.disclosures:
            placement, link_allowed, owners = disclosures.get(disclosure.text, (disclosure.placement, True, []))
            if _PLACEMENT_ORDER[disclosure.placement] < _PLACEMENT_ORDER[placement]:
                placement = disclosure.placement
            disclosures[disclosure.text] = (placement, link_allowed and disclosure.link_allowed, [*owners, pid])

        result.thresholds.extend(Driven(t, pid) for t in preset.thresholds)
        if preset.retention_is_maximum:
            result.retention_caps.append(pid)
        if preset.financial and result.financial is None:
            result.financial = pid
        if preset.risk_info_each_message and result.risk_info_each_message is None:
            result.risk_info_each_message = pid

    result.disclosures = [
        DisclosureNeed(text, placement, link_allowed, tuple(owners))
        for text, (placement, link_allowed, owners) in disclosures.items()
    ]
    return result


def _stricter(
    result: Combination,
    index: int,
    pid: str,
    name: str,
    bound: str,
    preset_value: float | None,
    param: float | None,
) -> Driven[float] | None:
    """The stricter of a preset's own value and the playbook's parameter: for a :data:`FLOOR`
    the longer, for a :data:`CAP` the shorter; a looser parameter is ignored and listed."""
    if param is None:
        return None if preset_value is None else Driven(preset_value, pid)
    if preset_value is None or (param > preset_value if bound == FLOOR else param < preset_value):
        return Driven(param, pid, PARAMETER)
    if param != preset_value:
        result.looser_parameters.append(LooserParameter(index, name, pid, preset_value, param))
    return Driven(preset_value, pid)


def _filing_rules(
    result: Combination, index: int, preset: RegulatoryPreset, filing_days: int | None, stated: str | None = None
) -> list[Driven[FilingRule]]:
    """The preset's filing rules; the playbook's ``filing_days`` tightens the earliest rule of
    the timing it counts (:meth:`~playbooks.presets.RegulatoryPreset.filing_timing`; where the
    rules count both ways and the playbook does not say, the earliest rule)."""
    rules = [Driven(rule, preset.id) for rule in preset.filing]
    timing = preset.filing_timing(stated)
    first = preset.earliest_filing(timing)
    if filing_days is None or first is None or first.timing == "at_first_use":
        return rules
    earliest = next(i for i, rule in enumerate(preset.filing) if rule is first)
    rule = rules[earliest].value
    bound = parameter_bound(preset, "filing_days", first.timing)
    tighter = filing_days > rule.days if bound == FLOOR else filing_days < rule.days
    if tighter:
        rules[earliest] = Driven(rule.model_copy(update={"days": filing_days}), preset.id, PARAMETER)
    elif filing_days != rule.days:
        result.looser_parameters.append(LooserParameter(index, "filing_days", preset.id, rule.days, filing_days))
    return rules
