"""Preferences: theme, autosave delay, the user's name and role, recent files count (unless the site locks it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from playbooks.io.config import RECENT_FILES_RANGE
from ui import settings, site
from ui.accessibility import describe, describe_buttons
from ui.settings import Theme


class PreferencesDialog(QDialog):
    """Edits the preferences in :mod:`ui.settings`; applied on OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setObjectName("preferencesDialog")
        form = QFormLayout()
        self.theme = QComboBox(self)
        self.theme.setObjectName("pref:theme")
        for value, text in ((Theme.SYSTEM, "Follow the system"), (Theme.LIGHT, "Light"), (Theme.DARK, "Dark")):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme())))
        self.autosave = QSpinBox(self)
        self.autosave.setObjectName("pref:autosave")
        self.autosave.setRange(1, 600)
        self.autosave.setSuffix(" s")
        self.autosave.setValue(settings.autosave_seconds())
        self.autosave.setToolTip("Unsaved changes are copied to the recovery area this long after the last change.")
        self.name = QLineEdit(settings.user_name(), self)
        self.name.setObjectName("pref:name")
        self.name.setPlaceholderText("e.g. Dana Whitfield")
        self.role = QLineEdit(settings.user_role(), self)
        self.role.setObjectName("pref:role")
        self.role.setPlaceholderText("e.g. Chief Compliance Officer")
        self.recent = QSpinBox(self)
        self.recent.setObjectName("pref:recent")
        self.recent.setRange(*RECENT_FILES_RANGE)
        self.recent.setSpecialValueText("None")
        self.recent.setValue(settings.recent_count())
        for label, widget, description in (
            ("Theme:", self.theme, "Light or dark colours, or those of the system"),
            ("Autosave after:", self.autosave, self.autosave.toolTip()),
            ("Your name:", self.name, "Your full name, proposed when you sign off or record a change"),
            ("Your role:", self.role, "Your role, proposed when you sign off"),
            ("Recent files:", self.recent, "How many recent playbooks the File menu and the welcome page list"),
        ):
            describe(widget, description, label.rstrip(":"))
            form.addRow(label, widget)
        site.lock(self.recent, "recent_files")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        describe_buttons(buttons, ok="Keep these preferences")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def apply(self) -> None:
        """Store the values shown."""
        settings.set_theme(Theme(self.theme.currentData()))
        settings.set_autosave_seconds(self.autosave.value())
        settings.set_user_name(self.name.text().strip())
        settings.set_user_role(self.role.text().strip())
        settings.set_recent_count(self.recent.value())
