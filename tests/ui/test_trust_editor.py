"""Issue 15 in the editor: its save is a writer like the command line (the same lock, the file
re-read under it), and the lock dialog names the holder and the lock's age (the export dialog's
outputs: ``test_workflows.py``)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from playbooks.io import locking, storage
from tests.conftest import ROOT
from tests.ui.conftest import ScriptedDialogs, open_file
from ui.dialogs import Answer

_HOLDER = (
    "import sys, time\n"
    "from playbooks.io import locking\n"
    "lock = locking.acquire(sys.argv[1], force=True)\n"
    "print('held', flush=True)\n"
    "time.sleep(120)\n"
)


def _approvers(path: Path) -> list[str]:
    return [s.approver for s in storage.load(path).document.sign_offs]


def test_a_sign_off_made_while_the_file_is_open_is_never_overwritten_unasked(
    qtbot: Any, window: Any, example: Path, scripted: ScriptedDialogs
) -> None:
    open_file(qtbot, window, example)
    window.document.set_field("document.title", "Edited in the editor")
    # a sign-off recorded by someone who broke the editor's lock (the command line's --break-lock)
    signed = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "signoff", str(example), "--approver", "Carla Outside",
         "--role", "Reviewer", "--break-lock"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    scripted.answers = [Answer.NO]  # "changed on disk: replace it?" -> Cancel
    assert not window.files.save()
    kind, text = scripted.asked[-1]
    assert kind == "yes_no" and "changed outside this window" in text
    assert "Carla Outside" in _approvers(example)  # nothing lost
    scripted.answers = [Answer.YES]  # now the user chooses to replace it (the old file is the .bak)
    assert window.files.save()
    assert storage.load(example).document.title == "Edited in the editor"
    backup = example.with_name(example.name + storage.BACKUP_SUFFIX)
    assert "Carla Outside" in [s.approver for s in storage.load(backup).document.sign_offs]
    assert locking.held_by(window.files.lock)  # the window holds its file again


def test_a_save_while_another_editor_holds_the_file_is_one_message_and_writes_nothing(
    qtbot: Any, window: Any, example: Path, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    open_file(qtbot, window, example)
    window.document.set_field("document.title", "Mine")
    before = example.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(example)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert not window.files.save()
        assert len(scripted.messages) == 1 and "open in Charter by" in scripted.messages[0]
        assert "Save As" in scripted.messages[0]
        assert example.read_bytes() == before
    finally:
        holder.kill()
        holder.communicate(timeout=30)


def test_the_lock_dialog_names_the_holder_and_the_age_and_edit_anyway_opens_a_stuck_lock(
    qtbot: Any, window: Any, example: Path, scripted: ScriptedDialogs
) -> None:
    when = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=40)
    lock = {"host": "far-away\u202e", "pid": 7, "user": "anna\nFORGED", "time": when.isoformat(), "token": "t"}
    locking.lock_path(example).write_text(json.dumps(lock), encoding="utf-8")
    scripted.answers = [0]  # open read-only
    open_file(qtbot, window, example)
    kind, text = scripted.asked[-1]
    assert kind == "choose" and "40 minutes ago" in text
    assert "anna\\nFORGED on far-away\\u202e" in text  # one line, nothing that reorders the text
    window.install(None)
    # a lock that cannot be removed (a folder with something in it): "Edit anyway" still opens
    locking.lock_path(example).unlink()
    locking.lock_path(example).mkdir()
    (locking.lock_path(example) / "x").write_text("x", encoding="utf-8")
    scripted.answers = [1]  # edit anyway
    open_file(qtbot, window, example)
    assert "damaged lock" in scripted.asked[-1][1]
    assert not window.document.read_only


def test_a_file_whose_name_is_not_utf8_opens_saves_and_keeps_its_lock(
    qtbot: Any, window: Any, example: Path, scripted: ScriptedDialogs
) -> None:
    latin = example.with_name(os.fsdecode(b"Richtlinie-\xdc.playbook.yaml"))
    example.rename(latin)
    open_file(qtbot, window, latin)
    assert locking.held_by(window.files.lock)
    window.document.set_field("document.title", "Umlaut im Namen")
    assert window.files.save()
    assert storage.load(latin).document.title == "Umlaut im Namen"
    assert scripted.messages == []
