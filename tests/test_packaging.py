"""The packaged binary's build rules (packaging/, build.spec), checked without building anything.

The bundle itself is built and run by ``.ci/build-binary``; these tests guard the rules that decide
what goes into it, so that a new data file, a new Qt import or a new command cannot silently go
missing from the binary.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib.util
import io
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path, PurePosixPath
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(name: str) -> ModuleType:
    # packaging/ has no __init__.py on purpose (it would shadow the PyPI "packaging" library).
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


rules = _load("bundle_rules")
build_log = _load("check_build_log")
make_deb = _load("make_deb")


# ---- Data files ------------------------------------------------------------------------------


@functools.cache
def bundled_data() -> frozenset[str]:
    """Bundle paths of every data file build.spec collects from this checkout."""
    return frozenset(f"{dest}/{Path(source).name}" for source, dest in rules.data_files(ROOT))


@pytest.mark.parametrize(
    ("folder", "pattern"),
    [
        ("templates", "**/*.j2"),
        ("templates", "**/*.docx"),
        ("playbooks/starters", "*.playbook.yaml"),
        ("playbooks/presets", "**/*.yaml"),
        ("ui/resources", "charter*"),
    ],
)
def test_every_shipped_data_file_is_in_the_bundle(folder: str, pattern: str) -> None:
    files = sorted((ROOT / folder).glob(pattern))
    assert files, f"{folder} has no {pattern}: the data moved, update DATA_ROOTS in packaging/bundle_rules.py"
    missing = [str(path.relative_to(ROOT)) for path in files if path.relative_to(ROOT).as_posix() not in bundled_data()]
    assert not missing, f"not bundled: {missing}"


def test_no_data_folder_in_the_sources_is_left_out() -> None:
    # Independent of the globbing rules: any non-code file beside Charter's code is run-time data
    # unless it is a cache, a generator script or the source of a compiled catalogue (ui/i18n/*.ts).
    bundled = bundled_data()
    left_out = []
    for top in ("playbooks", "ui", "templates"):
        for path in (ROOT / top).rglob("*"):
            relative = path.relative_to(ROOT)
            if (
                path.is_file()
                and path.suffix not in {".py", ".pyc", ".ts"}
                and "__pycache__" not in relative.parts
                and not path.name.startswith(".")
                and relative.as_posix() not in bundled
            ):
                left_out.append(relative.as_posix())
    assert not left_out, f"data files the bundle would not contain: {left_out}"


def test_data_globbing_picks_up_new_files_and_skips_code_and_leftovers(tmp_path: Path) -> None:
    for name in (
        "playbooks/__init__.py",
        "playbooks/presets/data/NEW-PRESET.yaml",
        "playbooks/presets/data/NEW-PRESET.yaml~",
        "playbooks/presets/data/.NEW-PRESET.yaml.swp",
        "playbooks/presets/__pycache__/combine.cpython-311.pyc",
        "playbooks/starters/new.playbook.yaml",
        "playbooks/starters/new.playbook.yaml.bak",
        "templates/html/new.html.j2",
        "templates/docx/make_templates.py",
        "ui/resources/charter-1024.png",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")

    pairs = rules.data_files(tmp_path)

    assert [(Path(source).relative_to(tmp_path).as_posix(), dest) for source, dest in pairs] == [
        ("templates/html/new.html.j2", "templates/html"),
        ("playbooks/presets/data/NEW-PRESET.yaml", "playbooks/presets/data"),
        ("playbooks/starters/new.playbook.yaml", "playbooks/starters"),
        ("ui/resources/charter-1024.png", "ui/resources"),
    ]


class Spec:
    """A PyInstaller spec file read as Python code: what its statements do, never its comments."""

    def __init__(self, path: Path) -> None:
        self.statements = ast.parse(path.read_text(encoding="utf-8"), filename=str(path)).body

    def assignments(self) -> list[str]:
        """Every top-level assignment, as code (``a.binaries, a.datas = rules.trim(...)``)."""
        return [ast.unparse(s) for s in self.statements if isinstance(s, ast.Assign)]

    def arguments(self, callee: str) -> dict[str, str]:
        """Keyword arguments of the one top-level call of ``callee`` (``EXE(...)``), as code."""
        calls = [
            node
            for statement in self.statements
            for node in ast.walk(statement)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == callee
        ]
        assert len(calls) == 1, f"{callee}() is called {len(calls)} times"
        return {k.arg: ast.unparse(k.value) for k in calls[0].keywords if k.arg is not None}


def test_build_spec_takes_data_modules_and_trimming_from_the_shared_rules() -> None:
    spec = Spec(ROOT / "build.spec")
    hello = Spec(PACKAGING / "hello" / "hello.spec")
    analysis = spec.arguments("Analysis")
    assert analysis["datas"].startswith("[*rules.data_files(ROOT),")
    assert analysis["hiddenimports"] == "hiddenimports"
    assert "hiddenimports = rules.own_modules(ROOT)" in spec.assignments()
    for built in (spec, hello):
        assert built.arguments("Analysis")["excludes"] == "rules.EXCLUDED_MODULES"
        assert "a.binaries, a.datas = rules.trim(a.binaries, a.datas)" in built.assignments()
        # stripped where strip exists (Linux); never UPX-packed (it breaks Qt's plugins)
        assert "STRIP = sys.platform.startswith('linux')" in built.assignments()
        for step in ("EXE", "COLLECT"):
            arguments = built.arguments(step)
            assert (arguments["strip"], arguments["upx"]) == ("STRIP", "False"), step
    assert spec.arguments("EXE")["name"] == spec.arguments("COLLECT")["name"] == "'charter'"
    assert spec.arguments("EXE")["exclude_binaries"] == "True", "onedir: the executable must not embed the libraries"


def test_version_comes_from_the_playbooks_package() -> None:
    import playbooks

    assert rules.read_version(ROOT) == playbooks.__version__


# ---- Python modules --------------------------------------------------------------------------


def test_every_command_and_editor_module_is_a_hidden_import() -> None:
    from playbooks.cli import COMMAND_MODULES

    modules = set(rules.own_modules(ROOT))
    assert {f"playbooks.cli.{name}" for name in COMMAND_MODULES} <= modules
    assert {"playbooks", "playbooks.cli", "playbooks.checks"} <= modules
    checks = {f"playbooks.checks.{path.stem}" for path in (ROOT / "playbooks" / "checks").glob("[!_]*.py")}
    assert checks <= modules
    editor = {f"ui.{path.stem}" for path in (ROOT / "ui").glob("[!_]*.py")}
    assert {"ui.app", "ui.mainwindow", "ui.session"} <= editor <= modules


def test_own_modules_follow_package_boundaries(tmp_path: Path) -> None:
    for name in ("ui/__init__.py", "ui/app.py", "ui/forms/__init__.py", "ui/forms/form.py", "ui/scratch/loose.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")

    assert rules.own_modules(tmp_path) == ["ui", "ui.app", "ui.forms", "ui.forms.form"]


def imported_modules() -> dict[str, str]:
    """Every module imported anywhere in main.py, playbooks/ and ui/ -> one file importing it."""
    found: dict[str, str] = {}
    files = [ROOT / "main.py", *(ROOT / "playbooks").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for name in names:
                found.setdefault(name, str(path.relative_to(ROOT)))
    return found


def test_nothing_charter_imports_is_excluded_from_the_bundle() -> None:
    excluded = set(rules.EXCLUDED_MODULES)
    clashes = {
        name: where
        for name, where in imported_modules().items()
        if any(name == gone or name.startswith(gone + ".") for gone in excluded)
    }
    assert not clashes, f"imported but excluded in packaging/bundle_rules.py EXCLUDED_MODULES: {clashes}"


@pytest.mark.parametrize(
    "module",
    [
        # Python's start-up and the locales a Linux desktop uses
        "encodings.utf_8",
        "encodings.utf_8_sig",
        "encodings.ascii",
        "encodings.latin_1",
        "encodings.iso8859_15",
        "encodings.cp1252",
        # zipfile decodes the member names of .docx files with cp437; idna for host names
        "encodings.cp437",
        "encodings.idna",
        # what Charter's libraries load at run time
        "unicodedata",  # markdown-it
        "email",  # importlib.metadata (pydantic)
        "http.client",  # urllib.request, through xml.sax.saxutils
        "hashlib",
        "_sha2",  # hashlib's SHA-256 without OpenSSL
        "hmac",
        "decimal",
        "_decimal",
        "_datetime",
        "uuid",
        "zipfile",
        "multiprocessing",
        "ctypes",
        "lxml.etree",
        "lxml._elementpath",
    ],
)
def test_what_python_and_the_libraries_load_is_not_excluded(module: str) -> None:
    excluded = set(rules.EXCLUDED_MODULES)
    parts = module.split(".")
    assert not any(".".join(parts[:depth]) in excluded for depth in range(1, len(parts) + 1))


def test_excluded_codecs_exist() -> None:
    # a misspelt name would silently exclude nothing
    missing = [name for name in rules.UNUSED_CODECS if importlib.util.find_spec(f"encodings.{name}") is None]
    assert not missing


# ---- Qt plugins, translations, orphaned libraries --------------------------------------------


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqminimal.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqico.so", True),
        ("PySide6/Qt/plugins/imageformats/libqgif.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),  # no OpenGL surfaces
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libqt-shell.so", False),
        ("PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so", True),
        ("PySide6/Qt/plugins/wayland-decoration-client/libbradient.so", True),
        ("PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so", False),
        ("PySide6/Qt/plugins/wayland-graphics-integration-client/libdmabuf-server.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_ja.qm", True),
        ("PySide6/Qt/translations/qtbase_ar.qm", False),
        ("PySide6/Qt/translations/qt_de.qm", False),
        ("PySide6/Qt/translations/designer_de.qm", False),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("PySide6/QtWidgets.abi3.so", True),
        # the same rules on Windows (plugins and translations beside the DLLs) and macOS
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforms/qoffscreen.dll", True),
        ("PySide6/plugins/platforms/qdirect2d.dll", False),
        ("PySide6/plugins/platforms/qminimal.dll", False),
        ("PySide6/plugins/imageformats/qjpeg.dll", True),
        ("PySide6/plugins/imageformats/qgif.dll", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/plugins/tls/qschannelbackend.dll", False),
        ("PySide6/translations/qtbase_de.qm", True),
        ("PySide6/translations/qtbase_ko.qm", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/imageformats/libqmacheif.dylib", False),
        ("PySide6/Qt6Gui.dll", True),
    ],
)
def test_qt_plugins_and_translations(dest: str, kept: bool) -> None:
    assert rules.keep_qt_file(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("docx/templates/default-docx-template/word/styles.xml", False),
        ("docx/templates/default-docx-template/[Content_Types].xml", False),
        ("docx/templates/default.docx", True),
        ("docx/templates/default-styles.xml", True),
        ("docx/templates/default-header.xml", True),
        ("templates/docx/document.docx", True),
    ],
)
def test_library_data_never_read_is_dropped(dest: str, kept: bool) -> None:
    assert rules.keep_data_file(dest) is kept


def test_orphan_pruning_keeps_what_roots_need_and_libpython() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libfreetype.so.6", "/src/libfreetype.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libxcb-icccm.so.4", "/src/libxcb-icccm.so.4", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        # left behind by the excluded _ssl and _hashlib:
        ("libssl.so.3", "/src/libssl.so.3", "BINARY"),
        ("libcrypto.so.3", "/src/libcrypto.so.3", "BINARY"),
        # left behind by the dropped gtk3 theme:
        ("libgtk-stack.so.0", "/src/libgtk-stack.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
    ]
    needed = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libfreetype.so.6", "libc.so.6"],
        "/src/libqxcb.so": ["libxcb-icccm.so.4"],
        "/src/libgtk-stack.so.0": ["libcairo.so.2"],
    }

    dropped = rules.orphans(binaries, needed=lambda source: needed.get(source, []))

    assert sorted(dest for dest, _source, _kind in dropped) == [
        "libcairo.so.2",
        "libcrypto.so.3",
        "libgtk-stack.so.0",
        "libssl.so.3",
    ]


def test_charter_works_without_openssl(tmp_path: Path) -> None:
    # the bundle has no ssl, _ssl or _hashlib (EXCLUDED_MODULES): every command that reads,
    # fingerprints, checks and exports a playbook works the same without them
    blocked = [name for name in ("ssl", "_ssl", "_hashlib") if name in rules.EXCLUDED_MODULES]
    assert blocked == ["ssl", "_ssl", "_hashlib"]
    example = ROOT / "examples" / "meridian-securities-hub.playbook.yaml"
    code = (
        "import sys\n"
        f"for name in {blocked!r}: sys.modules[name] = None\n"
        "import main, hashlib\n"
        "assert hashlib.sha256(b'').hexdigest().startswith('e3b0c442')\n"
        f"for command in (['validate', {str(example)!r}], "
        f"['export', {str(example)!r}, '--format', 'docx', '-o', {str(tmp_path / 'p.docx')!r}], "
        f"['export', {str(example)!r}, '--format', 'html', '-o', {str(tmp_path / 'p.html')!r}], "
        f"['signoff', {str(example)!r}, '--show']):\n"
        "    assert main.main(command) in (0, 1), command\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr


def test_trim_drops_system_libraries_and_dangling_symlinks(tmp_path: Path) -> None:
    def lib(name: str) -> str:
        path = tmp_path / name
        path.write_bytes(b"not an ELF file")
        return str(path)

    binaries = [
        ("PySide6/QtCore.abi3.so", lib("QtCore.abi3.so"), "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Network.so.6", lib("libQt6Network.so.6"), "BINARY"),
        ("libstdc++.so.6", lib("libstdc++.so.6"), "BINARY"),
        ("libsystemd.so.0", lib("libsystemd.so.0"), "BINARY"),
    ]
    datas = [
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qt_fr.qm", lib("qt_fr.qm"), "DATA"),
        ("templates/html/policy.html.j2", lib("policy.html.j2"), "DATA"),
    ]
    log: list[str] = []

    kept_binaries, kept_datas = rules.trim(binaries, datas, log=log.append)

    assert [dest for dest, _s, _k in kept_binaries] == ["PySide6/QtCore.abi3.so"]
    assert [dest for dest, _s, _k in kept_datas] == ["templates/html/policy.html.j2"]
    assert log == ["charter bundle: pruned orphan PySide6/Qt/lib/libQt6Network.so.6 (0 KiB)"]


def test_trim_on_windows_and_macos_reads_no_elf_and_leaves_no_library_to_the_system() -> None:
    # sources that do not exist: anything that opened them (readelf, the size log) would fail
    binaries = [
        ("PySide6/Qt6Core.dll", "C:/venv/PySide6/Qt6Core.dll", "BINARY"),
        ("PySide6/plugins/platforms/qwindows.dll", "C:/venv/qwindows.dll", "BINARY"),
        ("PySide6/plugins/platforms/qvnc.dll", "C:/venv/qvnc.dll", "BINARY"),
        ("libstdc++.so.6", "/nowhere/libstdc++.so.6", "BINARY"),
    ]
    log: list[str] = []
    kept, _datas = rules.trim(binaries, [], log=log.append, platform="win32")
    assert [dest for dest, _s, _k in kept] == [
        "PySide6/Qt6Core.dll",
        "PySide6/plugins/platforms/qwindows.dll",
        "libstdc++.so.6",
    ]
    assert log == []


# ---- Build log check -------------------------------------------------------------------------

SITE = "/work/.venv/lib/python3.11/site-packages"


def make_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "charter"
    (bundle / "_internal" / "PySide6/Qt/plugins/platforms").mkdir(parents=True)
    (bundle / "_internal" / "PySide6/Qt/plugins/platforms/libqxcb.so").write_bytes(b"")
    return bundle


def test_build_log_missing_library_of_a_bundled_plugin_fails(tmp_path: Path) -> None:
    log = (
        "1 WARNING: Library not found: could not resolve 'libxcb-icccm.so.4', dependency of "
        f"'{SITE}/PySide6/Qt/plugins/platforms/libqxcb.so'.\n"
    )
    found = build_log.problems(log, make_bundle(tmp_path))
    assert len(found) == 1
    assert "libxcb-icccm.so.4" in found[0] and "PySide6/Qt/plugins/platforms/libqxcb.so" in found[0]


def test_build_log_missing_library_of_a_trimmed_plugin_is_ignored(tmp_path: Path) -> None:
    log = (
        "1 WARNING: Library not found: could not resolve 'libgtk-3.so.0', dependency of "
        f"'{SITE}/PySide6/Qt/plugins/platformthemes/libqgtk3.so'.\n"
        '2 WARNING: Hidden import "lxml.html.clean" not found!\n'
    )
    assert build_log.problems(log, make_bundle(tmp_path)) == []


def test_build_log_own_module_that_failed_to_import_fails(tmp_path: Path) -> None:
    log = "2 ERROR: Hidden import 'playbooks.cli.export' not found\n"
    assert build_log.problems(log, make_bundle(tmp_path)) == [
        "Charter module playbooks.cli.export could not be imported at build time; it is missing from the bundle"
    ]


# ---- Release archive -------------------------------------------------------------------------

needs_tools = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("bash", "tar", "gzip", "sha256sum", "dpkg-deb", "readelf")),
    reason="the release script needs bash, GNU tar, gzip, sha256sum, dpkg-deb and readelf",
)


def fake_dist(tmp_path: Path, version: str) -> Path:
    """A dist/ folder whose charter/charter prints ``charter <version>`` like the real bundle."""
    dist = tmp_path / "dist"
    internal = dist / "charter" / "_internal"
    internal.mkdir(parents=True)
    (internal / "libexample.so.1").write_bytes(b"\x7fELF fake")
    (internal / "libexample.so").symlink_to("libexample.so.1")
    executable = dist / "charter" / "charter"
    executable.write_text(f"#!/bin/sh\necho 'charter {version}'\n", encoding="utf-8")
    executable.chmod(0o755)
    return dist


def make_release(dist: Path, epoch: str = "1767225600") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch)
    return subprocess.run(
        ["bash", str(PACKAGING / "make-release.sh"), str(dist)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@needs_tools
def test_release_archive_is_deterministic_and_complete(tmp_path: Path) -> None:
    version = rules.read_version(ROOT)
    dist = fake_dist(tmp_path, version)
    name = f"charter-{version}-linux-x86_64"

    first = make_release(dist)
    assert first.returncode == 0, first.stderr
    archive = dist / f"{name}.tar.gz"
    checksum = (dist / "SHA256SUMS").read_text(encoding="utf-8")
    first_bytes = archive.read_bytes()
    (dist / "charter" / "_internal" / "libexample.so.1").touch()  # a newer mtime must not matter
    second = make_release(dist)
    assert second.returncode == 0, second.stderr

    assert archive.read_bytes() == first_bytes
    assert (dist / "SHA256SUMS").read_text(encoding="utf-8") == checksum
    deb = dist / f"charter_{version}_amd64.deb"
    assert checksum.split() == [
        hashlib.sha256(first_bytes).hexdigest(),
        f"{name}.tar.gz",
        hashlib.sha256(deb.read_bytes()).hexdigest(),
        deb.name,
    ]
    with tarfile.open(archive) as tar:
        members = tar.getmembers()
    names = [member.name for member in members]
    assert names == sorted(names)
    assert {member.uid for member in members} == {0} and {member.mtime for member in members} == {1767225600}
    for inside in (
        "charter",
        "charter.desktop",
        "install-desktop-entry.sh",
        "charter-mime.xml",
        "charter.toml",
        "README.txt",
        "icons/hicolor/scalable/apps/charter.svg",
        "icons/hicolor/256x256/apps/charter.png",
        "icons/hicolor/16x16/apps/charter.png",
        "_internal/libexample.so.1",
    ):
        assert f"{name}/{inside}" in names, inside
    link = next(member for member in members if member.name == f"{name}/_internal/libexample.so")
    assert link.issym() and link.linkname == "libexample.so.1"


@needs_tools
def test_release_refuses_a_stale_bundle(tmp_path: Path) -> None:
    dist = fake_dist(tmp_path, "0.0.0-stale")
    result = make_release(dist)
    assert result.returncode != 0
    assert "rebuild" in result.stderr
    assert not list(dist.glob("*.tar.gz"))


@needs_tools
def test_release_without_a_bundle_says_so(tmp_path: Path) -> None:
    (tmp_path / "dist").mkdir()
    result = make_release(tmp_path / "dist")
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "no bundle" in result.stderr


@needs_tools
def test_desktop_entry_installs_for_the_user_with_a_quoted_path(tmp_path: Path) -> None:
    version = rules.read_version(ROOT)
    dist = fake_dist(tmp_path, version)
    assert make_release(dist).returncode == 0
    unpacked = tmp_path / "Apps with space"
    unpacked.mkdir()
    with tarfile.open(dist / f"charter-{version}-linux-x86_64.tar.gz") as tar:
        tar.extractall(unpacked, filter="tar")
    folder = unpacked / f"charter-{version}-linux-x86_64"
    data_home = tmp_path / "share"

    result = subprocess.run(
        ["sh", str(folder / "install-desktop-entry.sh")],
        capture_output=True,
        text=True,
        env=dict(os.environ, XDG_DATA_HOME=str(data_home)),
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    entry = (data_home / "applications" / "charter.desktop").read_text(encoding="utf-8")
    assert f'Exec="{folder}/charter" %f' in entry.splitlines()
    assert "Icon=charter" in entry.splitlines()
    assert (data_home / "icons/hicolor/48x48/apps/charter.png").read_bytes() == (
        ROOT / "ui/resources/charter-48.png"
    ).read_bytes()
    assert (data_home / "icons/hicolor/scalable/apps/charter.svg").is_file()
    assert "MimeType=application/x-charter-playbook;" in entry.splitlines()
    assert (data_home / "mime/packages/charter.xml").read_bytes() == (PACKAGING / "charter-mime.xml").read_bytes()
    if shutil.which("update-mime-database"):  # the desktop's database now knows *.playbook.yaml
        globs = (data_home / "mime/globs2").read_text(encoding="utf-8")
        assert "60:application/x-charter-playbook:*.playbook.yaml" in globs.splitlines()


# ---- Debian package --------------------------------------------------------------------------


def _deb_field(deb: Path, field: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), field], capture_output=True, text=True, check=True
    ).stdout.strip()


@needs_tools
def test_the_debian_package_installs_under_opt_with_command_desktop_entry_icons_and_file_type(tmp_path: Path) -> None:
    version = rules.read_version(ROOT)
    dist = fake_dist(tmp_path, version)
    assert make_release(dist).returncode == 0
    deb = dist / f"charter_{version}_amd64.deb"
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    entries = {line.split()[5].removeprefix("."): line for line in listing.splitlines()}
    assert entries["/usr/bin/charter"].split()[-2:] == ["->", "/opt/charter/charter"]
    for path in (
        "/opt/charter/charter",
        "/opt/charter/_internal/libexample.so.1",
        "/usr/share/applications/charter.desktop",
        "/usr/share/mime/packages/charter.xml",
        "/usr/share/icons/hicolor/scalable/apps/charter.svg",
        "/usr/share/icons/hicolor/256x256/apps/charter.png",
        "/usr/share/doc/charter/copyright",
        "/usr/share/doc/charter/examples/charter.toml",
    ):
        assert path in entries, path
        assert " root/root " in entries[path]
    assert not any(path.startswith("/etc") for path in entries)  # the site's own file is never the package's
    assert _deb_field(deb, "Package") == "charter" and _deb_field(deb, "Version") == version
    assert _deb_field(deb, "Architecture") == "amd64"
    # no maintainer scripts: Debian's triggers update the menus, file types and icon caches
    control = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(control)) as tar:
        assert sorted(tar.getnames()) == [".", "./control", "./md5sums"]


def test_depends_are_the_packages_of_the_libraries_the_bundle_does_not_carry(tmp_path: Path) -> None:
    bundle = tmp_path / "charter"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("charter", "_internal/libQt6Gui.so.6", "_internal/libfoo.so.1"):
        (bundle / name).write_bytes(b"\x7fELF")
    (bundle / "_internal/data.txt").write_text("not an ELF file")
    needs = {
        "charter": (["libc.so.6", "libz.so.1"], [(2, 3, 4)]),
        "libQt6Gui.so.6": (["libGL.so.1", "libEGL.so.1", "libfoo.so.1", "libc.so.6"], [(2, 34), (2, 17)]),
        "libfoo.so.1": (["libstdc++.so.6"], [(2, 36)]),
    }
    host = {
        "libc.so.6": Path("/lib/x86_64-linux-gnu/libc.so.6"),
        "libz.so.1": Path("/lib/x86_64-linux-gnu/libz.so.1"),
        "libGL.so.1": Path("/lib/x86_64-linux-gnu/libGL.so.1"),
        "libEGL.so.1": Path("/lib/x86_64-linux-gnu/libEGL.so.1"),
        "libstdc++.so.6": Path("/lib/x86_64-linux-gnu/libstdc++.so.6"),
    }
    packages = {"libc.so.6": "libc6", "libz.so.1": "zlib1g", "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1"}
    packages["libstdc++.so.6"] = "libstdc++6"

    found = make_deb.depends(
        bundle,
        needs=lambda path: needs[path.name],
        libraries=lambda: host,
        package_of=lambda path: packages[path.name],
    )
    assert found == [
        "fontconfig-config",
        "fonts-dejavu-core",
        "libc6 (>= 2.36)",
        "libegl1",
        "libgl1",
        "libstdc++6",
        "zlib1g",
    ]
    # a library the build machine lacks stops the build with one line
    del host["libz.so.1"]
    with pytest.raises(make_deb.DebError, match=r"needs libz\.so\.1, which the build machine does not have"):
        make_deb.depends(bundle, needs=lambda path: needs[path.name], libraries=lambda: host, package_of=lambda p: "x")


def test_the_example_site_configuration_is_valid_with_every_key_uncommented(tmp_path: Path) -> None:
    from playbooks.io import config

    text = (PACKAGING / "charter.toml").read_text(encoding="utf-8")
    uncommented = "\n".join(line[1:] if line.startswith("#") and "=" in line else line for line in text.splitlines())
    path = tmp_path / "charter.toml"
    path.write_text(uncommented, encoding="utf-8")
    site = config.load({}, system=path, user=tmp_path / "none.toml")
    assert site.problems == []
    assert {key for key, setting in site.settings.items() if setting.path == path} == set(config.KEYS)
    assert site.is_locked("template_dir") and site.is_locked("paper")


def test_icon_pngs_match_the_generator_sizes() -> None:
    # packaging/make_icons.py writes these; the desktop entry and the window icon use them.
    sizes = sorted(
        int(PurePosixPath(path.name).stem.split("-")[1]) for path in (ROOT / "ui/resources").glob("charter-*.png")
    )
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    for size in sizes:
        header = (ROOT / f"ui/resources/charter-{size}.png").read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(header[16:20], "big") == size and int.from_bytes(header[20:24], "big") == size


def test_the_bundle_keeps_babels_data_only_for_the_languages_charter_writes_in() -> None:
    from playbooks.format.language import LANGUAGES

    assert set(rules.BABEL_LANGUAGES) == set(LANGUAGES)
    kept = [
        name
        for name in ("root", "de", "de_CH", "ar_AE", "ja", "es_MX", "en_GB", "fr", "pt", "pt_BR", "zh_Hant", "ru")
        if rules.keep_data_file(f"babel/locale-data/{name}.dat")
    ]
    assert kept == ["root", "de", "de_CH", "ar_AE", "ja", "es_MX", "en_GB", "fr"]
    assert rules.keep_data_file("babel/global.dat") and rules.keep_data_file(
        "playbooks/locale/de/LC_MESSAGES/charter.po"
    )


def test_the_debian_package_recommends_the_fonts_of_japanese_and_arabic_documents() -> None:
    deb = _load("make_deb")
    text = deb.control("1.0.0", ["libc6 (>= 2.34)"], 100, "Charter <charter@example.org>")
    assert "Recommends: fonts-noto-cjk, fonts-noto-core\n" in text
