"""Regulatory presets: the 34 rows of the preset table as data, and their strictest combination."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from playbooks.format.enums import ApprovalMode, DisclosurePlacement, StorageMode
from playbooks.format.model import AppliedPreset
from playbooks.presets import PresetDataError, PresetStatus, RegulatoryPreset, load_presets, read_presets
from playbooks.presets.combine import PARAMETER, PRESET, combine

#: The ids of the preset table (domain research, section 2.9), in the table's order.
TABLE_IDS = [
    "FINRA-COMM-CLASS", "FINRA-STATIC", "FINRA-INTERACTIVE", "FINRA-SITE-GATE", "FINRA-RETAIN-FIRST",
    "FINRA-3RDPARTY", "FINRA-TESTIMONIAL", "FINRA-FILING", "FINRA-COMM-RECORD", "FINRA-SUPERVISION-EVIDENCE",
    "FINRA-BROKERCHECK", "FINRA-DISCLOSURE-LAYERED", "FINRA-INFLUENCER", "SEC-17A4-COMMS", "SEC-17A4-DEFAULT",
    "SEC-17A4-STORAGE", "SEC-204-2", "SEC-MKT-TESTIMONIAL", "SEC-MKT-RATINGS", "SEC-MKT-3RDPARTY",
    "FFIEC-PROGRAM", "FCA-PROMO", "FDA-CSL", "FDA-2253", "FDA-MISINFO", "HIPAA-PHI", "HIPAA-DOCS",
    "GDPR-MONITOR", "GDPR-JOINT-CTRL", "DE-BETRVG-87", "FTC-ENDORSE", "FTC-REVIEWS", "NLRB-WORKRULES",
    "NAIC-INS-ADS",
]  # fmt: skip


def applied(*ids: str, **parameters: dict[str, object]) -> list[AppliedPreset]:
    return [
        AppliedPreset.model_validate({"preset": i, "parameters": parameters.get(i.replace("-", "_"), {})}) for i in ids
    ]


def test_there_is_one_preset_per_table_row_under_its_id() -> None:
    assert sorted(load_presets()) == sorted(TABLE_IDS)
    assert len(TABLE_IDS) == 34


@pytest.mark.parametrize("preset_id", TABLE_IDS)
def test_every_preset_carries_its_source_status_and_verification(preset_id: str) -> None:
    preset = load_presets()[preset_id]
    assert preset.citations and all(c.strip() for c in preset.citations)
    assert preset.sources
    assert preset.jurisdictions and preset.entity_types
    assert preset.requirement.strip() and preset.applies_to.strip()
    assert preset.last_verified.year >= 2025 and preset.verified_by.strip()
    assert preset_id.split("-")[0] in preset.regime.replace("BETRVG", "DE-BETRVG")


def test_key_numbers_match_the_rules() -> None:
    presets = load_presets()
    assert (presets["SEC-17A4-COMMS"].retention_years, presets["SEC-17A4-COMMS"].accessible_years) == (3, 2)
    assert presets["SEC-17A4-DEFAULT"].retention_years == 6
    assert (presets["SEC-204-2"].retention_years, presets["SEC-204-2"].retention_start) == (5, "fiscal_year_end")
    assert presets["HIPAA-DOCS"].retention_years == 6
    assert presets["SEC-17A4-STORAGE"].storage_modes == [StorageMode.WORM, StorageMode.AUDIT_TRAIL]
    assert presets["FINRA-STATIC"].approval is ApprovalMode.PRE_REVIEW
    assert presets["FINRA-INTERACTIVE"].approval is ApprovalMode.POST_REVIEW
    thresholds = {t.name: t.value for t in presets["FINRA-COMM-CLASS"].thresholds}
    assert 25 in thresholds.values() and 30 in thresholds.values()
    assert [t.value for t in presets["SEC-MKT-TESTIMONIAL"].thresholds] == [1000]
    assert presets["FDA-CSL"].status is PresetStatus.DRAFT_GUIDANCE
    assert presets["FCA-PROMO"].risk_info_each_message and presets["FDA-CSL"].risk_info_each_message
    assert presets["GDPR-MONITOR"].retention_is_maximum
    assert {o.jurisdiction: o.retention_years for o in presets["NAIC-INS-ADS"].jurisdiction_overrides} == {
        "US-NC": 3,
        "US-SD": 5,
    }


def test_a_broken_preset_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "X-ONE.yaml").write_text("id: X-ONE\ntitle: t\n", encoding="utf-8")
    with pytest.raises(PresetDataError, match=r"X-ONE\.yaml is broken"):
        read_presets(tmp_path)


def test_a_preset_file_must_hold_its_own_id(tmp_path: Path) -> None:
    data = load_presets()["SEC-204-2"].model_dump(mode="json")
    (tmp_path / "SEC-999.yaml").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PresetDataError, match="holds the id SEC-204-2"):
        read_presets(tmp_path)


# ---- the strictest combination


def test_finra_and_sec_adviser_retention_is_the_longer_and_names_its_preset() -> None:
    result = combine(applied("FINRA-STATIC", "SEC-204-2"))
    assert result.retention_years is not None
    assert (result.retention_years.value, result.retention_years.preset) == (5, "SEC-204-2")
    assert "Retention: 5 years, from fiscal year end (SEC-204-2)" in result.lines()
    swapped = combine(applied("SEC-204-2", "FINRA-STATIC"))
    assert swapped.retention_years is not None and swapped.retention_years.preset == "SEC-204-2"


def test_the_longest_of_three_wins_and_ties_go_to_the_first() -> None:
    result = combine(applied("SEC-17A4-COMMS", "SEC-204-2", "SEC-17A4-DEFAULT", "HIPAA-DOCS"))
    assert result.retention_years is not None
    assert (result.retention_years.value, result.retention_years.preset) == (6, "SEC-17A4-DEFAULT")
    assert result.accessible_years is not None and result.accessible_years.preset == "SEC-17A4-COMMS"


def test_a_stricter_playbook_parameter_wins_and_says_so() -> None:
    result = combine(applied("FINRA-STATIC", "SEC-204-2", SEC_204_2={"retention_years": 7}))
    assert result.retention_years is not None
    assert (result.retention_years.value, result.retention_years.source) == (7, PARAMETER)
    assert "Retention: 7 years, from fiscal year end (SEC-204-2, set by the playbook)" in result.lines()
    assert result.looser_parameters == []


def test_a_looser_playbook_parameter_is_ignored_and_listed() -> None:
    result = combine(applied("SEC-204-2", SEC_204_2={"retention_years": 2, "approval": "none"}))
    assert result.retention_years is not None
    assert (result.retention_years.value, result.retention_years.source) == (5, PRESET)
    assert [(p.field, p.preset_value, p.playbook_value) for p in result.looser_parameters] == [
        ("retention_years", 5, 2)
    ]


def test_the_earliest_filing_deadline_wins() -> None:
    result = combine(applied("FDA-2253", "FINRA-FILING"))
    assert result.filing is not None
    assert result.filing.preset == "FINRA-FILING"
    assert result.filing.value.describe() == "10 business days before first use"
    only_fda = combine(applied("FDA-2253"))
    assert only_fda.filing is not None and only_fda.filing.value.describe() == "at first use"


def test_a_longer_filing_lead_time_set_by_the_playbook_is_stricter() -> None:
    result = combine(applied("FINRA-FILING", FINRA_FILING={"filing_days": 15}))
    assert result.filing is not None
    assert (result.filing.value.days, result.filing.source) == (15, PARAMETER)


def test_disclosures_are_the_union_at_the_most_prominent_placement() -> None:
    def preset(pid: str, placement: str) -> RegulatoryPreset:
        base = load_presets()["FTC-ENDORSE"].model_dump()
        base.update(id=pid, disclosures=[{"text": "Paid", "placement": placement, "link_allowed": placement == "link"}])
        return RegulatoryPreset.model_validate(base)

    catalogue = {"A-1": preset("A-1", "link"), "B-1": preset("B-1", "same_message")}
    result = combine(applied("A-1", "B-1"), catalogue)
    (need,) = result.disclosures
    assert (need.placement, need.link_allowed, need.presets) == (
        DisclosurePlacement.SAME_MESSAGE,
        False,
        ("A-1", "B-1"),
    )
    real = combine(applied("FINRA-TESTIMONIAL", "SEC-MKT-TESTIMONIAL", "FTC-ENDORSE"))
    assert len(real.disclosures) == 3 + 4 + 3


def test_storage_modes_and_approval_and_unknown_ids() -> None:
    result = combine(applied("SEC-17A4-STORAGE", "FINRA-INTERACTIVE", "NOPE-1"))
    assert result.storage_modes is not None and result.storage_modes.value == (
        StorageMode.WORM,
        StorageMode.AUDIT_TRAIL,
    )
    assert result.approval is not None and result.approval.value is ApprovalMode.POST_REVIEW
    assert result.unknown == [(2, "NOPE-1")]
    assert result.financial == "SEC-17A4-STORAGE"
    assert combine(applied("FINRA-STATIC", "FINRA-INTERACTIVE")).approval.value is ApprovalMode.PRE_REVIEW  # type: ignore[union-attr]


def test_the_combination_is_plain_data() -> None:
    every = combine(applied(*TABLE_IDS))
    data = json.loads(json.dumps(every.as_dict()))
    assert data["retention_years"] == {"value": 6.0, "preset": "SEC-17A4-DEFAULT", "source": "preset"}
    assert data["applied"] == TABLE_IDS
    assert every.lines()
