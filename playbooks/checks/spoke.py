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
