"""The one error funnel of the editor.

Expected errors (a file that cannot be read, a save that failed, a refused action) reach the
user as a plain message. Anything else is a bug: it is logged with its traceback in the
user's log folder and shown with a details box. ``sys.excepthook`` and
``threading.excepthook`` both end here, so no error is ever lost or printed to a console
nobody reads; errors raised in worker threads are handed to the GUI thread first.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ui import dialogs
from ui.i18n import translate

log = logging.getLogger("charter")


class ExpectedError(Exception):
    """A failure the user can understand and act on; its text is the whole message."""


def expected_errors() -> tuple[type[BaseException], ...]:
    """The exception types shown plainly (storage's load/save errors, :class:`ExpectedError`)."""
    # imported here, not at the top: the window is shown before the domain (~0.4 s) is imported
    from playbooks.io.storage import PlaybookLoadError, PlaybookSaveError

    return (ExpectedError, PlaybookLoadError, PlaybookSaveError)


def log_folder() -> Path:
    """The platform's per-user folder for Charter's logs (on Linux the command line's XDG state folder)."""
    if sys.platform.startswith("linux"):
        from playbooks.io.logs import log_folder as shared_log_folder

        return shared_log_folder()
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home() / ".charter") / "logs"


def log_file() -> Path:
    return log_folder() / "charter.log"


class LogFile(logging.Handler):
    """The rotating log file in the user's log folder, opened at the first record.

    Opening it (and importing ``logging.handlers``, which brings sockets and pickling along)
    waits until there is something to write, so an editor start that logs nothing pays
    nothing for it (issue 8).
    """

    def __init__(self) -> None:
        super().__init__()
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            self._file = self._open()
        self._file.handle(record)

    def _open(self) -> logging.Handler:
        import logging.handlers

        try:
            log_folder().mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = logging.handlers.RotatingFileHandler(
                log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError:
            handler = logging.NullHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        return handler

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging() -> None:
    """Log to a rotating file in the user's log folder (never to the network)."""
    if any(isinstance(h, LogFile) for h in log.handlers):
        return
    log.addHandler(LogFile())
    log.setLevel(logging.INFO)


def report(error: BaseException, parent: QWidget | None = None, context: str = "") -> None:
    """Show ``error`` to the user: plainly when expected, with details (and logged) when not."""
    parent = parent or _active_window()
    if isinstance(error, expected_errors()):
        log.info("%s%s", f"{context}: " if context else "", error)
        dialogs.current().inform(parent, "Charter", f"{context}\n\n{error}" if context else str(error))
        return
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error%s\n%s", f" ({context})" if context else "", details)
    what = (
        translate("Errors", "Something went wrong that Charter did not expect while {context}.").format(context=context)
        if context
        else translate("Errors", "Something went wrong that Charter did not expect.")
    )
    text = (
        what
        + " "
        + translate("Errors", "Your document is still open; save your work under a new name if in doubt.")
        + "\n\n"
        + translate("Errors", "The details were written to {file}.").format(file=log_file())
    )
    dialogs.current().error(parent, translate("Errors", "Charter: unexpected error"), text, details)


def _active_window() -> QWidget | None:
    app = QApplication.instance()
    return app.activeWindow() if isinstance(app, QApplication) else None


class _Relay(QObject):
    """Carries errors from any thread to the GUI thread (queued signal)."""

    raised = Signal(object)


_relay: _Relay | None = None
_reporting = False


def _on_raised(error: BaseException) -> None:
    global _reporting
    if _reporting:  # an error while showing an error: log it, never recurse
        log.error("error while reporting an error: %r", error)
        return
    _reporting = True
    try:
        report(error)
    finally:
        _reporting = False


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if error.__traceback__ is None:
        error = error.with_traceback(tb)
    if _relay is not None:
        _relay.raised.emit(error)
    else:
        sys.__excepthook__(kind, error, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install_hooks() -> None:
    """Route uncaught exceptions of every thread to :func:`report` (call once a QApplication exists)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.raised.connect(_on_raised)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
