"""Read any playbook file as the playbook its readers get: a hub as it is, a spoke resolved.

Commands that work on "a playbook" (compare, sign-off state, export) accept both kinds of
file through :func:`load_effective`, so a regional manager can point them at their spoke.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from playbooks.format.enums import Severity
from playbooks.format.findings import Issue
from playbooks.format.model import Playbook
from playbooks.io.storage import PlaybookLoadError, load

if TYPE_CHECKING:
    from playbooks.tailoring import Resolution


@dataclass(frozen=True)
class Effective:
    """A playbook as read from ``file``; ``resolution`` is set when the file is a spoke."""

    file: str
    playbook: Playbook
    resolution: Resolution | None = None


def load_effective(path: str | os.PathLike[str], *, allow_errors: bool = False) -> Effective:
    """Load a hub, or resolve a spoke against its hub; :class:`PlaybookLoadError` if unusable.

    A spoke with error-level findings (a weakened lock, say) is refused unless
    ``allow_errors``: an export still prints such a spoke, with its findings, while a sign-off
    or a comparison must not proceed on it. A spoke whose hub cannot be read is always refused.
    """
    from playbooks.tailoring import is_spoke_file, resolve_file

    name = str(path)
    if not is_spoke_file(path):
        return Effective(name, load(path))
    resolution = resolve_file(path)
    blocking = [f for f in resolution.findings if f.severity is Severity.ERROR]
    if resolution.effective is None or resolution.hub is None or (blocking and not allow_errors):
        first = blocking[0] if blocking else None
        message = f"{first.code}: {first.message}" if first else "the spoke cannot be resolved against its hub"
        issue = Issue(first.path, message, first.line) if first else Issue("spoke.hub", message)
        raise PlaybookLoadError(name, "schema", [issue])
    return Effective(name, resolution.effective, resolution)
