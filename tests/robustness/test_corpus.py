"""The bad-input corpus through ``charter validate``: the documented exit code, one clear line
naming the file and the place, no traceback, the file and its folder unchanged.

Most cases run the command line in this process (fast); a sample runs as real processes. A
case that hangs is killed by pytest-timeout; times are measured by
``python -m tests.robustness_report``, never asserted here.
"""

from __future__ import annotations

import collections
import tracemalloc
from pathlib import Path

import pytest

from playbooks.format.model import Playbook
from tests.robustness import corpus
from tests.robustness.campaign import run_cli, try_case

#: The quick corpus: every kind of case, fewer variants of each (the report runs them all).
CASES = corpus.cases(full=False)


def test_the_corpus_is_large_and_covers_every_kind_of_bad_input() -> None:
    counts = collections.Counter(case.category for case in CASES)
    assert len(CASES) >= 300
    for category in (
        "invalid YAML",
        "alias bomb",
        "deep nesting",
        "tag",
        "control character",
        "encoding",
        "binary junk",
        "shape",
        "wrong type",
        "broken reference",
        "duplicate id",
        "duplicate key",
        "unknown field",
        "schema version",
        "version 0",
        "size cap",
        "special file",
        "hand-made",
        "spoke weakens a lock",
        "spoke hub",
        "spoke format",
    ):
        assert counts[category] > 0, category
    Playbook.model_validate(corpus.full_playbook())  # every case is one defect away from valid


def test_the_full_playbook_fills_every_section() -> None:
    data = corpus.full_playbook()
    assert set(data) == set(Playbook.model_fields)
    assert all(data[name] for name in Playbook.model_fields if name != "schema_version")


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=case.known_gap)) if case.known_gap else case
        for case in CASES
    ],
    ids=[case.name for case in CASES],
)
def test_validate_answers_a_bad_file_clearly_and_leaves_it_alone(case: corpus.Case, tmp_path: Path) -> None:
    result = try_case(case, tmp_path)
    assert result.problems == [], result.output[:2000]


#: One case of each way out: a parse error, a refused tag, a bomb, a size cap, a fifo, a finding.
SAMPLE = [
    "hand-merge-conflict",
    "hand-python-object-payload",
    "bomb-billion-laughs",
    "huge-60mb",
    "special-fifo",
    "hand-owner-typo",
]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", SAMPLE)
def test_a_sample_behaves_the_same_in_a_real_process(name: str, tmp_path: Path) -> None:
    case = next(case for case in CASES if case.name == name)
    result = try_case(case, tmp_path, subprocess_run=True)
    assert result.problems == [], result.output[:2000]


@pytest.mark.timeout(20)
def test_a_60_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    case = next(case for case in CASES if case.name == "huge-60mb")
    path = case.write(tmp_path)
    tracemalloc.start()
    try:
        code, _, err = run_cli(["validate", str(path)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert code == 2 and "limited to 50 MB" in err
    assert peak < 5 * 1024 * 1024  # the size is checked before a single byte is read


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system",
        "!!python/object/new:os.system",
        "!!python/object/apply:subprocess.call",
        "!<tag:yaml.org,2002:python/object/apply:os.system>",
    ],
)
def test_a_python_tag_never_runs_its_command(tmp_path: Path, tag: str) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "attack.playbook.yaml"
    path.write_text(f'schema_version: 1\ndocument:\n  id: a\n  title: {tag} ["touch {marker}"]\n', encoding="utf-8")
    code, out, err = run_cli(["validate", str(path)])
    assert code == 2 and "is not allowed in playbooks" in err and not out
    assert not marker.exists()


@pytest.mark.timeout(20)
def test_a_spoke_that_tightens_locked_rules_is_not_reported_as_weakening(tmp_path: Path) -> None:
    # the control for the spoke-weakens cases: the same hub, changes in the tighter direction
    spoke = corpus._spoke_file(
        "hub.playbook.yaml",
        [
            {
                "action": "modify",
                "target": "records.record_classes",
                "id": "record-classes-1",
                "fields": {"retention_years": 7, "storage_mode": "worm"},
                "rationale": "Longer here.",
            },
            {
                "action": "modify",
                "target": "channels.accounts",
                "id": "c-li",
                "fields": {"response_sla_hours": 2},
                "rationale": "Faster here.",
            },
        ],
    )
    corpus._with_hub(corpus.dump_yaml(corpus._lock_hub()), spoke)(tmp_path / "tight.playbook.yaml")
    code, out, err = run_cli(["validate", str(tmp_path / "tight.playbook.yaml")])
    assert "Traceback" not in out + err and code in (0, 1)
    assert "SPOKE-LOCKED-WEAKENED" not in out
    assert "SPOKE-" in out  # the spoke was resolved (its drift warning is there)
