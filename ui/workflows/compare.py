"""Compare versions: the differences between two playbooks by section and field, in a tree.

The older side is another file (an earlier version, or the hub of a spoke) or, when the file
lives in a git work tree, one of its committed versions (:class:`VersionsDialog`); the newer side is
the open document as it is now, unsaved edits included. Additions, removals and changes are
coloured and show old and new values; the comparison can be exported as self-contained HTML.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playbooks.audit.compare import to_html
from playbooks.format.differences import Difference, differences
from playbooks.format.identity import SEPARATOR, Names
from playbooks.format.model import Playbook
from playbooks.io import storage
from ui import dialogs, errors
from ui.accessibility import describe, describe_buttons
from ui.i18n import QT_TRANSLATE_NOOP, translate

#: Colours per kind of change (readable on light and dark backgrounds), and their words.
KIND_COLOURS = {"added": "#2e7d32", "removed": "#c62828", "changed": "#b26a00"}
KIND_WORDS = {
    "added": QT_TRANSLATE_NOOP("CompareDialog", "Added"),
    "removed": QT_TRANSLATE_NOOP("CompareDialog", "Removed"),
    "changed": QT_TRANSLATE_NOOP("CompareDialog", "Changed"),
}
#: how many of each kind, for the summary line
KIND_COUNTS = {
    "added": QT_TRANSLATE_NOOP("CompareDialog", "%n added"),
    "removed": QT_TRANSLATE_NOOP("CompareDialog", "%n removed"),
    "changed": QT_TRANSLATE_NOOP("CompareDialog", "%n changed"),
}


def load_other(path: str) -> Playbook:
    """A playbook to compare with: a hub as saved, or a spoke's effective playbook."""
    from playbooks.tailoring.reader import read_playbook

    read = read_playbook(path)
    if read.playbook is None:
        raise errors.ExpectedError(
            translate("CompareDialog", "{path}: this spoke cannot be compared: {unresolved_reason}").format(
                path=path, unresolved_reason=read.unresolved_reason()
            )
        )
    return read.playbook


class CompareDialog(QDialog):
    """Differences between ``old`` and ``new``.

    Signals:
        reveal_requested(str): the user double-clicked a field of the newer playbook.
    """

    reveal_requested = Signal(str)

    def __init__(
        self,
        old: Playbook,
        new: Playbook,
        *,
        old_name: str,
        new_name: str,
        parent: QWidget | None = None,
        writer: Callable[[str, bytes], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(translate("CompareDialog", "Compare versions"))
        self.resize(980, 620)
        self.old, self.new = old, new
        self.changes: list[Difference] = differences(old, new)
        self._names = Names(new, old)
        # the file dialog asked before replacing a file; a planted link is replaced, not written through
        self._write = writer or (lambda path, data: storage.write_output(path, data, force=True))
        layout = QVBoxLayout(self)
        od, nd = old.document, new.document
        e = html.escape  # titles and names are the playbooks' own text, never markup
        heading = QLabel(
            translate(
                "CompareDialog",
                "<b>Older:</b> {old_title} v{old_version} ({old_name})<br><b>Newer:</b> {new_title} v{new_version} ({new_name})",
            ).format(
                old_title=e(od.title),
                old_version=e(str(od.version)),
                old_name=e(old_name),
                new_title=e(nd.title),
                new_version=e(str(nd.version)),
                new_name=e(new_name),
            ),
            self,
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        counts = {k: sum(1 for c in self.changes if c.kind == k) for k in KIND_WORDS}
        self.summary = QLabel(self)
        self.summary.setObjectName("compareSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        if self.changes:
            self.summary.setText(
                " &nbsp; ".join(
                    f"<span style='color:{KIND_COLOURS[k]}; font-weight:600'>"
                    f"{translate('CompareDialog', KIND_COUNTS[k], None, n)}</span>"
                    for k, n in counts.items()
                )
                + " &nbsp; "
                + translate("CompareDialog", "in %n section(s)", None, len({c.section for c in self.changes}))
            )
        else:
            self.summary.setText(translate("CompareDialog", "The two playbooks have the same content."))
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("compareTree")
        describe(
            self.tree,
            translate(
                "CompareDialog",
                "Each changed field by section: the change, the older and the newer value; Enter goes to the field",
            ),
            translate("CompareDialog", "Differences"),
        )
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [
                translate("CompareDialog", "Section / field"),
                translate("CompareDialog", "Change"),
                translate("CompareDialog", "Older value"),
                translate("CompareDialog", "Newer value"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 400)
        header.resizeSection(1, 100)
        header.resizeSection(2, 280)
        header.setStretchLastSection(True)
        self._fill()
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.export_button = QPushButton(translate("CompareDialog", "Export as HTML…"), self)
        self.export_button.setObjectName("exportHtml")
        describe(self.export_button, translate("CompareDialog", "Save these differences as a web page"))
        self.export_button.clicked.connect(self.export_html)
        self.export_button.setEnabled(bool(self.changes))
        row.addWidget(self.export_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        describe_buttons(buttons)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)

    # ---- Public API

    def changed_paths(self) -> list[str]:
        """The field paths listed in the tree, in order (what the user sees)."""
        out: list[str] = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            assert section is not None  # i < topLevelItemCount()
            for j in range(section.childCount()):
                row = section.child(j)
                assert row is not None  # j < childCount()
                out.append(str(row.data(0, Qt.ItemDataRole.UserRole)))
        return out

    def export_html(self, path: str = "") -> str:
        """Write the comparison as HTML (asks where when ``path`` is empty); returns the path."""
        if not path:
            suggested = str(Path.home() / f"compare-{self.old.document.version}-{self.new.document.version}.html")
            path = dialogs.current().save_file(self, suggested)
            if not path:
                return ""
            if not path.lower().endswith((".html", ".htm")):
                path += ".html"
        try:
            self._write(path, to_html(self.old, self.new, self.changes).encode("utf-8"))
        except (OSError, storage.PlaybookSaveError) as exc:
            errors.report(
                errors.ExpectedError(
                    translate("CompareDialog", "{path}: the comparison could not be saved ({exc})").format(
                        path=path, exc=exc
                    )
                ),
                self,
            )
            return ""
        return path

    # ---- Private

    def _fill(self) -> None:
        sections: dict[str, QTreeWidgetItem] = {}
        for change in self.changes:
            parent = sections.get(change.section)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [change.section])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFirstColumnSpanned(False)
                sections[change.section] = parent
            label = SEPARATOR.join(change.place[1:]) or change.label
            old, new = (self._names.show(v, change.path, empty="—", limit=160) for v in (change.old, change.new))
            item = QTreeWidgetItem(parent, [label, translate("CompareDialog", KIND_WORDS[change.kind]), old, new])
            item.setData(0, Qt.ItemDataRole.UserRole, change.path)
            item.setToolTip(0, change.path)
            for column, value in ((2, change.old), (3, change.new)):
                item.setToolTip(column, self._names.show(value, change.path, empty="—", limit=2000))
            colour = QBrush(QColor(KIND_COLOURS[change.kind]))
            item.setForeground(1, colour)
            font = item.font(1)
            font.setBold(True)
            item.setFont(1, font)
            if change.kind == "removed":
                item.setForeground(2, colour)
            elif change.kind == "added":
                item.setForeground(3, colour)
        for parent in sections.values():
            count = parent.childCount()
            parent.setText(1, translate("CompareDialog", "%n difference(s)", None, count))
            parent.setForeground(1, QBrush(QColor("#666666")))
            parent.setExpanded(True)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        path = item.data(0, Qt.ItemDataRole.UserRole)
        if path:
            self.reveal_requested.emit(str(path))


class VersionsDialog(QDialog):
    """The earlier versions of a file in git (``git log --follow``, read in a worker), to pick one
    to compare with. Where git is missing, or the file is not committed, it says so in one line.

    Signals:
        chosen(object): the :class:`~playbooks.io.git.Commit` picked.
    """

    chosen = Signal(object)

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QListWidget

        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.setWindowTitle(translate("CompareDialog", "Compare with an earlier version"))
        self.resize(640, 420)
        self.path = path
        self.commits: list[Any] = []
        self._loaded = False
        layout = QVBoxLayout(self)
        self.status = QLabel(
            translate("CompareDialog", "Looking for earlier versions of {name} in git…").format(name=Path(path).name),
            self,
        )
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names and errors
        self.status.setObjectName("versionsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.list = QListWidget(self)
        self.list.setObjectName("versionsList")
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("CompareDialog", "Compare"))
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        from playbooks.audit.history import versions
        from ui import workers

        workers.start(versions, path, on_done=self._on_versions, on_error=self._on_failed, receiver=self)

    def is_loaded(self) -> bool:
        """Whether the versions have been looked up (tests wait on this)."""
        return self._loaded

    def accept(self) -> None:
        row = self.list.currentRow()
        if not (0 <= row < len(self.commits)):
            return
        self.chosen.emit(self.commits[row])
        super().accept()

    def _on_versions(self, commits: list[Any]) -> None:
        self._loaded = True
        self.commits = commits
        if not commits:
            self.status.setText(
                translate("CompareDialog", "{name} has no committed version in git yet.").format(
                    name=Path(self.path).name
                )
            )
            return
        self.status.setText(translate("CompareDialog", "%n committed version(s), newest first:", None, len(commits)))
        for commit in commits:
            self.list.addItem(commit.describe())
        self.list.setCurrentRow(0)
        self.ok.setEnabled(True)

    def _on_failed(self, error: BaseException) -> None:
        from playbooks.io.git import GitError

        self._loaded = True
        if isinstance(error, GitError):
            self.status.setText(translate("CompareDialog", "No earlier versions: {error}.").format(error=error))
            return
        errors.report(error, self, translate("CompareDialog", "looking for earlier versions in git"))


def load_version(path: str, commit: Any) -> Playbook:
    """The playbook at ``path`` as it was in ``commit`` (a spoke against its hub at that commit)."""
    from playbooks.audit.history import read_commit

    read = read_commit(path, commit)
    if read.playbook is None:
        raise errors.ExpectedError(
            translate("CompareDialog", "{file}: this version cannot be compared: {unresolved_reason}").format(
                file=read.file, unresolved_reason=read.unresolved_reason()
            )
        )
    return read.playbook
