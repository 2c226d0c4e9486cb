"""Charter: the editor and the command line in one entry point.

``python main.py``                  start the editor (the last file, or the welcome page)
``python main.py FILE``             start the editor on FILE
``python main.py COMMAND ...``      run a command (validate, new, export, ...) without a window
"""

from __future__ import annotations

import contextlib
import gc
import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from playbooks.cli import is_command_line

    if is_command_line(args):
        gc.enable()
        from playbooks.cli.main import main as cli_main

        if args[0] == "export":
            register_pdf_writer()
        if "--version" in args and "--verbose" in args:
            register_qt_version()
        return cli_main(args)
    return run_editor(args)


def register_pdf_writer() -> None:
    """PDF export uses Qt's renderer (ui/pdf.py registers it); without it the other formats still work."""
    try:
        import ui.pdf  # noqa: F401
    except ImportError as exc:
        # the pdf format then says in one line why: PySide6 missing, or a system library Qt needs
        # (on a bare machine: "libEGL.so.1: cannot open shared object file")
        from playbooks.export import UNAVAILABLE

        UNAVAILABLE["pdf"] = f"PDF export needs Charter's Qt renderer, which could not be loaded: {exc}"


def register_qt_version() -> None:
    """``--version --verbose`` shows Qt's version (ui/about.py registers it); without PySide6 it says so."""
    with contextlib.suppress(ImportError):
        import ui.about  # noqa: F401


def run_editor(args: list[str]) -> int:
    try:
        import PySide6  # noqa: F401
    except ImportError:
        sys.stderr.write(
            "charter: error: the editor needs PySide6, which is not installed; the commands work without it\n"
        )
        return 2
    try:
        from ui.app import run
    except ImportError as exc:  # a system library Qt needs is missing: say which, in one line
        sys.stderr.write(f"charter: error: the editor cannot start: {exc}\n")
        return 2
    return run(args)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # custom templates render in a spawned child, also in the frozen build
    # Start-up builds a large heap of long-lived objects (the Qt bindings, the pydantic model)
    # and no garbage cycles worth collecting, so the cycle collector would only re-scan that
    # growing heap again and again. The editor turns it back on once its window is up and the
    # domain imported (ui/startup.py); a command turns it back on before it runs.
    gc.disable()
    sys.exit(main())
