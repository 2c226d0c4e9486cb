"""Check explanations and waivers, from a finding in the problems panel.

"Explain" shows the check's title, severity, area, rationale and where the rule comes from;
"Waive..." records a waiver (code, field, reason, approver, date, optional expiry) in the
playbook through an undoable command, so the finding shows as waived on the next check run.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from playbooks.checks import AREAS, CheckInfo, load_all, presets_behind
from playbooks.format.findings import SCHEMA, Finding
from playbooks.format.model import Playbook, Waiver
from playbooks.format.paths import FieldRejected
from ui import settings
from ui.accessibility import describe, describe_buttons
from ui.confined import ConfinedBrowser
from ui.document import Document
from ui.i18n import translate
from ui.workflows.signoff import _date_edit, _expiry, _expiry_fields, _FormDialog, _pydate

#: Codes that no waiver in the playbook can cover: a spoke could otherwise waive its own lock
#: violations, and a structural problem is not a governance judgement.
UNWAIVABLE_PREFIXES = ("SPOKE-", SCHEMA, "INTERNAL")


def info_for(code: str) -> CheckInfo | None:
    return load_all().get(code)


def explanation_html(finding: Finding, playbook: Playbook | None = None) -> str:
    """The explanation of ``finding``'s check as HTML: title, why it matters, the regulations and
    studies it rests on, the regulatory presets of ``playbook`` it holds the playbook to (with
    their citations), and this finding in words."""
    from playbooks.format.language import gettext
    from ui.problems import places, severity_label

    info = info_for(finding.code)
    e = html.escape
    parts = [f"<h2>{e(finding.code)}</h2>"]
    if info is not None:
        parts.append(f"<h3>{e(info.title)}</h3>")
        parts.append(
            translate("Explain", "<p><b>Severity:</b> {severity} &nbsp; <b>Area:</b> {area}</p>").format(
                severity=e(severity_label(info.severity)),
                area=e(gettext(AREAS[info.area]) if info.area in AREAS else info.area),
            )
        )
        if finding.code == SCHEMA or info.area in ("structure", "internal"):
            parts.append(
                translate(
                    "Explain",
                    "<p>This finding does not come from a governance check: it reports that the playbook does not "
                    "fit the file format (or a check that failed). Fix the field it names.</p>",
                )
            )
        parts.append(
            translate("Explain", "<p><b>Why it matters.</b> {rationale}</p>").format(rationale=e(info.rationale))
        )
        if info.sources:
            items = "".join(f"<li>{e(source)}</li>" for source in info.sources)
            parts.append(translate("Explain", "<p><b>Sources.</b></p>") + f"<ul>{items}</ul>")
        presets = presets_behind(info, playbook, finding.path) if playbook is not None else []
        if presets:
            items = "".join(
                f"<li><b>{e(p.id)}</b>, {e(p.title)}: {e('; '.join(p.citations))} "
                + translate("Explain", "({status}, last verified {date})").format(
                    status=e(p.status.value), date=e(p.last_verified.isoformat())
                )
                + "</li>"
                for p in presets
            )
            parts.append(
                translate("Explain", "<p><b>Regulatory presets applied in this playbook that this check reads.</b></p>")
                + f"<ul>{items}</ul>"
            )
        parts.append(
            translate("Explain", "<p>The same text on the command line: <code>{command}</code></p>").format(
                command=e(f"charter validate --explain {info.code}")
            )
        )
    else:
        parts.append(
            translate("Explain", "<p>Charter has no explanation for this code; the finding below says what to fix.</p>")
        )
    place = (
        places(playbook, [finding.path])[0]
        if playbook is not None
        else (finding.path or translate("Explain", "Whole playbook"))
    )
    parts.append("<hr>")
    parts.append(
        translate("Explain", "<p><b>This finding</b>, at {place}:<br>{message}</p>").format(
            place=e(place), message=e(finding.message)
        )
    )
    if finding.waived:
        parts.append(
            "<p><i>" + e(translate("Explain", "Waived: {reason}").format(reason=finding.waiver_reason)) + "</i></p>"
        )
    return "".join(parts)


class ExplainDialog(QDialog):
    """The rationale and source of a finding's check (read-only)."""

    def __init__(self, finding: Finding, playbook: Playbook | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explainDialog")
        self.setWindowTitle(translate("Explain", "Explain {code}").format(code=finding.code))
        self.resize(600, 440)
        layout = QVBoxLayout(self)
        self.text = ConfinedBrowser(self)  # loads nothing a playbook's text names
        self.text.setObjectName("explanation")
        self.text.setAccessibleName(translate("Explain", "Explanation of {code}").format(code=finding.code))
        self.text.setHtml(explanation_html(finding, playbook))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        describe_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def waivable(finding: Finding) -> str:
    """'' when ``finding`` can be waived, else the reason it cannot."""
    if finding.code.startswith(UNWAIVABLE_PREFIXES):
        return translate(
            "Explain",
            "{code} cannot be waived: spoke findings and format problems must be fixed (a waiver in the playbook never covers them).",
        ).format(code=finding.code)
    if finding.waived:
        return translate("Explain", "This finding is already waived.")
    return ""


class WaiveDialog(_FormDialog):
    """Record a waiver of one finding's check, at its field or everywhere."""

    def __init__(self, document: Document, finding: Finding, parent: QWidget | None = None) -> None:
        info = info_for(finding.code)
        title = f" ({info.title})" if info else ""
        super().__init__(
            translate("Explain", "Waive {code}").format(code=finding.code),
            translate(
                "Explain",
                "Accept the finding <b>{code}</b>{title} with a reason. "
                "The waiver is part of the playbook and is shown in the exports (compliance checklist).",
            ).format(code=html.escape(finding.code), title=html.escape(title)),
            parent,
        )
        self.setObjectName("waiveDialog")
        self.document = document
        self.finding = finding
        self.only_here = QCheckBox(
            translate("Explain", "Only at {path}").format(path=finding.path)
            if finding.path
            else translate("Explain", "Everywhere"),
            self,
        )
        self.only_here.setObjectName("onlyHere")
        self.only_here.setChecked(bool(finding.path))
        self.only_here.setEnabled(bool(finding.path))
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setFixedHeight(80)
        self.reason.setPlaceholderText(translate("Explain", "Why the finding is accepted (required)"))
        self.approver = QLineEdit(settings.user_name(), self)
        self.approver.setObjectName("approver")
        self.date = _date_edit(dt.date.today(), self)
        self.date.setObjectName("date")
        self.expires_on, self.expires = _expiry_fields(self)
        message = QLabel(html.escape(finding.message), self)
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(translate("Explain", "Finding"), message)
        describe(
            self.only_here,
            translate("Explain", "Ticked: the waiver covers this field only; unticked: the check everywhere"),
        )
        self.form.addRow(translate("Explain", "Field"), self.only_here)
        self.add_field(
            translate("Explain", "Reason"),
            self.reason,
            translate("Explain", "Why the finding is accepted (required; shown in the exports)"),
        )
        self.add_field(
            translate("Explain", "Approved by"), self.approver, translate("Explain", "Who accepts the finding")
        )
        self.add_field(translate("Explain", "Date"), self.date, translate("Explain", "When the finding was accepted"))
        self.form.addRow(self.expires_on, self.expires)

    def _on_ok(self) -> None:
        why_not = waivable(self.finding)
        if why_not:
            self.refuse(why_not)
            return
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.refuse(translate("Explain", "A waiver needs a reason: say why the finding is accepted."))
            return
        if self.expires_on.isChecked() and self.expires.date() < self.date.date():
            self.refuse(
                translate("Explain", "The waiver would expire before it was accepted; choose a later expiry date.")
            )
            return
        try:
            waiver = Waiver(
                code=self.finding.code,
                path=self.finding.path if self.only_here.isChecked() else "",
                reason=reason,
                approver=self.approver.text().strip(),
                date=_pydate(self.date.date()),
                expires=_expiry(self.expires_on, self.expires),
            )
            with self.document.macro(translate("Explain", "Waive {code}").format(code=self.finding.code)):
                self.document.insert_item("waivers", None, waiver)
        except (ValueError, FieldRejected) as exc:
            self.refuse(
                translate("Explain", "The waiver cannot be recorded: {value}").format(value=str(exc).splitlines()[0])
            )
            return
        self.accept()
