"""Shared fixtures: small valid playbooks built in code, and paths of the shipped data."""

from __future__ import annotations

import builtins
import io
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Qt tests run without a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def minimal_data() -> dict[str, Any]:
    """The smallest valid playbook with people, an objective, a channel and a metric."""
    return {
        "schema_version": 2,
        "document": {"id": "acme", "title": "Acme social media policy", "owner": "p-ann"},
        "objectives": {"items": [{"id": "o-retain", "title": "Retain customers", "kind": "business"}]},
        "people": {"people": [{"id": "p-ann", "name": "Ann Example"}, {"id": "p-bo", "name": "Bo Example"}]},
        "channels": {"accounts": [{"id": "c-li", "platform": "LinkedIn", "owner": "p-ann", "backup": "p-bo"}]},
        "measurement": {"metrics": [{"id": "m-churn", "name": "Churn", "objective": "o-retain"}]},
    }


def edit_by_hand(path: Path, edit: Callable[[Any], object]) -> None:
    """Change a playbook or spoke file as plain data, as someone editing its YAML by hand would:
    ``edit`` gets the file's data and changes it in place, values the model would refuse
    included, and the file is written back in Charter's own YAML form.

    The file must be one Charter wrote (the data written back gives the very same text), so
    nothing but the edit changes, whatever the YAML layout of the day; a test that edits text by
    string replacement breaks with every change of layout.
    """
    import yaml

    from playbooks.io.yamlio import dump_yaml

    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert dump_yaml(data) == text, f"{path.name} is not in Charter's YAML form: edit its text instead"
    edit(data)
    path.write_text(dump_yaml(data), encoding="utf-8")


@pytest.fixture(autouse=True)
def site_configuration(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No test reads the machine's site configuration: the system file, the user file
    (XDG_CONFIG_HOME) and CHARTER_CONFIG point into a fresh folder; yields that folder."""
    from playbooks.io import config

    folder = tmp_path_factory.mktemp("site-config")
    monkeypatch.setattr(config, "system_file", lambda: folder / "etc" / "charter" / "charter.toml")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "xdg"))
    monkeypatch.delenv("CHARTER_CONFIG", raising=False)
    config.reset()
    yield folder
    config.reset()


@pytest.fixture
def minimal() -> dict[str, Any]:
    return minimal_data()


@pytest.fixture
def hub_folder(tmp_path: Path) -> Path:
    """The example hub and its spokes, copied into a folder of their own."""
    folder = tmp_path / "meridian"
    folder.mkdir()
    for file in EXAMPLES.glob("meridian-securities-*.playbook.yaml"):
        shutil.copyfile(file, folder / file.name)
    return folder


@pytest.fixture
def write_playbook(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write text (or bytes) to a .playbook.yaml file in a temporary folder."""

    def write(content: str | bytes, name: str = "test.playbook.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write


class FileAccess:
    """How often files were opened for reading, and their text parsed as a YAML document
    (:func:`playbooks.io.storage.parse_document`), while the :func:`file_access` fixture runs.

    Opens are counted at :func:`io.open` (every Python-level read goes through it: ``open``,
    ``Path.read_bytes``, ``Path.read_text``), parses by the text handed to the YAML parser.
    """

    def __init__(self) -> None:
        self.opened: Counter[str] = Counter()
        self.parsed: Counter[str] = Counter()
        self._texts: dict[str, str] = {}

    def reads(self, path: Path | str) -> int:
        """How often ``path`` was opened for reading."""
        return self.opened[os.path.realpath(path)]

    def parses(self, path: Path | str) -> int:
        """How often the text of ``path`` (as it was when first asked about) was parsed."""
        real = os.path.realpath(path)
        if real not in self._texts:
            with io.FileIO(real) as raw:  # not through io.open: not counted
                self._texts[real] = raw.read().decode("utf-8-sig")
        return self.parsed[self._texts[real]]

    def watch(self, *paths: Path | str) -> None:
        """Remember the text of ``paths`` now, before they are parsed (see :meth:`parses`)."""
        for path in paths:
            self.parses(path)

    def reset(self) -> None:
        self.opened.clear()
        self.parsed.clear()


@pytest.fixture
def file_access(monkeypatch: pytest.MonkeyPatch) -> FileAccess:
    """Count file reads and YAML parses (see :class:`FileAccess`)."""
    from playbooks.io import storage

    access = FileAccess()
    real_open = io.open

    def counting_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str | os.PathLike) and not any(flag in mode for flag in "wax+"):
            access.opened[os.path.realpath(file)] += 1
        return real_open(file, mode, *args, **kwargs)

    real_load_yaml: Callable[[str], Any] = storage.load_yaml

    def counting_load_yaml(text: str) -> Any:
        access.parsed[text] += 1
        return real_load_yaml(text)

    monkeypatch.setattr(io, "open", counting_open)
    monkeypatch.setattr(builtins, "open", counting_open)
    monkeypatch.setattr(storage, "load_yaml", counting_load_yaml)
    return access
