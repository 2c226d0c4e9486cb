"""Reading and writing playbook files: clear errors, round trips, atomic saves, migrations."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from playbooks.format.model import SCHEMA_VERSION, Playbook
from playbooks.io import storage
from playbooks.io.storage import NewerSchemaError, PlaybookLoadError, PlaybookSaveError
from playbooks.io.yamlio import dump_yaml
from tests.conftest import FIXTURES


def _yaml(data: dict[str, Any]) -> str:
    return dump_yaml(data)


# ---------------------------------------------------------------- error messages


def test_a_structural_error_names_file_line_and_field_path(minimal: dict[str, Any], write_playbook) -> None:  # type: ignore[no-untyped-def]
    minimal["channels"]["accounts"][0]["response_sla_hours"] = 0
    path = write_playbook(_yaml(minimal))
    with pytest.raises(PlaybookLoadError) as caught:
        storage.load(path)
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if "response_sla_hours" in text)
    assert str(caught.value) == f"{path}:{line}: channels.accounts[0].response_sla_hours: Must be more than 0"
    assert caught.value.kind == "schema"


def test_invalid_yaml_names_the_line(write_playbook) -> None:  # type: ignore[no-untyped-def]
    path = write_playbook("document:\n  id: x\n  title: [unclosed\n")
    with pytest.raises(PlaybookLoadError) as caught:
        storage.load(path)
    assert caught.value.kind == "parse"
    assert str(caught.value).startswith(f"{path}:4:")
    assert "invalid YAML" in str(caught.value)


def test_an_unknown_field_says_so(minimal: dict[str, Any], write_playbook) -> None:  # type: ignore[no-untyped-def]
    minimal["document"]["titel"] = "typo"
    path = write_playbook(_yaml(minimal))
    with pytest.raises(PlaybookLoadError) as caught:
        storage.load(path)
    assert "document.titel: unknown field" in str(caught.value)


def test_a_missing_required_field_says_so(minimal: dict[str, Any], write_playbook) -> None:  # type: ignore[no-untyped-def]
    del minimal["document"]["title"]
    path = write_playbook(_yaml(minimal))
    with pytest.raises(PlaybookLoadError) as caught:
        storage.load(path)
    assert str(caught.value).endswith("document.title: required field is missing")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("a: &x [1]\nb: *x\n", "anchors and aliases"),
        ("a: !!python/object/apply:os.system ['true']\n", "tag"),
        ("a: 1\na: 2\n", "appears twice"),
        ("- just\n- a list\n", "YAML mapping"),
        ("[" * 200 + "]" * 200, "nesting deeper"),
    ],
)
def test_hostile_or_surprising_yaml_is_refused_with_one_clear_line(content: str, expected: str, write_playbook) -> None:  # type: ignore[no-untyped-def]
    path = write_playbook(content)
    with pytest.raises(PlaybookLoadError) as caught:
        storage.load(path)
    message = str(caught.value)
    assert expected in message and "\n" not in message and message.startswith(str(path))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("document: x".encode("utf-16"), "UTF-16"),
        (b"document:\n  title: Caf\xe9\n", "not UTF-8"),
        (b"\x00\x01\x02binary", "binary data"),
    ],
)
def test_files_that_are_not_utf8_text_are_refused(raw: bytes, expected: str, write_playbook) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PlaybookLoadError) as caught:
        storage.load(write_playbook(raw))
    assert expected in str(caught.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PlaybookLoadError, match="no such file"):
        storage.load(tmp_path / "nope.playbook.yaml")
    with pytest.raises(PlaybookLoadError, match="folder"):
        storage.load(tmp_path)


def test_an_oversized_file_is_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", 10)
    path = tmp_path / "big.playbook.yaml"
    path.write_text("document: {}\n" * 5)
    with pytest.raises(PlaybookLoadError, match="limited to"):
        storage.load(path)


def test_yaml_11_surprises_do_not_change_meaning(minimal: dict[str, Any], write_playbook) -> None:  # type: ignore[no-untyped-def]
    text = _yaml(minimal).replace(
        "platform: LinkedIn",
        "platform: LinkedIn\n      handle: no\n      url: 010\n      staffed_hours: 1.0\n      mfa: yes\n"
        "      response_sla_hours: 4",
    )
    text = text.replace(
        "title: Acme social media policy", "title: Acme social media policy\n  effective_date: 2026-01-01"
    )
    playbook = storage.load(write_playbook(text))
    channel = playbook.channels.accounts[0]
    assert (channel.handle, channel.url, channel.staffed_hours) == ("no", "010", "1.0")
    assert channel.mfa is True and channel.response_sla_hours == 4
    assert str(playbook.document.effective_date) == "2026-01-01"


def test_a_newer_schema_version_is_not_silently_downgraded(minimal: dict[str, Any], write_playbook) -> None:  # type: ignore[no-untyped-def]
    minimal["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(NewerSchemaError, match="newer Charter"):
        storage.load(write_playbook(_yaml(minimal)))


# ---------------------------------------------------------------- migration


def test_a_version_0_file_upgrades_and_validates() -> None:
    playbook = storage.load(FIXTURES / "version0.playbook.yaml")
    assert playbook.schema_version == SCHEMA_VERSION
    assert playbook.document.title == "Legacy Social Media Policy"
    assert playbook.document.owner == "p-lee"
    assert playbook.governance.model.value == "hub_and_spoke"
    assert playbook.channels.accounts[0].response_sla_hours == 4
    assert "schema_version: 2" in storage.dumps(playbook)


def test_every_version_below_the_current_one_has_a_migration() -> None:
    assert sorted(storage.MIGRATIONS) == list(range(SCHEMA_VERSION))


# ---------------------------------------------------------------- round trip and determinism


def test_round_trip_is_identity_and_saves_are_byte_identical(minimal: dict[str, Any], tmp_path: Path) -> None:
    minimal["scope"] = {"purpose": "First paragraph.\n\nSecond paragraph, with: colons and 'quotes'.\n"}
    playbook = Playbook.model_validate(minimal)
    first = tmp_path / "a.playbook.yaml"
    storage.save(playbook, first)
    reloaded = storage.load(first)
    assert reloaded == playbook
    second = tmp_path / "b.playbook.yaml"
    storage.save(reloaded, second)
    assert first.read_bytes() == second.read_bytes()


def test_long_text_is_written_as_a_block_scalar(minimal: dict[str, Any]) -> None:
    minimal["scope"] = {"purpose": "Line one.\nLine two.\n"}
    text = storage.dumps(Playbook.model_validate(minimal))
    assert "  purpose: |\n    Line one.\n    Line two.\n" in text


def test_strings_a_yaml_11_reader_would_misread_are_quoted(minimal: dict[str, Any]) -> None:
    minimal["channels"]["accounts"][0]["handle"] = "no"
    text = storage.dumps(Playbook.model_validate(minimal))
    assert "handle: 'no'" in text


# ---------------------------------------------------------------- atomic save


def test_a_failure_between_writing_and_replacing_leaves_the_original(
    minimal: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.playbook.yaml"
    storage.save(Playbook.model_validate(minimal), path)
    original = path.read_bytes()
    minimal["document"]["title"] = "Changed title"

    real_replace = os.replace

    def failing_replace(src: str, dst: str, **where: Any) -> None:
        if Path(dst).name == path.name:  # a name in the folder the save opened
            raise OSError(28, "No space left on device")
        real_replace(src, dst, **where)

    monkeypatch.setattr(storage.os, "replace", failing_replace)
    with pytest.raises(PlaybookSaveError, match=r"the disk is full.*unchanged"):
        storage.save(Playbook.model_validate(minimal), path)
    assert path.read_bytes() == original
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_save_keeps_the_previous_version_as_a_backup(minimal: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "p.playbook.yaml"
    storage.save(Playbook.model_validate(minimal), path)
    first = path.read_bytes()
    minimal["document"]["title"] = "Second edition"
    storage.save(Playbook.model_validate(minimal), path)
    assert (tmp_path / "p.playbook.yaml.bak").read_bytes() == first
    assert b"Second edition" in path.read_bytes()


def test_saving_into_a_missing_folder_fails_clearly(minimal: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(PlaybookSaveError, match="folder does not exist"):
        storage.save(Playbook.model_validate(minimal), tmp_path / "missing" / "p.playbook.yaml")


# ---------------------------------------------------------------- fingerprint


def test_the_fingerprint_follows_content_but_not_approval_bookkeeping(minimal: dict[str, Any]) -> None:
    playbook = Playbook.model_validate(minimal)
    before = storage.fingerprint(playbook)
    bumped = playbook.model_copy(deep=True)
    bumped.document.version = "2.0.0"
    assert storage.fingerprint(bumped) == before
    bumped.document.title = "A different title"
    assert storage.fingerprint(bumped) != before


def test_temporaries_left_by_killed_saves_are_cleared_by_the_next_save(minimal: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "p.playbook.yaml"
    storage.save(Playbook.model_validate(minimal), path)
    old = tmp_path / ".p.playbook.yaml.charter-0123456789abcdef.tmp"
    old.write_text("half a playboo")
    os.utime(old, (0, 0))
    old_backup = tmp_path / ".p.playbook.yaml.bak.charter-fedcba9876543210.tmp"
    old_backup.write_text("half a backup")
    os.utime(old_backup, (0, 0))
    fresh = tmp_path / ".p.playbook.yaml.charter-00000000000000ff.tmp"  # perhaps another Charter saving right now
    fresh.write_text("in progress")
    unrelated = tmp_path / ".other.playbook.yaml.charter-0123456789abcdef.tmp"
    unrelated.write_text("not ours")
    # a user's own files that merely look like temporaries are never Charter's to delete (issue 15)
    lookalikes = [
        tmp_path / name
        for name in (
            ".p.playbook.yaml.my notes.tmp",
            ".p.playbook.yaml.bak.keep.tmp",
            ".p.playbook.yaml.abc12345.tmp",
            ".p.playbook.yaml.charter-0123456789abcdef.tmp.tmp",
        )
    ]
    for lookalike in (unrelated, *lookalikes):
        lookalike.write_text("not ours")
        os.utime(lookalike, (0, 0))
    minimal["document"]["title"] = "Next edition"
    storage.save(Playbook.model_validate(minimal), path)
    assert not old.exists() and not old_backup.exists() and fresh.exists() and unrelated.exists()
    assert [p.name for p in lookalikes if not p.exists()] == []


def test_a_very_long_file_name_still_saves(minimal: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / ("x" * 230 + ".playbook.yaml")
    storage.save(Playbook.model_validate(minimal), path)
    minimal["document"]["title"] = "Changed"
    storage.save(Playbook.model_validate(minimal), path)
    assert storage.load(path).document.title == "Changed"


def test_the_file_digest_is_of_the_bytes_and_empty_for_what_is_not_a_readable_file(tmp_path: Path) -> None:
    import hashlib

    playbook = tmp_path / "a.playbook.yaml"
    playbook.write_bytes(b"schema_version: 1\n")
    assert storage.file_digest(playbook) == hashlib.sha256(b"schema_version: 1\n").hexdigest()
    assert storage.read_source(playbook).digest == storage.file_digest(playbook)
    os.mkfifo(tmp_path / "fifo.playbook.yaml")  # reading it would block: never read to fingerprint it
    assert storage.file_digest(tmp_path / "fifo.playbook.yaml") == ""
    assert storage.file_digest(tmp_path / "missing.playbook.yaml") == ""
    assert storage.file_digest(tmp_path) == ""


MODELINE = "# yaml-language-server: $schema=../schema/playbook.schema.json\n# Owned by compliance.\n\n"


def test_a_save_keeps_the_comment_block_the_file_starts_with(minimal: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "p.playbook.yaml"
    path.write_text(MODELINE + dump_yaml(minimal), encoding="utf-8")
    playbook = storage.load(path)
    storage.save(playbook, path)
    first = path.read_text(encoding="utf-8")
    assert first.startswith(MODELINE + "---\nschema_version: 2\n")
    storage.save(storage.load(path), path)
    assert path.read_text(encoding="utf-8") == first, "load and save again: byte-identical"
    # a save under a new name carries the block over; a file without one gets none
    renamed = tmp_path / "renamed.playbook.yaml"
    storage.save(playbook, renamed, comments_from=path)
    assert renamed.read_text(encoding="utf-8") == first
    plain = tmp_path / "plain.playbook.yaml"
    storage.save(playbook, plain)
    assert plain.read_text(encoding="utf-8").startswith("---\n")


def test_comments_further_down_are_not_kept_and_a_file_of_comments_gives_none(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("---\n# not a leading comment\na: 1\n", encoding="utf-8")
    assert storage.leading_comments(path) == ""
    path.write_text("# only\n# comments\n", encoding="utf-8")
    assert storage.leading_comments(path) == ""
    assert storage.leading_comments(tmp_path / "missing.yaml") == ""
    path.write_bytes(b"\xef\xbb\xbf# after a BOM\nb: 2\n")
    assert storage.leading_comments(path) == "# after a BOM\n"


def test_adding_the_paper_size_changes_no_fingerprint(minimal: dict[str, Any]) -> None:
    """How a document is printed is not what it says: choosing US Letter needs no new approval."""
    playbook = Playbook.model_validate(minimal)
    minimal["document"]["paper"] = "letter"
    assert storage.fingerprint(Playbook.model_validate(minimal)) == storage.fingerprint(playbook)


@pytest.mark.parametrize(
    "example", sorted((Path(__file__).parents[2] / "examples").glob("*.playbook.yaml")), ids=lambda p: p.name
)
def test_every_shipped_example_is_byte_identical_after_a_load_and_a_save(example: Path, tmp_path: Path) -> None:
    from playbooks.tailoring.spoke import load_spoke, save_spoke

    copy = tmp_path / example.name
    copy.write_bytes(example.read_bytes())
    if "spoke" in example.name:
        save_spoke(load_spoke(copy), copy)
    else:
        storage.save(storage.load(copy), copy)
    assert copy.read_bytes() == example.read_bytes()
