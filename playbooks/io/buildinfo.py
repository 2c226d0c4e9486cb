"""Where this Charter came from: version, commit, build date, Python and Qt versions.

``charter --version --verbose`` and Help > About show :func:`about_lines`. The packaged binary
carries ``_build.json`` beside this module, written by ``build.spec`` at build time (:func:`stamp`:
the commit and the date of the build). From a source checkout the commit comes from git, a
local command (never the network); elsewhere it is "unknown".

The Qt version is the editor's to tell (this package never imports Qt): ``ui/about.py``
registers it with :func:`register_toolkit`, as ``ui/pdf.py`` registers the PDF writer.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from playbooks import __version__

#: Written into the bundle by build.spec (dest ``playbooks/io``), read back by :func:`build_info`.
BUILD_FILE_NAME = "_build.json"
SOURCE_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class BuildInfo:
    """The provenance of this Charter."""

    version: str
    commit: str
    built: str
    python: str


def git_commit(root: Path) -> str | None:
    """``0123456789ab`` (with ", with uncommitted changes") for the git checkout at ``root``; None without git."""
    env = dict(os.environ, GIT_OPTIONAL_LOCKS="0", LC_ALL="C")

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, timeout=10, check=True, env=env
        )
        return done.stdout.strip()

    try:
        commit = git("rev-parse", "--short=12", "HEAD")
        changed = git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{commit}, with uncommitted changes" if changed else commit


def stamp(root: Path, environ: dict[str, str] | None = None) -> dict[str, str]:
    """What build.spec writes into the bundle: the commit and the build time (UTC).

    ``SOURCE_DATE_EPOCH`` (reproducible builds) sets the time when it is given.
    """
    env = os.environ if environ is None else environ
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    when = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch.isdigit() else dt.datetime.now(dt.UTC)
    return {"commit": git_commit(root) or "unknown", "built": when.strftime("%Y-%m-%d %H:%M UTC")}


def build_info(build_file: Path | None = None, root: Path = SOURCE_ROOT) -> BuildInfo:
    """This Charter's provenance: from the build file of a packaged binary, else from git."""
    python = f"{platform.python_version()} ({platform.python_implementation()}, {sys.platform})"
    path = build_file or Path(__file__).with_name(BUILD_FILE_NAME)
    try:
        baked = json.loads(path.read_text(encoding="utf-8"))
        return BuildInfo(__version__, str(baked["commit"]), str(baked["built"]), python)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    if getattr(sys, "frozen", False):
        return BuildInfo(__version__, "unknown", "unknown (no build record in this bundle)", python)
    commit = git_commit(root) if (root / ".git").exists() else None
    return BuildInfo(__version__, commit or "unknown", "running from source, not a packaged build", python)


_toolkit: list[Callable[[], str]] = []


def register_toolkit(version: Callable[[], str]) -> None:
    """Tell :func:`about_lines` how to read the GUI toolkit's version (``ui/about.py`` does)."""
    _toolkit[:] = [version]


def toolkit_version() -> str:
    """The registered toolkit's version, or why there is none."""
    return _toolkit[0]() if _toolkit else "not loaded"


def about_lines(info: BuildInfo | None = None) -> list[str]:
    """``Charter 0.1.0``, then the commit, build date, Python and Qt, one per line."""
    info = info or build_info()
    return [
        f"Charter {info.version}",
        f"Commit: {info.commit}",
        f"Built: {info.built}",
        f"Python: {info.python}",
        f"Qt: {toolkit_version()}",
    ]
