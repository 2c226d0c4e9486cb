"""The cycle collector in the editor's process (ui/startup.py, main.py): the start-up pause
always ends, and an open document is kept out of the collector's full passes."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ui import startup
from ui.session import load_for_editor

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "meridian-securities-hub.playbook.yaml"


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    try:
        yield
    finally:
        startup.end()
        startup.reset()
        gc.unfreeze()
        if was:
            gc.enable()


@pytest.mark.usefixtures("collector_restored")
def test_loading_the_first_file_ends_the_pause_main_py_started() -> None:
    gc.disable()  # as main.py does before the editor starts
    startup.manage()
    loaded = load_for_editor(str(EXAMPLE), look_around=False)
    assert loaded.playbook.document.title
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what start-up built is out of the collector's way


@pytest.mark.usefixtures("collector_restored")
def test_ending_the_pause_once_leaves_later_pauses_alone() -> None:
    gc.disable()
    startup.manage()
    startup.end()
    assert gc.isenabled()
    gc.disable()  # another pause, e.g. storage.paused_gc() in a worker
    startup.end()
    assert not gc.isenabled()


@pytest.mark.usefixtures("collector_restored")
def test_without_a_pause_or_manage_nothing_changes() -> None:
    assert gc.isenabled()
    startup.end()
    startup.document_installed()
    assert gc.isenabled() and gc.get_freeze_count() == 0


@pytest.mark.usefixtures("collector_restored")
def test_an_installed_document_is_frozen_and_still_freed_when_replaced(window: Any, qtbot: Any) -> None:
    startup.manage()
    window.files.open_path(str(EXAMPLE), ask=False)
    qtbot.waitUntil(lambda: window.files.wait_loaded() and window.document is not None, timeout=30_000)
    playbook = window.document.playbook
    assert gc.get_freeze_count() > 0
    rules = playbook.content.rules
    assert rules, "the example has content rules"
    # the frozen tree is still reference counted: closing the document frees it
    import weakref

    document = weakref.ref(window.document)
    del playbook, rules
    window.install(None)
    qtbot.waitUntil(lambda: document() is None, timeout=10_000)
