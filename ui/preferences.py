"""Preferences: language, theme, autosave delay, the user's name and role, recent files count (unless the site locks it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from playbooks.io.config import RECENT_FILES_RANGE
from ui import i18n, settings, site
from ui.accessibility import describe, describe_buttons
from ui.i18n import translate
from ui.settings import Theme


class PreferencesDialog(QDialog):
    """Edits the preferences in :mod:`ui.settings`; applied on OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.setObjectName("preferencesDialog")
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("pref:language")
        self.language.addItem(translate("Preferences", "System default"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each in its own language, as a reader of it looks for it
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.language_note = QLabel(translate("Preferences", "A new language applies when Charter next starts."), self)
        self.language_note.setObjectName("pref:languageNote")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self.theme = QComboBox(self)
        self.theme.setObjectName("pref:theme")
        for value, text in (
            (Theme.SYSTEM, translate("Preferences", "Follow the system")),
            (Theme.LIGHT, translate("Preferences", "Light")),
            (Theme.DARK, translate("Preferences", "Dark")),
        ):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme())))
        self.autosave = QSpinBox(self)
        self.autosave.setObjectName("pref:autosave")
        self.autosave.setRange(1, 600)
        self.autosave.setSuffix(translate("Preferences", " s", "seconds"))
        self.autosave.setValue(settings.autosave_seconds())
        self.autosave.setToolTip(
            translate("Preferences", "Unsaved changes are copied to the recovery area this long after the last change.")
        )
        self.name = QLineEdit(settings.user_name(), self)
        self.name.setObjectName("pref:name")
        self.name.setMinimumWidth(280)  # the placeholder whole, in every language
        self.name.setPlaceholderText(translate("Preferences", "e.g. Dana Whitfield"))
        self.role = QLineEdit(settings.user_role(), self)
        self.role.setObjectName("pref:role")
        self.role.setPlaceholderText(translate("Preferences", "e.g. Chief Compliance Officer"))
        self.recent = QSpinBox(self)
        self.recent.setObjectName("pref:recent")
        self.recent.setRange(*RECENT_FILES_RANGE)
        self.recent.setSpecialValueText(translate("Preferences", "None"))
        self.recent.setValue(settings.recent_count())
        for name, label, widget, description in (
            (
                translate("Preferences", "Language"),
                translate("Preferences", "&Language:"),
                self.language,
                translate("Preferences", "The language of the editor; the system's unless you choose one"),
            ),
            (
                translate("Preferences", "Theme"),
                translate("Preferences", "&Theme:"),
                self.theme,
                translate("Preferences", "Light or dark colours, or those of the system"),
            ),
            (
                translate("Preferences", "Autosave after"),
                translate("Preferences", "&Autosave after:"),
                self.autosave,
                self.autosave.toolTip(),
            ),
            (
                translate("Preferences", "Your name"),
                translate("Preferences", "Your &name:"),
                self.name,
                translate("Preferences", "Your full name, proposed when you sign off or record a change"),
            ),
            (
                translate("Preferences", "Your role"),
                translate("Preferences", "Your &role:"),
                self.role,
                translate("Preferences", "Your role, proposed when you sign off"),
            ),
            (
                translate("Preferences", "Recent files"),
                translate("Preferences", "Re&cent files:"),
                self.recent,
                translate("Preferences", "How many recent playbooks the File menu and the welcome page list"),
            ),
        ):
            describe(widget, description, name)
            form.addRow(label, widget)
            if widget is self.language:
                form.addRow("", self.language_note)
        site.lock(self.recent, "recent_files")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        describe_buttons(buttons, ok=translate("Preferences", "Keep these preferences"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def apply(self) -> None:
        """Store the values shown (the language applies at the next start)."""
        settings.set_language(str(self.language.currentData()))
        settings.set_theme(Theme(self.theme.currentData()))
        settings.set_autosave_seconds(self.autosave.value())
        settings.set_user_name(self.name.text().strip())
        settings.set_user_role(self.role.text().strip())
        settings.set_recent_count(self.recent.value())

    def _on_language_current_index_changed(self, _index: int) -> None:
        self.language_note.setVisible(i18n.chosen_language(str(self.language.currentData())) != i18n.current_language())
