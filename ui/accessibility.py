"""What a screen reader announces for the editor's controls: one place for the shared wording.

Every control carries an accessible name (what it is) and an accessible description (what it
does or holds). Most get them where they are built; :func:`describe_buttons` gives the standard
buttons of dialog button boxes and wizards theirs, worded once here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget, QWizard

from ui.i18n import QT_TRANSLATE_NOOP, translate

_STANDARD = {
    "ok": (QDialogButtonBox.StandardButton.Ok, QT_TRANSLATE_NOOP("Accessibility", "Apply and close this dialog")),
    "cancel": (
        QDialogButtonBox.StandardButton.Cancel,
        QT_TRANSLATE_NOOP("Accessibility", "Close this dialog without changing anything"),
    ),
    "close": (QDialogButtonBox.StandardButton.Close, QT_TRANSLATE_NOOP("Accessibility", "Close this window")),
}

_WIZARD = {
    QWizard.WizardButton.BackButton: QT_TRANSLATE_NOOP("Accessibility", "Go back to the previous step"),
    QWizard.WizardButton.NextButton: QT_TRANSLATE_NOOP("Accessibility", "Go on to the next step"),
    QWizard.WizardButton.FinishButton: QT_TRANSLATE_NOOP("Accessibility", "Write the files and open the new playbook"),
    QWizard.WizardButton.CancelButton: QT_TRANSLATE_NOOP("Accessibility", "Close the wizard without writing anything"),
}


def describe(widget: QWidget, description: str, name: str = "") -> None:
    """Give ``widget`` its accessible description (and name, when the visible text is not one)."""
    widget.setAccessibleDescription(description)
    if name:
        widget.setAccessibleName(name)


def describe_buttons(box: QDialogButtonBox, **overrides: str) -> None:
    """Describe the standard buttons of ``box``; ``overrides`` by button name (``ok="Record…"``)."""
    for key, (standard, description) in _STANDARD.items():
        button = box.button(standard)
        if button is not None:
            button.setAccessibleDescription(overrides.get(key) or translate("Accessibility", description))


def describe_wizard_buttons(wizard: QWizard) -> None:
    """Describe Back, Next, Finish and Cancel of ``wizard``."""
    for which, description in _WIZARD.items():
        button = wizard.button(which)
        if button is not None:
            button.setAccessibleDescription(translate("Accessibility", description))
