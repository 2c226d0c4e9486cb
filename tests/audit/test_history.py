"""Versions from git (issue 21, point 3): ``charter compare REV:PATH PATH`` and ``REV1:PATH REV2:PATH``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from playbooks.audit.history import read_version, versions
from playbooks.cli.main import main
from playbooks.io import git
from playbooks.io.storage import PlaybookLoadError
from tests.conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

HUB = "meridian-securities-hub.playbook.yaml"
EMEA = "meridian-securities-spoke-emea.playbook.yaml"


def _git(repo: Path, *args: str) -> None:
    env = dict(os.environ, GIT_AUTHOR_NAME="A", GIT_AUTHOR_EMAIL="a@example.org", GIT_COMMITTER_NAME="A",
               GIT_COMMITTER_EMAIL="a@example.org", GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")  # fmt: skip
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, timeout=60)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The example hub and its spokes committed, then the hub's LinkedIn SLA changed (4 -> 3 h)
    in a second commit; the working tree as committed."""
    folder = tmp_path / "policies"
    folder.mkdir()
    for file in EXAMPLES.glob("*.playbook.yaml"):
        shutil.copyfile(file, folder / file.name)
    _git(folder, "init", "-q", "-b", "main")
    _git(folder, "add", ".")
    _git(folder, "commit", "-q", "-m", "Version 1.3.0")
    hub = folder / HUB
    hub.write_text(hub.read_text(encoding="utf-8").replace("response_sla_hours: 4.0", "response_sla_hours: 3.0", 1))
    _git(folder, "commit", "-q", "-am", "Tighter LinkedIn SLA")
    return folder


@pytest.fixture
def inside(repo: Path) -> object:
    os.chdir(repo)
    yield repo
    os.chdir(ROOT)


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_compare_a_revision_with_the_file(inside: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["compare", f"HEAD~1:{HUB}", HUB, "--format", "json"], capsys)
    assert code == 0
    changes = json.loads(out)
    assert [c["label"] for c in changes] == [
        "Channels and accounts › LinkedIn Meridian Securities › Response SLA (hours)"
    ]
    assert (changes[0]["old"], changes[0]["new"]) == (4.0, 3.0)


def test_a_spoke_at_a_revision_resolves_against_its_hub_at_that_revision(
    inside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the spoke did not change; its hub did: the two revisions of the spoke differ by the hub's change
    code, out, _ = _run(["compare", f"HEAD~1:{EMEA}", f"HEAD:{EMEA}", "--format", "json"], capsys)
    assert code == 0
    labels = [c["label"] for c in json.loads(out)]
    assert labels == ["Channels and accounts › LinkedIn Meridian Securities › Response SLA (hours)"]
    old = read_version(f"HEAD~1:{EMEA}")
    assert old.file == f"HEAD~1:{EMEA}" and old.is_spoke and old.usable().channels.accounts[0].response_sla_hours == 4


def test_paths_from_a_subfolder_and_the_history_of_a_file(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["compare", f"HEAD~1:{repo / HUB}", str(repo / HUB)], capsys)
    assert code == 0 and out.startswith("1 difference")
    assert [c.subject for c in versions(repo / HUB)] == ["Tighter LinkedIn SLA", "Version 1.3.0"]
    assert [c.subject for c in versions(repo / EMEA)] == ["Version 1.3.0"]


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        (f"no-such-branch:{HUB}", "no revision 'no-such-branch' in this repository"),
        ("HEAD:missing.playbook.yaml", "missing.playbook.yaml did not exist at revision 'HEAD'"),
    ],
)
def test_a_revision_or_file_git_does_not_have_is_one_line(
    inside: Path, capsys: pytest.CaptureFixture[str], argument: str, expected: str
) -> None:
    code, out, err = _run(["compare", argument, HUB], capsys)
    assert code == 2 and out == ""
    assert err.splitlines() == [f"charter: error: {argument}: {expected}"]


def test_outside_a_work_tree_and_without_git_it_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    loose = tmp_path / "loose"
    loose.mkdir()
    shutil.copyfile(EXAMPLES / HUB, loose / HUB)
    code, _, err = _run(["compare", f"HEAD:{loose / HUB}", str(loose / HUB)], capsys)
    assert code == 2 and err.strip().endswith("not in a git work tree")
    monkeypatch.setattr(git, "available", lambda: False)
    code, _, err = _run(["compare", f"HEAD:{loose / HUB}", str(loose / HUB)], capsys)
    assert code == 2 and "git is not installed" in err and len(err.splitlines()) == 1
    with pytest.raises(PlaybookLoadError):
        read_version(f"HEAD:{loose / HUB}")


def test_an_existing_file_with_a_colon_in_its_name_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "v1:hub.playbook.yaml"
    shutil.copyfile(EXAMPLES / HUB, odd)
    code, out, _ = _run(["compare", str(odd), str(EXAMPLES / HUB)], capsys)
    assert code == 0 and out.startswith("0 differences")


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for git")
def test_a_git_that_does_not_answer_is_said_so_and_stopped_with_what_it_started(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "bin"
    fake.mkdir()
    started = tmp_path / "started.pid"
    (fake / "git").write_text(f"#!/bin/sh\nsleep 600 &\necho $! > '{started}'\nwait\n", encoding="utf-8")
    (fake / "git").chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(git, "TIMEOUT", 1.0)
    loose = tmp_path / "loose"
    loose.mkdir()
    shutil.copyfile(EXAMPLES / HUB, loose / HUB)
    code, _, err = _run(["compare", f"HEAD~1:{loose / HUB}", str(loose / HUB)], capsys)
    assert code == 2 and len(err.splitlines()) == 1
    assert "git did not answer within 1 s" in err and "not in a git work tree" not in err
    pid = int(started.read_text(encoding="ascii"))
    # the process git started is gone too (at most a zombie, where nothing reaps orphans)
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        state = "gone"
    assert state in ("gone", "Z", "X")
