"""The command line: ``python main.py COMMAND ...`` (and the packaged binary, the same way).

Exit codes: 0 success; 1 error-level findings; 2 a file could not be read or parsed, or the
command line itself was wrong; 3 an internal error (a bug: the traceback goes to the log file).
Every failure is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

from playbooks import __version__
from playbooks.cli import COMMAND_MODULES
from playbooks.io import config
from playbooks.io.logs import log_folder

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNREADABLE = 2
EXIT_INTERNAL = 3


class CliError(Exception):
    """An expected failure: printed as one line, exits with ``code``."""

    def __init__(self, message: str, code: int = EXIT_UNREADABLE) -> None:
        super().__init__(message)
        self.code = code


class Parser(argparse.ArgumentParser):
    """argparse, but a bad argument is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"charter: error: {message} (see 'charter {self._command()}--help')\n")
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
        sys.stderr.write(f"charter: error: {exc}\n")
        return exc.code
    except config.LockedError as exc:  # an option the site's configuration locks
        sys.stderr.write(f"charter: error: {exc}\n")
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        sys.stderr.write("charter: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last line of defence: never a traceback
        log = write_crash_log()
        sys.stderr.write(
            f"charter: internal error: {type(exc).__name__}: {exc} (details in {log}); please report this\n"
        )
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
            sys.stderr.write(f"charter: warning: {problem}\n")
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
