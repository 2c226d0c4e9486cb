"""``charter validate PATH... [--format text|json|sarif] [--jobs N]`` and ``charter validate --explain CODE``.

A PATH is a playbook file or a folder: every ``*.playbook.yaml`` under a folder is validated
(hubs and spokes, each hub read once; see :mod:`playbooks.checks.folders`), in ``--jobs``
processes. The exit code is the worst of all files.

Text output for files groups the findings of each file by severity (errors, warnings, info,
then the waived ones, which stay listed), then shows the strictest combination of the applied
regulatory presets (each number with the preset behind it) and the readiness scorecard. For a
folder it is one line per file (after the file's errors, one line each) and a total. JSON and
SARIF cover every file (SARIF: one run, every file an artifact).
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import textwrap
from typing import Any

from playbooks.checks.folders import Checked
from playbooks.checks.validation import FileReport
from playbooks.cli.main import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, CliError, json_text, say
from playbooks.format.enums import Severity, label
from playbooks.format.findings import Finding, has_errors
from playbooks.format.language import N_, LanguageError, gettext, in_sentence, ngettext, user_language, using
from playbooks.format.messages import one_line

_GROUPS = ((Severity.ERROR, N_("Errors")), (Severity.WARNING, N_("Warnings")), (Severity.INFO, N_("Info")))


def register(commands: Any) -> None:
    parser = commands.add_parser("validate", help="check playbook files for structural and governance problems")
    parser.add_argument(
        "files", nargs="*", metavar="PATH", help="playbook files (.playbook.yaml), or folders to search for them"
    )
    parser.add_argument(
        "--format", choices=["text", "json", "sarif"], default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="validate in N processes (default: the machine's cores; 1: in this process)",
    )
    parser.add_argument(
        "--with-spokes",
        action="store_true",
        help="also validate the spokes (under its folder) of each hub given, and of each hub the staged "
        "commit deletes or renames: what the pre-commit hook runs",
    )
    parser.add_argument("--explain", metavar="CODE", help="print why a check exists and what it looks for, and exit")
    parser.add_argument(
        "--language",
        metavar="TAG",
        help="the language of the messages: de, fr, es, ja, ar or en (default: the environment's "
        "LANGUAGE/LC_ALL/LC_MESSAGES/LANG where Charter has it, else English)",
    )
    parser.set_defaults(run=run)


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of processes, 1 or more (not '{text}')")
    return value


def _text_line(report: FileReport, finding: Finding) -> str:
    where = finding.where(report.file)
    waived = (
        " (" + gettext("waived: %(reason)s") % {"reason": finding.waiver_reason or gettext("no reason given")} + ")"
        if finding.waived
        else ""
    )
    path = f"{finding.path}: " if finding.path else ""
    severity = in_sentence(label(finding.severity))  # "warning", "Warnung": the code stays as it is
    return one_line(f"{where}: {severity} {finding.code}{waived}: {path}{finding.message}")


def explain(code: str) -> int:
    """Print the rationale of check ``code``."""
    from playbooks.checks import explain as lookup
    from playbooks.checks import load_all

    info = lookup(code)
    if info is None:
        close = difflib.get_close_matches(code.upper(), list(load_all()), n=1)
        hint = f"; did you mean {close[0]}?" if close else ""
        raise CliError(f"unknown check code '{one_line(code)}'{hint} (see 'charter checks')")
    sys.stdout.write(f"{info.code} ({info.severity}, {info.area}): {info.title_shown}\n\n")
    sys.stdout.write(textwrap.fill(info.rationale, width=100) + "\n")
    if info.sources:
        sys.stdout.write("\nSources:\n" + "".join(f"  - {source}\n" for source in info.sources))
    return EXIT_OK


def _summary(findings: list[Finding]) -> str:
    live = [f for f in findings if not f.waived]
    counts = {s: sum(1 for f in live if f.severity is s) for s, _ in _GROUPS}
    waived = len(findings) - len(live)
    parts = [
        ngettext("%(count)s error", "%(count)s errors", counts[Severity.ERROR]) % {"count": counts[Severity.ERROR]},
        ngettext("%(count)s warning", "%(count)s warnings", counts[Severity.WARNING])
        % {"count": counts[Severity.WARNING]},
        gettext("%(count)s info") % {"count": counts[Severity.INFO]},
    ]
    if waived:
        parts.append(gettext("%(count)s waived") % {"count": waived})
    return ", ".join(parts)


def _write_text(report: Checked, findings: list[Finding]) -> None:
    from playbooks.checks.scorecard import WEIGHTS, scorecard
    from playbooks.presets.combine import combine

    out = sys.stdout
    for severity, title in _GROUPS:
        group = [f for f in findings if f.severity is severity and not f.waived]
        if group:
            out.write(f"{gettext(title)} ({len(group)})\n")
            out.writelines(f"  {_text_line(report, f)}\n" for f in group)
    waived = [f for f in findings if f.waived]
    if waived:
        out.write(f"{gettext('Waived')} ({len(waived)})\n")
        out.writelines(f"  {_text_line(report, f)}\n" for f in waived)
    if report.presets is not None:
        lines = combine(report.presets).lines()
        if lines:
            out.write(gettext("Regulatory rule set, strictest combination (preset behind each value)") + "\n")
            out.writelines(f"  {one_line(line)}\n" for line in lines)
        weights = ", ".join(f"{in_sentence(label(s))} -{w}" for s, w in WEIGHTS.items())
        out.write(
            gettext("Readiness scorecard (0-100; each finding deducts: %(weights)s)") % {"weights": weights} + "\n"
        )
        out.writelines(f"  {one_line(line)}\n" for line in scorecard(findings).lines())
    say(_verdict(report.file, findings))


def _verdict(name: str, findings: list[Finding]) -> str:
    """``FILE: valid (0 errors, 1 warning, 0 info)`` or ``FILE: not valid: ...``."""
    if has_errors(findings):
        return f"{name}: " + gettext("not valid: %(summary)s") % {"summary": _summary(findings)}
    tail = f" ({_summary(findings)})" if findings else ""
    return f"{name}: {gettext('valid')}{tail}"


def _write_tree(reports: list[Checked]) -> None:
    """A folder's text output: each file's errors and its verdict, one line each, then a total."""
    for report in reports:
        if report.unreadable:
            say(f"charter: error: {report.unreadable}", err=True)
            continue
        for finding in report.findings:
            if finding.severity is Severity.ERROR and not finding.waived:
                say(f"  {_text_line(report, finding)}")
        say(_verdict(report.file, report.findings))
    readable = [r for r in reports if not r.unreadable]
    failed = sum(1 for r in readable if has_errors(r.findings))
    findings = [f for r in readable for f in r.findings]
    count = len(reports)
    say(
        ngettext(
            "%(count)s file: %(valid)s valid, %(invalid)s not valid, %(unreadable)s unreadable (%(summary)s)",
            "%(count)s files: %(valid)s valid, %(invalid)s not valid, %(unreadable)s unreadable (%(summary)s)",
            count,
        )
        % {
            "count": count,
            "valid": len(readable) - failed,
            "invalid": failed,
            "unreadable": count - len(readable),
            "summary": _summary(findings),
        }
    )


def _json_entry(report: Checked, findings: list[Finding]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "file": report.file,
        "error": report.unreadable,
        "findings": [f.as_dict() for f in findings],
        "scorecard": None,
        "regulatory": None,
    }
    if report.presets is not None:
        from playbooks.checks.scorecard import scorecard
        from playbooks.presets.combine import combine

        entry["scorecard"] = scorecard(findings).as_dict()
        entry["regulatory"] = combine(report.presets).as_dict()
    return entry


def run(args: argparse.Namespace) -> int:
    """Validate (or explain) in the user's language: check names and messages are translated;
    codes, files, field paths and the playbook's own text are not."""
    try:
        wanted = user_language(args.language, os.environ)
    except LanguageError as exc:
        raise CliError(f"--language: {exc}") from None
    with using(wanted):
        return _run(args, wanted)


def _run(args: argparse.Namespace, language: str) -> int:
    if args.explain:
        return explain(args.explain)
    if not args.files and not args.with_spokes:
        raise CliError("the following arguments are required: PATH (see 'charter validate --help')")
    from playbooks.checks.folders import check_files, default_jobs, find_playbooks, useful_jobs, with_spokes
    from playbooks.checks.sarif import to_sarif
    from playbooks.io.storage import EXTENSION

    unreadable: list[str] = []
    files, folders = find_playbooks(args.files, unreadable)
    if args.with_spokes:
        from playbooks.io.git import staged_deletions

        # a hub the commit deletes or renames breaks the spokes that name it: they are checked too
        gone = [name for name in staged_deletions() if name.endswith(EXTENSION)]
        grown = with_spokes(files, gone, unreadable)
        folders = folders or len(grown) > len(files)  # a list of files and spokes reads as a tree does
        files = grown
        if not files and not unreadable:
            return EXIT_OK  # the hook, on a commit that changes no playbook
    if unreadable:
        # the tree was not read whole: said in one line, and the run fails as for an unreadable file
        say(
            f"charter: error: could not read {', '.join(sorted(set(unreadable)))}; the playbooks in "
            f"{'them' if len(set(unreadable)) > 1 else 'it'} were not validated",
            err=True,
        )
        if not files:
            return EXIT_UNREADABLE
    if not files:
        raise CliError(f"no playbooks (*.playbook.yaml) under {', '.join(args.files)}")
    jobs = args.jobs or default_jobs()
    if args.jobs and useful_jobs(jobs, len(files)) < jobs:
        say(
            f"charter: note: --jobs {jobs} is more than the {default_jobs()} cores here or the {len(files)} "
            f"file{'s' if len(files) != 1 else ''}; validating in {useful_jobs(jobs, len(files))} "
            f"process{'es' if useful_jobs(jobs, len(files)) != 1 else ''}",
            err=True,
        )
    reports = check_files(files, jobs, language=language)
    if args.format == "json":
        sys.stdout.write(json_text([_json_entry(r, r.findings) for r in reports]))
    elif args.format == "sarif":
        sys.stdout.write(json_text(to_sarif(reports)))
    elif folders:
        _write_tree(reports)
    else:
        for report in reports:
            if report.unreadable:
                say(f"charter: error: {report.unreadable}", err=True)
                continue
            if len(reports) > 1:
                say(f"== {report.file}")
            _write_text(report, report.findings)
    if unreadable or any(r.unreadable for r in reports):
        return EXIT_UNREADABLE
    if any(has_errors(r.findings) for r in reports):
        return EXIT_FINDINGS
    return EXIT_OK
