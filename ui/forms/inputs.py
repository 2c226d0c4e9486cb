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
import decimal
import re
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
from playbooks.format.references import BUILT_IN, UNIONS
from ui.document import Document
from ui.forms.fieldkinds import FieldKind, literal_label
from ui.i18n import QT_TRANSLATE_NOOP, translate

NOT_SET = QT_TRANSLATE_NOOP("FieldEditor", "Not set")


def not_set() -> str:
    """How an empty optional value reads, in the interface's language."""
    return translate("FieldEditor", NOT_SET)


# ---------------------------------------------------------------- references and values in words


def item_name(playbook: Playbook, kind: str, item_id: str) -> str:
    """The human name of a referenced item (a person's name, an objective's title), as every
    other feature names it (:class:`playbooks.format.identity.Names`)."""
    return names_of(playbook).ref(kind, item_id)


#: The Names of the last playbook snapshot asked about: a table paints many cells of one
#: snapshot, and snapshots are never changed in place (a new one is a new object).
_NAMES: list[tuple[Playbook, Names]] = []


def names_of(playbook: Playbook) -> Names:
    """The :class:`Names` of ``playbook`` (one per snapshot, so its lookups are built once)."""
    if not _NAMES or _NAMES[0][0] is not playbook:
        _NAMES[:] = [(playbook, Names(playbook))]
    return _NAMES[0][1]


#: kind -> (the list the choices were made from, the choices). Lists are never changed in
#: place (see playbooks.format.paths), so the same list object means the same choices.
_CHOICES: dict[str, tuple[object, list[tuple[str, str]]]] = {}


def ref_choices(playbook: Playbook, kind: str) -> list[tuple[str, str]]:
    """(id, display name) of every item a reference of ``kind`` may name, in document order."""
    source = _source_list(playbook, kind)
    cached = _CHOICES.get(kind)
    if cached is not None and _same(cached[0], source):
        return list(cached[1])
    choices = _make_choices(playbook, kind)
    _CHOICES[kind] = (source, choices)
    return list(choices)


def _same(before: object, now: object) -> bool:
    """Whether two source lists (or tuples of the lists of a union's members) are the same objects."""
    if isinstance(before, tuple) and isinstance(now, tuple):
        return len(before) == len(now) and all(a is b for a, b in zip(before, now, strict=True))
    return before is now


def _source_list(playbook: Playbook, kind: str) -> object:
    from playbooks.format.references import REFERENCE_KINDS, kinds_within

    lists = []
    for member in kinds_within(kind):
        section, attribute, _ = REFERENCE_KINDS[member]
        lists.append(getattr(getattr(playbook, section), attribute))
    return lists[0] if len(lists) == 1 else tuple(lists)


def _make_choices(playbook: Playbook, kind: str) -> list[tuple[str, str]]:
    if kind in UNIONS:
        return [choice for member in UNIONS[kind] for choice in _make_choices(playbook, member)]
    names = names_of(playbook)
    if kind in BUILT_IN:
        # an open vocabulary: Charter's own values by their labels, then the organisation's own
        return [(i, names.ref(kind, i)) for i in ids_of(playbook, kind)]
    choices = []
    for item in _source_list(playbook, kind):  # type: ignore[attr-defined]
        name = names.item(item)
        # two people of one name are told apart in a drop-down by their title
        title = getattr(item, "title", None) if kind == "people" else None
        choices.append((item.id, f"{name} ({title})" if title else name))
    return choices


def choices_of(playbook: Playbook, kind: FieldKind) -> list[tuple[Any, str]]:
    """(value, text) of every choice of an enum, literal or reference field ("Not set" first when optional)."""
    options: list[tuple[Any, str]] = [(None, not_set())] if kind.optional else []
    if kind.kind in ("enum", "enum_list"):
        options += [(member, enum_label(member)) for member in kind.base]
    elif kind.kind == "literal":
        options += [(value, literal_label(value)) for value in kind.base]
    else:
        options += ref_choices(playbook, kind.ref)
    return options


def _decimals(value: float | int) -> int:
    """How many decimals ``value`` needs to be written exactly (0.001 -> 3, 1e-05 -> 5, 12.0 -> 0)."""
    if isinstance(value, int):
        return 0
    exponent = decimal.Decimal(repr(value)).normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def format_number(value: float, decimals: int = 2) -> str:
    """4 rather than 4.00, 2.5 rather than 2.50 (hours, years and rates read better so)."""
    return f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"


def display_value(playbook: Playbook, kind: FieldKind, value: Any) -> str:
    """A field's value in words, as its editor shows it ('' for none): the words every other
    feature uses (:meth:`playbooks.format.identity.Names.show`), a number as its editor rounds it."""
    if isinstance(value, float):
        return format_number(value)
    if kind.kind in ("ref", "ref_list"):
        names = names_of(playbook)
        return ", ".join(names.ref(kind.ref, v) for v in ([value] if kind.kind == "ref" else value or []))
    return names_of(playbook).show(value, empty="", limit=120)


def refusal(reason: str, label: str, playbook: Playbook, kind: FieldKind, kept: Any) -> str:
    """The message beside a refused entry: the reason, and the value the playbook keeps."""
    shown = display_value(playbook, kind, kept)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    if not shown:
        shown = translate("FieldEditor", "not set")
    elif kind.kind in ("text", "multiline", "text_list"):
        shown = f"'{shown}'"
    sentence = reason.rstrip(".")
    return translate("FieldEditor", "{reason}. {label} is still {shown}.").format(
        reason=sentence[:1].upper() + sentence[1:], label=label, shown=shown
    )


def not_a_number(typed: str) -> str:
    """Why a typed text was not taken as a number."""
    return (
        translate("FieldEditor", "'{typed}' is not a number").format(typed=typed)
        if typed
        else translate("FieldEditor", "Type a number")
    )


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
    #: the largest number the box edits (a double holds every whole number up to 2**53 exactly)
    LARGEST = 1e13
    #: the most decimals the box shows (a float that needs more is shown as the file has it)
    MOST_DECIMALS = 10

    def __init__(self, kind: FieldKind, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.integer = kind.kind == "int"
        self.optional = kind.optional
        step = 1.0 if self.integer else 0.01
        self.default_decimals = 0 if self.integer else 2
        #: the value as the file has it, when the box cannot hold it (see :meth:`holds`)
        self.fixed_text: str | None = None
        self.setDecimals(self.default_decimals)
        self.setSingleStep(step)
        bounds = limits(info)
        #: the field's own limits: the arrows stay within them
        self.low = bounds["ge"] if "ge" in bounds else bounds["gt"] + step if "gt" in bounds else -1e12
        self.high = bounds["le"] if "le" in bounds else bounds["lt"] - step if "lt" in bounds else 1e12
        self.setRange(self.NONE if self.optional else -self.LARGEST, self.LARGEST)
        if self.optional:
            self.setSpecialValueText(not_set())
        self.setKeyboardTracking(False)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setMinimumWidth(110)

    # ---- Public API

    def show_value(self, value: Any) -> bool:
        """Show ``value``; False when the box cannot hold it exactly (:meth:`holds`): then it shows
        the value as the file has it, read-only, and never writes anything back."""
        self.fixed_text = None
        self.setReadOnly(False)
        if value is None:
            self.setDecimals(self.default_decimals)
            self.setValue(self.NONE if self.optional else self.value())
            return True
        if not self.holds(value):
            self.fixed_text = repr(value) if isinstance(value, float) else str(value)
            self.setReadOnly(True)
            # a value of the box's own, never its minimum (which shows "Not set" whatever the text)
            self.setValue(self.LARGEST if value > 0 else -self.LARGEST)
            self.lineEdit().setText(self.fixed_text)
            return False
        self.setDecimals(max(self.default_decimals, _decimals(value)))
        self.setValue(float(value))
        return True

    def holds(self, value: float | int) -> bool:
        """Whether the box can show and edit ``value`` exactly: within :data:`LARGEST`, and a
        fraction with at most :data:`MOST_DECIMALS` decimals."""
        if abs(value) > self.LARGEST:
            return False
        return isinstance(value, int) or _decimals(value) <= self.MOST_DECIMALS

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
        if self.fixed_text is not None:
            return self.fixed_text
        if self.optional and value <= self.NONE:
            return ""
        return format_number(value, self.decimals())

    def valueFromText(self, text: str) -> float:
        if self.fixed_text is not None:
            return self.value()  # leaving the box must not turn the file's value into the box's
        typed = text.strip()
        if typed in ("", not_set()):
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
        if typed in ("", not_set()):
            return QValidator.State.Acceptable if self.optional else QValidator.State.Intermediate
        number = _NUMBER.fullmatch(typed)
        decimals = len(re.split(r"[.,]", typed, maxsplit=1)[1]) if re.search(r"[.,]", typed) else 0
        if decimals > self.decimals():
            return QValidator.State.Invalid
        if number is not None:
            return QValidator.State.Acceptable
        if _PARTIAL_NUMBER.fullmatch(typed) or (self.optional and not_set().startswith(typed)):
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
            self.setSpecialValueText(not_set())
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
