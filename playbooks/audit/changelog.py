"""The change log: the entry proposed from what an edit changed."""

from __future__ import annotations

from playbooks.audit.compare import summarise
from playbooks.format.differences import differences
from playbooks.format.model import Playbook

#: Bookkeeping of the document itself: not a change of content.
_BOOKKEEPING = (("document", "change_log"), ("document", "sign_offs"))


def proposed_what(before: Playbook, after: Playbook, limit: int = 6) -> str:
    """The "what changed" of a change-log entry, proposed from the edits since ``before``."""
    found = [d for d in differences(before, after) if d.address[:2] not in _BOOKKEEPING]
    if not found:
        return ""
    return summarise(found, limit)
