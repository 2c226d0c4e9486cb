"""Earlier versions of a file from git, through the ``git`` command (no library, no network).

A policy repository keeps every approved version of its playbooks; comparing with one of them,
or merging against the version two officers started from, reads it with ``git show REV:PATH``.
Every call has a time limit and turns every failure into :class:`GitError`, whose message is
one line that says what is wrong (git is not installed, the file is not in a git work tree,
the revision does not exist, the file did not exist at that revision). Nothing here writes to
the repository: no index refresh, no lock, no hook, no pager, no prompt.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

#: Seconds a git command may take (a cold repository on a network drive is slow, not hung).
TIMEOUT = 30.0
#: Commits :func:`history` lists at most.
HISTORY_LIMIT = 200

_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


class GitError(Exception):
    """A version that cannot be read from git; ``str()`` is one line that says why."""


@dataclass(frozen=True)
class Commit:
    """One commit that changed a file: its full and short hash, date (YYYY-MM-DD), author and
    subject, and the file's path (relative to the work tree) in that commit, which ``git log
    --follow`` gives across renames."""

    hash: str
    short: str
    date: str
    author: str
    subject: str
    path: str

    def describe(self) -> str:
        """ "2026-11-05 a1b2c3d Orla Keane: Tighten the LinkedIn SLA"."""
        return f"{self.date} {self.short} {self.author}: {self.subject}"


def available() -> bool:
    """Whether the ``git`` command is installed."""
    return shutil.which("git") is not None


def _run(args: list[str], cwd: Path, *, timeout: float | None = None) -> subprocess.CompletedProcess[bytes]:
    timeout = TIMEOUT if timeout is None else timeout
    if not available():
        raise GitError("git is not installed (reading earlier versions needs the git command)")
    env = dict(
        os.environ,
        GIT_TERMINAL_PROMPT="0",  # never wait for a password
        GIT_OPTIONAL_LOCKS="0",  # never write the index while only reading
        GIT_PAGER="cat",
        LC_ALL="C",  # git's messages in one language, to tell its failures apart
    )
    command = ["git", "-c", "core.fsmonitor=false", "-c", "core.quotepath=false", *args]
    try:
        # its own process group, so that a git that hangs is stopped with everything it started
        # (a credential helper, a filter, a wrapper script), not just the first process
        process = subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=os.name == "posix",
        )
    except OSError as exc:
        raise GitError(f"git could not be run ({exc.strerror or exc})") from None
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(process)
        raise GitError(f"git did not answer within {timeout:.0f} s (in {cwd}); it was stopped") from None
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End a git that did not answer, and every process it started."""
    import signal

    try:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except OSError:
        pass
    process.communicate()


def _folder(path: Path) -> Path:
    folder = path if path.is_dir() else path.parent
    return folder if str(folder) else Path(".")


def work_tree(path: str | os.PathLike[str]) -> Path | None:
    """The top folder of the git work tree that holds ``path``; None when there is none (or git
    is not installed)."""
    if not available():
        return None
    folder = _folder(Path(path).absolute())
    if not folder.is_dir():
        return None
    try:
        return _top(folder)
    except GitError:
        return None


def _top(folder: Path) -> Path | None:
    """:func:`work_tree` of a folder, but a git that cannot be run or does not answer is a
    :class:`GitError` (said as such, not taken for "not in a work tree")."""
    done = _run(["rev-parse", "--show-toplevel"], folder)
    if done.returncode != 0:
        return None
    top = os.fsdecode(done.stdout.strip())
    return Path(top) if top else None


def required_work_tree(path: str | os.PathLike[str], *, named: object = None) -> Path:
    """:func:`work_tree`, where there must be one: :class:`GitError` says why there is none (git
    is not installed, does not answer, or ``path``, said as ``named``, is not in a work tree)."""
    if not available():
        raise GitError("git is not installed (reading earlier versions needs the git command)")
    folder = _folder(Path(path).absolute())
    top = _top(folder) if folder.is_dir() else None
    if top is None:
        raise GitError(f"{path if named is None else named}: not in a git work tree")
    return top


def _relative(path: Path) -> tuple[Path, str]:
    """(work tree, ``path`` relative to it in git's notation); :class:`GitError` outside one."""
    absolute = Path(os.path.abspath(path))
    top = required_work_tree(absolute, named=path)
    real_top = Path(os.path.realpath(top))
    real_folder = Path(os.path.realpath(absolute.parent))
    try:
        relative = (real_folder / absolute.name).relative_to(real_top)
    except ValueError:
        raise GitError(f"{path}: not in the git work tree {top}") from None
    return real_top, relative.as_posix()


def split_revision(argument: str) -> tuple[str, str] | None:
    """``"main~2:hub.playbook.yaml"`` -> ``("main~2", "hub.playbook.yaml")``; None for a plain
    file name (an existing file always wins, whatever characters its name has)."""
    if os.path.lexists(argument) or _WINDOWS_DRIVE.match(argument) or ":" not in argument:
        return None
    revision, path = argument.split(":", 1)
    if not revision or not path:
        return None
    return revision, path


def show(revision: str, path: str | os.PathLike[str]) -> bytes:
    """The bytes of the file at ``path`` (a path on disk, in a work tree) as it was at
    ``revision``; :class:`GitError` with one line otherwise."""
    top, relative = _relative(Path(path))
    return show_in(top, revision, relative)


def show_in(top: Path, revision: str, relative: str) -> bytes:
    """:func:`show` of a path already relative to the work tree ``top``."""
    if revision.startswith("-"):
        raise GitError(f"'{revision}' is not a revision")
    done = _run(["show", "--no-textconv", f"{revision}:{relative}"], top)
    if done.returncode == 0:
        return done.stdout
    raise GitError(_show_failure(revision, relative, os.fsdecode(done.stderr)))


def _show_failure(revision: str, relative: str, stderr: str) -> str:
    if "does not exist in" in stderr or "exists on disk, but not in" in stderr:
        return f"{relative} did not exist at revision '{revision}'"
    if "unknown revision" in stderr or "bad revision" in stderr or "invalid object name" in stderr:
        return f"no revision '{revision}' in this repository"
    first = next((line.strip() for line in stderr.splitlines() if line.strip()), "git show failed")
    return f"{revision}:{relative}: {first.removeprefix('fatal: ')}"


def history(path: str | os.PathLike[str], limit: int = HISTORY_LIMIT) -> list[Commit]:
    """The commits that changed the file at ``path``, newest first, following renames; [] when
    the file is not tracked. :class:`GitError` when it is not in a work tree or git fails."""
    top, relative = _relative(Path(path))
    separator = "\x1f"
    fields = separator.join(("%H", "%h", "%ad", "%an", "%s"))
    done = _run(
        [
            "log",
            "--follow",
            f"--max-count={limit}",
            "--date=short",
            f"--format=\x1e{fields}",
            "--name-only",
            "--no-color",
            "--",
            relative,
        ],
        top,
    )
    if done.returncode != 0:
        stderr = os.fsdecode(done.stderr)
        if "does not have any commits" in stderr:
            return []
        first = next((line for line in stderr.splitlines() if line.strip()), "git log failed")
        raise GitError(f"{relative}: {first.removeprefix('fatal: ')}")
    out: list[Commit] = []
    for record in os.fsdecode(done.stdout).split("\x1e"):
        lines = [line for line in record.split("\n") if line.strip()]
        if not lines:
            continue
        parts = lines[0].split(separator)
        if len(parts) != 5:
            continue
        named = lines[1] if len(lines) > 1 else relative
        out.append(Commit(parts[0], parts[1], parts[2], parts[3], parts[4], named))
    return out


def staged_deletions(folder: str | os.PathLike[str] = ".") -> list[str]:
    """The files the index of the work tree holding ``folder`` deletes or renames away (what a
    commit would remove), as paths from ``folder``; [] outside a work tree or without git."""
    here = Path(folder)
    top = work_tree(here)
    if top is None:
        return []
    try:
        done = _run(["diff", "--cached", "--name-only", "--no-renames", "--diff-filter=D", "-z"], top)
    except GitError:
        return []
    if done.returncode != 0:
        return []
    names = [os.fsdecode(name) for name in done.stdout.split(b"\0") if name]
    return [os.path.relpath(Path(top) / name, here) for name in names]
