"""``charter validate FOLDER``: a policy repository validated as a whole (issue 21, point 1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from playbooks.checks import folders
from playbooks.checks.folders import SharedHubs, check_files, find_playbooks
from playbooks.checks.validation import validate_file
from playbooks.cli.main import main
from tests.conftest import EXAMPLES, ROOT

EMEA = "meridian-securities-spoke-emea.playbook.yaml"


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def _weaken_emea(folder: Path) -> int:
    """Loosen a locked retention in the EMEA spoke (an error); the line of that change."""
    spoke = folder / EMEA
    lines = spoke.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == "retention_years: 7")
    lines[at] = lines[at].replace("retention_years: 7", "retention_years: 1")
    spoke.write_text("\n".join(lines), encoding="utf-8")
    return max(i for i in range(at) if lines[i].lstrip().startswith("- action:")) + 1


def test_the_examples_folder_lists_the_hub_and_its_three_spokes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["validate", str(EXAMPLES)], capsys)
    assert code == 0, out + err
    lines = out.splitlines()
    names = sorted(p.name for p in EXAMPLES.glob("*.playbook.yaml"))
    assert [Path(line.split(":")[0]).name for line in lines[:-1]] == names
    assert all(": valid" in line for line in lines[:-1])
    assert lines[-1].startswith("4 files: 4 valid, 0 not valid, 0 unreadable (0 errors, ")


def test_a_folder_with_one_bad_spoke_fails_and_sarif_names_that_file_and_line(
    hub_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _weaken_emea(hub_folder)
    code, out, _ = _run(["validate", str(hub_folder), "--jobs", "1"], capsys)
    assert code == 1
    listed = [text for text in out.splitlines() if text.startswith("  ")]
    assert listed and all(f"{EMEA}:{line}: error " in text for text in listed)
    assert any("SPOKE-LOCKED-WEAKENED" in text for text in listed)
    assert out.splitlines()[-1].startswith(f"4 files: 3 valid, 1 not valid, 0 unreadable ({len(listed)} errors, ")
    code, out, _ = _run(["validate", str(hub_folder), "--format", "sarif", "--jobs", "1"], capsys)
    assert code == 1
    log = json.loads(out)
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert sorted(Path(u).name for u in uris) == sorted(p.name for p in hub_folder.glob("*.playbook.yaml"))
    errors = [r for r in run["results"] if r["level"] == "error"]
    assert "SPOKE-LOCKED-WEAKENED" in {r["ruleId"] for r in errors}
    for error in errors:
        where = error["locations"][0]["physicalLocation"]
        assert where["artifactLocation"]["uri"].endswith(EMEA) and where["region"]["startLine"] == line
        assert uris[where["artifactLocation"]["index"]] == where["artifactLocation"]["uri"]


def test_json_covers_the_whole_tree(hub_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["validate", str(hub_folder), "--format", "json"], capsys)
    assert code == 0
    entries = json.loads(out)
    assert len(entries) == 4 and all(e["scorecard"] and e["regulatory"] for e in entries)


def test_an_unreadable_file_makes_the_exit_code_the_worst(hub_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _weaken_emea(hub_folder)
    (hub_folder / "broken.playbook.yaml").write_text("document: [unclosed\n", encoding="utf-8")
    code, out, err = _run(["validate", str(hub_folder)], capsys)
    assert code == 2
    assert len(err.splitlines()) == 1 and "broken.playbook.yaml" in err
    assert out.splitlines()[-1].startswith("5 files: 3 valid, 1 not valid, 1 unreadable")


def test_find_playbooks_skips_hidden_folders_and_lists_each_file_once(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/z.playbook.yaml", "a.playbook.yaml", ".git/x.playbook.yaml", "notes.yaml", "a.playbook.yaml.bak"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, folder = find_playbooks([str(tmp_path), str(tmp_path / "a.playbook.yaml")])
    assert folder
    assert [Path(f).relative_to(tmp_path).as_posix() for f in files] == ["a.playbook.yaml", "b/z.playbook.yaml"]


def test_no_playbooks_and_a_bad_jobs_value_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["validate", str(tmp_path)], capsys)
    assert code == 2 and "no playbooks" in err and len(err.splitlines()) == 1
    with pytest.raises(SystemExit) as exit_:
        main(["validate", str(EXAMPLES), "--jobs", "0"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "--jobs" in err and len(err.splitlines()) == 1


def test_the_hub_is_parsed_once_and_shared_findings_equal_one_by_one(
    hub_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[str] = []
    original = folders.playbook_from_text

    def counting(name: str, text: str, data: object = None) -> object:
        parsed.append(Path(name).name)
        return original(name, text, data)  # type: ignore[arg-type]

    monkeypatch.setattr(folders, "playbook_from_text", counting)
    files, _ = find_playbooks([str(hub_folder)])
    shared = check_files(files, 1)
    assert parsed == ["meridian-securities-hub.playbook.yaml"]
    for report in shared:
        alone = validate_file(report.file)
        assert [(f.code, f.path, f.message) for f in report.findings] == [
            (f.code, f.path, f.message) for f in alone.findings
        ]


def test_shared_hubs_keep_only_the_last_few() -> None:
    hubs = SharedHubs(kept=1)
    first = hubs.source(EXAMPLES / "meridian-securities-hub.playbook.yaml")
    assert hubs.source(EXAMPLES / "meridian-securities-hub.playbook.yaml") is first
    emea = hubs.source(EXAMPLES / EMEA)  # kept in its place: only the last file read
    assert hubs.source(EXAMPLES / EMEA) is emea
    assert hubs.source(EXAMPLES / "meridian-securities-hub.playbook.yaml") is not first


def test_the_output_is_the_same_whatever_the_jobs(hub_folder: Path) -> None:
    _weaken_emea(hub_folder)
    copies = hub_folder / "copies"
    copies.mkdir()
    for spoke in hub_folder.glob("*spoke*.playbook.yaml"):
        for n in range(3):
            text = spoke.read_text(encoding="utf-8").replace("hub: meridian", "hub: ../meridian", 1)
            (copies / f"{n}-{spoke.name}").write_text(text, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    outputs = []
    for jobs in ("1", "2", "3"):
        for fmt in ("text", "sarif"):
            done = subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "validate", str(hub_folder), "--jobs", jobs, "--format", fmt],
                capture_output=True, text=True, env=env, timeout=300, check=False,
            )  # fmt: skip
            outputs.append((fmt, done.returncode, done.stdout))
    assert {code for _, code, _ in outputs} == {1}
    for fmt in ("text", "sarif"):
        assert len({out for f, _, out in outputs if f == fmt}) == 1


def test_spreading_over_processes_gives_the_reports_in_file_order(hub_folder: Path) -> None:
    files, _ = find_playbooks([str(hub_folder)])
    alone = check_files(files, 1)
    spread = folders._spread(files, [[3, 1], [0], [2]], 2, "en")
    assert [r.file for r in spread] == files
    assert [[f.message for f in r.findings] for r in spread] == [[f.message for f in r.findings] for r in alone]
    # the workers write their messages in the command's language (a process does not inherit it)
    german = folders._spread(files, [[3, 1], [0], [2]], 2, "de")
    alone_german = check_files(files, 1, language="de")
    assert [[f.message for f in r.findings] for r in german] == [[f.message for f in r.findings] for r in alone_german]
    assert [[f.message for f in r.findings] for r in german] != [[f.message for f in r.findings] for r in alone]


def test_an_unreadable_subfolder_is_named_and_fails_the_run(
    hub_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = hub_folder / "locked"
    locked.mkdir()
    (locked / "x.playbook.yaml").write_bytes((hub_folder / EMEA).read_bytes())
    real = os.scandir

    def scandir(path: str | os.PathLike[str] = ".") -> object:
        if Path(path) == locked:  # what an unreadable folder does (root reads them all: no chmod here)
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = _run(["validate", str(hub_folder), "--jobs", "1"], capsys)
    assert code == 2
    assert err.splitlines() == [f"charter: error: could not read {locked}; the playbooks in it were not validated"]
    assert out.splitlines()[-1].startswith("4 files: 4 valid")
    code, _, err = _run(["validate", str(locked)], capsys)
    assert code == 2 and "could not read" in err and "no playbooks" not in err and len(err.splitlines()) == 1


def test_more_jobs_than_cores_or_files_are_capped_with_a_note(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["validate", str(EXAMPLES), "--jobs", "100000"], capsys)
    assert code == 0
    useful = folders.useful_jobs(100000, 4)
    assert useful <= min(4, folders.default_jobs())
    assert err.splitlines() == [
        f"charter: note: --jobs 100000 is more than the {folders.default_jobs()} cores here or the 4 files; "
        f"validating in {useful} process{'es' if useful != 1 else ''}"
    ]


def test_with_spokes_finds_every_spoke_of_a_hub_however_many(tmp_path: Path) -> None:
    hub = tmp_path / "meridian-securities-hub.playbook.yaml"
    hub.write_bytes((EXAMPLES / hub.name).read_bytes())
    spoke = (EXAMPLES / EMEA).read_bytes()
    (tmp_path / "regions").mkdir()
    for i in range(600):
        (tmp_path / f"s{i:03}.playbook.yaml").write_bytes(spoke)
    nested = spoke.replace(b"hub: meridian", b"hub: ../meridian", 1)
    (tmp_path / "regions" / "deep.playbook.yaml").write_bytes(nested)
    (tmp_path / "other.playbook.yaml").write_bytes(spoke.replace(b"hub: meridian", b"hub: elsewhere-meridian", 1))
    listed = folders.with_spokes([str(hub)])
    assert listed[0] == str(hub) and len(listed) == 602
    assert str(tmp_path / "s599.playbook.yaml") in listed and str(tmp_path / "regions" / "deep.playbook.yaml") in listed
    assert str(tmp_path / "other.playbook.yaml") not in listed
    # a hub that is gone (deleted or renamed in the commit): the spokes that name it
    hub.unlink()
    assert len(folders.with_spokes([], gone=[str(hub)])) == 601
