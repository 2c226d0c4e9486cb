"""What the editor remembers and follows for each playbook (issue 19, "Also"): the last export
folder and format of each playbook, and the readiness scorecard's trend since the last sign-off."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import open_file

pytestmark = pytest.mark.gui


def _export(qtbot: Any, window: Any, doc: str, fmt: str, folder: Path) -> None:
    dialog = window.workflows.export()
    dialog.doc.setCurrentIndex(dialog.doc.findData(doc))
    dialog.fmt.setCurrentIndex(dialog.fmt.findData(fmt))
    folder.mkdir(exist_ok=True)
    dialog.output.setText(str(folder / f"out-{doc}.{fmt}"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20_000)
    assert (folder / f"out-{doc}.{fmt}").exists(), dialog.status.text()
    dialog.reject()


def test_each_playbook_remembers_its_own_export_folder_and_format(
    qtbot: Any, window: Any, example: Path, tmp_path: Path
) -> None:
    window.workflows.opener = lambda _url: None
    other = tmp_path / "other" / "other.playbook.yaml"
    other.parent.mkdir()
    shutil.copyfile(example, other)
    open_file(qtbot, window, example)
    _export(qtbot, window, "raci", "html", tmp_path / "board-pack")
    open_file(qtbot, window, other)
    again = window.workflows.export()
    assert Path(again.output.text()).parent == other.parent  # never exported: beside its own file
    again.reject()
    _export(qtbot, window, "policy", "md", tmp_path / "intranet")

    open_file(qtbot, window, example)
    dialog = window.workflows.export()
    assert (dialog.doc.currentData(), dialog.fmt.currentData()) == ("raci", "html")
    assert Path(dialog.output.text()).parent == tmp_path / "board-pack"
    dialog.reject()
    open_file(qtbot, window, other)
    dialog = window.workflows.export()
    assert (dialog.doc.currentData(), dialog.fmt.currentData()) == ("policy", "md")
    assert Path(dialog.output.text()).parent == tmp_path / "intranet"
    dialog.reject()


def _scorecard(window: Any) -> tuple[str, str]:
    label = window.problems.scorecard
    return label.text(), label.accessibleDescription()


def test_the_scorecard_shows_how_readiness_moved_since_the_last_sign_off(
    qtbot: Any, window: Any, example: Path
) -> None:
    from tests.ui.conftest import settle

    open_file(qtbot, window, example)
    settle(qtbot, window)
    assert window.workflows.approval.state.current  # the example is approved as it is
    text, spoken = _scorecard(window)
    assert "No change since the sign-off of 2026-09-24 (Eleanor Harlow)" in text
    culture_before = dict((a, s) for a, s, _ in window.problems.report.scores)["culture"]
    window.document.set_field("people.champions", [])  # the executive champion leaves
    settle(qtbot, window)
    culture_now = dict((a, s) for a, s, _ in window.problems.report.scores)["culture"]
    assert culture_now < culture_before
    text, spoken = _scorecard(window)
    assert f"▼{culture_before - culture_now}" in text and "Change since the sign-off of 2026-09-24" in text
    assert f"Culture {culture_now}, down {culture_before - culture_now}" in spoken
    # saved and opened again later: the approved scores are still known
    assert window.files.save()
    window.files.close_document()
    open_file(qtbot, window, example)
    settle(qtbot, window)
    text, spoken = _scorecard(window)
    assert f"Culture {culture_now}, down {culture_before - culture_now}" in spoken


def test_a_trend_that_cannot_be_known_says_so(qtbot: Any, window: Any, example: Path) -> None:
    from playbooks.io import storage
    from tests.ui.conftest import settle

    changed = storage.load(example)
    changed = changed.model_copy(
        update={"document": changed.document.model_copy(update={"title": "Changed before Charter saw it"})}
    )
    storage.save(changed, example)
    open_file(qtbot, window, example)
    settle(qtbot, window)
    assert not window.workflows.approval.state.current
    text, _spoken = _scorecard(window)
    assert "Change since the sign-off of 2026-09-24 (Eleanor Harlow): not known" in text
