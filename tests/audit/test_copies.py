"""Conflict copies on synced drives (issue 21, point 5): found by name and content, merged, moved aside."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from playbooks.audit.copies import CONFLICTS_FOLDER, conflict_copies, merge_copy, merge_with, move_aside, originals
from playbooks.audit.merge import Side
from playbooks.format.paths import replace_at
from playbooks.io.storage import dumps, load
from tests.conftest import EXAMPLES

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"
NAME = "hub.playbook.yaml"


@pytest.mark.parametrize(
    ("copy", "service"),
    [
        ("hub (conflicted copy 2026-11-05).playbook.yaml", "Dropbox"),
        ("hub (Jonas Weber's conflicted copy 2026-11-05).playbook.yaml", "Dropbox"),
        ("hub.playbook (conflicted copy 2026-11-05).yaml", "Dropbox"),
        ("hub (conflicted copy 2026-11-05) (1).playbook.yaml", "Dropbox"),
        ("hub (conflicted copy 2026-11-05 093612).playbook.yaml", "Nextcloud"),
        ("hub.playbook.sync-conflict-20261105-093612-7ZKQ4ZA.yaml", "Syncthing"),
        ("hub.sync-conflict-20261105-093612-7ZKQ4ZA.playbook.yaml", "Syncthing"),
        ("hub-LAPTOP-7.playbook.yaml", "OneDrive"),
        ("hub-DESKTOP-AB12CD-2.playbook.yaml", "OneDrive"),
        ("hub.playbook-LAPTOP-7.yaml", "OneDrive"),
    ],
)
def test_the_naming_of_each_sync_client_is_recognised(copy: str, service: str) -> None:
    assert (NAME, service) in [(original, client) for original, client, _ in originals(copy)]


@pytest.mark.parametrize(
    "name", ["hub.playbook.yaml", "hub-emea.playbook.yaml", "hub (draft).playbook.yaml", "notes.yaml"]
)
def test_ordinary_names_are_not_conflict_copies(name: str) -> None:
    assert NAME not in [original for original, _, _ in originals(name)]


def _three(
    tmp_path: Path, copy_name: str = "hub (Jonas's conflicted copy 2026-11-05).playbook.yaml"
) -> tuple[Path, Path]:
    base = load(HUB)
    ours, _ = replace_at(base, "channels.accounts[0].response_sla_hours", 2)
    theirs, _ = replace_at(base, "document.title", "Edited on Jonas's laptop")
    path = tmp_path / NAME
    path.write_text(dumps(ours), encoding="utf-8")
    (tmp_path / f"{NAME}.bak").write_text(dumps(base), encoding="utf-8")
    copy = tmp_path / copy_name
    copy.write_text(dumps(theirs), encoding="utf-8")
    return path, copy


def test_a_copy_beside_the_file_is_found_and_another_playbook_is_not(tmp_path: Path) -> None:
    path, copy = _three(tmp_path)
    other, _ = replace_at(load(HUB), "document.id", "another-playbook")
    (tmp_path / "hub-LAPTOP.playbook.yaml").write_text(dumps(other), encoding="utf-8")  # a name like a copy's
    shutil.copyfile(EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml", tmp_path / "hub-EMEA.playbook.yaml")
    found = conflict_copies(path)
    assert [Path(c.path).name for c in found] == [copy.name]
    assert found[0].service == "Dropbox" and "Jonas's conflicted copy 2026-11-05" in found[0].describe()


def test_with_the_backup_as_common_version_both_edits_merge(tmp_path: Path) -> None:
    path, copy = _three(tmp_path)
    result = merge_copy(path, copy)
    assert result.base == f"the backup {NAME}.bak"
    # the copy's own change is taken, and listed as a choice (the backup may not be where the copy began)
    assert [(c.kind, c.place) for c in result.merged.conflicts] == [("theirs", "Document control › Title")]
    merged = result.merged.playbook
    assert merged is not None
    assert merged.channels.accounts[0].response_sla_hours == 2
    assert merged.document.title == "Edited on Jonas's laptop"
    assert path.read_text(encoding="utf-8") != dumps(merged)  # nothing written


def test_without_a_common_version_every_difference_is_a_choice(tmp_path: Path) -> None:
    path, copy = _three(tmp_path)
    (tmp_path / f"{NAME}.bak").unlink()
    result = merge_copy(path, copy)
    assert result.base == ""
    places = sorted(c.place for c in result.merged.conflicts)
    assert places == [
        "Channels and accounts › LinkedIn Meridian Securities › Response SLA (hours)",
        "Document control › Title",
    ]
    # keep this file's SLA, take the copy's title
    title = next(c.address for c in result.merged.conflicts if c.place.endswith("Title"))
    ours = Side(str(path), path.read_text(encoding="utf-8"))
    theirs = Side(str(copy), copy.read_text(encoding="utf-8"))
    decided = merge_with(result, ours, theirs, frozenset({title}))
    assert decided.conflicts == [] and decided.playbook is not None
    assert decided.playbook.document.title == "Edited on Jonas's laptop"
    assert decided.playbook.channels.accounts[0].response_sla_hours == 2


def test_a_backup_equal_to_one_side_is_not_taken_as_the_common_version(tmp_path: Path) -> None:
    path, copy = _three(tmp_path)
    shutil.copyfile(copy, tmp_path / f"{NAME}.bak")
    assert merge_copy(path, copy).base == ""


def test_moving_aside_keeps_the_copy_and_never_replaces_one(tmp_path: Path) -> None:
    _, copy = _three(tmp_path)
    content = copy.read_bytes()
    first = move_aside(copy)
    assert first == tmp_path / CONFLICTS_FOLDER / copy.name and first.read_bytes() == content and not copy.exists()
    copy.write_bytes(b"second")
    second = move_aside(copy)
    assert second != first and second.read_bytes() == b"second" and first.read_bytes() == content


def test_a_backup_of_a_second_save_here_never_silently_undoes_the_first(tmp_path: Path) -> None:
    # common version C; this laptop saves C+X, then C+X+Y (the backup is now C+X); the copy is C+Z
    import os
    import time

    from playbooks.format.differences import differences
    from playbooks.io.storage import atomic_write

    common = load(HUB)
    path = tmp_path / NAME
    path.write_text(dumps(common), encoding="utf-8")
    x, _ = replace_at(common, "channels.accounts[0].response_sla_hours", 2)
    atomic_write(path, dumps(x).encode("utf-8"))
    y, _ = replace_at(x, "document.title", "Our title")
    atomic_write(path, dumps(y).encode("utf-8"))
    copy = tmp_path / "hub (Jonas's conflicted copy 2026-11-05).playbook.yaml"
    copy.write_text(dumps(replace_at(common, "channels.accounts[1].response_sla_hours", 9)[0]), encoding="utf-8")
    later = time.time() + 5
    os.utime(copy, (later, later))
    result = merge_copy(path, copy)
    assert result.base == f"the backup {NAME}.bak"
    merged = result.merged.playbook
    assert merged is not None
    # whatever the merge changes in this file is listed, each a choice: here X "undone" by the copy
    listed = {c.address for c in result.merged.conflicts}
    changed = {d.address for d in differences(y, merged)}
    assert changed and all(any(a[: len(c)] == c for c in listed) for a in changed)
    undo_x = next(c for c in result.merged.conflicts if c.place.endswith("LinkedIn Meridian Securities › Response SLA (hours)"))  # fmt: skip
    assert (undo_x.kind, undo_x.ours, undo_x.theirs) == ("theirs", "2", "4")
    # declined: X stays, Z (the copy's real edit) and Y are in
    keep = frozenset(c.address for c in result.merged.conflicts if c is not undo_x)
    ours = Side(str(path), path.read_text(encoding="utf-8"))
    decided = merge_with(result, ours, Side(str(copy), copy.read_text(encoding="utf-8")), keep)
    assert decided.playbook is not None
    assert decided.playbook.channels.accounts[0].response_sla_hours == 2
    assert decided.playbook.channels.accounts[1].response_sla_hours == 9
    assert decided.playbook.document.title == "Our title"


def test_a_backup_made_after_the_copy_is_not_the_common_version(tmp_path: Path) -> None:
    import os
    import time

    path, copy = _three(tmp_path)
    earlier = time.time() - 60
    os.utime(copy, (earlier, earlier))  # the copy was written before this side's last save
    assert merge_copy(path, copy).base == ""


def test_the_copy_merges_into_the_playbook_as_it_is_now_not_the_file(tmp_path: Path) -> None:
    path, copy = _three(tmp_path)
    now, _ = replace_at(load(path), "scope.glossary[0].definition", "An unsaved edit.")
    result = merge_copy(path, copy, Side(str(path), dumps(now)))
    assert result.merged.playbook is not None
    assert result.merged.playbook.scope.glossary[0].definition == "An unsaved edit."
    assert result.merged.playbook.document.title == "Edited on Jonas's laptop"
