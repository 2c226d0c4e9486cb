"""What goes into the PyInstaller bundle, shared by ``build.spec`` and ``packaging/hello/hello.spec``.

Both specs apply the same trimming so that the start-up comparison between Charter and the hello
world measures Charter's own cost, not a difference in packaging. Nothing here imports PyInstaller
or Qt: the functions work on plain ``(dest, source, typecode)`` tuples, so ``tests/test_packaging.py``
can check the rules without building anything.

Measurements behind the rules are in ``tech-notes.md`` section 1.

This folder deliberately has no ``__init__.py``: a package called ``packaging`` would shadow the
PyPI ``packaging`` library that PyInstaller and pip import. Load this file by path.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePosixPath

Entry = tuple[str, str, str]
"""A PyInstaller TOC entry: (path inside the bundle, source path, typecode)."""

# ---- Data files ------------------------------------------------------------------------------

#: Source folders whose non-code files Charter reads at run time, bundled at the same relative path
#: (so ``importlib.resources`` and ``Path(__file__)``-relative look-ups work unchanged when frozen).
#: Whole packages are globbed so that a new preset, starter or template is picked up without
#: touching the spec.
DATA_ROOTS = ("templates", "playbooks", "ui")

#: Files that are never data: code (bundled as bytecode), caches and editor/merge leftovers.
NOT_DATA = (
    "*.py",
    "*.pyc",
    "*.pyo",
    "*.pyi",
    "*~",
    "*.bak",
    "*.orig",
    "*.rej",
    "*.swp",
    "*.tmp",
    # the editor's translation sources (ui/i18n/*.ts); the bundle carries the compiled .qm
    "*.ts",
    ".*",
)
NOT_DATA_DIRS = ("__pycache__", ".*")


def is_data_file(relative: PurePosixPath) -> bool:
    """True if the file at ``relative`` (inside a data root) is run-time data."""
    if any(fnmatch.fnmatch(part, pattern) for part in relative.parts[:-1] for pattern in NOT_DATA_DIRS):
        return False
    return not any(fnmatch.fnmatch(relative.name, pattern) for pattern in NOT_DATA)


def data_files(root: Path, roots: Iterable[str] = DATA_ROOTS) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs for every data file under ``roots``, sorted.

    The pairs are in the form PyInstaller's ``Analysis(datas=...)`` takes.
    """
    pairs: list[tuple[str, str]] = []
    for name in roots:
        top = root / name
        if not top.is_dir():
            continue
        for path in sorted(top.rglob("*")):
            if not path.is_file():
                continue
            relative = PurePosixPath(path.relative_to(root).as_posix())
            if is_data_file(PurePosixPath(*relative.parts[1:])):
                pairs.append((str(path), str(relative.parent)))
    return pairs


def read_version(root: Path) -> str:
    """``playbooks.__version__`` read from the source, without importing the package."""
    text = (root / "playbooks" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise ValueError('playbooks/__init__.py has no __version__ = "..." line')
    return match.group(1)


# ---- Python modules --------------------------------------------------------------------------

#: Charter's own packages. CLI commands, checks and exporters are imported by name (importlib),
#: which PyInstaller's import scan cannot see, so every module in them is a hidden import.
OWN_PACKAGES = ("playbooks", "ui")


def own_modules(root: Path, packages: Iterable[str] = OWN_PACKAGES) -> list[str]:
    """Dotted names of every importable module under ``packages``, found from the files.

    Nothing is imported: importing ``ui`` at build time would start PySide6, and a module with an
    import-time error must fail in the bundle's smoke test, not silently drop out of the build.
    """
    names: list[str] = []
    for package in packages:
        top = root / package
        if not (top / "__init__.py").is_file():
            continue
        for path in sorted(top.rglob("*.py")):
            relative = path.relative_to(root).with_suffix("")
            parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
            if not all(part.isidentifier() for part in parts):
                continue
            # Only files inside an unbroken chain of regular packages can be imported.
            folders = (root.joinpath(*relative.parts[:depth]) for depth in range(1, len(relative.parts)))
            if all((folder / "__init__.py").is_file() for folder in folders):
                names.append(".".join(parts))
    return names


#: Legacy single-byte codecs no Linux locale uses (DOS, Mac, EBCDIC and other code pages) and the
#: East Asian codec wrappers (their C codecs ``_codecs_*`` are excluded anyway). Kept: UTF-8/16/32,
#: ASCII, Latin-1, ISO 8859-*, Windows 125x, KOI8-R/U, cp437 (zipfile decodes member names of
#: .docx files with it), mac_roman (pypdf builds the PDF MacRomanEncoding table from it when it is
#: imported), idna/punycode and the bytes codecs (base64, hex, ...).
# fmt: off
UNUSED_CODECS = (
    "big5", "big5hkscs", "cp932", "cp949", "cp950", "euc_jis_2004", "euc_jisx0213", "euc_jp",
    "euc_kr", "gb18030", "gb2312", "gbk", "hz",
    "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3",
    "iso2022_jp_ext", "iso2022_kr",
    "johab", "shift_jis", "shift_jis_2004", "shift_jisx0213",
    "cp037", "cp273", "cp424", "cp500", "cp720", "cp737", "cp775", "cp850", "cp852", "cp855",
    "cp856", "cp857", "cp858", "cp860", "cp861",
    "cp862", "cp863", "cp864", "cp865", "cp866", "cp869", "cp874", "cp875", "cp1006", "cp1026",
    "cp1125", "cp1140",
    "mac_arabic", "mac_croatian", "mac_cyrillic", "mac_farsi", "mac_greek", "mac_iceland",
    "mac_latin2",
    "mac_romanian", "mac_turkish", "hp_roman8", "koi8_t", "kz1048", "palmos", "ptcp154",
    "tis_620", "mbcs", "oem",
)
# fmt: on

#: Modules Charter never imports. Excluding them keeps their PyInstaller hooks from running, which
#: is what stops the Qt libraries, plugins and OpenSSL/Kerberos of QtNetwork from being collected.
#: QtPrintSupport is not needed: PDF export uses QPdfWriter, which lives in QtGui.
EXCLUDED_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtDBus",
    "PySide6.QtTest",
    "PySide6.QtPrintSupport",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtCharts",
    # lxml's optional parts (the hook collects them all); python-docx and docxtpl use lxml.etree.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    # East Asian legacy codecs: Charter reads and writes UTF-8 only.
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_multibytecodec",
    # Interactive-console support (and its libreadline/libtinfo).
    "readline",
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "mypy",
    "ruff",
    "IPython",
    "pydoc_data",
    # Development tools in the build's venv that a library imports only optionally: pydantic's
    # schema debugging imports rich (which brings pygments and attrs) when it is installed, and
    # import-linter installs it. 2.4 MB of the bundle, never used at run time.
    "rich",
    "pygments",
    "attr",
    "attrs",
    "importlinter",
    "grimp",
    "click",
    "jsonschema",
    # Debugging, testing and documentation tools of the standard library, pulled in only through
    # other unused modules (nothing in Charter or its libraries imports them at run time).
    "pydoc",
    "doctest",
    "unittest",
    "pdb",
    "bdb",
    "cmd",
    "code",
    "codeop",
    "tracemalloc",
    "lib2to3",
    "distutils",
    # Network servers and clients Charter never runs (http.client stays: urllib.request uses it).
    "xmlrpc",
    "ftplib",
    "smtplib",
    "cgi",
    "cgitb",
    "http.server",
    "socketserver",
    "webbrowser",
    # asyncio: only jinja2's enable_async mode (which Charter does not use) imports it.
    "asyncio",
    "_asyncio",
    # The pure-Python decimal fallback; the C _decimal is bundled.
    "_pydecimal",
    # pydantic's v1 compatibility copy and its mypy plugin: Charter's model is pydantic 2.
    "pydantic.v1",
    "pydantic.mypy",
    # lxml.builder (E-factory): python-docx and docxtpl build XML through lxml.etree only.
    "lxml.builder",
    # xz and bzip2 (with liblzma, libbz2): zipfile/shutil import them only optionally; .docx
    # files are deflate-compressed and Charter reads no .xz or .bz2 files.
    "lzma",
    "_lzma",
    "bz2",
    "_bz2",
    "statistics",
    "_statistics",
    "tarfile",
    "concurrent",
    "xxsubtype",
    # The pure-Python datetime fallback (3.12+); the C _datetime is bundled.
    "_pydatetime",
    # uuid works without its C helper (and libuuid): Charter only calls uuid4 (os.urandom).
    "_uuid",
    # OpenSSL (libcrypto 4.7 MB, libssl 0.7 MB, dropped as orphans without these): Charter never
    # uses the network, so it needs no TLS (urllib and http.client import ssl only if it is there,
    # through xml.sax.saxutils), and hashlib's SHA-256, the only hash Charter uses, comes from
    # Python's own _sha2 without _hashlib. tests/test_packaging.py runs Charter without them.
    "ssl",
    "_ssl",
    "_hashlib",
    # Codecs no Linux locale or Charter file uses (UNUSED_CODECS).
    *(f"encodings.{name}" for name in UNUSED_CODECS),
]

# ---- Qt plugins and translations -------------------------------------------------------------

#: The languages of the editor besides English (``ui/i18n.py``'s LANGUAGES): the bundle keeps Qt's
#: own catalogue of each (``qtbase_<lang>.qm``, ~0.1-0.2 MB each) and drops the other ~250 files.
EDITOR_LANGUAGES = ("de", "fr", "es", "ja")

QT_DIR = "PySide6/Qt/"
PLUGIN_DIR = QT_DIR + "plugins/"
#: Where the PySide6 wheel keeps Qt's plugins and translations: ``PySide6/Qt/`` on Linux and
#: macOS, ``PySide6/`` itself on Windows.
_QT_FOLDER = re.compile(r"^PySide6/(?:Qt/)?(?P<kind>plugins|translations)/(?P<rest>.+)$")

#: Plugin folders dropped whole: nothing in a desktop editor without networking, printing, SQL,
#: QML or embedded displays uses them.
DROPPED_PLUGIN_TYPES = frozenset(
    {
        "designer",
        "egldeviceintegrations",
        "generic",
        "networkinformation",
        "printsupport",
        "qmltooling",
        "sqldrivers",
        "tls",
        "vectorimageformats",
        "wayland-graphics-integration-server",
        # Client buffer integrations (wayland-egl, the *-server ones) serve OpenGL/QtQuick
        # surfaces only; Charter's widgets draw into shared-memory buffers, and Qt Wayland never
        # loads one for them (checked under weston with QT_LOGGING_RULES=qt.qpa.wayland*=true).
        # Without them nothing needs libQt6OpenGL (0.7 MB), which the orphan pruning then drops.
        "wayland-graphics-integration-client",
        # The same on X11: the GLX and EGL integrations serve OpenGL surfaces only, which no
        # widget of Charter's asks for (0.25 MB with libxcb-glx, which the pruning then drops).
        "xcbglintegrations",
    }
)

#: Within these plugin folders only the listed plugins are kept, named without the platform's
#: prefix and suffix (``libqxcb.so``, ``qwindows.dll`` and ``libqcocoa.dylib`` are ``qxcb``,
#: ``qwindows`` and ``qcocoa``), so that the rule means the same on every platform.
#: platforms: offscreen (CI, smoke test, PDF export without a display), xcb (X11) and wayland
#: (native Wayland sessions; about 2 MB, falls back to xcb/XWayland when libwayland is missing);
#: windows and cocoa for builds on those systems (packaging/WINDOWS-MACOS.md).
#: imageformats: png is built into QtGui; jpeg, svg (the icon) and ico are what Charter shows.
KEPT_PLUGINS: Mapping[str, frozenset[str]] = {
    "platforms": frozenset({"qoffscreen", "qxcb", "qwayland", "qwindows", "qcocoa"}),
    "imageformats": frozenset({"qjpeg", "qsvg", "qico"}),
    # gtk3 drags in the build host's cairo/pango/gdk stack and cannot load without libgtk-3 anyway.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Wayland: desktop compositors (GNOME, KDE, wlroots) speak xdg-shell; ivi-shell (cars),
    # fullscreen-shell (kiosks) and qt-shell (Qt's own compositors) are not for a desktop editor.
    "wayland-shell-integration": frozenset({"xdg-shell"}),
}


def plugin_name(file_name: str) -> str:
    """``libqxcb.so`` / ``qwindows.dll`` / ``libqcocoa.dylib`` -> ``qxcb`` / ``qwindows`` / ``qcocoa``."""
    stem = re.sub(r"\.(so|dll|dylib)$", "", file_name)
    return stem[3:] if stem.startswith("lib") else stem


#: Data files of libraries that nothing reads at run time (bundle path prefixes).
#: python-docx's ``default-docx-template/`` is the unpacked source of ``default.docx`` (0.9 MB of
#: XML); python-docx opens only ``default.docx`` and the ``default-*.xml`` parts beside it.
DROPPED_DATA = ("docx/templates/default-docx-template/",)


#: The CLDR locales of Babel's data that Charter reads: the languages it writes documents in
#: (``playbooks.format.language.LANGUAGES``, with their regional variants: de_CH, es_MX, ar_AE)
#: and ``root``, which every locale inherits from. Babel ships about 1,000 locales (32 MB);
#: these are 240 of them (1.9 MB of 29.9 MB), the rest is never read.
BABEL_LANGUAGES = ("en", "de", "fr", "es", "ja", "ar")
_BABEL_LOCALE = re.compile(r"^babel/locale-data/(?P<name>[^/]+)\.dat$")


def keep_data_file(dest: str) -> bool:
    """False for library data that is never read at run time (``DROPPED_DATA``, Babel's locales
    of languages Charter does not write in)."""
    if dest.startswith(DROPPED_DATA):
        return False
    match = _BABEL_LOCALE.match(dest.replace("\\", "/"))
    if match is None:
        return True
    name = match["name"]
    return name == "root" or name.split("_", 1)[0] in BABEL_LANGUAGES


def keep_qt_file(dest: str) -> bool:
    """False for Qt translations and for plugins Charter does not use (``dest`` is the bundle path)."""
    match = _QT_FOLDER.match(dest.replace("\\", "/"))
    if match is None:
        return True
    if match["kind"] == "translations":
        # Qt's own words (standard buttons, text fields' menus) in the editor's languages only
        return match["rest"] in {f"qtbase_{language}.qm" for language in EDITOR_LANGUAGES}
    parts = match["rest"].split("/")
    if len(parts) < 2:
        return True
    kind, name = parts[0], parts[-1]
    if kind in DROPPED_PLUGIN_TYPES:
        return False
    kept = KEPT_PLUGINS.get(kind)
    return kept is None or plugin_name(name) in kept


# ---- Orphan pruning --------------------------------------------------------------------------

#: Libraries kept even when no remaining binary lists them as NEEDED, because they are opened
#: with dlopen(): libpython by the bootloader. (OpenSSL was kept here for weasyprint, which needed
#: urllib's HTTPSHandler at import; Charter has no TLS at all, see ``EXCLUDED_MODULES``.)
ALWAYS_KEEP = ("libpython*",)

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def readelf_needed(path: str) -> list[str]:
    """The DT_NEEDED sonames of the ELF file at ``path`` (empty for non-ELF files)."""
    result = subprocess.run(
        ["readelf", "-d", "-W", path],
        capture_output=True,
        text=True,
        check=False,
    )
    return _NEEDED.findall(result.stdout)


def is_shared_library(dest: str) -> bool:
    """True for ``libfoo.so`` and ``libfoo.so.1.2`` style names (not executables or data)."""
    return re.search(r"\.so(\.\d+)*$", PurePosixPath(dest).name) is not None


def orphans(
    binaries: Iterable[Entry],
    needed: Callable[[str], list[str]] = readelf_needed,
) -> list[Entry]:
    """Shared libraries in ``binaries`` that nothing kept still needs.

    PyInstaller resolves system libraries during Analysis, so removing a plugin afterwards leaves
    the libraries it pulled in behind. This recomputes the NEEDED closure from the roots: Python
    extension modules (typecode ``EXTENSION``), Qt plugins (Qt loads them itself) and
    ``ALWAYS_KEEP``. ``needed(source)`` returns a binary's DT_NEEDED names.
    """
    entries = list(binaries)
    by_name: dict[str, list[Entry]] = {}
    for entry in entries:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)

    def is_root(entry: Entry) -> bool:
        dest, _source, typecode = entry
        name = PurePosixPath(dest).name
        return (
            typecode == "EXTENSION"
            or dest.startswith(PLUGIN_DIR)
            or not is_shared_library(dest)
            or any(fnmatch.fnmatch(name, pattern) for pattern in ALWAYS_KEEP)
        )

    reached: set[Entry] = set()
    todo = [entry for entry in entries if is_root(entry)]
    while todo:
        entry = todo.pop()
        if entry in reached:
            continue
        reached.add(entry)
        for soname in needed(entry[1]):
            todo.extend(by_name.get(soname, []))
    return [entry for entry in entries if entry not in reached]


#: Libraries left to the target system although the build host's copies were found. Every
#: Debian/Ubuntu has them: apt itself depends on libstdc++6, libgcc-s1 and libsystemd0, and
#: libsystemd0 on the rest. libstdc++/libgcc_s must come from the system: the system's Mesa driver
#: (loaded through libGL) can need a newer libstdc++ than the build host's, and a bundled older
#: copy, loaded first, would break it ("GLIBCXX_3.4.xx not found"). The systemd chain arrives only
#: through libdbus-1 and is 3 MB. ``packaging/check-bare-debian.sh`` proves the bundle on a minimal
#: Debian with these coming from the system.
SYSTEM_LIBRARIES = (
    "libstdc++.so.*",
    "libgcc_s.so.*",
    "libsystemd.so.*",
    "libgcrypt.so.*",
    "libgpg-error.so.*",
    "liblz4.so.*",
    "libzstd.so.*",
    "libcap.so.*",
)


def is_system_library(dest: str) -> bool:
    """True for a top-level library that the target system provides (``SYSTEM_LIBRARIES``)."""
    path = PurePosixPath(dest)
    return len(path.parts) == 1 and any(fnmatch.fnmatch(path.name, pattern) for pattern in SYSTEM_LIBRARIES)


def trim(
    binaries: Iterable[Entry],
    datas: Iterable[Entry],
    log: Callable[[str], None] = print,
    platform: str = sys.platform,
) -> tuple[list[Entry], list[Entry]]:
    """``(binaries, datas)`` without unused Qt plugins, translations and orphaned libraries.

    Leaving system libraries to the target and pruning orphans read ELF files: Linux only. On
    Windows and macOS (untested here, packaging/WINDOWS-MACOS.md) only the plugin, translation
    and data rules apply.
    """
    linux = platform.startswith("linux")
    kept_binaries = [
        entry for entry in binaries if keep_qt_file(entry[0]) and not (linux and is_system_library(entry[0]))
    ]
    kept_datas = [entry for entry in datas if keep_qt_file(entry[0]) and keep_data_file(entry[0])]
    if not linux:
        return kept_binaries, kept_datas
    dropped = orphans(kept_binaries)
    for dest, source, _typecode in sorted(dropped):
        log(f"charter bundle: pruned orphan {dest} ({Path(source).stat().st_size // 1024} KiB)")
    dropped_set = set(dropped)
    kept_binaries = [entry for entry in kept_binaries if entry not in dropped_set]
    return kept_binaries, without_dangling_symlinks(kept_binaries, kept_datas)


def without_dangling_symlinks(binaries: list[Entry], datas: list[Entry]) -> list[Entry]:
    """``datas`` without SYMLINK entries whose target is no longer in the bundle.

    PyInstaller adds top-level symlinks (``libQt6Network.so.6 -> PySide6/Qt/lib/...``) for
    libraries that live in sub-folders; after trimming they would point at nothing.
    """
    present = {dest for dest, _source, typecode in (*binaries, *datas) if typecode != "SYMLINK"}

    def target(entry: Entry) -> str:
        dest, source, _typecode = entry
        return posixpath.normpath(posixpath.join(posixpath.dirname(dest), source))

    return [entry for entry in datas if entry[2] != "SYMLINK" or target(entry) in present]
