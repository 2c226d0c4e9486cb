"""The welcome page: start a new playbook (from a starter, or a hub with its spokes through the
wizard), open one, or pick a recent file. Starters carry the names the wizard gives them."""

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

from playbooks.starters import STARTERS, starter_title
from ui import site
from ui.i18n import translate

#: Where a recent file's item keeps its place in the list (the path itself stays a Python string).
_INDEX = Qt.ItemDataRole.UserRole + 1


class WelcomePage(QWidget):
    """Shown when no playbook is open.

    Signals:
        new_requested(str): a starter was chosen (its name).
        wizard_requested(): the user wants the new-playbook wizard (a hub and its spokes).
        open_requested(): the user wants to browse for a file.
        recent_requested(str): a recent file was chosen.
    """

    new_requested = Signal(str)
    wizard_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(object)  # a str, passed as it is: a QString would drop undecodable bytes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recent_files: list[str] = []
        self.setObjectName("welcomePage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 36)
        outer.setSpacing(8)
        title = QLabel(translate("WelcomePage", "Charter"), self)
        title.setProperty("role", "heading")
        outer.addWidget(title)
        sub = QLabel(
            translate("WelcomePage", "Social media governance playbooks: write, check, sign off and export."), self
        )
        sub.setProperty("role", "hint")
        outer.addWidget(sub)
        outer.addSpacing(12)
        row = QHBoxLayout()
        row.setSpacing(24)

        start = QGroupBox(translate("WelcomePage", "Start a new playbook"), self)
        start_layout = QVBoxLayout(start)
        self.starters = QListWidget(start)
        self.starters.setObjectName("welcomeStarters")
        self.starters.setAccessibleName(translate("WelcomePage", "Starters"))
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
        self.starters.setAccessibleDescription(
            translate("WelcomePage", "The starter a new playbook begins from; Enter creates it")
        )
        buttons = QHBoxLayout()
        create = QPushButton(translate("WelcomePage", "&Create from Starter"), start)
        create.setObjectName("welcomeCreate")
        create.setDefault(True)
        create.setAccessibleDescription(
            translate("WelcomePage", "A new playbook from the selected starter, in this window")
        )
        create.clicked.connect(self._on_create_clicked)
        wizard = QPushButton(translate("WelcomePage", "New Playbook &Wizard…"), start)
        wizard.setObjectName("welcomeWizard")
        wizard.setToolTip(
            translate("WelcomePage", "A hub and its regional spokes, step by step: starter, model, regions, people")
        )
        wizard.setAccessibleDescription(wizard.toolTip())
        wizard.clicked.connect(self.wizard_requested)
        open_button = QPushButton(translate("WelcomePage", "&Open a Playbook…"), self)
        open_button.setObjectName("welcomeOpen")
        open_button.setAccessibleDescription(translate("WelcomePage", "Choose a playbook file to open"))
        open_button.clicked.connect(self.open_requested)
        buttons.addWidget(create)
        buttons.addWidget(wizard)
        buttons.addStretch(1)
        start_layout.addLayout(buttons)
        hint = QLabel(
            translate(
                "WelcomePage",
                "Hub and spoke: the wizard writes the corporate hub and one spoke file per region, which "
                "regional managers then tailor.",
            ),
            start,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        start_layout.addWidget(hint)

        recent = QGroupBox(translate("WelcomePage", "Recent playbooks"), self)
        recent_layout = QVBoxLayout(recent)
        self.recent = QListWidget(recent)
        self.recent.setObjectName("welcomeRecent")
        self.recent.setAccessibleName(translate("WelcomePage", "Recent playbooks"))
        self.recent.setAccessibleDescription(
            translate("WelcomePage", "Playbooks opened before, newest first; Enter opens one")
        )
        self.recent.setSpacing(3)
        self.recent.itemActivated.connect(self._on_recent_item_activated)
        recent_layout.addWidget(self.recent)
        hint = QLabel(
            translate(
                "WelcomePage", "Double-click or press Enter to open. You can also drop a playbook file on this window."
            ),
            recent,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        recent_layout.addWidget(hint)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(open_button)
        recent_layout.addLayout(open_row)
        row.addWidget(start, 1)
        row.addWidget(recent, 1)
        outer.addLayout(row, 1)

    def _on_create_clicked(self) -> None:
        item = self.starters.currentItem()
        if item is not None:
            self.new_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _on_recent_item_activated(self, item: QListWidgetItem) -> None:
        index = item.data(_INDEX)
        if isinstance(index, int) and 0 <= index < len(self._recent_files):
            self.recent_requested.emit(self._recent_files[index])

    def set_recent(self, files: list[str]) -> None:
        from playbooks.format.messages import one_line

        self.recent.clear()
        # the paths stay Python strings (a name in another encoding would not survive a QString);
        # the list shows them one line each, control and bidi characters escaped
        self._recent_files = list(files)
        for index, file in enumerate(files):
            path = Path(file)
            item = QListWidgetItem(f"{one_line(path.name)}\n{one_line(str(path.parent))}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, file if file.isprintable() else one_line(file))
            item.setData(_INDEX, index)
            item.setToolTip(one_line(file))
        if files:
            self.recent.setCurrentRow(0)
        else:
            item = QListWidgetItem(translate("WelcomePage", "No recent playbooks yet."), self.recent)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
