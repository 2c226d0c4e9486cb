"""The editor with many files and many people (issue 21): conflict copies, merges, git history."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from playbooks.format.paths import replace_at
from playbooks.io import git
from playbooks.io.storage import dumps, load
from tests.ui.conftest import EXAMPLE, ScriptedDialogs, open_file
from ui.dialogs import Answer

COPY = "hub (Jonas's conflicted copy 2026-11-05).playbook.yaml"


def _hub_with_copy(folder: Path, *, backup: bool = True) -> tuple[Path, Path]:
    base = load(EXAMPLE)
    ours, _ = replace_at(base, "channels.accounts[0].response_sla_hours", 2)
    theirs, _ = replace_at(base, "document.title", "Edited on Jonas's laptop")
    path = folder / "hub.playbook.yaml"
    path.write_text(dumps(ours), encoding="utf-8")
    if backup:
        (folder / "hub.playbook.yaml.bak").write_text(dumps(base), encoding="utf-8")
    copy = folder / COPY
    copy.write_text(dumps(theirs), encoding="utf-8")
    return path, copy


def _merge_dialog(qtbot: Any, window: Any, path: Path, scripted: ScriptedDialogs) -> Any:
    scripted.answers.append(0)  # "Merge…"
    open_file(qtbot, window, path)
    qtbot.waitUntil(lambda: window.workflows.dialog is not None, timeout=15_000)
    dialog = window.workflows.dialog
    assert dialog.objectName() == "syncMergeDialog"
    qtbot.waitUntil(dialog.is_ready, timeout=15_000)
    return dialog


def test_opening_a_playbook_with_a_conflict_copy_offers_to_merge_it(
    qtbot: Any, window: Any, tmp_path: Path, scripted: ScriptedDialogs
) -> None:
    path, copy = _hub_with_copy(tmp_path)
    dialog = _merge_dialog(qtbot, window, path, scripted)
    kind, question = scripted.asked[0]
    assert kind == "choose" and COPY in question and "Dropbox" in question
    assert "Merged against the backup hub.playbook.yaml.bak" in dialog.summary.text()
    # both edits merge; the copy's own change is listed, taken unless declined
    assert dialog.tree.topLevelItemCount() == 1
    assert dialog.tree.topLevelItem(0).text(0) == "Document control › Title"
    scripted.answers.append(Answer.NO)  # save later
    dialog.apply()
    document = window.document
    assert document.playbook.document.title == "Edited on Jonas's laptop"
    assert document.playbook.channels.accounts[0].response_sla_hours == 2
    assert document.is_modified  # merged into the open playbook; the user saves it
    assert copy.exists()  # not aside before the merge is saved
    document.undo_stack.undo()  # one undoable step
    assert document.playbook.document.title != "Edited on Jonas's laptop"
    assert window.files.save()  # a save without the merge: the copy stays
    assert copy.exists()
    document.undo_stack.redo()
    scripted.answers.append(Answer.YES)  # move the copy aside, once the merge is saved
    assert window.files.save()
    assert not copy.exists() and (tmp_path / "conflicts" / COPY).exists()


def test_without_a_common_version_each_difference_is_chosen(
    qtbot: Any, window: Any, tmp_path: Path, scripted: ScriptedDialogs
) -> None:
    path, copy = _hub_with_copy(tmp_path, backup=False)
    dialog = _merge_dialog(qtbot, window, path, scripted)
    assert "No earlier version common to both is known" in dialog.summary.text()
    rows = {dialog.tree.topLevelItem(i).text(0): i for i in range(dialog.tree.topLevelItemCount())}
    assert set(rows) == {
        "Channels and accounts › LinkedIn Meridian Securities › Response SLA (hours)",
        "Document control › Title",
    }
    dialog.choose(rows["Document control › Title"], take_copy=True)
    scripted.answers.append(Answer.NO)  # save later (the copy stays where it is meanwhile)
    dialog.apply()
    playbook = window.document.playbook
    assert playbook.document.title == "Edited on Jonas's laptop"
    assert playbook.channels.accounts[0].response_sla_hours == 2  # this file's value kept
    assert copy.exists()


def test_a_merged_file_with_conflicts_lists_them_when_opened(
    qtbot: Any, window: Any, tmp_path: Path, scripted: ScriptedDialogs
) -> None:
    from playbooks.cli.main import main

    base = load(EXAMPLE)
    files = []
    for name, sla in (("base", None), ("ours", 2), ("theirs", 8)):
        playbook = base if sla is None else replace_at(base, "channels.accounts[0].response_sla_hours", sla)[0]
        files.append(tmp_path / f"{name}.playbook.yaml")
        files[-1].write_text(dumps(playbook), encoding="utf-8")
    out = tmp_path / "merged.playbook.yaml"
    assert main(["merge", *map(str, files), "-o", str(out)]) == 1
    open_file(qtbot, window, out)
    message = scripted.messages[-1]
    assert "was merged with conflicts" in message
    assert (
        "line 2: Channels and accounts › LinkedIn Meridian Securities › Response SLA (hours): ours 2, theirs 8"
        in message
    )
    window.document.set_field("channels.accounts[0].response_sla_hours", 8)
    assert window.files.save()
    assert not out.read_text(encoding="utf-8").startswith("#")  # saving drops the list


def _git(repo: Path, *args: str) -> None:
    env = dict(os.environ, GIT_AUTHOR_NAME="A", GIT_AUTHOR_EMAIL="a@example.org", GIT_COMMITTER_NAME="A",
               GIT_COMMITTER_EMAIL="a@example.org", GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")  # fmt: skip
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, timeout=60)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_compare_offers_the_files_earlier_commits(
    qtbot: Any, window: Any, tmp_path: Path, scripted: ScriptedDialogs
) -> None:
    repo = tmp_path / "policies"
    repo.mkdir()
    path = repo / "hub.playbook.yaml"
    shutil.copyfile(EXAMPLE, path)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "Approved version")
    edited, _ = replace_at(load(EXAMPLE), "channels.accounts[0].response_sla_hours", 2)
    path.write_text(dumps(edited), encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "Tighten the LinkedIn SLA")
    open_file(qtbot, window, path)
    window.document.set_field("maintenance.communication", "Announced at the town hall.")
    scripted.answers.append(1)  # "An earlier version (git)…"
    versions = window.workflows.compare()
    assert scripted.asked[-1][0] == "choose" and "earlier version of this file in git" in scripted.asked[-1][1]
    qtbot.waitUntil(versions.is_loaded, timeout=15_000)
    assert [versions.list.item(i).text().split(": ", 1)[1] for i in range(versions.list.count())] == [
        "Tighten the LinkedIn SLA",
        "Approved version",
    ]
    versions.list.setCurrentRow(1)
    versions.accept()
    dialog = window.workflows.dialog
    assert dialog.objectName() == "compareDialog"
    assert sorted(dialog.changed_paths()) == ["channels.accounts[0].response_sla_hours", "maintenance.communication"]
    dialog.reject()


def test_without_git_the_versions_dialog_says_so_in_one_line(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.workflows.compare import VersionsDialog

    monkeypatch.setattr(git, "available", lambda: False)
    path, _ = _hub_with_copy(tmp_path)
    dialog = VersionsDialog(str(path), window)
    qtbot.waitUntil(dialog.is_loaded, timeout=15_000)
    assert (
        dialog.status.text()
        == "No earlier versions: git is not installed (reading earlier versions needs the git command)."
    )
    assert dialog.list.count() == 0 and not dialog.ok.isEnabled()
    dialog.reject()


def test_a_spokes_conflict_copy_is_merged_into_the_spoke_file(
    qtbot: Any, window: Any, tmp_path: Path, scripted: ScriptedDialogs
) -> None:
    from tests.ui.conftest import EXAMPLE_EMEA

    shutil.copyfile(EXAMPLE, tmp_path / EXAMPLE.name)
    original = EXAMPLE_EMEA.read_text(encoding="utf-8")
    owner = "owner: Hannah Fischer, Head of Communications, EMEA"
    rationale = "rationale: Identifies the EMEA spoke of the global playbook in exports and sign-offs."
    path = tmp_path / EXAMPLE_EMEA.name
    path.write_text(original.replace(rationale, "rationale: Names the EMEA spoke.", 1), encoding="utf-8")
    (tmp_path / f"{path.name}.bak").write_text(original, encoding="utf-8")
    copy = tmp_path / path.name.replace(".playbook.yaml", "-LAPTOP-7.playbook.yaml")
    copy.write_text(original.replace(owner, "owner: Jonas Weber, EMEA", 1), encoding="utf-8")
    dialog = _merge_dialog(qtbot, window, path, scripted)
    assert "OneDrive" in scripted.asked[0][1]
    scripted.answers.append(Answer.YES)
    dialog.apply()
    merged = path.read_text(encoding="utf-8")
    assert "owner: Jonas Weber, EMEA" in merged and "rationale: Names the EMEA spoke." in merged
    assert (tmp_path / "conflicts" / copy.name).exists()
    qtbot.waitUntil(lambda: window.files.wait_loaded(), timeout=15_000)
    assert not scripted.answers  # reopened from the file: no copy left to offer


def test_edits_made_while_the_dialog_is_open_are_kept(
    qtbot: Any, window: Any, tmp_path: Path, scripted: ScriptedDialogs
) -> None:
    path, copy = _hub_with_copy(tmp_path)
    dialog = _merge_dialog(qtbot, window, path, scripted)
    window.document.set_field("channels.accounts[2].response_sla_hours", 11)  # while the dialog is open
    scripted.answers.append(Answer.YES)  # save now
    scripted.answers.append(Answer.YES)  # and move the copy aside
    dialog.apply()
    playbook = window.document.playbook
    assert playbook.channels.accounts[2].response_sla_hours == 11
    assert playbook.document.title == "Edited on Jonas's laptop"
    assert load(path).channels.accounts[2].response_sla_hours == 11  # saved, then the copy went aside
    assert (tmp_path / "conflicts" / COPY).exists() and not copy.exists()


def test_unsaved_edits_from_before_the_dialog_are_merged_into(
    qtbot: Any, window: Any, tmp_path: Path, scripted: ScriptedDialogs
) -> None:
    from playbooks.audit.copies import conflict_copies

    path, copy = _hub_with_copy(tmp_path)
    scripted.answers.append(1)  # "Not now"
    open_file(qtbot, window, path)
    window.document.set_field("channels.accounts[2].response_sla_hours", 11)  # unsaved
    dialog = window.workflows.merge_copy(conflict_copies(path)[0])
    qtbot.waitUntil(dialog.is_ready, timeout=15_000)
    scripted.answers.append(Answer.NO)  # save later
    dialog.apply()
    assert window.document.playbook.channels.accounts[2].response_sla_hours == 11
    assert window.document.playbook.document.title == "Edited on Jonas's laptop"
    assert copy.exists()


def test_two_saves_here_then_a_copy_merges_against_the_version_this_window_opened(
    qtbot: Any, window: Any, tmp_path: Path, scripted: ScriptedDialogs
) -> None:
    from playbooks.audit.copies import conflict_copies

    common = load(EXAMPLE)
    path = tmp_path / "hub.playbook.yaml"
    path.write_text(dumps(common), encoding="utf-8")
    open_file(qtbot, window, path)
    window.document.set_field("channels.accounts[0].response_sla_hours", 2)  # X
    assert window.files.save()
    window.document.set_field("document.title", "Our title")  # Y (the backup now holds X)
    assert window.files.save()
    copy = tmp_path / COPY
    copy.write_text(dumps(replace_at(common, "channels.accounts[1].response_sla_hours", 9)[0]), encoding="utf-8")
    dialog = window.workflows.merge_copy(conflict_copies(path)[0])
    qtbot.waitUntil(dialog.is_ready, timeout=15_000)
    assert "Merged against the version this window opened" in dialog.summary.text()
    rows = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert rows == ["Channels and accounts › X @MeridianSec › Response SLA (hours)"]  # only the copy's edit Z
    scripted.answers.append(Answer.NO)  # save later
    dialog.apply()
    playbook = window.document.playbook
    assert playbook.channels.accounts[0].response_sla_hours == 2  # X kept, not undone
    assert playbook.document.title == "Our title"
    assert playbook.channels.accounts[1].response_sla_hours == 9
