"""Recovery copies: written outside the user's file, listed after a crash, restored exactly."""

from __future__ import annotations

import json
import os
from pathlib import Path

from playbooks.format.model import Playbook
from playbooks.io.recovery import RecoveryArea, key_for
from tests.conftest import minimal_data


def test_write_list_load_remove(tmp_path: Path) -> None:
    playbook = Playbook.model_validate(minimal_data())
    area = RecoveryArea(tmp_path / "recovery")
    original = tmp_path / "acme.playbook.yaml"
    key = key_for(original, "session")
    area.write(key, original, playbook)
    assert not original.exists()  # never written over (or next to) the user's file
    assert area.entries() == []  # our own live copy is not offered
    copy = area.path_of(key)
    data = json.loads(copy.read_text(encoding="utf-8"))
    data["pid"] = 2**22 + 4321  # a process that is gone
    copy.write_text(json.dumps(data), encoding="utf-8")
    [entry] = area.entries()
    assert entry.original == str(original.resolve())
    assert "Acme social media policy" in entry.describe()
    assert RecoveryArea.load(entry).model_dump() == playbook.model_dump()
    area.remove(key)
    assert area.entries() == []


def test_untitled_and_damaged_copies(tmp_path: Path) -> None:
    area = RecoveryArea(tmp_path)
    assert key_for(None, "abc") == "untitled-abc"
    (tmp_path / "junk.recovery.json").write_text("{", encoding="utf-8")
    assert area.entries(include_live=True) == []
    assert os.listdir(tmp_path) == ["junk.recovery.json"]
