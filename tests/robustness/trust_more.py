"""Issue 15 tried again: the classes an independent attack found beyond :mod:`tests.robustness.trust`.

Each class is a function that tries many cases and reports what held (a :class:`trust.Report`),
shared, like the first twelve, by the tests (``tests/robustness/test_trust.py``; the Qt ones in
``tests/ui/``) and by ``python -m tests.robustness_report``: lock files of every shape and name,
writers that break each other's locks, saves in shared folders (access lists, other users'
files, write-protected files, backups that cannot be kept, temporaries that are not Charter's,
links swapped in after the read), outputs over huge files and over a spoke's own hubs, whole
numbers of any size, and what reaches a terminal from configuration files and the environment.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import stat
import struct
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from playbooks.io import locking, storage
from tests.robustness.trust import (
    HUB,
    ROOT,
    Report,
    _as_user,
    answer_problems,
    cli,
    digest,
    hub_and_spoke,
    hub_copy,
    sign_offs,
    signoffs_at_once,
)

# ---------------------------------------------------------------- helpers


def lock_json(**fields: Any) -> bytes:
    """A lock file's bytes: a fresh lock of another host, with ``fields`` changed."""
    data = {
        "app": "charter",
        "host": "laptop-elsewhere",
        "pid": 4242,
        "user": "anna",
        "token": "t",
        "time": dt.datetime.now(dt.UTC).isoformat(),
    }
    data.update(fields)
    return json.dumps(data).encode()


#: POSIX access control list tags, as Linux stores them in ``system.posix_acl_access``.
ACL_USER_OBJ, ACL_USER, ACL_GROUP_OBJ, ACL_GROUP, ACL_MASK, ACL_OTHER = 1, 2, 4, 8, 0x10, 0x20
_NO_ID = 0xFFFFFFFF
ACL_ATTRIBUTE = "system.posix_acl_access"


def acl_bytes(entries: list[tuple[int, int, int]]) -> bytes:
    """An access list ((tag, permission bits, id) entries) in the kernel's form (no ``setfacl`` needed)."""
    body = b"".join(struct.pack("<HHI", tag, perm, _NO_ID if ident < 0 else ident) for tag, perm, ident in entries)
    return struct.pack("<I", 2) + body


def acl_entries(path: Path) -> list[tuple[int, int, int]] | None:
    """The access list of ``path`` (None: it has none)."""
    try:
        raw = os.getxattr(path, ACL_ATTRIBUTE, follow_symlinks=False)
    except OSError:
        return None
    entries = [struct.unpack("<HHI", raw[i : i + 8]) for i in range(4, len(raw), 8)]
    return [(tag, perm, -1 if ident == _NO_ID else ident) for tag, perm, ident in entries]


def acls_work(folder: Path) -> bool:
    """Whether this file system keeps access lists (ext4, xfs, tmpfs with acl)."""
    probe = folder / ".acl-probe"
    probe.write_bytes(b"")
    try:
        os.setxattr(probe, ACL_ATTRIBUTE, acl_bytes([(1, 6, -1), (4, 0, -1), (0x20, 0, -1)]))
        return True
    except OSError:
        return False
    finally:
        probe.unlink()


@contextlib.contextmanager
def swapped_after_read(module: Any, name: str, swap: Callable[[], object]) -> Iterator[None]:
    """``module.name`` (a reading function) does its read, then ``swap`` runs: what another user of
    a shared folder does between a writer's read and its save."""
    real = getattr(module, name)

    def reading(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        swap()
        return result

    setattr(module, name, reading)
    try:
        yield
    finally:
        setattr(module, name, real)


# ---------------------------------------------------------------- locks of every name and shape


def lock_shapes(folder: Path) -> Report:
    """Lock files no Charter wrote (huge or negative process ids, deep nesting, a writer's lock
    left on another host, a breaker that is a folder with content) and names too long for a lock
    beside them: every writer gets through, or is told in one line what to do; never exit 3."""
    report = Report("lock names and shapes")
    host = locking.hostname()
    shapes: dict[str, bytes] = {
        "a pid of 2**31 from this host": lock_json(host=host, pid=2**31),
        "a pid of 10**30 from this host": lock_json(host=host, pid=10**30),
        "a pid of -2**70 from this host": lock_json(host=host, pid=-(2**70)),
        "a pid of 1.5e300 from this host": lock_json(host=host, pid=1.5e300),
        "a pid that is true": lock_json(host=host, pid=True),
        "60,000 nested arrays": b"[" * 60_000,
        "60,000 nested objects": b'{"a":' * 60_000,
        "a writer's lock, 20 minutes old, of another host": lock_json(
            purpose="writing", time=(dt.datetime.now(dt.UTC) - dt.timedelta(minutes=20)).isoformat()
        ),
    }
    for label, content in shapes.items():
        target = hub_copy(folder, f"shape-{len(list(folder.iterdir()))}.playbook.yaml")
        locking.lock_path(target).write_bytes(content)
        started = time.monotonic()
        code, out, err = cli(["signoff", str(target), "--approver", "Shape Tester", "--role", "Reviewer"])
        problems = answer_problems(code, out, err, frozenset({0}))
        if time.monotonic() - started > 10:
            problems.append(f"it took {time.monotonic() - started:.0f} s")
        if code == 0 and "Shape Tester" not in sign_offs(target):
            problems.append("reported as recorded, missing from the file")
        try:
            held = locking.acquire(target)
            if isinstance(held, locking.PlaybookLock):
                held.release()
        except Exception as exc:  # the editor's open calls this: it must never raise
            problems.append(f"locking.acquire raised {type(exc).__name__}")
        report.case(f"a lock with {label}", problems)
    # a damaged lock whose breaker is a folder with something in it
    target = hub_copy(folder, "breaker.playbook.yaml")
    lock = locking.lock_path(target)
    lock.write_bytes(b"damaged")
    breaker = lock.with_name(lock.name + ".break")
    breaker.mkdir()
    (breaker / "something").write_text("kept", encoding="utf-8")
    code, out, err = cli(["signoff", str(target), "--approver", "Breaker Tester", "--role", "Reviewer"])
    problems = answer_problems(code, out, err, frozenset({0}))
    if "Breaker Tester" not in sign_offs(target):
        problems.append(f"the sign-off was not recorded: {err!r}")
    if not any((p / "something").exists() for p in folder.iterdir() if p.name.startswith(breaker.name)):
        problems.append("what was in the breaker folder is gone")
    report.case("a damaged lock and a breaker folder with content", problems)
    # a lock that cannot be removed: one line that says so, never "open in Charter", and no write
    target = hub_copy(folder, "stuck.playbook.yaml")
    locking.lock_path(target).mkdir()
    (locking.lock_path(target) / "keep").write_text("x", encoding="utf-8")
    for argv in ([], ["--break-lock"]):
        before = digest(target)
        code, out, err = cli(["signoff", str(target), "--approver", "Stuck Tester", "--role", "Reviewer", *argv])
        problems = answer_problems(code, out, err)
        if code != 2 or "remove it by hand" not in err or "open in Charter" in err:
            problems.append(f"not one line saying the lock must be removed by hand: {err!r}")
        if digest(target) != before:
            problems.append("the file was written with no lock")
        report.case(f"a lock that cannot be removed{' (--break-lock)' if argv else ''}", problems)
    # names too long for a lock beside them: the writers still wait for each other
    for length in (236, 245, 255 - len(storage.BACKUP_SUFFIX)):
        name = "x" * (length - len(storage.EXTENSION)) + storage.EXTENSION
        target = hub_copy(folder, name)
        recorded, problems = signoffs_at_once([target] * 4)
        after = sign_offs(target)
        problems += [f"{who} reported as recorded, missing from the file" for who in recorded if who not in after]
        if len(recorded) != 4:
            problems.append(f"only {len(recorded)} of 4 writers got through")
        mine = locking.acquire(target)
        if not isinstance(mine, locking.PlaybookLock) or not mine.written:
            problems.append("no lock can be taken on the file")
        else:
            if locking.lock_path(target).parent != target.parent:
                problems.append("the lock is not in the playbook's folder")
            mine.release()
        report.case(f"4 signoffs at once on a {length}-byte name", problems, lost=200 * (4 - len(recorded)))
    return report


def lock_breakers(folder: Path) -> Report:
    """Writers that break each other's locks (``--break-lock``) and playbooks with two names
    (hard links): nothing reported as recorded is ever missing, and a split is never silent."""
    report = Report("lock breakers and hard links")
    target = hub_copy(folder, "broken.playbook.yaml")
    for round_ in range(3):
        recorded, _ = signoffs_at_once([target] * 6, lambda n: ["--break-lock"] if n in (2, 4) else [])
        after = sign_offs(target)
        missing = [who for who in recorded if who not in after]
        problems = [f"{len(missing)} sign-offs reported as recorded are missing: {missing}"] if missing else []
        report.case(f"6 signoffs at once, 2 with --break-lock (round {round_ + 1})", problems, lost=200 * len(missing))
        # the next round's approvers are told apart from this one's
        data = target.read_text(encoding="utf-8").replace("approver: Racer", "approver: Earlier Racer")
        target.write_text(data, encoding="utf-8")
    # a writer whose lock is taken over between its read and its save writes nothing
    from playbooks.cli import signoff as signoff_command

    target = hub_copy(folder, "taken.playbook.yaml")

    def take_over() -> None:
        taken = locking.acquire(target, force=True, purpose=locking.WRITING)
        assert isinstance(taken, locking.PlaybookLock)

    before = digest(target)
    with swapped_after_read(signoff_command, "read_source", take_over):
        code, out, err = cli(["signoff", str(target), "--approver", "Overtaken", "--role", "Reviewer"])
    locking.lock_path(target).unlink(missing_ok=True)
    problems = answer_problems(code, out, err)
    if code == 0 or digest(target) != before or "took over" not in err:
        problems.append(f"a writer whose lock was broken saved or said nothing clear ({code}, {err!r})")
    report.case("a writer's lock taken over before its save", problems)
    # two names of one file
    one = hub_copy(folder, "team.playbook.yaml")
    two = folder / "mine.playbook.yaml"
    os.link(one, two)
    recorded, _ = signoffs_at_once([one, two, one, two])
    problems = []
    if recorded:
        problems.append(f"{len(recorded)} saves split the two names without a word")
    code, out, err = cli(["signoff", str(one), "--approver", "Linked", "--role", "Reviewer"])
    problems += answer_problems(code, out, err)
    if code != 2 or "hard link" not in err or "--force" not in err:
        problems.append(f"not one line about the hard links and --force: {err!r}")
    code, out, err = cli(["signoff", str(one), "--approver", "Linked", "--role", "Reviewer", "--force"])
    problems += answer_problems(code, out, err, frozenset({0}))
    if "Linked" not in sign_offs(one):
        problems.append("--force did not save")
    report.case("signoffs through two hard-linked names", problems)
    return report


# ---------------------------------------------------------------- saves in shared folders


def shared_saves(folder: Path) -> Report:
    """Saves keep access lists and never take a folder's default one; never replace a file the
    saver may not write, nor a write-protected one without --force; a backup that cannot be kept
    is said; nothing that merely looks like a temporary is deleted; a link swapped in after the
    read is never written through."""
    report = Report("saves in shared folders")
    if acls_work(folder):
        target = hub_copy(folder, "acl.playbook.yaml")
        entries = [
            (ACL_USER_OBJ, 6, -1),
            (ACL_USER, 6, 65534),
            (ACL_GROUP_OBJ, 0, -1),
            (ACL_MASK, 6, -1),
            (ACL_OTHER, 0, -1),
        ]
        os.setxattr(target, ACL_ATTRIBUTE, acl_bytes(entries))
        os.setxattr(target, "user.charter-test", b"kept")
        code, out, err = cli(["signoff", str(target), "--approver", "Acl Keeper", "--role", "Reviewer"])
        problems = answer_problems(code, out, err, frozenset({0}))
        for path in (target, target.with_name(target.name + storage.BACKUP_SUFFIX)):
            if acl_entries(path) != entries:
                problems.append(f"{path.name}: the access list is now {acl_entries(path)}")
            if "user.charter-test" not in os.listxattr(path):
                problems.append(f"{path.name}: an extended attribute was lost")
        report.case("a playbook with an access list (group denied, one user allowed)", problems)
        shared = folder / "default-acl"
        shared.mkdir()
        target = hub_copy(shared, "private.playbook.yaml")
        os.chmod(target, 0o640)
        os.setxattr(shared, "system.posix_acl_default", acl_bytes(entries))  # the same list, as a default
        code, out, err = cli(["signoff", str(target), "--approver", "Private", "--role", "Reviewer"])
        problems = answer_problems(code, out, err, frozenset({0}))
        for path in (target, target.with_name(target.name + storage.BACKUP_SUFFIX)):
            if acl_entries(path) is not None or stat.S_IMODE(path.stat().st_mode) != 0o640:
                problems.append(f"{path.name}: got {acl_entries(path)} {stat.S_IMODE(path.stat().st_mode):o}")
        report.case("a 0640 playbook in a folder whose default access list grants a user", problems)
    else:
        report.problems.append("access lists not tried: this file system keeps none")
    # a write-protected file of one's own: refused in one line, saved with --force
    target = hub_copy(folder, "protected.playbook.yaml")
    os.chmod(target, 0o444)
    before = digest(target)
    code, out, err = cli(["signoff", str(target), "--approver", "Careful", "--role", "Reviewer"])
    problems = answer_problems(code, out, err)
    if code != 2 or "write-protected" not in err or "--force" not in err or digest(target) != before:
        problems.append(f"a write-protected file was not refused in one line ({code}, {err!r})")
    code, out, err = cli(["signoff", str(target), "--approver", "Careful", "--role", "Reviewer", "--force"])
    problems += answer_problems(code, out, err, frozenset({0}))
    if "Careful" not in sign_offs(target) or stat.S_IMODE(target.stat().st_mode) != 0o444:
        problems.append("--force did not save it, or did not keep it write-protected")
    report.case("a write-protected playbook of one's own", problems)
    # another user's file in a folder everyone may write: never replaced (it would become ours)
    if os.geteuid() == 0:
        team = Path(tempfile_dir())
        try:
            os.chmod(team, 0o777)
            target = hub_copy(team, "alice.playbook.yaml")
            os.chown(target, 1, 1)  # daemon: any user who is not the saver
            os.chmod(target, 0o644)
            before = digest(target)
            status = _as_user(65534, 65534, lambda: _signoff_or_exit(target))
            problems = []
            info = target.stat()
            if status == 0 or digest(target) != before or (info.st_uid, info.st_gid) != (1, 1):
                problems.append(f"another user's file was replaced ({status}, now {info.st_uid}:{info.st_gid})")
            report.case("a signoff of another user's 0644 playbook in a 0777 folder", problems)
        finally:
            shutil.rmtree(team, ignore_errors=True)
    # a backup that cannot be kept: the save goes ahead and says so
    for label, make in (
        ("a folder with content in the backup's place", _backup_is_a_folder),
        ("a name too long for a backup beside it", _name_too_long_for_backup),
    ):
        target = make(folder)
        code, out, err = cli(["signoff", str(target), "--approver", "Backup Tester", "--role", "Reviewer"])
        problems = answer_problems(code, out, err, frozenset({0}))
        if "Backup Tester" not in sign_offs(target):
            problems.append("not saved")
        if "warning" not in err or storage.BACKUP_SUFFIX not in err:
            problems.append(f"nothing said that the backup was not kept: {err!r}")
        report.case(label, problems)
    # files that merely look like temporaries are never deleted
    target = hub_copy(folder, "lookalikes.playbook.yaml")
    lookalikes = [
        folder / f".{target.name}.my notes.tmp",
        folder / f".{target.name}.bak.keep.tmp",
        folder / f".{target.name}.abcdefgh.tmp",
        folder / ".report.html.draft-v2.tmp",
    ]
    for lookalike in lookalikes:
        lookalike.write_text("someone's own", encoding="utf-8")
        os.utime(lookalike, (0, 0))
    code, out, err = cli(["signoff", str(target), "--approver", "Tidy", "--role", "Reviewer"])
    code2, out2, err2 = cli(["export", str(target), "--format", "md", "-o", str(folder / "report.html"), "--force"])
    problems = answer_problems(code, out, err, frozenset({0})) + answer_problems(code2, out2, err2, frozenset({0}))
    problems += [f"{p.name} was deleted" for p in lookalikes if not p.exists()]
    report.case("files that look like temporaries beside a save and an export", problems)
    # a link swapped in after the read is never written through
    from playbooks.cli import signoff as signoff_command

    for number, kind in enumerate(("a link to another file", "a hard link to another file", "another file")):
        victim = folder / f"victim-{number}"
        victim.mkdir()
        secret = victim / "salaries.csv"
        secret.write_text("name,salary\nalice,100\n" * 50, encoding="utf-8")
        target = hub_copy(folder, f"team-{number}.playbook.yaml")

        def swap(target: Path = target, kind: str = kind, secret: Path = secret) -> None:
            aside = target.with_name(target.name + ".swap")
            if kind == "a link to another file":
                aside.symlink_to(secret)
            elif kind == "a hard link to another file":
                os.link(secret, aside)
            else:
                shutil.copyfile(secret, aside)
            os.replace(aside, target)

        before = digest(secret)
        with swapped_after_read(signoff_command, "read_source", swap):
            code, out, err = cli(["signoff", str(target), "--approver", "Swapped", "--role", "Reviewer"])
        problems = answer_problems(code, out, err)
        if digest(secret) != before or (victim / "salaries.csv.bak").exists():
            problems.append("the save wrote through to the victim's file")
        if code == 0:
            problems.append(f"the save went ahead after the swap: {out!r}")
        report.case(f"{kind} swapped in after signoff read the file", problems, secret.stat().st_size * (code == 0))
    return report


def tempfile_dir() -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="charter-team-")


def _signoff_or_exit(target: Path) -> None:
    code, _, _ = cli(["signoff", str(target), "--approver", "Other User", "--role", "Reviewer"])
    if code != 0:
        raise SystemExit(code)


def _backup_is_a_folder(folder: Path) -> Path:
    target = hub_copy(folder, "nobackup.playbook.yaml")
    backup = target.with_name(target.name + storage.BACKUP_SUFFIX)
    backup.mkdir()
    (backup / "x").write_text("x", encoding="utf-8")
    return target


def _name_too_long_for_backup(folder: Path) -> Path:
    return hub_copy(folder, "y" * (253 - len(storage.EXTENSION)) + storage.EXTENSION)


# ---------------------------------------------------------------- outputs: huge files, hub chains


def huge_outputs(folder: Path) -> Report:
    """An existing output of any size is replaced (with --force) without being read; a new spoke
    never replaces a file of its hub chain."""
    report = Report("outputs over huge files and hub chains")
    hub, spoke = hub_and_spoke(folder)
    big = folder / "big.out"
    for label, argv in (
        ("export", ["export", str(hub), "--format", "md", "-o", str(big), "--force"]),
        ("compare", ["compare", str(hub), str(spoke), "-o", str(big), "--force"]),
        ("resolve", ["resolve", str(spoke), "-o", str(big.with_suffix(".playbook.yaml")), "--force"]),
    ):
        out_file = Path(argv[argv.index("-o") + 1])
        with open(out_file, "wb") as handle:
            handle.truncate(100 * 1024**3)  # 100 GB, sparse
        started = time.monotonic()
        code, out, err = cli(argv)
        problems = answer_problems(code, out, err, frozenset({0}))
        if time.monotonic() - started > 30:
            problems.append(f"took {time.monotonic() - started:.0f} s")
        if out_file.stat().st_size > 10 * 1024 * 1024:
            problems.append("the huge file was not replaced")
        out_file.unlink(missing_ok=True)
        report.case(f"{label} -o over a 100 GB file --force", problems)
    sub = folder / "sub.playbook.yaml"
    code, out, err = cli(["new", "--spoke-of", str(spoke), "--region", "DE", "-o", str(sub)])
    report.case("a spoke of a spoke", answer_problems(code, out, err, frozenset({0})))
    for label, target in (("its hub", spoke), ("its hub's hub", hub)):
        before = {p: digest(p) for p in (hub, spoke, sub)}
        code, out, err = cli(["new", "--spoke-of", str(sub), "--region", "X", "-o", str(target), "--force"])
        problems = answer_problems(code, out, err)
        changed = [p.name for p, d in before.items() if digest(p) != d]
        if code == 0 or changed:
            problems.append(f"a file of the hub chain was replaced ({code}, {changed})")
        report.case(
            f"new --spoke-of SUB -o {label} --force",
            problems,
            sum(p.stat().st_size for p in before if p.name in changed),
        )
    return report


# ---------------------------------------------------------------- Word templates judged by content


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _docx_parts() -> dict[str, bytes]:
    import io
    import zipfile

    from tests.robustness.trust import plain_docx

    with zipfile.ZipFile(io.BytesIO(plain_docx())) as source:
        return {name: source.read(name) for name in source.namelist()}


def _pack(parts: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return out.getvalue()


def _with(
    parts: dict[str, bytes], *, body: str = "", rel: tuple[str, str, str] | None = None, types: str = ""
) -> bytes:
    if body:
        document = parts["word/document.xml"]
        at = document.rindex(b"<w:sectPr")
        parts["word/document.xml"] = document[:at] + body.encode() + document[at:]
    if rel:
        rel_id, kind, target = rel
        xml = f'<Relationship Id="{rel_id}" Type="{_R}/{kind}" Target="{target}"/>'.encode()
        name = "word/_rels/document.xml.rels"
        parts[name] = parts[name].replace(b"</Relationships>", xml + b"</Relationships>")
    if types:
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", types.encode() + b"</Types>")
    return _pack(parts)


def _field(code: str) -> str:
    return (
        f'<w:p {_W}><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{code}'
        '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def _ole_body(rel_id: str) -> str:
    return (
        f'<w:p {_W} xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:r="{_R}"><w:r><w:object><v:shape id="s1" style="width:50pt;height:50pt"/><o:OLEObject '
        f'Type="Embed" ProgID="Package" ShapeID="s1" DrawAspect="Icon" ObjectID="_1" r:id="{rel_id}"/></w:object>'
        "</w:r></w:p>"
    )


def _header_named_dat() -> bytes:
    import re

    parts = _docx_parts()
    parts["word/header9.dat"] = (
        f"<w:hdr {_W}><w:p><w:fldSimple w:instr='DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\"'/>"
        "</w:p></w:hdr>"
    ).encode()
    document = parts["word/document.xml"]
    parts["word/document.xml"] = re.sub(
        rb"(<w:sectPr[^>]*>)", rb'\1<w:headerReference xmlns:r="' + _R.encode() + rb'" w:type="default" r:id="rIdH9"/>',
        document, count=1,
    )  # fmt: skip
    return _with(
        parts,
        rel=("rIdH9", "header", "header9.dat"),
        types='<Override PartName="/word/header9.dat" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>',
    )


def _main_named_dat() -> bytes:
    parts = _docx_parts()
    document = parts.pop("word/document.xml")
    at = document.rindex(b"<w:sectPr")
    parts["word/main.dat"] = (
        document[:at] + _field(' INCLUDEPICTURE "\\\\evil\\share\\x.png" \\d ').encode() + document[at:]
    )
    parts["word/_rels/main.dat.rels"] = parts.pop("word/_rels/document.xml.rels")
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"word/document.xml", b"word/main.dat")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"/word/document.xml", b"/word/main.dat")
    return _pack(parts)


def _mail_merge() -> bytes:
    parts = _docx_parts()
    parts["word/settings.xml"] = parts["word/settings.xml"].replace(
        b"</w:settings>",
        b'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/><w:dataType w:val="native"/>'
        b'<w:connectString w:val="Data Source=\\\\evil.example\\share\\data.xlsx"/>'
        b'<w:query w:val="SELECT * FROM `Sheet1$`"/></w:mailMerge></w:settings>',
    )
    return _pack(parts)


def _zip_damage(name: str, how: str) -> bytes:
    import io
    import zipfile

    data = bytearray(_pack(_docx_parts()))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo(name)
    central = bytes(data).index(b"PK\x01\x02")
    while bytes(data)[central + 46 : central + 46 + len(name)] != name.encode():
        central = bytes(data).index(b"PK\x01\x02", central + 4)
    local = info.header_offset
    if how == "encrypted":
        data[local + 6] |= 1
        data[central + 8] |= 1
    elif how == "bad checksum":
        data[local + 14] ^= 0xFF
        data[central + 16] ^= 0xFF
    else:  # an unknown compression method
        data[local + 8 : local + 10] = struct.pack("<H", 97)
        data[central + 10 : central + 12] = struct.pack("<H", 97)
    return bytes(data)


def word_templates_by_content() -> dict[str, Callable[[], bytes]]:
    """Hostile Word templates the names of parts do not give away (cases 28, 48 and 52)."""
    return {
        "an OLE object stored as an image": lambda: _with(
            _docx_parts() | {"word/media/image9.png": _OLE},
            body=_ole_body("rIdO1"),
            rel=("rIdO1", "oleObject", "media/image9.png"),
            types='<Default Extension="png" ContentType="image/png"/>',
        ),
        "an embedded workbook": lambda: _with(
            _docx_parts() | {"word/objects/Book1.xls": _OLE},
            body=_ole_body("rIdP1"),
            rel=("rIdP1", "oleObject", "objects/Book1.xls"),
            types='<Default Extension="xls" ContentType="application/vnd.ms-excel"/>',
        ),
        "an embedded package": lambda: _with(
            _docx_parts() | {"word/media/p.bin": b"PK\x03\x04 package"},
            rel=("rIdK1", "package", "media/p.bin"),
            types='<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.package"/>',
        ),
        "a header named .dat with DDEAUTO": _header_named_dat,
        "the main document named .dat with INCLUDEPICTURE": _main_named_dat,
        "a mail merge on a share": _mail_merge,
        "a PRINT field": lambda: _with(_docx_parts(), body=_field('PRINT "%%!PS-Adobe (evil) show"')),
        "an EMBED field": lambda: _with(_docx_parts(), body=_field("EMBED Package")),
        "INCLUDEPICTURE made by Jinja": lambda: _with(
            _docx_parts(), body=_field('{{ "INCLUDE" ~ "PICTURE" }} "http://evil.example/b.png" \\d')
        ),
        "DDEAUTO made by Jinja": lambda: _with(_docx_parts(), body=_field('{{ "DDE" ~ "AUTO" }} cmd.exe "/k calc"')),
        "a HYPERLINK to smb made by Jinja": lambda: _with(
            _docx_parts(), body=_field('HYPERLINK "{{ "smb" ~ "://evil/share" }}"')
        ),
        "an entry flagged encrypted": lambda: _zip_damage("word/document.xml", "encrypted"),
        "an entry with a wrong checksum": lambda: _zip_damage("word/document.xml", "bad checksum"),
        "an entry packed with method 97": lambda: _zip_damage("word/document.xml", "method"),
        "a zip bomb": lambda: _pack(_docx_parts() | {"word/bomb.xml": b"<a>" + b" " * (20 * 1024 * 1024) + b"</a>"}),
        "100,000 nested elements": lambda: _with(
            _docx_parts(), body=f"<w:p {_W}>" + "<w:x>" * 100_000 + "</w:x>" * 100_000 + "</w:p>"
        ),
        "an XML entity bomb": lambda: _pack(
            _docx_parts()
            | {
                "word/lol.xml": b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
                + b"".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(7))
                + b"]><l>&h;</l>"
            }
        ),
    }


def word_by_content(folder: Path) -> Report:
    """Custom Word templates whose active parts, fields or damage only their content, content
    types and relationships show: refused in one line naming the template (never exit 3)."""
    from tests.robustness.trust import word_template_refusal

    report = Report("Word templates judged by content")
    playbook = storage.load(HUB)
    for number, (kind, make) in enumerate(word_templates_by_content().items()):
        message, problems = word_template_refusal(folder / f"word-{number}", make(), playbook)
        if message and ("\n" in message or "policy.docx" not in message or "'{{'" in message):
            problems.append(f"not one clear line naming the template: {message}")
        report.case(kind, problems)
    return report


# ---------------------------------------------------------------- numbers of any size


def huge_numbers(folder: Path) -> Report:
    """Whole numbers of any size the format accepts are exported as written, in every format,
    and compared, diffed, resolved and signed off; those it refuses are refused in plain words."""
    import re

    from tests.robustness.trust import SPOKE, terminal_problems

    report = Report("numbers of any size")
    big = "9" * 400
    hub = folder / HUB.name
    text = HUB.read_text(encoding="utf-8")
    hub.write_text(
        re.sub(r"\n( +)character_limit: [^\n]*", rf"\n\1character_limit: {big}", text, count=1), encoding="utf-8"
    )
    spoke = folder / SPOKE.name
    shutil.copyfile(SPOKE, spoke)
    for doc, fmt in (("policy", "md"), ("policy", "html"), ("policy", "docx"), ("checklist", "csv")):
        out = folder / f"huge-{doc}.{fmt}"
        code, stdout, err = cli(["export", str(hub), "--doc", doc, "--format", fmt, "-o", str(out)])
        problems = answer_problems(code, stdout, err, frozenset({0, 1}))
        written = out.read_text(encoding="utf-8").replace(",", "") if fmt in ("md", "html") else ""
        # every digit, grouped in thousands as documents write numbers
        if fmt in ("md", "html") and code in (0, 1) and big not in written:
            problems.append("the number is not in the document as the playbook holds it")
        report.case(f"a 400-digit character limit, {doc} as {fmt}", problems)
    for argv in (
        ["validate", str(hub)],
        ["compare", str(HUB), str(hub)],
        ["diff", str(spoke)],
        ["resolve", str(spoke)],
        ["signoff", str(hub), "--approver", "Big Number", "--role", "Reviewer"],
    ):
        code, stdout, err = cli(argv)
        report.case(f"a 400-digit character limit, {argv[0]}", answer_problems(code, stdout, err, frozenset({0, 1})))
    longer = folder / "longer.playbook.yaml"
    longer.write_text(
        re.sub(r"\n( +)character_limit: [^\n]*", rf"\n\1character_limit: {'9' * 5000}", text, count=1), encoding="utf-8"
    )
    code, stdout, err = cli(["validate", str(longer)])
    problems = answer_problems(code, stdout, err, frozenset({1}))
    if "at most 4,300 digits" not in stdout:
        problems.append(f"a 5,000-digit whole number is not refused for its length: {stdout[-300:]!r}")
    report.case("a 5,000-digit whole number", problems)
    # a spoke change that names an item's field by its place: plain words, never a pattern
    data = json.loads(json.dumps(__import__("yaml").safe_load(spoke.read_text(encoding="utf-8")), default=str))
    data["changes"].append(
        {
            "action": "set",
            "path": "channels.accounts[1].character_limit",
            "value": 5,
            "rationale": "r",
            "approver": "A B",
        }
    )
    indexed = folder / "indexed.playbook.yaml"
    from playbooks.io.yamlio import dump_yaml

    indexed.write_text(dump_yaml(data), encoding="utf-8")
    shutil.copyfile(hub, folder / "hub-copy.playbook.yaml")
    code, stdout, err = cli(["validate", str(indexed)])
    problems = answer_problems(code, stdout, err, frozenset({1, 2}))
    if (
        "should match pattern" in stdout + err
        or "^[a-z_]" in stdout + err
        or "Use a field's address" not in stdout + err
    ):
        problems.append(f"not in plain words: {(stdout + err)[-300:]!r}")
    problems += terminal_problems(stdout + err)
    report.case("a spoke change whose path has an index", problems)
    return report


# ---------------------------------------------------------------- what reaches a terminal


def terminal_sources(folder: Path) -> Report:
    """What configuration files and the environment say reaches the terminal as one line each,
    naming what is wrong (the range of a number, the encoding of a file)."""
    report = Report("configuration and environment on the terminal")
    hub = hub_copy(folder)
    crafted = folder / "charter.toml"
    crafted.write_text(
        '"x\\ncharter: resolved, 0 errors\\nFORGED line" = 1\n'
        'template_dir = "/none\\ncharter: validate: 0 errors\\nFORGED too"\n'
        'paper = "a4\\nFORGED paper\\u001b[2J\\u202e"\n',
        encoding="utf-8",
    )
    from playbooks.io import config

    saved = os.environ.get("CHARTER_CONFIG")
    os.environ["CHARTER_CONFIG"] = str(crafted)
    config.reset()
    try:
        for argv in (
            ["config"],
            ["config", "--format", "json"],
            ["export", str(hub), "--format", "md", "-o", str(folder / "o.md")],
            ["new", "-o", str(folder / "n.playbook.yaml")],
        ):
            code, out, err = cli(argv)
            report.case(f"a crafted configuration file: {' '.join(argv[:2])}", answer_problems(code, out, err))
    finally:
        if saved is None:
            os.environ.pop("CHARTER_CONFIG", None)
        else:
            os.environ["CHARTER_CONFIG"] = saved
        config.reset()
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    try:
        for value in ("1000000000000000", "-1000000000000", "253402300800", "1e9", "\x1b[2J", "9" * 5000):
            os.environ["SOURCE_DATE_EPOCH"] = value
            code, out, err = cli(["export", str(hub), "--format", "md", "-o", str(folder / "e.md"), "--force"])
            problems = answer_problems(code, out, err, frozenset({2}))
            if "253402300799" not in err:
                problems.append(f"the range is not named: {err!r}")
            report.case(f"SOURCE_DATE_EPOCH={value[:20]!r}", problems)
    finally:
        if saved is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved
    for label, raw, named in (
        ("UTF-32 LE", "\ufeffschema_version: 1\n".encode("utf-32-le"), "UTF-32"),
        ("UTF-32 BE", "\ufeffschema_version: 1\n".encode("utf-32-be"), "UTF-32"),
        ("UTF-16 LE", "\ufeffschema_version: 1\n".encode("utf-16-le"), "UTF-16"),
    ):
        path = folder / f"{label.replace(' ', '-')}.playbook.yaml"
        path.write_bytes(raw)
        code, out, err = cli(["validate", str(path)])
        problems = answer_problems(code, out, err, frozenset({2}))
        if f"the file is {named}" not in err:
            problems.append(f"the encoding is not named: {err!r}")
        report.case(f"a playbook in {label}", problems)
    return report


# ---------------------------------------------------------------- control characters in documents


#: Characters no exported document may hold raw (one rule for every format).
_CONTROLS = "\x1b[2J\x07\x0b\x0c\x7f\x85\x9b31m\ufffe\uffff\ufdd0"


def document_controls(folder: Path) -> Report:
    """Control characters and noncharacters of field text never reach an exported document raw."""
    import io
    import zipfile

    from playbooks.export import export_document

    report = Report("control characters in documents")
    playbook = storage.load(HUB)
    data = playbook.model_dump(mode="json")
    data["document"]["title"] = f"Title {_CONTROLS} end"
    data["scope"]["purpose"] = f"Purpose {_CONTROLS}\r\nsecond line"
    data["channels"]["accounts"][0]["handle"] = f"@x{_CONTROLS}"
    crafted = type(playbook).model_validate(data)
    for doc, fmt in (
        ("policy", "md"),
        ("policy", "html"),
        ("policy", "docx"),
        ("checklist", "csv"),
        ("checklist", "md"),
    ):
        out = export_document(crafted, doc, fmt)
        if fmt == "docx":
            with zipfile.ZipFile(io.BytesIO(out)) as archive:
                text = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))
        else:
            text = out.decode("utf-8")
        found = sorted(
            {f"U+{ord(ch):04X}" for ch in text if ch not in "\t\n\r" and (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F)}
            | {f"U+{ord(ch):04X}" for ch in text if ch in "\ufffe\uffff\ufdd0"}
        )
        report.case(f"{doc} as {fmt}", [f"raw {found} in the document"] if found else [])
    return report


# ---------------------------------------------------------------- PDF templates: every resource form


def png(path: Path, width: int, height: int, rgb: tuple[int, int, int]) -> None:
    """A PNG of one colour (a picture whose pixels can be told apart in a PDF)."""
    import zlib

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    )


#: The colour of the picture outside the template folder, and of the one inside it.
SECRET_RGB, OWN_RGB = (0, 255, 0), (0, 0, 255)


def pdf_pixels(data: bytes, rgb: tuple[int, int, int]) -> int:
    """How many pixels of the images in a PDF are (nearly) of colour ``rgb``."""
    import io

    from pypdf import PdfReader
    from PySide6.QtGui import QImage

    if not data:
        return 0
    count = 0
    reader = PdfReader(io.BytesIO(data))
    pending: list[Any] = [page.get("/Resources") for page in reader.pages]
    seen: set[int] = set()
    while pending:
        resources = pending.pop()
        resources = resources.get_object() if resources is not None else None
        if resources is None or id(resources) in seen:
            continue
        seen.add(id(resources))
        for ref in (resources.get("/XObject") or {}).values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Form":
                pending.append(obj.get("/Resources"))
                continue
            if obj.get("/Subtype") != "/Image":
                continue
            width, height = int(obj["/Width"]), int(obj["/Height"])
            if "DCT" in str(obj.get("/Filter", "")):
                image = QImage.fromData(obj._data)
            else:
                pixels = obj.get_data()
                if len(pixels) < width * height * 3:
                    continue
                image = QImage(pixels, width, height, 3 * width, QImage.Format.Format_RGB888)
            for y in range(image.height()):
                for x in range(image.width()):
                    colour = image.pixelColor(x, y)
                    found = (colour.red(), colour.green(), colour.blue())
                    if sum(abs(a - b) for a, b in zip(found, rgb, strict=True)) < 90:
                        count += 1
    return count


def _svg(body: str, size: str = 'width="30" height="20"') -> str:
    return f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" {size}>{body}</svg>'


def pdf_resources(folder: Path) -> Report:
    """Every way a custom template's PDF could read a file outside its folder (SVG pictures by
    absolute, relative, file:// and nested data addresses, <use> of an outside SVG, a compressed
    SVG, an SVG disguised as a PNG), a link swapped in while resources are read, and what the
    child process says: nothing from outside is embedded, the folder's own pictures are, and the
    terminal gets at most Charter's one line."""
    import base64
    import gzip

    import ui.pdf  # noqa: F401  (registers the PDF writer; needs Qt)
    from playbooks.export import ExportError, Limits, export_document
    from tests.robustness.trust import terminal_problems

    report = Report("PDF template resources")
    playbook = storage.load(HUB)
    outside = folder / "outside"
    outside.mkdir()
    png(outside / "secret.png", 37, 23, SECRET_RGB)
    (outside / "evil.svg").write_text(_svg('<image width="30" height="20" xlink:href="secret.png"/>'), encoding="utf-8")
    templates = folder / "templates"
    templates.mkdir()
    png(templates / "own.png", 7, 5, OWN_RGB)
    secret = outside / "secret.png"
    nested = base64.b64encode(_svg(f'<image width="30" height="20" xlink:href="{secret}"/>').encode()).decode()
    pictures = {
        "an SVG picture by absolute path": _svg(f'<image width="30" height="20" xlink:href="{secret}"/>'),
        "an SVG picture relative to the working folder": _svg('<image width="30" height="20" xlink:href="outside/secret.png"/>'),
        "an SVG picture by file://": _svg(f'<image width="30" height="20" xlink:href="file://{secret}"/>'),
        "an SVG picture by ../": _svg('<image width="30" height="20" href="../outside/secret.png"/>'),
        "an SVG inside an SVG, as data": _svg(f'<image width="30" height="20" xlink:href="data:image/svg+xml;base64,{nested}"/>'),
        "an SVG <use> of an outside SVG": _svg(f'<use xlink:href="{outside / "evil.svg"}#x"/>'),
        "an SVG style with url() outside": _svg(f'<rect width="30" height="20" style="fill:url({secret})"/>'),
    }  # fmt: skip
    limits = Limits(seconds=20, memory_bytes=1024 * 1024 * 1024)
    cwd = os.getcwd()
    os.chdir(folder)  # "outside/secret.png" resolves here if anything resolves against the working folder
    try:
        cases: dict[str, tuple[str, bytes]] = {label: ("logo.svg", svg.encode()) for label, svg in pictures.items()}
        cases["a compressed SVG (svgz)"] = (
            "logo.svgz",
            gzip.compress(pictures["an SVG picture by absolute path"].encode()),
        )
        cases["an SVG named .png"] = ("logo.png", pictures["an SVG picture by absolute path"].encode())
        cases["the folder's own picture in an SVG"] = (
            "logo.svg",
            _svg('<image width="30" height="20" xlink:href="own.png"/>').encode(),
        )
        for label, (name, content) in cases.items():
            (templates / name).write_bytes(content)
            (templates / "policy.html.j2").write_text(
                f'<p>x</p><img src="{name}" width="30" height="20">', encoding="utf-8"
            )
            problems = []
            try:
                data = export_document(playbook, "policy", "pdf", template_dir=templates, limits=limits)
            except ExportError as exc:
                data = b""
                problems.append(f"the export failed: {exc}")
            if pdf_pixels(data, SECRET_RGB):
                problems.append("a picture from outside the template folder was embedded")
            if label.startswith("the folder's own") and not pdf_pixels(data, OWN_RGB):
                problems.append("the folder's own picture is missing")
            report.case(label, problems)
            (templates / name).unlink()
    finally:
        os.chdir(cwd)
    # what the child says reaches the terminal only as Charter's one line
    hub = hub_copy(folder)
    (templates / "a.svg").write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="10" height="10" '
        b'fill="url(#nope&#13;charter: resolved, 0 errors&#10;FORGED line&#x9b;2J&#x202e;)"/>'
        b'<use href="#missing&#10;charter: export: 0 errors&#x1b;"/></svg>'
    )
    png(templates / "bomb.png", 1, 1, OWN_RGB)
    bomb = bytearray((templates / "bomb.png").read_bytes())
    bomb[16:24] = struct.pack(">II", 30000, 30000)  # a header that asks for 3.6 GB of pixels
    (templates / "bomb.png").write_bytes(bytes(bomb))
    for label, source in (
        ("Qt's warnings quoting an SVG's attributes", '<p>x</p><img src="a.svg">'),
        ("an image bomb", '<p>x</p><img src="bomb.png">'),
        ("3,000 nested tables", "<table><tr><td>" * 3000 + "x" + "</td></tr></table>" * 3000),
    ):
        (templates / "policy.html.j2").write_text(source, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "export", str(hub), "--format", "pdf", "--template-dir", str(templates),
             "-o", str(folder / "t.pdf"), "--force"],
            cwd=ROOT, capture_output=True, text=True, timeout=180,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
        problems = terminal_problems(done.stdout + done.stderr)
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        if len(lines) > 1 or any(not line.startswith("charter: ") for line in lines):
            problems.append(f"the terminal got more than Charter's one line: {done.stderr[:300]!r}")
        if done.returncode not in (0, 2):
            problems.append(f"exit code {done.returncode}")
        report.case(label, problems)
    report.case(*_resource_race(templates, outside, playbook, limits))
    return report


def _resource_race(templates: Path, outside: Path, playbook: Any, limits: Any) -> tuple[str, list[str]]:
    """A picture of the folder swapped for a link out of it, over and over, while exports read it."""
    import threading

    from playbooks.export import ExportError, export_document

    png(templates / "own.png", 37, 23, OWN_RGB)
    shutil.copyfile(templates / "own.png", templates / "race.png")
    (templates / "policy.html.j2").write_text(
        "".join(f'<img src="race.png?n={n}" width="37" height="23">' for n in range(400)), encoding="utf-8"
    )
    stop = threading.Event()

    def swap() -> None:
        while not stop.is_set():
            with contextlib.suppress(OSError):
                (templates / "l.tmp").symlink_to(outside / "secret.png")
                os.replace(templates / "l.tmp", templates / "race.png")
                time.sleep(0.0003)
                os.link(templates / "own.png", templates / "r.tmp")
                os.replace(templates / "r.tmp", templates / "race.png")
                time.sleep(0.0003)
            for leftover in ("l.tmp", "r.tmp"):
                with contextlib.suppress(OSError):
                    (templates / leftover).unlink()

    swapper = threading.Thread(target=swap, daemon=True)
    swapper.start()
    problems = []
    try:
        for _ in range(4):
            try:
                data = export_document(playbook, "policy", "pdf", template_dir=templates, limits=limits)
            except ExportError as exc:
                data = b""
                if "\n" in str(exc) or "changed while it was read" not in str(exc):
                    problems.append(f"not one line saying what happened: {exc}")
            if pdf_pixels(data, SECRET_RGB):
                problems.append("a picture from outside the folder was embedded")
    finally:
        stop.set()
        swapper.join()
    return "a picture swapped for a link out of the folder while exports read it", problems


# ---------------------------------------------------------------- text the editor shows


def editor_text(folder: Path) -> Report:
    """What the editor shows of a playbook or a file name: rich-text views load nothing the text
    names, labels and message boxes take it as plain text, names are escaped and kept byte for
    byte, and numbers the boxes cannot hold are shown as the file has them, never changed."""
    from PySide6.QtCore import Qt, QUrl
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    from playbooks.audit.signoff import approval_state
    from ui import dialogs, settings
    from ui.confined import ConfinedBrowser
    from ui.forms.fieldkinds import kind_of
    from ui.forms.inputs import NumberInput
    from ui.workflows.approval import style_label
    from ui.workflows.export_dialog import ExportDialog
    from ui.workflows.signoff import SignOffDialog

    assert isinstance(QApplication.instance(), QApplication), "the editor's widgets need a QApplication"
    report = Report("text the editor shows")
    picture = folder / "secret.png"
    png(picture, 37, 23, SECRET_RGB)
    fifo = folder / "pipe.png"
    os.mkfifo(fifo)
    browser = ConfinedBrowser()
    for label, html in (
        ("a picture by path", f'<img src="{picture}">'),
        ("a picture by file://", f'<img src="file://{picture}">'),
        ("a fifo", f'<img src="{fifo}">'),  # reading it would hang the editor for good
    ):
        started = time.monotonic()
        browser.setHtml(f"<p>x</p>{html}")
        browser.document().size()  # lays it out: the images are asked for
        url = QUrl(html.split('"')[1])
        image = browser.document().resource(QTextDocument.ResourceType.ImageResource, url)
        problems = []
        if image is not None and not image.isNull() and image.width() > 1:
            problems.append("the view read the file")
        if time.monotonic() - started > 5:
            problems.append("it took more than 5 s")
        report.case(f"a rich-text view of {label}", problems)
    browser.deleteLater()
    # labels and message boxes that quote an approver, a title or a lock holder
    playbook = storage.load(HUB)
    data = playbook.model_dump(mode="json")
    data["document"]["sign_offs"][-1]["approver"] = f'<img src="{fifo}">Mallory'
    crafted = type(playbook).model_validate(data)
    data["document"]["title"] = f'<img src="{fifo}">Policy'
    crafted = type(playbook).model_validate(data)
    label = QLabel()
    style_label(label, approval_state(crafted))
    box = dialogs._box(QMessageBox.Icon.Warning, "t", f'<img src="{fifo}">x', None)
    signing = SignOffDialog(None, playbook=crafted)
    exporting = ExportDialog(crafted, str(folder / "x.playbook.yaml"))
    # every label that shows the markup as it is shows it as plain text (rich ones escape it)
    problems = [
        f"{type(widget.window()).__name__}: a label reads the markup"
        for widget in (label, box, *signing.findChildren(QLabel), *exporting.findChildren(QLabel))
        if isinstance(widget, QLabel | QMessageBox)
        and "<img" in widget.text()
        and widget.textFormat() != Qt.TextFormat.PlainText
    ]
    report.case("an approver and a title that hold markup, in labels and dialogs", problems)
    for widget in (label, box, signing, exporting):
        widget.deleteLater()
    # names kept byte for byte through the settings (a folder of this class's own, never the user's)
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    for name in (os.fsdecode(b"Richtlinie-\xdc.playbook.yaml"), "policy\u202eLMTH.playbook.yaml", "a\nb.playbook.yaml"):
        path = str(folder / name)
        settings.add_recent_file(path)
        problems = [] if settings.recent_files()[0] == path else [f"the recent entry is {settings.recent_files()[0]!r}"]
        settings.remove_recent_file(path)
        report.case(f"a recent file named {name!r}", problems)
    # numbers the boxes cannot hold
    from playbooks.format.model import Channel, Metric

    for model, field, value in (
        (Channel, "character_limit", 10**30),
        (Metric, "baseline", 1e-15),
        (Metric, "baseline", 0.001),
    ):
        kind = kind_of(model.model_fields[field])
        assert kind is not None
        box_ = NumberInput(kind, model.model_fields[field])
        box_.show_value(None)  # the box showed a field that is not set before ("Not set" is its minimum)
        exact = box_.show_value(value)
        box_.show()  # Qt writes a spin box's text again when it is shown
        shown = box_.text()
        problems = []
        if exact and float(shown) != value:
            problems.append(f"{value!r} shows as {shown!r}")
        if not exact and (shown != (repr(value) if isinstance(value, float) else str(value)) or not box_.isReadOnly()):
            problems.append(f"{value!r} is not shown read-only as the file has it: {shown!r}")
        before = box_.value()
        box_.interpretText()  # what leaving the box does
        if not exact and (box_.value() != before or box_.text() != shown):
            problems.append("leaving the box changed what it shows")
        report.case(f"{model.__name__}.{field} = {value!r}", problems)
        box_.deleteLater()
    return report


#: The classes of this module, in the order of the attack's report.
CLASSES: dict[str, Callable[[Path], Report]] = dict(
    [
        ("lock names and shapes", lock_shapes),
        ("lock breakers and hard links", lock_breakers),
        ("saves in shared folders", shared_saves),
        ("outputs over huge files and hub chains", huge_outputs),
        ("Word templates judged by content", word_by_content),
        ("numbers of any size", huge_numbers),
        ("configuration and environment on the terminal", terminal_sources),
        ("control characters in documents", document_controls),
        ("PDF template resources", pdf_resources),
        ("text the editor shows", editor_text),
    ]
)

#: The classes that need Qt (the tests run them in tests/ui/).
QT_CLASSES: tuple[str, ...] = ("PDF template resources", "text the editor shows")
