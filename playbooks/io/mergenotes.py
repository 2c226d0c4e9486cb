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

#: The first line of the block.
HEADER = "# charter merge:"
#: Each conflict's line starts with this; :func:`notes_in` looks for these lines.
CONFLICT = "# conflict: "


def _block(conflicts: list[str]) -> str:
    if not conflicts:
        return ""
    count = len(conflicts)
    header = (
        f"{HEADER} {count} conflict{'s' if count != 1 else ''}; OURS's value stands at "
        f"{'each' if count != 1 else 'it'}. Resolve {'them' if count != 1 else 'it'}, then delete these lines."
    )
    return "".join(f"{line}\n" for line in (header, *(CONFLICT + one_line(c) for c in conflicts)))


def replace_notes(comments: str, conflicts: list[str]) -> str:
    """A file's leading comment block (:func:`playbooks.io.storage.comments_in`) with its merge
    notes replaced by the block of ``conflicts``: where the old block stood, else at the top (so
    the other comments, a ``yaml-language-server`` line, stay as they were)."""
    lines = comments.splitlines(keepends=True)
    at = next((i for i, line in enumerate(lines) if _is_note(line)), None)
    kept = [line for line in lines if not _is_note(line)]
    if at is None:
        return _block(conflicts) + comments
    return "".join(kept[:at]) + _block(conflicts) + "".join(kept[at:])


def _is_note(line: str) -> bool:
    return line.lstrip("\ufeff").startswith((HEADER, CONFLICT))


def notes_in(text: str) -> list[tuple[int, str]]:
    """(line, conflict) of each conflict listed in the comment block at the top of ``text`` (below
    other comments too, with or without the block's first line); [] when there is none."""
    found: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n", 4096)[:4096], 1):
        bare = line.lstrip("\ufeff")
        if bare.strip() and not bare.lstrip().startswith("#"):
            break  # the YAML starts: a comment further down is not the merge's
        if bare.startswith(CONFLICT):
            found.append((number, bare[len(CONFLICT) :].strip()))
    return found


def without_notes(comments: str) -> str:
    """A file's leading comment block (:func:`playbooks.io.storage.leading_comments`) without the
    lines of a merge's conflicts: the other comments (a ``yaml-language-server`` line) stay."""
    lines = comments.splitlines(keepends=True)
    return "".join(line for line in lines if not _is_note(line))
