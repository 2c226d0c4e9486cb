"""Reading a hub or a spoke file: once, whatever asks.

:func:`read_playbook` is the one place a playbook file is read. It reads the file once, parses
it once, and returns a :class:`PlaybookFile`: the playbook its readers get (a hub as it is, a
spoke resolved against its hub), the digest of the file's bytes (what the editor compares to
tell its own saves from changes made by others) and, for a spoke, the resolution (findings,
provenance, the hub). The command line (validate, compare, export, sign-off, resolve, diff,
rebase), the editor's open and reload, its comparison and the export all read through it, so a
regional manager can point any of them at their spoke.

:func:`spokes_of_hub` lists the spokes that name a hub, for the editor's navigator.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from playbooks.format.enums import Severity
from playbooks.format.findings import Issue
from playbooks.format.model import Playbook
from playbooks.io.storage import (
    PlaybookLoadError,
    Source,
    parse_document,
    paused_gc,
    playbook_from_text,
    read_source,
    read_text,
)
from playbooks.tailoring.resolve import HubFiles, Resolution, resolve_text
from playbooks.tailoring.spoke import is_spoke_data, spoke_from_text
from playbooks.tailoring.translations import translation_findings

#: :func:`spokes_of_hub` looks at this many files of a folder at most, each at most this large.
SPOKE_SCAN_FILES = 500
SPOKE_SCAN_BYTES = 5_000_000


class NotASpokeError(PlaybookLoadError):
    """A file read as a spoke (``read_playbook(..., as_spoke=True)``) that has no ``spoke:``
    block; its message is the spoke format's complaint about the file."""


@dataclass(frozen=True)
class PlaybookFile:
    """A playbook file as read by :func:`read_playbook`.

    ``playbook`` is the hub, or the spoke's effective playbook; it is None only for a spoke that
    cannot be resolved (its ``resolution`` says why). ``digest``: :func:`~playbooks.io.storage.content_digest`
    of the bytes read.
    """

    file: str
    digest: str
    playbook: Playbook | None
    resolution: Resolution | None = None

    @property
    def inputs(self) -> list[str]:
        """The files this playbook was read from: the file, and for a spoke its chain of hubs
        (what a command's output must never replace)."""
        return self.resolution.chain if self.resolution is not None else [self.file]

    @property
    def is_spoke(self) -> bool:
        """Whether the file is a spoke (it names a hub and holds changes)."""
        return self.resolution is not None

    def unresolved_reason(self) -> str:
        """Why a spoke has no playbook: its first finding (a missing hub, a change that breaks
        the playbook)."""
        findings = self.resolution.findings if self.resolution is not None else []
        return next((f.message for f in findings), "its hub cannot be read")

    def usable(self, *, allow_errors: bool = False) -> Playbook:
        """The playbook, or :class:`PlaybookLoadError` for a spoke that cannot be used.

        A spoke with error-level findings (a weakened lock, say) is refused unless
        ``allow_errors``: an export still prints such a spoke, with its findings, while a
        sign-off or a comparison must not proceed on it. A spoke whose hub cannot be read is
        always refused.
        """
        resolution = self.resolution
        if resolution is None:
            assert self.playbook is not None  # a hub that could not be read raised instead
            return self.playbook
        blocking = [f for f in resolution.findings if f.severity is Severity.ERROR]
        if self.playbook is None or resolution.hub is None or (blocking and not allow_errors):
            first = blocking[0] if blocking else None
            message = f"{first.code}: {first.message}" if first else "the spoke cannot be resolved against its hub"
            issue = Issue(first.path, message, first.line) if first else Issue("spoke.hub", message)
            raise PlaybookLoadError(self.file, "schema", [issue])
        return self.playbook


def read_playbook(
    path: str | os.PathLike[str],
    *,
    as_spoke: bool = False,
    today: dt.date | None = None,
    hubs: HubFiles | None = None,
) -> PlaybookFile:
    """Read the hub or spoke file at ``path`` once; :class:`PlaybookLoadError` (one line per
    issue) when the file itself cannot be used.

    A spoke whose hub is missing or whose changes break the playbook is not an error here: its
    ``playbook`` is None and its resolution's findings say why (see :meth:`PlaybookFile.usable`).
    ``as_spoke``: the caller wants a spoke (``resolve``, ``diff``, ``rebase``); a file without a
    ``spoke:`` block is then refused with the spoke format's reasons, as :class:`NotASpokeError`.
    ``hubs``: where the file and the hubs it names are read from (default: the disk; see
    :class:`~playbooks.tailoring.resolve.HubFiles`).
    """
    source = hubs.source(Path(path)) if hubs is not None else read_source(Path(path))
    return parse_playbook(source, as_spoke=as_spoke, today=today, hubs=hubs)


def parse_playbook(
    source: Source, *, as_spoke: bool = False, today: dt.date | None = None, hubs: HubFiles | None = None
) -> PlaybookFile:
    """:func:`read_playbook` of a file's text already read (``validate`` keeps the text, to place
    its findings on lines, even when the file turns out unusable)."""
    name, text = source.file, source.text
    # parsed here once, to tell a spoke from a hub on what the parser read, and handed on: never
    # parsed again
    with paused_gc():
        data = parse_document(name, text)
    spoke = is_spoke_data(data)
    if spoke or as_spoke:
        try:
            resolution = resolve_text(name, text, today=today, data=data, hubs=hubs)
        except PlaybookLoadError as exc:
            if not spoke and exc.kind == "schema":
                raise NotASpokeError(exc.file, exc.kind, exc.issues) from None
            raise
        if resolution.effective is not None and resolution.spoke.translations:
            resolution.findings.extend(translation_findings(resolution.spoke, resolution.effective, text))
        return PlaybookFile(name, source.digest, resolution.effective, resolution)
    playbook = hubs.playbook(name, text, data) if hubs is not None else playbook_from_text(name, text, data)
    return PlaybookFile(name, source.digest, playbook)


def spokes_of_hub(path: str | os.PathLike[str]) -> list[tuple[str, str]]:
    """(region, file) of the spokes in the folder of the hub at ``path`` that name it as their hub,
    in file name order; files are absolute. Reads and parses up to :data:`SPOKE_SCAN_FILES`
    files (a worker's job in the editor); a file that cannot be read is skipped."""
    hub_path = os.path.realpath(path)
    spokes: list[tuple[str, str]] = []
    for candidate in sorted(Path(hub_path).parent.glob("*.yaml"))[:SPOKE_SCAN_FILES]:
        try:
            real = candidate.resolve()
            if str(real) == hub_path:
                continue
            info = candidate.stat()
            # never read a fifo or a device (reading would block or never end), nor a huge file
            if not stat.S_ISREG(info.st_mode) or info.st_size > SPOKE_SCAN_BYTES:
                continue
            text = read_text(candidate)
            data = parse_document(str(candidate), text)
            if not is_spoke_data(data):
                continue
            spoke = spoke_from_text(str(candidate), text, data)
        except (OSError, PlaybookLoadError):
            continue
        if str((candidate.parent / spoke.spoke.hub).resolve()) == hub_path:
            spokes.append((spoke.spoke.region, str(real)))
    return spokes
