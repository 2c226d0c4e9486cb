"""The unresolved conflicts of a merge, kept in the merged file itself as leading comments.

``charter merge`` (and the git merge driver that runs it) must never write a broken file, yet
the people who resolve a conflict must find it where they look: the file. The merged playbook
is complete and valid (OURS's value stands at each conflict) and starts with a block of YAML
comments, one line per conflict::

    # charter merge: 2 conflicts; OURS's value stands at each. Resolve them, then delete these lines.
    # conflict: Channels and accounts › LinkedIn @acme › Response SLA (hours): ours 4, theirs 8 (base 24)
    # conflict: Conduct rules › Leaving the company: deleted in ours, changed in theirs

YAML ignores comments, so every reader still reads the playbook; ``charter validate`` reports
each line as a ``MERGE-CONFLICT`` error (so a commit or CI run stops there), and the editor
lists them when it opens the file. A save keeps a file's leading comments, but saving from the
editor (where the conflicts were shown and decided) leaves this block out (:func:`without_notes`).
"""

from __future__ import annotations

from playbooks.format.messages import one_line

#: The first line of the block; :func:`notes_in` looks for it.
HEADER = "# charter merge:"
#: Each conflict's line starts with this.
CONFLICT = "# conflict: "


def with_notes(text: str, conflicts: list[str]) -> str:
    """``text`` (a playbook or spoke file) with the block of ``conflicts`` before it (none: as it is)."""
    if not conflicts:
        return text
    count = len(conflicts)
    header = (
        f"{HEADER} {count} conflict{'s' if count != 1 else ''}; OURS's value stands at "
        f"{'each' if count != 1 else 'it'}. Resolve {'them' if count != 1 else 'it'}, then delete these lines."
    )
    return "".join(f"{line}\n" for line in (header, *(CONFLICT + one_line(c) for c in conflicts))) + text


def notes_in(text: str) -> list[tuple[int, str]]:
    """(line, conflict) of each conflict in the block at the top of ``text``; [] when there is none."""
    lines = text.split("\n", 4096)[:4096]
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None or not lines[start].lstrip("\ufeff").startswith(HEADER):
        return []
    found: list[tuple[int, str]] = []
    for number, line in enumerate(lines[start + 1 :], start + 2):
        if not line.startswith(CONFLICT):
            break
        found.append((number, line[len(CONFLICT) :].strip()))
    return found


def without_notes(comments: str) -> str:
    """A file's leading comment block (:func:`playbooks.io.storage.leading_comments`) without the
    lines of a merge's conflicts: the other comments (a ``yaml-language-server`` line) stay."""
    lines = comments.splitlines(keepends=True)
    return "".join(line for line in lines if not line.lstrip("\ufeff").startswith((HEADER, CONFLICT)))
