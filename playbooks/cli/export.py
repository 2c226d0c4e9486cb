"""``charter export FILE --doc DOC --format FMT [--template-dir DIR] [-o OUT]``.

Exit codes as ``validate``: 0 written; 1 written, but the playbook has error-level findings
(a draft can still be printed for review, but a script notices); 2 nothing written (the file
could not be read, a bad choice, a broken custom template, or the output could not be saved).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from playbooks.cli.main import EXIT_FINDINGS, EXIT_OK, CliError, add_force, check_new, say, write_new
from playbooks.format.findings import has_errors

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
    parser.add_argument("--template-dir", metavar="DIR", help="a folder of custom templates (rendered in a sandbox)")
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
    from playbooks.export import ExportError, export_document, formats_for
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
        source = load_source(args.file)
        check_new(out, force=args.force, protect=source.inputs)
        data = export_document(
            source.playbook, args.doc, args.format, template_dir=args.template_dir, extra=source.extra
        )
    except ExportError as exc:
        raise CliError(str(exc)) from None
    write_new(out, data, force=args.force, protect=source.inputs)
    say(f"{out}: {args.doc} ({args.format}, {len(data):,} bytes)")
    if has_errors(source.findings):
        count = sum(1 for f in source.findings if f.severity.value == "error" and not f.waived)
        say(
            f"charter: warning: {args.file} has {count} error-level finding{'s' if count != 1 else ''} "
            f"(see 'charter validate {args.file}')",
            err=True,
        )
        return EXIT_FINDINGS
    return EXIT_OK
