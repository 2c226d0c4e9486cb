"""What the spoke commands (``resolve``, ``diff``) share: reading a spoke and reporting why it
did not resolve."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from playbooks.cli.main import EXIT_FINDINGS, EXIT_UNREADABLE, CliError, say
from playbooks.io.storage import PlaybookLoadError

if TYPE_CHECKING:
    from playbooks.format.findings import Finding
    from playbooks.tailoring import Resolution


def resolve_spoke(path: str) -> Resolution:
    """The resolution of the spoke file at ``path``.

    Raises :class:`CliError` when the file cannot be read, or is a playbook but not a spoke.
    """
    from playbooks.tailoring.reader import NotASpokeError, read_playbook

    try:
        resolution = read_playbook(path, as_spoke=True).resolution
    except NotASpokeError:
        raise CliError(f"{path}: not a spoke (no 'spoke:' block naming a hub)") from None
    except PlaybookLoadError as exc:
        raise CliError(str(exc), EXIT_UNREADABLE if exc.kind != "schema" else EXIT_FINDINGS) from None
    assert resolution is not None  # read as a spoke: a resolution, or an error
    return resolution


def write_errors(file: str, findings: Iterable[Finding]) -> None:
    """One ``charter: error:`` line on stderr for each finding, at its line of ``file``."""
    for finding in findings:
        where = finding.where(file)
        say(f"charter: error: {where}: {finding.code}: {finding.path}: {finding.message}", err=True)
