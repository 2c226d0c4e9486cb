"""The editor's start-up pause of Python's cycle collector.

``main.py`` turns the collector off before anything is imported: start-up builds a large heap
of long-lived objects (the Qt bindings, the pydantic model classes, the window) and no garbage
cycles worth collecting, so the collector would only re-scan that growing heap again and again
(issue 8). :func:`end` moves what start-up built out of the collector's reach (``gc.freeze``)
and turns it back on; the loading worker calls it once the domain is imported, before the file
itself is read, so the first document is built with the collector on, as every later one is.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_paused = False


def adopt_pause() -> None:
    """Take over main.py's pause, if the collector is off (the editor's start-up)."""
    global _paused
    with _lock:
        _paused = not gc.isenabled()


def end() -> None:
    """End the start-up pause (once; later calls, and calls without a pause, do nothing)."""
    global _paused
    with _lock:
        if not _paused:
            return
        _paused = False
        gc.freeze()
        gc.enable()
