"""Find (Ctrl+F): search all text of the playbook; hits listed by section; Enter jumps there."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ui import workers
from ui.i18n import translate

# the domain is imported where it is used: the panel is built before the model is loaded
if TYPE_CHECKING:
    from playbooks.format.model import Playbook
    from ui.document import Document

MAX_HITS = 500


def search(playbook: Playbook, needle: str) -> list[tuple[str, str]]:
    """(path, snippet) of every text containing ``needle`` (case-insensitive), in document order."""
    from playbooks.format.paths import iter_text

    needle = needle.casefold()
    hits: list[tuple[str, str]] = []
    if not needle:
        return hits
    for path, text in iter_text(playbook):
        position = text.casefold().find(needle)
        if position < 0:
            continue
        start = max(0, position - 30)
        snippet = ("..." if start else "") + text[start : position + len(needle) + 50].replace("\n", " ")
        hits.append((path, snippet))
        if len(hits) >= MAX_HITS:
            break
    return hits


class _Results(QTreeWidget):
    chosen = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            path = item.data(0, Qt.ItemDataRole.UserRole)
            if path:
                self.chosen.emit(str(path))
                return
        super().keyPressEvent(event)


class FindPanel(QWidget):
    """Search box and hits grouped by section.

    Signals:
        activated(str): the user chose a hit (its field path).
    """

    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findPanel")
        self.document: Document | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        self.query = QLineEdit(self)
        self.query.setObjectName("findQuery")
        self.query.setPlaceholderText(translate("FindPanel", "Find in playbook (all text)"))
        self.query.setAccessibleName(translate("FindPanel", "Find in playbook"))
        self.query.setAccessibleDescription(
            translate("FindPanel", "Text to find in every field of the playbook; results are listed below")
        )
        self.query.setClearButtonEnabled(True)
        layout.addWidget(self.query)
        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names and errors
        self.status.setProperty("role", "hint")
        layout.addWidget(self.status)
        self.results = _Results(self)
        self.results.setObjectName("findResults")
        self.results.setAccessibleName(translate("FindPanel", "Find results"))
        self.results.setAccessibleDescription(
            translate("FindPanel", "The fields that contain the text, by section; Enter goes to one")
        )
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(True)
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.run_now)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self._on_query_return)
        self.results.itemActivated.connect(self._on_item_activated)
        self.results.chosen.connect(self.activated)

    def set_document(self, document: Document | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.document = document
        if document is not None:
            document.changed.connect(self._on_document_changed)
        self.run_now()

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def run_now(self) -> None:
        self.timer.stop()
        self._generation += 1
        generation = self._generation
        if self.document is None or not self.query.text().strip():
            self.results.clear()
            self.status.setText("")
            return
        snapshot = self.document.playbook
        needle = self.query.text().strip()
        workers.start(
            search,
            snapshot,
            needle,
            on_done=lambda hits: self._show(hits, generation, snapshot),
            on_error=lambda exc: self.status.setText(translate("FindPanel", "Search failed: {exc}").format(exc=exc)),
            receiver=self,
        )

    def _on_document_changed(self, *_: Any) -> None:
        if self.query.text().strip() and self.isVisible():
            self.timer.start()

    def _show(self, hits: list[tuple[str, str]], generation: int, snapshot: Playbook) -> None:
        if generation != self._generation:
            return
        from playbooks.format.identity import Names
        from playbooks.format.model import section_titles

        self.results.clear()
        names = Names(snapshot)
        titles = dict(section_titles())
        groups: dict[str, QTreeWidgetItem] = {}
        for path, snippet in hits:
            section = path.split(".", 1)[0].split("[", 1)[0]
            group = groups.get(section)
            if group is None:
                group = QTreeWidgetItem(
                    self.results, [titles.get(section, translate("FindPanel", "Accepted findings"))]
                )
                group.setFirstColumnSpanned(True)
                groups[section] = group
            item = QTreeWidgetItem(group, [f"{names.place(path)}: {snippet}"])
            item.setData(0, Qt.ItemDataRole.UserRole, path)
            item.setToolTip(0, snippet)
        self.results.expandAll()
        more = translate("FindPanel", " (first %n)", None, MAX_HITS) if len(hits) >= MAX_HITS else ""
        self.status.setText(
            translate("FindPanel", "%n hit(s)", None, len(hits)) + more if hits else translate("FindPanel", "No hits")
        )
        first = next(iter(groups.values()), None)
        hit = first.child(0) if first is not None and first.childCount() else None
        if hit is not None:
            self.results.setCurrentItem(hit)

    def _on_query_return(self) -> None:
        self.run_now()
        self.results.setFocus()

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        path = item.data(0, Qt.ItemDataRole.UserRole)
        if path:
            self.activated.emit(str(path))
