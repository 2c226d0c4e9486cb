"""The command line: ``python main.py COMMAND ...`` (and the packaged binary, the same way).

Exit codes: 0 success; 1 error-level findings; 2 a file could not be read or parsed, or the
command line itself was wrong. Every failure is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from playbooks import __version__

#: Command modules under playbooks.cli, in the order ``--help`` lists them.
COMMAND_MODULES = ["validate", "new", "presets", "schema"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNREADABLE = 2


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
    parser.add_argument("--version", action="version", version=f"charter {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"playbooks.cli.{name}").register(commands)
    return parser


def command_names() -> list[str]:
    """The names of every subcommand (main.py uses them to tell CLI from GUI arguments)."""
    return [name.replace("_", "-") for name in COMMAND_MODULES]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        return int(args.run(args))
    except CliError as exc:
        sys.stderr.write(f"charter: error: {exc}\n")
        return exc.code
    except KeyboardInterrupt:
        sys.stderr.write("charter: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
