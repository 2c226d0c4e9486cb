"""The To Do panel: what is left to make a playbook complete, as steps rather than findings.

A new playbook from a starter (or the wizard) opens with gaps only its owner can fill in: who
owns it, who sponsors it, whom to call in a crisis. The problems panel lists them as findings
of checks; this panel groups the same findings into steps, says what each step means in the
firm (:mod:`playbooks.starters.todo`: never "tick this box"), and lists the places of each;
Enter or a double-click on a place goes to its field. It follows the problems panel, so a
step leaves the list once its findings are gone.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QStyle, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.problems import ProblemsPanel, places

if TYPE_CHECKING:
    from playbooks.starters.todo import TodoItem

_STEP, _PLACE = "step", "place"
#: what a step's severity means for the playbook, in words (its icon says it to the eye)
_NEEDED = {
    "error": QT_TRANSLATE_NOOP("TodoPanel", "Needed before the playbook can be approved."),
    "warning": QT_TRANSLATE_NOOP("TodoPanel", "Recommended."),
    "info": QT_TRANSLATE_NOOP("TodoPanel", "Worth doing."),
}
#: the same, as a short note after a step's title
_NEEDED_SHORT = {
    "error": QT_TRANSLATE_NOOP("TodoPanel", "needed before the playbook can be approved"),
    "warning": QT_TRANSLATE_NOOP("TodoPanel", "recommended"),
    "info": QT_TRANSLATE_NOOP("TodoPanel", "worth doing"),
}


class _Tree(QTreeWidget):
    """Enter on a place goes to it (itemActivated does not fire for Enter on every platform)."""

    entered = Signal(QTreeWidgetItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.entered.emit(item)
            return
        super().keyPressEvent(event)


class TodoPanel(QWidget):
    """The open steps of the document the problems panel checks.

    Signals:
        activated(str): the user asked to go to a field (its path).
        updated(int): the list was rebuilt (the number of steps).
    """

    activated = Signal(str)
    updated = Signal(int)

    def __init__(self, problems: ProblemsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todoPanel")
        self.problems = problems
        self.steps: list[TodoItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        self.summary = QLabel(self)
        self.summary.setObjectName("todoSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = _Tree(self)
        self.tree.setObjectName("todoList")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(translate("TodoPanel", "To do"))
        self.tree.setAccessibleDescription(
            translate(
                "TodoPanel",
                "The steps left to complete this playbook; under each, the places it concerns. Enter goes to a place.",
            )
        )
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        layout.addWidget(self.tree, 1)
        self.detail = QLabel(self)
        self.detail.setObjectName("todoDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(translate("TodoPanel", "What the step means"))
        layout.addWidget(self.detail)
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.tree.itemActivated.connect(self._on_tree_activated)
        self.tree.entered.connect(self._on_tree_activated)
        style = self.style()
        self._icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "info": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        self._stale = False
        problems.updated.connect(self._on_problems_updated)
        self.refresh()

    # ---- Public API

    def refresh(self) -> None:
        """Rebuild the steps from the problems panel's findings (keeping the selected step)."""
        from playbooks.starters.todo import todo_list

        self._stale = False
        document = self.problems.document
        current = self._current_code()
        self.tree.clear()
        self.steps = todo_list(self.problems.findings()) if document is not None else []
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for step in self.steps:
            count = len(step.paths)
            item = QTreeWidgetItem(
                self.tree, [step.title + (translate("TodoPanel", " (%n places)", None, count) if count > 1 else "")]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, (_STEP, step.code))
            item.setFont(0, bold)
            item.setIcon(0, self._icons[step.severity.value])
            item.setToolTip(0, f"{translate('TodoPanel', _NEEDED[step.severity.value])} {step.guidance}")
            words = places(document.playbook, list(step.paths)) if document is not None else step.paths
            for path, place, message in zip(step.paths, words, step.messages, strict=True):
                child = QTreeWidgetItem(item, [place])
                child.setData(0, Qt.ItemDataRole.UserRole, (_PLACE, path))
                child.setToolTip(0, message)
            if step.code == current:
                self.tree.setCurrentItem(item)
        self.tree.expandToDepth(0 if len(self.steps) <= 6 else -1)
        errors = sum(1 for s in self.steps if s.severity.value == "error")
        if document is None:
            self.summary.setText(translate("TodoPanel", "No playbook open"))
        elif not self.steps:
            self.summary.setText(translate("TodoPanel", "Nothing left to do: the checks find no gaps."))
        else:
            self.summary.setText(
                translate("TodoPanel", "%n step(s) left", None, len(self.steps))
                + (
                    translate("TodoPanel", ", %n of them before the playbook can be approved", None, errors)
                    if errors
                    else ""
                )
                + translate("TodoPanel", ". Select a step to see what it means; Enter on a place goes to its field.")
            )
        if self.tree.currentItem() is None:
            self.detail.clear()
        self.updated.emit(len(self.steps))

    # ---- Qt overrides

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # ---- Private

    def _on_problems_updated(self, _count: int) -> None:
        # rebuilt only while shown: a big playbook's thousands of findings would otherwise be
        # regrouped on the GUI thread after every pause in typing, for a list nobody looks at
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _current_code(self) -> str:
        item = self.tree.currentItem()
        if item is None:
            return ""
        parent = item.parent()
        step = item if parent is None else parent  # two levels: steps and their places
        data = step.data(0, Qt.ItemDataRole.UserRole)
        return str(data[1]) if isinstance(data, tuple) else ""

    def _on_tree_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            self.detail.clear()
            return
        code = self._current_code()
        step = next((s for s in self.steps if s.code == code), None)
        if step is None:
            return
        text = (
            f"<b>{html.escape(step.title)}</b> ({html.escape(translate('TodoPanel', _NEEDED_SHORT[step.severity.value]))})"
            f"<br>{html.escape(step.guidance)}"
        )
        data = current.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(data, tuple) and data[0] == _PLACE:
            text += "<br><br>" + translate("TodoPanel", "Here: {place}").format(place=html.escape(current.toolTip(0)))
        self.detail.setText(text)
        self.tree.setAccessibleDescription(step.guidance)

    def _on_tree_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(data, tuple) and data[0] == _PLACE:
            self.activated.emit(str(data[1]))
        elif item.childCount():
            first = item.child(0)
            if first is not None:
                self._on_tree_activated(first)
