"""Reliability campaign (issue 10), the editor's side: hostile files, a full disk, a crash with
unsaved work, a second editor on the same file, and no network."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from playbooks.io import locking
from playbooks.io.recovery import RecoveryArea
from tests.conftest import ROOT
from tests.robustness import corpus
from tests.ui.conftest import EXAMPLE, ScriptedDialogs, open_file

pytestmark = pytest.mark.gui


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------- hostile files

#: One case of each kind: the editor must say what is wrong and stay usable.
SAMPLE = [
    "hand-merge-conflict",
    "hand-python-object-payload",
    "bomb-billion-laughs",
    "deep-flow-lists-1000",
    "utf16-le-bom",
    "latin1",
    "junk-docx",
    "huge-60mb",
    "special-fifo",
    "shape-list",
    "version-future-3",
    "hand-owner-typo",
    "hand-id-with-spaces",
]
CASES = {case.name: case for case in corpus.cases(full=False) if case.name in SAMPLE}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", SAMPLE)
def test_a_bad_file_shows_one_message_and_the_editor_stays_usable(
    qtbot: Any, window: Any, scripted: ScriptedDialogs, tmp_path: Path, name: str
) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    path = CASES[name].write(folder)
    before = {p.name: p.lstat().st_size for p in folder.iterdir()}
    digest = _sha(path) if path.is_file() and path.stat().st_size < 100_000_000 else ""
    window.files.open_path(str(path), ask=False)
    try:
        qtbot.waitUntil(lambda: window.files.wait_loaded() and bool(scripted.messages), timeout=8_000)
    finally:
        if path.is_fifo():  # should a regression block a worker on the fifo, release it so the run can end
            with contextlib.suppress(OSError):
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    assert len(scripted.messages) == 1
    assert path.name in scripted.messages[0]
    assert window.document is None  # nothing half-loaded
    # nothing was written beside it: no lock, no backup, no recovery copy; the file is as it was
    assert {p.name: p.lstat().st_size for p in folder.iterdir()} == before
    if digest:
        assert _sha(path) == digest
    good = tmp_path / "good.playbook.yaml"
    shutil.copyfile(EXAMPLE, good)
    open_file(qtbot, window, good)
    assert window.document.get("document.id").startswith("meridian")


# ---------------------------------------------------------------- a save that fails


@pytest.mark.timeout(60)
@pytest.mark.parametrize(("code", "reason"), [(28, "the disk is full"), (30, "read-only")])
def test_a_failed_save_keeps_the_unsaved_work(
    qtbot: Any,
    window: Any,
    scripted: ScriptedDialogs,
    example: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    reason: str,
) -> None:
    open_file(qtbot, window, example)
    digest = _sha(example)
    window.document.set_field("document.title", "Edited before the disk filled up")

    def refuse(src: object, dst: object, **where: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)
    assert window.files.save() is False
    monkeypatch.undo()
    assert len(scripted.messages) == 1 and reason in scripted.messages[0]
    assert _sha(example) == digest  # the file on disk is untouched
    assert window.document.is_modified
    assert window.document.get("document.title") == "Edited before the disk filled up"
    assert [p.name for p in example.parent.iterdir() if p.name.endswith(".tmp")] == []
    assert window.files.save() is True  # space again: the same work saves
    assert "Edited before the disk filled up" in example.read_text(encoding="utf-8")


# ---------------------------------------------------------------- a crash with unsaved work

_EDITOR = r"""
import os, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
from playbooks.io.recovery import RecoveryArea
from ui.mainwindow import MainWindow
window = MainWindow(recovery=RecoveryArea(sys.argv[2]))
window.show()
window.files.open_path(sys.argv[1], ask=False)
deadline = time.monotonic() + 60
while (window.document is None or not window.files.wait_loaded()) and time.monotonic() < deadline:
    app.processEvents(); time.sleep(0.01)
window.document.set_field("document.title", sys.argv[3])
window.files.autosave_now()
while not list(Path(sys.argv[2]).glob("*.recovery.json")) and time.monotonic() < deadline:
    app.processEvents(); time.sleep(0.01)
print("autosaved", flush=True)
app.exec()
"""


def _isolated_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "PYTHONDONTWRITEBYTECODE": "1",
    }


@pytest.mark.timeout(120)
def test_an_editor_killed_with_unsaved_edits_offers_them_back_at_the_next_start(
    qtbot: Any, scripted: ScriptedDialogs, example: Path, tmp_path: Path
) -> None:
    from ui.mainwindow import MainWindow

    recovery = tmp_path / "recovery-area"
    title = "Unsaved title from the session that was killed"
    digest = _sha(example)
    editor = subprocess.Popen(
        [sys.executable, "-c", _EDITOR, str(example), str(recovery), title],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_isolated_env(tmp_path),
    )
    try:
        assert editor.stdout is not None
        assert editor.stdout.readline().strip() == "autosaved", editor.stderr.read() if editor.stderr else ""
    finally:
        editor.send_signal(signal.SIGKILL)
        editor.communicate(timeout=30)
    assert editor.returncode == -signal.SIGKILL
    assert _sha(example) == digest  # autosave never writes the user's file
    assert locking.read_lock(example) is not None  # the killed editor's lock is still there

    # the next start
    window = MainWindow(recovery=RecoveryArea(recovery))
    qtbot.addWidget(window)
    scripted.answers = [0]  # Restore
    assert window.files.offer_recovery() is True
    kind, text = scripted.asked[0]
    assert kind == "choose" and "not closed properly" in text and title in text
    assert window.document.get("document.title") == title
    assert window.document.is_modified
    assert not window.document.read_only  # the dead editor's lock was recognised as stale
    assert window.document.path == str(example.resolve())
    window.document.undo_stack.setClean()


# ---------------------------------------------------------------- two editors, one file

_HOLDER = r"""
import sys, time
from playbooks.io import locking
held = locking.acquire(sys.argv[1])
print("held" if isinstance(held, locking.PlaybookLock) else "not held", flush=True)
time.sleep(120)
"""


@pytest.mark.timeout(120)
def test_a_second_editor_is_warned_opens_read_only_and_a_crashed_holder_is_cleared(
    qtbot: Any, window: Any, scripted: ScriptedDialogs, example: Path, tmp_path: Path
) -> None:
    from ui.mainwindow import MainWindow

    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(example)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env=_isolated_env(tmp_path),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        scripted.answers = [0]  # Open read-only
        open_file(qtbot, window, example)
        kind, text = scripted.asked[-1]
        assert kind == "choose" and "already open" in text
        assert window.document.read_only
        assert locking.read_lock(example).pid == holder.pid  # the holder's lock is untouched
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=30)
    # the holder crashed: its lock is stale, and the next editor takes over without asking
    second = MainWindow(recovery=RecoveryArea(tmp_path / "recovery-2"))
    qtbot.addWidget(second)
    asked = len(scripted.asked)
    open_file(qtbot, second, example)
    assert len(scripted.asked) == asked
    assert not second.document.read_only
    assert locking.read_lock(example).pid == os.getpid()
    second.files.release_lock()


# ---------------------------------------------------------------- no network


@pytest.mark.timeout(180)
def test_the_editor_starts_without_network_and_never_opens_an_internet_socket(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "tests.robustness.netguard", "--smoke-test", str(EXAMPLE)]
    if shutil.which("strace"):
        log = tmp_path / "strace.log"
        command = ["strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=socket,connect", "-o", str(log), *command]
    if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
        command = ["unshare", "-n", *command]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=150, env=_isolated_env(tmp_path))
    assert done.returncode == 0, done.stderr[-1000:]
    assert "network attempts: 0 " in done.stderr
    if shutil.which("strace"):
        internet = [line for line in log.read_text(errors="replace").splitlines() if re.search(r"AF_INET6?\b", line)]
        assert internet == []


# ---------------------------------------------------------------- hostile text in the PDF


@pytest.mark.timeout(180)
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_hostile_text_in_every_field_comes_out_as_text_in_the_pdf(qapp: Any, tmp_path: Path) -> None:
    import ui.pdf  # noqa: F401  (registers the pdf writer)
    from playbooks.export import export_document
    from tests.robustness import payloads

    playbook, markers = payloads.hostile_playbook()
    html_shown = {m for m in markers if m in export_document(playbook, "crisis", "html").decode("utf-8")}
    pdf = tmp_path / "crisis.pdf"
    pdf.write_bytes(export_document(playbook, "crisis", "pdf"))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "1337" not in text and "WORD-INJECTED" in text  # shown as text, never evaluated
    assert "<script>alert(1)</script>" in text.replace("\n", "")  # the markup is visible, not run
    assert html_shown and {m for m in html_shown if m not in text} == set()  # nothing the HTML shows is lost
