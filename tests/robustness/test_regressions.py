"""Regression tests for robustness bugs the campaign found (each one a traceback before its fix)."""

from __future__ import annotations

from pathlib import Path

import pytest

from playbooks.io import storage
from playbooks.io.storage import NewerSchemaError, PlaybookLoadError


def _load(tmp_path: Path, text: str) -> PlaybookLoadError:
    path = tmp_path / "bad.playbook.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlaybookLoadError) as caught:
        storage.load(path)
    return caught.value


@pytest.mark.parametrize("document", ["5", "see attachment", "[[id, x]]"])
def test_a_version0_file_whose_document_is_not_a_mapping_names_the_field(tmp_path: Path, document: str) -> None:
    # the version-0 migration called dict() on it: a TypeError/ValueError traceback, or for
    # [[id, x]] a silently invented document
    error = _load(tmp_path, f"schema_version: 0\nid: old\ntitle: Old\ndocument: {document}\n")
    assert error.kind == "schema"
    assert any(issue.path == "document" for issue in error.issues)


def test_a_version0_account_with_both_sla_names_keeps_both_values_visible(tmp_path: Path) -> None:
    # the migration overwrote response_sla_hours with sla_hours: one of the two values vanished
    error = _load(
        tmp_path,
        "schema_version: 0\nid: old\ntitle: Old\n"
        "channels: {accounts: [{id: c, platform: X, sla_hours: 4, response_sla_hours: 2}]}\n",
    )
    assert [issue.path for issue in error.issues] == ["channels.accounts[0].sla_hours"]


@pytest.mark.parametrize("version", ["²", "١"])
def test_a_schema_version_in_non_ascii_digits_is_not_a_whole_number(tmp_path: Path, version: str) -> None:
    # str.isdigit() accepts "²", and int("²") then raised ValueError
    error = _load(tmp_path, f"schema_version: {version}\ndocument: {{id: a, title: T}}\n")
    assert "schema_version: must be a whole number" in str(error)


def test_a_schema_version_of_5000_digits_is_a_newer_format(tmp_path: Path) -> None:
    # int() refuses strings over 4,300 digits: ValueError traceback
    error = _load(tmp_path, "schema_version: " + "9" * 5000 + "\ndocument: {id: a, title: T}\n")
    assert isinstance(error, NewerSchemaError)
    assert len(str(error)) < 300


@pytest.mark.parametrize(
    ("key", "shown"),
    [("evil\\nkey", "evil\\nkey"), ("docu\\u202ement", "docu\\u202ement"), ("a\\e[2Jb", "a\\x1b[2Jb")],
)
def test_a_key_with_control_or_bidi_characters_is_reported_escaped_on_one_line(
    tmp_path: Path, key: str, shown: str
) -> None:
    # the raw key went to the terminal: a newline split the one line in two, an escape
    # sequence could clear the screen, a right-to-left override could reorder what is shown
    from tests.robustness.campaign import run_cli

    path = tmp_path / "keys.playbook.yaml"
    path.write_text(f'schema_version: 1\ndocument: {{id: a, title: T}}\n"{key}": 1\n', encoding="utf-8")
    code, out, err = run_cli(["validate", str(path)])
    assert code == 1 and not err
    errors = [line for line in out.splitlines() if " error SCHEMA: " in line]
    assert len(errors) == 1 and f"error SCHEMA: {shown}: unknown field" in errors[0]
    assert all(ch.isprintable() for line in out.splitlines() for ch in line)


def test_a_duplicate_key_with_an_escape_sequence_is_reported_escaped(tmp_path: Path) -> None:
    error = _load(tmp_path, 'schema_version: 1\ndocument: {id: a, title: T}\n"a\\e[2J": 1\n"a\\e[2J": 2\n')
    assert "\x1b" not in str(error) and "a\\x1b[2J" in str(error)


@pytest.mark.parametrize("key", ["review-cadence", "list[0]", "function-after[x]"])
def test_an_unknown_key_with_a_dash_or_brackets_is_named(tmp_path: Path, key: str) -> None:
    # paths dropped every part containing "-" or "[" (meant for pydantic's own union labels),
    # so the message said "document: unknown field" without saying which one
    error = _load(tmp_path, f'schema_version: 1\ndocument: {{id: a, title: T, "{key}": 3}}\n')
    assert [issue.path for issue in error.issues] == [f"document.{key}"]


def test_a_failed_save_keeps_the_previous_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the backup used to be replaced before the new file was renamed into place: a save that
    # then failed (disk full) had already overwritten the previous version's backup
    import errno
    import os

    from playbooks.format.model import Playbook
    from playbooks.io.storage import PlaybookSaveError

    target = tmp_path / "policy.playbook.yaml"
    first = Playbook.model_validate({"document": {"id": "a", "title": "First"}})
    storage.save(first, target)
    storage.save(first.model_copy(update={"document": first.document.model_copy(update={"title": "Second"})}), target)
    backup = target.with_name(target.name + ".bak")
    files_before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert b"First" in backup.read_bytes()

    def full_disk(src: object, dst: object, **where: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    third = first.model_copy(update={"document": first.document.model_copy(update={"title": "Third"})})
    with pytest.raises(PlaybookSaveError, match="the disk is full"):
        storage.save(third, target)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == files_before


def test_a_new_file_gets_the_usual_permissions_not_private_ones(tmp_path: Path) -> None:
    # mkstemp creates 0600 files: a new playbook (or export) was unreadable for colleagues on a
    # shared drive, unlike any other file the user creates
    import os

    from playbooks.format.model import Playbook

    old = os.umask(0o022)
    try:
        target = tmp_path / "new.playbook.yaml"
        storage.save(Playbook.model_validate({"document": {"id": "a", "title": "A"}}), target)
        assert target.stat().st_mode & 0o777 == 0o644
        os.umask(0o077)
        other = tmp_path / "private.playbook.yaml"
        storage.save(Playbook.model_validate({"document": {"id": "b", "title": "B"}}), other)
        assert other.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


def test_recovery_copies_with_naive_and_aware_times_are_listed(tmp_path: Path) -> None:
    # sorting a naive saved_at (hand-edited, or written elsewhere) with an aware one raised
    # TypeError, so the editor could not offer any recovery at start-up
    import json

    from playbooks.io.recovery import RecoveryArea

    for name, saved in (("a", "2026-01-01T10:00:00"), ("b", "2026-01-02T10:00:00+00:00")):
        envelope = {"saved_at": saved, "pid": 0, "host": "elsewhere", "title": name, "playbook": {}}
        (tmp_path / f"{name}.recovery.json").write_text(json.dumps(envelope), encoding="utf-8")
    assert [entry.title for entry in RecoveryArea(tmp_path).entries()] == ["b", "a"]


def test_a_recovery_copy_that_is_not_a_mapping_is_a_load_error(tmp_path: Path) -> None:
    from playbooks.io.recovery import RecoveryArea

    area = RecoveryArea(tmp_path)
    (tmp_path / "x.recovery.json").write_text('{"saved_at": "2026-01-01T10:00:00+00:00"}', encoding="utf-8")
    (entry,) = area.entries()
    entry.file.write_text("[1, 2]", encoding="utf-8")  # damaged after it was listed
    with pytest.raises(PlaybookLoadError):
        RecoveryArea.load(entry)


def test_saving_through_a_symlink_updates_the_real_file_and_keeps_the_link(tmp_path: Path) -> None:
    # os.replace swapped the link for a regular file: the real file (say, in a synced folder)
    # kept the old content while the edits went to a stray copy beside the link
    from playbooks.format.model import Playbook

    real = tmp_path / "shared" / "policy.playbook.yaml"
    real.parent.mkdir()
    first = Playbook.model_validate({"document": {"id": "a", "title": "First"}})
    storage.save(first, real)
    link = tmp_path / "policy.playbook.yaml"
    link.symlink_to(real)
    storage.save(first.model_copy(update={"document": first.document.model_copy(update={"title": "Edited"})}), link)
    assert link.is_symlink()
    assert storage.load(real).document.title == "Edited"
    assert b"First" in real.with_name(real.name + ".bak").read_bytes()


@pytest.mark.timeout(20)
def test_a_fifo_in_the_recovery_area_does_not_hang_the_start(tmp_path: Path) -> None:
    # listing the recovery copies opened every *.recovery.json, and a fifo blocked for ever
    import os

    from playbooks.io.recovery import RecoveryArea

    os.mkfifo(tmp_path / "stuck.recovery.json")
    (tmp_path / "folder.recovery.json").mkdir()
    assert RecoveryArea(tmp_path).entries() == []
