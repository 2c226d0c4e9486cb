"""Forms: the editors of one model's fields, laid out by hand-chosen rules.

A :class:`Form` shows the fields of one model class at a path prefix. Compact fields
(text, numbers, choices, dates, check boxes) go into one or two columns of label/editor
rows; long text and lists follow at full width; nested models become group boxes and
lists of items become tables. :meth:`Form.set_prefix` rebinds every editor to another item
of the same class (the detail form of a table follows its selection).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playbooks.format import paths as fieldpath
from playbooks.format.paths import FieldRejected
from ui.document import Document
from ui.forms.factory import FieldEditor, create_editor
from ui.forms.fieldkinds import FieldKind, kind_of, model_fields

COMPACT = {"text", "int", "float", "bool", "enum", "literal", "ref", "date"}
WIDE = {"multiline", "text_list", "ref_list", "enum_list"}


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def refresh_widget(widget: QWidget) -> None:
    """Refresh any editor-like widget (field editor, group, table, form)."""
    refresh = getattr(widget, "refresh", None)
    if callable(refresh):
        refresh()


class Form(QWidget):
    """The editors for the fields of ``cls`` at ``prefix``."""

    def __init__(
        self,
        document: Document,
        cls: type[BaseModel],
        prefix: str,
        fields: list[str] | None = None,
        columns: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.cls = cls
        self._prefix = prefix
        self.editors: dict[str, QWidget] = {}
        all_fields = model_fields(cls)
        names = fields if fields is not None else list(all_fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        compact = [n for n in names if (kind_of(all_fields[n]) or FieldKind("", False)).kind in COMPACT]
        wide = [n for n in names if (kind_of(all_fields[n]) or FieldKind("", False)).kind in WIDE]
        big = [n for n in names if n not in compact and n not in wide]
        if compact:
            row = QHBoxLayout()
            row.setSpacing(24)
            columns = max(1, min(columns, len(compact)))
            per_column = -(-len(compact) // columns)
            for c in range(columns):
                form = self._form_layout()
                for name in compact[c * per_column : (c + 1) * per_column]:
                    self._add_row(form, name, all_fields[name])
                row.addLayout(form, 1)
            layout.addLayout(row)
        if wide:
            form = self._form_layout()
            for name in wide:
                self._add_row(form, name, all_fields[name])
            layout.addLayout(form)
        for name in big:
            editor = create_editor(document, _join(prefix, name), all_fields[name], self)
            self.editors[name] = editor
            layout.addWidget(editor)

    @staticmethod
    def _form_layout() -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        return form

    def _add_row(self, form: QFormLayout, name: str, info: FieldInfo) -> None:
        editor = create_editor(self.document, _join(self._prefix, name), info, self)
        label = QLabel(f"{info.title}:", self)
        label.setToolTip(str(info.description or ""))
        if isinstance(editor, FieldEditor):
            label.setBuddy(editor.input)
            if editor.kind.kind in WIDE:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.editors[name] = editor
        form.addRow(label, editor)

    # ---- Public API

    @property
    def prefix(self) -> str:
        return self._prefix

    def set_prefix(self, prefix: str) -> None:
        """Show another item of the same class."""
        self._prefix = prefix
        for name, editor in self.editors.items():
            path = _join(prefix, name)
            if isinstance(editor, FieldEditor):
                editor.set_path(path)
            else:
                set_path = getattr(editor, "set_path", None)
                if callable(set_path):
                    set_path(path)

    def refresh(self) -> None:
        for editor in self.editors.values():
            refresh_widget(editor)


class ModelGroup(QGroupBox):
    """A nested model as a group box; an optional one can be switched on and off."""

    def __init__(
        self, document: Document, path: str, info: FieldInfo, kind: FieldKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(str(info.title), parent)
        self.document = document
        self.info = info
        self.kind = kind
        self._path = path
        self.setToolTip(str(info.description or ""))
        self.setObjectName(f"group:{path}")
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        self.form = Form(document, kind.base, path, columns=2, parent=self)
        layout.addWidget(self.error)
        layout.addWidget(self.form)
        if kind.optional:
            self.setCheckable(True)
            self.setAccessibleName(str(info.title))
            self.toggled.connect(self._on_toggled)
        self.refresh()

    @property
    def path(self) -> str:
        return self._path

    def set_path(self, path: str) -> None:
        self._path = path
        self.setObjectName(f"group:{path}")
        self.refresh()

    def _on_toggled(self, on: bool) -> None:
        value: Any = None
        if on:
            try:
                value = fieldpath.new_item(self.document.playbook, self._path, self.kind.base)
            except FieldRejected as exc:
                self._show_error(exc.reason)
                self.refresh()
                return
        try:
            self.document.set_field(self._path, value)
        except FieldRejected as exc:
            self._show_error(exc.reason)
            self.refresh()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def refresh(self) -> None:
        if not self.document.exists(self._path):
            return
        value = self.document.get(self._path)
        if self.kind.optional:
            blocked = self.blockSignals(True)
            self.setChecked(value is not None)
            self.blockSignals(blocked)
            self.form.setVisible(value is not None)
        if value is not None:
            if self.form.prefix != self._path:
                self.form.set_prefix(self._path)
            else:
                self.form.refresh()
        self.setEnabled(not self.document.read_only)
