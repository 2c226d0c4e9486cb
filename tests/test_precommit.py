"""Charter as a pre-commit hook (issue 21, point 2): ``pre-commit try-repo`` on a sample policy
repository, offline (``language: system``: the hook runs the installed ``charter``, nothing is
downloaded; where the machine allows, the whole run happens with no network at all)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
EMEA = "meridian-securities-spoke-emea.playbook.yaml"
HUB = "meridian-securities-hub.playbook.yaml"


def _offline() -> list[str]:
    """``unshare -n`` (a network namespace with no interface) where this machine allows it."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True, check=False).returncode == 0:
        return [unshare, "-n"]
    return []


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A PATH with a ``charter`` that runs this checkout, git and pre-commit kept to the test."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    charter = bin_dir / "charter"
    charter.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{ROOT / "main.py"}" "$@"\n', encoding="utf-8")
    charter.chmod(0o755)
    return dict(
        os.environ,
        PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="A",
        GIT_AUTHOR_EMAIL="a@example.org",
        GIT_COMMITTER_NAME="A",
        GIT_COMMITTER_EMAIL="a@example.org",
    )


def _git(repo: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, timeout=60)


@pytest.fixture
def policies(tmp_path: Path, env: dict[str, str]) -> Path:
    """A policy repository: the example hub and its three spokes, and a README, committed."""
    repo = tmp_path / "policies"
    repo.mkdir()
    for file in EXAMPLES.glob("*.playbook.yaml"):
        shutil.copyfile(file, repo / file.name)
    (repo / "README.md").write_text("Our social media policies.\n", encoding="utf-8")
    _git(repo, env, "init", "-q", "-b", "main")
    _git(repo, env, "add", ".")
    _git(repo, env, "commit", "-q", "-m", "Policies")
    return repo


def _try_repo(repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [*_offline(), str(PRE_COMMIT), "try-repo", str(ROOT), "charter-validate", "--verbose"]
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=600, check=False)


def test_the_hook_is_declared_for_playbooks_only_and_runs_the_installed_charter() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "charter-validate" and hook["language"] == "system"
    assert hook["entry"] == "charter validate --with-spokes"
    assert "additional_dependencies" not in hook


def test_a_staged_hub_is_validated_with_its_spokes(policies: Path, env: dict[str, str]) -> None:
    hub = policies / HUB
    hub.write_text(hub.read_text(encoding="utf-8").replace("response_sla_hours: 4.0", "response_sla_hours: 3.0", 1))
    _git(policies, env, "add", HUB)
    done = _try_repo(policies, env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout
    assert all(name in done.stdout for name in (HUB, EMEA, "spoke-apac", "spoke-americas"))
    assert "4 files: 4 valid" in done.stdout


def test_a_broken_staged_spoke_stops_the_commit_and_names_the_file(policies: Path, env: dict[str, str]) -> None:
    spoke = policies / EMEA
    spoke.write_text(spoke.read_text(encoding="utf-8").replace("retention_years: 7", "retention_years: 1", 1))
    _git(policies, env, "add", EMEA)
    done = _try_repo(policies, env)
    assert done.returncode == 1
    assert "Failed" in done.stdout and f"{EMEA}:" in done.stdout and "SPOKE-LOCKED-WEAKENED" in done.stdout
    # the hub did not change: only the staged spoke is validated (its findings may point into the
    # hub, but the hub gets no report of its own)
    assert f"{HUB}: valid" not in done.stdout and f"{HUB}: not valid" not in done.stdout


def test_nothing_staged_that_is_a_playbook_validates_nothing(policies: Path, env: dict[str, str]) -> None:
    (policies / "README.md").write_text("Changed.\n", encoding="utf-8")
    _git(policies, env, "add", "README.md")
    done = _try_repo(policies, env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout and "playbook.yaml" not in done.stdout


def test_the_spokes_in_a_subfolder_of_a_staged_hub_are_validated(policies: Path, env: dict[str, str]) -> None:
    regions = policies / "regions"
    regions.mkdir()
    text = (policies / EMEA).read_text(encoding="utf-8").replace(f"hub: {HUB}", f"hub: ../{HUB}", 1)
    assert f"hub: ../{HUB}" in text
    (regions / EMEA).write_text(text, encoding="utf-8")
    _git(policies, env, "add", ".")
    _git(policies, env, "commit", "-q", "-m", "A spoke in a subfolder")
    hub = policies / HUB
    # a new document id: every spoke that names the hub by its old id breaks
    hub.write_text(hub.read_text(encoding="utf-8").replace("id: meridian-securities-global-social-media", "id: renamed-playbook", 1))  # fmt: skip
    _git(policies, env, "add", HUB)
    done = _try_repo(policies, env)
    assert done.returncode == 1, done.stdout
    assert f"regions/{EMEA}: not valid" in done.stdout


@pytest.mark.parametrize("how", ["rm", "mv"])
def test_a_deleted_or_renamed_hub_fails_on_the_spokes_that_name_it(
    policies: Path, env: dict[str, str], how: str
) -> None:
    if how == "rm":
        _git(policies, env, "rm", "-q", HUB)
    else:
        _git(policies, env, "mv", HUB, "hub.playbook.yaml")
    done = _try_repo(policies, env)
    assert done.returncode != 0, done.stdout
    assert "Failed" in done.stdout and EMEA in done.stdout and "spoke-apac" in done.stdout
