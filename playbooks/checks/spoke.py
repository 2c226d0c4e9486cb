"""Spoke checks: codes whose findings come from hub and spoke tailoring (:mod:`playbooks.tailoring`).

They are described here, not run here: a spoke's findings need the spoke file and its hub,
not just a playbook, so :func:`playbooks.tailoring.resolve_text` produces them and
:func:`playbooks.checks.validation.validate_file` adds them to the checks of the effective playbook.
"""

from __future__ import annotations

from playbooks.checks import describe
from playbooks.format.enums import Severity

AREA = "tailoring"

describe(
    "SPOKE-LOCKED-WEAKENED",
    Severity.ERROR,
    AREA,
    "A spoke removes or loosens a locked hub item",
    "The hub locks what the whole organisation must keep (retention, approval, disclosures); a region may "
    "tighten a locked item but never remove or loosen it. Which way is tighter is declared per field "
    "(a longer retention, a stricter approval, more disclosure). Prior art: NIST OSCAL profiles and OpenSCAP tailoring, where a "
    "profile may only refine what its baseline allows; the source article's hub and spoke model, where the "
    "hub coordinates and the spokes act within its rules.",
    sources=(
        "NIST OSCAL profiles",
        "OpenSCAP tailoring files",
        "Why social media fails, Web 2.0 Expo panel (2009)",
    ),
)
describe(
    "SPOKE-NO-RATIONALE",
    Severity.WARNING,
    AREA,
    "A spoke change has no rationale",
    "Every departure from the hub must say why (a local law, market or language), so that the hub and an "
    "examiner can judge it. OpenSCAP tailoring files and OSCAL profiles record a rationale per change.",
    sources=(
        "OpenSCAP tailoring files",
        "NIST OSCAL profiles",
    ),
)
describe(
    "SPOKE-HUB-MISSING",
    Severity.ERROR,
    AREA,
    "The hub of a spoke cannot be read, or spokes name each other in a cycle",
    "A spoke holds only its changes; without its hub there is no effective playbook for the region. The hub "
    "path is relative to the spoke file and must name a readable playbook (or a spoke of one: dandelion) "
    "without a cycle.",
    sources=("Charter's hub and spoke file format (docs/tailoring.md)",),
)
describe(
    "SPOKE-HUB-DRIFT",
    Severity.WARNING,
    AREA,
    "The hub changed since the spoke was tailored",
    "A spoke records the hub version and fingerprint it was tailored against, and the hub values of the "
    "fields it changes; when the hub moves, the regional manager must review what changed underneath the "
    "spoke ('charter diff --against-hub-version') and record the new hub version.",
    sources=(
        "Charter's hub and spoke file format (docs/tailoring.md)",
        "NIST OSCAL profiles",
    ),
)
describe(
    "SPOKE-CHANGE-EXPIRED",
    Severity.WARNING,
    AREA,
    "A spoke change has passed its expiry date",
    "Regional exceptions are granted for a time (research: 'exceptions register with approver and expiry'); "
    "an expired change is still applied but must be renewed with its approver or removed.",
    sources=("Exceptions registers with approver and expiry (Charter domain research)",),
)
describe(
    "SPOKE-CHAIN-BROKEN",
    Severity.ERROR,
    AREA,
    "A spoke higher up the chain breaks the hub's rules",
    "In a chain corporate hub -> business unit -> region, the region's hub is the business unit's effective "
    "playbook. When the business unit loosens a locked item (or has any other tailoring error), everything "
    "below it carries the loosened rule, so every spoke below fails with it until the level named in the "
    "finding (file, line and rule) is fixed.",
    sources=("Charter's hub and spoke file format (docs/tailoring.md)", "NIST OSCAL profiles"),
)
describe(
    "SPOKE-HUB-UNAPPROVED",
    Severity.WARNING,
    AREA,
    "The hub a spoke tailors is not approved as it is",
    "A region builds its rules on the hub's. When the hub was never signed off, or its content changed after "
    "its last sign-off, the region is tailoring a rulebook nobody approved: have the hub signed off (for a "
    "business-unit spoke used as a hub, its own regional sign-off) before the region relies on it.",
    sources=(
        "Charter's hub and spoke file format (docs/tailoring.md)",
        "FINRA Rule 3110 (written supervisory procedures)",
    ),
)
describe(
    "SPOKE-HUB-REPLACED",
    Severity.ERROR,
    AREA,
    "The hub file is another playbook than the one the spoke tailors",
    "A spoke records the id of the hub it tailors. When its hub path leads to another playbook (a starter, "
    "another firm's hub, the region's own resolved export), none of the real hub's locks apply: the region "
    "would publish rules nobody at the hub set. Point the hub path back at the hub, or start a new spoke of "
    "the other playbook.",
    sources=("Charter's hub and spoke file format (docs/tailoring.md)",),
)
