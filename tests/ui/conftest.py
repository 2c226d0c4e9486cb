"""Qt test fixtures: settings in a temp folder, scripted dialogs, a main window, the example."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QThreadPool
from PySide6.QtWidgets import QWidget

from playbooks.io.recovery import RecoveryArea
from tests.conftest import EXAMPLES
from ui import dialogs, errors, settings
from ui.dialogs import Answer

EXAMPLE = EXAMPLES / "meridian-securities-hub.playbook.yaml"
EXAMPLE_EMEA = EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml"


class ScriptedDialogs(dialogs.Dialogs):
    """Answers given in advance; an unexpected question fails the test (never blocks)."""

    def __init__(self) -> None:
        self.answers: list[Any] = []
        self.asked: list[tuple[str, str]] = []
        self.messages: list[str] = []
        self.offered: list[str] = []  # the item a pick() offered first

    def _next(self, kind: str, text: str) -> Any:
        self.asked.append((kind, text))
        if not self.answers:
            raise AssertionError(f"unexpected {kind} dialog: {text}")
        return self.answers.pop(0)

    def open_file(self, parent: QWidget | None, folder: str = "") -> str:
        return str(self._next("open_file", folder))

    def save_file(self, parent: QWidget | None, suggested: str = "") -> str:
        return str(self._next("save_file", suggested))

    def save_discard_cancel(self, parent: QWidget | None, title: str, text: str) -> Answer:
        answer = self._next("save_discard_cancel", text)
        assert isinstance(answer, Answer)
        return answer

    def yes_no(self, parent: QWidget | None, title: str, text: str, yes: str = "Yes", no: str = "No") -> Answer:
        answer = self._next("yes_no", text)
        assert isinstance(answer, Answer)
        return answer

    def choose(self, parent: QWidget | None, title: str, text: str, options: list[str]) -> int:
        return int(self._next("choose", text))

    def pick(self, parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0) -> int:
        self.offered.append(items[current])
        return int(self._next("pick", label))

    def text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str:
        return str(self._next("text", label))

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(text)

    def error(self, parent: QWidget | None, title: str, text: str, details: str) -> None:
        raise AssertionError(f"unexpected error dialog: {text}\n{details}")


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The editor's catalogues, compiled once for the session (``.qm`` are never committed)."""
    from ui import i18n

    folder = tmp_path_factory.mktemp("qm")
    i18n.compile_catalogues(folder)
    return folder


@pytest.fixture(scope="session", autouse=True)
def english(qapp: Any, catalogues: Path) -> Iterator[None]:
    """The editor speaks English in the tests, with its plural forms ("1 error", "2 errors"),
    whatever the locale of the machine; a test of another language installs it and restores this."""
    from ui import i18n

    assert i18n.install("en", catalogues) == "en"
    yield


@pytest.fixture
def speaking(catalogues: Path) -> Iterator[Any]:
    """``speaking("de")`` installs a language for this test; English again after it."""
    from ui import i18n

    def speak(language: str) -> str:
        return i18n.install(language, catalogues)

    yield speak
    i18n.install("en", catalogues)


@pytest.fixture(autouse=True)
def qt_isolation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ScriptedDialogs]:
    """QSettings and logs in a temp folder; scripted dialogs; worker threads drained after."""
    settings_dir = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    QCoreApplication.setOrganizationName("CharterTest")
    QCoreApplication.setApplicationName("CharterTest")
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(errors, "log_folder", lambda: tmp_path / "logs")
    monkeypatch.setattr(settings, "data_folder", lambda: tmp_path / "data")  # QStandardPaths' test folder is shared
    scripted = ScriptedDialogs()
    previous = dialogs.install(scripted)
    yield scripted
    dialogs.install(previous)
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def scripted(qt_isolation: ScriptedDialogs) -> ScriptedDialogs:
    return qt_isolation


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A private copy of the example hub (tests save into it)."""
    target = tmp_path / "work" / EXAMPLE.name
    target.parent.mkdir()
    shutil.copyfile(EXAMPLE, target)
    return target


@pytest.fixture
def spoke_copy(tmp_path: Path) -> Path:
    """The example hub and its EMEA spoke in a private folder."""
    folder = tmp_path / "hubspoke"
    folder.mkdir()
    shutil.copyfile(EXAMPLE, folder / EXAMPLE.name)
    shutil.copyfile(EXAMPLE_EMEA, folder / EXAMPLE_EMEA.name)
    return folder / EXAMPLE_EMEA.name


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    from ui.mainwindow import MainWindow

    # not qtbot.addWidget: pytest-qt would close it before this fixture can drop unsaved changes
    win = MainWindow(recovery=RecoveryArea(tmp_path / "recovery"))
    win.resize(1300, 850)
    win.show()
    yield win
    if win.document is not None:
        win.document.undo_stack.setClean()  # no prompt while the test harness closes the window
    win.close()
    win.deleteLater()


def open_file(qtbot: Any, window: Any, path: Path) -> None:
    """Open ``path`` in ``window`` and wait for the load (it runs in a worker)."""
    window.files.open_path(str(path), ask=False)
    qtbot.waitUntil(lambda: window.files.wait_loaded() and window.document is not None, timeout=15_000)


def settle(qtbot: Any, window: Any) -> None:
    """Wait until the problems panel shows the findings of the current snapshot."""
    window.problems.recompute_now()
    qtbot.waitUntil(window.problems.is_current, timeout=15_000)


def pump(seconds: float = 0.05) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
