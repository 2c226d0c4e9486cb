"""The editor's workflows, wired into the main window through its extension points.

:func:`install` adds File > New playbook wizard… and New spoke…, the Playbook menu's Sign off…, Record
change…, Compare with…, Export… and Tailoring view…, the problems panel's Explain and
Waive…, and the approval indicator (status bar and Document control page). Each dialog lives
in its own module; :class:`Workflows` only decides when they are offered and what happens
with their result. Dialogs are opened with ``open()`` (never ``exec``) and kept in
:attr:`Workflows.dialog`, so tests drive them through their widgets.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMenu, QVBoxLayout, QWidget

from ui import dialogs, errors, settings, site
from ui.i18n import translate
from ui.workflows.approval import ApprovalIndicator, style_label

# the domain and the dialogs are imported where they are used: install() runs while the main
# window is built, before the playbook model is loaded
if TYPE_CHECKING:
    from playbooks.format.findings import Finding
    from playbooks.format.model import Playbook
    from ui.document import Document
    from ui.mainwindow import MainWindow
    from ui.workflows.tailoring import TailoringView


class Workflows(QObject):
    """The workflows of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None
        #: the content the next change-log entry is proposed against (last recorded version)
        self.baseline: Playbook | None = None
        #: the scorecards of approved content read so far, by content fingerprint
        self._approved_scores: dict[str, dict[str, int]] = {}
        #: injectable for tests: opens an exported file or folder, chooses a folder
        self.opener: Any = QDesktopServices.openUrl
        self.choose_folder: Any = lambda parent, start: QFileDialog.getExistingDirectory(
            parent, translate("Workflows", "Folder"), start
        )
        self.approval = ApprovalIndicator(self)
        self.status_label = QLabel(window)
        self.status_label.setObjectName("statusApproval")
        window.statusBar().addPermanentWidget(self.status_label)
        self.page_labels: list[QLabel] = []
        self.approval.state_changed.connect(self._on_approval_changed)
        self.actions: dict[str, QAction] = {}
        self._build_actions()
        window.document_changed.connect(self._on_document_changed)
        window.files.conflict_copies_found.connect(self._on_files_conflict_copies_found)
        window.files.merge_notes_found.connect(self._on_files_merge_notes_found)
        window.when_panels_built(self._on_panels_built)
        window.pages.widgetAdded.connect(self._on_page_added)
        self._on_document_changed(window.document)

    # ---- building

    def _action(self, name: str, text: str, slot: Any, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action:{name}")
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[name] = action
        self.window.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        window = self.window
        wizard = self._action(
            "new_wizard",
            translate("Workflows", "New Playbook &Wizard…"),
            self.new_wizard,
            translate("Workflows", "Create a hub and its regional spokes step by step"),
        )
        spoke = self._action(
            "new_spoke",
            translate("Workflows", "New Spo&ke…"),
            self.new_spoke,
            translate("Workflows", "Start a regional spoke that tailors your organisation's hub"),
        )
        file_menu = window.menus["file"]
        actions = file_menu.actions()
        if len(actions) > 1:
            file_menu.insertAction(actions[1], wizard)  # after New
            file_menu.insertAction(actions[1], spoke)
        else:
            file_menu.addAction(wizard)
            file_menu.addAction(spoke)
        playbook = window.menus["playbook"]
        anchor = window.playbook_menu_anchor
        for action in (
            self._action(
                "sign_off",
                translate("Workflows", "&Sign Off…"),
                self.sign_off,
                translate("Workflows", "Record an approval of the current content"),
            ),
            self._action(
                "record_change",
                translate("Workflows", "&Record Change…"),
                self.record_change,
                translate("Workflows", "Add an entry to the change log"),
            ),
            self._action(
                "compare",
                translate("Workflows", "Co&mpare With…"),
                self.compare,
                translate("Workflows", "See what differs from another version"),
            ),
            self._action(
                "export",
                translate("Workflows", "&Export…"),
                self.export,
                translate("Workflows", "Write a policy document (Word, PDF, HTML, ...)"),
            ),
            self._action(
                "tailoring",
                translate("Workflows", "&Tailoring View…"),
                self.tailoring,
                translate("Workflows", "Tailor this regional spoke against its hub"),
            ),
        ):
            playbook.insertAction(anchor, action)
        playbook.insertSeparator(anchor)

    # ---- slots: documents and state

    def _on_panels_built(self) -> None:
        self.window.problems.context_menu_requested.connect(self._on_problem_menu)
        self.window.problems.explain_requested.connect(self.explain)
        self.window.problems.updated.connect(self._on_problems_updated)

    def _on_document_changed(self, document: Document | None) -> None:
        self.approval.set_document(document)
        self.baseline = document.playbook if document is not None else None
        has = document is not None
        writable = has and document is not None and not document.read_only
        spoke = bool(self.window.spoke_of)
        self.actions["sign_off"].setEnabled(writable or (has and spoke))
        self.actions["record_change"].setEnabled(writable)
        self.actions["compare"].setEnabled(has)
        self.actions["export"].setEnabled(has)
        self.actions["tailoring"].setEnabled(has and spoke)
        self.actions["tailoring"].setVisible(True)

    def _on_approval_changed(self, state: Any) -> None:
        if self.window.document is None:
            self.status_label.clear()
        else:
            style_label(self.status_label, state)
        self.page_labels = [label for label in self.page_labels if _alive(label)]
        for label in self.page_labels:  # (state is None once the document was closed)
            style_label(label, self.approval.state if state is None else state)

    def _on_page_added(self, _index: int) -> None:
        # the Document control page gets the approval wording under its heading
        page = self.window._pages.get("document") if hasattr(self.window, "_pages") else None
        if page is None or page.findChild(QLabel, "pageApproval") is not None:
            return
        body = page.widget()
        layout = body.layout() if body is not None else None
        if not isinstance(layout, QVBoxLayout):
            return
        label = QLabel(body)
        label.setObjectName("pageApproval")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.insertWidget(1, label)
        self.page_labels.append(label)
        style_label(label, self.approval.state)

    def _on_problems_updated(self, _count: int) -> None:
        """The scorecard's trend since the last sign-off: the approved content's scores are kept
        while the content is the approved one, and compared with once it has changed."""
        document = self.window.document
        problems = self.window.problems
        if document is None or not problems.is_current():
            return
        state = self.approval.state
        if not state.approved:
            problems.set_trend(None, "")
            return
        from playbooks.audit.readiness import ApprovedScores

        scores = self._approved_scores.get(state.fingerprint)
        if scores is None:  # read once per approved content: the checks run after every pause in typing
            store = ApprovedScores(settings.data_folder() / "approved-scores")
            if state.current:
                store.remember(state.fingerprint, [(area, score) for area, score, _ in problems.report.scores])
            scores = store.recall(state.fingerprint)
            if scores is not None:
                self._approved_scores[state.fingerprint] = scores
        when = state.date.isoformat() if state.date is not None else translate("Workflows", "an unknown date")
        problems.set_trend(
            scores,
            translate("Workflows", "the sign-off of {when} ({approver})").format(when=when, approver=state.approver),
        )

    # ---- workflows

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_wizard(self) -> QDialog | None:
        from ui.workflows.wizard import NewPlaybookWizard

        if not self.window.files.maybe_save():
            return None
        wizard = NewPlaybookWizard(self.window, choose_folder=self.choose_folder)
        wizard.accepted.connect(lambda: self._on_wizard_finished(wizard))
        return self._show(wizard)

    def _on_wizard_finished(self, wizard: Any) -> None:
        if wizard.hub_path is None:
            return
        if wizard.summary:
            dialogs.current().inform(
                self.window,
                translate("Workflows", "New playbook"),
                translate("Workflows", "Created, with problems to fix:\n{summary}").format(summary=wizard.summary),
            )
        from playbooks.starters import starter_title

        hub = str(wizard.hub_path.resolve())
        source = translate("Workflows", "the {starter_title} starter").format(
            starter_title=starter_title(wizard.starter.starter())
        )

        def opened(path: str) -> None:
            self.window.files.opened.disconnect(opened)
            if path == hub:  # the new hub's gaps, as the to-do list of a starter
                self.window.show_todo(source)

        self.window.files.opened.connect(opened)
        self.window.files.open_path(str(wizard.hub_path), ask=False)
        self.window.statusBar().showMessage(
            translate("Workflows", "Created {name} and %n spoke file(s)", None, len(wizard.spoke_paths)).format(
                name=wizard.hub_path.name
            ),
            6000,
        )

    def new_spoke(self) -> str:
        """A new spoke: of the site's hub (``hub`` in the site configuration) or, without one, of a
        hub the user picks; asks for the region and where to save it, writes it and opens it.
        Returns the new file ('' when none was made). ``charter new --region`` makes the same file."""
        from playbooks.io.storage import PlaybookSaveError
        from playbooks.starters.newhub import EXTENSION, spoke_file_name
        from playbooks.tailoring import new_spoke, save_spoke

        if not self.window.files.maybe_save():
            return ""
        ask = dialogs.current()
        hub = site.current().hub
        if hub is None:
            chosen = ask.open_file(self.window, settings.last_folder("new-spoke"))
            if not chosen:
                return ""
            hub = Path(chosen)
        region = ask.text(
            self.window,
            translate("Workflows", "New spoke"),
            translate("Workflows", "Region, business unit or brand of the new spoke of {name}:").format(name=hub.name),
        ).strip()
        if not region:
            return ""
        stem = hub.name[: -len(EXTENSION)] if hub.name.endswith(EXTENSION) else hub.stem
        out = ask.save_file(self.window, str(hub.parent / spoke_file_name(stem, region)))
        if not out:
            return ""
        if not out.endswith(EXTENSION):
            out += EXTENSION
        try:
            save_spoke(new_spoke(hub, region, out), out)
        except (ValueError, PlaybookSaveError) as exc:
            errors.report(errors.ExpectedError(str(exc)), self.window)
            return ""
        settings.set_last_folder("new-spoke", str(Path(out).parent))
        self.window.files.open_path(out, ask=False)
        self.window.statusBar().showMessage(
            translate("Workflows", "New '{region}' spoke of {name}").format(region=region, name=hub.name), 6000
        )
        return out

    def sign_off(self) -> QDialog | None:
        from ui.workflows.signoff import SignOffDialog

        document = self.window.document
        if document is None:
            return None
        if self.window.spoke_of:
            # a region signs off its tailoring: the sign-off goes into the spoke file
            view = self.tailoring()
            return view.sign_off() if view is not None else None
        dialog = SignOffDialog(document, self.window)
        dialog.accepted.connect(self._on_signed)
        return self._show(dialog)

    def _on_signed(self) -> None:
        document = self.window.document
        if document is not None and self.approval.state.approved and self.approval.state.current:
            self.baseline = document.playbook
        self.window.statusBar().showMessage(translate("Workflows", "Sign-off recorded (save to keep it)"), 4000)

    def record_change(self) -> QDialog | None:
        from ui.workflows.signoff import RecordChangeDialog

        document = self.window.document
        if document is None:
            return None
        dialog = RecordChangeDialog(document, self.baseline, self.window)
        dialog.accepted.connect(self._on_change_recorded)
        return self._show(dialog)

    def _on_change_recorded(self) -> None:
        if self.window.document is not None:
            self.baseline = self.window.document.playbook

    def compare(self, other: str = "") -> QDialog | None:
        """Compare the open playbook with ``other`` (asked for when empty; a spoke may pick its hub)."""
        from ui.workflows.compare import CompareDialog, load_other

        document = self.window.document
        if document is None:
            return None
        history = bool(document.path) and self.window.files.in_git
        if not other and (self.window.spoke_of or history):
            options = [translate("Workflows", "Its hub")] if self.window.spoke_of else []
            options += [translate("Workflows", "Another file…")] + (
                [translate("Workflows", "An earlier version (git)…")] if history else []
            )
            question = (
                translate("Workflows", "Compare this region's effective playbook with its hub, or with another file?")
                if self.window.spoke_of
                else translate("Workflows", "Compare with another file?")
            )
            if history:
                question = question.removesuffix("?") + translate(
                    "Workflows", ", or with an earlier version of this file in git?"
                )
            choice = dialogs.current().choose(self.window, translate("Workflows", "Compare with"), question, options)
            if choice < 0:
                return None
            if options[choice].startswith(translate("Workflows", "An earlier version")):
                return self.compare_versions()
            other = self.window.spoke_of if options[choice] == translate("Workflows", "Its hub") else ""
        if not other:
            folder = str(Path(document.path).parent) if document.path else ""
            other = dialogs.current().open_file(self.window, folder)
            if not other:
                return None
        from playbooks.io import storage

        try:
            old = load_other(other)
        except (storage.PlaybookLoadError, errors.ExpectedError) as exc:
            errors.report(exc, self.window)
            return None
        dialog = CompareDialog(
            old, document.playbook, old_name=Path(other).name, new_name=document.display_name(), parent=self.window
        )
        dialog.reveal_requested.connect(self.window.reveal)
        return self._show(dialog)

    def compare_versions(self) -> QDialog | None:
        """Pick one of the open file's committed versions (git) and compare with it."""
        from ui.workflows.compare import VersionsDialog

        document = self.window.document
        if document is None or not document.path:
            return None
        dialog = VersionsDialog(document.path, self.window)
        dialog.chosen.connect(self._on_version_chosen)
        return self._show(dialog)

    def _on_version_chosen(self, commit: Any) -> None:
        from playbooks.io import storage
        from ui.workflows.compare import CompareDialog, load_version

        document = self.window.document
        if document is None:
            return
        try:
            old = load_version(document.path, commit)
        except (storage.PlaybookLoadError, errors.ExpectedError) as exc:
            errors.report(exc, self.window)
            return
        dialog = CompareDialog(
            old,
            document.playbook,
            old_name=f"{commit.short}, {commit.date}: {commit.subject}",
            new_name=document.display_name(),
            parent=self.window,
        )
        dialog.reveal_requested.connect(self.window.reveal)
        self._show(dialog)

    def export(self) -> QDialog | None:
        from ui.workflows.export_dialog import ExportDialog

        document = self.window.document
        if document is None:
            return None
        spoke = document.path if self.window.spoke_of else ""
        if spoke and document.is_modified:
            spoke = document.path  # a spoke is read-only here: what is on disk is what is shown
        dialog = ExportDialog(
            document.playbook,
            document.path,
            spoke_file=spoke,
            parent=self.window,
            opener=lambda url: self.opener(url),
            choose_folder=self.choose_folder,
        )
        return self._show(dialog)

    def tailoring(self) -> TailoringView | None:
        from ui.workflows.tailoring import open_tailoring

        document = self.window.document
        if document is None or not self.window.spoke_of:
            return None
        read = None
        files = self.window.files
        if document.resolution is not None and files.disk_digest and files.wait_loaded():
            # the spoke as the editor read it (no reload pending, which would show a newer file):
            # the view reads nothing again, and its Save still checks the disk
            from playbooks.tailoring.reader import PlaybookFile

            read = PlaybookFile(document.path, files.disk_digest, document.playbook, document.resolution)
        view = open_tailoring(document.path, self.window, read=read)
        if view is None:
            return None
        view.saved.connect(self._on_spoke_saved)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = view
        view.show()  # not modal: the regional manager may look at the editor meanwhile
        return view

    def _on_spoke_saved(self, path: str) -> None:
        self.window.files.reopen(path)

    # ---- synced drives and merges

    def _on_files_conflict_copies_found(self, path: str, copies: list[Any]) -> None:
        names = "\n".join(f"  • {copy.describe()}" for copy in copies)
        more = translate("Workflows", " Merge them one at a time.") if len(copies) > 1 else ""
        text = translate(
            "Workflows",
            "{name} has %n conflict copy(s) beside it, made by a sync client when the playbook was saved in "
            "two places at once:\n\n{copies}\n\n",
            None,
            len(copies),
        ).format(name=Path(path).name, copies=names) + translate(
            "Workflows", "Merge it into this playbook now?", None, len(copies)
        )
        choice = dialogs.current().choose(
            self.window,
            translate("Workflows", "Conflict copy found"),
            text + more,
            [translate("Workflows", "Merge…"), translate("Workflows", "Not now")],
        )
        if choice == 0:
            self.merge_copy(copies[0])

    def merge_copy(self, copy: Any) -> QDialog | None:
        """Open the dialog that merges the conflict copy ``copy`` into the open playbook."""
        from ui.workflows.syncmerge import SyncMergeDialog

        document = self.window.document
        if document is None or not document.path:
            return None
        if document.read_only and not self.window.spoke_of:
            dialogs.current().inform(
                self.window,
                translate("Workflows", "Merge"),
                translate("Workflows", "This playbook is open read-only; the copy cannot be merged."),
            )
            return None
        dialog = SyncMergeDialog(document, document.path, copy, self.window, session=self.window.files)
        dialog.spoke_saved.connect(self.window.files.reopen)
        return self._show(dialog)

    def _on_files_merge_notes_found(self, path: str, notes: list[tuple[int, str]]) -> None:
        listed = "\n".join(
            "  • " + translate("Workflows", "line {line}: {note}").format(line=line, note=note)
            for line, note in notes[:20]
        )
        more = translate("Workflows", "\n  … and {value} more").format(value=len(notes) - 20) if len(notes) > 20 else ""
        dialogs.current().inform(
            self.window,
            translate("Workflows", "Unresolved merge conflicts"),
            translate(
                "Workflows",
                "{name} was merged with conflicts. This file's (OURS's) value stands at each; check it, "
                "change what should differ, then save (saving removes the list from the top of the file):",
            ).format(name=Path(path).name)
            + f"\n\n{listed}{more}",
        )

    # ---- problems panel

    def _on_problem_menu(self, finding: Finding, menu: QMenu) -> None:
        menu.addSeparator()
        explain = menu.addAction(translate("Workflows", "Explain"))
        explain.setObjectName("action:explain")
        explain.triggered.connect(lambda: self.explain(finding))
        waive = menu.addAction(translate("Workflows", "Waive…"))
        waive.setObjectName("action:waive")
        document = self.window.document
        from ui.workflows.explain import waivable

        reason = waivable(finding) or (
            translate("Workflows", "The playbook is open read-only.") if document is None or document.read_only else ""
        )
        waive.setEnabled(not reason)
        if reason:
            waive.setToolTip(reason)
            menu.setToolTipsVisible(True)
        waive.triggered.connect(lambda: self.waive(finding))

    def explain(self, finding: Finding) -> QDialog:
        from ui.workflows.explain import ExplainDialog

        document = self.window.document
        return self._show(ExplainDialog(finding, document.playbook if document is not None else None, self.window))

    def waive(self, finding: Finding) -> QDialog | None:
        from ui.workflows.explain import WaiveDialog, waivable

        document = self.window.document
        if document is None:
            return None
        reason = waivable(finding)
        if reason:
            dialogs.current().inform(self.window, translate("Workflows", "Waive"), reason)
            return None
        dialog = WaiveDialog(document, finding, self.window)
        dialog.accepted.connect(self.window.problems.recompute_now)
        return self._show(dialog)


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))


def install(window: MainWindow) -> Workflows:
    """Add the workflows to ``window`` (once); returns them (``window.workflows``)."""
    existing = getattr(window, "workflows", None)
    if isinstance(existing, Workflows):
        return existing
    workflows = Workflows(window)
    window.workflows = workflows  # type: ignore[attr-defined]
    return workflows
