"""The plain-data context every template receives: document control, fingerprint, outline.

Nothing in the context is a model object, a path or anything callable: custom templates in
the sandbox get exactly this (see :mod:`playbooks.export.sandbox`), so a template can read
everything and change nothing.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from typing import Any

from playbooks import __version__
from playbooks.export import documents
from playbooks.export.documents import Builder, People, TabularRows, approved_content
from playbooks.export.outline import date, document_data, lbl, number
from playbooks.format.enums import Severity
from playbooks.format.findings import Finding
from playbooks.format.language import N_, SOURCE_LANGUAGE, current, ngettext
from playbooks.format.language import gettext as _
from playbooks.format.model import Playbook
from playbooks.io.storage import fingerprint
from playbooks.tailoring.translations import localized


class ExportError(Exception):
    """An export that cannot be produced; ``str()`` is one line that says why."""


@dataclass(frozen=True)
class DocumentKind:
    """One kind of exported document."""

    name: str
    title: str
    description: str
    build: Builder
    rows: TabularRows | None = None
    toc: bool = False
    page_per_section: bool = False
    compact: bool = False


def _raci_rows(pb: Playbook, extra: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    return documents.raci_rows(pb)


def _measurement_rows(pb: Playbook, extra: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    return documents.measurement_rows(pb)


#: Every document Charter exports, in the order they are offered.
DOCUMENTS: dict[str, DocumentKind] = {
    d.name: d
    for d in (
        DocumentKind(
            "policy",
            N_("Social Media Policy"),
            N_("the full playbook, every section"),
            documents.policy,
            None,
            True,
            True,
        ),
        DocumentKind(
            "guidelines", N_("Employee Guidelines"), N_("the short version for all staff"), documents.guidelines
        ),
        DocumentKind(
            "addendum", N_("Regional Addendum"), N_("a spoke's changes to its hub, with rationale"), documents.addendum
        ),
        DocumentKind(
            "checklist",
            N_("Compliance Checklist"),
            N_("presets, strictest values, findings, waivers, scorecard"),
            documents.checklist,
            documents.checklist_rows,
        ),
        DocumentKind("raci", N_("Decision Rights (RACI)"), N_("who decides what"), documents.raci, _raci_rows),
        DocumentKind(
            "crisis",
            N_("Crisis Card"),
            N_("severity levels, triggers, contacts: one page"),
            documents.crisis,
            compact=True,
        ),
        DocumentKind(
            "measurement",
            N_("Measurement Plan"),
            N_("objectives, KPIs, baselines, targets, owners"),
            documents.measurement,
            _measurement_rows,
        ),
    )
}


def document_kind(name: str) -> DocumentKind:
    """The document called ``name``; :class:`ExportError` lists the valid ones."""
    try:
        return DOCUMENTS[name]
    except KeyError:
        raise ExportError(f"unknown document '{name}'; choose one of: {', '.join(DOCUMENTS)}") from None


#: The latest SOURCE_DATE_EPOCH a date can be made of: 9999-12-31 23:59:59 UTC.
MAX_SOURCE_DATE_EPOCH = 253_402_300_799


def source_date() -> dt.datetime | None:
    """The moment ``SOURCE_DATE_EPOCH`` names (reproducible builds), None when it is not set;
    :class:`ExportError`, naming the range, for anything that is not a whole number of seconds
    from 0 to :data:`MAX_SOURCE_DATE_EPOCH`."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return None
    if not re.fullmatch(r"[0-9]{1,12}", epoch) or int(epoch) > MAX_SOURCE_DATE_EPOCH:
        raise ExportError(
            f"SOURCE_DATE_EPOCH must be a whole number of seconds from 0 to {MAX_SOURCE_DATE_EPOCH} "
            f"(1970-01-01 to 9999-12-31 UTC), not '{epoch}'"
        )
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC)


def generated_on() -> str:
    """The generation date: from ``SOURCE_DATE_EPOCH`` when set (reproducible builds), else today (UTC).

    Only the date is shown, so that two exports of the same playbook on the same day are
    byte-identical even without ``SOURCE_DATE_EPOCH``.
    """
    moment = source_date() or dt.datetime.now(dt.UTC)
    return date(moment.date())


def generation_timestamp() -> dt.datetime:
    """The generation time for file metadata (zip entries, DOCX core properties)."""
    moment = source_date() or dt.datetime.combine(dt.datetime.now(dt.UTC).date(), dt.time(), dt.UTC)
    # zip timestamps cannot go before 1980
    return max(moment, dt.datetime(1980, 1, 1, tzinfo=dt.UTC))


def not_valid(findings: list[Finding]) -> str:
    """The status of a document whose playbook has error-level findings ('' when it has none):
    such a document must never look like a policy in force, whatever its lifecycle status says."""
    errors = sum(1 for f in findings if f.severity is Severity.ERROR and not f.waived)
    if not errors:
        return ""
    return ngettext(
        "NOT VALID: %(count)s error (see 'charter validate'); not in force",
        "NOT VALID: %(count)s errors (see 'charter validate'); not in force",
        errors,
    ) % {"count": number(errors)}


def control_block(pb: Playbook, fp: str, validity: str = "", owner: str = "", owner_name: str = "") -> dict[str, Any]:
    """Title, version, status, effective date, owner and sign-offs, as rows of plain text.

    ``validity`` (from :func:`not_valid`) replaces the status and heads the title, so the title
    page, the running header and footer and the status all say that the document is not valid.
    ``owner``: who owns the document instead of the playbook's owner (a spoke's own owner), and
    ``owner_name`` the name alone (the author of the Word and PDF files)."""
    people = People(pb)
    doc = pb.document
    status = validity or lbl(doc.status)
    rows = [
        [_("Version"), doc.version or ""],
        [_("Edition"), doc.edition],
        [_("Status"), status],
        [_("Effective date"), date(doc.effective_date) or _("Not yet set")],
        [_("Owner"), owner or people.who(doc.owner) or _("Not assigned")],
        [_("Next review"), date(doc.next_review_date)],
        [_("Confidentiality"), lbl(doc.confidentiality)],
        [_("Distribution"), people.said("audiences", doc.audiences)],
        [_("Playbook id"), doc.id],
    ]
    sign_offs = [
        {
            "approver": s.approver,
            "role": people.signed_as(s),
            "date": date(s.date),
            "decision": lbl(s.decision),
            "content": approved_content(s, pb, fp),
        }
        for s in doc.sign_offs
    ]
    return {
        "title": _("NOT VALID: %(title)s") % {"title": doc.title} if validity else doc.title,
        # the running header and footer name both; an absence is said, never a value made up
        "version": doc.version or _("not set"),
        # the crisis card's one line of facts names the edition beside the version, as the
        # document control table of the other documents does
        "version_edition": " · ".join(v for v in (doc.version, doc.edition) if v) or _("not set"),
        "status": status or _("not set"),
        "effective_date": date(doc.effective_date),
        "owner": owner or people.who(doc.owner),
        "owner_name": owner_name or owner or people.name(doc.owner),
        "rows": [r for r in rows if r[1]],
        "sign_offs": sign_offs,
    }


def build_context(
    pb: Playbook, doc: str, extra: dict[str, Any] | None = None, *, language: str = "en"
) -> dict[str, Any]:
    """Everything a template of document ``doc`` may use, as plain data.

    ``language`` is the BCP 47 tag the document declares; what Charter writes is in the language
    in force (:func:`playbooks.format.language.using`, set by :func:`playbooks.export.export_document`),
    and ``direction`` (``ltr`` or ``rtl``) is the way it is written.
    """
    kind = document_kind(doc)
    data = dict(extra or {})
    fp = fingerprint(pb)  # of the playbook as approved, not of its text in the document's language
    data["fingerprint"] = fp
    data["validity"] = not_valid(data.get("findings", []))
    # the playbook's texts in the document's language: each its own field's current translation
    # (a spoke's, playbooks.export.source), else as written, marked with the language it is in
    written_in = data.get("written_in") or pb.document.language or SOURCE_LANGUAGE
    approved, pb = pb, localized(pb, data.get("translations"), language, written_in)
    try:
        sections = kind.build(pb, data)
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    title = _(kind.title)
    if kind.name == "addendum":
        # a brand's addendum is not regional: the hub's name for the spoke
        title = _(documents.addendum_wording(data.get("spoke_kind")).title)
    # one rule for the text of every format and template: no control character reaches a document
    context: dict[str, Any] = document_data(
        {
            "document": {"kind": kind.name, "title": title, "description": _(kind.description)},
            "control": control_block(
                pb, fp, data["validity"], data.get("spoke_owner", ""), data.get("spoke_owner_name", "")
            ),
            "fingerprint": fp,
            "generated": generated_on(),
            "charter_version": __version__,
            "language": language,
            "direction": current().direction,
            # the sides a line starts and ends on (HTML align attributes of Qt's PDF path)
            "start": "right" if current().direction == "rtl" else "left",
            "end": "left" if current().direction == "rtl" else "right",
            "sections": sections,
            "toc": kind.toc,
            "toc_pages": {},  # section id -> page; filled by paginated writers (PDF) on a second pass
            "page_per_section": kind.page_per_section,
            "compact": kind.compact,
            "playbook": approved.model_dump(mode="json"),
        }
    )
    return context
