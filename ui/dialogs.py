"""Every modal question the editor asks, behind one replaceable object.

Windows never call ``QMessageBox``/``QFileDialog`` statics directly; they call
``dialogs.current()``. Tests install a scripted replacement with :func:`install`, so no
dialog is ever left blocking (an unmocked file dialog blocks forever offscreen).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ui.i18n import QT_TRANSLATE_NOOP, translate

PLAYBOOK_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Playbooks (*.playbook.yaml *.yaml *.yml);;All files (*)")


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    YES = "yes"
    NO = "no"


def _box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None) -> QMessageBox:
    """A message box whose text is plain text: messages quote file names, lock holders and
    playbook text, which must never be read as markup (an ``<img>`` would load a file)."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


class Dialogs:
    """The real, modal dialogs."""

    def open_file(self, parent: QWidget | None, folder: str = "") -> str:
        """A playbook to open ('' when cancelled)."""
        path, _ = QFileDialog.getOpenFileName(
            parent, translate("Dialogs", "Open playbook"), folder, translate("Dialogs", PLAYBOOK_FILTER)
        )
        return path

    def save_file(self, parent: QWidget | None, suggested: str = "") -> str:
        """Where to save ('' when cancelled)."""
        path, _ = QFileDialog.getSaveFileName(
            parent, translate("Dialogs", "Save playbook as"), suggested, translate("Dialogs", PLAYBOOK_FILTER)
        )
        return path

    def save_discard_cancel(self, parent: QWidget | None, title: str, text: str) -> Answer:
        """Unsaved changes: save them, discard them, or cancel what was asked."""
        box = _box(QMessageBox.Icon.Warning, title, text, parent)
        box.setInformativeText(translate("Dialogs", "Your changes will be lost if you don't save them."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        result = box.exec()
        if result == QMessageBox.StandardButton.Save:
            return Answer.SAVE
        if result == QMessageBox.StandardButton.Discard:
            return Answer.DISCARD
        return Answer.CANCEL

    def yes_no(self, parent: QWidget | None, title: str, text: str, yes: str = "", no: str = "") -> Answer:
        """A question with two named answers ('': Yes and No in the interface's language)."""
        box = _box(QMessageBox.Icon.Question, title, text, parent)
        yes_button = box.addButton(yes or translate("Dialogs", "Yes"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no or translate("Dialogs", "No"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button)
        box.exec()
        return Answer.YES if box.clickedButton() is yes_button else Answer.NO

    def choose(self, parent: QWidget | None, title: str, text: str, options: list[str]) -> int:
        """One of several named answers (index), or -1 when the dialog is closed."""
        box = _box(QMessageBox.Icon.Question, title, text, parent)
        buttons = [box.addButton(option, QMessageBox.ButtonRole.ActionRole) for option in options]
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, b in enumerate(buttons) if b is clicked), -1)

    def pick(self, parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0) -> int:
        """One item of a list (index; ``current`` is offered first), or -1 when cancelled."""
        chosen, ok = QInputDialog.getItem(parent, title, label, items, current, False)
        return items.index(chosen) if ok and chosen in items else -1

    def text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str:
        """One line of text ('' when cancelled)."""
        value, ok = QInputDialog.getText(parent, title, label, text=text)
        return value if ok else ""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """A plain message (an expected problem, or a notice)."""
        _box(QMessageBox.Icon.Warning, title, text, parent).exec()

    def error(self, parent: QWidget | None, title: str, text: str, details: str) -> None:
        """An unexpected error, with the technical details folded away."""
        box = _box(QMessageBox.Icon.Critical, title, text, parent)
        box.setDetailedText(details)
        box.exec()


_current: Dialogs = Dialogs()


def current() -> Dialogs:
    """The dialogs in use (the real ones, or a test's script)."""
    return _current


def install(dialogs: Dialogs) -> Dialogs:
    """Replace the dialogs (tests); returns the previous ones."""
    global _current
    previous, _current = _current, dialogs
    return previous
