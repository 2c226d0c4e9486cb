"""The field editors as a user sees and types into them (issue 19, points 1 and 2).

Check lists show a box for every option, ticked or not, and say in words what is ticked. A
value the format refuses is refused at the field, with the reason beside it, and the value the
playbook had is kept: for every kind of editor, in forms and in table cells.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from tests.ui.conftest import open_file
from ui import settings, theme

pytestmark = pytest.mark.gui


def _editor(window: Any, path: str) -> Any:
    widget = window.reveal(path)
    assert widget is not None, f"no editor for {path}"
    editor = window.findChild(QWidget, f"editor:{path}")
    assert editor is not None
    return editor


def _region(image: QImage, rect: QRect) -> list[int]:
    return [
        image.pixel(x, y) for y in range(rect.top(), rect.bottom() + 1) for x in range(rect.left(), rect.right() + 1)
    ]


def _indicator(view: QListWidget, row: int) -> QRect:
    """Where the style draws the check box of ``row`` (in the view's viewport)."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualItemRect(view.item(row))
    option.features = (
        QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator | QStyleOptionViewItem.ViewItemFeature.HasDisplay
    )
    option.text = view.item(row).text()
    return view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)


# ---------------------------------------------------------------- 1. check lists


@pytest.mark.parametrize("dark", [False, True])
def test_every_option_of_a_check_list_shows_its_box_and_the_list_says_what_is_ticked(
    qtbot: Any, window: Any, example: Path, dark: bool
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, settings.Theme.DARK if dark else settings.Theme.LIGHT)
    try:
        open_file(qtbot, window, example)
        people = window.document.playbook.people.people
        window.document.set_field("document.authors", [people[2].id])
        editor = _editor(window, "document.authors")
        view = editor.input
        assert isinstance(view, QListWidget)
        view.scrollToTop()
        qtbot.wait(20)
        image = view.viewport().grab().toImage()
        unticked_a, unticked_b, ticked = _indicator(view, 0), _indicator(view, 1), _indicator(view, 2)
        box_a, box_b, box_ticked = (_region(image, r) for r in (unticked_a, unticked_b, ticked))
        assert len(set(box_a)) > 1, "nothing is drawn where the unticked option's box belongs"
        # the same empty box on two options with different names (not the start of their text)
        assert box_a == box_b
        assert box_ticked != box_a  # a ticked box looks different from an unticked one
        # and in words, for whoever cannot see the ticked option (scrolled away, screen reader)
        summary = editor.findChild(QLabel, "checkedSummary")
        assert summary is not None and summary.isVisible()
        assert summary.text() == f"Ticked: {view.item(2).text()}"
        assert "Ticked:" in view.accessibleDescription()
        window.document.set_field("document.authors", [])
        assert summary.text() == "None ticked"
    finally:
        theme.apply(app, settings.Theme.LIGHT)
