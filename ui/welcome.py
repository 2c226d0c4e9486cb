"""The welcome page: start a new playbook from a starter, open one, or pick a recent file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
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
        title = QLabel("Charter", self)
        title.setProperty("role", "heading")
        outer.addWidget(title)
        sub = QLabel("Social media governance playbooks: write, check, sign off and export.", self)
        sub.setProperty("role", "hint")
        outer.addWidget(sub)
        row = QHBoxLayout()
        row.setSpacing(24)
        start = QGroupBox("Start a new playbook", self)
        start_layout = QVBoxLayout(start)
        for name, description in STARTERS.items():
            button = QPushButton(name.replace("-", " ").capitalize(), start)
            button.setObjectName(f"starter:{name}")
            button.setToolTip(description)
            button.clicked.connect(lambda _=False, n=name: self.new_requested.emit(n))
            hint = QLabel(description, start)
            hint.setProperty("role", "hint")
            hint.setWordWrap(True)
            start_layout.addWidget(button)
            start_layout.addWidget(hint)
        start_layout.addStretch(1)
        open_button = QPushButton("Open a playbook...", start)
        open_button.setObjectName("welcomeOpen")
        open_button.clicked.connect(self.open_requested)
        start_layout.addWidget(open_button)
        recent = QGroupBox("Recent playbooks", self)
        recent_layout = QVBoxLayout(recent)
        self.recent = QListWidget(recent)
        self.recent.setObjectName("welcomeRecent")
        self.recent.setAccessibleName("Recent playbooks")
        self.recent.setFrameShape(QFrame.Shape.NoFrame)
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        recent_layout.addWidget(self.recent)
        row.addWidget(start, 1)
        row.addWidget(recent, 2)
        outer.addLayout(row, 1)

    def set_recent(self, files: list[str]) -> None:
        self.recent.clear()
        for file in files:
            path = Path(file)
            item = QListWidgetItem(f"{path.name}\n{path.parent}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, file)
            item.setToolTip(file)
        if not files:
            item = QListWidgetItem("No recent playbooks yet.", self.recent)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
