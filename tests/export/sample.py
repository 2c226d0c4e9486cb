"""A complete playbook built in code: every section filled, so every export path runs."""

from __future__ import annotations

from typing import Any

FP = "0" * 64


def rich_playbook_data() -> dict[str, Any]:
    """A broker-dealer hub playbook with content in every section (fictional firm)."""
    people = [
        ("p-dana", "Dana Reyes", "Chief Compliance Officer", "compliance", ["hub_member", "qualified_approver"]),
        ("p-omar", "Omar Haddad", "General Counsel", "legal", ["hub_member"]),
        ("p-lee", "Lee Tan", "Head of Communications", "communications", ["hub_member", "spokesperson"]),
        ("p-kim", "Kim Novak", "Chief Marketing Officer", "marketing", ["hub_member"]),
        ("p-sam", "Sam Okoro", "Community Manager", "marketing", ["community_manager", "account_owner"]),
        ("p-ravi", "Ravi Menon", "Registered Principal", "compliance", ["qualified_approver"]),
        ("p-ceo", "Morgan Blake", "Chief Executive Officer", "executive", []),
        ("p-ivy", "Ivy Chen", "Social Media Associate", "marketing", ["practitioner"]),
    ]
    return {
        "schema_version": 2,
        "document": {
            "id": "northwind-social",
            "title": "Northwind Capital Social Media Policy",
            "version": "2.1.0",
            "status": "approved",
            "effective_date": "2026-03-01",
            "next_review_date": "2027-03-01",
            "early_review_triggers": ["A change in FINRA Rule 2210", "A material incident on an official account"],
            "owner": "p-dana",
            "authors": ["p-dana", "p-lee"],
            "confidentiality": "internal",
            "audiences": ["employees", "contractors"],
            "supersedes": "Social Media Policy 1.4 (2024)",
            "change_log": [
                {
                    "version": "2.1.0",
                    "date": "2026-02-01",
                    "author": "Dana Reyes",
                    "what": "Added TikTok pilot rules.",
                    "why": "New channel.",
                    "material": True,
                }
            ],
            "sign_offs": [
                {
                    "approver": "Morgan Blake",
                    "role": "Chief Executive Officer",
                    "date": "2026-02-20",
                    "decision": "approved",
                    "comment": "",
                    "fingerprint": FP,
                }
            ],
        },
        "scope": {
            "purpose": "This policy sets out how **Northwind Capital** and its people use social media.\n\nIt protects *clients*, the firm and staff.",
            "audiences": ["employees", "contractors", "agencies"],
            "uses": [
                {"use": "personal", "definition": "Using social media for yourself, in your own name."},
                {"use": "official", "definition": "Speaking for the firm on an **official account**."},
            ],
            "territories": ["United States", "United Kingdom"],
            "platforms": ["LinkedIn", "X", "YouTube"],
            "glossary": [
                {
                    "term": "Retail communication",
                    "definition": "Any written communication distributed to more than 25 retail investors within 30 days.",
                }
            ],
            "cross_references": [
                {"id": "x-coc", "title": "Code of Conduct", "version": "2025", "relation": "complements"}
            ],
        },
        "objectives": {
            "audience_research": "Our clients read LinkedIn daily; see the 2025 client survey.",
            "items": [
                {
                    "id": "o-retain",
                    "title": "Retain advisory clients",
                    "kind": "business",
                    "owner": "p-kim",
                    "corporate_goal": "Grow assets under management 8%",
                    "description": "Fewer clients leave.",
                },
                {
                    "id": "o-educate",
                    "title": "Improve investor literacy",
                    "kind": "community",
                    "owner": "p-lee",
                    "description": "Plain-language education for the public.",
                },
            ],
        },
        "governance": {
            "model": "hub_and_spoke",
            "rationale": "A central council sets rules; regions act within them.",
            "units": 3,
            "hub": {
                "name": "Social Media Council",
                "description": "Sets policy and approves new channels.",
                "members": ["p-dana", "p-omar", "p-lee", "p-kim"],
                "meeting_cadence": "Monthly",
            },
            "spokes": [
                {
                    "id": "s-emea",
                    "name": "EMEA",
                    "languages": ["English", "German"],
                    "local_regulators": ["FCA", "BaFin"],
                    "lead": "p-lee",
                }
            ],
            "decision_rights": [
                {
                    "id": "d-policy",
                    "area": "policy_change",
                    "responsible": ["p-dana"],
                    "accountable": "p-ceo",
                    "consulted": ["p-omar"],
                    "informed": ["p-kim"],
                },
                {
                    "id": "d-crisis",
                    "area": "crisis_statements",
                    "responsible": ["p-lee"],
                    "accountable": "p-lee",
                    "consulted": ["p-omar", "p-dana"],
                    "informed": ["p-ceo"],
                    "notes": "Level 1 only",
                },
            ],
        },
        "people": {
            "people": [
                {
                    "id": pid,
                    "name": name,
                    "title": title,
                    "function": fn,
                    "roles": roles,
                    "phone": "+1 212 555 0100",
                    "email": f"{pid[2:]}@northwind.example",
                }
                for pid, name, title, fn, roles in people
            ],
            "champions": [{"person": "p-ceo", "sponsored_goal": "Grow assets under management 8%"}],
            "mentoring_pairs": [{"mentor": "p-sam", "mentee": "p-ivy"}],
        },
        "channels": {
            "accounts": [
                {
                    "id": "c-li",
                    "platform": "LinkedIn",
                    "handle": "@northwind",
                    "owner": "p-sam",
                    "backup": "p-ivy",
                    "objectives": ["o-retain"],
                    "state": "active",
                    "traffic_light": "green",
                    "monitored": True,
                    "monitoring_cadence": "Hourly in business hours",
                    "response_sla_hours": 4,
                    "archive_connected": True,
                    "archive_vendor": "Smarsh",
                    "mfa": True,
                    "features": [{"name": "Comments", "enabled": True}],
                },
                {
                    "id": "c-yt",
                    "platform": "YouTube",
                    "handle": "Northwind Learn",
                    "owner": "p-lee",
                    "backup": "p-sam",
                    "objectives": ["o-educate"],
                    "state": "piloting",
                },
            ],
            "listening": [{"id": "l-brand", "topic": "Brand mentions", "tool": "Brandwatch", "acted_on_by": "p-sam"}],
            "engagement_process": "1. Acknowledge within four hours.\n2. Route complaints to Client Services.",
        },
        "content": {
            "rules": [
                {
                    "id": "r-static",
                    "title": "Static profile content is pre-approved",
                    "content_class": "static_profile",
                    "approval": "pre_review",
                    "approver_role": "Registered principal",
                    "approver_qualified": True,
                    "wording": "Profiles and bios are approved **before** they go live.",
                },
                {
                    "id": "r-posts",
                    "title": "Interactive posts are post-reviewed",
                    "content_class": "post",
                    "approval": "post_review",
                    "sampling_rate": 0.25,
                    "approver_role": "Compliance analyst",
                    "training_documented": True,
                    "documentation": True,
                    "surveillance": True,
                    "disclosures": [{"text": "Member FINRA/SIPC", "placement": "same_message"}],
                    "prohibited": ["Performance predictions"],
                },
            ],
            "moderation": "We remove spam and abuse, never merely negative comments.",
        },
        "conduct": {
            "clauses": [
                {
                    "id": "k-disclose",
                    "title": "Say that you work for Northwind",
                    "kind": "obligation",
                    "topic": "disclosure_of_affiliation",
                    "wording": "When you discuss the firm, say that you work here.",
                    "examples": ["I work at Northwind; views are my own."],
                    "labour_review": "reviewed",
                },
                {
                    "id": "k-clients",
                    "title": "Never discuss clients",
                    "kind": "prohibition",
                    "topic": "client_information",
                    "wording": "Do not mention any client, even without a name.",
                    "exceptions": ["With written client consent"],
                },
            ]
        },
        "regulatory": {
            "presets": [
                {
                    "preset": "FINRA-2210-STATIC",
                    "parameters": {"approval": "pre_review"},
                    "note": "Broker-dealer",
                    "locked": True,
                },
                {"preset": "SEC-17A4", "parameters": {"retention_years": 6, "accessible_years": 2}},
            ],
            "exceptions": [
                {
                    "id": "e-1",
                    "preset": "SEC-17A4",
                    "description": "Legacy Vine account not archived.",
                    "approver": "p-dana",
                    "expires": "2026-12-31",
                }
            ],
        },
        "supervision": {
            "procedure": "Compliance reviews a **25%** sample weekly.",
            "lexicons": [
                {
                    "id": "lx-1",
                    "name": "Promissory language",
                    "terms": ["guaranteed", "risk-free"],
                    "action": "route",
                    "destination": "Compliance",
                }
            ],
            "evidence_fields": ["Reviewer", "Date", "Action taken"],
            "remediation": ["Edit", "Delete", "Retrain"],
            "reapproval_months": 12,
        },
        "records": {
            "record_classes": [
                {
                    "id": "rc-1",
                    "name": "Business communications",
                    "retention_years": 6,
                    "accessible_years": 2,
                    "storage_mode": "worm",
                    "locked": True,
                }
            ],
            "archive_vendor": "Smarsh",
            "legal_hold": "Legal holds suspend deletion until released by the General Counsel.",
            "production_sla_days": 10,
        },
        "privacy": {
            "eu_monitoring": True,
            "lawful_basis": "Legitimate interests",
            "dpia_completed": True,
            "dpia_date": "2025-11-01",
            "notice": "Staff are told what is monitored.",
            "works_council_agreements": [
                {"entity": "Northwind GmbH", "country": "Germany", "scope": "Comment functions"}
            ],
        },
        "training": {
            "qualification_mode": "either",
            "minimum_experience_years": 3,
            "modules": [
                {
                    "id": "t-basics",
                    "title": "Social media essentials",
                    "roles": ["account_owner", "community_manager"],
                    "cadence_months": 12,
                    "validity_months": 12,
                    "pass_mark": 80,
                    "required_for_access": True,
                }
            ],
            "attestation_text": "I have read and will follow the Social Media Policy.",
        },
        "crisis": {
            "levels": [
                {
                    "id": "lv-1",
                    "level": 1,
                    "name": "Critical",
                    "triggers": [{"kind": "mainstream_media", "description": "Picked up by national news"}],
                    "contacts": [{"person": "p-lee", "backup": "p-kim", "acknowledge_minutes": 15}],
                    "holding_statement": "We are aware and looking into it.",
                },
                {
                    "id": "lv-2",
                    "level": 2,
                    "name": "High",
                    "triggers": [{"kind": "virality", "description": "More than 100 negative replies in an hour"}],
                    "contacts": [{"person": "p-sam", "backup": "p-ivy", "acknowledge_minutes": 60}],
                },
            ],
            "triage": [
                {"type": "troll", "response": "Do not engage."},
                {"type": "unhappy_customer", "response": "Apologise and take it offline."},
            ],
            "account_compromise": "Lock the account, call IT security, tell the Council.",
            "impersonation": "Report to the platform and log it.",
            "post_incident_review": "Within ten days.",
        },
        "measurement": {
            "purpose": "We measure to **allocate budget** across channels.",
            "compares_channels": True,
            "cross_channel": "Compared with email and branch.",
            "metrics": [
                {
                    "id": "m-churn",
                    "name": "Advisory client churn",
                    "kpi": "Retention",
                    "objective": "o-retain",
                    "source": "CRM",
                    "unit": "%",
                    "baseline": 9.5,
                    "target": 8,
                    "direction": "decrease",
                    "cadence": "Quarterly",
                    "owner": "p-kim",
                },
                {
                    "id": "m-lit",
                    "name": "Quiz completion",
                    "kpi": "Literacy",
                    "objective": "o-educate",
                    "kind": "operational",
                    "baseline": 1200,
                    "target": 2000,
                    "direction": "increase",
                    "cadence": "Monthly",
                    "owner": "p-lee",
                },
            ],
            "reporting": "Quarterly to the board.",
        },
        "experiments": {
            "items": [
                {
                    "id": "x-1",
                    "title": "TikTok explainer pilot",
                    "spoke": "EMEA",
                    "hypothesis": "Short videos reach younger investors.",
                    "result": "Reach doubled.",
                    "lesson": "Keep it under a minute.",
                    "shared_with_hub": True,
                }
            ]
        },
        "enforcement": {
            "ladder": ["Coaching", "Written warning", "Dismissal"],
            "non_retaliation": "No one is penalised for reporting in good faith.",
            "reporting_channels": ["compliance@northwind.example", "Ethics hotline"],
        },
        "maintenance": {
            "procedure": "The Council reviews the policy every year.",
            "communication": "Changes are announced by email and re-attested.",
            "version_archive": "Policy library",
        },
    }
