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
    "The hub file is another playbook than the one the spoke tailors, or than the site's hub",
    "A spoke records the id of the hub it tailors. When its hub path leads to another playbook (a starter, "
    "another firm's hub, the region's own resolved export), none of the real hub's locks apply: the region "
    "would publish rules nobody at the hub set. Likewise when the site configuration names the organisation's "
    "hub ('hub', set and locked by IT) and the spoke's chain of hubs does not lead to that file. Point the hub "
    "path back at the hub, or start a new spoke of the other playbook.",
    sources=("Charter's hub and spoke file format (docs/tailoring.md)",),
)
describe(
    "SPOKE-HUB-LOCKS-LOOSENED",
    Severity.ERROR,
    AREA,
    "The hub file takes out or loosens a lock the spoke was tailored against",
    "A spoke records the hub's locked items (and the items they name) as they were when it was tailored. "
    "When the file its hub path leads to no longer holds one of them (removed, unlocked, loosened, its wording "
    "changed), and that hub is not approved as it is, the region is relying on a rulebook whose locks nobody "
    "approved taking out: typically a copy of the hub with its locks removed, under the same id, reached through "
    "'..', a look-alike name or a link. An approved hub's change is the hub's decision ('charter rebase' records "
    "it). Sign-offs are not cryptographic: the site configuration's locked hub and version control protect "
    "against a forged one (docs/tailoring.md, threat model).",
    sources=("Charter's hub and spoke file format and threat model (docs/tailoring.md)", "NIST OSCAL profiles"),
)
describe(
    "SPOKE-HUB-UNRECORDED",
    Severity.ERROR,
    AREA,
    "The spoke does not record which hub it tailors, or the hub's locks",
    "Without the hub's id any playbook at the hub path would do; without a record of the hub's locks, a hub that "
    "moved since the spoke was tailored (and is not approved as it is) may have lost a lock nobody can see. "
    "'charter new --spoke-of' and 'charter rebase' write both.",
    sources=("Charter's hub and spoke file format (docs/tailoring.md)",),
)
describe(
    "SPOKE-TRANSLATION-STALE",
    Severity.WARNING,
    AREA,
    "A spoke's translation no longer translates its source text",
    "A spoke may carry translations of the hub's (and its own) texts, each with a digest of the text it "
    "translates. When the hub rewords the text, the translation silently says something else: until the "
    "regional manager reviews it and records the new source ('charter translate refresh', or the tailoring "
    "view), exports in that language show the source text, marked as untranslated.",
    sources=("Charter's hub and spoke file format (docs/tailoring.md)", "GNU gettext (fuzzy translations)"),
)
describe(
    "SPOKE-AUDIENCE-SCOPE",
    Severity.ERROR,
    AREA,
    "An audience sub-policy binds people outside its audiences, or changes whom it is for",
    "The hub lists a spoke of kind audience (agents, sponsored practitioners) with the audiences it is "
    "for. What that spoke adds binds only those audiences (an item that names none binds everyone), and "
    "its entry's audiences are the hub's to change: otherwise an addendum for agents could forbid "
    "employees to post.",
    sources=("Charter's hub and spoke file format (docs/tailoring.md)",),
)
