"""The welcome page: start a new playbook from a starter, open one, or pick a recent file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from playbooks.starters import STARTERS
from ui import site

_ACRONYMS = {"finra", "sec", "us", "uk", "fca", "ffiec", "hipaa", "fda", "naic", "eu", "gdpr"}


def starter_title(name: str) -> str:
    """'finra-broker-dealer' -> 'FINRA broker-dealer'-like display names."""
    words = [w.upper() if w in _ACRONYMS else w for w in name.split("-")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


class WelcomePage(QWidget):
    """Shown when no playbook is open.

    Signals:
        new_requested(str): a starter was chosen (its name).
        open_requested(): the user wants to browse for a file.
        recent_requested(str): a recent file was chosen.
    """

    new_requested = Signal(str)
    open_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 36)
        outer.setSpacing(8)
        title = QLabel("Charter", self)
        title.setProperty("role", "heading")
        outer.addWidget(title)
        sub = QLabel("Social media governance playbooks: write, check, sign off and export.", self)
        sub.setProperty("role", "hint")
        outer.addWidget(sub)
        outer.addSpacing(12)
        row = QHBoxLayout()
        row.setSpacing(24)

        start = QGroupBox("Start a new playbook", self)
        start_layout = QVBoxLayout(start)
        self.starters = QListWidget(start)
        self.starters.setObjectName("welcomeStarters")
        self.starters.setAccessibleName("Starters")
        self.starters.setWordWrap(True)
        self.starters.setSpacing(3)
        self.starters.setAlternatingRowColors(True)
        for name, description in STARTERS.items():
            item = QListWidgetItem(f"{starter_title(name)}\n{description}", self.starters)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(description)
            item.setSizeHint(QSize(0, self.fontMetrics().lineSpacing() * 3 + 8))
        self.starters.setCurrentRow(list(STARTERS).index(site.default_starter()))
        self.starters.itemActivated.connect(lambda item: self.new_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        start_layout.addWidget(self.starters, 1)
        buttons = QHBoxLayout()
        create = QPushButton("Create from starter", start)
        create.setObjectName("welcomeCreate")
        create.setDefault(True)
        create.clicked.connect(self._on_create_clicked)
        open_button = QPushButton("Open a playbook...", start)
        open_button.setObjectName("welcomeOpen")
        open_button.clicked.connect(self.open_requested)
        buttons.addWidget(create)
        buttons.addStretch(1)
        buttons.addWidget(open_button)
        start_layout.addLayout(buttons)

        recent = QGroupBox("Recent playbooks", self)
        recent_layout = QVBoxLayout(recent)
        self.recent = QListWidget(recent)
        self.recent.setObjectName("welcomeRecent")
        self.recent.setAccessibleName("Recent playbooks")
        self.recent.setSpacing(3)
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        recent_layout.addWidget(self.recent)
        hint = QLabel("Double-click or press Enter to open. You can also drop a playbook file on this window.", recent)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        recent_layout.addWidget(hint)
        row.addWidget(start, 1)
        row.addWidget(recent, 1)
        outer.addLayout(row, 1)

    def _on_create_clicked(self) -> None:
        item = self.starters.currentItem()
        if item is not None:
            self.new_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def set_recent(self, files: list[str]) -> None:
        self.recent.clear()
        for file in files:
            path = Path(file)
            item = QListWidgetItem(f"{path.name}\n{path.parent}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, file)
            item.setToolTip(file)
        if files:
            self.recent.setCurrentRow(0)
        else:
            item = QListWidgetItem("No recent playbooks yet.", self.recent)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
