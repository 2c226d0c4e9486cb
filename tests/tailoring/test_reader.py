"""Reading a hub or spoke file once (playbooks.tailoring.reader), and the spokes of a hub."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from playbooks.checks.validation import validate_file
from playbooks.io import storage
from playbooks.io.storage import PlaybookLoadError
from playbooks.tailoring import resolve_file
from playbooks.tailoring.reader import NotASpokeError, read_playbook, spokes_of_hub
from playbooks.tailoring.resolve import _HUB_CACHE
from playbooks.tailoring.spoke import spoke_from_text
from tests.conftest import EXAMPLES, FileAccess
from tests.tailoring.conftest import TAILORING_FIXTURES

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"
EMEA = EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml"


def test_a_hub_is_read_once_and_parsed_once(file_access: FileAccess) -> None:
    file_access.watch(HUB)
    read = read_playbook(HUB)
    assert (file_access.reads(HUB), file_access.parses(HUB)) == (1, 1)
    assert read.resolution is None and not read.is_spoke
    assert read.playbook == storage.load(HUB)
    assert read.digest == hashlib.sha256(HUB.read_bytes()).hexdigest() == storage.file_digest(HUB)


def test_a_spoke_is_read_once_and_parsed_once_and_so_is_its_hub(file_access: FileAccess) -> None:
    _HUB_CACHE.clear()  # a hub parsed by an earlier test would not be parsed again
    file_access.watch(EMEA, HUB)
    read = read_playbook(EMEA)
    assert (file_access.reads(EMEA), file_access.parses(EMEA)) == (1, 1)
    assert (file_access.reads(HUB), file_access.parses(HUB)) == (1, 1)
    assert read.is_spoke and read.resolution is not None
    assert read.playbook == resolve_file(EMEA).effective
    assert read.digest == storage.file_digest(EMEA)


def test_validating_a_spoke_reads_and_parses_it_once(file_access: FileAccess) -> None:
    file_access.watch(EMEA)
    report = validate_file(EMEA)
    assert (file_access.reads(EMEA), file_access.parses(EMEA)) == (1, 1)
    assert report.playbook is not None and report.text == EMEA.read_text(encoding="utf-8")


def test_a_spoke_whose_hub_is_missing_has_no_playbook_and_is_refused_in_words() -> None:
    read = read_playbook(TAILORING_FIXTURES / "hub-missing.playbook.yaml")
    assert read.is_spoke and read.playbook is None
    assert "cannot be read" in read.unresolved_reason()
    with pytest.raises(PlaybookLoadError, match="SPOKE-HUB-MISSING"):
        read.usable(allow_errors=True)


def test_a_spoke_that_weakens_a_lock_is_usable_only_when_errors_are_allowed() -> None:
    read = read_playbook(TAILORING_FIXTURES / "weakens-locked.playbook.yaml")
    assert read.playbook is not None
    assert read.usable(allow_errors=True) is read.playbook
    with pytest.raises(PlaybookLoadError, match="SPOKE-LOCKED-WEAKENED"):
        read.usable()


def test_a_hub_read_as_a_spoke_is_refused_with_the_spoke_formats_reasons() -> None:
    with pytest.raises(NotASpokeError) as refused:
        read_playbook(HUB, as_spoke=True)
    with pytest.raises(PlaybookLoadError) as direct:
        spoke_from_text(str(HUB), HUB.read_text(encoding="utf-8"))
    assert str(refused.value) == str(direct.value)


def test_an_unreadable_file_is_one_line_naming_it(tmp_path: Path) -> None:
    broken = tmp_path / "broken.playbook.yaml"
    broken.write_text("document: [unclosed\n", encoding="utf-8")
    with pytest.raises(PlaybookLoadError) as refused:
        read_playbook(broken)
    assert refused.value.kind == "parse" and str(refused.value).startswith(f"{broken}:")
    assert "\n" not in str(refused.value)


def test_the_spokes_of_a_hub_are_those_in_its_folder_that_name_it(hub_folder: Path) -> None:
    hub = hub_folder / HUB.name
    assert sorted(spokes_of_hub(hub)) == sorted(
        (region, str((hub_folder / f"meridian-securities-spoke-{region.lower()}.playbook.yaml").resolve()))
        for region in ("APAC", "Americas", "EMEA")
    )


def test_the_spoke_scan_skips_what_it_cannot_or_must_not_read(hub_folder: Path, tmp_path: Path) -> None:
    hub = hub_folder / HUB.name
    other = tmp_path / "elsewhere"
    other.mkdir()
    shutil.copyfile(HUB, other / HUB.name)
    # a spoke of another hub, a broken file, a fifo (reading it would block for ever), a huge file
    text = EMEA.read_text(encoding="utf-8").replace(f"hub: {HUB.name}", f"hub: ../elsewhere/{HUB.name}")
    assert text != EMEA.read_text(encoding="utf-8")
    (hub_folder / "other-hubs-spoke.playbook.yaml").write_text(text, encoding="utf-8")
    (hub_folder / "broken.playbook.yaml").write_text("spoke: [unclosed\n", encoding="utf-8")
    os.mkfifo(hub_folder / "stuck.playbook.yaml")
    (hub_folder / "huge.playbook.yaml").write_text("spoke:\n" + "#" * 6_000_000, encoding="utf-8")
    assert sorted(region for region, _ in spokes_of_hub(hub)) == ["APAC", "Americas", "EMEA"]


def test_where_a_spokes_value_comes_from_is_said_in_words() -> None:
    resolution = resolve_file(EMEA)
    title = resolution.describe_origin("document.title")
    assert title == (
        "Changed in this spoke: Identifies the EMEA spoke of the global playbook in exports and sign-offs. "
        "(approved by Margaret Reyes, Chief Compliance Officer)"
    )
    assert resolution.describe_origin("document.supersedes") == "Inherited from the hub"
    unresolved = resolve_file(TAILORING_FIXTURES / "hub-missing.playbook.yaml")
    assert unresolved.describe_origin("document.title") == ""
