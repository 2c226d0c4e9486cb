"""Issue 15 in the editor: its save is a writer like the command line (the same lock, the file
re-read under it), and the lock dialog names the holder and the lock's age (the export dialog's
outputs: ``test_workflows.py``)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
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


# ---------------------------------------------------------------- issue 15, tried again (cases 29-31, 44, 50, 51)


def _edit_by_hand(path: Path, edit: Any) -> None:
    import yaml

    from playbooks.io.yamlio import dump_yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(dump_yaml(data), encoding="utf-8")


def test_a_lock_file_no_charter_wrote_never_keeps_the_editor_from_opening(
    qtbot: Any, window: Any, example: Path, scripted: ScriptedDialogs
) -> None:
    # a pid beyond pid_t and 60,000 nested arrays made opening fail with an unexpected error
    for content in (
        json.dumps({"host": locking.hostname(), "pid": 2**31, "user": "a", "token": "t",
                    "time": dt.datetime.now(dt.UTC).isoformat()}),
        "[" * 60_000,
    ):  # fmt: skip
        window.install(None)
        locking.lock_path(example).write_text(content, encoding="utf-8")
        open_file(qtbot, window, example)
        assert scripted.messages == [] and not window.document.read_only
        assert locking.held_by(window.files.lock)


def _outside_picture(tmp_path: Path) -> Path:
    from tests.robustness.trust_more import png

    picture = tmp_path / "private" / "secret.png"
    picture.parent.mkdir()
    png(picture, 37, 23, (0, 255, 0))
    return picture


def test_the_preview_of_a_long_text_field_loads_no_file_the_text_names(
    qtbot: Any, window: Any, example: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QToolButton, QWidget

    picture = _outside_picture(tmp_path)
    text = f'![z]({picture}) and <img src="{picture}"> <b>raw</b>'
    _edit_by_hand(example, lambda data: data["scope"].__setitem__("purpose", text))
    open_file(qtbot, window, example)
    window.show_section("scope")
    editor = window.findChild(QWidget, "editor:scope.purpose")
    assert editor is not None
    editor.findChild(QToolButton).setChecked(True)  # Preview
    preview = editor._preview
    image = preview.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(str(picture)))
    assert image is None or image.isNull() or image.width() <= 1, "the preview read a file the text names"
    shown = preview.toPlainText()
    assert "<b>raw</b>" in shown and "<img" in shown  # raw HTML is text, as in the exported policy


def test_labels_that_show_an_approver_or_a_title_are_plain_text(
    qtbot: Any, window: Any, example: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    picture = _outside_picture(tmp_path)

    def crafted(data: Any) -> None:
        data["document"]["sign_offs"][-1]["approver"] = f'<img src="{picture}">Mallory'
        data["document"]["title"] = f'<img src="{picture}">Policy'

    _edit_by_hand(example, crafted)
    open_file(qtbot, window, example)
    window.show_section("document")
    for label in (window.workflows.status_label, window._pages["document"].findChild(QLabel, "pageApproval")):
        assert label is not None and label.textFormat() == Qt.TextFormat.PlainText
    from PySide6.QtWidgets import QApplication

    from ui.workflows.export_dialog import ExportDialog

    dialog = ExportDialog(window.document.playbook, str(example), parent=window)
    heading = next(label for label in dialog.findChildren(QLabel) if label.text().startswith("Export "))
    assert "&lt;img" in heading.text() and "<img" not in heading.text()
    signing = window.workflows.sign_off()
    # every label anywhere that shows the markup as it is shows it as plain text (the sign-off
    # dialog's "Currently" line aborted the editor on a device named in the approver)
    rich = [
        label.objectName() or type(label.parent()).__name__
        for label in QApplication.allWidgets()
        if isinstance(label, QLabel) and "<img" in label.text() and label.textFormat() != Qt.TextFormat.PlainText
    ]
    assert rich == []
    signing.reject()
    dialog.deleteLater()


def test_names_that_spoof_or_do_not_decode_are_shown_escaped_and_reopen_the_same_file(
    qtbot: Any, window: Any, example: Path, scripted: ScriptedDialogs
) -> None:
    from ui import settings

    bidi = example.with_name("policy\u202eLMTH.playbook.yaml")
    shutil.copyfile(example, bidi)
    open_file(qtbot, window, bidi)
    assert "\u202e" not in window.windowTitle() and "\\u202e" in window.windowTitle()
    window.install(None)
    latin = example.with_name(os.fsdecode(b"Richtlinie-\xdc.playbook.yaml"))
    shutil.copyfile(example, latin)
    decoy = example.with_name("Richtlinie-.playbook.yaml")
    shutil.copyfile(example, decoy)
    _edit_by_hand(decoy, lambda data: data["document"].__setitem__("title", "DECOY planted by someone else"))
    open_file(qtbot, window, latin)
    assert settings.recent_files()[0] == str(latin.resolve())  # byte for byte, through QSettings
    window.install(None)
    window._fill_recent_menu()
    window.recent_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: window.files.wait_loaded() and window.document is not None, timeout=15_000)
    assert window.document.playbook.document.title != "DECOY planted by someone else"
    assert window.document.path == str(latin.resolve())


def test_numbers_the_boxes_cannot_hold_are_shown_as_the_file_has_them_and_kept(
    qtbot: Any, window: Any, example: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    def crafted(data: Any) -> None:
        data["channels"]["accounts"][1]["character_limit"] = 10**30
        data["measurement"]["metrics"][0]["baseline"] = 0.001

    _edit_by_hand(example, crafted)
    open_file(qtbot, window, example)
    # the detail form shows a channel without a limit first: its box then holds "not set" (its minimum)
    assert window.reveal("channels.accounts[0].character_limit") is not None
    box = window.reveal("channels.accounts[1].character_limit")
    assert box is not None
    box.hide()
    box.show()  # Qt writes a spin box's text again when it is shown
    assert box.text() == str(10**30) and box.isReadOnly()
    editor = window.findChild(QWidget, "editor:channels.accounts[1].character_limit")
    assert "kept as it is" in editor.note.text()
    baseline = window.reveal("measurement.metrics[0].baseline")
    assert baseline is not None and baseline.text() == "0.001"
    window.document.set_field("document.title", "Edited elsewhere")
    assert window.files.save()
    saved = storage.load(example)
    assert saved.channels.accounts[1].character_limit == 10**30
    assert saved.measurement.metrics[0].baseline == 0.001


def test_a_write_protected_file_is_saved_only_once_the_user_agrees(
    qtbot: Any, window: Any, example: Path, scripted: ScriptedDialogs
) -> None:
    open_file(qtbot, window, example)
    window.document.set_field("document.title", "Edited")
    os.chmod(example, 0o444)
    before = example.read_bytes()
    scripted.answers = [Answer.NO]
    assert not window.files.save()
    assert "write-protected" in scripted.asked[-1][1] and example.read_bytes() == before
    scripted.answers = [Answer.YES]
    assert window.files.save()
    assert storage.load(example).document.title == "Edited"


def test_message_boxes_show_their_text_as_plain_text(qapp: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from ui import dialogs

    box = dialogs._box(QMessageBox.Icon.Warning, "t", '<img src="/dev/zero">x', None)
    assert box.textFormat() == Qt.TextFormat.PlainText


def test_the_editor_text_class_of_the_campaign(qapp: Any, tmp_path: Path) -> None:
    from tests.robustness import trust_more

    report = trust_more.editor_text(tmp_path)
    assert report.problems == [], "\n".join(report.problems)
    assert report.held == report.tried > 5
