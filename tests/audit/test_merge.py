"""Three-way merge of playbooks and spokes (issue 21): what two officers see when their edits meet."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playbooks.audit.merge import MergeRefused, Side, merge, merge_playbooks
from playbooks.audit.signoff import approval_state, sign_off
from playbooks.checks.validation import validate_file
from playbooks.cli.main import main
from playbooks.format.enums import Decision
from playbooks.format.model import ChangeLogEntry, GlossaryTerm, Playbook
from playbooks.format.paths import insert_item, remove_item, replace_at
from playbooks.io.mergenotes import notes_in
from playbooks.io.storage import dumps, load, playbook_from_text
from tests.conftest import EXAMPLES, ROOT

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"
EMEA = EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml"
LINKEDIN_SLA = "Channels and accounts › LinkedIn Meridian Securities › Response SLA (hours)"


@pytest.fixture(scope="module")
def base() -> Playbook:
    return load(HUB)


def _glossary_reversed(playbook: Playbook) -> Playbook:
    return playbook.model_copy(
        update={"scope": playbook.scope.model_copy(update={"glossary": playbook.scope.glossary[::-1]})}
    )


def _new_clause(
    playbook: Playbook, clause_id: str = "cc-new", title: str = "Ask before you post a client's photo"
) -> Playbook:
    clause = playbook.conduct.clauses[0].model_copy(update={"id": clause_id, "title": title})
    return insert_item(playbook, "conduct.clauses", len(playbook.conduct.clauses), clause)


def _write(folder: Path, name: str, playbook: Playbook) -> Path:
    path = folder / name
    path.write_text(dumps(playbook), encoding="utf-8")
    return path


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- clean merges


def test_independent_edits_merge_clean(base: Playbook, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # one officer tightens a channel's SLA; the other adds a conduct clause and reorders the glossary
    ours, _ = replace_at(base, "channels.accounts[0].response_sla_hours", 2)
    theirs = _new_clause(_glossary_reversed(base))
    files = [_write(tmp_path, f"{n}.playbook.yaml", p) for n, p in (("base", base), ("ours", ours), ("theirs", theirs))]
    out = tmp_path / "merged.playbook.yaml"
    code, stdout, _ = _run(["merge", *map(str, files), "-o", str(out)], capsys)
    assert code == 0, stdout
    assert stdout.strip() == f"{out}: merged cleanly"
    merged = load(out)
    assert merged.channels.accounts[0].response_sla_hours == 2
    assert merged.conduct.clauses[-1].title == "Ask before you post a client's photo"
    assert [g.term for g in merged.scope.glossary] == [g.term for g in theirs.scope.glossary]
    assert notes_in(out.read_text(encoding="utf-8")) == []


def test_a_reorder_on_one_side_keeps_the_other_sides_edits_and_additions(base: Playbook) -> None:
    ours, _ = replace_at(base, "scope.glossary[0].definition", "Reworded by legal.")
    ours = insert_item(ours, "scope.glossary", 0, GlossaryTerm(term="Alpha", definition="First."))
    theirs = insert_item(_glossary_reversed(base), "scope.glossary", 0, GlossaryTerm(term="Zeta", definition="Z."))
    merged = merge_playbooks(base, ours, theirs)
    assert merged.conflicts == []
    assert merged.playbook is not None
    terms = [g.term for g in merged.playbook.scope.glossary]
    # theirs reordered: their order, with our addition where it stood in ours (before the first term)
    assert terms[0] == "Zeta" and terms[-1] == base.scope.glossary[0].term and terms[-2] == "Alpha"
    assert merged.playbook.scope.glossary[-1].definition == "Reworded by legal."


def test_the_same_edit_on_both_sides_is_no_conflict(base: Playbook) -> None:
    ours, _ = replace_at(base, "channels.accounts[0].response_sla_hours", 2)
    merged = merge_playbooks(base, ours, ours.model_copy(deep=True))
    assert merged.conflicts == [] and merged.playbook == ours


# ---------------------------------------------------------------- conflicts


def test_the_same_field_changed_both_ways_is_a_conflict_with_ours_kept(
    base: Playbook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours, _ = replace_at(base, "channels.accounts[0].response_sla_hours", 2)
    ours, _ = replace_at(ours, "document.title", "Our title")  # an independent edit still merges
    theirs, _ = replace_at(base, "channels.accounts[0].response_sla_hours", 8)
    files = [_write(tmp_path, f"{n}.playbook.yaml", p) for n, p in (("base", base), ("ours", ours), ("theirs", theirs))]
    out = tmp_path / "merged.playbook.yaml"
    code, stdout, _ = _run(["merge", *map(str, files), "-o", str(out)], capsys)
    assert code == 1
    assert f"conflict: {LINKEDIN_SLA}: ours 2, theirs 8 (base 4)" in stdout.splitlines()
    assert "merged with 1 conflict" in stdout
    text = out.read_text(encoding="utf-8")
    merged = playbook_from_text(str(out), text)  # a valid playbook, not a file with markers
    assert merged.channels.accounts[0].response_sla_hours == 2
    assert merged.document.title == "Our title"
    assert [n for _, n in notes_in(text)] == [f"{LINKEDIN_SLA}: ours 2, theirs 8 (base 4)"]
    # validate (and so pre-commit and CI) stops on the unresolved conflict, at its line
    report = validate_file(out)
    conflicts = [f for f in report.findings if f.code == "MERGE-CONFLICT"]
    assert [(f.line, f.severity.value) for f in conflicts] == [(2, "error")]


def test_an_item_added_on_both_sides_with_one_key_and_different_content_is_a_conflict(base: Playbook) -> None:
    ours = _new_clause(base, "cc-photos", "Ask before you post a client's photo")
    theirs = _new_clause(base, "cc-photos", "Never post a client's photo")
    merged = merge_playbooks(base, ours, theirs)
    assert [c.describe() for c in merged.conflicts] == [
        "Conduct rules › Ask before you post a client's photo › Title: ours Ask before you post a client's photo, "
        "theirs Never post a client's photo (added on both sides)"
    ]
    assert merged.playbook is not None and merged.playbook.conduct.clauses[-1].title.startswith("Ask")
    assert len(merged.playbook.conduct.clauses) == len(base.conduct.clauses) + 1


def test_deleted_on_one_side_and_changed_on_the_other_is_a_conflict(base: Playbook) -> None:
    changed, _ = replace_at(base, "scope.glossary[2].definition", "Sharper wording.")
    deleted, term = remove_item(base, "scope.glossary", 2)
    merged = merge_playbooks(base, changed, deleted)
    assert [c.describe() for c in merged.conflicts] == [
        f"Scope and definitions › {term.term}: changed in ours, deleted in theirs (ours kept)"
    ]
    assert merged.playbook is not None and term.term in {g.term for g in merged.playbook.scope.glossary}
    merged = merge_playbooks(base, deleted, changed)
    assert [c.kind for c in merged.conflicts] == ["deleted"]
    assert "deleted in ours, changed in theirs" in merged.conflicts[0].describe()
    assert merged.playbook is not None and term.term not in {g.term for g in merged.playbook.scope.glossary}


def test_a_combination_that_breaks_the_playbook_keeps_ours_and_says_why(base: Playbook) -> None:
    # ours makes a new colleague a channel owner; theirs removes that colleague: fine alone, broken together
    person = base.people.people[0].model_copy(update={"id": "p-temp", "name": "Terry Temp"})
    start = insert_item(base, "people.people", len(base.people.people), person)
    channel = base.channels.accounts[0].model_copy(update={"id": "ch-new", "owner": "p-temp"})
    ours = insert_item(start, "channels.accounts", 0, channel)
    theirs, _ = remove_item(start, "people.people", len(start.people.people) - 1)
    merged = merge_playbooks(start, ours, theirs)
    assert merged.playbook == ours
    assert [c.kind for c in merged.conflicts] == ["invalid"]
    assert merged.conflicts[0].describe().startswith("Channels and accounts › ")


# ---------------------------------------------------------------- records and approval


def test_sign_offs_and_the_change_log_merge_as_a_union_by_date(base: Playbook) -> None:
    approved_ours = sign_off(
        base, approver="Orla Keane", role="CCO", decision=Decision.APPROVED, date=dt.date(2026, 11, 5)
    )
    entry = ChangeLogEntry(version="1.4.0", date=dt.date(2026, 10, 1), author="Ann", what="Theirs.", why="Because.")
    theirs = base.model_copy(
        update={"document": base.document.model_copy(update={"change_log": [*base.document.change_log, entry]})}
    )
    theirs = sign_off(
        theirs, approver="Bo Example", role="Legal", decision=Decision.APPROVED, date=dt.date(2026, 10, 20)
    )
    merged = merge_playbooks(base, approved_ours, theirs)
    assert merged.conflicts == []
    assert merged.playbook is not None
    dates = [s.date for s in merged.playbook.document.sign_offs]
    assert dates == sorted(dates) and len(dates) == len(base.document.sign_offs) + 2
    assert merged.playbook.document.change_log[-1] == entry
    # the content equals what Orla approved (the change log is not content): still approved
    assert approval_state(merged.playbook).current


def test_a_merged_playbook_that_neither_side_approved_is_changed_since_approval(base: Playbook) -> None:
    ours, _ = replace_at(base, "channels.accounts[0].response_sla_hours", 2)
    ours = sign_off(ours, approver="Orla Keane", role="CCO", decision=Decision.APPROVED, date=dt.date(2026, 11, 5))
    theirs = _new_clause(base)
    merged = merge_playbooks(base, ours, theirs)
    assert merged.playbook is not None and merged.conflicts == []
    assert merged.playbook.document.sign_offs[-1].approver == "Orla Keane"
    assert approval_state(merged.playbook).describe().startswith("Changed since approval")


# ---------------------------------------------------------------- spokes


def _spoke_text(**replace: str) -> str:
    text = EMEA.read_text(encoding="utf-8")
    for old, new in replace.items():
        assert old in text
        text = text.replace(old, new, 1)
    return text


def test_spokes_merge_by_change_and_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base_text = EMEA.read_text(encoding="utf-8")
    first_rationale = "rationale: Identifies the EMEA spoke of the global playbook in exports and sign-offs."
    ours = _spoke_text(**{first_rationale: "rationale: Names the EMEA spoke in exports and sign-offs."})
    theirs = _spoke_text(**{"owner: Hannah Fischer, Head of Communications, EMEA": "owner: Jonas Weber, EMEA"})
    sides = [tmp_path / f"{n}.playbook.yaml" for n in ("base", "ours", "theirs")]
    for path, text in zip(sides, (base_text, ours, theirs), strict=True):
        path.write_text(text, encoding="utf-8")
    out = tmp_path / "merged.playbook.yaml"
    code, stdout, _ = _run(["merge", *map(str, sides), "-o", str(out)], capsys)
    assert code == 0, stdout
    merged = out.read_text(encoding="utf-8")
    assert "owner: Jonas Weber, EMEA" in merged and "Names the EMEA spoke in exports" in merged
    # the same change edited both ways: a conflict named by the change and the field
    theirs = _spoke_text(**{first_rationale: "rationale: The EMEA edition."})
    sides[2].write_text(theirs, encoding="utf-8")
    code, stdout, _ = _run(["merge", *map(str, sides), "-o", str(out), "--force"], capsys)
    assert code == 1
    assert "conflict: Spoke change “set document.id” › Rationale: ours Names the EMEA spoke" in stdout


def test_a_spoke_change_of_a_hub_field_is_named_by_the_field(tmp_path: Path) -> None:
    base_text = EMEA.read_text(encoding="utf-8")
    line = "value: Meridian Securities Social Media Governance Playbook, EMEA (London and Frankfurt)"
    ours = base_text.replace(line, "value: Ours, EMEA", 1)
    theirs = base_text.replace(line, "value: Theirs, EMEA", 1)
    merged = merge(Side("base", base_text), Side("ours", ours), Side("theirs", theirs))
    assert [c.describe() for c in merged.conflicts] == [
        "Spoke change “set document.title” › Document control › Title: ours Ours, EMEA, theirs Theirs, EMEA "
        "(base Meridian Securities Social Media Governance Playbook, EMEA (London and Frankfurt))"
    ]


# ---------------------------------------------------------------- merging with itself (property)

_SLA = st.integers(min_value=1, max_value=96)
_WORDS = st.text(alphabet="abcdefghij XYZ", min_size=1, max_size=12).map(str.strip).filter(bool)


@st.composite
def edited(draw: st.DrawFn, base: Playbook) -> Playbook:
    playbook = base
    for _ in range(draw(st.integers(min_value=0, max_value=5))):
        kind = draw(st.sampled_from(["sla", "title", "reorder", "delete", "add"]))
        if kind == "sla":
            index = draw(st.integers(min_value=0, max_value=len(playbook.channels.accounts) - 1))
            playbook, _ = replace_at(playbook, f"channels.accounts[{index}].response_sla_hours", draw(_SLA))
        elif kind == "title":
            index = draw(st.integers(min_value=0, max_value=len(playbook.conduct.clauses) - 1))
            playbook, _ = replace_at(playbook, f"conduct.clauses[{index}].title", draw(_WORDS))
        elif kind == "reorder":
            playbook = _glossary_reversed(playbook)
        elif kind == "delete" and playbook.scope.glossary:
            index = draw(st.integers(min_value=0, max_value=len(playbook.scope.glossary) - 1))
            playbook, _ = remove_item(playbook, "scope.glossary", index)
        else:
            term = draw(_WORDS)
            if term not in {g.term for g in playbook.scope.glossary}:
                playbook = insert_item(playbook, "scope.glossary", 0, GlossaryTerm(term=term, definition=term))
    return playbook


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_merging_a_playbook_with_itself_or_an_unchanged_base_returns_it_unchanged(data: st.DataObject) -> None:
    base = load(HUB)
    playbook = data.draw(edited(base))
    text = dumps(playbook)
    for merged in (
        merge_playbooks(playbook, playbook, playbook),
        merge_playbooks(base, playbook, base),
        merge_playbooks(base, base, playbook),
        merge_playbooks(base, playbook, playbook),
    ):
        assert merged.conflicts == []
        assert merged.text() == text


# ---------------------------------------------------------------- bad input: one line, nothing written


def _bad(args: list[str], out: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code, stdout, stderr = _run([*args, "-o", str(out)], capsys)
    assert code == 2, stdout + stderr
    assert stdout == "" and len(stderr.splitlines()) == 1 and "Traceback" not in stderr
    assert not out.exists()
    return stderr


def test_a_hub_and_a_spoke_do_not_merge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stderr = _bad(["merge", str(HUB), str(HUB), str(EMEA)], tmp_path / "out.playbook.yaml", capsys)
    assert "a hub playbook cannot be merged with a spoke file" in stderr and "nothing was written" in stderr


def test_two_different_playbooks_do_not_merge(
    base: Playbook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    theirs = _write(tmp_path, "theirs.playbook.yaml", replace_at(base, "document.id", "another-playbook")[0])
    base_file = _write(tmp_path, "base.playbook.yaml", replace_at(base, "document.id", "a-third-playbook")[0])
    stderr = _bad(["merge", str(base_file), str(HUB), str(theirs)], tmp_path / "out.playbook.yaml", capsys)
    assert "are different playbooks ('meridian-securities-global-social-media' and 'another-playbook')" in stderr


def test_a_newer_schema_does_not_merge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    newer = tmp_path / "newer.playbook.yaml"
    newer.write_text(
        HUB.read_text(encoding="utf-8").replace("schema_version: 2", "schema_version: 99", 1), encoding="utf-8"
    )
    stderr = _bad(["merge", str(HUB), str(HUB), str(newer)], tmp_path / "out.playbook.yaml", capsys)
    assert "written by a newer Charter" in stderr


def test_a_missing_git_revision_does_not_merge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = _repository(tmp_path)
    os.chdir(repo)
    try:
        stderr = _bad(
            ["merge", "no-such-branch:hub.playbook.yaml", "hub.playbook.yaml", "hub.playbook.yaml"],
            repo / "out.playbook.yaml",
            capsys,
        )
    finally:
        os.chdir(ROOT)
    assert "no revision 'no-such-branch'" in stderr


def test_the_output_never_replaces_base_or_theirs(
    base: Playbook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    theirs = _write(tmp_path, "theirs.playbook.yaml", _new_clause(base))
    before = theirs.read_bytes()
    code, _, stderr = _run(["merge", str(HUB), str(HUB), str(theirs), "-o", str(theirs), "--force"], capsys)
    assert code == 2 and "is an input of this command" in stderr
    assert theirs.read_bytes() == before
    other = tmp_path / "other.playbook.yaml"
    other.write_text("keep me", encoding="utf-8")
    code, _, stderr = _run(["merge", str(HUB), str(HUB), str(theirs), "-o", str(other)], capsys)
    assert code == 2 and "already exists" in stderr and other.read_text(encoding="utf-8") == "keep me"


# ---------------------------------------------------------------- the git merge driver


def _git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, GIT_AUTHOR_NAME="A", GIT_AUTHOR_EMAIL="a@example.org", GIT_COMMITTER_NAME="A",
               GIT_COMMITTER_EMAIL="a@example.org", GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")  # fmt: skip
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=check, timeout=60)


def _repository(tmp_path: Path) -> Path:
    repo = tmp_path / "policies"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    shutil.copyfile(HUB, repo / "hub.playbook.yaml")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "The hub")
    return repo


def _with_driver(repo: Path) -> None:
    # the documented setup (docs/policy-repository.md), with this checkout's charter
    (repo / ".gitattributes").write_text("*.playbook.yaml merge=charter\n", encoding="utf-8")
    charter = f"'{sys.executable}' '{ROOT / 'main.py'}'"
    _git(repo, "config", "merge.charter.name", "Charter: merge playbooks by item and field")
    _git(repo, "config", "merge.charter.driver", f"{charter} merge %O %A %B -o %A --name %P")
    _git(repo, "add", ".gitattributes")
    _git(repo, "commit", "-q", "-m", "Merge playbooks with Charter")


def _edit(repo: Path, branch: str, playbook: Playbook, message: str) -> None:
    _git(repo, "checkout", "-q", branch)
    (repo / "hub.playbook.yaml").write_text(dumps(playbook), encoding="utf-8")
    _git(repo, "commit", "-q", "-am", message)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_git_merge_driver_merges_two_branches(base: Playbook, tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    _with_driver(repo)
    _git(repo, "branch", "feature")
    ours, _ = replace_at(base, "channels.accounts[0].response_sla_hours", 2)
    _edit(repo, "main", ours, "Tighten the LinkedIn SLA")
    _edit(repo, "feature", _new_clause(_glossary_reversed(base)), "A clause; the glossary sorted")
    _git(repo, "checkout", "-q", "main")
    done = _git(repo, "merge", "--no-edit", "feature", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "merged cleanly" in done.stdout
    merged = load(repo / "hub.playbook.yaml")
    assert merged.channels.accounts[0].response_sla_hours == 2
    assert merged.conduct.clauses[-1].id == "cc-new"
    # a line-based merge of the same two edits would have conflicted: the glossary moved under the SLA's neighbours
    assert _git(repo, "status", "--porcelain").stdout == ""


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_git_merge_driver_reports_a_conflict_and_leaves_a_valid_file(base: Playbook, tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    _with_driver(repo)
    _git(repo, "branch", "feature")
    _edit(repo, "main", replace_at(base, "channels.accounts[0].response_sla_hours", 2)[0], "2 hours")
    _edit(repo, "feature", replace_at(base, "channels.accounts[0].response_sla_hours", 8)[0], "8 hours")
    _git(repo, "checkout", "-q", "main")
    done = _git(repo, "merge", "--no-edit", "feature", check=False)
    assert done.returncode != 0
    assert f"conflict: {LINKEDIN_SLA}: ours 2, theirs 8 (base 4)" in done.stdout
    assert "hub.playbook.yaml: merged with 1 conflict" in done.stdout  # not git's temporary file's name
    text = (repo / "hub.playbook.yaml").read_text(encoding="utf-8")
    assert "<<<<<<<" not in text
    assert playbook_from_text("hub", text).channels.accounts[0].response_sla_hours == 2
    assert "UU hub.playbook.yaml" in _git(repo, "status", "--porcelain").stdout


def test_an_empty_base_is_no_common_version(base: Playbook) -> None:
    ours = _new_clause(base, "cc-a", "A")
    theirs = _new_clause(base, "cc-b", "B")
    merged = merge(Side("base", ""), Side("ours", dumps(ours)), Side("theirs", dumps(theirs)))
    assert merged.playbook is not None
    assert {c.id for c in merged.playbook.conduct.clauses} >= {"cc-a", "cc-b"}


def test_refusals_are_merge_refused(base: Playbook) -> None:
    with pytest.raises(MergeRefused):
        merge(Side("base", dumps(base)), Side("ours", dumps(base)), Side("theirs", EMEA.read_text(encoding="utf-8")))


# ---------------------------------------------------------------- what a merge keeps (red team, issue 21)

_COMMENTS = st.lists(
    st.sampled_from(
        [
            "# yaml-language-server: $schema=./charter.schema.json\n",
            "# Owner: the compliance team; edit through Charter.\n",
            "\n",
            "#\n",
        ]
    ),
    max_size=4,
)


def _starters(folder: Path) -> list[Path]:
    from playbooks.starters import STARTERS

    made = []
    for name in STARTERS:
        path = folder / f"{name}.playbook.yaml"
        assert main(["new", "--preset", name, "-o", str(path)]) == 0
        made.append(path)
    spoke = folder / "spoke.playbook.yaml"
    assert main(["new", "--spoke-of", str(made[0]), "--region", "EMEA", "-o", str(spoke)]) == 0
    return [*made, spoke]


def test_merging_any_shipped_or_new_file_with_itself_returns_it_byte_for_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [*sorted(EXAMPLES.glob("*.playbook.yaml")), *_starters(tmp_path)]
    capsys.readouterr()
    for path in files:
        text = path.read_text(encoding="utf-8")
        for head in ("", "# yaml-language-server: $schema=./charter.schema.json\n# Owner: compliance.\n\n"):
            x = Side(str(path), head + text)
            assert merge(x, x, x).text() == head + text, path.name


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_merging_a_generated_playbook_with_comments_with_itself_keeps_every_byte(data: st.DataObject) -> None:
    playbook = data.draw(edited(load(HUB)))
    head = "".join(data.draw(_COMMENTS))
    if data.draw(st.booleans()):  # an earlier merge's unresolved list, among the comments
        head = f"# charter merge: 1 conflict; OURS's value stands at it. Resolve it, then delete these lines.\n# conflict: {LINKEDIN_SLA}: ours 2, theirs 8 (base 4)\n{head}"  # fmt: skip
    x = Side("x", head + dumps(playbook))
    assert merge(x, x, x).text() == x.text


def test_a_merge_through_the_cli_keeps_the_schema_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    x = tmp_path / "x.playbook.yaml"
    x.write_text("# yaml-language-server: $schema=./charter.schema.json\n" + HUB.read_text(encoding="utf-8"))
    out = tmp_path / "out.playbook.yaml"
    code, _, _ = _run(["merge", str(x), str(x), str(x), "-o", str(out)], capsys)
    assert code == 0 and out.read_bytes() == x.read_bytes()


def test_a_second_merge_keeps_the_conflicts_an_earlier_one_left_unresolved(
    base: Playbook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours, _ = replace_at(base, "channels.accounts[0].response_sla_hours", 2)
    theirs, _ = replace_at(base, "channels.accounts[0].response_sla_hours", 8)
    files = [_write(tmp_path, f"{n}.playbook.yaml", p) for n, p in (("base", base), ("ours", ours), ("theirs", theirs))]
    first = tmp_path / "m.playbook.yaml"
    assert _run(["merge", *map(str, files), "-o", str(first)], capsys)[0] == 1
    # merge BASE again into the file that still lists the conflict: not "merged cleanly", the list stays
    second = tmp_path / "m2.playbook.yaml"
    code, stdout, _ = _run(["merge", str(files[0]), str(first), str(files[0]), "-o", str(second)], capsys)
    assert code == 1, stdout
    assert "merged cleanly" not in stdout and "from an earlier merge" in stdout
    assert [n for _, n in notes_in(second.read_text(encoding="utf-8"))] == [
        f"{LINKEDIN_SLA}: ours 2, theirs 8 (base 4)"
    ]
    assert any(f.code == "MERGE-CONFLICT" for f in validate_file(second).findings)
    # THEIRS carrying the list counts as much as OURS
    code, _, _ = _run(["merge", str(files[0]), str(files[0]), str(first), "-o", str(second), "--force"], capsys)
    assert code == 1 and notes_in(second.read_text(encoding="utf-8"))


def test_validate_sees_conflict_lines_below_other_comments(tmp_path: Path) -> None:
    path = tmp_path / "x.playbook.yaml"
    path.write_text(
        "# yaml-language-server: $schema=./charter.schema.json\n"
        f"# conflict: {LINKEDIN_SLA}: ours 2, theirs 8 (base 4)\n" + HUB.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    assert [(f.code, f.line) for f in validate_file(path).findings if f.code == "MERGE-CONFLICT"] == [
        ("MERGE-CONFLICT", 2)
    ]


def test_a_base_of_another_playbook_is_refused(
    base: Playbook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = _write(tmp_path, "other.playbook.yaml", replace_at(base, "document.id", "another-playbook")[0])
    ours = _write(tmp_path, "ours.playbook.yaml", remove_item(base, "channels.accounts", 1)[0])
    theirs = _write(tmp_path, "theirs.playbook.yaml", replace_at(base, "channels.accounts[0].response_sla_hours", 7)[0])
    stderr = _bad(["merge", str(other), str(ours), str(theirs)], tmp_path / "out.playbook.yaml", capsys)
    assert "other.playbook.yaml is a different playbook ('another-playbook')" in stderr


def test_a_base_of_another_spoke_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "apac.playbook.yaml"
    shutil.copyfile(EXAMPLES / "meridian-securities-spoke-apac.playbook.yaml", other)
    stderr = _bad(["merge", str(other), str(EMEA), str(EMEA)], tmp_path / "out.playbook.yaml", capsys)
    assert "is a different spoke" in stderr


def test_an_invalid_combination_keeps_every_other_change_of_theirs(base: Playbook) -> None:
    person = base.people.people[0].model_copy(update={"id": "temp-person", "name": "Temp Person"})
    start = insert_item(base, "people.people", len(base.people.people), person)
    ours, _ = remove_item(start, "people.people", len(start.people.people) - 1)
    theirs, _ = replace_at(start, "channels.accounts[2].backup", "temp-person")
    theirs, _ = replace_at(theirs, "channels.accounts[0].response_sla_hours", 7)
    theirs = insert_item(theirs, "scope.glossary", 0, GlossaryTerm(term="Theirs term", definition="New."))
    merged = merge_playbooks(start, ours, theirs)
    assert merged.playbook is not None
    # the clean changes of THEIRS are in; the field that cannot stand keeps OURS's value, and is listed
    assert merged.playbook.channels.accounts[0].response_sla_hours == 7
    assert merged.playbook.scope.glossary[0].term == "Theirs term"
    assert merged.playbook.channels.accounts[2].backup == start.channels.accounts[2].backup
    assert "temp-person" not in {p.id for p in merged.playbook.people.people}
    assert [c.kind for c in merged.conflicts] == ["invalid"]
    assert merged.conflicts[0].describe().startswith("Channels and accounts › ")
    assert merged.conflicts[0].describe().endswith("› Backup: " + merged.conflicts[0].ours)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs links")
def test_merging_into_ours_through_a_link_saves_the_real_file(
    base: Playbook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    real = _write(synced, "o.playbook.yaml", replace_at(base, "channels.accounts[0].response_sla_hours", 2)[0])
    link = tmp_path / "o.playbook.yaml"
    link.symlink_to(real)
    b = _write(tmp_path, "b.playbook.yaml", base)
    t = _write(tmp_path, "t.playbook.yaml", _new_clause(base))
    code, stdout, _ = _run(["merge", str(b), str(link), str(t), "-o", str(link)], capsys)
    assert code == 0, stdout
    assert link.is_symlink() and load(real).conduct.clauses[-1].id == "cc-new"
    assert load(real).channels.accounts[0].response_sla_hours == 2
    assert sorted(p.name for p in synced.iterdir()) == ["o.playbook.yaml"]  # no lock, no temporary left


def test_the_driver_names_the_playbook_not_gits_temporary_file(
    base: Playbook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = _write(tmp_path, ".merge_file_AbC123", replace_at(base, "channels.accounts[0].response_sla_hours", 2)[0])
    theirs = _write(tmp_path, "t", replace_at(base, "channels.accounts[0].response_sla_hours", 8)[0])
    b = _write(tmp_path, "b", base)
    code, stdout, _ = _run(["merge", str(b), str(ours), str(theirs), "-o", str(ours), "--name", "hub.playbook.yaml"], capsys)  # fmt: skip
    assert code == 1 and "hub.playbook.yaml: merged with 1 conflict" in stdout and ".merge_file" not in stdout


def _spoke_with(change: dict[str, object]) -> str:
    import yaml

    data = yaml.safe_load(EMEA.read_text(encoding="utf-8"))
    data["changes"].append(change)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


_MODIFY_YOUTUBE = {
    "action": "modify",
    "target": "channels.accounts",
    "id": "ch-youtube",
    "fields": {"response_sla_hours": 2.0},
    "rationale": "Faster in EMEA.",
    "approver": "X",
}
_REMOVE_YOUTUBE = {
    "action": "remove",
    "target": "channels.accounts",
    "id": "ch-youtube",
    "rationale": "Not used in EMEA.",
    "approver": "Y",
}


@pytest.mark.parametrize("ours_removes", [False, True])
def test_a_spoke_change_of_an_item_the_other_side_removes_is_a_conflict(ours_removes: bool) -> None:
    base_text = EMEA.read_text(encoding="utf-8")
    modify, remove = Side("m", _spoke_with(_MODIFY_YOUTUBE)), Side("r", _spoke_with(_REMOVE_YOUTUBE))
    ours, theirs = (remove, modify) if ours_removes else (modify, remove)
    merged = merge(Side("base", base_text), ours, theirs)
    assert [c.kind for c in merged.conflicts] == ["deleted"]
    words = merged.conflicts[0].describe()
    assert "modify channels.accounts[ch-youtube]" in words
    assert ("deleted in ours, changed in theirs" if ours_removes else "changed in ours, deleted in theirs") in words
    assert merged.spoke is not None
    actions = {c.action for c in merged.spoke.changes if getattr(c, "id", None) == "ch-youtube"}
    assert actions == ({"remove"} if ours_removes else {"modify"})


def _with_log(playbook: Playbook, *entries: ChangeLogEntry) -> Playbook:
    document = playbook.document.model_copy(update={"change_log": [*playbook.document.change_log, *entries]})
    return playbook.model_copy(update={"document": document})


def test_records_merge_by_what_they_record(base: Playbook) -> None:
    entry = ChangeLogEntry(version="1.4.0", date=dt.date(2026, 10, 1), author="Ann", what="Typo.", why="Because.")
    start = sign_off(
        _with_log(base, entry), approver="Orla Keane", role="CCO", decision=Decision.APPROVED, date=dt.date(2026, 10, 2)
    )
    # ours corrects the entry; theirs removes the sign-off; both also change the title (so the
    # document section is merged field by field, not taken whole)
    log = [*start.document.change_log[:-1], entry.model_copy(update={"what": "A typo fixed."})]
    ours = start.model_copy(update={"document": start.document.model_copy(update={"change_log": log, "title": "O"})})
    theirs = start.model_copy(
        update={
            "document": start.document.model_copy(
                update={"sign_offs": start.document.sign_offs[:-1], "version": "1.4.1"}
            )
        }
    )
    merged = merge_playbooks(start, ours, theirs)
    assert merged.conflicts == [] and merged.playbook is not None
    versions = [e.version for e in merged.playbook.document.change_log]
    assert versions.count("1.4.0") == 1 and merged.playbook.document.change_log[-1].what == "A typo fixed."
    assert "Orla Keane" not in {s.approver for s in merged.playbook.document.sign_offs}  # not brought back
    # two different entries for one version: a conflict, ours kept
    other = entry.model_copy(update={"what": "Something else."})
    merged = merge_playbooks(base, _with_log(base, entry), _with_log(base, other))
    assert [c.kind for c in merged.conflicts] == ["added"]
    assert "1.4.0" in merged.conflicts[0].place
    assert merged.playbook is not None and [e.what for e in merged.playbook.document.change_log].count("Typo.") == 1
    assert "Something else." not in {e.what for e in merged.playbook.document.change_log}


def test_a_plain_value_edited_both_ways_or_edited_and_deleted_is_a_conflict(base: Playbook) -> None:
    territories = list(base.scope.territories)
    assert len(territories) >= 2
    first = territories[0]

    def with_first(value: str | None) -> Playbook:
        values = [v for v in ([value] if value else []) + territories[1:]]
        return replace_at(base, "scope.territories", values)[0]

    merged = merge_playbooks(base, with_first("Ours-land"), with_first("Theirs-land"))
    assert [c.kind for c in merged.conflicts] == ["changed"]
    assert merged.playbook is not None and merged.playbook.scope.territories == ["Ours-land", *territories[1:]]
    merged = merge_playbooks(base, with_first("Ours-land"), with_first(None))
    assert [c.kind for c in merged.conflicts] == ["deleted"]
    assert merged.conflicts[0].describe().endswith("changed in ours, deleted in theirs (ours kept)")
    assert first in merged.conflicts[0].place
    assert merged.playbook is not None and merged.playbook.scope.territories[0] == "Ours-land"
    merged = merge_playbooks(base, with_first(None), with_first("Theirs-land"))
    assert [c.kind for c in merged.conflicts] == ["deleted"]
    assert merged.playbook is not None and merged.playbook.scope.territories == territories[1:]
    # an entry added on one side and another removed on the other still merge clean
    added = replace_at(base, "scope.territories", [*territories, "New-land"])[0]
    merged = merge_playbooks(base, added, with_first(None))
    assert merged.conflicts == [] and merged.playbook is not None
    assert merged.playbook.scope.territories == [*territories[1:], "New-land"]
