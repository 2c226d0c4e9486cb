"""The worker pool's delivery (ui/workers.py)."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from ui import workers


def test_a_receiver_destroyed_while_its_job_runs_gets_nothing_and_nothing_is_freed_under_the_worker(
    qtbot: Any,
) -> None:
    # the signal object a worker emits through stays until the job is delivered: deleting it with
    # its receiver while the worker emitted was a race between the threads that crashed the editor
    gate = threading.Event()
    receiver = QObject()
    got: list[Any] = []
    job = workers.start(lambda: gate.wait(5) and 42, on_done=got.append, on_error=got.append, receiver=receiver)
    signals = job.signals
    shiboken6.delete(receiver)
    assert shiboken6.isValid(signals)
    gate.set()
    qtbot.waitUntil(lambda: not shiboken6.isValid(signals), timeout=5_000)
    assert got == []


def test_a_living_receiver_gets_the_result(qtbot: Any) -> None:
    receiver = QObject()
    got: list[Any] = []
    workers.start(lambda: 42, on_done=got.append, on_error=got.append, receiver=receiver)
    qtbot.waitUntil(lambda: got == [42], timeout=5_000)
