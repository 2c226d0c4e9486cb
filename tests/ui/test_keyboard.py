"""The editor by keyboard alone, and what a screen reader is told (issue 19, points 3 and 4, "Also").

F6 and Shift+F6 reach every pane (the page included), Tab leaves tables and lists, every menu
item has an access key of its own, and Help > Keyboard Shortcuts lists the keys README.md
documents. A spoke's banner offers the next step, tailoring, to the keyboard too.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QTableView, QWidget

from tests.conftest import EXAMPLES, ROOT
from tests.ui.conftest import open_file, settle

pytestmark = pytest.mark.gui

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"
EMEA = EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml"


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:
    qtbot.keyClick(_focused(), key, modifier)
    return _focused()


def _within(widget: QWidget, container: QWidget) -> bool:
    return widget is container or container.isAncestorOf(widget)


# ---------------------------------------------------------------- 3. a spoke offers tailoring


def test_a_spoke_banner_offers_tailoring_and_the_keyboard_reaches_it(qtbot: Any, window: Any, spoke_copy: Path) -> None:
    open_file(qtbot, window, spoke_copy)
    assert window.banner.isVisible()
    assert "tailor" in window.banner_text.text().lower()
    button = window.findChild(QPushButton, "bannerAction")
    assert button is not None and button.isVisible() and button.isEnabled()
    assert button.text().replace("&", "") == "Tailor This Spoke…"
    assert button.accessibleName() == "Tailor This Spoke" and button.accessibleDescription()
    # F6 from the sections list goes round to the banner's button; Space presses it
    window.navigator.setFocus()
    focused = window.navigator
    for _ in range(len(window.panes())):
        if focused is button:
            break
        focused = _press(qtbot, Qt.Key.Key_F6)
    assert focused is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.workflows.dialog is not None and window.workflows.dialog.isVisible())
    assert window.workflows.dialog.objectName() == "tailoringView"
    window.workflows.dialog.close()


def test_a_hub_has_no_tailoring_button(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    assert not window.banner.isVisible()
    assert not window.findChild(QPushButton, "bannerAction").isVisible()


# ---------------------------------------------------------------- 4. keyboard


def test_f6_and_shift_f6_reach_every_pane_and_the_page(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    settle(qtbot, window)
    window.activateWindow()
    window.navigator.setFocus()
    page = window.pages.currentWidget()
    order = [window.navigator, page, window.problems, window.preview]
    reached = [window.navigator]
    for _ in range(4):
        reached.append(_press(qtbot, Qt.Key.Key_F6))
    assert _within(reached[1], page) and reached[1].objectName().startswith("field:")  # a field, not the list again
    assert reached[2] is window.problems.view  # the problems themselves, not their severity filter
    assert reached[3] is window.preview.browser
    assert reached[4] is window.navigator  # and round again
    assert [next(i for i, pane in enumerate(order) if _within(w, pane)) for w in reached] == [0, 1, 2, 3, 0]
    back = _press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert back is window.preview.browser
    back = _press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert back is window.problems.view


def test_tab_leaves_the_problems_table_instead_of_walking_its_cells(qtbot: Any, window: Any) -> None:
    window.files.new_from_starter("generic")  # a starter leaves gaps: many problems
    settle(qtbot, window)
    view = window.problems.view
    assert isinstance(view, QTableView) and view.model().rowCount() > 1
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    after = _press(qtbot, Qt.Key.Key_Tab)
    assert after is not view
    view.setFocus()
    before = _press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert before is not view
    # and Tab goes on from pane to pane: the problems' buttons, the preview, the page
    view.setFocus()
    reached = []
    for _ in range(12):
        reached.append(_press(qtbot, Qt.Key.Key_Tab))
        if _within(reached[-1], window.pages):
            break
    assert any(_within(w, window.preview) for w in reached)
    assert _within(reached[-1], window.pages)


def _mnemonic(text: str) -> str:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else ""


def _menus(window: Any) -> list[QMenu]:
    menus: list[QMenu] = []
    pending = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while pending:
        menu = pending.pop()
        menus.append(menu)
        pending += [a.menu() for a in menu.actions() if a.menu() is not None and a.menu() is not window.recent_menu]
    return menus


def test_every_menu_item_has_an_access_key_of_its_own(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    bar = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    assert all(bar) and len(set(bar)) == len(bar), bar
    menus = _menus(window)
    assert len(menus) >= 5
    for menu in menus:
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        keys = [_mnemonic(t) for t in texts]
        assert all(keys), f"{menu.title()}: no access key on {[t for t, k in zip(texts, keys, strict=True) if not k]}"
        assert len(set(keys)) == len(keys), f"{menu.title()}: shared access keys in {texts}"


def test_the_shortcut_list_is_in_the_help_menu_and_in_the_readme(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    window.actions_by_name["shortcuts"].trigger()
    dialog = window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows())
    listed = {key for keys in rows for key in keys.split(", ")}
    for key in ("F6", "Shift+F6", "F8", "Ctrl+S", "Ctrl+F", "Ctrl+Z", "Ctrl+Q", "Tab", "Shift+Tab"):
        assert key in listed, key
    assert "pane" in rows["F6"].lower()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Keyboard", 1)[1].split("\n## ", 1)[0]
    documented = dict(re.findall(r"^\| `([^`]+)` \| (.+?) \|$", section, flags=re.MULTILINE))
    assert documented == rows
    dialog.close()
