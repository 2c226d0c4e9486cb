"""Where Charter writes its log: one folder for the command line and the editor.

A module of its own, with nothing but ``os`` and ``pathlib``, so that the editor finds the
folder without importing the command line (start-up time, issue 8).
"""

from __future__ import annotations

import os
from pathlib import Path


def log_folder() -> Path:
    """Where Charter writes its log (the XDG state folder; the editor uses the same one)."""
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "charter"
