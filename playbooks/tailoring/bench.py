"""Benchmark: resolve and validate many spokes of one hub (synthetic), for the performance issue.

``python -m playbooks.tailoring.bench [COUNT]`` prints the figures; the benchmark suite calls
:func:`benchmark_spokes`. Nothing here is a test: timings depend on the machine.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from playbooks.model import Playbook
from playbooks.storage import dumps
from playbooks.yamlio import dump_yaml


@dataclass(frozen=True)
class SpokeBenchmark:
    """Figures of one run: how many spokes, how big the hub, wall-clock and CPU seconds.

    ``validate`` is what ``charter validate`` does per spoke: resolution plus every check on the
    effective playbook. CPU seconds are steadier than wall-clock on a shared machine.
    """

    spokes: int
    hub_items: int
    changes_per_spoke: int
    resolve_seconds: float
    validate_seconds: float
    resolve_cpu_seconds: float
    validate_cpu_seconds: float
    spokes_with_errors: int

    def as_dict(self) -> dict[str, Any]:
        """Plain data (for the benchmark report)."""
        return asdict(self)


def synthetic_hub(people: int = 60, channels: int = 30, rules: int = 20, clauses: int = 30) -> dict[str, Any]:
    """A valid hub playbook as plain data, with locked and unlocked items of every lockable kind."""
    persons = [{"id": f"p-{i}", "name": f"Person {i}", "function": "compliance"} for i in range(people)]
    accounts = [
        {
            "id": f"c-{i}",
            "platform": ("LinkedIn", "YouTube", "Facebook", "Instagram")[i % 4],
            "owner": f"p-{i % people}",
            "backup": f"p-{(i + 1) % people}",
            "locked": i % 3 == 0,
            "response_sla_hours": 8,
            "archive_connected": True,
            "monitored": True,
            "approval_route": "Pre-review by a registered principal",
        }
        for i in range(channels)
    ]
    content = [
        {
            "id": f"r-{i}",
            "title": f"Rule {i}",
            "content_class": ("post", "static_profile", "ad", "article")[i % 4],
            "approval": "pre_review",
            "approver_qualified": True,
            "locked": i % 2 == 0,
            "disclosures": [{"text": "Member FINRA/SIPC", "placement": "inline"}],
            "wording": "Approved before use.",
        }
        for i in range(rules)
    ]
    conduct = [
        {"id": f"cl-{i}", "title": f"Clause {i}", "locked": i % 4 == 0, "wording": "Text.", "labour_review": "reviewed"}
        for i in range(clauses)
    ]
    return {
        "schema_version": 1,
        "document": {"id": "bench-hub", "title": "Benchmark hub", "owner": "p-0", "version": "1.0.0"},
        "governance": {
            "model": "hub_and_spoke",
            "hub": {"name": "Social media council", "members": ["p-0", "p-1", "p-2"]},
            "spokes": [{"id": "regions", "name": "Regions", "lead": "p-3"}],
        },
        "objectives": {"items": [{"id": "o-1", "title": "Retain clients", "kind": "business", "owner": "p-0"}]},
        "people": {"people": persons, "champions": [{"person": "p-0", "sponsored_goal": "Client retention"}]},
        "channels": {"accounts": accounts, "engagement_process": "Engage, then escalate."},
        "content": {"rules": content},
        "conduct": {"clauses": conduct},
        "regulatory": {
            "presets": [
                {"preset": "SEC-17A4-COMMS", "locked": True, "parameters": {"retention_years": 6}},
                {"preset": "FINRA-STATIC", "locked": True},
            ]
        },
        "records": {
            "record_classes": [
                {
                    "id": f"rc-{i}",
                    "name": f"Class {i}",
                    "retention_years": 6,
                    "accessible_years": 2,
                    "locked": i < 3,
                    "storage_mode": "worm",
                }
                for i in range(6)
            ]
        },
        "crisis": {
            "levels": [
                {
                    "id": "sev-1",
                    "level": 1,
                    "name": "Critical",
                    "locked": True,
                    "contacts": [{"person": "p-1", "backup": "p-2"}],
                    "triggers": [{"kind": "mainstream_media", "description": "National press asks."}],
                }
            ]
        },
        "measurement": {"metrics": [{"id": "m-1", "name": "Retention", "objective": "o-1"}]},
        "scope": {"territories": ["United States", "United Kingdom", "Singapore"]},
    }


def synthetic_spoke(index: int, hub_name: str) -> dict[str, Any]:
    """A realistic spoke: local people and channels, tightened locks, local settings, a removal."""
    region = f"Region {index}"
    changes: list[dict[str, Any]] = [
        {"action": "set", "path": "document.title", "value": f"Benchmark hub, {region}", "rationale": "Identifies it."},
        {"action": "add", "target": "scope.territories", "item": f"Territory {index}", "rationale": "Local market."},
        {"action": "remove", "target": "conduct.clauses", "id": "cl-1", "rationale": "Not applicable here."},
        {
            "action": "modify",
            "target": "records.record_classes",
            "id": "rc-0",
            "fields": {"retention_years": 7},
            "hub_values": {"retention_years": 6},
            "rationale": "Local law keeps records longer.",
            "approver": "Regional compliance",
        },
        {
            "action": "modify",
            "target": "channels.accounts",
            "id": "c-1",
            "fields": {"response_sla_hours": 4},
            "hub_values": {"response_sla_hours": 8},
            "rationale": "Faster local service.",
        },
    ]
    for j in range(2):
        changes.append(
            {
                "action": "add",
                "target": "people.people",
                "item": {"id": f"local-{index}-{j}", "name": f"Local person {j}", "region": region},
                "rationale": "Local contact.",
            }
        )
        changes.append(
            {
                "action": "add",
                "target": "channels.accounts",
                "item": {
                    "id": f"c-local-{index}-{j}",
                    "platform": "LINE",
                    "owner": f"local-{index}-{j}",
                    "region": region,
                },
                "rationale": "Local platform.",
                "expires": "2099-12-31",
            }
        )
    return {
        "schema_version": 1,
        "spoke": {"region": region, "hub": hub_name, "hub_version": "1.0.0"},
        "changes": changes,
    }


def benchmark_spokes(count: int = 200, folder: str | Path | None = None) -> SpokeBenchmark:
    """Write a synthetic hub and ``count`` spokes of it, then time resolving every spoke and
    validating every spoke (resolution plus every check on the effective playbook)."""
    from playbooks.findings import has_errors
    from playbooks.tailoring.resolve import resolve_file
    from playbooks.validation import validate_file

    with tempfile.TemporaryDirectory(prefix="charter-bench-") as scratch:
        root = Path(folder) if folder is not None else Path(scratch)
        root.mkdir(parents=True, exist_ok=True)
        hub = Playbook.model_validate(synthetic_hub())
        (root / "hub.playbook.yaml").write_text(dumps(hub), encoding="utf-8")
        paths = []
        for i in range(count):
            path = root / f"spoke-{i:04d}.playbook.yaml"
            path.write_text(dump_yaml(synthetic_spoke(i, "hub.playbook.yaml")), encoding="utf-8")
            paths.append(path)
        start, start_cpu = time.perf_counter(), time.process_time()
        for path in paths:
            resolve_file(path)
        resolved, resolved_cpu = time.perf_counter(), time.process_time()
        reports = [validate_file(path) for path in paths]
        validated, validated_cpu = time.perf_counter(), time.process_time()
    items = sum(len(v) for v in _lists(hub))
    return SpokeBenchmark(
        spokes=count,
        hub_items=items,
        changes_per_spoke=len(synthetic_spoke(0, "hub.playbook.yaml")["changes"]),
        resolve_seconds=round(resolved - start, 3),
        validate_seconds=round(validated - resolved, 3),
        resolve_cpu_seconds=round(resolved_cpu - start_cpu, 3),
        validate_cpu_seconds=round(validated_cpu - resolved_cpu, 3),
        spokes_with_errors=sum(1 for r in reports if r.unreadable or has_errors(r.findings)),
    )


def _lists(hub: Playbook) -> list[list[Any]]:
    return [
        hub.people.people,
        hub.channels.accounts,
        hub.content.rules,
        hub.conduct.clauses,
        hub.regulatory.presets,
        hub.records.record_classes,
        hub.crisis.levels,
    ]


if __name__ == "__main__":  # pragma: no cover - a manual tool
    result = benchmark_spokes(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
    for key, value in result.as_dict().items():
        sys.stdout.write(f"{key}: {value}\n")
