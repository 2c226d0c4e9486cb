"""The hello world Charter's start-up is compared against (issue 8, bench/).

A QMainWindow with a QLabel, packaged by ``hello.spec`` with exactly the trimming of
``build.spec``. ``--smoke-test`` shows the window, waits for its first paint, prints the time
since the process started in milliseconds (a bare number) and exits 0, like Charter's
``--smoke-test``.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux /proc; 10 ms resolution)."""
    with open("/proc/self/stat", encoding="ascii") as stat:
        start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    started = start_ticks / os.sysconf("SC_CLK_TCK")
    return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000.0


class FirstPaint(QObject):
    """Quits the application after the watched widget's first paint."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Quit after this paint has been handled, so the measured time includes it.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        # The same format as Charter's --smoke-test (ui/app.py): milliseconds, a bare number.
        print(f"{process_age_ms():.0f}", flush=True)
        QApplication.quit()


def main(argv: list[str]) -> int:
    app = QApplication(argv[:1])
    window = QMainWindow()
    label = QLabel("Hello from the Charter packaging comparison")
    window.setCentralWidget(label)
    window.setWindowTitle("hello")
    window.resize(640, 400)
    watcher = FirstPaint()
    if "--smoke-test" in argv[1:]:
        label.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
