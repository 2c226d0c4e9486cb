"""The tailoring view's Translations tab: source and translation side by side, stale ones marked,
edited and refreshed from there (issue 20, part 4)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from playbooks.tailoring import load_spoke
from tests.ui.test_tailoring import decided, validate
from ui.workflows.tailoring import TailoringView, open_tailoring
from ui.workflows.tailoring_translations import CURRENT, STALE, STALE_COLOUR

LIVE = "content.rules[cr-live].wording"
LIVE_EN = "Scripts, slides and on-screen text of live sessions are pre-reviewed."


def _open(qtbot: Any, spoke: Path) -> TailoringView:
    view = open_tailoring(str(spoke))
    assert view is not None
    view.show()
    return view


@pytest.fixture
def stale_copy(spoke_copy: Path) -> Path:
    """The EMEA spoke whose hub reworded a rule it carries a German translation of."""
    hub = next(p for p in spoke_copy.parent.iterdir() if "hub" in p.name)
    hub.write_text(hub.read_text(encoding="utf-8").replace(LIVE_EN, LIVE_EN[:-1] + " by Compliance."), encoding="utf-8")
    return spoke_copy


@pytest.fixture
def view(qtbot: Any, stale_copy: Path) -> Iterator[TailoringView]:
    opened = _open(qtbot, stale_copy)
    yield opened
    qtbot.waitUntil(lambda: not opened.is_busy(), timeout=20_000)
    opened.stack.setClean()
    opened.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    opened.close()
    # the window, its dialogs and editors go now, in this (the GUI) thread: never left to a cycle
    # collection that a worker thread of a later test would run
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _rows(view: TailoringView) -> dict[str, list[str]]:
    tree = view.translations.tree
    return {
        tree.topLevelItem(i).toolTip(0): [tree.topLevelItem(i).text(c) for c in range(5)]  # type: ignore[union-attr]
        for i in range(tree.topLevelItemCount())
    }


def _select(view: TailoringView, path: str) -> None:
    tree = view.translations.tree
    view.tabs.setCurrentWidget(view.translations)
    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).toolTip(0) == path:  # type: ignore[union-attr]
            tree.setCurrentItem(tree.topLevelItem(i))
            return
    raise AssertionError(path)


def test_the_tab_shows_each_translation_beside_its_source_and_marks_the_stale_one(view: TailoringView) -> None:
    rows = _rows(view)
    assert len(rows) == 6
    assert rows[LIVE][0] == "Content rules › Live video and live audio › Rule" and rows[LIVE][1] == "de"
    assert rows[LIVE][2].endswith(
        "by Compliance. A registered principal attends every live session and may end it. Live chat is off unless both a community manager and a principal are present; questions that call for a recommendation are answered offline, one to one."
    )
    assert rows[LIVE][3].startswith("Skripte, Folien") and rows[LIVE][4] == STALE
    assert [r[4] for p, r in rows.items() if p != LIVE] == [CURRENT] * 5
    stale = view.translations.tree.topLevelItem(list(rows).index(LIVE))
    assert stale is not None and stale.foreground(4).color().name() == STALE_COLOUR and stale.font(4).bold()
    assert "1 needs review" in view.translations.summary.text()
    _select(view, LIVE)
    # side by side below: the source as it reads now, and the translation
    assert "by Compliance." in view.translations.source.toPlainText()
    assert view.translations.translation.toPlainText().startswith("Skripte, Folien")


def test_refreshing_a_reviewed_translation_from_the_tab_clears_the_finding_once_saved(
    qtbot: Any, view: TailoringView, stale_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "SPOKE-TRANSLATION-STALE" in validate(capsys, stale_copy)
    _select(view, LIVE)
    qtbot.mouseClick(
        view.translations.findChild(type(view.save_button), "refreshTranslation"), Qt.MouseButton.LeftButton
    )
    decided(view, qtbot)
    assert _rows(view)[LIVE][4] == CURRENT and view.is_modified()
    view.stack.undo()
    assert _rows(view)[LIVE][4] == STALE
    view.stack.redo()
    assert view.save()
    assert "SPOKE-TRANSLATION-STALE" not in validate(capsys, stale_copy)


def test_a_field_is_translated_with_its_own_editor_and_recorded_with_the_source_digest(
    qtbot: Any, view: TailoringView, stale_copy: Path
) -> None:
    view.show_section("content")
    assert view.select_field("content.rules[cr-ads].title")
    qtbot.mouseClick(view.translate_button, Qt.MouseButton.LeftButton)  # on the Fields tab, beside Change
    dialog = view.translations.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.source.toPlainText() == "Paid and boosted posts"
    line = dialog.editor.input
    assert isinstance(line, QLineEdit)  # a title's editor: one line, as in the form
    dialog.language.setEditText("fr")
    line.selectAll()
    qtbot.keyClicks(line, "Publications payantes et sponsorisees")  # typed, as a user does (QTest types ASCII only)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[union-attr]
    decided(view, qtbot)
    assert _rows(view)["content.rules[cr-ads].title"][1:] == [
        "fr",
        "Paid and boosted posts",
        "Publications payantes et sponsorisees",
        CURRENT,
    ]
    assert view.save()
    recorded = [t for t in load_spoke(stale_copy).translations if t.path == "content.rules[cr-ads].title"]
    assert [(t.language, t.text) for t in recorded] == [("fr", "Publications payantes et sponsorisees")]
