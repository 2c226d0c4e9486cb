"""The benchmark keeps working: its generator and ``python -m bench --quick --json`` run.

Nothing here asserts a time: speed is what the benchmark reports, not what tests check.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.__main__ import format_table, main
from bench.generate import Size, generate_data, write_sizes, write_spokes
from bench.measure import Row
from playbooks.format.model import Playbook
from playbooks.io import storage

TINY = Size("tiny", 3, 40)


def test_the_generator_is_deterministic_and_builds_valid_playbooks() -> None:
    first, second = generate_data(TINY), generate_data(TINY)
    assert first == second
    assert generate_data(TINY, seed=1) != first
    playbook = Playbook.model_validate(first)
    assert len(playbook.content.rules) + len(playbook.conduct.clauses) == 40
    assert len(playbook.governance.spokes) == 3
    assert {c.region for c in playbook.channels.accounts} == {s.name for s in playbook.governance.spokes}


def test_generated_files_and_spokes_load(tmp_path: Path) -> None:
    paths = write_sizes(tmp_path, ["S"])
    hub = storage.load(paths["S"])
    assert paths["S"].read_bytes() == write_sizes(tmp_path / "again", ["S"])["S"].read_bytes()
    tiny_path = tmp_path / "tiny.playbook.yaml"
    tiny_path.write_text(storage.dumps(Playbook.model_validate(generate_data(TINY))), encoding="utf-8")
    spokes = write_spokes(tiny_path, storage.load(tiny_path), tmp_path / "spokes")
    assert len(spokes) == 3
    from playbooks.tailoring import resolve_file

    for spoke in spokes:
        resolution = resolve_file(spoke)
        assert resolution.effective is not None, resolution.findings
        assert resolution.effective.document.title.endswith(")")
    assert hub.document.title


def test_quick_run_writes_the_json_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bench.json"
    assert main(["--quick", "--runs", "1", "--only", "open", "checks", "tailoring", "compare", "--json", str(out)]) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    names = [row["name"] for row in rows]
    assert {"open S", "open M", "save S", "save M", "checks M", "compare two versions of M"} <= set(names)
    compared = next(row for row in rows if row["name"] == "compare two versions of M")
    assert compared["note"].endswith(": 1 difference")  # every list reordered: only the one edit differs
    for row in rows:
        assert {"name", "value", "unit", "baseline", "ratio", "target", "met"} <= set(row)
    open_s = next(row for row in rows if row["name"] == "open S")
    assert open_s["value"] > 0 and open_s["baseline"] > 0 and open_s["target"] == "< 50 ms"
    assert open_s["ratio"] == pytest.approx(open_s["value"] / open_s["baseline"], rel=0.01)
    printed = capsys.readouterr().out
    assert "| open S " in printed and "python:" in printed and "targets met" in printed


def test_skipped_parts_show_why_in_the_table() -> None:
    table = format_table(
        [
            Row("open S", 12.5, "ms", 2.5, "model_validate_json", "< 50 ms", True, 12.0, 13.0),
            Row("gui", None, "", note="skipped: not built"),
        ]
    )
    assert "5.00x" in table and "met" in table
    assert "skipped: not built" in table
