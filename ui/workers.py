"""Long work off the GUI thread: a function on a snapshot, its result delivered by signal.

Each :class:`Job` runs one function in the global ``QThreadPool``; the result (or the
exception) comes back to the GUI thread through queued signals. A job can be cancelled:
the function receives a :class:`CancelToken` if it asks for one, and a cancelled job's
result is dropped. Callers pass immutable snapshots (the document's playbook), never live
widgets or models.

A job runs in a copy of the context it was started from (its context variables): the language
the editor speaks (``playbooks.format.language``) holds in the worker as in the GUI thread, so
that check messages computed there read as the window around them.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class CancelToken:
    """Set by the GUI thread, read by the worker."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)
    dropped = Signal()  # a cancelled job ends without a result: its signals can go


#: The signal objects of jobs not yet delivered (GUI thread only). They are kept here, not by
#: the receiver: a receiver destroyed while its worker runs would delete them under the worker
#: as it emits (a race between the two threads that crashed the process).
_PENDING: set[_Signals] = set()


class Job(QRunnable):
    """One function call in the thread pool.

    Signals (on ``job.signals``):
        finished(object): the function's return value.
        failed(object): the exception it raised.
        progress(int, str): percent and a message, if the function reports progress.
    """

    def __init__(self, function: Callable[..., Any], *args: Any, with_token: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.signals = _Signals()
        self.token = CancelToken()
        self._function = function
        self._args = args
        self._with_token = with_token
        self._context = contextvars.copy_context()  # the starting thread's, taken now

    def run(self) -> None:
        try:
            if self._with_token:
                result = self._context.run(self._function, *self._args, token=self.token, progress=self._progress)
            else:
                result = self._context.run(self._function, *self._args)
        except BaseException as exc:  # handed to the GUI thread's error funnel
            self._deliver(self.signals.failed, exc)
            return
        self._deliver(self.signals.finished, result)

    def _progress(self, percent: int, message: str) -> None:
        self._deliver(self.signals.progress, percent, message)

    def _deliver(self, signal: Any, *values: Any) -> None:
        if self.token.cancelled:
            if signal is not self.signals.progress:
                self.signals.dropped.emit()
            return
        # RuntimeError: the receiver was closed meanwhile, nobody is waiting for this result
        with contextlib.suppress(RuntimeError):
            signal.emit(*values)


def start(
    function: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    receiver: QObject,
    with_token: bool = False,
) -> Job:
    """Run ``function(*args)`` in the pool; ``on_done``/``on_error`` run on the GUI thread.

    ``receiver`` owns the connections, so nothing is delivered once it is destroyed.
    """
    job = Job(function, *args, with_token=with_token)
    signals = job.signals
    # the signal object lives in the GUI thread until its job is delivered (or dropped); what it
    # delivers reaches the receiver only while the receiver exists
    _PENDING.add(signals)

    def settled() -> None:
        _PENDING.discard(signals)
        signals.deleteLater()

    def deliver(slot: Callable[[Any], None], value: Any) -> None:
        settled()
        if shiboken6.isValid(receiver):
            slot(value)

    signals.finished.connect(lambda result: deliver(on_done, result))
    signals.failed.connect(lambda error: deliver(on_error, error))
    signals.dropped.connect(settled)
    QThreadPool.globalInstance().start(job)
    return job
