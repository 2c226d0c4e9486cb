"""The outputs the readers check, made once per test run (one subprocess, about 5 s)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from playbooks.export import DOCUMENTS, formats_for
from tests.readers.produce import SOURCES
from tests.readers.tools import ROOT

#: 1 January 2026: every run makes the same bytes
EPOCH = "1767225600"


def document_names(fmt: str) -> list[str]:
    """The file names (in ``documents/``) of every document exported as ``fmt``."""
    return [
        f"{stem}-{doc}.{fmt}"
        for stem in SOURCES
        for doc in DOCUMENTS
        if fmt in formats_for(doc) and (doc != "addendum" or "spoke" in stem)
    ]


@pytest.fixture(scope="session")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with every output (see :mod:`tests.readers.produce`)."""
    folder = tmp_path_factory.mktemp("reader-outputs")
    config = tmp_path_factory.mktemp("reader-config")
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, XDG_CONFIG_HOME=str(config), QT_QPA_PLATFORM="offscreen")
    env.pop("CHARTER_CONFIG", None)
    result = subprocess.run(
        [sys.executable, "-m", "tests.readers.produce", str(folder / "out")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return folder / "out"
