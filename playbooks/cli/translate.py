"""``charter translate``: a spoke's translations of the texts of its playbook (issue 20).

    charter translate set SPOKE FIELD --language TAG (--text TEXT | --text-file FILE)
                          [--reviewed-by NAME] [--hub-approval NAME]
    charter translate refresh SPOKE FIELD --language TAG [--reviewed-by NAME] [--hub-approval NAME]
    charter translate list SPOKE [--language TAG]

``FIELD`` is a keyed address, as spoke changes name fields: ``content.rules[r-promo].wording``.
``set`` adds or replaces the translation and records the digest of the source text as it is now;
``refresh`` records the current source's digest for a translation that was reviewed after the
hub changed the text (``SPOKE-TRANSLATION-STALE``); ``list`` shows each translation and whether
it is current. A text the hub locks is translated only with the name of who at the hub approved
the translation (``--hub-approval``). The spoke file is saved atomically (the old one kept as ``.bak``); the editor's
tailoring view does the same through the same functions
(:func:`playbooks.tailoring.translations.record_translation`).

Exit codes: 0 done (for ``list``: every translation current); 1 ``list`` found a stale or
broken translation, or the field names no text; 2 the file cannot be read or saved.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from playbooks.cli.main import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, CliError, add_save_options, say, writing
from playbooks.io.storage import PlaybookLoadError, read_text

if TYPE_CHECKING:
    from playbooks.io.locking import PlaybookLock


def register(commands: Any) -> None:
    """Add the ``translate`` command and its subcommands."""
    parser = commands.add_parser(
        "translate",
        help="add, refresh or list a spoke's translations of its playbook's texts",
        description="A spoke's translations of the hub's (and its own) texts, each tied to the text it translates.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, helptext in (
        ("set", "add or replace the translation of a field, recording the source text's digest"),
        ("refresh", "record the current source for a reviewed translation (after SPOKE-TRANSLATION-STALE)"),
        ("list", "each translation of the spoke, and whether it is current"),
    ):
        sub = actions.add_parser(name, help=helptext, description=helptext[0].upper() + helptext[1:] + ".")
        sub.add_argument("spoke", metavar="SPOKE", help="a spoke file (.playbook.yaml with a 'spoke:' block)")
        if name != "list":
            sub.add_argument("field", metavar="FIELD", help="the field, e.g. content.rules[r-promo].wording")
        sub.add_argument(
            "--language", metavar="TAG", required=name != "list", help="the translation's language: de, de-DE, ja, ..."
        )
        if name == "set":
            text = sub.add_mutually_exclusive_group(required=True)
            text.add_argument("--text", help="the translated text")
            text.add_argument("--text-file", metavar="FILE", help="a UTF-8 file holding the translated text")
        if name != "list":
            sub.add_argument("--reviewed-by", metavar="NAME", help="who reviewed the translation against its source")
            sub.add_argument(
                "--hub-approval",
                metavar="NAME",
                help="who at the hub approved the translation (needed for a text the hub locks)",
            )
        if name != "list":
            add_save_options(sub)
        sub.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run one action; the exit code as described above."""
    if args.action == "list":
        return _list(args)
    # read and write under the spoke's lock: an edit saved meanwhile is in what is read here
    with writing(args.spoke, break_lock=args.break_lock) as lock:
        return _record(args, lock)


def _read(spoke: str) -> Any:
    """The spoke's read (its resolution and the digest of the file as read)."""
    from playbooks.tailoring.reader import read_playbook

    try:
        read = read_playbook(spoke, as_spoke=True)
        resolution = read.resolution
    except PlaybookLoadError as exc:
        raise CliError(str(exc), EXIT_UNREADABLE if exc.kind != "schema" else EXIT_FINDINGS) from None
    assert resolution is not None  # read as a spoke: a resolution, or an error
    if resolution.effective is None:
        first = next((f for f in resolution.findings if f.severity.value == "error"), None)
        raise CliError(f"{resolution.file}: {first.message if first else 'the spoke cannot be resolved'}")
    return read


def _record(args: argparse.Namespace, lock: PlaybookLock) -> int:
    from playbooks.cli.rebase import save_changed_spoke
    from playbooks.format.language import LanguageError
    from playbooks.tailoring.translations import TranslationProblem, record_translation

    read = _read(args.spoke)
    resolution = read.resolution
    text: str | None = None
    if args.action == "set":
        if args.text_file is not None:
            try:
                # read as every file Charter reads: a regular file, within the size limit, UTF-8
                # (a fifo or /dev/zero is refused before it is read)
                text = read_text(Path(args.text_file))
            except PlaybookLoadError as exc:
                raise CliError(str(exc)) from None
            except OSError as exc:
                raise CliError(f"{args.text_file}: cannot be read ({exc.__class__.__name__})") from None
        else:
            text = args.text
        if not str(text).strip():
            raise CliError("the translation is empty; give its text with --text or --text-file", EXIT_FINDINGS)
    try:
        updated = record_translation(
            resolution.spoke,
            resolution.effective,
            args.field,
            args.language,
            text,
            reviewed_by=args.reviewed_by,
            hub_approval=args.hub_approval,
            hub=resolution.hub,
        )
    except TranslationProblem as problem:
        raise CliError(f"{resolution.file}: {args.field}: {problem.code}: {problem.message}", EXIT_FINDINGS) from None
    except (LanguageError, ValueError) as exc:
        raise CliError(f"{resolution.file}: {args.field}: {exc}", EXIT_FINDINGS) from None
    unchanged = f"{resolution.file}: the translation of {args.field} into {args.language} is already current"
    if not save_changed_spoke(
        updated, resolution.spoke, args.spoke, unchanged, lock=lock, digest=read.digest, force=args.force
    ):
        return EXIT_OK
    done = "refreshed" if args.action == "refresh" else "recorded"
    say(f"{resolution.file}: translation of {args.field} into {args.language} {done}")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from playbooks.format.language import LanguageError, parse_locale
    from playbooks.tailoring.translations import TranslationProblem, source_digest, text_at

    resolution = _read(args.spoke).resolution
    try:
        wanted = parse_locale(args.language).language if args.language else None
    except LanguageError as exc:
        raise CliError(f"--language: {exc}") from None
    problems = 0
    for translation in resolution.spoke.translations:
        if wanted is not None and parse_locale(translation.language).language != wanted:
            continue
        try:
            source, _index_path = text_at(resolution.effective, translation.path)
        except TranslationProblem as problem:
            state = f"{problem.code}: {problem.message}"
            problems += 1
        else:
            current = source_digest(source) == translation.source_digest
            state = "current" if current else "STALE: the source changed since it was translated"
            problems += not current
        say(f"{translation.language}  {translation.path}  {state}")
    return EXIT_FINDINGS if problems else EXIT_OK
