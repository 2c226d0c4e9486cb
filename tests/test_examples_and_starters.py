"""The shipped example hub and the starter playbooks: they load, round-trip and say what they should.

The example is what a compliance officer opens first, so it must be clean (no error or warning
findings), signed off over its exact content, and byte-identical to what Charter itself writes.
A starter is where a new user begins, so it must load, carry no fictional people, and its
findings must be exactly the gaps the organisation has to fill in (owner, champion, spokes,
escalation contacts, ...), never a regulatory mistake of the starter itself.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from playbooks.checks.context import frozen_today
from playbooks.checks.validation import validate_file
from playbooks.format.dates import period_start
from playbooks.format.enums import (
    ApprovalMode,
    Audience,
    ClauseKind,
    ConductTopic,
    ContentClass,
    DecisionArea,
    Severity,
    TriageType,
    TriggerKind,
)
from playbooks.format.model import Playbook
from playbooks.io import storage
from playbooks.starters import STARTERS, load_starter, starter_path
from playbooks.starters.todo import GAPS
from tests.conftest import EXAMPLES, ROOT

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"
#: Content classes added in schema 2.
SCHEMA_2_CLASSES = {ContentClass.PODCAST, ContentClass.PERFORMANCE_CLAIM}
STARTER_DIR = ROOT / "playbooks" / "starters"


def hub_examples() -> list[Path]:
    """Example files that are whole playbooks (spoke files hold only changes and are tested with tailoring)."""
    files = sorted(EXAMPLES.glob("*.playbook.yaml"))
    return [f for f in files if not storage.parse_document(f.name, f.read_text(encoding="utf-8")).get("spoke")]


def starter_files() -> list[Path]:
    return sorted(STARTER_DIR.glob("*.playbook.yaml"))


ALL_PLAYBOOK_FILES = hub_examples() + starter_files()

#: The date the example was written for: certifications, reviews and channel activity are current then.
EXAMPLE_DATE = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _checks_run_on_the_example_date() -> Iterator[None]:
    """Date-dependent checks (expiry, staleness, overdue review) judge the files as of EXAMPLE_DATE."""
    with frozen_today(EXAMPLE_DATE):
        yield


# ---------------------------------------------------------------- every shipped playbook


def test_the_example_hub_is_there() -> None:
    assert HUB in hub_examples()


@pytest.mark.parametrize("path", ALL_PLAYBOOK_FILES, ids=lambda p: p.name)
def test_loads_without_structural_errors(path: Path) -> None:
    report = validate_file(path)
    assert report.unreadable is None
    assert report.playbook is not None, [str(f) for f in report.findings]
    assert not [f for f in report.findings if f.code == "SCHEMA"]


@pytest.mark.parametrize("path", ALL_PLAYBOOK_FILES, ids=lambda p: p.name)
def test_round_trips(path: Path) -> None:
    first = storage.load(path)
    text = storage.dumps(first)
    second = storage.playbook_from_text(path.name, text)
    assert second == first
    assert storage.dumps(second) == text
    assert storage.fingerprint(second) == storage.fingerprint(first)


@pytest.mark.parametrize("path", ALL_PLAYBOOK_FILES, ids=lambda p: p.name)
def test_file_is_exactly_what_charter_writes(path: Path, tmp_path: Path) -> None:
    """Opening and saving a shipped file unchanged must not change a byte (no diff noise for users)."""
    saved = tmp_path / path.name
    storage.save(storage.load(path), saved)
    assert saved.read_bytes() == path.read_bytes()


# ---------------------------------------------------------------- the example hub


@pytest.fixture(scope="module")
def hub() -> Playbook:
    return storage.load(HUB)


def test_example_has_no_error_or_warning_findings() -> None:
    report = validate_file(HUB)
    serious = [str(f) for f in report.findings if f.severity in (Severity.ERROR, Severity.WARNING)]
    assert serious == []


def test_example_sign_offs_approve_the_exact_content(hub: Playbook) -> None:
    assert len(hub.document.sign_offs) >= 2
    for sign_off in hub.document.sign_offs:
        assert sign_off.fingerprint == storage.fingerprint(hub)
        assert sign_off.version == hub.document.version
    approvers = {s.approver for s in hub.document.sign_offs}
    authors = {p.name for p in hub.people.people if p.id in hub.document.authors}
    assert not approvers & authors


def test_example_is_an_active_signed_hub(hub: Playbook) -> None:
    document = hub.document
    assert (document.version, document.status.value) == ("1.3.0", "active")
    assert document.effective_date is not None and document.next_review_date is not None
    assert period_start(document.effective_date) <= EXAMPLE_DATE < document.next_review_date
    assert [entry.version for entry in document.change_log][-1] == document.version


def test_example_covers_every_vocabulary_a_reader_expects(hub: Playbook) -> None:
    assert {c.topic for c in hub.conduct.clauses} == set(ConductTopic)
    # the example was approved before schema 2 added podcasts and performance claims (changing it
    # would void its sign-off; tests/format/test_vocabularies.py covers them): every other class is there
    assert {r.content_class for r in hub.content.rules} == set(ContentClass) - SCHEMA_2_CLASSES
    assert {d.area for d in hub.governance.decision_rights} == set(DecisionArea)
    assert {t.type for t in hub.crisis.triage} == set(TriageType)
    assert len({c.kind for c in hub.conduct.clauses}) >= 6


def test_example_every_section_is_filled(hub: Playbook) -> None:
    data = storage.to_data(hub)
    empty = [name for name in Playbook.model_fields if name not in ("schema_version", "waivers") and not data.get(name)]
    assert empty == []


def test_example_hub_and_spokes(hub: Playbook) -> None:
    governance = hub.governance
    assert governance.model.value == "hub_and_spoke"
    assert [s.id for s in governance.spokes] == ["americas", "emea", "apac"]
    assert all(s.lead for s in governance.spokes)
    people = {p.id: p for p in hub.people.people}
    functions = {people[m].function.value for m in governance.hub.members}
    assert {"legal", "compliance", "hr", "marketing", "communications"} <= functions
    assert {"customer_service", "it_security", "privacy", "records"} <= functions


def test_example_people_all_have_backups(hub: Playbook) -> None:
    assert len(hub.people.people) >= 25
    assert [p.id for p in hub.people.people if not p.backup] == []
    approvers = [p for p in hub.people.people if "qualified_approver" in p.roles]
    assert approvers and all("Series 24" in p.qualification for p in approvers)


def test_example_balanced_long_term_objectives_each_with_an_outcome_metric(hub: Playbook) -> None:
    kinds = [o.kind.value for o in hub.objectives.items]
    assert kinds.count("business") == kinds.count("community") > 0
    assert all(o.horizon.value == "long_term" and o.owner and o.corporate_goal for o in hub.objectives.items)
    for objective in hub.objectives.items:
        outcomes = [
            m for m in hub.measurement.metrics if m.objective == objective.id and m.kind.value == "business_outcome"
        ]
        assert outcomes, objective.id
        assert all(None not in (m.baseline, m.target, m.direction, m.owner) for m in outcomes)


def test_example_crisis_levels_escalate_on_mainstream_media_with_backups(hub: Playbook) -> None:
    assert [level.level for level in hub.crisis.levels] == [1, 2, 3]
    assert any(t.kind is TriggerKind.MAINSTREAM_MEDIA for t in hub.crisis.levels[0].triggers)
    for level in hub.crisis.levels:
        assert level.contacts and all(c.backup and c.acknowledge_minutes for c in level.contacts)
        assert level.holding_statement


def test_example_spokes_name_their_files_and_some_lessons_reach_the_hub(hub: Playbook) -> None:
    assert all(s.file == f"meridian-securities-spoke-{s.id}.playbook.yaml" for s in hub.governance.spokes)
    assert any(e.spoke and e.shared_with_hub for e in hub.experiments.items)


# ---------------------------------------------------------------- starters

#: What a new user must still fill in: these (and only these) findings are expected of a starter.
#: the gaps a starter leaves for its user, each worded as a step of the to-do list
GAP_CODES = set(GAPS)


def test_every_listed_starter_has_a_file_and_every_file_is_listed() -> None:
    assert {p.name.removesuffix(".playbook.yaml") for p in starter_files()} == set(STARTERS)
    for name in STARTERS:
        assert starter_path(name).is_file()
        assert STARTERS[name].strip()


@pytest.mark.parametrize("name", list(STARTERS))
def test_starter_has_no_fictional_people(name: str) -> None:
    playbook = load_starter(name)
    assert playbook.people.people == []
    assert playbook.people.champions == []
    assert playbook.document.owner is None
    assert playbook.document.sign_offs == []
    assert playbook.channels.accounts == []
    assert all(level.contacts == [] for level in playbook.crisis.levels)


@pytest.mark.parametrize("name", list(STARTERS))
def test_starter_findings_are_only_the_gaps_to_fill(name: str) -> None:
    report = validate_file(starter_path(name))
    codes = {f.code for f in report.findings}
    assert codes - GAP_CODES == set(), [str(f) for f in report.findings if f.code not in GAP_CODES]
    assert {"DOC-NO-OWNER", "GOV-CHAMPION-MISSING", "CRISIS-NO-ESCALATION"} <= codes


@pytest.mark.parametrize("name", list(STARTERS))
def test_starter_has_the_skeleton_a_user_builds_on(name: str) -> None:
    playbook = load_starter(name)
    assert playbook.document.status.value == "draft"
    assert {d.area for d in playbook.governance.decision_rights} == set(DecisionArea)
    assert {t.type for t in playbook.crisis.triage} == set(TriageType)
    assert all(any(t.kind is TriggerKind.MAINSTREAM_MEDIA for t in lvl.triggers) for lvl in playbook.crisis.levels[:1])
    assert playbook.measurement.purpose.strip()
    assert playbook.records.record_classes
    topics = {c.topic for c in playbook.conduct.clauses}
    assert set(ConductTopic) - {ConductTopic.OTHER} <= topics


EXPECTED_PRESETS = {
    "generic": set(),
    "finra-broker-dealer": {"FINRA-STATIC", "FINRA-INTERACTIVE", "SEC-17A4-COMMS", "SEC-17A4-STORAGE", "FTC-ENDORSE"},
    "sec-investment-adviser": {
        "SEC-204-2",
        "SEC-MKT-TESTIMONIAL",
        "SEC-MKT-RATINGS",
        "SEC-MKT-3RDPARTY",
        "FTC-ENDORSE",
    },
    "us-bank-ffiec": {"FFIEC-PROGRAM", "FTC-ENDORSE", "FTC-REVIEWS"},
    "uk-fca-firm": {"FCA-PROMO", "GDPR-MONITOR", "GDPR-JOINT-CTRL"},
    "healthcare-hipaa": {"HIPAA-PHI", "HIPAA-DOCS", "FTC-ENDORSE"},
    "pharma-fda": {"FDA-CSL", "FDA-2253", "FDA-MISINFO"},
    "insurance-naic": {"NAIC-INS-ADS", "FTC-ENDORSE"},
}


@pytest.mark.parametrize("name", list(STARTERS))
def test_starter_applies_its_regime(name: str) -> None:
    applied = {p.preset for p in load_starter(name).regulatory.presets}
    assert EXPECTED_PRESETS[name] <= applied
    if name == "generic":
        assert applied == set()


@pytest.mark.parametrize("name", list(STARTERS))
def test_new_from_each_starter_writes_the_starter(name: str, tmp_path: Path) -> None:
    from playbooks.cli.main import main

    out = tmp_path / f"{name}.playbook.yaml"
    assert main(["new", "--preset", name, "-o", str(out)]) == 0
    assert out.read_bytes() == starter_path(name).read_bytes()
    assert storage.load(out) == load_starter(name)


def test_new_through_main_py(tmp_path: Path) -> None:
    """The same as a user types it, through the real entry point."""
    out = tmp_path / "mine.playbook.yaml"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "new", "--preset", "finra-broker-dealer", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert storage.load(out) == load_starter("finra-broker-dealer")
    # what the starter leaves to fill in, as steps (not as flags to tick)
    assert "new playbook from the 'finra-broker-dealer' starter (FINRA broker-dealer)" in result.stdout
    assert "1. Name the playbook's owner [error]" in result.stdout
    assert "Decide how replies and direct messages are reviewed" in result.stdout
    assert "only once those records and controls exist" in result.stdout


@pytest.mark.parametrize("name", list(STARTERS))
def test_every_gap_a_starter_leaves_is_a_step_of_its_to_do_list(name: str) -> None:
    from playbooks.checks import run_checks
    from playbooks.starters import starter_title
    from playbooks.starters.todo import todo_list

    findings = [f for f in run_checks(load_starter(name)) if not f.waived]
    steps = todo_list(findings)
    assert {step.code for step in steps} == {f.code for f in findings}
    assert sum(len(step.paths) for step in steps) == len(findings)
    for step in steps:
        assert step.code in GAPS and step.title == GAPS[step.code].title and step.guidance
    assert [s.severity.value for s in steps] == sorted(
        (s.severity.value for s in steps), key=["error", "warning", "info"].index
    )
    assert starter_title(name) and starter_title(name) != name


# ---------------------------------------------------------------- schema-2 constructs in the starters

#: What each regime's real policies name, and the starter therefore carries: its roles, its own
#: audiences (each counting as a built-in one where the regime's rules bind that one), whether the
#: regime gives a decision table, and the content it files with the regulator.
STARTER_V2: dict[str, dict[str, set[str]]] = {
    "generic": {"roles": set(), "audiences": set(), "filing": set()},
    "finra-broker-dealer": {
        "roles": {"Advertising Regulation principal", "Chief Compliance Officer"},
        "audiences": {"Registered representatives", "Associates who are not registered"},
        "filing": {"cr-ads"},
    },
    "sec-investment-adviser": {
        "roles": {"Chief Compliance Officer"},
        "audiences": {"Investment adviser representatives", "Promoters"},
        "filing": set(),
    },
    "us-bank-ffiec": {"roles": {"Compliance Officer", "Customer complaints team"}, "audiences": set(), "filing": set()},
    "uk-fca-firm": {
        "roles": {"Compliance oversight (SMF16)", "Financial promotions approver", "Data Protection Officer"},
        "audiences": {"Finfluencers and affiliates"},
        "filing": set(),
    },
    "healthcare-hipaa": {
        "roles": {"Privacy Officer", "Security Officer"},
        "audiences": {"Clinicians", "Students and trainees"},
        "filing": set(),
    },
    "pharma-fda": {
        "roles": {"Medical-Legal-Regulatory review committee", "Pharmacovigilance (drug safety)"},
        "audiences": {"Sales representatives", "Paid patient and HCP influencers"},
        "filing": {"cr-ads", "cr-posts"},
    },
    "insurance-naic": {
        "roles": {"Advertising compliance (home office)", "Producer licensing"},
        "audiences": {"Licensed agents", "Staff who are not licensed"},
        "filing": set(),
    },
}


def test_every_starter_says_which_schema_2_constructs_it_uses() -> None:
    assert set(STARTER_V2) == set(STARTERS)


@pytest.mark.parametrize("name", list(STARTERS))
def test_starter_names_roles_and_the_audiences_its_regime_distinguishes(name: str) -> None:
    playbook = load_starter(name)
    expected = STARTER_V2[name]
    roles = {r.id: r for r in playbook.people.roles}
    assert expected["roles"] <= {r.name for r in roles.values()}
    assert all(r.description.strip() and r.holders == [] for r in roles.values())  # nobody fictional holds them
    # offices answer for decisions: content approval has an accountable role, never a person
    approval = next(d for d in playbook.governance.decision_rights if d.area is DecisionArea.CONTENT_APPROVAL)
    assert name == "generic" or approval.accountable in roles
    register = {a.name: a for a in playbook.scope.audience_register}
    assert set(register) == expected["audiences"]
    assert {a.id for a in register.values()} <= set(playbook.scope.audiences)
    # every audience of its own is bound by a rule written for it
    bound = {a for c in playbook.conduct.clauses for a in c.audiences} | {
        a for r in playbook.content.rules for a in r.audiences
    }
    assert {a.id for a in register.values()} <= bound


@pytest.mark.parametrize("name", list(STARTERS))
def test_starter_has_gates_disclosures_commitments_and_crisis_chapters(name: str) -> None:
    playbook = load_starter(name)
    assert {"g-plan", "g-owner", "g-name"} <= {g.id for g in playbook.channels.gates}
    tokens = {d.token: d for d in playbook.conduct.disclosures}
    assert tokens["#ad"].in_post_not_only_bio and tokens["#ad"].not_buried
    assert Audience.INFLUENCERS in tokens["#ad"].audiences
    assert Audience.EMPLOYEES in tokens["#[Company]Employee"].audiences
    commitments = [c for c in playbook.conduct.clauses if c.kind is ClauseKind.COMMITMENT]
    assert len(commitments) >= 3 and all(not c.audiences or c.id == "cc-section7" for c in commitments)
    chapters = {c.title: c for c in playbook.crisis.chapters}
    roles = {r.id for r in playbook.people.roles}
    assert {"Correcting the record", "Someone impersonates one of our people"} == set(chapters)
    assert all(c.contact in roles for c in chapters.values())
    library = [r for r in playbook.content.rules if r.approval is ApprovalMode.TEMPLATES_ONLY]
    assert [r.id for r in library] == ["cr-library"]
    assert {r.id for r in playbook.content.rules if r.filing} == STARTER_V2[name]["filing"]


@pytest.mark.parametrize("name", list(STARTERS))
def test_labour_law_clauses_name_their_review_without_pretending_it_happened(name: str) -> None:
    playbook = load_starter(name)
    us = any(p.preset == "NLRB-WORKRULES" for p in playbook.regulatory.presets)
    sensitive = [
        c for c in playbook.conduct.clauses if c.topic.value in ("confidentiality", "media_contact", "respect")
    ]
    assert sensitive
    for clause in sensitive:
        review = clause.legal_review
        if not us:
            assert review is None
            continue
        assert review is not None and review.reviewer == "employment-counsel"
        assert (review.preset, review.standard) == ("NLRB-WORKRULES", "stericycle-2023")
        assert review.date is None and review.outcome.startswith("not yet reviewed")
        assert clause.labour_review is not None and clause.labour_review.value == "not_reviewed"


def test_the_finra_table_states_the_filing_days_as_the_rules_do() -> None:
    playbook = load_starter("finra-broker-dealer")
    table = next(t for t in playbook.content.decision_tables if t.id == "dt-approval-filing")
    filing = {row[0]: row[3] for row in table.rows}
    assert filing["Retail communication of a new member"] == (
        "At least 10 business days before first use (Rule 2210(c)(1)(A))"
    )
    assert filing["Investment company, DPP, CMO or derivative retail communication"].startswith(
        "Within 10 business days of first use"
    )
    assert filing["Options communication"].startswith("At least 10 calendar days before first use")
    assert filing["Interactive content"] == "Not filed (Rule 2210(c)(7))"


@pytest.mark.parametrize("name", [n for n in STARTERS if n not in ("generic", "us-bank-ffiec")])
def test_a_regime_that_gives_a_decision_table_has_it_in_its_starter(name: str) -> None:
    tables = load_starter(name).content.decision_tables
    assert len(tables) == 1
    columns, rows = tables[0].shape()
    assert len(columns) >= 3 and len(rows) >= 2
    assert all(all(cell.strip() for cell in row) for row in rows)  # no blank left to fill in


@pytest.mark.parametrize("name", list(STARTERS))
def test_every_new_element_reads_in_the_exported_policy(name: str, tmp_path: Path) -> None:
    from playbooks.cli.main import main

    out = tmp_path / f"{name}.md"
    # a starter has the gaps its user fills in, so export says so (exit 1) and writes the document all the same
    main(["export", str(starter_path(name)), "--doc", "policy", "--format", "md", "-o", str(out)])
    text = out.read_text(encoding="utf-8")
    playbook = load_starter(name)
    for said in (
        *(r.name for r in playbook.people.roles),
        *(a.name for a in playbook.scope.audience_register),
        *(g.title for g in playbook.channels.gates),
        *(t.title for t in playbook.content.decision_tables),
        *(c.title for c in playbook.crisis.chapters),
        "Our commitments",
        "Only pre-approved templates may be published",
        "Paid posts say #ad",
    ):
        assert said in text, said
    if STARTER_V2[name]["filing"]:
        assert "**Filed with the regulator:** Yes" in text
    if name != "generic" and any(c.legal_review for c in playbook.conduct.clauses):
        assert "Legal review: Employment counsel, under Stericycle (2023) (NLRB-WORKRULES): not yet reviewed" in text
