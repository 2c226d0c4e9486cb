"""The Debian package of a built bundle: ``DIST/charter_<version>_amd64.deb``.

    python packaging/make_deb.py DIST        (needs DIST/charter/charter; run by make-release.sh)

Installs the bundle under ``/opt/charter`` with ``/usr/bin/charter`` pointing at it, the desktop
entry, the icons (hicolor), the file type of ``*.playbook.yaml`` (shared-mime-info; the desktop
entry claims it, so a double-click opens Charter) and, in ``/usr/share/doc/charter``, the
copyright notes and an example site configuration. No maintainer scripts: Debian's own triggers
(shared-mime-info, desktop-file-utils, the icon cache) update the desktop's databases when they
are installed, and ``dpkg -r`` removes every file the package brought.

``Depends:`` is computed, not written by hand: every library a binary in the bundle needs
(ELF ``DT_NEEDED``) that the bundle does not carry, mapped to the build host's package that
provides it (``ldconfig -p``, ``dpkg -S``); ``libc6`` at least the newest ``GLIBC_x.y`` symbol
version any of them uses; and the two data packages no binary names: ``fonts-dejavu-core``
(without a font Qt draws boxes) and ``fontconfig-config`` (without it every start prints a
fontconfig error). ``Recommends:`` the fonts of Japanese and Arabic documents (``DATA_RECOMMENDS``). ``packaging/check-bare-debian.sh`` proves the list on a minimal Debian 12.

Built with ``dpkg-deb`` alone (no debhelper); owner root:root, every mtime at
``SOURCE_DATE_EPOCH`` (default: the last commit's time), so the same bundle gives the same bytes.
Like ``bundle_rules.py`` this file is loaded by path (``packaging`` is no package).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGE = "charter"
INSTALL_DIR = "opt/charter"
#: Packages no binary names but the bundle needs (see the module docstring).
DATA_DEPENDS = ("fonts-dejavu-core", "fontconfig-config")
#: Fonts for the scripts of Charter's document languages DejaVu lacks: Japanese (Noto CJK) and
#: Arabic (Noto, in fonts-noto-core). Recommended, not required: without them Charter runs and
#: exports every other language, and a Japanese or Arabic PDF prints empty boxes.
DATA_RECOMMENDS = ("fonts-noto-cjk", "fonts-noto-core")
DESCRIPTION = """\
Social media governance playbook editor
 Charter is a desktop editor for social media governance playbooks: compliance
 officers draft the corporate (hub) playbook, regional managers tailor their
 spokes, and Charter checks them and exports Word, PDF, HTML and Markdown
 documents. The command line (charter validate, export, new, ...) does to a
 file everything the editor does. Charter never uses the network.
 .
 The organisation's defaults (template folder, paper size, language, starter,
 hub, recent files) go in /etc/charter/charter.toml; see
 /usr/share/doc/charter/examples/charter.toml and `charter config`."""

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
_GLIBC = re.compile(r"\bGLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")
_LDCONFIG = re.compile(r"^\s*(\S+) \(([^)]*)\) => (\S+)$")


class DebError(Exception):
    """The package cannot be built; one line that says why."""


# ---- Depends ---------------------------------------------------------------------------------


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def elf_needs(path: Path) -> tuple[list[str], list[tuple[int, ...]]]:
    """The DT_NEEDED sonames of an ELF file and the GLIBC symbol versions it requires."""
    result = subprocess.run(["readelf", "-d", "-V", "-W", str(path)], capture_output=True, text=True, check=False)
    versions = [tuple(int(part) for part in match if part) for match in _GLIBC.findall(result.stdout)]
    return _NEEDED.findall(result.stdout), versions


def system_libraries() -> dict[str, Path]:
    """soname -> path of the build host's 64-bit x86 libraries (``ldconfig -p``)."""
    output = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, Path] = {}
    for line in output.splitlines():
        match = _LDCONFIG.match(line)
        if match and "x86-64" in match.group(2):
            found.setdefault(match.group(1), Path(match.group(3)))
    return found


def owning_package(path: Path) -> str | None:
    """The installed package that ships ``path`` (trying the /lib and /usr/lib spellings of merged /usr)."""
    text = str(path)
    candidates = [text, str(path.resolve())]
    for a, b in (("/usr/lib/", "/lib/"), ("/lib/", "/usr/lib/")):
        candidates += [c.replace(a, b, 1) for c in list(candidates) if c.startswith(a)]
    for candidate in dict.fromkeys(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if result.returncode == 0 and ":" in result.stdout:
            return result.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def depends(
    bundle: Path,
    needs: Callable[[Path], tuple[list[str], list[tuple[int, ...]]]] = elf_needs,
    libraries: Callable[[], dict[str, Path]] = system_libraries,
    package_of: Callable[[Path], str | None] = owning_package,
) -> list[str]:
    """The ``Depends:`` entries of the bundle at ``bundle`` (see the module docstring), sorted."""
    files = [path for path in sorted(bundle.rglob("*")) if path.is_file() and not path.is_symlink()]
    carried = {path.name for path in bundle.rglob("*")}
    wanted: set[str] = set()
    glibc: tuple[int, ...] = ()
    for path in files:
        if not is_elf(path):
            continue
        sonames, versions = needs(path)
        wanted.update(name for name in sonames if name not in carried)
        glibc = max([glibc, *versions])
    host = libraries()
    packages: set[str] = set()
    for soname in sorted(wanted):
        if soname not in host:
            raise DebError(f"the bundle needs {soname}, which the build machine does not have; install it and rebuild")
        package = package_of(host[soname])
        if package is None:
            raise DebError(f"the bundle needs {soname} ({host[soname]}), which no installed package provides")
        packages.add(package)
    entries = {name: name for name in (*packages, *DATA_DEPENDS)}
    if "libc6" in entries and glibc:
        entries["libc6"] = f"libc6 (>= {'.'.join(str(part) for part in glibc)})"
    return [entries[name] for name in sorted(entries)]


# ---- the package -----------------------------------------------------------------------------


def read_version(bundle: Path) -> str:
    """The bundle's version, from ``charter --version`` (it must match the source's)."""
    done = subprocess.run([str(bundle / "charter"), "--version"], capture_output=True, text=True, check=False)
    line = done.stdout.strip()
    if done.returncode != 0 or not re.fullmatch(r"charter [0-9][0-9A-Za-z.+~-]*", line):
        raise DebError(f"{bundle}/charter --version printed '{line}' (exit {done.returncode})")
    return line.split(" ", 1)[1]


def stage(bundle: Path, root: Path) -> None:
    """Lay out the package's files under ``root`` (without DEBIAN/)."""
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin/charter").symlink_to(f"/{INSTALL_DIR}/charter")
    share = root / "usr/share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(HERE / "charter.desktop", share / "applications/charter.desktop")
    (share / "mime/packages").mkdir(parents=True)
    shutil.copyfile(HERE / "charter-mime.xml", share / "mime/packages/charter.xml")
    resources = ROOT / "ui" / "resources"
    for png in sorted(resources.glob("charter-*.png")):
        size = png.stem.removeprefix("charter-")
        folder = share / f"icons/hicolor/{size}x{size}/apps"
        folder.mkdir(parents=True)
        shutil.copyfile(png, folder / "charter.png")
    (share / "icons/hicolor/scalable/apps").mkdir(parents=True)
    shutil.copyfile(resources / "charter.svg", share / "icons/hicolor/scalable/apps/charter.svg")
    doc = share / "doc" / PACKAGE
    (doc / "examples").mkdir(parents=True)
    shutil.copyfile(HERE / "copyright", doc / "copyright")
    shutil.copyfile(HERE / "charter.toml", doc / "examples/charter.toml")


def installed_size_kib(root: Path) -> int:
    """``Installed-Size``: the files' sizes in KiB (rounded up per file, as dpkg-gencontrol does)."""
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink() or path.is_dir():
            total += 1
        elif path.is_file():
            total += -(-path.stat().st_size // 1024)
    return total


def control(version: str, depends_on: Iterable[str], size_kib: int, maintainer: str) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(depends_on)}\n"
        f"Recommends: {', '.join(DATA_RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.relative_to(root).parts[:1]:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    return "".join(lines)


def normalise(root: Path, epoch: int) -> None:
    """Permissions 0755/0644 (executables keep their x bit) and every mtime at ``epoch``."""
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_symlink():
            os.utime(path, (epoch, epoch), follow_symlinks=False)
            continue
        mode = path.stat().st_mode
        path.chmod(0o755 if path.is_dir() or mode & 0o111 else 0o644)
        os.utime(path, (epoch, epoch))
    os.utime(root, (epoch, epoch))


def source_date_epoch() -> int:
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value.isdigit():
        return int(value)
    done = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True, text=True)
    return int(done.stdout.strip()) if done.returncode == 0 and done.stdout.strip().isdigit() else 1767225600


def build(dist: Path, maintainer: str) -> Path:
    """Build ``dist/charter_<version>_amd64.deb`` from ``dist/charter``; returns its path."""
    bundle = dist / "charter"
    if not (bundle / "charter").is_file():
        raise DebError(f"no bundle at {bundle}/charter (build it first: bash packaging/build.sh)")
    for tool in ("dpkg-deb", "readelf", "ldconfig", "dpkg"):
        if shutil.which(tool) is None and not Path("/sbin", tool).exists():
            raise DebError(f"needs {tool} (Debian or Ubuntu with binutils)")
    version = read_version(bundle)
    output = dist / f"{PACKAGE}_{version}_amd64.deb"
    with tempfile.TemporaryDirectory(dir=dist, prefix=".deb.") as work:
        root = Path(work) / "root"
        stage(bundle, root)
        needed = depends(root / INSTALL_DIR)
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN/control").write_text(
            control(version, needed, installed_size_kib(root), maintainer), encoding="utf-8"
        )
        (root / "DEBIAN/md5sums").write_text(md5sums(root), encoding="utf-8")
        normalise(root, source_date_epoch())
        partial = output.with_suffix(".deb.tmp")
        env = dict(os.environ, SOURCE_DATE_EPOCH=str(source_date_epoch()))
        done = subprocess.run(
            # zstd: 3 s and 43 MB here, where xz -6 took 55 s for 35 MB; every dpkg that can run the
            # bundle (glibc 2.36: Debian 12, Ubuntu 22.10 and newer) reads it
            ["dpkg-deb", "--root-owner-group", "-Zzstd", "-z9", "--build", str(root), str(partial)],
            capture_output=True,
            text=True,
            env=env,
        )
        if done.returncode != 0:
            raise DebError(f"dpkg-deb failed: {(done.stderr.strip().splitlines() or ['?'])[-1]}")
        partial.replace(output)
    print(f"make_deb: {output} ({output.stat().st_size / 1e6:.1f} MB)")
    print(f"make_deb: Depends: {', '.join(needed)}")
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make_deb.py", description="Build the Debian package of dist/charter.")
    parser.add_argument("dist", nargs="?", default=str(ROOT / "dist"), help="the dist folder (default: dist)")
    args = parser.parse_args(argv)
    maintainer = os.environ.get("CHARTER_DEB_MAINTAINER", "Charter packaging <charter@localhost>")
    try:
        build(Path(args.dist).resolve(), maintainer)
    except DebError as exc:
        sys.stderr.write(f"make_deb: {exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
