"""Starting the editor: arguments, QApplication, style, error hooks, the main window.

``python main.py``                 the last file, or the welcome page
``python main.py FILE``            open FILE
``python main.py --smoke-test FILE`` open FILE and wait until its content has painted; print
                                   the start-up time (milliseconds from process start to the
                                   window's first paint) and exit 0 (CI, benchmark, binary
                                   check); stderr: "window shown after N ms, content shown
                                   after M ms"
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from ui.dialogs import Dialogs

#: When the process started, as early as we can know it (main.py may set it first thing).
PROCESS_START = time.perf_counter()


class _Parser(argparse.ArgumentParser):
    """Bad arguments: one line on stderr, exit 2 (like the command line)."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"charter: error: {message} (see 'charter --help')\n")
        raise SystemExit(2)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = _Parser(prog="charter", description="Charter: the playbook editor.", add_help=True)
    parser.add_argument("file", nargs="?", help="a playbook to open")
    parser.add_argument("--smoke-test", metavar="FILE", help="open FILE, print the start-up time in ms, exit")
    parser.add_argument("--no-restore", action="store_true", help="do not reopen the last file")
    args = parser.parse_args(list(argv))
    for name in (args.file, args.smoke_test):
        if name is not None and not Path(name).is_file():
            parser.error(f"no such file: {name}")
    if args.file and args.smoke_test:
        parser.error("give either FILE or --smoke-test FILE")
    return args


def _process_start() -> float:
    """perf_counter() value at process start: from /proc (interpreter start included), else
    main.py's ``STARTED`` stamp, else the import of this module."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        age = uptime - int(fields[19]) / ticks
        return time.perf_counter() - age
    except (OSError, ValueError, IndexError):
        stamp = getattr(sys.modules.get("__main__"), "STARTED", None)
        return stamp if isinstance(stamp, float) else PROCESS_START


def run(argv: Sequence[str]) -> int:
    """Start the editor; returns the exit code.

    The window paints first (frame, menus, toolbar, docks, "Opening ..."); then the domain
    (the pydantic model, storage) and the file are loaded in a worker, the document's first
    page is shown, and after its paint the panels in the docks are built (the checks and the
    preview start there).
    """
    args = parse_args(argv)
    started = _process_start()
    if args.smoke_test:
        # a message box (a load error, an unexpected exception) ends the smoke test at once,
        # instead of waiting for a click that never comes
        from ui import dialogs

        dialogs.install(SmokeTestDialogs())
    from ui import startup

    startup.manage()
    if args.smoke_test and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from ui import errors, i18n, settings, site, theme

    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    errors.setup_logging()
    errors.install_hooks()
    theme.apply(app, settings.theme())
    i18n.install(i18n.chosen_language(settings.language()))

    from ui.mainwindow import MainWindow

    target = args.smoke_test or args.file or ("" if args.no_restore else settings.last_file())
    if target and not Path(target).is_file():
        target = ""
    window = MainWindow(opening=target)

    if args.smoke_test:
        return _smoke_test(app, window, args.smoke_test, started)

    window.show()

    def after_first_paint() -> None:
        site.show_notice(window)
        if window.files.offer_recovery():
            window.statusBar().clearMessage()
        elif target:
            # the panels follow the first paint of its content (MainWindow.install)
            window.files.open_path(target, ask=False, progress_dialog=False)  # its worker ends the pause
            return
        window.build_panels()
        startup.end()

    window.after_next_paint(after_first_paint)
    return int(app.exec())


def _smoke_test(app: Any, window: Any, file: str, started: float) -> int:
    """Show the window, open ``file`` after its first paint, wait for the paint of the loaded
    document and its first check, exit.

    stdout gets the start-up time: milliseconds from process start to the window's first paint
    (its frame, menus, toolbar and docks, "Opening FILE..." in the status bar; the panels in
    the docks follow), the moment a hello-world window is measured at too. stderr gets both times: "window shown" (the same)
    and "content shown", the first paint of the loaded playbook, which adds the domain's
    imports (pydantic and the model), the load and the first page. The run ends after the
    first check of the playbook.
    """
    from PySide6.QtCore import QTimer

    from ui import dialogs, site

    result = {"code": 1}
    times: dict[str, float] = {}

    def elapsed() -> float:
        return (time.perf_counter() - started) * 1000

    def content_painted() -> None:
        times["content"] = elapsed()
        sys.stdout.write(f"{times['window']:.0f}\n")
        sys.stdout.flush()
        sys.stderr.write(
            f"charter: window shown after {times['window']:.0f} ms, content shown after {times['content']:.0f} ms\n"
        )
        result["code"] = 0
        # the run ends once the playbook is checked, as the user then has it open: its peak
        # memory includes the checks (it once depended on whether they had started, issue 22)
        window.problems.updated.connect(lambda _count: app.quit())

    def on_document_changed(document: object) -> None:
        if document is None or "content" in times:
            return
        window.after_next_paint(content_painted)
        page = window.pages.currentWidget()
        (page or window).update()

    def window_painted() -> None:
        times["window"] = elapsed()
        site.show_notice(window)
        window.files.open_path(file, ask=False, progress_dialog=False)

    def give_up() -> None:
        sys.stderr.write(f"charter: error: {file}: could not be opened for the smoke test\n")
        result["code"] = 2
        app.quit()

    smoke = dialogs.current()
    assert isinstance(smoke, SmokeTestDialogs)
    if smoke.failed:  # while the window was built
        return 2
    smoke.on_failure = app.quit
    window.document_changed.connect(on_document_changed)
    window.show_opening(file)
    window.show()
    window.after_next_paint(window_painted)
    QTimer.singleShot(60_000, give_up)
    app.exec()
    window.close()
    return 2 if smoke.failed else result["code"]


class SmokeTestDialogs(Dialogs):
    """The smoke test's answers: any message (a load error, an unexpected exception) is printed
    as one line on stderr and fails the run, exit code 2; a question takes its first option."""

    def __init__(self) -> None:
        self.failed = False
        self.on_failure: Callable[[], None] = lambda: None

    def inform(self, parent: Any, title: str, text: str) -> None:
        sys.stderr.write(f"charter: error: {(text.strip().splitlines() or [title])[0]}\n")
        sys.stderr.flush()
        self.failed = True
        self.on_failure()

    def error(self, parent: Any, title: str, text: str, details: str) -> None:
        self.inform(parent, title, details.strip().splitlines()[-1] if details.strip() else text)

    def choose(self, parent: Any, title: str, text: str, options: list[str]) -> int:
        return 0
