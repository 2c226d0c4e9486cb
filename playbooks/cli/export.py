"""``charter export FILE --doc DOC --format FMT [--template-dir DIR] [--paper a4|letter] [-o OUT]``.

``--template-dir`` defaults to the site configuration's ``template_dir`` (``charter config``);
the paper is ``--paper``, else the playbook's own ``document.paper``, else the site's ``paper``
(:func:`playbooks.export.paper_for`); the language is ``--language``, else the playbook's own
``document.language``, else the site's ``language`` (:func:`playbooks.export.language_for`), and
everything Charter writes in the document is in it. A key the site locks cannot be changed here.

Exit codes as ``validate``: 0 written; 1 written, but the playbook has error-level findings
(a draft can still be printed for review, but a script notices: each finding is named on stderr,
and the document's title, status and running footer say NOT VALID); a warning about the
document itself (a PDF with characters no installed font draws) is one line on stderr and
changes no exit code; 2 nothing written (the file
could not be read, a bad choice, a broken custom template, or the output could not be saved).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from playbooks.cli.main import EXIT_FINDINGS, EXIT_OK, CliError, add_force, check_new, say, site_config, write_new
from playbooks.format.findings import has_errors
from playbooks.io.config import PAPER_SIZES

DOCS = ["policy", "guidelines", "addendum", "checklist", "raci", "crisis", "measurement"]
FORMATS = ["docx", "pdf", "html", "md", "csv"]


def register(commands: Any) -> None:
    """Add the ``export`` command."""
    parser = commands.add_parser(
        "export",
        help="write a policy document (Word, PDF, HTML, Markdown, CSV)",
        description="Export a document of a hub or spoke playbook. "
        f"Documents: {', '.join(DOCS)}. Formats: {', '.join(FORMATS)} (csv for checklist, raci, measurement).",
    )
    parser.add_argument("file", metavar="FILE", help="the playbook (hub or spoke) to export")
    parser.add_argument("--doc", default="policy", choices=DOCS, metavar="DOC", help=f"one of: {', '.join(DOCS)}")
    parser.add_argument("--format", default="pdf", choices=FORMATS, metavar="FMT", help=f"one of: {', '.join(FORMATS)}")
    parser.add_argument(
        "--template-dir",
        metavar="DIR",
        help="a folder of custom templates, rendered in a sandbox (default: template_dir in 'charter config')",
    )
    parser.add_argument(
        "--paper",
        choices=PAPER_SIZES,
        type=str.lower,
        help="page size of a PDF or Word document (default: the playbook's document.paper, else paper in "
        "'charter config', a4)",
    )
    parser.add_argument(
        "--language",
        metavar="TAG",
        help="the language of the document, a BCP 47 tag: en, de, fr, es, ja, ar, with a region if wanted "
        "(de-DE, es-MX, ar-AE); default: the playbook's document.language, else language in 'charter config', en",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="the file to write (default: beside FILE)")
    add_force(parser)
    parser.set_defaults(run=run)


def default_output(source: Path, doc: str, fmt: str) -> Path:
    """``meridian.playbook.yaml`` -> ``meridian-policy.pdf`` beside it."""
    stem = source.name
    for suffix in (".playbook.yaml", ".yaml", ".yml"):
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    return source.with_name(f"{stem}-{doc}.{fmt}")


def run(args: argparse.Namespace) -> int:
    """Export one document; the exit code as described above."""
    from playbooks.export import ExportError, export_document, formats_for, paper_for
    from playbooks.export.source import load_source

    out = Path(args.output) if args.output else default_output(Path(args.file), args.doc, args.format)
    # an export never replaces its playbook, the playbook's hubs or any playbook, nor an
    # existing file without --force: refused before the export is made
    check_new(out, force=args.force, protect=(args.file,))
    try:
        if args.format not in formats_for(args.doc):
            raise CliError(
                f"'{args.doc}' cannot be exported as {args.format}; choose one of: {', '.join(formats_for(args.doc))} "
                "(csv is for checklist, raci and measurement)"
            )
        site = site_config()
        template_dir = site.choose("template_dir", args.template_dir, "--template-dir")
        requested = site.choose("paper", args.paper, "--paper") if args.paper is not None else None
        if args.template_dir is None and template_dir is not None and not template_dir.is_dir():
            raise CliError(site.problem("template_dir", f"{template_dir}: template folder not found"))
        requested_language = site.choose("language", args.language, "--language") if args.language is not None else None
        source = load_source(
            args.file,
            language=requested_language,
            site_language=site.language,
            site_locked=site.is_locked("language"),
        )
        check_new(out, force=args.force, protect=source.inputs)
        paper = paper_for(source.playbook, requested, site_paper=site.paper, site_locked=site.is_locked("paper"))
        notices: list[str] = []
        data = export_document(
            source.playbook,
            args.doc,
            args.format,
            template_dir=template_dir,
            extra=source.extra,
            paper=paper,
            language=source.language,
            notices=notices,
        )
    except ExportError as exc:
        raise CliError(str(exc)) from None
    write_new(out, data, force=args.force, protect=source.inputs)
    say(f"{out}: {args.doc} ({args.format}, {len(data):,} bytes)")
    for notice in notices:  # warnings: the document is written, the exit code is not changed
        say(f"charter: warning: {out}: {notice}", err=True)
    if has_errors(source.findings):
        errors = [f for f in source.findings if f.severity.value == "error" and not f.waived]
        count = len(errors)
        say(
            f"charter: warning: {args.file} has {count} error-level finding{'s' if count != 1 else ''}, so the "
            f"document says it is NOT VALID (see 'charter validate {args.file}'):",
            err=True,
        )
        for finding in errors:
            where = finding.where(args.file)
            say(f"charter: warning: {where}: {finding.code}: {finding.path}: {finding.message}", err=True)
        return EXIT_FINDINGS
    return EXIT_OK
