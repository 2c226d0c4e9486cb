"""The input widgets of simple fields, shared by the form editors and the table cells.

Each input is built from a field's kind and metadata and has the same two methods:
``show_value(value)`` shows a model value (None: not set) and ``typed_value()`` returns what
the user entered, as a model value. A form field (:mod:`ui.forms.factory`) and a table cell
(:class:`ui.forms.table.ItemDelegate`) of the same field therefore offer the same limits, the
same "Not set" and the same choices, and :func:`display_value` words a value the same way in
both (and in the messages that say which value a refused edit kept).

An input never corrects a typed value on its own: a number outside the field's limits, or a
date before any the calendar offers, reaches the model, which refuses it with its reason. A
spin box that clamped -5 to its "Not set" step used to delete the value instead (issue 19).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Any

from pydantic.fields import FieldInfo
from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDateEdit, QDoubleSpinBox, QLineEdit, QWidget

from playbooks.format.enums import label as enum_label
from playbooks.format.fields import limits, max_length
from playbooks.format.identity import Names
from playbooks.format.model import Playbook
from playbooks.format.paths import ids_of
from playbooks.format.references import UNIONS
from ui.document import Document
from ui.forms.fieldkinds import FieldKind, literal_label

NOT_SET = "Not set"


# ---------------------------------------------------------------- references and values in words


def item_name(playbook: Playbook, kind: str, item_id: str) -> str:
    """The human name of a referenced item (a person's name, an objective's title)."""
    for ident, name in ref_choices(playbook, kind):
        if ident == item_id:
            return name
    return item_id


#: kind -> (the list the choices were made from, the choices). Lists are never changed in
#: place (see playbooks.format.paths), so the same list object means the same choices.
_CHOICES: dict[str, tuple[object, list[tuple[str, str]]]] = {}


def ref_choices(playbook: Playbook, kind: str) -> list[tuple[str, str]]:
    """(id, display name) of every item a reference of ``kind`` may name, in document order."""
    source = _source_list(playbook, kind)
    cached = _CHOICES.get(kind)
    if cached is not None and cached[0] is source:
        return list(cached[1])
    choices = _make_choices(playbook, kind)
    _CHOICES[kind] = (source, choices)
    return list(choices)


def _source_list(playbook: Playbook, kind: str) -> object:
    from playbooks.format.references import REFERENCE_KINDS, kinds_within

    lists = []
    for member in kinds_within(kind):
        section, attribute, _ = REFERENCE_KINDS[member]
        lists.append(getattr(getattr(playbook, section), attribute))
    return lists[0] if len(lists) == 1 else tuple(lists)


def _make_choices(playbook: Playbook, kind: str) -> list[tuple[str, str]]:
    if kind == "people":
        return [(p.id, p.name + (f" ({p.title})" if p.title else "")) for p in playbook.people.people]
    if kind == "objectives":
        return [(o.id, o.title) for o in playbook.objectives.items]
    if kind == "channels":
        return [(c.id, f"{c.platform} {c.handle}".strip()) for c in playbook.channels.accounts]
    if kind == "training":
        return [(m.id, m.title) for m in playbook.training.modules]
    if kind in UNIONS:
        return [choice for member in UNIONS[kind] for choice in _make_choices(playbook, member)]
    # by the name people know each item by (an open vocabulary: Charter's own values by their
    # labels, then the organisation's own)
    names = Names(playbook)
    return [(i, names.ref(kind, i)) for i in ids_of(playbook, kind)]


def choices_of(playbook: Playbook, kind: FieldKind) -> list[tuple[Any, str]]:
    """(value, text) of every choice of an enum, literal or reference field ("Not set" first when optional)."""
    options: list[tuple[Any, str]] = [(None, NOT_SET)] if kind.optional else []
    if kind.kind in ("enum", "enum_list"):
        options += [(member, enum_label(member)) for member in kind.base]
    elif kind.kind == "literal":
        options += [(value, literal_label(value)) for value in kind.base]
    else:
        options += ref_choices(playbook, kind.ref)
    return options


def format_number(value: float, decimals: int = 2) -> str:
    """4 rather than 4.00, 2.5 rather than 2.50 (hours, years and rates read better so)."""
    return f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"


def display_value(playbook: Playbook, kind: FieldKind, value: Any) -> str:
    """A field's value in words, as its editor shows it ('' for none)."""
    if value is None:
        return ""
    if kind.kind == "ref":
        return item_name(playbook, kind.ref, value)
    if kind.kind == "ref_list":
        return ", ".join(item_name(playbook, kind.ref, v) for v in value)
    if isinstance(value, StrEnum):
        return enum_label(value)
    if isinstance(value, list):
        return ", ".join(enum_label(v) if isinstance(v, StrEnum) else str(v) for v in value)
    if isinstance(value, bool):
        return literal_label(value)
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "..."


def refusal(reason: str, label: str, playbook: Playbook, kind: FieldKind, kept: Any) -> str:
    """The message beside a refused entry: the reason, and the value the playbook keeps."""
    shown = display_value(playbook, kind, kept)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    if not shown:
        shown = "not set"
    elif kind.kind in ("text", "multiline", "text_list"):
        shown = f"'{shown}'"
    sentence = reason.rstrip(".")
    return f"{sentence[:1].upper()}{sentence[1:]}. {label} is still {shown}."


def not_a_number(typed: str) -> str:
    """Why a typed text was not taken as a number."""
    return f"'{typed}' is not a number" if typed else "Type a number"


# ---------------------------------------------------------------- the inputs


class TextInput(QLineEdit):
    """A line of text with the field's maximum length."""

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        length = max_length(info)
        if length:
            self.setMaxLength(length)

    def show_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.text() != text:
            self.setText(text)
            if not self.hasFocus():
                self.setCursorPosition(0)  # show the start of long values, not the end

    def typed_value(self) -> str:
        return self.text()


_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
_PARTIAL_NUMBER = re.compile(r"[+-]?\d*[.,]?\d*")


class NumberInput(QDoubleSpinBox):
    """An int or a float: the arrows step within the field's limits (an optional number has a
    "Not set" step below them); any number can be typed, and one outside the limits reaches the
    model, which refuses it with the reason (never clamped, never turned into "Not set").

    Signals:
        unparsable(str): Enter, or leaving the field, with text that is not a number (the text;
            the input shows its last number again).
    """

    unparsable = Signal(str)

    #: the value that stands for "not set" (far below any limit a field has)
    NONE = -1e15

    def __init__(self, kind: FieldKind, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.integer = kind.kind == "int"
        self.optional = kind.optional
        step = 1.0 if self.integer else 0.01
        self.setDecimals(0 if self.integer else 2)
        self.setSingleStep(step)
        bounds = limits(info)
        #: the field's own limits: the arrows stay within them
        self.low = bounds["ge"] if "ge" in bounds else bounds["gt"] + step if "gt" in bounds else -1e12
        self.high = bounds["le"] if "le" in bounds else bounds["lt"] - step if "lt" in bounds else 1e12
        self.setRange(self.NONE if self.optional else -1e13, 1e13)
        if self.optional:
            self.setSpecialValueText(NOT_SET)
        self.setKeyboardTracking(False)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setMinimumWidth(110)

    # ---- Public API

    def show_value(self, value: Any) -> None:
        if value is None:
            self.setValue(self.NONE if self.optional else self.value())
        else:
            self.setValue(float(value))

    def typed_value(self) -> float | int | None:
        value = self.value()
        if self.optional and value <= self.NONE:
            return None
        return round(value) if self.integer else float(value)

    def unparsable_text(self) -> str | None:
        """The typed text when it is not a number ('' when a number is needed and none is typed);
        None when it is one (or "Not set" where that is allowed)."""
        typed = self.lineEdit().text().strip()
        return None if self._state(typed) is QValidator.State.Acceptable else typed

    def is_not_set(self) -> bool:
        return self.optional and self.value() <= self.NONE

    # ---- Qt overrides

    def textFromValue(self, value: float) -> str:
        if self.optional and value <= self.NONE:
            return ""
        return format_number(value, self.decimals())

    def valueFromText(self, text: str) -> float:
        typed = text.strip()
        if typed in ("", NOT_SET):
            return self.NONE if self.optional else self.value()
        return float(typed.replace(",", "."))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return self._state(text.strip()), text, pos

    def stepBy(self, steps: int) -> None:
        current = self.value()
        if self.is_not_set():
            target = self.low if steps > 0 else current
        elif steps < 0 and current <= self.low and self.optional:
            target = self.NONE
        else:
            target = min(max(current + steps * self.singleStep(), self.low), self.high)
        self.setValue(target)
        self.selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.isReadOnly():
            return flags
        current = self.value()
        if self.is_not_set() or current < self.high:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if not self.is_not_set() and (current > self.low or self.optional):
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.report_unparsable()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.report_unparsable()
        super().focusOutEvent(event)

    # ---- Private

    def _state(self, typed: str) -> QValidator.State:
        if typed in ("", NOT_SET):
            return QValidator.State.Acceptable if self.optional else QValidator.State.Intermediate
        number = _NUMBER.fullmatch(typed)
        decimals = len(re.split(r"[.,]", typed, maxsplit=1)[1]) if re.search(r"[.,]", typed) else 0
        if decimals > self.decimals():
            return QValidator.State.Invalid
        if number is not None:
            return QValidator.State.Acceptable
        if _PARTIAL_NUMBER.fullmatch(typed) or (self.optional and NOT_SET.startswith(typed)):
            return QValidator.State.Intermediate
        return QValidator.State.Invalid

    def report_unparsable(self) -> None:
        """Emit :attr:`unparsable` if the typed text is not a number (before Qt corrects it)."""
        typed = self.unparsable_text()
        if typed is not None:
            self.unparsable.emit(typed)


class DateInput(QDateEdit):
    """A date with a calendar; an optional date has "Not set", kept below any date a user types
    (the former "Not set" date, 1900-01-01, turned a typed 1899 into no date at all)."""

    NONE = QDate(100, 1, 1)

    def __init__(self, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumWidth(130)
        self.setMinimumDate(self.NONE)
        if optional:
            self.setSpecialValueText(NOT_SET)
        self.setKeyboardTracking(False)

    def show_value(self, value: Any) -> None:
        if value is None:
            if self.optional:
                self.setDate(self.NONE)
            return
        self.setDate(QDate(value.year, value.month, value.day))

    def typed_value(self) -> dt.date | None:
        date = self.date()
        if self.optional and date == self.NONE:
            return None
        return dt.date(date.year(), date.month(), date.day())


class ChoiceInput(QComboBox):
    """Enums, literals and single references, by their human names. A value that is not among
    the choices (a dangling reference in a file) is shown as it is, never replaced by the first."""

    def __init__(self, document: Document, kind: FieldKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.kind = kind
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(12)

    def choices(self) -> list[tuple[Any, str]]:
        return choices_of(self.document.playbook, self.kind)

    def show_value(self, value: Any) -> None:
        options = self.choices()
        shown = [(self.itemData(i), self.itemText(i)) for i in range(self.count())]
        if shown[: len(options)] != options or len(shown) != len(options):
            self.clear()
            for data, text in options:
                self.addItem(text, data)
        index = next((i for i, (data, _) in enumerate(options) if data == value), -1)
        if index < 0 and value is not None:
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def typed_value(self) -> Any:
        return self.currentData()


def make_input(document: Document, kind: FieldKind, info: FieldInfo, parent: QWidget | None = None) -> QWidget:
    """The input of a simple field (text, number, choice, date); TypeError for other kinds."""
    if kind.kind == "text":
        return TextInput(info, parent)
    if kind.kind in ("int", "float"):
        return NumberInput(kind, info, parent)
    if kind.kind in ("enum", "literal", "ref"):
        return ChoiceInput(document, kind, parent)
    if kind.kind == "date":
        return DateInput(kind.optional, parent)
    raise TypeError(f"no single-line input for a {kind.kind} field")
