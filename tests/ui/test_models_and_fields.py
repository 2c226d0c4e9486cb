"""Every model field has an editor; every item model passes qtmodeltester; pages cover their sections."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel
from PySide6.QtWidgets import QTableView, QWidget

from playbooks.format.model import SECTIONS, Playbook
from tests.ui.conftest import open_file, settle
from ui.forms.fieldkinds import kind_of
from ui.forms.pages import WAIVERS
from ui.forms.table import ItemListModel

pytestmark = pytest.mark.gui


def _models(cls: type[BaseModel], seen: set[type[BaseModel]]) -> None:
    if cls in seen:
        return
    seen.add(cls)
    for info in cls.model_fields.values():
        kind = kind_of(info)
        if kind is not None and kind.kind in ("model", "model_list"):
            _models(kind.base, seen)


def all_models() -> list[type[BaseModel]]:
    seen: set[type[BaseModel]] = set()
    _models(Playbook, seen)
    return sorted(seen, key=lambda c: c.__name__)


def test_every_field_of_every_model_has_an_editor_kind() -> None:
    missing = [
        f"{cls.__name__}.{name}"
        for cls in all_models()
        for name, info in cls.model_fields.items()
        if kind_of(info) is None
    ]
    assert len(all_models()) > 30
    assert missing == []


def test_every_section_field_has_an_editor_on_its_page(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    for section, _title in [*SECTIONS, WAIVERS]:
        page = window.show_section(section)
        cls = Playbook if section == "waivers" else type(getattr(window.document.playbook, section))
        names = ["waivers"] if section == "waivers" else list(cls.model_fields)
        prefix = "" if section == "waivers" else f"{section}."
        for name in names:
            path = f"{prefix}{name}"
            found = page.findChild(QWidget, f"field:{path}") or page.findChild(QWidget, f"group:{path}")
            assert found is not None, f"no editor for {path}"
            if found.objectName().startswith("field:"):
                assert found.accessibleName(), f"{path} has no accessible name"


def test_every_item_class_detail_form_covers_all_fields(qtbot: Any, window: Any, example: Path) -> None:
    """Select the first row of every table (recursively) and look for an editor per field."""
    open_file(qtbot, window, example)
    checked: set[str] = set()
    for section, _title in [*SECTIONS, WAIVERS]:
        page = window.show_section(section)
        pending = list(page.findChildren(QTableView))
        while pending:
            view = pending.pop()
            model = view.model()
            if not isinstance(model, ItemListModel) or model.rowCount() == 0:
                continue
            table = view.parentWidget()
            table.select_row(0)
            for name in model.cls.model_fields:
                path = f"{model.list_path}[0].{name}"
                found = page.findChild(QWidget, f"field:{path}") or page.findChild(QWidget, f"group:{path}")
                assert found is not None, f"no editor for {path}"
            checked.add(model.cls.__name__)
            pending.extend(v for v in table.findChildren(QTableView) if v is not view)
    assert {"Channel", "Person", "ContentRule", "Metric", "SeverityLevel", "EscalationContact"} <= checked


def test_item_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    for section in ("channels", "people", "measurement", "crisis", "document"):
        page = window.show_section(section)
        for view in page.findChildren(QTableView):
            qtmodeltester.check(view.model(), force_py=True)
    settle(qtbot, window)
    qtmodeltester.check(window.problems.model, force_py=True)
    qtmodeltester.check(window.problems.proxy, force_py=True)


def test_item_model_follows_list_changes(qtbot: Any, qtmodeltester: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    model = ItemListModel(window.document, "people.people", type(window.document.playbook.people.people[0]))
    qtmodeltester.check(model, force_py=True)
    count = model.rowCount()
    with qtbot.waitSignal(model.rowsInserted):
        window.document.insert_item("people.people", 1)
    with qtbot.waitSignal(model.rowsMoved):
        window.document.move_item("people.people", 1, 3)
    with qtbot.waitSignal(model.rowsRemoved):
        window.document.undo_stack.undo()
        window.document.undo_stack.undo()
    assert model.rowCount() == count
    assert [i.name for i in model.items()] == [p.name for p in window.document.playbook.people.people]
