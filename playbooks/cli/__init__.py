"""The command line's subcommands: the one list main.py and ``playbooks.cli`` share.

Kept apart from ``playbooks.cli`` (argparse and the command modules) so that ``main.py`` tells
a command from an editor start without importing the command line: the editor's start-up pays
only for what it shows (issue 8).
"""

#: Command modules under playbooks.cli, in the order ``--help`` lists them.
COMMAND_MODULES = (
    "validate",
    "checks",
    "new",
    "presets",
    "schema",
    "signoff",
    "compare",
    "merge",
    "resolve",
    "diff",
    "rebase",
    "export",
    "translate",
    "config",
)

#: Arguments that go to the command line although they name no command.
COMMAND_LINE_OPTIONS = ("-h", "--help", "--version", "--verbose")


def command_names() -> list[str]:
    """The names of every subcommand, as typed."""
    return [name.replace("_", "-") for name in COMMAND_MODULES]


def is_command_line(args: list[str]) -> bool:
    """Whether ``args`` (without the program name) ask for the command line, not the editor."""
    return bool(args) and (args[0] in command_names() or args[0] in COMMAND_LINE_OPTIONS)
