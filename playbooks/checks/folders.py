"""Validating a policy repository: every playbook under some folders, hubs read once, in parallel.

A multinational's playbooks are a hub and dozens or hundreds of spokes. ``charter validate
FOLDER`` finds every ``*.playbook.yaml`` under the folder (:func:`find_playbooks`) and
validates each as :func:`playbooks.checks.validation.validate_file` does, with two differences
that make it scale:

* **Hubs are read and parsed once** per process (:class:`SharedHubs`): the spokes of a hub
  share its parsed playbook instead of each reading and validating the hub again.
* **Processes** (``jobs``): the files are ordered hub first, then its spokes, and cut into
  runs of files that share a hub, which the worker processes take in turn; each keeps the
  hubs it parsed. The reports come back in the order of the files, whatever the number of
  processes, so the output is the same with one process or many.

A report crosses the process boundary without its playbook (a large hub is megabytes): the
findings with their lines placed, and the applied presets the text and JSON output summarise.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playbooks.checks.validation import FileReport, validate_file
from playbooks.format.language import current, using
from playbooks.format.model import AppliedPreset, Playbook
from playbooks.io.storage import EXTENSION, Source, playbook_from_text, read_source
from playbooks.tailoring.resolve import HubFiles

#: Hubs a process keeps parsed (a policy repository rarely has more than a few).
HUBS_KEPT = 4
#: Runs of files handed to the worker processes, per process (more runs even out the load).
RUNS_PER_JOB = 3
#: Below this much work (bytes of playbook to check: a spoke counts as its hub) the files are
#: validated in this process: starting workers and sending the reports back would cost more
#: than it saves (the examples, a small repository).
SPREAD_MIN_COST = 32 * 1024 * 1024
#: Bytes at the head of a file read to tell a spoke's hub when ordering the work.
_HEAD_BYTES = 65536


@dataclass
class Checked(FileReport):
    """A :class:`FileReport` with its findings' lines placed, as sent between processes: without
    the playbook and the text, but with the playbook's applied presets (None: no playbook)."""

    presets: list[AppliedPreset] | None = None


class SharedHubs(HubFiles):
    """Hub files read once and parsed once, shared by the spokes validated in one process.

    Each file read is kept (its text, and a hub's playbook once parsed) for the spokes
    that name it; the parsed hub is shared, never copied, as every reader treats a playbook as
    a value. At most :data:`HUBS_KEPT` hubs are kept, the least recently used going first."""

    def __init__(self, kept: int = HUBS_KEPT) -> None:
        self._kept = kept
        self._sources: OrderedDict[str, Source] = OrderedDict()
        self._playbooks: OrderedDict[str, tuple[str, Playbook]] = OrderedDict()
        self._lock = threading.Lock()

    def source(self, path: Path) -> Source:
        key = os.path.realpath(path)
        with self._lock:
            cached = self._sources.get(key)
            if cached is not None:
                self._sources.move_to_end(key)
                return cached
        source = read_source(path)
        # kept whatever it is (telling a spoke needs the parse): the spokes that name it as their
        # hub read it from here, and at most the last few files are kept
        with self._lock:
            self._sources[key] = source
            _trim(self._sources, self._kept)
        return source

    def text(self, path: Path) -> str:
        return self.source(path).text

    def playbook(self, name: str, text: str, data: dict[str, Any] | None = None) -> Playbook:
        key = os.path.realpath(name)
        with self._lock:
            cached = self._playbooks.get(key)
            if cached is not None and cached[0] is text:
                self._playbooks.move_to_end(key)
                return cached[1]
        playbook = playbook_from_text(name, text, data)
        with self._lock:
            self._playbooks[key] = (text, playbook)
            _trim(self._playbooks, self._kept)
        return playbook


def _trim(cache: OrderedDict[str, Any], size: int) -> None:
    while len(cache) > size:
        cache.popitem(last=False)


# ---------------------------------------------------------------- finding the files


def find_playbooks(paths: Iterable[str], unreadable: list[str] | None = None) -> tuple[list[str], bool]:
    """The files to validate: each file given, and every ``*.playbook.yaml`` under each folder
    given (sorted, hidden folders such as ``.git`` left out, links to folders not followed);
    each file once. Also whether a folder was given. The folders that could not be read are
    added to ``unreadable`` (their playbooks were not found)."""
    files: list[str] = []
    folders = False
    for path in paths:
        if not os.path.isdir(path):
            files.append(path)
            continue
        folders = True
        files.extend(sorted(_under(path, unreadable), key=lambda n: Path(n).parts))
    return _each_once(files), folders


def _each_once(names: Iterable[str]) -> list[str]:
    """Each file once (by its real path), in the order given."""
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        key = os.path.realpath(name)
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def _under(folder: str, unreadable: list[str] | None = None) -> list[str]:
    """Every ``*.playbook.yaml`` under ``folder`` (hidden folders left out, links to folders not
    followed); the folders that cannot be read are added to ``unreadable``."""
    found: list[str] = []

    def failed(error: OSError) -> None:
        if unreadable is not None:
            unreadable.append(str(error.filename or folder))

    for top, dirs, names in os.walk(folder, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(top, n) for n in names if n.endswith(EXTENSION) and not n.startswith("."))
    return found


def with_spokes(files: Iterable[str], gone: Iterable[str] = (), unreadable: list[str] | None = None) -> list[str]:
    """``files`` and, after each hub among them, the spokes that name it anywhere under its
    folder (what a change to a staged hub can break: the pre-commit hook validates them too),
    then the spokes that name a hub in ``gone`` (deleted or renamed away: they break); each file
    once. Every playbook under those folders is looked at (the head of each file tells whether
    it is a spoke and of which hub), so none is left out however many there are."""
    names = list(files)
    hubs = [name for name in names if os.path.isfile(name) and _hub_of(name) is None]
    gone = list(gone)
    spokes = _spokes_naming([*hubs, *gone], unreadable)
    ordered: list[str] = []
    for name in names:
        ordered += [name, *spokes.get(os.path.realpath(name), [])]
    for hub in gone:
        ordered += spokes.get(os.path.realpath(hub), [])
    return _each_once(ordered)


def _spokes_naming(hubs: list[str], unreadable: list[str] | None) -> dict[str, list[str]]:
    """The spokes under the folders of ``hubs`` that name one of them, by the hub's real path,
    named like the hub given (relative stays relative); each folder is walked once (a folder
    inside another's tree is already in it)."""
    targets = {os.path.realpath(hub) for hub in hubs}
    folders: dict[str, str] = {}  # real path -> as given
    for hub in hubs:
        given = os.path.dirname(hub) or "."
        folders.setdefault(os.path.realpath(given), given)
    found: dict[str, list[str]] = {}
    for real, given in sorted(folders.items()):
        inside = [top for top in folders if top != real and real.startswith(top.rstrip(os.sep) + os.sep)]
        if inside or not os.path.isdir(given):
            continue
        for name in sorted(_under(given, unreadable), key=lambda n: Path(n).parts):
            if not os.path.isfile(name):
                continue  # never open a fifo or a device named like a playbook (it would block)
            named = _hub_of(name)
            if named is not None and named in targets and os.path.realpath(name) != named:
                found.setdefault(named, []).append(name)
    return found


# ---------------------------------------------------------------- validating


def check_file(path: str, hubs: HubFiles | None = None) -> Checked:
    """Validate one file and place its findings on lines (what every output needs)."""
    from playbooks.checks.sarif import with_lines

    report = validate_file(path, hubs=hubs)
    findings = with_lines(report.findings, report.text) if report.findings else []
    presets = list(report.playbook.regulatory.presets) if report.playbook is not None else None
    return Checked(report.file, findings, report.unreadable, presets=presets)


_PROCESS_HUBS: list[SharedHubs] = []


def _check_run(share: tuple[str, list[str]]) -> list[Checked]:
    """A worker process's share: a run of files, with the hubs this process already parsed, its
    messages in the language of the command (a process does not inherit the context's)."""
    language, files = share
    if not _PROCESS_HUBS:
        _PROCESS_HUBS.append(SharedHubs())
    with using(language):
        return [check_file(name, _PROCESS_HUBS[0]) for name in files]


def check_files(
    files: Sequence[str], jobs: int = 1, *, least: int = SPREAD_MIN_COST, language: str | None = None
) -> list[Checked]:
    """Validate ``files`` in up to ``jobs`` processes (1: in this one; also when there is less than
    ``least`` work; never more than :func:`useful_jobs`); the reports in the order of ``files``,
    their messages in ``language`` (None: the language in force)."""
    language = language or current().tag
    jobs = useful_jobs(jobs, len(files))
    if jobs > 1 and len(files) > 1:
        runs, cost = _runs(files, jobs * RUNS_PER_JOB)
        if cost >= least and len(runs) > 1:
            return _spread(files, runs, jobs, language)
    hubs = SharedHubs()
    with using(language):
        return [check_file(name, hubs) for name in files]


def _spread(files: Sequence[str], runs: list[list[int]], jobs: int, language: str) -> list[Checked]:
    results: list[Checked | None] = [None] * len(files)
    # multiprocessing's own pool (concurrent.futures is not in the packaged binary)
    with _start_method().Pool(processes=min(jobs, len(runs))) as pool:
        shares = pool.map(_check_run, [(language, [files[i] for i in run]) for run in runs], chunksize=1)
        for run, reports in zip(runs, shares, strict=True):
            for index, report in zip(run, reports, strict=True):
                results[index] = report
    return [r for r in results if r is not None]


def _runs(files: Sequence[str], count: int) -> tuple[list[list[int]], int]:
    """The files (as positions) cut into about ``count`` runs of similar work, each hub before
    its spokes, the spokes of one hub together; and the whole work. A spoke costs about as much
    as its hub (its effective playbook is checked), a hub about twice (it is also parsed)."""
    keyed = []
    for index, name in enumerate(files):
        hub = _hub_of(name)
        group = hub if hub is not None else os.path.realpath(name)
        keyed.append((group, hub is not None, index))
    keyed.sort()
    sizes: dict[str, int] = {}
    costs = []
    for group, spoke, _ in keyed:
        if group not in sizes:
            try:
                sizes[group] = max(1, os.path.getsize(group))
            except OSError:
                sizes[group] = 1
        costs.append(sizes[group] * (1 if spoke else 2))
    share = sum(costs) / max(1, count)
    runs: list[list[int]] = [[]]
    load = 0.0
    for (_, _, index), cost in zip(keyed, costs, strict=True):
        if runs[-1] and load + cost / 2 > share:
            runs.append([])
            load = 0.0
        runs[-1].append(index)
        load += cost
    return runs, sum(costs)


_SPOKE_BLOCK = re.compile(r"^spoke:[ \t]*\r?\n((?:[ \t]+.*\r?\n|[ \t]*\r?\n)*)", re.MULTILINE)
_HUB_LINE = re.compile(r"^[ \t]+hub:[ \t]*(.+?)[ \t]*$", re.MULTILINE)


def _hub_of(name: str) -> str | None:
    """The real path of the hub a spoke names, from the head of its file (None: not a spoke, or
    not told there). Only orders the work: validation reads the spoke properly."""
    try:
        with open(name, "rb") as handle:
            head = handle.read(_HEAD_BYTES).decode("utf-8", "replace")
    except OSError:
        return None
    block = _SPOKE_BLOCK.search(head)
    hub = _HUB_LINE.search(block.group(1)) if block else None
    if hub is None:
        return None
    value = hub.group(1).strip("'\"")
    return os.path.realpath(os.path.join(os.path.dirname(name), value))


def _start_method() -> Any:
    """Fork where it is safe (Linux, this process has one thread: the command line), so the
    workers start with everything imported; spawn elsewhere (also in the packaged binary,
    where ``multiprocessing.freeze_support`` runs first)."""
    if "fork" in multiprocessing.get_all_start_methods() and _one_thread():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _one_thread() -> bool:
    if threading.active_count() != 1:
        return False
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Threads:"):
                    return int(line.split()[1]) == 1
    except (OSError, ValueError):
        pass
    return False


def default_jobs() -> int:
    """The processes ``--jobs`` defaults to: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def useful_jobs(jobs: int, files: int) -> int:
    """The processes worth starting for ``jobs`` asked: no more than the cores this process may
    use (more only wait for each other, each with its own copy of the hubs) nor than the files."""
    return max(1, min(jobs, default_jobs(), files))
