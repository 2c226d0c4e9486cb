"""The tailoring view as the EMEA regional manager meets it: the fields' own editors, refusals at
the field in the words of ``charter validate``, people and places by name, a changed list that
says what changed and reverts, and every decision the domain's (issues 14, 16 and 19)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDateEdit, QDialogButtonBox, QGroupBox, QLabel

from playbooks.checks.validation import validate_file
from playbooks.cli.main import main
from playbooks.format.model import RecordClass
from playbooks.io import storage
from playbooks.tailoring import (
    Accepted,
    Refusal,
    load_spoke,
    propose_change,
    resolve_file,
    same_target,
    save_spoke,
)
from playbooks.tailoring import spoke as spoke_module
from playbooks.tailoring.review import change_for
from tests.conftest import EXAMPLES
from tests.ui.conftest import ScriptedDialogs, open_file, settle
from ui.dialogs import Answer
from ui.forms.factory import FieldEditor
from ui.workflows import tailoring as tailoring_view
from ui.workflows.tailoring import OverrideDialog, TailoringView, open_tailoring

pytestmark = pytest.mark.gui

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"
EMEA = EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml"
RETENTION = "records.record_classes[rc-business-comms].retention_years"
BUSINESS = "Business communications on social media (posts, replies, comments, messages)"


@pytest.fixture
def view(qtbot: Any, spoke_copy: Path) -> Iterator[TailoringView]:
    """The tailoring view of the EMEA spoke, as Playbook > Tailoring view opens it."""
    opened = open_tailoring(str(spoke_copy))
    assert opened is not None
    opened.show()
    yield opened
    # not qtbot.addWidget: pytest-qt would close it before the test's tailoring can be dropped
    qtbot.waitUntil(lambda: not opened.is_busy(), timeout=20_000)
    opened.stack.setClean()
    opened.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    opened.close()


def decided(view: TailoringView, qtbot: Any) -> None:
    """Wait for the view to finish working out the changes asked for (in a worker)."""
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=20_000)


def change_dialog(view: TailoringView, section: str, address: str) -> OverrideDialog:
    view.show_section(section)
    assert view.select_field(address), address
    dialog = view.change_current()
    assert dialog is not None
    return dialog


def ok(dialog: Any, qtbot: Any) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def validate(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    """What ``charter validate`` prints of ``path``."""
    main(["validate", str(path)])
    return capsys.readouterr().out


# ---------------------------------------------------------------- the field's own editor


def test_the_number_box_of_a_field_has_the_fields_limits(qtbot: Any, view: TailoringView) -> None:
    limits = {type(m).__name__: m for m in RecordClass.model_fields["retention_years"].metadata}
    assert (limits["Gt"].gt, limits["Le"].le) == (0, 100)  # a retention of 0 years is no retention
    dialog = change_dialog(view, "records", RETENTION)
    spin = dialog.editor.input
    assert isinstance(spin, QAbstractSpinBox)
    spin.setValue(100)
    spin.stepBy(1)
    assert spin.value() == 100  # the arrows stop at the field's own limits
    spin.setValue(1)
    spin.stepBy(-100)
    assert 0 < spin.value() <= 1  # never down to 0 or below
    # typed past the limit, the field never holds a value the format refuses
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "150")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert 0 < dialog.editor.value() <= 100
    dialog.reject()


def test_each_value_is_edited_with_the_editor_its_form_gives_it(qtbot: Any, view: TailoringView) -> None:
    # a person: a choice of names, never an id
    owner = change_dialog(view, "channels", "channels.accounts[ch-xing-de].owner")
    combo = owner.editor.input
    assert isinstance(combo, QComboBox) and combo.currentText().startswith("Felix Weber")
    choices = [combo.itemText(i) for i in range(combo.count())]
    assert "felix-weber" not in choices and any(c.startswith("Margaret Reyes") for c in choices)
    owner.reject()
    # an option: by its label
    mode = change_dialog(view, "records", "records.record_classes[rc-business-comms].storage_mode")
    assert isinstance(mode.editor.input, QComboBox) and mode.editor.input.currentText().startswith("WORM")
    mode.reject()
    # a date: a date editor
    agreed = change_dialog(view, "privacy", "privacy.works_council_agreements[Meridian Securities Europe GmbH].agreed")
    assert isinstance(agreed.editor.input, QDateEdit)
    assert agreed.editor.input.date().toString("yyyy-MM-dd") == "2026-11-03"
    agreed.reject()
    # a section of fields: a form (a group of the fields' editors), never JSON
    approval = change_dialog(view, "channels", "channels.accounts[ch-xing-de].account_approval")
    assert isinstance(approval.editor.input, QGroupBox)
    approver = [c for c in approval.editor.findChildren(QComboBox) if c.objectName().endswith("approval.approver")]
    assert len(approver) == 1 and approver[0].currentText().startswith("Orla Keane")
    approval.reject()
    # a locked preset's parameter: its own number box
    parameter = change_dialog(view, "regulatory", "regulatory.presets[FINRA-STATIC].parameters.retention_years")
    assert isinstance(parameter.editor.input, QAbstractSpinBox)
    parameter.reject()


def test_a_value_the_format_refuses_is_refused_at_the_field_in_the_words_of_validate(
    qtbot: Any, view: TailoringView, spoke_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dialog = change_dialog(view, "document", "document.title")
    editor = dialog.editor.editor
    assert isinstance(editor, FieldEditor)
    editor.input.setFocus()
    editor.input.selectAll()
    qtbot.keyClick(editor.input, Qt.Key.Key_Delete)
    error = editor.findChild(QLabel, "fieldError")
    assert error is not None and error.isVisible()  # at once: nothing pressed, no rationale asked for
    said = error.text()
    assert dialog.editor.value()  # the refused value never reaches the change
    spoke = load_spoke(spoke_copy)
    changes = [
        c.model_copy(update={"value": ""}) if getattr(c, "path", "") == "document.title" else c for c in spoke.changes
    ]
    broken = spoke_copy.with_name("untitled.playbook.yaml")
    storage.atomic_write(broken, spoke_module.dumps_spoke(spoke.model_copy(update={"changes": changes})).encode())
    # the editor says validate's sentence, then what the spoke keeps: "<sentence>. Title is still '...'."
    line = next(text for text in validate(capsys, broken).splitlines() if "title: " in text and "SCHEMA" in text)
    sentence = line.rsplit(": ", 1)[1].rstrip(".")
    assert said.startswith(f"Not applied: {sentence}. Title is still "), (said, sentence)
    dialog.reject()


# ---------------------------------------------------------------- locks, in the words of validate


def test_a_locked_loosening_is_refused_at_once_with_the_sentence_validate_prints(
    qtbot: Any, view: TailoringView, spoke_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dialog = change_dialog(view, "records", RETENTION)
    assert dialog.findChild(QLabel, "lockNote").text() == (
        f"The hub locks Recordkeeping › {BUSINESS}, so Retention (years) may only be tightened "
        "(higher is tighter), never loosened"
    )
    dialog.editor.input.setValue(5)  # below the hub's 6; no rationale yet, OK not pressed
    qtbot.waitUntil(dialog.editor.refusal.isVisible, timeout=10_000)
    said = dialog.editor.refusal.text()
    assert said == (
        f"The hub locks Recordkeeping › {BUSINESS}, so Retention (years) may only be tightened "
        "(higher is tighter); this spoke loosens it from 6 to 5"
    )
    # the same change in the spoke file: validate prints the same sentence
    dialog.rationale.setPlainText("Five years is the UK minimum.")
    change = dialog.change()
    loosened = view.spoke.model_copy(
        update={"changes": [change if same_target(c, change) else c for c in view.spoke.changes]}
    )
    path = spoke_copy.with_name("loosened.playbook.yaml")
    save_spoke(loosened, path)
    assert said in validate(capsys, path)
    # and OK is refused with it, nothing recorded
    ok(dialog, qtbot)
    decided(view, qtbot)
    assert dialog.isVisible() and dialog.message.text() == said
    assert not view.is_modified()
    # back to a tightening: the refusal goes
    dialog.editor.input.setValue(8)
    qtbot.waitUntil(lambda: not dialog.editor.refusal.isVisible(), timeout=10_000)
    dialog.reject()


# ---------------------------------------------------------------- names, places and values in words


def test_people_places_and_values_are_named_as_people_know_them(view: TailoringView) -> None:
    effective = view.resolution.effective
    assert effective is not None
    ids = {p.id for p in effective.people.people}
    view.show_section("channels")
    assert view.select_field("channels.accounts[ch-xing-de].owner")
    owner = view.fields.currentItem()
    assert owner.text(2) == "Felix Weber" and owner.parent().text(0) == "XING Meridian Securities Europe GmbH"
    view.show_section("records")
    assert view.select_field(RETENTION)
    retention = view.fields.currentItem()
    assert (retention.text(0), retention.text(1), retention.text(2)) == ("Retention (years)", "6", "7")
    assert retention.parent().text(0) == BUSINESS
    rows = [
        [view.differences.topLevelItem(i).text(c) for c in range(5)]
        for i in range(view.differences.topLevelItemCount())
    ]
    assert [f"Recordkeeping › {BUSINESS} › Retention (years)", "Changed (tightens)", "6", "7"] in [r[:4] for r in rows]
    for place, _kind, hub, region, _why in rows:
        assert not re.search(r"[a-z_]+\.[a-z_]+|\[", place), place  # no paths
        assert not ({hub, region} & ids), (hub, region)  # no person by id
        assert not re.fullmatch(r"\d+\.0+", hub) and not re.fullmatch(r"\d+\.0+", region)  # 6, not 6.0
    assert "records." not in view.detail.text() and "modify " not in view.detail.text()


# ---------------------------------------------------------------- a changed list field


def test_a_changed_list_field_says_what_changed_and_reverts_to_the_hubs_list(qtbot: Any, view: TailoringView) -> None:
    view.show_section("privacy")
    address = "privacy.joint_controller_arrangements"
    assert view.select_field(address)
    assert view.fields.currentItem().font(2).bold()  # shown as changed
    detail = view.detail.text()
    assert "Inherited from the hub" not in detail
    assert "Changed in this spoke: The XING page uses page statistics" in detail
    assert "Added: XING Page Insights joint-controller arrangement (Art. 26 GDPR)" in detail
    assert view.revert_button.isEnabled()
    qtbot.mouseClick(view.revert_button, Qt.MouseButton.LeftButton)
    decided(view, qtbot)
    row = view.row_for(address)
    hub, effective = view.resolution.hub, view.resolution.effective
    assert row is not None and hub is not None and effective is not None
    assert row.value == row.hub_value
    assert effective.privacy.joint_controller_arrangements == hub.privacy.joint_controller_arrangements
    assert not view.fields.currentItem().font(2).bold()
    assert view.detail.text() == "Inherited from the hub"
    assert not view.revert_button.isEnabled()
    # a list of items: the trigger EMEA adds to the locked level 1
    view.show_section("crisis")
    assert view.select_field("crisis.levels[sev-1].triggers")
    assert "Added: A personal-data breach on an EMEA page" in view.detail.text()
    qtbot.mouseClick(view.revert_button, Qt.MouseButton.LeftButton)
    decided(view, qtbot)
    assert "Added:" not in view.detail.text()
    view.stack.undo()
    assert "Added: A personal-data breach on an EMEA page" in view.detail.text()


# ---------------------------------------------------------------- the domain decides, in memory


def test_an_edit_reads_no_file_and_writes_no_yaml(
    qtbot: Any, view: TailoringView, spoke_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each change is decided on the models in memory: no dump of the spoke, no parse, no read of
    the hub or the spoke from disk (only Save writes, once)."""
    reads: list[str] = []
    dumps: list[int] = []
    parses: list[int] = []
    read_bytes, dump_yaml, load_yaml = Path.read_bytes, spoke_module.dump_yaml, storage.load_yaml
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self.name) or read_bytes(self))
    monkeypatch.setattr(spoke_module, "dump_yaml", lambda data: dumps.append(1) or dump_yaml(data))
    monkeypatch.setattr(storage, "load_yaml", lambda text: parses.append(1) or load_yaml(text))
    dialog = change_dialog(view, "privacy", "privacy.retention_cap_months")
    dialog.editor.input.setValue(3)
    dialog.rationale.setPlainText("Three months agreed with the works council.")
    ok(dialog, qtbot)
    decided(view, qtbot)
    assert not dialog.isVisible()
    view.stack.undo()
    view.stack.redo()
    assert view.select_field("privacy.retention_cap_months")
    qtbot.mouseClick(view.revert_button, Qt.MouseButton.LeftButton)
    decided(view, qtbot)
    assert view.stack.count() == 2
    assert (reads, dumps, parses) == ([], [], [])
    assert view.save()
    assert dumps == [1] and parses == []


def test_the_view_shows_the_domains_decision_and_makes_none_itself(
    qtbot: Any, view: TailoringView, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Any] = []
    answers: list[Any] = []

    def refusing(hub: Any, spoke: Any, change: Any, **kwargs: Any) -> Refusal:
        asked.append(change)
        return Refusal("TEST-CODE", "the test's rule", RETENTION, "Refused by the domain, in its own words")

    monkeypatch.setattr(tailoring_view, "propose_change", refusing)
    dialog = change_dialog(view, "records", RETENTION)
    dialog.editor.input.setValue(8)  # a tightening the real rules accept: the view does not judge it
    dialog.rationale.setPlainText("UK: eight years.")
    ok(dialog, qtbot)
    # the decision asked for supersedes the check of the value still to come (on a busy machine
    # that check came after the change was recorded, and judged the changed spoke)
    assert not dialog._timer.isActive()
    decided(view, qtbot)
    assert dialog.isVisible() and dialog.message.text() == "Refused by the domain, in its own words"
    assert dialog.editor.refusal.text() == "Refused by the domain, in its own words"
    assert asked and asked[-1].fields == {"retention_years": 8.0} and asked[-1].rationale == "UK: eight years."
    assert not view.is_modified()

    def accepting(*args: Any, **kwargs: Any) -> Any:
        answers.append(propose_change(*args, **kwargs))
        return answers[-1]

    monkeypatch.setattr(tailoring_view, "propose_change", accepting)
    ok(dialog, qtbot)
    decided(view, qtbot)
    assert not dialog.isVisible()
    accepted = answers[-1]
    assert isinstance(accepted, Accepted)
    assert view.spoke is accepted.spoke and view.resolution is accepted.resolution  # as the domain returned them


def slow_retention_change(view: TailoringView, monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Ask the view for a longer retention while the domain takes its time: it decides once the
    returned gate is set."""
    gate = threading.Event()
    real = tailoring_view.propose_change

    def slow(*args: Any, **kwargs: Any) -> Any:
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(tailoring_view, "propose_change", slow)
    view.show_section("records")
    row = view.row_for(RETENTION)
    assert row is not None
    view.propose(change_for(row, 9, "Nine years for a pending FCA request."), "Change retention")
    return gate


def test_an_undo_while_a_change_is_worked_out_is_kept_and_the_change_decided_again(
    qtbot: Any, view: TailoringView, monkeypatch: pytest.MonkeyPatch
) -> None:
    cap = change_dialog(view, "privacy", "privacy.retention_cap_months")
    cap.editor.input.setValue(3)
    cap.rationale.setPlainText("Three months agreed with the works council.")
    ok(cap, qtbot)
    decided(view, qtbot)
    assert view.resolution.effective is not None and view.resolution.effective.privacy.retention_cap_months == 3
    gate = slow_retention_change(view, monkeypatch)
    assert view.is_busy()
    view.stack.undo()  # the regional manager takes the cap back meanwhile: at once
    effective = view.resolution.effective
    assert effective is not None and effective.privacy.retention_cap_months == 6
    gate.set()
    decided(view, qtbot)
    effective = view.resolution.effective
    assert effective is not None
    assert effective.privacy.retention_cap_months == 6  # the undo holds
    assert next(r for r in effective.records.record_classes if r.id == "rc-business-comms").retention_years == 9
    assert view.stack.undoText() == "Change retention"
    assert resolve_file(EMEA).effective is not None  # the example itself untouched


# ---------------------------------------------------------------- opening a spoke: read once


def test_an_opened_spoke_and_its_hub_are_read_once_for_problems_and_tailoring(
    qtbot: Any, window: Any, spoke_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The problems panel reports what the editor read when it opened the spoke (the findings
    ``charter validate`` gives it), without reading the spoke or its hub again."""
    reads: list[str] = []
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self.name) or read_bytes(self))
    open_file(qtbot, window, spoke_copy)
    settle(qtbot, window)
    assert reads.count(EMEA.name) == 1 and reads.count(HUB.name) == 1, reads
    window.workflows.actions["tailoring"].trigger()  # Playbook > Tailoring view
    view = window.workflows.dialog
    assert isinstance(view, TailoringView) and view.resolution is window.document.resolution
    assert reads.count(EMEA.name) == 1 and reads.count(HUB.name) == 1, reads  # nothing read again
    view.close()
    monkeypatch.undo()
    expected = validate_file(spoke_copy).findings
    assert [(f.code, f.path, f.message) for f in window.problems.findings()] == [
        (f.code, f.path, f.message) for f in expected
    ]


def test_closing_while_a_change_is_worked_out_loses_nothing(
    qtbot: Any, view: TailoringView, monkeypatch: pytest.MonkeyPatch, scripted: ScriptedDialogs
) -> None:
    gate = slow_retention_change(view, monkeypatch)
    view.close()
    assert view.isVisible() and "closing" in view.busy.text()  # the change lands first
    scripted.answers.append(Answer.CANCEL)
    gate.set()
    qtbot.waitUntil(lambda: bool(scripted.asked), timeout=10_000)
    assert "Save the changes" in scripted.asked[-1][1]  # then Close asks about it, as usual
    assert view.isVisible() and view.is_modified()
