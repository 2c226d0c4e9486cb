"""The tailoring view's Translations tab: each translation beside the text it translates.

A regional manager sees every translation of the spoke with its source as the effective
playbook holds it now, side by side; a translation whose source changed since it was translated
(``SPOKE-TRANSLATION-STALE``) is marked. From here a field is translated (with the editor the
form gives that field, :class:`ui.forms.detached.ValueEditor`), a translation edited, a
reviewed one refreshed (its source's digest recorded) or removed. The tab decides nothing:
where a text is and whether a translation is current is :mod:`playbooks.tailoring.translations`,
the very functions ``charter translate`` calls; every edit goes through the view's undo stack.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playbooks.format import paths as fieldpath
from playbooks.format.identity import Names
from playbooks.format.language import LANGUAGES, SOURCE_LANGUAGE, LanguageError, parse_locale
from playbooks.format.model import Playbook
from playbooks.format.paths import join
from playbooks.tailoring.spoke import SpokeFile, Translation
from playbooks.tailoring.translations import TranslationProblem, record_translation, source_digest, text_at
from ui.forms.detached import ValueEditor

if TYPE_CHECKING:
    from ui.workflows.tailoring import TailoringView

STALE_COLOUR = "#b45309"
BROKEN_COLOUR = "#b91c1c"

#: The states a translation is shown in (column "State").
CURRENT = "Current"
STALE = "Stale: the source changed since it was translated"


def translation_state(effective: Playbook | None, translation: Translation) -> tuple[str, str]:
    """(state, the source text as it is now) of ``translation`` in ``effective``."""
    if effective is None:
        return "The spoke does not resolve against its hub", ""
    try:
        source, _index_path = text_at(effective, translation.path)
    except TranslationProblem as problem:
        return f"{problem.code}: {problem.message}", ""
    return (CURRENT if source_digest(source) == translation.source_digest else STALE), source


class TranslationDialog(QDialog):
    """Translate one text field: its source (read only) beside the translation, edited with the
    field's own editor; OK records the translation with the digest of the source as it is now."""

    def __init__(self, view: TailoringView, path: str, index_path: str, source: str, language: str, text: str) -> None:
        super().__init__(view)
        self.setObjectName("translationDialog")
        self.view = view
        self.path = path
        effective = view.resolution.effective
        assert effective is not None  # offered only for a spoke that resolves
        place = view.names.place(index_path)
        self.setWindowTitle(f"Translate: {place}")
        layout = QVBoxLayout(self)
        heading = QLabel(place, self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("translationLanguage")
        self.language.setEditable(True)
        for code in LANGUAGES:
            if code != SOURCE_LANGUAGE:
                self.language.addItem(f"{code} ({LANGUAGES[code]})", code)
        self.language.setEditText(language)
        form.addRow("&Language (BCP 47)", self.language)
        layout.addLayout(form)
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        self.source = QPlainTextEdit(source, sides)
        self.source.setObjectName("translationSource")
        self.source.setReadOnly(True)
        self.source.setAccessibleName("Source text")
        # the translation in the field's own editor (a line for a title, Markdown text for a wording)
        shown = fieldpath.replace_at(effective, index_path, text)[0] if text else effective
        self.editor = ValueEditor(shown, index_path, sides)
        self.editor.setAccessibleName("Translation")
        sides.addWidget(self.source)
        sides.addWidget(self.editor)
        layout.addWidget(sides, 1)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("translationRefusal")
        self.refusal.setProperty("role", "error")
        self.refusal.setWordWrap(True)
        layout.addWidget(self.refusal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def chosen_language(self) -> str:
        """The language tag typed or chosen (the tag of a chosen item, as typed otherwise)."""
        text = self.language.currentText().strip()
        index = self.language.findText(text)
        data = self.language.itemData(index) if index >= 0 else None
        return str(data) if data else text

    def _on_buttons_accepted(self) -> None:
        language = self.chosen_language()
        text = self.editor.value()
        try:
            parse_locale(language)
        except LanguageError as exc:
            self.refusal.setText(str(exc))
            return
        if not isinstance(text, str) or not text.strip() or text == self.source.toPlainText():
            self.refusal.setText("Write the translation beside the source text first.")
            return
        path = self.path

        def make(spoke: SpokeFile, effective: Playbook) -> SpokeFile:
            return record_translation(spoke, effective, path, language, text)

        self.view.respoke(f"Translate into {language}: {self.windowTitle().removeprefix('Translate: ')}", make)
        self.accept()


class TranslationsPanel(QWidget):
    """The Translations tab of :class:`~ui.workflows.tailoring.TailoringView`."""

    def __init__(self, view: TailoringView) -> None:
        super().__init__(view)
        self.view = view
        self.dialog: TranslationDialog | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("translationSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("translations")
        self.tree.setAccessibleName("Translations")
        self.tree.setHeaderLabels(["Field", "Language", "Source text (now)", "Translation", "State"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for column, width in ((0, 300), (1, 70), (2, 280), (3, 280)):
            self.tree.header().resizeSection(column, width)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        layout.addWidget(self.tree, 1)
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        self.source = QPlainTextEdit(sides)
        self.source.setObjectName("sourceText")
        self.source.setReadOnly(True)
        self.source.setAccessibleName("Source text")
        self.translation = QPlainTextEdit(sides)
        self.translation.setObjectName("translationText")
        self.translation.setReadOnly(True)
        self.translation.setAccessibleName("Translation")
        sides.addWidget(self.source)
        sides.addWidget(self.translation)
        layout.addWidget(sides)
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("editTranslation", "&Edit translation…", self.edit_selected),
            ("refreshTranslation", "Reviewed: &refresh", self.refresh_selected),
            ("removeTranslation", "Remove translation", self.remove_selected),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    # ---- Public API

    def fill(self) -> None:
        """Show the spoke's translations (called whenever the view shows another spoke)."""
        effective = self.view.resolution.effective
        current = self.tree.currentIndex().row()
        self.tree.clear()
        stale = 0
        for index, translation in enumerate(self.view.spoke.translations):
            state, source = translation_state(effective, translation)
            place = translation.path
            if effective is not None:
                with contextlib.suppress(TranslationProblem):
                    place = Names(effective).place(text_at(effective, translation.path)[1])
            item = QTreeWidgetItem([place, translation.language, _one_line(source), _one_line(translation.text), state])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(0, translation.path)
            if state != CURRENT:
                stale += 1
                colour = QBrush(QColor(STALE_COLOUR if state == STALE else BROKEN_COLOUR))
                for column in range(5):
                    item.setForeground(column, colour)
                font = item.font(4)
                font.setBold(True)
                item.setFont(4, font)
            self.tree.addTopLevelItem(item)
        count = len(self.view.spoke.translations)
        if not count:
            self.summary.setText(
                "This spoke has no translations. Select a text field on the Fields tab and choose "
                "Translate… to add one; exports in that language then use it."
            )
        else:
            self.summary.setText(
                f"{count} translation{'s' if count != 1 else ''}; "
                + (
                    f"{stale} need{'s' if stale == 1 else ''} review (the source changed, or the field is gone)."
                    if stale
                    else "all current."
                )
            )
        keep = self.tree.topLevelItem(current) if current >= 0 else None
        if keep is not None:
            self.tree.setCurrentItem(keep)

    def selected(self) -> Translation | None:
        """The translation of the selected row (None when none is selected)."""
        item = self.tree.currentItem()
        index = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        translations = self.view.spoke.translations
        return translations[index] if isinstance(index, int) and index < len(translations) else None

    def translate_field(self) -> TranslationDialog | None:
        """Translate the text field selected on the Fields tab (into German unless a translation of
        another language is selected here); its existing translation into that language is edited."""
        row = self.view.current_field_row()
        if row is None:
            self.view.refuse("Select a text field on the Fields tab first.")
            return None
        path = join(row.address)
        language = _language_of(self.selected())
        existing = next(
            (t for t in self.view.spoke.translations if t.path == path and t.language.lower() == language.lower()),
            None,
        )
        return self._open(path, language, existing.text if existing is not None else "")

    def edit_selected(self) -> TranslationDialog | None:
        selected = self.selected()
        if selected is None:
            self.view.refuse("Select a translation first.")
            return None
        return self._open(selected.path, selected.language, selected.text)

    def refresh_selected(self) -> None:
        """Record that the selected translation was reviewed against the source as it is now."""
        selected = self.selected()
        if selected is None:
            self.view.refuse("Select a translation first.")
            return
        path, language = selected.path, selected.language

        def make(spoke: SpokeFile, effective: Playbook) -> SpokeFile:
            return record_translation(spoke, effective, path, language, None)

        self.view.respoke(f"Reviewed translation into {language}: {path}", make)

    def remove_selected(self) -> None:
        selected = self.selected()
        if selected is None:
            self.view.refuse("Select a translation first.")
            return

        def make(spoke: SpokeFile, _effective: Playbook) -> SpokeFile:
            return spoke.model_copy(update={"translations": [t for t in spoke.translations if t != selected]})

        self.view.respoke(f"Remove translation into {selected.language}: {selected.path}", make)

    # ---- Private

    def _open(self, address: str, language: str, text: str) -> TranslationDialog | None:
        effective = self.view.resolution.effective
        if effective is None:
            self.view.refuse("The spoke must resolve against its hub before its texts are translated.")
            return None
        try:
            source, index_path = text_at(effective, address)
        except TranslationProblem as problem:
            self.view.refuse(f"{address}: {problem.message}")
            return None
        self.dialog = TranslationDialog(self.view, address, index_path, source, language, text)
        self.dialog.open()
        return self.dialog

    def _on_tree_current_item_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        selected = self.selected() if current is not None else None
        effective = self.view.resolution.effective
        if selected is None:
            self.source.clear()
            self.translation.clear()
            return
        self.source.setPlainText(translation_state(effective, selected)[1])
        self.translation.setPlainText(selected.text)

    def _on_tree_item_activated(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.edit_selected()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _language_of(selected: Translation | None) -> str:
    return selected.language if selected is not None else "de"
