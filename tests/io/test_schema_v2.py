"""Schema version 2 (issue 18): version-1 files upgrade with the same content and the same
approvals, saves write version 2, and a file from a newer Charter is refused in one line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from playbooks.audit.signoff import approval_state
from playbooks.cli.main import main
from playbooks.export import export_document
from playbooks.format.model import SCHEMA_VERSION
from playbooks.io import storage
from playbooks.io.storage import NewerSchemaError
from tests.conftest import EXAMPLES, ROOT

SHIPPED = [EXAMPLES / "meridian-securities-hub.playbook.yaml", *sorted((ROOT / "playbooks/starters").glob("*.yaml"))]


def as_version_1(path: Path) -> str:
    """The shipped file as Charter 1 wrote it: the same content under ``schema_version: 1``."""
    text = path.read_text(encoding="utf-8")
    assert re.search(r"^schema_version: 2$", text, re.M), f"{path.name} is not a version-2 file"
    return re.sub(r"^schema_version: 2$", "schema_version: 1", text, count=1, flags=re.M)


def test_the_current_schema_is_version_2() -> None:
    assert SCHEMA_VERSION == 2


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_a_version_1_file_opens_with_the_same_content_and_fingerprint(path: Path) -> None:
    old = storage.playbook_from_text(path.name, as_version_1(path))
    new = storage.load(path)
    assert old == new
    assert storage.fingerprint(old) == storage.fingerprint(new)


def test_the_example_hub_stays_approved_after_the_upgrade() -> None:
    path = SHIPPED[0]
    old = storage.playbook_from_text(path.name, as_version_1(path))
    assert old.document.sign_offs, "the example hub is signed off"
    assert approval_state(old).describe() == approval_state(storage.load(path)).describe()
    assert not approval_state(old).describe().startswith("Changed since approval")


def test_a_version_1_file_exports_the_same_document() -> None:
    path = SHIPPED[0]
    old = storage.playbook_from_text(path.name, as_version_1(path))
    new = storage.load(path)
    assert export_document(old, "policy", "md") == export_document(new, "policy", "md")


def test_saving_a_version_1_file_writes_version_2(tmp_path: Path) -> None:
    target = tmp_path / "old.playbook.yaml"
    target.write_text(as_version_1(SHIPPED[0]), encoding="utf-8")
    storage.save(storage.load(target), target)
    assert target.read_text(encoding="utf-8").splitlines()[1] == "schema_version: 2"
    assert target.read_bytes() == SHIPPED[0].read_bytes()


def test_a_file_from_a_newer_charter_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "future.playbook.yaml"
    target.write_text(SHIPPED[0].read_text(encoding="utf-8").replace("schema_version: 2", "schema_version: 3", 1))
    with pytest.raises(NewerSchemaError, match="newer Charter"):
        storage.load(target)
    assert main(["validate", str(target)]) != 0
    out, err = capsys.readouterr()
    lines = [line for line in (out + err).splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert "newer Charter (format 3; this version reads up to 2)" in lines[0]


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("3", "written by a newer Charter (format 3; this version reads up to 2)"),
        ("-1", "must be 0 or more, the version of the file format (this Charter writes 2)"),
        ("'2.0'", "must be a whole number, the version of the file format (this Charter writes 2)"),
        ("null", "must be a whole number, the version of the file format (this Charter writes 2)"),
    ],
)
def test_a_bad_schema_version_is_one_line_with_its_line_and_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str, message: str
) -> None:
    # red team 18/20, F15: no line number, and -1 was "not a whole number"
    target = tmp_path / "odd.playbook.yaml"
    text = SHIPPED[0].read_text(encoding="utf-8").replace("schema_version: 2", f"schema_version: {written}", 1)
    target.write_text(text, encoding="utf-8")
    line = text.splitlines().index(f"schema_version: {written}") + 1
    assert main(["validate", str(target)]) != 0
    out, err = capsys.readouterr()
    assert f"{target}:{line}: " in out + err and f"schema_version: {message}" in out + err


def test_a_spoke_takes_the_version_its_hub_has(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a spoke at 2 (what every hub says) was "Must be 1 or less", while 3 was "a newer Charter"
    from playbooks.tailoring.spoke import spoke_from_text

    spoke = "schema_version: {}\nspoke: {{region: EMEA, hub: hub.playbook.yaml}}\n"
    assert spoke_from_text("s.playbook.yaml", spoke.format(2)).schema_version == 2
    with pytest.raises(NewerSchemaError, match=r"s.playbook.yaml:1: schema_version: written by a newer Charter"):
        spoke_from_text("s.playbook.yaml", spoke.format(3))
