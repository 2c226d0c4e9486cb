"""Sign-off and audit trail: the sign-off dialog, the change-log dialog, and the approval indicator.

A sign-off goes into the document as one undoable step (version, status, the sign-off row),
so undoing it removes it again. :class:`ApprovalIndicator` shows "Approved by ... on ..." or
"Changed since approval" in the status bar and on the Document control page, recomputed
after every change (and every undo), because the fingerprint compares content, not history.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from playbooks.audit.changelog import proposed_what
from playbooks.audit.signoff import SignOffRefused, approval_state, sign_off, signer_defaults
from playbooks.format.enums import Decision, LifecycleStatus, label
from playbooks.format.findings import Finding
from playbooks.format.model import ChangeLogEntry, Playbook
from playbooks.format.paths import FieldRejected
from ui import settings
from ui.accessibility import describe, describe_buttons
from ui.document import Document
from ui.forms.inputs import ref_choices
from ui.workflows.approval import ApprovalIndicator, style_label  # noqa: F401  (their former home)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _date_edit(value: dt.date, parent: QWidget) -> QDateEdit:
    """A date field in ISO form with a calendar popup."""
    edit = QDateEdit(_qdate(value), parent)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def _expiry_fields(parent: QWidget) -> tuple[QCheckBox, QDateEdit]:
    """An "Expires" check box and its date (a year from today), editable only while ticked.

    Read them with :func:`_expiry`; objectNames ``expiresOn`` and ``expires``.
    """
    expires_on = QCheckBox("Expires", parent)
    expires_on.setObjectName("expiresOn")
    describe(expires_on, "Tick to give an expiry date; unticked, it does not expire")
    expires = _date_edit(dt.date.today() + dt.timedelta(days=365), parent)
    expires.setObjectName("expires")
    describe(expires, "The date it expires (when Expires is ticked)", "Expiry date")
    expires.setEnabled(False)
    expires_on.toggled.connect(expires.setEnabled)
    return expires_on, expires


def _expiry(expires_on: QCheckBox, expires: QDateEdit) -> dt.date | None:
    """The date of :func:`_expiry_fields`, or None when "Expires" is not ticked."""
    return _pydate(expires.date()) if expires_on.isChecked() else None


class _FormDialog(QDialog):
    """A dialog with a form, a red message line for refusals, and OK/Cancel."""

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a refusal quotes the playbook's text
        self.message.setObjectName("refusal")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        describe_buttons(self.buttons)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_field(self, label: str, widget: QWidget, description: str) -> None:
        """A row of the form: its label (the field's accessible name) and what it holds."""
        describe(widget, description, label)
        self.form.addRow(label, widget)

    def ok_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def refuse(self, reason: str) -> None:
        """Show why the dialog cannot be accepted (it stays open)."""
        self.message.setText(reason)
        self.message.show()

    def _on_ok(self) -> None:  # overridden
        self.accept()


class SignOffDialog(_FormDialog):
    """Record a sign-off of the document's current content.

    For a region, pass ``region_record`` instead of a document: it receives the signed copy of
    the spoke's effective playbook and returns '' or why it could not record it; the version
    and lifecycle status belong to the hub then and are not offered. An approval is refused while
    ``findings`` (what ``validate`` reports for the file) has an error, as the command line does.
    """

    def __init__(
        self,
        document: Document | None,
        parent: QWidget | None = None,
        *,
        playbook: Playbook | None = None,
        region_record: Callable[[Playbook], str] | None = None,
        findings: Sequence[Finding] | None = None,
    ) -> None:
        if playbook is None:
            assert document is not None
            playbook = document.playbook
        self.playbook = playbook
        self.region_record = region_record
        # what 'validate' reports for the file (a spoke's tailoring included); without it, the
        # domain's sign-off runs the checks of the playbook itself
        self.findings = findings
        super().__init__(
            "Sign off",
            f"Sign off <b>{html.escape(playbook.document.title)}</b>, version "
            f"{html.escape(str(playbook.document.version))}. The sign-off "
            "records the content fingerprint: any later change shows as <i>Changed since approval</i>.",
            parent,
        )
        self.setObjectName("signOffDialog")
        self.document = document
        self.approver = QLineEdit(settings.user_name(), self)
        self.approver.setObjectName("approver")
        self.role = QLineEdit(settings.user_role(), self)
        self.role.setObjectName("role")
        # the playbook's person or role the approver signs as (a committee signs through a member)
        self.signed_as = QComboBox(self)
        self.signed_as.setObjectName("signedAs")
        self.signed_as.addItem("Someone outside this playbook", None)
        for party, name in ref_choices(playbook, "parties"):
            self.signed_as.addItem(name, party)
        me = next((p.id for p in playbook.people.people if p.name.casefold() == self.approver.text().casefold()), None)
        if me is not None:
            self.signed_as.setCurrentIndex(self.signed_as.findData(me))
        self.signed_as.currentIndexChanged.connect(self._on_signed_as_changed)
        self.decision = QComboBox(self)
        self.decision.setObjectName("decision")
        for value in Decision:
            self.decision.addItem(label(value), value)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText("Conditions, requested changes or remarks")
        self.comment.setFixedHeight(70)
        self.date = _date_edit(dt.date.today(), self)
        self.date.setObjectName("date")
        self.bump = QComboBox(self)
        self.bump.setObjectName("bump")
        version = playbook.document.version
        self.bump.addItem(f"Keep {version}" if version else "Keep (no version)", None)
        from playbooks.audit.signoff import bump_version

        for part in ("patch", "minor", "major"):
            self.bump.addItem(f"{part.capitalize()}: {bump_version(version, part)}", part)
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        status_now = playbook.document.status
        self.status.addItem(f"Keep ({label(status_now) if status_now else 'not set'})", None)
        for status in LifecycleStatus:
            if status is not playbook.document.status:
                self.status.addItem(label(status), status)
        current = QLabel(self)
        current.setTextFormat(Qt.TextFormat.PlainText)  # it names the approver as the file has it
        current.setText(approval_state(playbook).describe())
        current.setObjectName("currentApproval")
        self.form.addRow("Currently", current)
        self.add_field("Signed as", self.signed_as, "The person or role of this playbook the approver signs as, if any")
        self.add_field("Approver name", self.approver, "Full name of the person signing off")
        self.add_field("Role", self.role, "The approver's role, e.g. Chief Compliance Officer")
        self.add_field("Decision", self.decision, "Approved, approved with changes, or rejected")
        self.add_field("Comment", self.comment, "Conditions, requested changes or remarks")
        self.add_field("Date", self.date, "The date of the decision")
        if region_record is None:
            self.add_field("Version", self.bump, "Keep the version, or raise it for what is approved")
            self.add_field("Lifecycle status", self.status, "Keep the status, or move the playbook on (e.g. Approved)")
        else:
            self.bump.hide()
            self.status.hide()
        self.decision.currentIndexChanged.connect(self._on_decision_changed)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Sign off")
        describe_buttons(self.buttons, ok="Record the sign-off with the fingerprint of the current content")

    def _on_signed_as_changed(self) -> None:
        # a person signs in their own name and title; a role is the capacity a member signs in
        approver, role = signer_defaults(self.playbook, self.signed_as.currentData())
        if approver:
            self.approver.setText(approver)
        if role:
            self.role.setText(role)

    def _on_decision_changed(self) -> None:
        # a rejection approves nothing: the version and the status stay where they are
        rejected = self.decision.currentData() is Decision.REJECTED
        self.bump.setEnabled(not rejected)
        self.status.setEnabled(not rejected)

    def _on_ok(self) -> None:
        if self.region_record is None and (self.document is None or self.document.read_only):
            self.refuse("This playbook is open read-only; a sign-off cannot be recorded in it.")
            return
        # combo data comes back as plain strings: turn them into the enums again
        decision = Decision(self.decision.currentData())
        status = self.status.currentData()
        try:
            signed = sign_off(
                self.playbook if self.region_record is not None or self.document is None else self.document.playbook,
                approver=self.approver.text(),
                role=self.role.text(),
                decision=decision,
                comment=self.comment.toPlainText().strip(),
                date=_pydate(self.date.date()),
                bump=self.bump.currentData(),
                status=LifecycleStatus(status) if status else None,
                findings=self.findings,
                by=self.signed_as.currentData(),
            )
        except SignOffRefused as refusal:
            self.refuse(f"Sign-off refused: {refusal}.")
            return
        if self.region_record is not None:
            problem = self.region_record(signed)
            if problem:
                self.refuse(problem)
                return
        else:
            assert self.document is not None
            apply_signed(self.document, signed, f"Sign off ({label(decision).lower()})")
        if not settings.user_name():
            settings.set_user_name(self.approver.text().strip())
            settings.set_user_role(self.role.text().strip())
        self.accept()


def apply_signed(document: Document, signed: Playbook, text: str) -> None:
    """Put a signed copy into the document as one undo step (version, status, the new sign-off)."""
    old = document.playbook.document
    new = signed.document
    with document.macro(text):
        if new.version != old.version:
            document.set_field("document.version", new.version)
        if new.status != old.status:
            document.set_field("document.status", new.status)
        document.insert_item("document.sign_offs", None, new.sign_offs[-1])


class RecordChangeDialog(_FormDialog):
    """Add a change-log entry; the "what" is proposed from the edits since ``baseline``."""

    def __init__(self, document: Document, baseline: Playbook | None, parent: QWidget | None = None) -> None:
        playbook = document.playbook
        super().__init__(
            "Record change",
            f"Add an entry to the change log of version {html.escape(str(playbook.document.version))}. "
            "Charter proposes what "
            "changed since the last recorded version; say why.",
            parent,
        )
        self.setObjectName("recordChangeDialog")
        self.document = document
        self.author = QLineEdit(settings.user_name(), self)
        self.author.setObjectName("author")
        self.what = QPlainTextEdit(self)
        self.what.setObjectName("what")
        self.what.setFixedHeight(90)
        proposal = proposed_what(baseline, playbook) if baseline is not None else ""
        self.what.setPlainText(proposal)
        self.why = QPlainTextEdit(self)
        self.why.setObjectName("why")
        self.why.setFixedHeight(70)
        self.why.setPlaceholderText("The reason for the change (a regulation, an incident, a review)")
        self.material = QCheckBox("Material change (needs re-approval and re-attestation)", self)
        self.material.setObjectName("material")
        self.date = _date_edit(dt.date.today(), self)
        self.add_field("Author", self.author, "Who made the change")
        self.add_field("What changed", self.what, "The change, in a sentence or two (proposed from your edits)")
        self.add_field("Why", self.why, "The reason for the change")
        self.add_field("Date", self.date, "When the change was made")
        describe(self.material, "A material change needs a new sign-off and a new attestation by staff")
        self.form.addRow("", self.material)

    def _on_ok(self) -> None:
        if self.document.read_only:
            self.refuse("This playbook is open read-only; the change log cannot be changed.")
            return
        author, what, why = self.author.text().strip(), self.what.toPlainText().strip(), self.why.toPlainText().strip()
        missing = [n for n, v in (("the author", author), ("what changed", what), ("why", why)) if not v]
        if missing:
            self.refuse("Please fill in " + " and ".join(missing) + ".")
            return
        if self.document.playbook.document.version is None:
            self.refuse(
                "Set the playbook's version in Document control first: an entry records the version it produced."
            )
            return
        try:
            entry = ChangeLogEntry(
                version=self.document.playbook.document.version,
                date=_pydate(self.date.date()),
                author=author,
                what=what,
                why=why,
                material=self.material.isChecked(),
            )
            self.document.insert_item("document.change_log", None, entry)
        except (ValueError, FieldRejected) as exc:
            self.refuse(f"The entry cannot be recorded: {str(exc).splitlines()[0]}")
            return
        self.accept()
