"""How the editor's process keeps the interpreter out of the user's way.

Threads: the checks, the preview and the loading run in worker threads, in Python, so they
share the GIL with the GUI thread. The GUI thread gives the GIL up at each call into Qt and
must win it back afterwards; with the default 5 ms switch interval, a busy worker made it
wait 5 ms each time, and typing in a 20,000-rule playbook stalled for up to 300 ms while its
checks ran. :func:`manage` sets 1 ms (the GUI thread's longest stall: 290 -> 89 ms; the
checks take as long as before; issue 9).

Start-up: ``main.py`` turns the collector off before anything is imported. Start-up builds a
large heap of long-lived objects (the Qt bindings, the pydantic model classes, the window) and
no garbage cycles worth collecting, so the collector would only re-scan that growing heap again
and again (issue 8). :func:`end` moves what start-up built out of the collector's reach
(``gc.freeze``) and turns it back on; the loading worker calls it once the domain is imported,
before the file itself is read, so the first document is built with the collector on, as
every later one is.

Documents: an open playbook is up to hundreds of thousands of objects that live as long as it
is open. Left in the oldest generation, every full collection walks them all, on whichever
thread triggers it and with the GIL held, so the GUI thread stalls while the user types
(130-450 ms on the XL benchmark file, issue 9). :func:`document_installed` freezes them too.
Measured on the example and the XL file: neither installing nor replacing a document leaves
cyclic garbage behind (a collection right after finds nothing), and frozen objects are still
freed by reference counting when the document goes, so freezing keeps nothing alive.

Only the application's process does this (:func:`manage`, from ``ui.app.run`` and the
benchmark's editor); a test session that builds hundreds of windows in one process does not.
"""

from __future__ import annotations

import gc
import sys
import threading

_lock = threading.Lock()
_paused = False
_managed = False


#: The GIL's switch interval in the editor's process, in seconds (Python's default: 0.005).
SWITCH_INTERVAL = 0.001


def manage() -> None:
    """This process is the editor: hand the GIL over sooner, take over main.py's pause of the
    collector (if it is off) and freeze each installed document from now on."""
    global _paused, _managed
    sys.setswitchinterval(SWITCH_INTERVAL)
    with _lock:
        _paused = not gc.isenabled()
        _managed = True


def end() -> None:
    """End the start-up pause (once; later calls, and calls without a pause, do nothing)."""
    global _paused
    with _lock:
        if not _paused:
            return
        _paused = False
        gc.freeze()
        gc.enable()


def document_installed() -> None:
    """A document is in place (GUI thread): make what is alive now permanent for the collector."""
    with _lock:
        if _managed and not _paused:
            gc.freeze()


def reset() -> None:
    """Forget :func:`manage` (tests)."""
    global _paused, _managed
    sys.setswitchinterval(0.005)
    with _lock:
        _paused = _managed = False
