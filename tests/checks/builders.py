"""Playbooks for the check tests, built in code.

:func:`complete_data` is a regulated playbook (FINRA, SEC adviser and Marketing Rule presets)
that passes every governance check on :data:`TODAY`; each check test changes one thing in it to
trigger a finding, and the untouched playbook is the case where the check stays silent.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from playbooks.format.model import Playbook

#: The date the check tests run on (date-dependent checks are frozen to it).
TODAY = dt.date(2026, 6, 1)


def complete_data() -> dict[str, Any]:
    """A small but complete regulated playbook with no governance findings on TODAY."""
    cert = {"training": "t-social", "obtained": "2026-01-10"}
    return copy.deepcopy(
        {
            "schema_version": 2,
            "document": {
                "id": "acme",
                "title": "Acme social media policy",
                "owner": "p-ann",
                "authors": ["p-bo"],
                "next_review_date": "2027-01-01",
            },
            "scope": {"territories": ["United States"]},
            "objectives": {
                "items": [
                    {"id": "o-retain", "title": "Retain customers", "kind": "business", "owner": "p-ann"},
                    {"id": "o-help", "title": "Answer members' questions", "kind": "community", "owner": "p-cy"},
                ]
            },
            "governance": {
                "model": "hub_and_spoke",
                "hub": {"name": "Social council", "members": ["p-ann", "p-bo", "p-cy"]},
                "spokes": [{"id": "s-emea", "name": "EMEA"}],
                "decision_rights": [
                    {"id": "d-policy", "area": "policy_change", "accountable": "p-ann"},
                    {"id": "d-accounts", "area": "account_creation", "accountable": "p-bo"},
                    {"id": "d-content", "area": "content_approval", "accountable": "p-cy"},
                ],
            },
            "people": {
                "people": [
                    {
                        "id": "p-ann",
                        "name": "Ann Principal",
                        "function": "compliance",
                        "roles": ["hub_member", "qualified_approver"],
                        "qualification": "FINRA registered principal (Series 24)",
                        "backup": "p-bo",
                    },
                    {
                        "id": "p-bo",
                        "name": "Bo Counsel",
                        "function": "legal",
                        "roles": ["hub_member"],
                        "backup": "p-ann",
                    },
                    {
                        "id": "p-cy",
                        "name": "Cy Marketer",
                        "function": "marketing",
                        "roles": ["hub_member", "account_owner", "spokesperson"],
                        "backup": "p-dee",
                        "certifications": [cert],
                    },
                    {
                        "id": "p-dee",
                        "name": "Dee Native",
                        "function": "marketing",
                        "roles": ["community_manager", "account_owner"],
                        "seniority": "junior",
                        "backup": "p-cy",
                        "certifications": [cert],
                    },
                    {"id": "p-eve", "name": "Eve Chief", "function": "executive"},
                ],
                "champions": [{"person": "p-eve", "sponsored_goal": "Cut cost to serve by 10%"}],
                "mentoring_pairs": [{"mentor": "p-cy", "mentee": "p-dee"}],
            },
            "channels": {
                "accounts": [
                    {
                        "id": "c-li",
                        "platform": "LinkedIn",
                        "handle": "acme",
                        "owner": "p-cy",
                        "backup": "p-dee",
                        "objectives": ["o-retain"],
                        "state": "active",
                        "response_sla_hours": 4,
                        "monitored": True,
                        "approval_route": "Pre-review by a registered principal",
                        "training": ["t-social"],
                        "archive_connected": True,
                        "account_approval": {"approver": "p-ann", "date": "2026-01-15"},
                        "last_activity": "2026-05-20",
                        "freshness_days": 30,
                    },
                    {
                        "id": "c-x",
                        "platform": "X",
                        "handle": "@acme",
                        "owner": "p-dee",
                        "backup": "p-cy",
                        "state": "active",
                        "realtime": True,
                        "character_limit": 280,
                        "response_sla_hours": 1,
                        "monitored": True,
                        "training": ["t-social"],
                        "archive_connected": True,
                        "account_approval": {"approver": "p-ann", "date": "2026-01-15"},
                    },
                ],
                "listening": [{"id": "l-brand", "topic": "Brand mentions", "acted_on_by": "p-dee"}],
                "engagement_process": "Answer within the SLA; escalate per Crisis and escalation.",
            },
            "content": {
                "rules": [
                    {
                        "id": "r-static",
                        "title": "Profiles",
                        "content_class": "static_profile",
                        "approval": "pre_review",
                        "approver_role": "Registered principal",
                        "approver_qualified": True,
                    },
                    {
                        "id": "r-posts",
                        "title": "Posts",
                        "content_class": "post",
                        "approval": "post_review",
                        "sampling_rate": 0.2,
                        "training_documented": True,
                        "documentation": True,
                        "surveillance": True,
                    },
                    {
                        "id": "r-testimonials",
                        "title": "Testimonials",
                        "content_class": "testimonial",
                        "approval": "pre_review",
                        "approver_qualified": True,
                        "disclosures": [{"text": "Current client; not compensated", "placement": "inline"}],
                    },
                ]
            },
            "conduct": {
                "clauses": [
                    {
                        "id": "k-conf",
                        "title": "Confidential information",
                        "topic": "confidentiality",
                        "audiences": ["employees"],
                        "labour_review": "reviewed",
                    }
                ]
            },
            "regulatory": {
                "presets": [
                    {"preset": "FINRA-STATIC"},
                    {"preset": "FINRA-INTERACTIVE"},
                    {"preset": "SEC-17A4-COMMS"},
                    {"preset": "SEC-204-2"},
                    {"preset": "SEC-MKT-TESTIMONIAL"},
                ]
            },
            "supervision": {"lexicons": [{"id": "lex-promises", "name": "Promises", "terms": ["guaranteed"]}]},
            "records": {
                "record_classes": [
                    {
                        "id": "rc-comms",
                        "name": "Business communications",
                        "retention_years": 5,
                        "accessible_years": 2,
                        "storage_mode": "worm",
                    }
                ]
            },
            "training": {
                "qualification_mode": "certification",
                "modules": [
                    {
                        "id": "t-social",
                        "title": "Social media at Acme",
                        "roles": ["account_owner", "spokesperson", "community_manager"],
                        "validity_months": 24,
                    }
                ],
            },
            "crisis": {
                "levels": [
                    {
                        "id": "lv-1",
                        "level": 1,
                        "name": "Critical",
                        "triggers": [{"kind": "mainstream_media", "description": "Picked up by a national newspaper"}],
                        "contacts": [{"person": "p-ann", "backup": "p-bo"}],
                    }
                ]
            },
            "measurement": {
                "purpose": "Allocate the service budget between channels.",
                "compares_channels": True,
                "metrics": [
                    {
                        "id": "m-churn",
                        "name": "Customer churn",
                        "objective": "o-retain",
                        "baseline": 12,
                        "target": 9,
                        "direction": "decrease",
                    },
                    {
                        "id": "m-answered",
                        "name": "Questions answered in a day",
                        "objective": "o-help",
                        "baseline": 60,
                        "target": 90,
                        "direction": "increase",
                    },
                ],
            },
            "experiments": {
                "items": [{"id": "e-pilot", "title": "Service pilot", "spoke": "EMEA", "shared_with_hub": True}]
            },
        }
    )


def playbook(data: dict[str, Any]) -> Playbook:
    """Validate ``data`` as a playbook."""
    return Playbook.model_validate(data)


def synthetic_playbook(spokes: int = 200, channels_per_spoke: int = 5, rules: int = 20_000) -> Playbook:
    """A large playbook for the benchmark: ``spokes`` spokes' worth of channels and ``rules`` content rules."""
    data = complete_data()
    accounts = data["channels"]["accounts"]
    template = accounts[0]
    data["governance"]["spokes"] = [{"id": f"s-{i}", "name": f"Spoke {i}"} for i in range(spokes)]
    data["channels"]["accounts"] = [
        {**template, "id": f"c-{s}-{c}", "handle": f"acme-{s}-{c}", "region": f"Spoke {s}"}
        for s in range(spokes)
        for c in range(channels_per_spoke)
    ]
    classes = ["static_profile", "post", "reply", "testimonial", "ad", "third_party_share"]
    data["content"]["rules"] = [
        {
            "id": f"r-{i}",
            "title": f"Rule {i}",
            "content_class": classes[i % len(classes)],
            "approval": "pre_review" if i % 3 else "post_review",
            "approver_qualified": True,
            "training_documented": i % 7 != 0,
            "documentation": True,
            "surveillance": True,
            "channels": [f"c-{i % spokes}-{i % channels_per_spoke}"] if i % 2 else [],
            "disclosures": [{"text": "Paid endorsement", "placement": "link" if i % 5 == 0 else "inline"}],
        }
        for i in range(rules)
    ]
    return Playbook.model_validate(data)
