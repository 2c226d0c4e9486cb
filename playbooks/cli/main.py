"""The command line: ``python main.py COMMAND ...`` (and the packaged binary, the same way).

Exit codes: 0 success; 1 error-level findings; 2 a file could not be read or parsed, or the
command line itself was wrong; 3 an internal error (a bug: the traceback goes to the log file).
Every failure is one line on stderr, never a traceback.

All output goes through one funnel: :func:`main` guards ``sys.stdout`` and ``sys.stderr`` so
that no control, bidi or zero-width character from a file ever reaches the terminal raw
(:func:`playbooks.format.messages.printable_lines`), whatever a command writes; a message
itself is made one line (:func:`playbooks.format.messages.one_line`) where it is worded
(:func:`say`, :class:`CliError`), so that a newline in a file name or a rationale cannot forge
a line of output either.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import sys
import traceback
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from playbooks import __version__
from playbooks.cli import COMMAND_MODULES
from playbooks.format.messages import one_line, printable_lines
from playbooks.io import config
from playbooks.io.logs import log_folder

if TYPE_CHECKING:
    from playbooks.io.locking import PlaybookLock
    from playbooks.io.storage import WriteGuard

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNREADABLE = 2
EXIT_INTERNAL = 3


class CliError(Exception):
    """An expected failure: printed as one line, exits with ``code``."""

    def __init__(self, message: str, code: int = EXIT_UNREADABLE) -> None:
        super().__init__(message)
        self.code = code

    def __str__(self) -> str:
        return one_line(super().__str__())


def say(*lines: str, err: bool = False) -> None:
    """Write each of ``lines`` as one line of output (stderr with ``err``)."""
    stream = sys.stderr if err else sys.stdout
    stream.write("".join(f"{one_line(line)}\n" for line in lines))


def add_force(parser: argparse.ArgumentParser, what: str = "OUT") -> None:
    """The ``--force`` option of a command that writes a new file."""
    parser.add_argument("--force", action="store_true", help=f"replace {what} if it exists")


def add_break_lock(parser: argparse.ArgumentParser) -> None:
    """The ``--break-lock`` option of a command that changes a playbook file."""
    parser.add_argument(
        "--break-lock",
        action="store_true",
        help="take over the file's lock even though another Charter seems to hold it (when that Charter is gone)",
    )


def add_save_options(parser: argparse.ArgumentParser) -> None:
    """The options of a command that saves a playbook file in place: ``--break-lock`` and ``--force``."""
    add_break_lock(parser)
    parser.add_argument(
        "--force",
        action="store_true",
        help="save even though the file is write-protected, or has other names (hard links) that keep the old version",
    )


@contextlib.contextmanager
def writing(path: str | Path, *, break_lock: bool = False) -> Iterator[PlaybookLock]:
    """Hold the lock of the playbook at ``path`` while a command reads, changes and writes it
    (:func:`playbooks.io.locking.writing`); a lock that stays taken is one line naming its holder.
    Yields the lock, for :func:`saving`."""
    from playbooks.io import locking

    try:
        with locking.writing(path, break_lock=break_lock) as lock:
            yield lock
    except locking.LockBusy as exc:
        advice = " (if that Charter is gone, pass --break-lock)" if exc.breakable else ""
        raise CliError(f"{exc}{advice}") from None


class Saving:
    """What a command's save of a file it read under a lock needs (:func:`saving`): ``guard``,
    the checks made right before the file is replaced (it still holds what was read, the lock
    is still the command's own, and, unless ``--force``, it is not write-protected or
    hard-linked), and :meth:`report` for what the save could not do besides (the backup)."""

    def __init__(self, guard: WriteGuard) -> None:
        self.guard = guard

    def report(self, note: str) -> None:
        """A warning line, when the save returned one."""
        if note:
            say(f"charter: warning: {note}", err=True)


@contextlib.contextmanager
def saving(lock: PlaybookLock, digest: str, *, force: bool = False) -> Iterator[Saving]:
    """Around a command's save of a playbook it read (``digest``) under ``lock``: a refused save
    is one line, with the advice to pass ``--force`` where that helps."""
    from playbooks.io.storage import NeedsForce, PlaybookSaveError, WriteGuard

    try:
        yield Saving(WriteGuard(digest=digest, holding=lock.still_held, force=force))
    except NeedsForce as exc:
        raise CliError(f"{exc} (pass --force to save it all the same)") from None
    except PlaybookSaveError as exc:
        raise CliError(str(exc)) from None


def write_new(
    path: str | Path,
    data: bytes,
    *,
    force: bool,
    protect: Iterable[str | Path] = (),
    playbook: bool = False,
    break_lock: bool = False,
) -> None:
    """Write a command's new file (:func:`playbooks.io.storage.write_output`); refusals are one line.

    Replacing a playbook (``playbook`` and ``force``) is a write like any other, under its lock."""
    from playbooks.io.storage import write_output

    if playbook and force:
        with writing(path, break_lock=break_lock) as lock, _output_refusals():
            write_output(path, data, force=True, protect=protect, playbook=True, holding=lock.still_held)
        return
    with _output_refusals():
        write_output(path, data, force=force, protect=protect, playbook=playbook)


def check_new(path: str | Path, *, force: bool, protect: Iterable[str | Path] = (), playbook: bool = False) -> None:
    """:func:`write_new`'s refusals, before the work that makes the file's content."""
    from playbooks.io.storage import check_output

    with _output_refusals():
        check_output(path, force=force, protect=protect, playbook=playbook)


@contextlib.contextmanager
def _output_refusals() -> Iterator[None]:
    from playbooks.io.storage import OutputExists, PlaybookSaveError

    try:
        yield
    except OutputExists as exc:
        raise CliError(f"{exc}; choose another name or pass --force") from None
    except PlaybookSaveError as exc:
        raise CliError(str(exc)) from None


def json_text(data: Any, **options: Any) -> str:
    """``data`` as indented JSON (non-ASCII text kept readable) plus a newline.

    JSON escapes only the C0 controls itself; every other character that the output funnel
    would escape (bidi, zero-width, C1, lone surrogates) is written as a JSON ``\\u`` escape
    here, so the output stays valid JSON with exactly the same values.
    """
    text = json.dumps(data, indent=2, ensure_ascii=False, **options)
    return _json_escaped(text) + "\n"


def _json_escaped(text: str) -> str:
    if all(line.isprintable() for line in text.split("\n")):
        return text
    out = []
    for ch in text:
        if ch == "\n" or ch.isprintable():
            out.append(ch)
        elif ord(ch) > 0xFFFF:
            high, low = divmod(ord(ch) - 0x10000, 0x400)
            out.append(f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}")
        else:
            out.append(f"\\u{ord(ch):04x}")
    return "".join(out)


class _Guarded:
    """A text stream that writes through :func:`printable_lines`: the output funnel of every command."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        safe = printable_lines(text)
        try:
            self._stream.write(safe)
        except UnicodeEncodeError:  # a terminal that cannot show some letters gets escapes for them
            encoding = getattr(self._stream, "encoding", None) or "ascii"
            self._stream.write(safe.encode(encoding, "backslashreplace").decode(encoding))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def guarded_output() -> Iterator[None]:
    """While inside, everything written to stdout and stderr passes the output funnel."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Guarded(saved[0]), _Guarded(saved[1])
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


class Parser(argparse.ArgumentParser):
    """argparse, but a bad argument is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        say(f"charter: error: {message} (see 'charter {self._command()}--help')", err=True)
        raise SystemExit(EXIT_UNREADABLE)

    def _command(self) -> str:
        parts = self.prog.split()[1:]
        return " ".join(parts) + " " if parts else ""


def build_parser() -> Parser:
    parser = Parser(prog="charter", description="Charter: social media governance playbooks.")
    parser.add_argument("--version", action="store_true", help="print 'charter <version>' and exit")
    parser.add_argument(
        "--verbose", action="store_true", help="with --version: also the commit, build date, Python and Qt versions"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"playbooks.cli.{name}").register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every byte it prints passes the output funnel (:func:`guarded_output`)."""
    with guarded_output():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print_version(verbose=args.verbose)
        return EXIT_OK
    if args.verbose:
        parser.error("--verbose goes with --version")
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        return int(args.run(args))
    except CliError as exc:
        say(f"charter: error: {exc}", err=True)
        return exc.code
    except config.LockedError as exc:  # an option the site's configuration locks
        say(f"charter: error: {exc}", err=True)
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        sys.stderr.write("charter: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last line of defence: never a traceback
        log = write_crash_log()
        say(f"charter: internal error: {type(exc).__name__}: {exc} (details in {log}); please report this", err=True)
        return EXIT_INTERNAL


def print_version(*, verbose: bool) -> None:
    """``charter <version>``; verbose: the build's provenance (:mod:`playbooks.io.buildinfo`)."""
    if not verbose:
        sys.stdout.write(f"charter {__version__}\n")
        return
    from playbooks.io.buildinfo import about_lines

    sys.stdout.write("\n".join(about_lines()) + "\n")


_warned: list[config.SiteConfig] = []


def site_config() -> config.SiteConfig:
    """The site configuration; its problems go to stderr, one line each, once per process."""
    current = config.current()
    if not any(seen is current for seen in _warned):
        _warned.append(current)
        for problem in current.problems:
            say(f"charter: warning: {problem}", err=True)
    return current


def write_crash_log() -> Path:
    """Append the current exception's traceback to the log file; return its path."""
    path = log_folder() / "charter.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now(UTC).isoformat(timespec='seconds')} charter {__version__}\n")
            handle.write(traceback.format_exc())
    except OSError:
        pass
    return path
