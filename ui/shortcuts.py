"""Help > Keyboard Shortcuts: every shortcut of the editor, read from the window's own actions.

The list is made from the actions (so it cannot drift from what the keys do) and the few keys
that belong to widgets rather than actions (moving between fields, editing a cell, ticking a
box). README.md's "Keyboard" table is the same list; a test keeps the two in step.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QKeyCombination
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import describe_buttons
from ui.i18n import QT_TRANSLATE_NOOP, translate

#: Keys that belong to widgets, not to actions: (keys, what they do).
WIDGET_KEYS = [
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog",
            "Move to the next or previous field or control (tables and lists included: Tab leaves them)",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+underlined letter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Press a button or open a menu by its access key"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "In the problems list: go to the field of the selected problem"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "F2, Enter"),
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "In a table: edit the selected cell (Enter applies it, Escape cancels it)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Space"),
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Tick or untick the selected option of a check list, or press the focused button"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Z in a field"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Undo through the playbook's history (not only the field's typing)"),
    ),
]


#: Keys from Qt::Key_Back on are the media keys of special keyboards ("Save", "Find", "Forward"):
#: the standard shortcuts include them, a person reading the list looks for Ctrl+S.
_FIRST_MEDIA_KEY = 0x01000061


def _first_key(sequence: QKeySequence) -> int:
    combination: QKeyCombination = sequence[0]  # type: ignore[index]  # (PySide6's stubs lack __getitem__)
    return int(combination.key().value)


def _keys(action: QAction) -> str:
    return ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in action.shortcuts()
        if not sequence.isEmpty() and _first_key(sequence) < _FIRST_MEDIA_KEY
    )


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) of every action with a shortcut, then the widgets' own keys."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = _keys(action)
        if not keys or keys in seen:
            continue
        seen.add(keys)
        name = action.text().replace("&", "").rstrip(".…")
        if action.objectName() in ("action:undo", "action:redo"):
            # "Undo Change Title" is "Undo" (the group's prefix, as the menu shows it)
            name = (
                translate("MainWindow", "&Undo")
                if action.objectName() == "action:undo"
                else translate("MainWindow", "&Redo")
            ).replace("&", "")
        tip = action.statusTip() or action.toolTip()
        rows.append((keys, f"{name}: {tip}" if tip and tip != name else name))
    return rows + [(translate("ShortcutsDialog", k), translate("ShortcutsDialog", w)) for k, w in WIDGET_KEYS]


class ShortcutsDialog(QDialog):
    """The shortcut list, in a table a screen reader reads row by row."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "ShortcutsDialog", "F6 and Shift+F6 move between the panes; every menu item also has an access key."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcuts")
        self.table.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.table.setAccessibleDescription(translate("ShortcutsDialog", "Each row: the keys, and what they do"))
        self.table.setHorizontalHeaderLabels(
            [translate("ShortcutsDialog", "Keys"), translate("ShortcutsDialog", "What they do")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        describe_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row."""

        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]
