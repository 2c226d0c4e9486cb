"""Versions of a playbook file: the file on disk, or ``REV:PATH`` from git.

``charter compare main~3:hub.playbook.yaml hub.playbook.yaml`` and ``charter merge`` take a
version either way. A spoke at a revision is resolved against its hub *at the same revision*
(every hub of its chain is read from that commit), so an old spoke is compared as it read
then, not against today's hub. Reading goes through the same reader as every other file
(:func:`playbooks.tailoring.reader.read_playbook`), with the same size, encoding and YAML guards.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from playbooks.audit.merge import Side
from playbooks.format.findings import Issue
from playbooks.io import git
from playbooks.io.storage import PlaybookLoadError, Source, content_digest, decode, read_source
from playbooks.tailoring.reader import PlaybookFile, read_playbook
from playbooks.tailoring.resolve import HubFiles

MAX_VERSION_BYTES = 50 * 1024 * 1024


class RevisionFiles(HubFiles):
    """Files (a spoke and the hubs it names) as they were at one git revision of one work tree."""

    def __init__(self, revision: str, top: Path) -> None:
        self.revision = revision
        self.top = top

    def relative(self, path: Path) -> str:
        """``path`` (in the work tree, as hub paths resolve against the spoke) relative to its top."""
        absolute = Path(os.path.normpath(Path(path).absolute()))
        try:
            return absolute.relative_to(self.top).as_posix()
        except ValueError:
            raise PlaybookLoadError(str(path), "read", [Issue("", "is outside the git repository")]) from None

    def source(self, path: Path) -> Source:
        relative = self.relative(path)
        name = f"{self.revision}:{relative}"
        try:
            raw = git.show_in(self.top, self.revision, relative)
        except git.GitError as exc:
            raise PlaybookLoadError(name, "read", [Issue("", str(exc))]) from None
        if len(raw) > MAX_VERSION_BYTES:
            raise PlaybookLoadError(name, "read", [Issue("", "the file is over the size limit of playbooks")])
        # named by its path in the work tree: the hubs a spoke names resolve against it
        return Source(str(self.top / relative), decode(name, raw), content_digest(raw))

    def text(self, path: Path) -> str:
        return self.source(path).text


def _at(revision: str, path: str) -> tuple[RevisionFiles, Path]:
    """The reader of ``revision`` and the file's path in the work tree (:class:`git.GitError`
    when git cannot give it)."""
    absolute = Path(os.path.abspath(path))
    top = git.required_work_tree(absolute if absolute.parent.is_dir() else Path.cwd(), named=path)
    files = RevisionFiles(revision, Path(os.path.realpath(top)))
    real = Path(os.path.realpath(absolute.parent)) / absolute.name
    return files, real


def read_version(argument: str) -> PlaybookFile:
    """The playbook of ``argument``: a file, or ``REV:PATH`` (a spoke resolved against its hubs at
    the same revision). :class:`PlaybookLoadError` when it cannot be read (a revision or file git
    does not have included); the file is named as given."""
    spec = git.split_revision(argument)
    if spec is None:
        return read_playbook(argument)
    revision, path = spec
    try:
        files, real = _at(revision, path)
    except git.GitError as exc:
        raise PlaybookLoadError(argument, "read", [Issue("", str(exc))]) from None
    read = read_playbook(real, hubs=files)
    return dataclasses.replace(read, file=argument)


def read_side(argument: str) -> Side:
    """The text of ``argument`` (a file, or ``REV:PATH``) to merge; :class:`PlaybookLoadError`
    with one line when it cannot be read."""
    spec = git.split_revision(argument)
    if spec is None:
        return Side(argument, read_source(Path(argument)).text)
    revision, path = spec
    try:
        files, real = _at(revision, path)
    except git.GitError as exc:
        raise PlaybookLoadError(argument, "read", [Issue("", str(exc))]) from None
    return Side(argument, files.source(real).text)


def versions(path: str | os.PathLike[str]) -> list[git.Commit]:
    """The earlier versions (commits) of the file at ``path``, newest first; :class:`git.GitError`
    (one line) when git is missing or the file is not in a work tree."""
    return git.history(path)


def read_commit(path: str | os.PathLike[str], commit: git.Commit) -> PlaybookFile:
    """The playbook at ``path`` as it was in ``commit`` (under the name it had then)."""
    top = git.work_tree(path)
    if top is None:
        raise PlaybookLoadError(str(path), "read", [Issue("", "not in a git work tree")])
    real_top = Path(os.path.realpath(top))
    files = RevisionFiles(commit.hash, real_top)
    read = read_playbook(real_top / commit.path, hubs=files)
    return dataclasses.replace(read, file=f"{commit.short}:{commit.path}")
