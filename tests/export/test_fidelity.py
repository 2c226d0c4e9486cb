"""Documents say what the playbook says, nothing more (issue 17, A).

A minimal playbook (only the required fields) is exported as every document in every format
the core writes; what is left of each document once Charter's own words (headings, the
document control block, the fingerprint, the provenance line, notes that a section is empty)
and the file's values are taken out must be nothing. Generated sentences are tested against
the structured values they come from; long text keeps its structure.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt

from playbooks.export import DOCUMENTS, PROVENANCE_COLUMNS, export_document, formats_for
from playbooks.export.outline import column_widths
from playbooks.format.model import Playbook
from playbooks.io import storage
from tests.conftest import FIXTURES
from tests.export.readback import csv_text, docx_paragraphs, docx_text, html_text, md_text, normalise

MINIMAL = "schema_version: 1\ndocument:\n  id: min\n  title: Minimal policy\n"

#: What Charter itself adds to every document: the kind's title, section and subsection headings,
#: the document control block, the fingerprint, the provenance line, and notes that say a part is
#: empty. Everything else in a document must come from the playbook.
CHARTER_WORDS = [
    *(kind.title for kind in DOCUMENTS.values()),
    # the document control block and provenance
    "NOT VALID:",
    r"\d+ errors? \(see 'charter validate'\); not in force",
    "Document control",
    "Content fingerprint (SHA-256)",
    "fingerprint",
    r"\b[0-9a-f]{64}\b",
    r"\b[0-9a-f]{12}\b",
    r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}",
    "Generated",
    "Lifecycle status",
    "version",
    "Document",
    "Effective",
    "SHA-256",
    "generated",
    "`",
    # the columns of the tabular documents (CSV), and the provenance every row ends with
    *PROVENANCE_COLUMNS,
    *["Decision", "Responsible", "Accountable", "Consulted", "Informed", "Conditions"],
    *["Objective", "KPI", "Metric", "Source", "Baseline", "Target", "Direction", "Cadence", "Kind"],
    "No sign-off is recorded for this version.",
    "Effective date",
    "Not yet set",
    "Owner",
    "Not assigned",
    "Playbook id",
    "Version",
    "Status",
    "not set",
    "Contents",
    r"Page \d+ of \d+",
    # empty parts
    "Not set out in this playbook.",
    "No severity levels are recorded in this playbook.",
    "No decision rights are recorded in this playbook.",
    # section headings of every document
    "Scope and definitions",
    "Objectives",
    "Governance and decision rights",
    "People",
    "Channels and accounts",
    "Content rules",
    "Conduct rules",
    "Regulatory rule set",
    "Supervision and review",
    "Recordkeeping",
    "Privacy",
    "Training and attestation",
    "Crisis and escalation",
    "Measurement plan",
    "Experiments and lessons",
    "Enforcement",
    "Review and maintenance",
    "Who these guidelines are for",
    "How we behave online",
    "Saying that you work for us",
    "What needs approval",
    "Who to ask",
    "If something goes wrong",
    "Decision rights",
    "Who holds which rights",
    "Person",
    "Severity levels and who to call",
    "First response",
    "Account compromise and impersonation",
]
#: The compliance checklist is Charter's report on the playbook (its findings, scores and the
#: preset catalogue), not the policy: it is checked for the defaults below only.
REPORTS = {"checklist"}

PROVENANCE = r"by Charter [\w.+-]+"

#: Statements the schema-1 model made for an author who wrote nothing (issue 17).
ASSUMED = [
    "0.1.0",
    "Draft",
    "Every 12 months",
    "Internal",
    "Hub and spoke",
    "recommended",
    "Business units",
    "Certification or proven experience",
    "Monitoring in the EU",
    "Not completed",
    "once",
    "Planned",
    "amber",
    "Not monitored",
    "in proportion",
    "any other platform",
    "official accounts",
    "Do not",
    "always say that you work for us",
]


def _minimal() -> Playbook:
    return storage.playbook_from_text("min.playbook.yaml", MINIMAL)


def _read(doc: str, fmt: str, data: bytes) -> str:
    if fmt == "md":
        return md_text(data)
    if fmt == "html":
        return html_text(data)
    if fmt == "docx":
        return docx_text(data)
    return csv_text(data)


def _residue(text: str, values: list[str]) -> str:
    """``text`` without Charter's own words and the file's values: what nobody wrote."""
    text = normalise(text)
    for word in sorted([*values], key=len, reverse=True):
        text = text.replace(word, " ")
    for phrase in sorted(CHARTER_WORDS, key=len, reverse=True):
        pattern = phrase if any(c in phrase for c in "\\[") else re.escape(phrase)
        text = re.sub(pattern, " ", text)
    # the section numbers, list bullets and table rules the formats lay out
    return re.sub(r"[\s\d.|:·()*#\-–—>]+", " ", text).strip()


CASES = [(doc, fmt) for doc in DOCUMENTS if doc != "addendum" for fmt in formats_for(doc) if fmt != "pdf"]


@pytest.mark.parametrize(("doc", "fmt"), CASES, ids=[f"{d}-{f}" for d, f in CASES])
def test_a_minimal_playbook_exports_no_statement_its_author_did_not_make(doc: str, fmt: str) -> None:
    playbook = _minimal()
    text = _read(doc, fmt, export_document(playbook, doc, fmt))
    text = re.sub(PROVENANCE, " ", normalise(text))  # Charter's own version is not the playbook's
    for statement in ASSUMED:
        assert statement not in text, f"{doc}.{fmt} states '{statement}', which the playbook does not"
    if doc not in REPORTS:
        assert _residue(text, ["min", "Minimal policy"]) == ""


def _with(**sections: Any) -> Playbook:
    data: dict[str, Any] = {"schema_version": 2, "document": {"id": "p", "title": "P"}}
    data.update(sections)
    return Playbook.model_validate(data)


def _policy_md(playbook: Playbook) -> str:
    return export_document(playbook, "policy", "md").decode()


def test_an_allowlist_of_platforms_says_only_those() -> None:
    # National Life Group / ESI (notes/policies): LinkedIn, Twitter and Facebook business pages only
    listed = ["LinkedIn", "Twitter", "Facebook business pages"]
    allow = _policy_md(_with(scope={"platforms": listed, "other_platforms": False}))
    assert "LinkedIn, Twitter, Facebook business pages, and no other platform" in allow
    assert "any other platform" not in allow and "not listed" not in allow
    unsaid = _policy_md(_with(scope={"platforms": listed}))
    assert "- **Platforms:** LinkedIn, Twitter, Facebook business pages\n" in unsaid
    assert "other platform" not in unsaid
    open_ended = _policy_md(_with(scope={"platforms": listed, "other_platforms": True}))
    assert "Facebook business pages, and any platform not listed" in open_ended


def _rule(rid: str, audiences: list[str]) -> dict[str, Any]:
    return {"id": rid, "title": f"Rule {rid}", "content_class": "ad", "audiences": audiences}


def test_the_content_rules_say_whom_they_apply_to_from_their_own_audiences() -> None:
    official = _policy_md(_with(content={"rules": [_rule("a", ["official_accounts"])]}))
    assert "Content published on official accounts follows these rules." in official
    # Coca-Cola (notes/policies): separate rules for influencers and agencies
    influencers = _policy_md(_with(content={"rules": [_rule("a", ["influencers", "agencies"])]}))
    assert "official accounts" not in influencers
    assert "These rules apply to influencers, agencies." in influencers
    mixed = _policy_md(_with(content={"rules": [_rule("a", ["agents"]), _rule("b", ["official_accounts"])]}))
    assert "follows these rules" not in mixed and "These rules apply" not in mixed
    assert "| Rule a | Agents |" in mixed  # each rule says its own audience instead
    unsaid = _policy_md(_with(content={"rules": [_rule("a", [])]}))
    assert "official accounts" not in unsaid and "These rules apply" not in unsaid


def test_conduct_clauses_for_official_accounts_are_not_called_published_content() -> None:
    clause = {"id": "k", "title": "Stay courteous", "audiences": ["official_accounts"]}
    policy = _policy_md(_with(conduct={"clauses": [clause]}))
    assert "published on official accounts" not in policy
    assert "These rules apply to official accounts." in policy


def test_in_proportion_from_the_mildest_only_before_a_graded_ladder() -> None:
    ladder = ["Written warning", "Termination"]
    graded = _policy_md(_with(enforcement={"ladder": ladder, "graded": True}))
    assert "in proportion, from the mildest:" in graded and "1. Written warning" in graded
    for enforcement in ({"ladder": ladder}, {"ladder": ladder, "graded": False}):
        listed = _policy_md(_with(enforcement=enforcement))
        assert "in proportion" not in listed and "mildest" not in listed
        assert "A breach of this policy can lead to:" in listed and "- Written warning" in listed
    guidelines = export_document(_with(enforcement={"ladder": ladder}), "guidelines", "md").decode()
    assert "mildest" not in guidelines and "- Termination" in guidelines


def test_values_the_author_chose_are_stated_and_unset_ones_are_not() -> None:
    chosen = _policy_md(
        _with(
            document={"id": "p", "title": "P", "version": "2.0.0", "review_cadence_months": 24},
            governance={"model": "centralized", "units": 3},
            privacy={"eu_monitoring": False, "dpia_completed": False},
            training={"qualification_mode": "certification", "attestation_cadence_months": 6},
            channels={"accounts": [{"id": "c", "platform": "X", "state": "active", "mfa": True, "monitored": False}]},
        )
    )
    for statement in (
        "- **Version:** 2.0.0\n",
        "Every 24 months",
        "- **Governance model:** Centralized\n",
        "- **Business units:** 3\n",
        "- **Monitoring in the EU:** No\n",
        "- **DPIA:** Not completed\n",
        "- **Practitioner qualification:** Certification\n",
        "- **Attestation:** Every 6 months\n",
        "- **Readiness:** Active\n",
        "- **Multi-factor authentication:** Yes\n",
        "- **Monitoring:** Not monitored\n",
    ):
        assert statement in chosen
    assert "authenticity" not in chosen  # Charter's advice on the models is not the policy's


# ---------------------------------------------------------------- approvals survive


def test_the_example_hub_keeps_its_fingerprint_and_approval(tmp_path: Any) -> None:
    from playbooks.audit.signoff import approval_state

    path = "examples/meridian-securities-hub.playbook.yaml"
    text = Path(path).read_text(encoding="utf-8")
    hub = storage.playbook_from_text(path, text)
    last = hub.document.sign_offs[-1]
    assert last.scheme == 1  # recorded before scheme 2, and not edited
    assert storage.fingerprint(hub) == last.fingerprint  # the same value as before the change
    assert approval_state(hub).describe().startswith("Approved by Eleanor Harlow")
    assert storage.dumps(hub) == text  # byte-identical after a load and save
    hub.channels.accounts[0].mfa = not hub.channels.accounts[0].mfa
    assert not approval_state(hub).current


def test_a_scheme_1_approval_of_content_with_unset_values_stays_valid_until_a_field_is_set() -> None:
    from playbooks.audit.signoff import approval_state

    path = "examples/meridian-securities-hub.playbook.yaml"
    hub = storage.load(path)
    # as approved under scheme 1 by a Charter that assumed 12 months where nothing was written
    hub.document.review_cadence_months = None
    legacy = sorted(storage.legacy_fingerprints(hub))[0]
    hub.document.sign_offs[-1].fingerprint = legacy
    assert approval_state(hub).current
    assert storage.fingerprint(hub) != legacy  # scheme 2 tells "unset" from "12"
    hub.document.review_cadence_months = 12  # now the document states it, as scheme 1 documents did
    assert storage.fingerprint(hub) == legacy and approval_state(hub).current
    hub.document.review_cadence_months = 6
    assert not approval_state(hub).current


def test_a_scheme_2_approval_flips_when_an_unset_value_is_set_even_to_the_old_default() -> None:
    from playbooks.audit.signoff import approval_state, sign_off
    from playbooks.format.enums import Decision

    playbook = _minimal()
    # (the fingerprint scheme is the point here, not the governance checks a minimal playbook fails)
    signed = sign_off(playbook, approver="A B", role="CCO", decision=Decision.APPROVED, findings=[])
    assert signed.document.sign_offs[-1].scheme == storage.FINGERPRINT_SCHEME
    assert approval_state(signed).current
    signed.document.review_cadence_months = 12
    assert not approval_state(signed).current


@pytest.mark.parametrize("name", ["generic", "finra-broker-dealer", "uk-fca-firm", "us-bank-ffiec"])
def test_a_starter_still_matches_the_fingerprint_recorded_before(name: str) -> None:
    """The starters as they were when these fingerprints were recorded (the shipped ones have moved on)."""
    before = {
        "generic": "79ee3046b9e597ce069ea35bba3ba01d64c92a09dab455d0cb7ffe63fa1dfd30",
        "finra-broker-dealer": "96ffe8b6dcc469728aa968e999c17b6dad42b31eef23c41ddcdadb3e3c038108",
        "uk-fca-firm": "84e959f66a40e916e271fee56060aee9c8d7e6a6c35b055e5a521e461db58cb9",
        "us-bank-ffiec": "de03adcbaef8a7703d569eb01eb0a4badb0158822b86babcdbc5c34f82c9879d",
    }[name]
    starter = storage.load(FIXTURES / "starters-278b253" / f"{name}.playbook.yaml")
    assert not starter.document.sign_offs
    assert storage.matches(before, starter, scheme=1)
    assert not storage.matches(before, starter, scheme=2)  # it no longer states EU monitoring: No


# ---------------------------------------------------------------- structure of long text

DECISION = """Before you friend a colleague you supervise:

| You are | They ask you | Do |
|---|---|---|
| Supervisor | Friend request | Decline politely |
| Peer | Friend request | Your choice |

1. Is a patient identifiable?
   - Yes
     - Do not post
     - Tell the privacy officer
   - No
     - Post, with the disclaimer
"""


def _structured() -> Playbook:
    return _with(
        crisis={"post_incident_review": DECISION},
        document={
            "id": "p",
            "title": "P",
            "version": "1.0.0",
            "change_log": [
                {
                    "version": "1.0.0",
                    "date": "2026-01-01",
                    "author": "A",
                    "what": "First\nedition, wrapped\nin the source.",
                    "why": "Because.",
                }
            ],
        },
    )


def test_a_decision_table_and_a_nested_list_survive_in_markdown() -> None:
    md = export_document(_structured(), "policy", "md").decode()
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    cells = [t.content for t in tokens if t.type == "inline"]
    assert "Decline politely" in cells and "You are" in cells
    assert sum(1 for t in tokens if t.type == "table_open") >= 1
    depth = max(t.level for t in tokens if t.type == "bullet_list_open")
    assert depth >= 4  # ordered list > item > bullets > item > bullets


def test_a_decision_table_and_a_nested_list_survive_in_html() -> None:
    from html.parser import HTMLParser

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.stack: list[str] = []
            self.cells: list[str] = []
            self.deepest_list = 0

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            self.stack.append(tag)
            self.deepest_list = max(self.deepest_list, sum(1 for t in self.stack if t in ("ul", "ol")))

        def handle_endtag(self, tag: str) -> None:
            while self.stack and self.stack.pop() != tag:
                pass

        def handle_data(self, data: str) -> None:
            if self.stack and self.stack[-1] in ("td", "th") and data.strip():
                self.cells.append(data.strip())

    reader = Reader()
    reader.feed(export_document(_structured(), "policy", "html").decode())
    assert "Decline politely" in reader.cells and "You are" in reader.cells
    assert reader.deepest_list >= 3
    assert "| Supervisor |" not in export_document(_structured(), "policy", "html").decode()


def test_a_decision_table_and_a_nested_list_survive_in_word() -> None:
    import io

    import docx

    data = export_document(_structured(), "policy", "docx")
    document = docx.Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "Decline politely" in cells and "You are" in cells
    assert "| Supervisor |" not in docx_text(data)
    indents = {}
    for paragraph in document.paragraphs:
        if paragraph.text in ("Is a patient identifiable?", "Yes", "Do not post", "Post, with the disclaimer"):
            ind = paragraph.paragraph_format.left_indent
            indents[paragraph.text] = (paragraph.style.name, ind)
    # the third level (a branch's action) is indented deeper than the second, not beside it
    assert indents["Do not post"][1] is not None
    assert indents["Yes"][1] is None or indents["Do not post"][1] > indents["Yes"][1]
    assert dict(docx_paragraphs(data)).get("Do not post") is not None or "Do not post" in indents


def test_source_line_wraps_are_not_line_breaks_in_word_table_cells() -> None:
    import io

    import docx

    data = export_document(_structured(), "policy", "docx")
    document = docx.Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "First edition, wrapped in the source." in cells
    hub = storage.load("examples/meridian-securities-hub.playbook.yaml")
    xml = export_document(hub, "policy", "docx")
    import zipfile

    body = zipfile.ZipFile(io.BytesIO(xml)).read("word/document.xml").decode()
    assert "<w:br/>" not in body


def test_column_widths_fit_the_header_words() -> None:
    columns = ["Preset", "Retention", "Easily accessible", "Approval", "Filing", "Why it applies", "Locked"]
    widths = column_widths(columns, [["A", "6 years", "2 years", "Pre-review", "10 days", "x " * 40, "Yes"]])
    assert sum(widths) == 100
    # about one per cent of the line per character of a bold header word, and its padding
    for column, width in zip(columns, widths, strict=True):
        assert width >= max(len(w) for w in column.split()) + 2, column


def test_exports_stay_byte_identical_for_the_same_input() -> None:
    hub = storage.load("examples/meridian-securities-hub.playbook.yaml")
    for fmt in ("md", "html", "docx"):
        assert export_document(hub, "policy", fmt) == export_document(hub, "policy", fmt)


def test_the_minimal_policy_reads_as_nothing_but_its_title_in_markdown() -> None:
    md = export_document(_minimal(), "policy", "md").decode()
    assert "Minimal policy" in md and normalise(md)
