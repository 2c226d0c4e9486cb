"""The site configuration: an organisation's defaults for Charter, in TOML files.

Where a value comes from, lowest precedence first:

1. the default below (:data:`KEYS`);
2. the system file, written by IT: ``/etc/charter/charter.toml`` on Linux
   (``%PROGRAMDATA%\\Charter\\charter.toml`` on Windows, ``/Library/Application
   Support/Charter/charter.toml`` on macOS);
3. the user file: ``$XDG_CONFIG_HOME/charter/charter.toml``, by default
   ``~/.config/charter/charter.toml`` (``%APPDATA%\\Charter\\charter.toml``,
   ``~/Library/Application Support/Charter/charter.toml``);
4. the file the environment variable ``CHARTER_CONFIG`` names (a script's own settings);
5. the command line (``--template-dir``, ``--paper``, ``--preset``, ``--spoke-of``) and the
   editor's own choices (:meth:`SiteConfig.choose`).

The system file can lock keys, ``locked = ["template_dir", "paper"]``: a locked key keeps the
system file's value (or the default, when the system file does not set it) whatever the other
files, the command line or the editor say. Paths in a file are relative to that file's folder.

A problem in a file (not TOML, an unknown key, a wrong type, a bad value) is one line that names
the file and the key, in :attr:`SiteConfig.problems`; that key (or the whole file, when it cannot
be read) is ignored and everything else applies. Nothing here prints: the command line writes the
problems to stderr, the editor shows them in a notice. ``tomllib`` is imported only when a file
exists, so a machine without configuration pays nothing at start-up.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from playbooks.format.paper import PaperSize

#: The environment variable naming one more configuration file (above the user file).
ENVIRONMENT_VARIABLE = "CHARTER_CONFIG"
FILE_NAME = "charter.toml"
#: A configuration file is a few lines; anything bigger is not one (and is not read into memory).
MAX_FILE_BYTES = 1_000_000
PAPER_SIZES = tuple(size.value for size in PaperSize)
RECENT_FILES_RANGE = (0, 30)


class Source(Enum):
    """Where a value came from, in precedence order."""

    DEFAULT = "default"
    SYSTEM = "system file"
    USER = "user file"
    ENVIRONMENT = ENVIRONMENT_VARIABLE
    CHOSEN = "command line"


class ConfigError(ValueError):
    """A value that cannot be used; the message says why (without the file or the key)."""


class LockedError(Exception):
    """The command line (or the editor) asked for a value the site has locked; one line."""


# ---- the keys -------------------------------------------------------------------------------


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"


def _string(value: Any, example: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"expected a string such as {example}, got {_kind(value)}")
    return value.strip()


def _path(value: Any, folder: Path | None) -> Path | None:
    """A path relative to the file's folder; ``""`` means none (the built-in choice)."""
    text = _string(value, '"/srv/charter/templates"')
    if not text:
        return None
    if "\x00" in text:
        raise ConfigError("a path cannot contain a NUL character")
    path = Path(text).expanduser()
    if not path.is_absolute() and folder is not None:
        path = folder / path
    return Path(os.path.normpath(path))


def parse_paper(value: Any, _folder: Path | None = None) -> str:
    """``a4`` or ``letter`` (any case)."""
    text = _string(value, '"a4"').lower()
    if text not in PAPER_SIZES:
        raise ConfigError(f"'{value}' is not a paper size Charter knows; use {' or '.join(PAPER_SIZES)}")
    return text


#: RFC 5646 well-formed tags, except that the primary language subtag has 2 or 3 letters: the
#: grammar also allows 4-8 (reserved; the IANA registry has none), which would let "english" pass.
_LANGUAGE_TAG = re.compile(
    r"""^(?:
        (?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3})
        (?:-(?P<script>[a-z]{4}))?
        (?:-(?P<region>[a-z]{2}|[0-9]{3}))?
        (?P<variants>(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*)
        (?P<extensions>(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*)
        (?P<private>-x(?:-[a-z0-9]{1,8})+)?
      | x(?:-[a-z0-9]{1,8})+
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def parse_language(value: Any, _folder: Path | None = None) -> str:
    """A well-formed BCP 47 language tag (RFC 5646), in its conventional case: ``en-GB``, ``zh-Hant-TW``."""
    text = _string(value, '"en-GB"')
    match = _LANGUAGE_TAG.match(text)
    if match is None:
        raise ConfigError(f"'{value}' is not a BCP 47 language tag (such as en, en-GB, de-CH)")
    if match.group("language") is None:  # private use only
        return text.lower()
    parts = [match.group("language").lower()]
    if match.group("script"):
        parts.append(match.group("script").title())
    if match.group("region"):
        parts.append(match.group("region").upper())
    rest = (match.group("variants") or "") + (match.group("extensions") or "") + (match.group("private") or "")
    return "-".join(parts) + rest.lower()


_STARTER_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def _starter(value: Any, _folder: Path | None = None) -> str:
    # whether Charter has this starter is for playbooks.starters to say (a layer above this one)
    text = _string(value, '"finra-broker-dealer"')
    if not _STARTER_NAME.match(text):
        raise ConfigError(f"'{value}' is not a starter name (see 'charter presets')")
    return text


def _recent_files(value: Any, _folder: Path | None = None) -> int:
    low, high = RECENT_FILES_RANGE
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(f"expected a whole number from {low} to {high}, got {_kind(value)}")
    if not low <= value <= high:
        raise ConfigError(f"{value} is out of range; use a number from {low} to {high}")
    return int(value)


def _template_dir(value: Any, folder: Path | None = None) -> Path | None:
    return _path(value, folder)


def _hub(value: Any, folder: Path | None = None) -> Path | None:
    return _path(value, folder)


@dataclass(frozen=True)
class Key:
    """One setting: its TOML name, default, how a file's value is read, and what it does."""

    name: str
    default: Any
    parse: Callable[[Any, Path | None], Any]
    help: str
    is_path: bool = False


#: Every key, in the order ``charter config`` lists them.
KEYS: dict[str, Key] = {
    key.name: key
    for key in (
        Key(
            "template_dir",
            None,
            _template_dir,
            "folder of custom export templates (export --template-dir; empty: the built-in ones)",
            is_path=True,
        ),
        Key("paper", "a4", parse_paper, "paper size of exported PDFs: a4 or letter (export --paper)"),
        Key("language", "en", parse_language, "language tag of exported documents (BCP 47, e.g. en-GB)"),
        Key("starter", "generic", _starter, "the starter of a new playbook (new without --preset; the editor's New)"),
        Key("hub", None, _hub, "the hub playbook new spokes tailor (new --region without --spoke-of)", is_path=True),
        Key("recent_files", 8, _recent_files, "how many recent files the editor lists (0: none are kept)"),
    )
}
LOCKED_KEY = "locked"


# ---- where the files are --------------------------------------------------------------------


def system_file() -> Path:
    """The organisation's file (IT writes it; only it can lock keys)."""
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData") / "Charter" / FILE_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Charter") / FILE_NAME
    return Path("/etc/charter") / FILE_NAME


def user_file(environ: Mapping[str, str] | None = None) -> Path:
    """The user's own file."""
    env = os.environ if environ is None else environ
    home = Path(os.path.expanduser("~"))
    if sys.platform == "win32":
        return Path(env.get("APPDATA") or home / "AppData" / "Roaming") / "Charter" / FILE_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Charter" / FILE_NAME
    base = env.get("XDG_CONFIG_HOME", "")
    # the XDG spec: a relative XDG_CONFIG_HOME is invalid and is ignored
    return (Path(base) if os.path.isabs(base) else home / ".config") / "charter" / FILE_NAME


# ---- the result -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Setting:
    """The effective value of one key and where it came from."""

    key: str
    value: Any
    source: Source
    path: Path | None = None  # the file, for a value from a file
    locked: bool = False
    #: values a lock kept out: (source, file or None, value)
    overruled: tuple[tuple[Source, Path | None, Any], ...] = ()

    @property
    def origin(self) -> str:
        """``default``, ``system file /etc/charter/charter.toml (locked)``, ``command line``..."""
        if self.source is Source.DEFAULT:
            return _one_line(f"default (locked by {self.path})") if self.locked else "default"
        where = self.source.value if self.path is None else _one_line(f"{self.source.value} {self.path}")
        return f"{where} (locked)" if self.locked else where


@dataclass(frozen=True)
class ConfigFile:
    """A file that was looked for: where, and what became of it."""

    source: Source
    path: Path
    status: str  # "read", "not present", "ignored: ..."


@dataclass
class SiteConfig:
    """The effective configuration (:func:`load`, :func:`current`)."""

    settings: dict[str, Setting]
    files: list[ConfigFile] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def __getitem__(self, key: str) -> Any:
        return self.settings[key].value

    @property
    def template_dir(self) -> Path | None:
        value: Path | None = self["template_dir"]
        return value

    @property
    def paper(self) -> str:
        return str(self["paper"])

    @property
    def language(self) -> str:
        return str(self["language"])

    @property
    def starter(self) -> str:
        return str(self["starter"])

    @property
    def hub(self) -> Path | None:
        value: Path | None = self["hub"]
        return value

    @property
    def recent_files(self) -> int:
        return int(self["recent_files"])

    def is_locked(self, key: str) -> bool:
        return self.settings[key].locked

    def choose(self, key: str, value: Any, option: str = "") -> Any:
        """The value to use when the command line or the editor asks for ``value`` (None: nothing asked).

        A path is made absolute (relative to the working folder). Raises :class:`LockedError` when
        the site has locked ``key`` to another value; ``option`` names what asked (``--paper``).
        """
        setting = self.settings[key]
        if value is None:
            return setting.value
        if KEYS[key].is_path:
            value = Path(os.path.abspath(value))
        if setting.locked and value != setting.value:
            raise LockedError(self.locked_message(key, option))
        return value

    def locked_message(self, key: str, option: str = "") -> str:
        """``--paper: paper is locked by the site to a4 (/etc/charter/charter.toml)``."""
        setting = self.settings[key]
        shown = "the default" if setting.value is None else display(setting.value)
        where = setting.path or system_file()
        return _one_line(f"{option + ': ' if option else ''}{key} is locked by the site to {shown} ({where})")

    def problem(self, key: str, why: str) -> str:
        """A problem with the value of ``key`` found by a layer above this one, as one line."""
        setting = self.settings[key]
        where = f"{setting.path}: " if setting.path is not None else ""
        return _one_line(f"{where}{key}: {why}")


def _one_line(text: str) -> str:
    """:func:`playbooks.format.messages.one_line`, imported when first needed: the editor reads the
    configuration before its window paints, and the messages module brings pydantic (issue 8)."""
    from playbooks.format.messages import one_line

    return text if text.isprintable() else one_line(text)


def display(value: Any) -> str:
    """A value as ``charter config`` and messages show it: one line, whatever a file holds."""
    if value is None:
        return "(not set)"
    return _one_line(str(value))


# ---- reading --------------------------------------------------------------------------------


def _read(path: Path, source: Source, problems: list[str]) -> tuple[dict[str, Any] | None, str]:
    """The TOML table of ``path`` (None when absent or unreadable) and the file's status."""
    try:
        if not path.exists():
            if source is Source.ENVIRONMENT:
                problems.append(f"{path}: {ENVIRONMENT_VARIABLE} names a file that does not exist; ignored")
                return None, "ignored: does not exist"
            return None, "not present"
        if not path.is_file():
            problems.append(f"{path}: not a file; ignored")
            return None, "ignored: not a file"
        if path.stat().st_size > MAX_FILE_BYTES:
            problems.append(f"{path}: larger than 1 MB, not a Charter configuration file; ignored")
            return None, "ignored: too large"
        data = path.read_bytes()
    except OSError as exc:
        problems.append(f"{path}: cannot be read ({exc.strerror or exc}); ignored")
        return None, "ignored: unreadable"
    import tomllib  # only when there is a file: start-up pays nothing otherwise

    try:
        table = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        problems.append(f"{path}: not UTF-8 text; ignored")
        return None, "ignored: not UTF-8"
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"{path}: not valid TOML ({exc}); ignored")
        return None, "ignored: not valid TOML"
    return table, "read"


def _values(table: dict[str, Any], path: Path, problems: list[str]) -> dict[str, Any]:
    """The valid keys of one file's table, parsed; a problem line for each invalid one."""
    values: dict[str, Any] = {}
    for name, raw in table.items():
        if name == LOCKED_KEY:
            continue
        key = KEYS.get(name)
        if key is None:
            problems.append(f"{path}: unknown key '{name}' (known: {', '.join(KEYS)}); ignored")
            continue
        try:
            values[name] = key.parse(raw, path.parent)
        except ConfigError as exc:
            problems.append(f"{path}: {name}: {exc}; ignored")
    return values


def _locked(table: dict[str, Any], path: Path, source: Source, problems: list[str]) -> set[str]:
    if LOCKED_KEY not in table:
        return set()
    raw = table[LOCKED_KEY]
    if source is not Source.SYSTEM:
        problems.append(f"{path}: {LOCKED_KEY}: only the system file ({system_file()}) can lock keys; ignored")
        return set()
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        problems.append(
            f'{path}: {LOCKED_KEY}: expected a list of key names such as ["paper"], got {_kind(raw)}; ignored'
        )
        return set()
    unknown = [name for name in raw if name not in KEYS]
    for name in unknown:
        problems.append(f"{path}: {LOCKED_KEY}: unknown key '{name}' (known: {', '.join(KEYS)}); ignored")
    return {name for name in raw if name in KEYS}


def load(
    environ: Mapping[str, str] | None = None,
    *,
    system: Path | None = None,
    user: Path | None = None,
) -> SiteConfig:
    """Read the system file, the user file and ``CHARTER_CONFIG``; never raises for a bad file."""
    env = os.environ if environ is None else environ
    layers: list[tuple[Source, Path]] = [
        (Source.SYSTEM, system or system_file()),
        (Source.USER, user or user_file(env)),
    ]
    named = env.get(ENVIRONMENT_VARIABLE, "").strip()
    if named:
        layers.append((Source.ENVIRONMENT, Path(named).expanduser().absolute()))

    problems: list[str] = []
    files: list[ConfigFile] = []
    settings = {name: Setting(name, key.default, Source.DEFAULT) for name, key in KEYS.items()}
    locked: set[str] = set()
    for source, path in layers:
        table, status = _read(path, source, problems)
        files.append(ConfigFile(source, path, status))
        if table is None:
            continue
        values = _values(table, path, problems)
        if source is Source.SYSTEM:
            locked = _locked(table, path, source, problems)
        else:
            _locked(table, path, source, problems)
        for name, value in values.items():
            current = settings[name]
            if current.locked:
                settings[name] = Setting(
                    name, current.value, current.source, current.path, True, (*current.overruled, (source, path, value))
                )
            else:
                settings[name] = Setting(name, value, source, path, name in locked and source is Source.SYSTEM)
        if source is Source.SYSTEM:
            # a key locked without a value in the system file is locked to the default
            for name in locked:
                if not settings[name].locked:
                    settings[name] = Setting(name, settings[name].value, Source.DEFAULT, path, True)
    # one line each, whatever a key or value holds: a newline in a file must not forge a line
    return SiteConfig(settings, files, [_one_line(problem) for problem in problems])


@cache
def current() -> SiteConfig:
    """The configuration of this process, read once (the command line and the editor use it)."""
    return load()


def reset() -> None:
    """Forget the configuration read by :func:`current` (tests, and after the files changed)."""
    current.cache_clear()
