"""Results worked out per section of a playbook, reused while the section is the same object.

The editor's snapshots are persistent values: an edit builds a new root and new objects along
the changed path only (:func:`playbooks.format.paths.with_value`), and never changes an object
in place. So a section that is the very same object as at the last check has the same
duplicate keys and the same broken references (given the same referable ids), and the checks
after an edit of the title need not walk the 20,000 content rules again.

Only for playbooks that are never changed in place: the command line and the tests pass no memo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from playbooks.format.language import current

T = TypeVar("T")


class SectionMemo:
    """The last result of each kind of work per section (one memo per open document)."""

    def __init__(self) -> None:
        #: (what, section name, language) -> (the section object, what else the result depends on,
        #: result): a result holds messages, worded in the language in force when it was worked out
        self._entries: dict[tuple[str, str, str], tuple[Any, Any, Any]] = {}

    def get(self, what: str, name: str, section: Any, key: Any, compute: Callable[[], T]) -> T:
        """``compute()``'s result for ``section`` (field ``name`` of the root): the remembered
        one if ``section`` is the same object, ``key`` (what else the result reads) is equal and
        the language in force is the same (:func:`playbooks.format.language.using`).
        The result is shared: callers must not change it."""
        slot = (what, name, current().tag)
        entry = self._entries.get(slot)
        if entry is not None and entry[0] is section and entry[1] == key:
            result: T = entry[2]
            return result
        result = compute()
        self._entries[slot] = (section, key, result)
        return result
