"""One page per playbook section, each arranged by hand (the factory builds the fields).

:data:`LAYOUTS` says, per section, which fields go together in which group box and in how
many columns; a field a layout forgets still gets an editor, in a last group, so a new model
field is never invisible. :meth:`SectionPage.reveal` brings any field path into view: it
selects the table rows on the way and focuses the editor.
"""

from __future__ import annotations

from pydantic import BaseModel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from playbooks.format import paths as fieldpath
from playbooks.format.model import Playbook
from ui.document import Document
from ui.forms.form import Form, ItemTable
from ui.i18n import QT_TRANSLATE_NOOP, translate

#: section -> [(group title or '' for none, field names, columns)]
Layout = list[tuple[str, list[str], int]]
LAYOUTS: dict[str, Layout] = {
    "document": [
        (
            QT_TRANSLATE_NOOP("SectionPage", "Identity"),
            ["title", "id", "version", "edition", "status", "confidentiality", "supersedes"],
            2,
        ),
        (
            QT_TRANSLATE_NOOP("SectionPage", "Dates and review"),
            ["effective_date", "next_review_date", "review_cadence_months"],
            2,
        ),
        ("", ["early_review_triggers"], 1),
        (
            QT_TRANSLATE_NOOP("SectionPage", "Ownership and distribution"),
            ["owner", "self_approval_allowed", "authors", "audiences"],
            2,
        ),
        ("", ["editions"], 1),
        ("", ["change_log"], 1),
        ("", ["sign_offs"], 1),
    ],
    "scope": [
        (QT_TRANSLATE_NOOP("SectionPage", "Purpose"), ["purpose"], 1),
        (QT_TRANSLATE_NOOP("SectionPage", "Who and where"), ["audiences", "territories", "platforms"], 1),
        ("", ["uses"], 1),
        ("", ["glossary"], 1),
        ("", ["cross_references"], 1),
        ("", ["audience_register"], 1),
    ],
    "objectives": [(QT_TRANSLATE_NOOP("SectionPage", "Audience first"), ["audience_research"], 1), ("", ["items"], 1)],
    "governance": [
        (QT_TRANSLATE_NOOP("SectionPage", "Organisation model"), ["model", "units", "rationale", "coordination"], 1),
        ("", ["hub"], 1),
        ("", ["spokes"], 1),
        ("", ["decision_rights"], 1),
    ],
    "people": [("", ["people"], 1), ("", ["roles"], 1), ("", ["champions"], 1), ("", ["mentoring_pairs"], 1)],
    "channels": [
        ("", ["accounts"], 1),
        (QT_TRANSLATE_NOOP("SectionPage", "Every channel"), ["freshness_days", "new_features_off"], 2),
        ("", ["gates"], 1),
        ("", ["listening"], 1),
        (QT_TRANSLATE_NOOP("SectionPage", "Engagement"), ["engagement_process"], 1),
    ],
    "content": [
        ("", ["rules"], 1),
        (QT_TRANSLATE_NOOP("SectionPage", "Community moderation"), ["moderation"], 1),
        ("", ["classes"], 1),
        ("", ["decision_tables"], 1),
    ],
    "conduct": [("", ["clauses"], 1), ("", ["disclosures"], 1)],
    "regulatory": [("", ["presets"], 1), ("", ["exceptions"], 1)],
    "supervision": [
        (QT_TRANSLATE_NOOP("SectionPage", "Review"), ["reapproval_months", "procedure"], 1),
        ("", ["lexicons"], 1),
        (QT_TRANSLATE_NOOP("SectionPage", "Evidence and remediation"), ["evidence_fields", "remediation"], 1),
    ],
    "records": [
        (QT_TRANSLATE_NOOP("SectionPage", "Archive"), ["archive_vendor", "production_sla_days", "legal_hold"], 1),
        ("", ["record_classes"], 1),
    ],
    "privacy": [
        (
            QT_TRANSLATE_NOOP("SectionPage", "Monitoring"),
            ["eu_monitoring", "dpia_completed", "lawful_basis", "dpia_date", "retention_cap_months"],
            2,
        ),
        (QT_TRANSLATE_NOOP("SectionPage", "Transparency"), ["notice", "joint_controller_arrangements"], 1),
        ("", ["works_council_agreements"], 1),
    ],
    "training": [
        (QT_TRANSLATE_NOOP("SectionPage", "Qualification"), ["qualification_mode", "minimum_experience_years"], 2),
        ("", ["modules"], 1),
        (QT_TRANSLATE_NOOP("SectionPage", "Attestation"), ["attestation_cadence_months", "attestation_text"], 1),
    ],
    "crisis": [
        ("", ["levels"], 1),
        ("", ["triage"], 1),
        (
            QT_TRANSLATE_NOOP("SectionPage", "Incidents"),
            ["account_compromise", "impersonation", "post_incident_review"],
            1,
        ),
        ("", ["decision_trees"], 1),
        ("", ["chapters"], 1),
    ],
    "measurement": [
        (
            QT_TRANSLATE_NOOP("SectionPage", "Why and how we measure"),
            ["compares_channels", "purpose", "cross_channel", "reporting"],
            1,
        ),
        ("", ["metrics"], 1),
    ],
    "experiments": [("", ["items"], 1)],
    "enforcement": [
        (
            QT_TRANSLATE_NOOP("SectionPage", "Consequences and reporting"),
            ["ladder", "non_retaliation", "reporting_channels"],
            1,
        )
    ],
    "maintenance": [
        (
            QT_TRANSLATE_NOOP("SectionPage", "Keeping the playbook current"),
            ["procedure", "communication", "version_archive"],
            1,
        )
    ],
    "waivers": [("", ["waivers"], 1)],
}

#: The extra page for the playbook's top-level waiver list (not a section of the document).
WAIVERS = ("waivers", QT_TRANSLATE_NOOP("SectionPage", "Accepted findings"))


def section_class(section: str) -> type[BaseModel]:
    """The model class of a section (the Playbook itself for the waivers page)."""
    if section == "waivers":
        return Playbook
    annotation = Playbook.model_fields[section].annotation
    assert isinstance(annotation, type) and issubclass(annotation, BaseModel)
    return annotation


class SectionPage(QScrollArea):
    """The editor page of one section."""

    def __init__(self, document: Document, section: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.section = section
        self.title = title
        self.setObjectName(f"page:{section}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("pageBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(14)
        heading = QLabel(title, body)
        heading.setProperty("role", "heading")
        heading.setAccessibleName(title)
        layout.addWidget(heading)
        cls = section_class(section)
        prefix = "" if section == "waivers" else section
        if section != "waivers":
            description = str(Playbook.model_fields[section].description or "")
            if description:
                sub = QLabel(description, body)
                sub.setProperty("role", "hint")
                sub.setWordWrap(True)
                layout.addWidget(sub)
        self.forms: list[Form] = []
        placed: set[str] = set()
        layout_spec = list(LAYOUTS.get(section, []))
        names = ["waivers"] if section == "waivers" else list(cls.model_fields)
        leftovers = [n for n in names if not any(n in fields for _, fields, _ in layout_spec)]
        if leftovers:
            layout_spec.append((QT_TRANSLATE_NOOP("SectionPage", "More"), leftovers, 1))
        for group_title, fields, columns in layout_spec:
            fields = [f for f in fields if f in cls.model_fields and f not in placed]
            if not fields:
                continue
            placed.update(fields)
            form = Form(document, cls, prefix, fields=fields, columns=columns, parent=body)
            self.forms.append(form)
            if group_title:
                box = QGroupBox(translate("SectionPage", group_title), body)
                box_layout = QVBoxLayout(box)
                box_layout.addWidget(form)
                layout.addWidget(box)
            else:
                layout.addWidget(form)
        layout.addStretch(1)
        self.setWidget(body)

    # ---- Public API

    def refresh(self) -> None:
        """Show the document's current values."""
        for form in self.forms:
            form.refresh()

    def reveal(self, path: str) -> QWidget | None:
        """Select the rows on the way to ``path``, scroll to its editor and focus it."""
        try:
            parts = fieldpath.parse(path)
        except ValueError:
            return None
        for i, part in enumerate(parts):
            if isinstance(part, int):
                list_path = fieldpath.join(parts[:i])
                table = self.findChild(ItemTable, f"table:{list_path}")
                if table is not None:
                    table.select_row(part)
        for end in range(len(parts), 0, -1):
            candidate = fieldpath.join(parts[:end])
            widget = self.findChild(QWidget, f"field:{candidate}")
            if widget is not None and widget.isVisibleTo(self):
                self.ensureWidgetVisible(widget, 40, 80)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return widget
        return None
