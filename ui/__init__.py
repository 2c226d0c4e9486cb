"""The Qt desktop editor: document, undoable commands, forms, main window."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Work around a reference-count bug of PySide6 6.12 on Python 3.11.

    The PySide6 6.12 wheels are built for Python 3.12's immortal ``None`` (PEP 683): every call
    of a Qt method that returns nothing gives back ``None`` without taking a reference to it.
    On Python 3.11 each such call lowers ``None``'s count by one, and after some tens of
    thousands of calls (minutes of typing) the interpreter aborts with "none_dealloc". Raising
    the count by 2**40 makes ``None`` as immortal as it is on 3.12, which is all the bindings
    assume. Nothing happens on 3.12 and later, nor on builds whose object layout differs.
    """
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return
    import ctypes

    before = sys.getrefcount(None)
    count = ctypes.c_ssize_t.from_address(id(None))
    if abs(count.value - before) > 64:
        return  # not the object layout we expect: leave it alone
    count.value += 1 << 40


_keep_none_alive()
