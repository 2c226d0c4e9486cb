"""The problems panel as a compliance officer reads it (issue 19, point 8).

Every severity is readable in full, places with numbers come in number order, a long message
is readable in full without a tooltip, and Explain cites the regulations, studies and presets
behind a check (never a Python module).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStyleOptionViewItem

from tests.ui.conftest import settle

pytestmark = pytest.mark.gui


def _rows(panel: Any, column: int) -> list[str]:
    proxy = panel.proxy
    return [str(proxy.index(r, column).data()) for r in range(proxy.rowCount())]


def test_every_severity_is_shown_in_full_whatever_rows_are_on_screen(qtbot: Any, window: Any) -> None:
    window.files.new_from_starter("generic")  # six errors first, warnings below them
    window.resizeDocks([window.problems_dock], [160], Qt.Orientation.Vertical)  # a few rows on screen
    settle(qtbot, window)
    panel = window.problems
    view = panel.view
    labels = _rows(panel, 0)
    assert "Error" in labels and "Warning" in labels
    assert not view.viewport().rect().contains(view.visualRect(panel.proxy.index(labels.index("Warning"), 0)))
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.decorationSize = QSize(16, 16)
    option.features = (
        QStyleOptionViewItem.ViewItemFeature.HasDisplay | QStyleOptionViewItem.ViewItemFeature.HasDecoration
    )
    for row in range(panel.proxy.rowCount()):
        needed = view.itemDelegate().sizeHint(option, panel.proxy.index(row, 0)).width()
        assert needed <= view.columnWidth(0), f"{labels[row]!r} needs {needed} px, the column has {view.columnWidth(0)}"


def test_places_with_numbers_come_in_number_order(qtbot: Any, window: Any) -> None:
    window.files.new_from_starter("finra-broker-dealer")
    settle(qtbot, window)
    panel = window.problems
    from ui.problems import places

    # the rows name each clause by its title; their order is the clauses' order in the playbook
    shown = [p for p, code in zip(_rows(panel, 1), _rows(panel, 3), strict=True) if code == "COMP-LABOUR-REVIEW"]
    paths = [f.path for f in panel.findings() if f.code == "COMP-LABOUR-REVIEW"]
    numbers = [int(path.split("[", 1)[1].split("]", 1)[0]) for path in paths]
    assert len(numbers) >= 10
    assert numbers == sorted(numbers), paths  # clauses[1], [2], ... [10], [11]; not [1], [11], [2]
    assert shown == places(window.document.playbook, paths)


def test_a_long_message_is_readable_in_full_beside_the_table(qtbot: Any, window: Any) -> None:
    window.files.new_from_starter("finra-broker-dealer")
    settle(qtbot, window)
    panel = window.problems
    messages = _rows(panel, 2)
    row = max(range(len(messages)), key=lambda r: len(messages[r]))
    assert len(messages[row]) > 150
    view = panel.view
    view.setFocus()
    view.setCurrentIndex(panel.proxy.index(row, 0))
    detail = panel.findChild(QLabel, "problemDetail")
    assert detail is not None and detail.isVisible() and detail.wordWrap()
    plain = detail.text()
    for escaped, char in (("&#x27;", "'"), ("&quot;", '"'), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">")):
        plain = plain.replace(escaped, char)
    assert messages[row] in plain
    assert panel.proxy.index(row, 1).data() in plain  # where, in words
    assert messages[row] in view.accessibleDescription()  # and for a screen reader
    # the keyboard reaches the buttons beside it; Go to Field goes there
    go = panel.findChild(QPushButton, "problemGo")
    assert go.isEnabled() and go.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName().startswith("field:")


def test_explain_cites_the_rule_and_the_presets_behind_it_never_a_module(qtbot: Any, window: Any) -> None:
    window.files.new_from_starter("finra-broker-dealer")
    settle(qtbot, window)
    panel = window.problems
    codes = _rows(panel, 3)
    panel.view.setCurrentIndex(panel.proxy.index(codes.index("COMP-POSTREVIEW-CONTROLS"), 0))
    qtbot.mouseClick(panel.findChild(QPushButton, "problemExplain"), Qt.MouseButton.LeftButton)
    dialog = window.workflows.dialog
    assert dialog is not None and dialog.objectName() == "explainDialog"
    text = dialog.text.toPlainText()
    assert "Sources." in text and "FINRA Rule 3110.06 and 3110.07" in text
    # the preset applied in this playbook, with its citations and when it was last verified
    assert "FINRA-INTERACTIVE" in text and "FINRA Rule 2210(b)(1)(D); FINRA Rule 2210(c)(7)" in text
    assert "last verified" in text
    from ui.problems import places

    finding = next(f for f in panel.findings() if f.code == "COMP-POSTREVIEW-CONTROLS")
    assert places(window.document.playbook, [finding.path])[0] in text  # the place in words, not a field path
    for internal in ("playbooks.", "implemented in", "content.rules[2]"):
        assert internal not in text
    dialog.reject()


class _Clock:
    """``time`` for the panel: it moves only while a check runs, by ``took`` seconds per check."""

    def __init__(self, took: float) -> None:
        self.took = took
        self.now = 100.0

    def perf_counter(self) -> float:
        return self.now


@pytest.mark.parametrize(("took", "pause"), [(0.004, 2), (0.06, 30), (0.8, 50)])
def test_the_pause_before_a_check_follows_what_the_last_check_cost(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, took: float, pause: int
) -> None:
    # issue 22: a small playbook's problems follow an edit at once (its check costs less than a
    # keystroke); a big one waits for a pause in typing, never longer than DEBOUNCE_MS
    import ui.problems

    clock = _Clock(took)
    compute = ui.problems.compute

    def timed_compute(*args: Any) -> Any:
        clock.now += clock.took
        return compute(*args)

    monkeypatch.setattr(ui.problems, "time", clock)
    monkeypatch.setattr(ui.problems, "compute", timed_compute)
    window.files.new_from_starter("generic")
    settle(qtbot, window)
    panel = window.problems
    assert panel.timer.interval() == pause
    window.document.set_field("document.title", "Edited")
    assert panel.timer.isActive() and panel.timer.interval() == pause
    qtbot.waitUntil(panel.is_current, timeout=15_000)
    assert panel.DEBOUNCE_MS == 50
