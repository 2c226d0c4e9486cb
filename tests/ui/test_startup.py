"""The start-up pause of the cycle collector (ui/startup.py, main.py): it must always end."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui import startup
from ui.mainwindow import load_for_editor

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "meridian-securities-hub.playbook.yaml"


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    try:
        yield
    finally:
        startup.end()
        gc.unfreeze()
        if was:
            gc.enable()


@pytest.mark.usefixtures("collector_restored")
def test_loading_the_first_file_ends_the_pause_main_py_started() -> None:
    gc.disable()  # as main.py does before the editor starts
    startup.adopt_pause()
    loaded = load_for_editor(str(EXAMPLE), find_spokes=False)
    assert loaded.playbook.document.title
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what start-up built is out of the collector's way


@pytest.mark.usefixtures("collector_restored")
def test_ending_the_pause_once_leaves_later_pauses_alone() -> None:
    gc.disable()
    startup.adopt_pause()
    startup.end()
    assert gc.isenabled()
    gc.disable()  # another pause, e.g. storage.paused_gc() in a worker
    startup.end()
    assert not gc.isenabled()


@pytest.mark.usefixtures("collector_restored")
def test_without_a_pause_nothing_changes() -> None:
    assert gc.isenabled()
    startup.adopt_pause()
    startup.end()
    assert gc.isenabled() and gc.get_freeze_count() == 0
