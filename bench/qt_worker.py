"""The Qt half of the benchmark, run by :mod:`bench.measure` in a subprocess (offscreen).

``python -m bench.qt_worker pdf EXAMPLE HUNDRED RUNS [OFFICE]``: PDF export timings and page counts
(OFFICE: LibreOffice's conversion command as JSON, timed alternately with the 100-page export).
``python -m bench.qt_worker gui RUNS FILE...``: edit-to-problems-updated in the real main window.

Prints one JSON line on stdout; ``{"skipped": why}`` when the code to measure is not there.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# PySide6 6.12 on Python 3.11 drops a reference to None on every call of a Qt method that
# returns nothing (QTimer.start, QWidget.update, processEvents...); None is not immortal
# before Python 3.12, so after a few thousand such calls the process dies with "Fatal Python
# error: none_dealloc". These references keep None alive for the length of a benchmark run.
_NONE_BALLAST = [None] * 5_000_000 if sys.version_info < (3, 12) else []


def _stats(times: list[float]) -> dict[str, float]:
    return {"median": statistics.median(times), "min": min(times), "max": max(times)}


def _timed(function: Callable[[], Any], runs: int) -> tuple[dict[str, float], Any]:
    result = function()  # warm-up: imports, fonts, template compilation
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return _stats(times), result


def pdf(example: str, hundred: str, runs: int, office: list[str] | None = None) -> dict[str, Any]:
    """Policy PDF of the example and of the 100-page playbook; with ``office`` (LibreOffice's
    conversion command, the peer baseline), the 100-page one alternately with it."""
    try:
        import ui.pdf  # noqa: F401  (registers the pdf writer)
    except ImportError as exc:
        return {"skipped": f"ui/pdf.py cannot be imported ({exc})"}
    from bench.measure import count_pages
    from playbooks.export import export_document
    from playbooks.io import storage

    out: dict[str, Any] = {}
    playbook = storage.load(example)
    stats, data = _timed(lambda: export_document(playbook, "policy", "pdf"), runs)
    out["example"] = {**stats, "pages": count_pages(data)}
    big = storage.load(hundred)

    def ours() -> Any:
        return export_document(big, "policy", "pdf")

    def theirs() -> None:
        assert office is not None
        subprocess.run(office, check=True, capture_output=True, timeout=300)

    n = max(3, runs // 2)
    if office is None:
        stats, data = _timed(ours, n)
        out["hundred"] = {**stats, "pages": count_pages(data)}
        return out
    try:
        times, data = _alternated(ours, theirs, n)
    except (subprocess.SubprocessError, OSError) as exc:
        stats, data = _timed(ours, n)
        out["hundred"] = {**stats, "pages": count_pages(data)}
        out["office"] = f"LibreOffice failed ({type(exc).__name__})"
        return out
    out["hundred"] = {**_stats(times[0]), "pages": count_pages(data)}
    out["office"] = _stats(times[1])
    return out


def _alternated(function: Callable[[], Any], baseline: Callable[[], Any], runs: int) -> tuple[list[list[float]], Any]:
    """Time ``function`` and ``baseline`` alternately (after a warm-up of each); ``function``'s result."""
    result = function()
    baseline()
    times: list[list[float]] = [[], []]
    for _ in range(runs):
        for which, callable_ in enumerate((function, baseline)):
            start = time.perf_counter()
            value = callable_()
            times[which].append(time.perf_counter() - start)
            if which == 0:
                result = value
    return times, result


def gui(runs: int, paths: list[str]) -> dict[str, Any]:
    """Per file: open it in the main window, then time edits until the problems panel updated."""
    try:
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from ui import dialogs
        from ui.mainwindow import MainWindow
    except ImportError as exc:
        return {"skipped": f"the editor's main window is not there yet ({exc})"}

    class Quiet(dialogs.Dialogs):
        """Never block on a dialog: answer as a cautious user would."""

        def choose(self, parent: Any, title: str, text: str, options: list[str]) -> int:
            return 0

        def inform(self, parent: Any, title: str, text: str) -> None:
            raise RuntimeError(text.splitlines()[0] if text else title)

        def error(self, parent: Any, title: str, text: str, details: str) -> None:
            raise RuntimeError(text.splitlines()[0] if text else title)

    app = QApplication.instance() or QApplication(["charter-bench"])
    dialogs.install(Quiet())
    from ui import startup

    startup.manage()  # the collector as the editor's own process keeps it (ui.app.run)

    # the editor's own event loop sleeps between events: so does this one (a loop polling
    # processEvents held the interpreter against the checks worker and slowed what it timed)
    wake = QTimer()
    wake.start(50)  # only to notice the timeout: the conditions change on delivered events

    def wait(condition: Callable[[], bool], timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError("timed out waiting for the editor")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    out: dict[str, Any] = {}
    for path in paths:
        window = MainWindow()
        window.show()
        window.files.open_path(path, ask=False)
        wait(lambda window=window: window.files.wait_loaded() and window.document is not None)
        wait(lambda window=window: window.problems.is_current())
        out[path] = _edit_timings(window, runs, wait)
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
        app.processEvents()
    return out


def _edit_timings(window: Any, runs: int, wait: Callable[[Callable[[], bool]], None]) -> dict[str, Any]:
    """Edit the title ``runs`` times; time each edit until the problems panel shows its result,
    as the user sees it: the panel's debounce included. Also the checks alone (debounce skipped)."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    document = window.document
    panel = window.problems
    # the longest gap between two ticks of a 1 ms timer = the longest the GUI thread was busy
    ticks = QElapsedTimer()
    longest = [0]

    def tick() -> None:
        longest[0] = max(longest[0], ticks.restart())

    heartbeat = QTimer()
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(tick)
    updated = [0]

    def on_updated(_count: int) -> None:
        updated[0] += 1

    panel.updated.connect(on_updated)

    def edit(title: str, now: bool) -> float:
        before = updated[0]
        start = time.perf_counter()
        document.set_field("document.title", title)
        if now:
            panel.recompute_now()  # what the debounce timer does once the user pauses
        wait(lambda: updated[0] > before and panel.is_current())
        return time.perf_counter() - start

    def timed_edits(label: str, now: bool) -> tuple[list[float], int]:
        times: list[float] = []
        blocked = 0
        for i in range(runs + 1):
            ticks.start()
            longest[0] = 0
            heartbeat.start()
            elapsed = edit(f"{label} {i}", now)
            heartbeat.stop()
            if i:  # the first edit warms caches (and sets the debounce from a check's cost)
                times.append(elapsed)
                blocked = max(blocked, longest[0])
        return times, blocked

    edits, blocked = timed_edits("Benchmark title", now=False)
    checks, checks_blocked = timed_edits("Checked title", now=True)
    panel.updated.disconnect(on_updated)
    return {
        "edit": _stats(edits),
        "blocked": max(blocked, checks_blocked) / 1000,
        "checks": _stats(checks),
        "debounce": panel.timer.interval() / 1000,
        "note": f"debounce included (it was {panel.timer.interval()} ms after these edits); "
        f"the checks alone: {statistics.median(checks) * 1000:.0f} ms",
    }


def main(argv: list[str]) -> int:
    """Run one command and print its JSON report (the parent set a throw-away HOME)."""
    command, *rest = argv
    try:
        if command == "pdf":
            report = pdf(rest[0], rest[1], int(rest[2]), json.loads(rest[3]) if len(rest) > 3 else None)
        elif command == "gui":
            report = gui(int(rest[0]), rest[1:])
        else:
            report = {"error": f"unknown command {command}"}
    except Exception as exc:  # the parent prints this as "skipped: ..."
        report = {"error": f"{type(exc).__name__}: {exc}"}
    sys.stdout.write(json.dumps(report) + "\n")
    sys.stdout.flush()
    # skip Qt's teardown: nothing is left to save and it can be slow
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
