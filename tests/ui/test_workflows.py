"""The editor workflows driven through their widgets: wizard, tailoring, sign-off, compare, export, explain/waive."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMenu, QPushButton

from playbooks.audit.signoff import approval_state
from playbooks.checks.validation import validate_file
from playbooks.format.enums import Severity
from playbooks.format.findings import Finding
from playbooks.io import storage
from playbooks.tailoring import load_spoke, resolve_file
from tests.conftest import EXAMPLES, edit_by_hand
from tests.ui.conftest import ScriptedDialogs, open_file, settle
from ui import settings
from ui.dialogs import Answer

pytestmark = pytest.mark.gui

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"
EMEA = EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml"


def ok(dialog: Any, qtbot: Any) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def decided(view: Any, qtbot: Any) -> None:
    """Wait for the tailoring view to finish working out the changes asked for (in a worker)."""
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=20_000)


# ---------------------------------------------------------------- 1. wizard


def test_wizard_writes_valid_hub_and_spokes_and_opens_the_hub(qtbot: Any, window: Any, tmp_path: Path) -> None:
    target = tmp_path / "new"
    target.mkdir()
    window.workflows.choose_folder = lambda _parent, _start: str(target)
    wizard = window.workflows.new_wizard()
    assert wizard is not None and wizard.isVisible()
    # starter: the FINRA broker-dealer
    starters = wizard.starter.list
    row = next(i for i in range(starters.count()) if "finra" in starters.item(i).text().lower())
    starters.setCurrentRow(row)
    assert "FINRA 2210" in starters.item(row).text()  # the description is shown
    wizard.next()
    # governance model, each with its explanation
    texts = [w.text() for w in wizard.model.findChildren(QLabel)]
    assert any("cross-functional hub coordinates" in t for t in texts)
    wizard.model.buttons[next(iter(wizard.model.buttons))].setChecked(False)
    assert wizard.model.model().value == "hub_and_spoke"
    wizard.next()
    qtbot.mouseClick(wizard.regions.findChild(QPushButton, "region:EMEA"), Qt.MouseButton.LeftButton)
    wizard.regions.text.setPlainText(wizard.regions.text.toPlainText() + "\nAPAC")
    wizard.next()
    qtbot.keyClicks(wizard.people.title_edit, "Northwind Bank Social Media Policy")
    qtbot.keyClicks(wizard.people.owner, "Ada Owner")
    qtbot.keyClicks(wizard.people.champion, "Carl Chief")
    wizard.next()
    qtbot.mouseClick(wizard.folder.findChildren(QPushButton)[0], Qt.MouseButton.LeftButton)
    assert wizard.folder.folder.text() == str(target)
    assert "northwind-bank-social-media-policy-emea.playbook.yaml" in wizard.folder.files.text()
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.document is not None, timeout=15_000)

    hub = target / "northwind-bank-social-media-policy.playbook.yaml"
    spokes = sorted(target.glob("*-emea.playbook.yaml")) + sorted(target.glob("*-apac.playbook.yaml"))
    assert hub.exists() and len(spokes) == 2
    for path in (hub, *spokes):
        report = validate_file(path)
        assert report.unreadable is None
        # the new hub is a draft nobody signed off yet: its spokes say so, and nothing else
        spoke_findings = [f.code for f in report.findings if f.code.startswith(("SCHEMA", "SPOKE-"))]
        assert spoke_findings == ([] if path == hub else ["SPOKE-HUB-UNAPPROVED"]), path
    playbook = storage.load(hub)
    names = {p.id: p.name for p in playbook.people.people}
    assert names[playbook.document.owner or ""] == "Ada Owner"
    assert [names[c.person] for c in playbook.people.champions] == ["Carl Chief"]
    assert [s.name for s in playbook.governance.spokes] == ["EMEA", "APAC"]
    assert window.document.path == str(hub.resolve())
    assert load_spoke(spokes[0]).spoke.region == "EMEA"


def test_wizard_adds_roles_and_audiences_of_the_organisations_own(qtbot: Any, window: Any, tmp_path: Path) -> None:
    """What the scope and people pages ask for is in the new hub: the organisation's own audiences
    (in scope, counting as a built-in one where chosen) and its roles, beside the starter's."""
    wizard = window.workflows.new_wizard()
    starters = wizard.starter.list
    starters.setCurrentRow(next(i for i in range(starters.count()) if "finra" in starters.item(i).text().lower()))
    wizard.next()
    wizard.next()
    page = wizard.regions
    assert page.title() == "Scope: regions and audiences"
    assert "Registered representatives" in page.starter_audiences.text()  # what the starter brings
    page.add_region("EMEA")
    editor = page.audiences
    qtbot.keyClicks(editor.name, "Branch office assistants")
    editor.counts_as.setCurrentIndex(editor.counts_as.findData("employees"))
    qtbot.mouseClick(editor.add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.name, "Finfluencers")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)  # adds it, and stays on the page
    assert wizard.currentPage() is page
    qtbot.keyClicks(editor.name, "finfluencers")
    qtbot.mouseClick(editor.add, Qt.MouseButton.LeftButton)
    assert "already an audience" in editor.problem.text()
    assert [editor.list.item(i).text() for i in range(editor.list.count())] == [
        "Branch office assistants (counts as employees)",
        "Finfluencers",
    ]
    wizard.next()
    assert "Advertising Regulation principal" in wizard.people.starter_roles.text()
    wizard.people.title_edit.setText("Northwind Securities Social Media Policy")
    wizard.people.owner.setText("Ada Owner")
    qtbot.keyClicks(wizard.people.roles_text, "Branch Office Manager")
    qtbot.keyClick(wizard.people.roles_text, Qt.Key.Key_Return)
    qtbot.keyClicks(wizard.people.roles_text, "Advertising Regulation principal")  # the starter's: kept once
    wizard.next()
    wizard.folder.folder.setText(str(tmp_path))
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.document is not None, timeout=15_000)

    playbook = storage.load(tmp_path / "northwind-securities-social-media-policy.playbook.yaml")
    register = {a.name: a for a in playbook.scope.audience_register}
    assert register["Branch office assistants"].counts_as is not None
    assert register["Branch office assistants"].counts_as.value == "employees"
    assert register["Finfluencers"].counts_as is None
    assert {register["Branch office assistants"].id, register["Finfluencers"].id} <= set(playbook.scope.audiences)
    roles = [r.name for r in playbook.people.roles]
    assert "Branch Office Manager" in roles and roles.count("Advertising Regulation principal") == 1


def test_wizard_never_overwrites(qtbot: Any, window: Any, tmp_path: Path) -> None:
    (tmp_path / "acme.playbook.yaml").write_text("precious", encoding="utf-8")
    wizard = window.workflows.new_wizard()
    wizard.next()
    wizard.next()
    wizard.regions.add_region("EMEA")  # hub and spoke needs a spoke
    wizard.next()
    wizard.people.title_edit.setText("Acme")
    wizard.people.owner.setText("Ada Owner")
    wizard.next()
    wizard.folder.folder.setText(str(tmp_path))
    assert "already exists" in wizard.folder.problem.text()
    assert not wizard.button(wizard.WizardButton.FinishButton).isEnabled()
    assert (tmp_path / "acme.playbook.yaml").read_text(encoding="utf-8") == "precious"
    wizard.reject()


# ---------------------------------------------------------------- 2. tailoring


def _tailoring(qtbot: Any, window: Any, spoke: Path) -> Any:
    open_file(qtbot, window, spoke)
    assert window.workflows.actions["tailoring"].isEnabled()
    window.workflows.actions["tailoring"].trigger()
    view = window.workflows.dialog
    assert view is not None and view.objectName() == "tailoringView"
    return view


def test_locked_field_is_refused_with_the_reason(
    qtbot: Any, window: Any, spoke_copy: Path, scripted: ScriptedDialogs
) -> None:
    view = _tailoring(qtbot, window, spoke_copy)
    view.show_section("records")
    assert view.select_field("records.record_classes[rc-business-comms].name")
    item = view.fields.currentItem()
    assert not item.icon(0).isNull()  # the lock is visible
    assert "hub locks" in view.detail.text()
    before = spoke_copy.read_bytes()
    assert view.change_current() is None
    assert (
        scripted.messages
        and "hub locks" in scripted.messages[-1]
        and "only the hub may change it" in scripted.messages[-1]
    )
    assert "hub locks" in view.detail.text()
    # a locked field with a direction may be tightened, never loosened: loosening is refused in the dialog
    assert view.select_field("records.record_classes[rc-business-comms].retention_years")
    dialog = view.change_current()
    assert dialog is not None
    dialog.editor.input.setValue(1)
    dialog.rationale.setPlainText("Shorter retention in the region")
    ok(dialog, qtbot)
    decided(view, qtbot)
    assert dialog.isVisible() and "hub locks" in dialog.message.text()
    assert not view.is_modified()
    dialog.reject()
    view.close()
    assert spoke_copy.read_bytes() == before


def test_override_records_rationale_validates_reverts_and_undoes(
    qtbot: Any, window: Any, spoke_copy: Path, scripted: ScriptedDialogs
) -> None:
    view = _tailoring(qtbot, window, spoke_copy)
    changes_before = len(view.spoke.changes)
    view.show_section("maintenance")
    assert view.select_field("maintenance.communication")
    dialog = view.change_current()
    dialog.editor.input.setPlainText("Announced in English and German on the EMEA intranet.")
    ok(dialog, qtbot)
    assert "rationale" in dialog.message.text()  # no rationale, no change
    dialog.rationale.setPlainText("Works council requires German-language announcements (DE-BETRVG-87).")
    dialog.approver.setText("Eva Regional")
    ok(dialog, qtbot)
    decided(view, qtbot)
    assert not dialog.isVisible()
    assert len(view.spoke.changes) == changes_before + 1
    item = view.fields.currentItem()
    assert item.text(2) == "Announced in English and German on the EMEA intranet."
    assert item.text(1).startswith("Material changes")  # the hub value beside it
    assert "Works council requires" in view.detail.text()
    assert any(d.address == "maintenance.communication" for d in view.diffs)
    assert view.save()
    report = validate_file(spoke_copy)
    assert report.unreadable is None
    assert not [f for f in report.findings if f.severity is Severity.ERROR]
    saved = load_spoke(spoke_copy).changes[-1]
    assert saved.rationale.startswith("Works council") and saved.approver == "Eva Regional"
    # revert to hub, then undo the revert
    assert view.select_field("maintenance.communication")
    qtbot.mouseClick(view.revert_button, Qt.MouseButton.LeftButton)
    decided(view, qtbot)
    assert len(view.spoke.changes) == changes_before
    assert view.fields.currentItem().text(2).startswith("Material changes")
    view.stack.undo()
    assert len(view.spoke.changes) == changes_before + 1
    view.stack.undo()
    assert len(view.spoke.changes) == changes_before
    scripted.answers.append(Answer.DISCARD)
    view.close()
    assert load_spoke(spoke_copy).changes[-1].rationale.startswith("Works council")  # discard kept the saved file


def test_hub_changes_are_listed_and_acknowledged(qtbot: Any, window: Any, spoke_copy: Path) -> None:
    hub_path = spoke_copy.parent / HUB.name
    hub = storage.load(hub_path)
    changed = hub.model_copy(
        update={"maintenance": hub.maintenance.model_copy(update={"procedure": "Reviewed twice a year."})}
    )
    changed = changed.model_copy(update={"document": changed.document.model_copy(update={"version": "1.4.0"})})
    storage.save(changed, hub_path)
    view = _tailoring(qtbot, window, spoke_copy)
    assert view.drift.topLevelItemCount() >= 1

    def addresses() -> list[str]:
        return [
            view.drift.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).address
            for i in range(view.drift.topLevelItemCount())
        ]

    assert "maintenance" in addresses()
    assert "1.4.0" in view.drift_summary.text()
    row = view.drift.topLevelItem(addresses().index("maintenance"))
    assert row.text(0) == "Review and maintenance"  # the hub item in words
    assert "Reviewed twice a year." in row.text(3)  # the hub's item as it is now
    assert view.review(row.data(0, Qt.ItemDataRole.UserRole))  # its fields, side by side
    assert view.tabs.currentIndex() == 0 and view.fields.currentItem() is not None
    view.tabs.setCurrentIndex(2)
    view.drift.setCurrentItem(row)
    qtbot.mouseClick(view.ack_button, Qt.MouseButton.LeftButton)
    decided(view, qtbot)
    assert "maintenance" not in addresses()
    qtbot.mouseClick(view.ack_all_button, Qt.MouseButton.LeftButton)
    decided(view, qtbot)
    assert view.drift.topLevelItemCount() == 0
    assert view.save()
    assert load_spoke(spoke_copy).spoke.hub_version == "1.4.0"
    assert not [f for f in resolve_file(spoke_copy).findings if f.code == "SPOKE-HUB-DRIFT"]
    view.close()


# ---------------------------------------------------------------- 3. sign-off


def test_signoff_writes_fingerprint_and_follows_edits_and_undo(qtbot: Any, window: Any, example: Path) -> None:
    settings.set_user_name("Grace Approver")
    settings.set_user_role("Chief Compliance Officer")
    open_file(qtbot, window, example)
    document = window.document
    signs = len(document.playbook.document.sign_offs)
    dialog = window.workflows.sign_off()
    assert dialog.approver.text() == "Grace Approver" and dialog.role.text() == "Chief Compliance Officer"
    dialog.comment.setPlainText("Approved for the 2027 cycle.")
    dialog.bump.setCurrentIndex(dialog.bump.findData("minor"))
    ok(dialog, qtbot)
    assert not dialog.isVisible()
    playbook = document.playbook
    assert len(playbook.document.sign_offs) == signs + 1
    assert playbook.document.sign_offs[-1].fingerprint == storage.fingerprint(playbook)
    assert playbook.document.version == "1.4.0"
    status = window.workflows.status_label
    assert status.text() == f"Approved by Grace Approver on {dt.date.today().isoformat()}"
    window.show_section("document")
    page_label = window._pages["document"].findChild(QLabel, "pageApproval")
    assert page_label is not None and page_label.text() == status.text()
    document.set_field("document.title", "Meridian Securities social media policy (draft)")
    assert status.text().startswith("Changed since approval")
    assert page_label.text().startswith("Changed since approval")
    window.undo_action.trigger()
    assert status.text().startswith("Approved by Grace Approver")
    window.redo_action.trigger()
    assert status.text().startswith("Changed since approval")
    # saving keeps the sign-off with its fingerprint in the file
    window.undo_action.trigger()
    assert window.files.save()
    assert approval_state(storage.load(example)).current


def test_a_sign_off_as_a_person_of_the_playbook_takes_their_name_and_title(
    qtbot: Any, window: Any, example: Path
) -> None:
    settings.set_user_name("Grace Approver")
    open_file(qtbot, window, example)
    playbook = window.document.playbook
    authors = {*playbook.document.authors, playbook.document.owner}
    signer = next(p for p in playbook.people.people if p.id not in authors and p.title)
    dialog = window.workflows.sign_off()
    assert dialog.signed_as.currentData() is None  # Grace is not in the playbook
    dialog.signed_as.setCurrentIndex(dialog.signed_as.findData(signer.id))
    assert (dialog.approver.text(), dialog.role.text()) == (signer.name, signer.title)
    ok(dialog, qtbot)
    last = window.document.playbook.document.sign_offs[-1]
    assert (last.approver, last.role, last.by) == (signer.name, signer.title, signer.id)


def test_self_approval_is_refused_with_the_reason(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    playbook = window.document.playbook
    owner = next(p.name for p in playbook.people.people if p.id == playbook.document.owner)
    dialog = window.workflows.sign_off()
    dialog.approver.setText(owner)
    dialog.role.setText("Owner")
    ok(dialog, qtbot)
    assert dialog.isVisible()
    assert "refused" in dialog.message.text() and "self-approval" in dialog.message.text()
    assert window.document.playbook == playbook
    dialog.reject()


def test_record_change_proposes_what_changed(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    window.document.set_field("maintenance.communication", "Announced at the quarterly town hall.")
    dialog = window.workflows.record_change()
    assert dialog.what.toPlainText() == "Review and maintenance: changed Communication of changes."
    ok(dialog, qtbot)
    assert "why" in dialog.message.text()
    dialog.author.setText("Ada Author")
    dialog.why.setPlainText("Town halls reach the branch staff.")
    ok(dialog, qtbot)
    entry = window.document.playbook.document.change_log[-1]
    assert entry.why == "Town halls reach the branch staff." and entry.author == "Ada Author"
    window.undo_action.trigger()
    assert window.document.playbook.document.change_log[-1] != entry


# ---------------------------------------------------------------- 4. compare


def open_keeping_a_copy(qtbot: Any, window: Any, example: Path, tmp_path: Path) -> Path:
    """Open ``example``, keeping a copy of it as opened (the older version to compare with)."""
    older = tmp_path / "older.playbook.yaml"
    shutil.copyfile(example, older)
    open_file(qtbot, window, example)
    return older


def compare_with(window: Any, older: Path, scripted: ScriptedDialogs) -> Any:
    """The compare dialog of the open document against the file ``older``."""
    scripted.answers.append(str(older))
    dialog = window.workflows.compare()
    assert dialog is not None
    return dialog


def test_compare_lists_exactly_the_changed_fields(
    qtbot: Any, window: Any, example: Path, tmp_path: Path, scripted: ScriptedDialogs
) -> None:
    older = open_keeping_a_copy(qtbot, window, example, tmp_path)
    doc = window.document
    doc.set_field("maintenance.communication", "Announced at the quarterly town hall.")
    doc.set_field("document.review_cadence_months", 6)
    dialog = compare_with(window, older, scripted)
    assert sorted(dialog.changed_paths()) == ["document.review_cadence_months", "maintenance.communication"]
    top = dialog.tree.topLevelItem(0)
    assert top.child(0).text(1) == "Changed"
    assert "2 changed" in dialog.summary.text()
    out = tmp_path / "comparison.html"
    scripted.answers.append(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    html = out.read_text(encoding="utf-8")
    assert "quarterly town hall" in html
    dialog.reject()


def test_reordering_the_glossary_is_no_difference_in_compare_nor_in_record_change(
    qtbot: Any, window: Any, example: Path, tmp_path: Path, scripted: ScriptedDialogs
) -> None:
    older = open_keeping_a_copy(qtbot, window, example, tmp_path)
    doc = window.document
    terms = [t.term for t in doc.playbook.scope.glossary]
    assert len(terms) == 14
    for i in range(len(terms)):
        doc.move_item("scope.glossary", len(terms) - 1, i)
    assert [t.term for t in doc.playbook.scope.glossary] == terms[::-1]
    baseline = window.workflows.baseline  # what Record change proposes against: the opened file
    assert baseline is not None and [t.term for t in baseline.scope.glossary] == terms
    dialog = compare_with(window, older, scripted)
    assert dialog.changed_paths() == []
    assert dialog.summary.text() == "The two playbooks have the same content."
    dialog.reject()
    record = window.workflows.record_change()
    assert record.what.toPlainText() == ""
    record.reject()


def test_compare_a_spoke_with_its_hub(qtbot: Any, window: Any, spoke_copy: Path, scripted: ScriptedDialogs) -> None:
    open_file(qtbot, window, spoke_copy)
    scripted.answers.append(0)  # "Its hub"
    dialog = window.workflows.compare()
    paths = dialog.changed_paths()
    assert "document.title" in paths and any(p.startswith("records.record_classes") for p in paths)
    dialog.reject()


# ---------------------------------------------------------------- 5. export


def test_export_dialog_writes_the_file_in_the_background_and_remembers(
    qtbot: Any, window: Any, example: Path, tmp_path: Path
) -> None:
    opened: list[QUrl] = []
    window.workflows.opener = opened.append
    open_file(qtbot, window, example)
    dialog = window.workflows.export()
    formats = [dialog.fmt.itemData(i) for i in range(dialog.fmt.count())]
    assert "csv" not in formats  # the policy is not a table
    dialog.doc.setCurrentIndex(dialog.doc.findData("raci"))
    assert "csv" in [dialog.fmt.itemData(i) for i in range(dialog.fmt.count())]
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("html"))
    out = tmp_path / "out" / "raci.html"
    out.parent.mkdir()
    dialog.output.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20_000)
    assert out.exists() and "Decision Rights" in out.read_text(encoding="utf-8")
    assert opened == [QUrl.fromLocalFile(str(out))]
    assert str(out) in dialog.status.text()
    dialog.reject()
    again = window.workflows.export()
    assert again.doc.currentData() == "raci" and again.fmt.currentData() == "html"
    again.reject()


def test_export_addendum_of_a_spoke(qtbot: Any, window: Any, spoke_copy: Path, tmp_path: Path) -> None:
    window.workflows.opener = lambda _url: None
    open_file(qtbot, window, spoke_copy)
    dialog = window.workflows.export()
    assert dialog.addendum.isVisibleTo(dialog)
    dialog.addendum.setChecked(True)
    assert [dialog.doc.itemData(i) for i in range(dialog.doc.count())] == ["addendum"]
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("md"))
    out = tmp_path / "addendum.md"
    dialog.output.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20_000)
    assert "works council" in out.read_text(encoding="utf-8").lower()
    dialog.reject()


# ---------------------------------------------------------------- 6. explain and waive


def _finding(window: Any, code: str) -> Finding:
    return next(f for f in window.problems.findings() if f.code == code)


def test_explain_shows_the_rationale_and_waive_marks_the_finding(
    qtbot: Any, window: Any, example: Path, scripted: ScriptedDialogs
) -> None:
    open_file(qtbot, window, example)
    window.document.set_field("measurement.purpose", "")
    settle(qtbot, window)
    finding = _finding(window, "MEAS-PURPOSE")
    menu = QMenu()
    window.problems.context_menu_requested.emit(finding, menu)
    names = [a.text() for a in menu.actions()]
    assert "Explain" in names and "Waive…" in names
    explain = window.workflows.explain(finding)
    text = explain.text.toPlainText()
    assert "MEAS-PURPOSE" in text and "Why it matters" in text and "Source" in text
    assert finding.message in text
    explain.reject()
    dialog = window.workflows.waive(finding)
    ok(dialog, qtbot)
    assert "reason" in dialog.message.text()
    dialog.reason.setPlainText("The purpose is set in the group measurement charter.")
    dialog.approver.setText("Grace Approver")
    ok(dialog, qtbot)
    settle(qtbot, window)
    waived = _finding(window, "MEAS-PURPOSE")
    assert waived.waived and "group measurement charter" in waived.waiver_reason
    rows = window.problems.model.rowCount()
    shown = [window.problems.model.data(window.problems.model.index(r, 0)) for r in range(rows)]
    assert any("(waived)" in str(s) for s in shown)
    window.undo_action.trigger()
    settle(qtbot, window)
    assert not _finding(window, "MEAS-PURPOSE").waived
    menu.deleteLater()


def test_spoke_findings_cannot_be_waived(qtbot: Any, window: Any, example: Path, scripted: ScriptedDialogs) -> None:
    open_file(qtbot, window, example)
    finding = Finding("SPOKE-LOCKED-WEAKENED", Severity.ERROR, "records.record_classes[0]", "weakened")
    assert window.workflows.waive(finding) is None
    assert "cannot be waived" in scripted.messages[-1]


def test_tailoring_save_asks_before_replacing_an_outside_change(
    qtbot: Any, window: Any, spoke_copy: Path, scripted: ScriptedDialogs
) -> None:
    view = _tailoring(qtbot, window, spoke_copy)
    view.show_section("privacy")
    assert view.select_field("privacy.retention_cap_months")
    dialog = view.change_current()
    dialog.editor.input.setValue(3)
    dialog.rationale.setPlainText("Three months agreed with the works council.")
    ok(dialog, qtbot)
    decided(view, qtbot)
    outside = spoke_copy.read_text(encoding="utf-8") + "\n# edited by a colleague\n"
    spoke_copy.write_text(outside, encoding="utf-8")
    scripted.answers.append(Answer.NO)
    assert not view.save()
    assert spoke_copy.read_text(encoding="utf-8") == outside  # nothing lost
    assert "changed outside" in scripted.asked[-1][1]
    scripted.answers.append(Answer.YES)
    assert view.save()
    # the region's earlier change of the same field is replaced, not stacked
    cap = [c for c in load_spoke(spoke_copy).changes if getattr(c, "path", "") == "privacy.retention_cap_months"]
    assert (
        len(cap) == 1 and cap[0].rationale.startswith("Three months") and str(cap[0].value) == "3"
    )  # YAML scalars come back as text
    view.close()


def _markdown_export(qtbot: Any, window: Any, path: Path) -> Any:
    """The export dialog of ``path``, set to Markdown, opening nothing when done."""
    window.workflows.opener = lambda _url: None
    open_file(qtbot, window, path)
    dialog = window.workflows.export()
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("md"))
    return dialog


def test_export_asks_before_replacing_a_file_and_never_writes_through_a_link_nor_over_a_playbook(
    qtbot: Any, window: Any, example: Path, tmp_path: Path, scripted: ScriptedDialogs
) -> None:
    dialog = _markdown_export(qtbot, window, example)
    out = tmp_path / "existing.md"
    out.write_text("keep", encoding="utf-8")
    victim = tmp_path / "victim.txt"
    victim.write_text("the victim's own file", encoding="utf-8")
    planted = tmp_path / "planted.md"
    planted.symlink_to(victim)
    for target in (out, planted):
        dialog.output.setText(str(target))
        scripted.answers.append(Answer.NO)
        dialog.start()
        assert not dialog.is_running()
        assert planted.is_symlink() if target == planted else out.read_text(encoding="utf-8") == "keep"
        scripted.answers.append(Answer.YES)  # it exists (a link counts): replace it
        dialog.start()
        qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20_000)
        assert target.read_text(encoding="utf-8").startswith("#") and not target.is_symlink()
    assert victim.read_text(encoding="utf-8") == "the victim's own file"  # replaced, never written through
    for refused in (example, tmp_path / "other.playbook.yaml"):  # the playbook itself, or any playbook
        dialog.output.setText(str(refused))
        dialog.start()
        assert not dialog.is_running() and "cannot be saved there" in dialog.status.text()
    assert not (tmp_path / "other.playbook.yaml").exists()
    dialog.reject()


def test_region_signoff_goes_into_the_spoke_file(qtbot: Any, window: Any, spoke_copy: Path) -> None:
    settings.set_user_name("Eva Regional")
    settings.set_user_role("Head of Compliance, EMEA")
    open_file(qtbot, window, spoke_copy)
    dialog = window.workflows.sign_off()
    assert dialog is not None and not dialog.bump.isVisibleTo(dialog)  # the hub owns version and status
    view = window.workflows.dialog
    ok(dialog, qtbot)
    assert not dialog.isVisible()
    decided(view, qtbot)
    assert view.approval.text().startswith("Approved by Eva Regional")
    assert view.save()
    effective = resolve_file(spoke_copy).effective
    assert effective is not None
    state = approval_state(effective)
    assert state.current and state.approver == "Eva Regional"
    qtbot.waitUntil(
        lambda: window.files.wait_loaded() and window.workflows.status_label.text().startswith("Approved by Eva")
    )
    view.close()


# ---------------------------------------------------------------- bad input: a message, never a traceback


def test_bad_files_give_plain_messages(
    qtbot: Any, window: Any, example: Path, tmp_path: Path, scripted: ScriptedDialogs
) -> None:
    from ui.workflows.tailoring import open_tailoring

    lonely = tmp_path / "lonely"
    lonely.mkdir()
    shutil.copyfile(EMEA, lonely / EMEA.name)  # its hub is not there
    view = open_tailoring(str(lonely / EMEA.name), window)
    assert view is not None and "SPOKE-HUB-MISSING" in view.state.toolTip()
    assert "SPOKE-HUB-MISSING" not in view.state.text() and "hub" in view.state.text()  # in words
    assert view.rows == [] and view.change_current() is None
    view.close()
    broken = tmp_path / "broken.playbook.yaml"
    broken.write_text("spoke: [unclosed\n", encoding="utf-8")
    assert open_tailoring(str(broken), window) is None
    assert "broken.playbook.yaml" in scripted.messages[-1]
    open_file(qtbot, window, example)
    scripted.answers.append(str(broken))
    assert window.workflows.compare() is None
    assert "broken.playbook.yaml" in scripted.messages[-1]


def test_broken_custom_template_fails_plainly(qtbot: Any, window: Any, example: Path, tmp_path: Path) -> None:
    window.workflows.opener = lambda _url: pytest.fail("nothing to open")
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "policy.html.j2").write_text("{% for x in %}", encoding="utf-8")
    open_file(qtbot, window, example)
    dialog = window.workflows.export()
    dialog.doc.setCurrentIndex(dialog.doc.findData("policy"))
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("html"))
    dialog.template.setText(str(templates))
    out = tmp_path / "policy.html"
    dialog.output.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20_000)
    assert "The export failed" in dialog.status.text() and not out.exists()
    dialog.reject()


def test_remove_a_hub_item_for_the_region_and_bring_it_back(
    qtbot: Any, window: Any, spoke_copy: Path, scripted: ScriptedDialogs
) -> None:
    view = _tailoring(qtbot, window, spoke_copy)
    view.show_section("content")
    assert view.select_field("content.rules[cr-static-profile].title")
    assert view.remove_current_item() is None
    assert "never remove it" in scripted.messages[-1]
    view.show_section("channels")
    assert view.select_field("channels.accounts[ch-instagram-americas].handle")
    dialog = view.remove_current_item()
    assert dialog is not None
    dialog.rationale.setPlainText("Instagram is not used by the EMEA entities.")
    ok(dialog, qtbot)
    decided(view, qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    row = view.row_for("channels.accounts[ch-instagram-americas].handle")
    assert row is not None and row.value is None and row.hub_value
    assert any(d.kind == "removed" and "ch-instagram-americas" in d.address for d in view.diffs)
    assert view.select_field("channels.accounts[ch-instagram-americas].handle")
    qtbot.mouseClick(view.revert_button, Qt.MouseButton.LeftButton)
    decided(view, qtbot)
    assert view.row_for("channels.accounts[ch-instagram-americas].handle").value is not None
    view.stack.setClean()
    view.close()


def test_region_signoff_is_refused_while_the_spoke_has_an_error(qtbot: Any, window: Any, spoke_copy: Path) -> None:
    # the spoke removes a locked clause by hand (no governance check minds): the editor refuses the
    # approval as the command line does
    loosening = {
        "action": "remove",
        "target": "conduct.clauses",
        "id": "cc-advice",
        "rationale": "Advice is fine here.",
    }
    edit_by_hand(spoke_copy, lambda data: data["changes"].append(loosening))
    settings.set_user_name("Eva Regional")
    settings.set_user_role("Head of Compliance, EMEA")
    open_file(qtbot, window, spoke_copy)
    dialog = window.workflows.sign_off()
    assert dialog is not None
    ok(dialog, qtbot)
    assert dialog.isVisible() and "SPOKE-LOCKED-WEAKENED" in dialog.message.text()
    view = window.workflows.dialog
    assert not view.approval.text().startswith("Approved by Eva Regional")
    dialog.reject()
    view.close()
