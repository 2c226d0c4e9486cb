"""Deterministic synthetic playbooks for the benchmark.

Sizes (issue 9): S is the example hub (``examples/meridian-securities-hub.playbook.yaml``) when
it exists, else a small generated playbook; M has 20 spokes and 2,000 rules, L 100 spokes and
10,000 rules, XL 200 spokes and 20,000 rules (about 7 MB of YAML). "Rules" are content rules
plus conduct clauses with realistic, multi-line wording; every spoke brings its own lead,
channel owners and channels, and the rules refer to those channels, so reference integrity has
real work to do. The same seed always gives byte-identical files.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playbooks.format.model import SCHEMA_VERSION, Playbook
from playbooks.io.storage import dumps

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "meridian-securities-hub.playbook.yaml"
SEED = 20091117  # the Web 2.0 Expo panel's year; any fixed number would do


@dataclass(frozen=True)
class Size:
    """A benchmark size: how many spokes and rules."""

    name: str
    spokes: int
    rules: int


SIZES: dict[str, Size] = {
    "S": Size("S", 3, 60),  # only used while the example hub does not exist
    "M": Size("M", 20, 2_000),
    "L": Size("L", 100, 10_000),
    "XL": Size("XL", 200, 20_000),
}

_REGIONS = [
    "Northern Europe",
    "Southern Europe",
    "DACH",
    "Benelux",
    "Iberia",
    "Nordics",
    "UK and Ireland",
    "North America",
    "LATAM",
    "Brazil",
    "Mexico",
    "Japan",
    "Korea",
    "Greater China",
    "Singapore",
    "Australia",
    "India",
    "Middle East",
    "Africa",
    "Central Europe",
]
_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt", "sv", "ja", "ko", "zh", "ar", "pl", "cs"]
_REGULATORS = ["FINRA", "SEC", "FCA", "BaFin", "AMF", "CONSOB", "CNMV", "AFM", "FSA", "MAS", "ASIC", "SEBI", "FINMA"]
_PLATFORMS = ["LinkedIn", "X", "Facebook", "Instagram", "YouTube", "TikTok", "WhatsApp", "WeChat", "Xing"]
_FIRST = [
    "Ana",
    "Ben",
    "Chloé",
    "Dmitri",
    "Eva",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kemal",
    "Lena",
    "Mateo",
    "Nora",
    "Oskar",
    "Priya",
    "Quentin",
    "Rosa",
    "Sven",
    "Tariq",
    "Ulla",
    "Vera",
    "Wei",
    "Yara",
]
_LAST = [
    "Adler",
    "Bianchi",
    "Costa",
    "Dubois",
    "Eriksson",
    "Fischer",
    "García",
    "Hansen",
    "Ito",
    "Jansen",
    "Kowalski",
    "Larsen",
    "Müller",
    "Novak",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rossi",
    "Schmidt",
    "Tanaka",
]
_SUBJECTS = [
    "Posts that mention products or performance",
    "Replies to customer complaints",
    "Sharing third-party articles",
    "Testimonials and endorsements",
    "Live video sessions",
    "Paid promotions and boosted posts",
    "Direct messages with prospects",
    "Static profile changes",
    "Contest and giveaway posts",
    "Links to research reports",
]
_VERBS = [
    "must be pre-approved by a registered principal before publication",
    "are reviewed after publication on a sampling basis",
    "must carry the disclosures listed below in the same message",
    "may not promise or project investment returns",
    "are archived automatically through the connected archive",
    "must be escalated to compliance when they mention a complaint",
]
_REASONS = [
    "This follows FINRA Rule 2210 and the firm's supervisory procedures.",
    "Record every approval with the reviewer, the date and the exact content approved.",
    "When in doubt, do not publish and ask the hub for guidance.",
    "Local regulators may set stricter limits; the stricter rule always applies.",
    "Employees must never discuss client information, even in anonymised form.",
    "The spoke lead checks a sample each week and reports exceptions to the hub.",
    "Disclosures must be clear and conspicuous, not hidden behind a link.",
]
_CLAUSE_TITLES = [
    "Disclose your affiliation",
    "Keep client information private",
    "Refer media enquiries",
    "Political activity in a personal capacity",
    "Leaving the company",
    "Respect in online discussions",
    "No investment advice in personal posts",
    "Use the standard disclaimer",
]
_TOPICS = [
    "disclosure_of_affiliation",
    "client_information",
    "media_contact",
    "political_activity",
    "leaving_the_company",
    "respect",
    "advice",
    "disclaimer",
    "confidentiality",
]
_CLASSES = [
    "post",
    "reply",
    "direct_message",
    "ad",
    "live",
    "article",
    "third_party_share",
    "testimonial",
    "static_profile",
    "contest",
]
_AUDIENCES = ["employees", "contractors", "agents", "agencies", "influencers", "executives", "official_accounts"]


def _wording(rnd: random.Random) -> str:
    first = f"{rnd.choice(_SUBJECTS)} {rnd.choice(_VERBS)}."
    rest = rnd.choice(_REASONS)
    return f"{first}\n{rest}\n"


def _person(rnd: random.Random, pid: str, region: str, roles: list[str]) -> dict[str, Any]:
    first, last = rnd.choice(_FIRST), rnd.choice(_LAST)
    return {
        "id": pid,
        "name": f"{first} {last}",
        "title": rnd.choice(["Community manager", "Compliance officer", "Marketing lead", "Regional director"]),
        "function": rnd.choice(["marketing", "compliance", "communications", "customer_service"]),
        "roles": roles,
        "email": f"{first.lower()}.{pid}@example.com",
        "region": region,
    }


def generate_data(size: Size, seed: int = SEED) -> dict[str, Any]:
    """The playbook of ``size`` as plain data (what a file holds)."""
    rnd = random.Random(f"{seed}-{size.name}")
    people: list[dict[str, Any]] = [
        _person(rnd, "p-cco", "Global", ["hub_member", "qualified_approver"]),
        _person(rnd, "p-cmo", "Global", ["hub_member"]),
        _person(rnd, "p-legal", "Global", ["hub_member"]),
    ]
    spokes: list[dict[str, Any]] = []
    channels: list[dict[str, Any]] = []
    for s in range(size.spokes):
        region = f"{_REGIONS[s % len(_REGIONS)]} {s // len(_REGIONS) + 1}"
        sid = f"s-{s:03d}"
        lead, owner, backup = f"p-{s:03d}-lead", f"p-{s:03d}-owner", f"p-{s:03d}-backup"
        people += [
            _person(rnd, lead, region, ["spoke_lead"]),
            _person(rnd, owner, region, ["account_owner", "community_manager"]),
            _person(rnd, backup, region, ["community_manager"]),
        ]
        spokes.append(
            {
                "id": sid,
                "name": region,
                "languages": rnd.sample(_LANGUAGES, 2),
                "local_regulators": rnd.sample(_REGULATORS, 2),
                "autonomy": rnd.choice(["low", "medium", "high"]),
                "lead": lead,
                "file": f"spokes/{sid}.playbook.yaml",
            }
        )
        for c, platform in enumerate(rnd.sample(_PLATFORMS, 3)):
            channels.append(
                {
                    "id": f"c-{s:03d}-{c}",
                    "platform": platform,
                    "handle": f"@meridian_{sid}_{platform.lower()}",
                    "owner": owner,
                    "backup": backup,
                    "objectives": ["o-retain"],
                    "region": region,
                    "state": rnd.choice(["planned", "piloting", "active"]),
                    "traffic_light": rnd.choice(["green", "amber", "red"]),
                    "archive_connected": True,
                    "monitored": True,
                    "response_sla_hours": rnd.choice([2, 4, 8, 24]),
                    "staffed_hours": "Mon-Fri 08:00-18:00 local time",
                    "crisis_contact": lead,
                }
            )
    content_rules: list[dict[str, Any]] = []
    clauses: list[dict[str, Any]] = []
    n_content = size.rules * 3 // 5
    for r in range(size.rules):
        s = r % max(size.spokes, 1)
        if r < n_content:
            approval = rnd.choice(["pre_review", "post_review", "none"])
            rule: dict[str, Any] = {
                "id": f"r-{r:05d}",
                "title": rnd.choice(_SUBJECTS),
                "content_class": rnd.choice(_CLASSES),
                "audiences": [rnd.choice(_AUDIENCES)],
                "channels": [f"c-{s:03d}-{rnd.randrange(3)}"] if size.spokes else [],
                "approval": approval,
                "disclosures": [{"text": "#ad", "placement": "inline"}] if rnd.random() < 0.3 else [],
                "prohibited": ["Promissory statements"] if rnd.random() < 0.2 else [],
                "wording": _wording(rnd),
                "locked": rnd.random() < 0.2,
            }
            if approval == "pre_review":
                rule["approver_role"] = "Registered principal"
                rule["sla_hours"] = rnd.choice([4, 24, 48])
            if approval == "post_review":
                rule["sampling_rate"] = 0.1
            content_rules.append(rule)
        else:
            clauses.append(
                {
                    "id": f"k-{r:05d}",
                    "title": rnd.choice(_CLAUSE_TITLES),
                    "kind": rnd.choice(["obligation", "prohibition", "principle", "permission"]),
                    "topic": rnd.choice(_TOPICS),
                    "audiences": ["employees"],
                    "wording": _wording(rnd),
                    "examples": ["Sharing a client's portfolio screenshot."] if rnd.random() < 0.1 else [],
                    "labour_review": rnd.choice(["reviewed", "in_review"]),
                }
            )
    return {
        "schema_version": SCHEMA_VERSION,
        "document": {
            "id": f"meridian-bench-{size.name.lower()}",
            "title": f"Meridian benchmark playbook ({size.name})",
            "version": "1.0.0",
            "status": "draft",
            "effective_date": "2026-01-01",
            "owner": "p-cco",
            "authors": ["p-cco", "p-legal"],
        },
        "scope": {"purpose": "Benchmark content.\nGenerated deterministically.\n", "audiences": ["employees"]},
        "objectives": {
            "items": [
                {"id": "o-retain", "title": "Retain clients", "kind": "business", "owner": "p-cmo"},
                {"id": "o-help", "title": "Answer community questions", "kind": "community", "owner": "p-cmo"},
            ]
        },
        "governance": {
            "model": "hub_and_spoke",
            "units": max(size.spokes, 1),
            "hub": {"name": "Social Media Council", "members": ["p-cco", "p-cmo", "p-legal"]},
            "spokes": spokes,
        },
        "people": {"people": people, "champions": [{"person": "p-cmo", "sponsored_goal": "Client retention"}]},
        "channels": {"accounts": channels},
        "content": {"rules": content_rules},
        "conduct": {"clauses": clauses},
        "measurement": {
            "metrics": [
                {
                    "id": "m-churn",
                    "name": "Client churn",
                    "objective": "o-retain",
                    "baseline": 8,
                    "target": 6,
                    "direction": "decrease",
                    "owner": "p-cmo",
                }
            ]
        },
    }


def with_v2_structures(data: dict[str, Any], seed: int = SEED) -> dict[str, Any]:
    """``data`` (from :func:`generate_data`) with the structures of file-format version 2 added
    (issue 22's benchmark of them): an organisational role per spoke held by its lead and owner,
    five channel gates that every account names (met or not) plus one gate of its own, a
    decision table per spoke (8 rows of 4 cells) and three crisis decision trees (7 steps each).
    Everything else is left as it is, so that ``data`` itself is the baseline."""
    rnd = random.Random(f"{seed}-v2-{data['document']['id']}")
    out = copy.deepcopy(data)
    spokes = out["governance"].get("spokes", [])
    out["people"]["roles"] = [
        {
            "id": f"role-{spoke['id']}",
            "name": f"Review unit, {spoke['name']}",
            "description": "Reviews and approves the region's posts before they go out.",
            "holders": [spoke["lead"], spoke["lead"].replace("-lead", "-owner")],
            "email": f"review-{spoke['id']}@meridian.example",
        }
        for spoke in spokes
    ]
    gates = [
        {"id": f"g-{g}", "title": title, "description": "Confirmed by the hub before the account opens."}
        for g, title in enumerate(["Approved name and logo", "Archiving on", "Owner trained", "Backup named", "Bio"])
    ]
    out["channels"]["gates"] = gates
    for account in out["channels"]["accounts"]:
        account["gates_met"] = [g["id"] for g in gates if rnd.random() < 0.7]
        account["gates"] = [{"title": "Local regulator notified", "met": rnd.random() < 0.5, "evidence": "TCK-1"}]
    out["content"]["decision_tables"] = [
        {
            "id": f"t-{spoke['id']}",
            "title": f"Who authorises a post in {spoke['name']}",
            "description": "Find the scenario, then the authorisation it needs.",
            "columns": ["Scenario", "Content class", "Authorisation", "Time limit"],
            "rows": [
                [f"Scenario {r + 1}", rnd.choice(_CLASSES), rnd.choice(["Principal", "Hub", "None"]), f"{r + 1} h"]
                for r in range(8)
            ],
        }
        for spoke in spokes
    ]
    trees = []
    for t in range(3):
        nodes: list[dict[str, Any]] = [{"id": "q1", "question": "Is the post about us?"}]
        nodes += [{"id": f"q{n}", "parent": f"q{n - 1}", "answer": "Yes", "question": f"Step {n}?"} for n in (2, 3, 4)]
        nodes += [
            {"id": f"o{n}", "parent": f"q{n}", "answer": "No", "outcome": "Log it; no response."} for n in (2, 3, 4)
        ]
        trees.append({"id": f"tree-{t}", "title": f"Respond to a post ({t + 1})", "nodes": nodes})
    out["crisis"] = {"decision_trees": trees}
    return out


def generate(size_name: str, seed: int = SEED) -> Playbook:
    """The validated playbook of a size name (S, M, L, XL); S is generated too."""
    return Playbook.model_validate(generate_data(SIZES[size_name], seed))


def example_text() -> str | None:
    """The example hub's text, when the file exists."""
    return EXAMPLE.read_text(encoding="utf-8") if EXAMPLE.is_file() else None


def write_sizes(folder: Path, names: list[str], seed: int = SEED) -> dict[str, Path]:
    """Write the playbook of each size to ``folder`` as the app saves it; return the paths.

    S is the example hub when it exists (copied byte for byte), else a generated one.
    """
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for name in names:
        path = folder / f"bench-{name.lower()}.playbook.yaml"
        text = example_text() if name == "S" else None
        if text is None:
            text = dumps(generate(name, seed))
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    return paths


def write_spokes(hub_path: Path, hub: Playbook, folder: Path, limit: int | None = None) -> list[Path]:
    """Write a spoke file for every spoke of ``hub`` (or the first ``limit``); return their paths.

    Each spoke makes the changes a regional manager typically makes: its own title, a tighter
    approval SLA on one of its rules, a local channel, a removed rule and a reworded clause.
    """
    from playbooks.tailoring import AddChange, ModifyChange, RemoveChange, SetChange, start_spoke
    from playbooks.tailoring.spoke import dumps_spoke

    folder.mkdir(parents=True, exist_ok=True)
    spokes = hub.governance.spokes[:limit] if limit is not None else hub.governance.spokes
    if not spokes:
        return []
    # the hub's digests are the same for every spoke: compute them once
    template = start_spoke(hub, hub_path, folder / "spoke.playbook.yaml", spokes[0].name)
    rules_by_channel: dict[str, list[str]] = {}
    for rule in hub.content.rules:
        if not rule.locked and rule.channels:
            rules_by_channel.setdefault(rule.channels[0].rsplit("-", 1)[0], []).append(rule.id)
    clauses = [c.id for c in hub.conduct.clauses if not c.locked]
    paths: list[Path] = []
    for i, spoke in enumerate(spokes):
        own = rules_by_channel.get(f"c-{i:03d}", [])
        changes: list[Any] = [
            SetChange(
                action="set",
                path="document.title",
                value=f"{hub.document.title} ({spoke.name})",
                rationale="The regional edition.",
            ),
            AddChange(
                action="add",
                target="channels.accounts",
                item={"id": f"c-{i:03d}-local", "platform": "LinkedIn", "owner": spoke.lead, "region": spoke.name},
                rationale="A regional LinkedIn page run by the spoke lead.",
            ),
        ]
        if len(own) >= 2:
            changes.append(
                ModifyChange(
                    action="modify",
                    target="content.rules",
                    id=own[0],
                    fields={"sla_hours": 2},
                    rationale="Local regulator expects same-day approval.",
                )
            )
            changes.append(
                RemoveChange(
                    action="remove",
                    target="content.rules",
                    id=own[1],
                    rationale="This content class is not used in the region.",
                )
            )
        if clauses:
            changes.append(
                ModifyChange(
                    action="modify",
                    target="conduct.clauses",
                    id=clauses[i % len(clauses)],
                    fields={"wording": f"Local wording for {spoke.name}.\nSee the hub clause.\n"},
                    rationale="Translated and adapted by regional legal.",
                )
            )
        header = template.spoke.model_copy(update={"region": spoke.name})
        spoke_file = template.model_copy(update={"spoke": header, "changes": changes})
        path = folder / f"{spoke.id}.playbook.yaml"
        path.write_text(dumps_spoke(spoke_file), encoding="utf-8")
        paths.append(path)
    return paths
