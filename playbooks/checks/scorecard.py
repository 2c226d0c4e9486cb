"""The readiness scorecard: one score 0-100 per area, computed from the findings.

The areas are the four failure reasons of the 2009 panel "Why social media fails" (culture,
campaigns, measurement, relevance) plus compliance and channel readiness; every check is
registered under one of them (:data:`playbooks.checks.AREAS`).

Weights (documented here and in ``charter validate`` output):

* each area starts at 100;
* a finding deducts by severity: error 25, warning 10, info 3 (:data:`WEIGHTS`);
* a code that fires several times in an area deducts at most twice its weight
  (:data:`REPEAT_CAP`), so one systemic gap (200 channels without a backup) shows as a serious
  weakness without hiding every other gap in the area;
* waived findings deduct nothing (the risk was accepted, with a reason) but are counted;
* the score never goes below 0.

Bands: 85 and above "strong", 60 and above "fair", below 60 "weak".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from playbooks.checks import AREAS, load_all
from playbooks.format.enums import Severity
from playbooks.format.findings import Finding
from playbooks.format.language import N_

WEIGHTS: dict[Severity, int] = {Severity.ERROR: 25, Severity.WARNING: 10, Severity.INFO: 3}
REPEAT_CAP = 2
BANDS: tuple[tuple[int, str], ...] = ((85, N_("strong")), (60, N_("fair")), (0, N_("weak")))


@dataclass(frozen=True)
class AreaScore:
    """The score of one area and the findings behind it."""

    area: str
    title: str
    score: int
    band: str
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    waived: int = 0
    codes: tuple[str, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON output and the exports."""
        return {
            "area": self.area,
            "title": self.title,
            "score": self.score,
            "band": self.band,
            "errors": self.errors,
            "warnings": self.warnings,
            "info": self.infos,
            "waived": self.waived,
            "codes": list(self.codes),
        }


@dataclass(frozen=True)
class Scorecard:
    """Scores for every area, in the order of :data:`playbooks.checks.AREAS`."""

    areas: tuple[AreaScore, ...]

    def score(self, area: str) -> int:
        """The score of ``area`` (KeyError for an unknown area)."""
        for item in self.areas:
            if item.area == area:
                return item.score
        raise KeyError(area)

    def as_dict(self) -> dict[str, Any]:
        """Plain data (with the weights used) for JSON output and the exports."""
        return {
            "weights": {s.value: w for s, w in WEIGHTS.items()},
            "repeat_cap": REPEAT_CAP,
            "areas": [a.as_dict() for a in self.areas],
        }

    def lines(self) -> list[str]:
        """The scorecard as aligned text lines with a bar per area."""
        width = max(len(a.title) for a in self.areas)
        out = []
        for a in self.areas:
            bar = "#" * (a.score // 10) + "." * (10 - a.score // 10)
            counts = f"{a.errors} error{'s' if a.errors != 1 else ''}, {a.warnings} warning" + (
                "s" if a.warnings != 1 else ""
            )
            if a.infos:
                counts += f", {a.infos} info"
            if a.waived:
                counts += f", {a.waived} waived"
            out.append(f"{a.title:<{width}}  {a.score:>3}  [{bar}]  {a.band:<6}  {counts}")
        return out


def band(score: int) -> str:
    """'strong', 'fair' or 'weak'."""
    return next(name for floor, name in BANDS if score >= floor)


def scorecard(findings: Iterable[Finding]) -> Scorecard:
    """Score every area from ``findings`` (codes outside the six areas are not scored)."""
    registry = load_all()
    per_area: dict[str, list[Finding]] = {area: [] for area in AREAS}
    for finding in findings:
        info = registry.get(finding.code)
        if info is not None and info.area in per_area:
            per_area[info.area].append(finding)
    areas = []
    for area, title in AREAS.items():
        live = [f for f in per_area[area] if not f.waived]
        repeats = Counter((f.code, f.severity) for f in live)
        deduction = sum(WEIGHTS[severity] * min(count, REPEAT_CAP) for (_, severity), count in repeats.items())
        score = max(0, 100 - deduction)
        severities = Counter(f.severity for f in live)
        areas.append(
            AreaScore(
                area=area,
                title=title,
                score=score,
                band=band(score),
                errors=severities[Severity.ERROR],
                warnings=severities[Severity.WARNING],
                infos=severities[Severity.INFO],
                waived=len(per_area[area]) - len(live),
                codes=tuple(sorted({f.code for f in live})),
            )
        )
    return Scorecard(tuple(areas))
