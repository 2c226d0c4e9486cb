"""Exported documents: policy, guidelines, addendum, checklist, RACI, crisis card, measurement plan.

One entry point, :func:`export_document`, turns a playbook into the bytes of one document in
one format. Formats are writers in a registry: HTML, Markdown, CSV and DOCX live here; PDF
needs Qt's renderer, so ``ui/pdf.py`` registers it with :func:`register_writer` (this
package never imports Qt). Every document carries the document control block and the
playbook's fingerprint; the same playbook gives byte-identical HTML, Markdown, CSV and DOCX.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playbooks.export.context import DOCUMENTS, DocumentKind, ExportError, build_context, document_kind
from playbooks.export.outline import document_text, translated_content
from playbooks.export.render import render_builtin
from playbooks.export.sandbox import Limits
from playbooks.format.language import N_, LanguageError, gettext, parse_locale, using
from playbooks.format.model import Playbook
from playbooks.io.config import ConfigError, parse_language, parse_paper

__all__ = [
    "DOCUMENTS",
    "FORMATS",
    "DocumentKind",
    "ExportError",
    "ExportJob",
    "Limits",
    "export_document",
    "formats_for",
    "language_for",
    "paper_for",
    "register_writer",
    "render_html",
]

#: Every format, in the order they are offered; ``csv`` only for tabular documents.
FORMATS = ["docx", "pdf", "html", "md", "csv"]

#: File name extensions per format.
EXTENSIONS = {"docx": ".docx", "pdf": ".pdf", "html": ".html", "md": ".md", "csv": ".csv"}


@dataclass
class ExportJob:
    """One export: the playbook, the document, its plain-data context and the options.

    ``paper`` (``a4`` or ``letter``) is the page of paginated formats (PDF, the built-in Word
    documents); ``language`` (a BCP 47 tag, also ``context["language"]``) is the language the
    document declares (HTML ``lang``, Word and PDF metadata).
    """

    playbook: Playbook
    kind: DocumentKind
    fmt: str
    context: dict[str, Any]
    template_dir: Path | None = None
    limits: Limits = field(default_factory=Limits)
    extra: dict[str, Any] = field(default_factory=dict)
    paper: str = "a4"
    language: str = "en"
    #: What the writer has to tell about the document it wrote (a PDF: characters no installed
    #: font draws), one line each; the caller says them (``charter export``: warnings on stderr).
    notices: list[str] = field(default_factory=list)


Writer = Callable[[ExportJob], bytes]
WRITERS: dict[str, Writer] = {}
#: Why a format has no writer (e.g. "PDF needs PySide6"), shown instead of a generic message.
UNAVAILABLE: dict[str, str] = {"pdf": "PDF export needs Charter's Qt renderer (PySide6), which is not available"}


def register_writer(fmt: str, writer: Writer) -> None:
    """Register the writer of ``fmt`` (``ui/pdf.py`` registers ``pdf``)."""
    WRITERS[fmt] = writer
    UNAVAILABLE.pop(fmt, None)


def formats_for(doc: str) -> list[str]:
    """The formats document ``doc`` can be exported to."""
    kind = document_kind(doc)
    return [f for f in FORMATS if f != "csv" or kind.rows is not None]


def paper_for(
    playbook: Playbook, requested: str | None = None, *, site_paper: str = "a4", site_locked: bool = False
) -> str:
    """The paper a document of ``playbook`` is laid out on.

    A site that locks its paper decides. Otherwise what was asked for this export (``--paper``,
    the export dialog), then the playbook's own ``document.paper`` (US Letter for a US firm),
    then the site's paper (``charter config``; A4 unless the site says otherwise).
    """
    if site_locked:
        return site_paper
    if requested:
        return requested
    if playbook.document.paper is not None:
        return playbook.document.paper.value
    return site_paper


def language_for(
    playbook: Playbook, requested: str | None = None, *, site_language: str = "en", site_locked: bool = False
) -> str:
    """The language a document of ``playbook`` is written in, as :func:`paper_for` decides the paper:
    a site that locks it, else what was asked for this export (``--language``, the export dialog),
    else the playbook's own ``document.language`` (a spoke sets it like any field), else the site's."""
    if site_locked:
        return site_language
    if requested:
        return requested
    if playbook.document.language is not None:
        return playbook.document.language
    return site_language


def export_document(
    playbook: Playbook,
    doc: str,
    fmt: str,
    *,
    template_dir: str | Path | None = None,
    extra: dict[str, Any] | None = None,
    limits: Limits | None = None,
    paper: str | None = None,
    language: str | None = None,
    notices: list[str] | None = None,
) -> bytes:
    """The bytes of document ``doc`` of ``playbook`` in format ``fmt``; ``notices`` receives
    what the writer has to tell about the document (see :attr:`ExportJob.notices`).

    ``extra`` carries what the playbook alone cannot tell (findings, preset catalogue,
    scorecard, a spoke's changes); :func:`playbooks.export.integrations.gather` builds it.
    ``paper`` and ``language``: see :class:`ExportJob` (callers pass what :func:`paper_for` and
    :func:`language_for` say; none: the playbook's own, else A4 and English). Everything Charter
    writes in the document is in that language (:mod:`playbooks.format.language`).
    Raises :class:`ExportError` (one line) for anything that stops the export.
    """
    kind = document_kind(doc)
    try:
        paper = parse_paper(paper if paper is not None else paper_for(playbook))
    except ConfigError as exc:
        raise ExportError(f"paper: {exc}") from None
    try:
        language = parse_language(language if language is not None else language_for(playbook))
        parse_locale(language)
    except (ConfigError, LanguageError) as exc:
        raise ExportError(f"language: {exc}") from None
    if fmt not in FORMATS:
        raise ExportError(f"unknown format '{fmt}'; choose one of: {', '.join(FORMATS)}")
    if fmt not in formats_for(doc):
        tabular = ", ".join(name for name, k in DOCUMENTS.items() if k.rows is not None)
        raise ExportError(
            f"CSV is only for tabular documents ({tabular}); export '{doc}' as {', '.join(formats_for(doc))}"
        )
    writer = WRITERS.get(fmt)
    if writer is None:
        raise ExportError(UNAVAILABLE.get(fmt, f"no writer for {fmt}"))
    folder = Path(template_dir) if template_dir is not None else None
    if folder is not None and not folder.is_dir():
        raise ExportError(f"{folder}: template folder not found")
    with using(language):
        if extra is None:
            from playbooks.export.integrations import gather

            extra = gather(playbook)
        # a spoke's translations of the playbook's texts (playbooks.export.source)
        with translated_content(extra.get("translations")):
            context = build_context(playbook, doc, extra, language=language)
            job = ExportJob(playbook, kind, fmt, context, folder, limits or Limits(), extra, paper, language)
            if notices is not None:
                job.notices = notices
            return writer(job)


def render_html(job: ExportJob, *, qt: bool = False) -> str:
    """The HTML of a job: the built-in template, or the sandboxed custom one."""
    context = dict(job.context, qt=qt)
    if job.template_dir is not None:
        from playbooks.export.sandbox import render_custom

        return render_custom(job.template_dir, f"{job.kind.name}.html.j2", context, job.limits, autoescape=True)
    return render_builtin("html", job.kind.name, context)


def _write_html(job: ExportJob) -> bytes:
    return render_html(job).encode("utf-8")


def _write_md(job: ExportJob) -> bytes:
    context = dict(job.context, qt=False)
    if job.template_dir is not None:
        from playbooks.export.sandbox import render_custom

        text = render_custom(job.template_dir, f"{job.kind.name}.md.j2", context, job.limits, autoescape=False)
    else:
        text = render_builtin("md", job.kind.name, context)
    return text.encode("utf-8")


#: Spreadsheet formula prefixes: a cell starting with one is quoted so Excel shows it as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: str) -> str:
    value = document_text(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


#: The columns every CSV row ends with: where the table came from. Provenance in columns keeps
#: the table rectangular (a block of document-control rows after the data was read as data by
#: pandas and spreadsheets' filters, issue 17); the names cannot clash with a table's own columns.
PROVENANCE_COLUMNS = (
    N_("Document"),
    N_("Document version"),
    N_("Document status"),
    N_("Confidentiality"),
    N_("Playbook id"),
    N_("Content fingerprint (SHA-256)"),
    N_("Generated"),
)


def _write_csv(job: ExportJob) -> bytes:
    assert job.kind.rows is not None  # formats_for() allowed csv
    columns, rows = job.kind.rows(job.playbook, dict(job.extra, fingerprint=job.context["fingerprint"]))
    control = job.context["control"]
    facts = dict(control["rows"])
    provenance = [
        f"{job.context['document']['title']}: {control['title']}",
        control["version"],
        control["status"],
        facts.get(gettext("Confidentiality"), ""),
        facts.get(gettext("Playbook id"), ""),
        job.context["fingerprint"],
        gettext("%(date)s by Charter %(version)s")
        % {"date": job.context["generated"], "version": job.context["charter_version"]},
    ]
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    out.writerow([*columns, *(gettext(name) for name in PROVENANCE_COLUMNS)])
    tail = [_csv_cell(value) for value in provenance]
    out.writerows([*(_csv_cell(cell) for cell in row), *tail] for row in rows)
    # the BOM makes Excel read the file as UTF-8 (pandas and csv's "utf-8-sig" drop it)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _write_docx(job: ExportJob) -> bytes:
    from playbooks.export.docx import write_docx

    return write_docx(job)


register_writer("html", _write_html)
register_writer("md", _write_md)
register_writer("csv", _write_csv)
register_writer("docx", _write_docx)
