"""The change log: the entry proposed from what an edit changed."""

from __future__ import annotations

from playbooks.audit.compare import compare, summarise
from playbooks.format.model import Playbook


def proposed_what(before: Playbook, after: Playbook, limit: int = 6) -> str:
    """The "what changed" of a change-log entry, proposed from the edits since ``before``."""
    changes = [
        c for c in compare(before, after) if not c.path.startswith(("document.change_log", "document.sign_offs"))
    ]
    if not changes:
        return ""
    return summarise(changes, limit)
