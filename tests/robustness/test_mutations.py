"""Property-based: valid playbooks mutated at random keep Charter's promises.

Hypothesis drops keys, changes types, inserts junk keys and values, and truncates, flips,
deletes or duplicates bytes of valid playbooks (the corpus's full playbook and the shipped
example hub). Whatever comes out, ``charter validate`` exits 0, 1 or 2, never prints a
traceback, names the file on every finding line (exactly one line when the file is
unreadable), and leaves the file and its folder as they were. Derandomized and bounded, so CI
sees the same examples every run.
"""

from __future__ import annotations

import copy
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playbooks.io.yamlio import dump_yaml, load_yaml
from tests.conftest import EXAMPLES
from tests.robustness import corpus
from tests.robustness.campaign import try_case
from tests.robustness.corpus import FINDINGS, UNREADABLE, Case

SETTINGS = settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _bases() -> list[dict[str, Any]]:
    bases = [corpus.full_playbook()]
    hub = EXAMPLES / "meridian-securities-hub.playbook.yaml"
    if hub.exists():
        bases.append(load_yaml(hub.read_text(encoding="utf-8")))
    return bases


BASES = _bases()
TEXTS = [dump_yaml(base).encode("utf-8") for base in BASES]


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key and index in ``data``, parents before children."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield (*prefix, index)
            yield from _paths(value, (*prefix, index))


PATHS = [list(_paths(base)) for base in BASES]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["", "yes", "no", "2024-02-30", "-1", "Has Spaces", "p-ann", "c-li", "null", "~", "1e999"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


@st.composite
def mutated_data(draw: st.DrawFn) -> bytes:
    which = draw(st.integers(0, len(BASES) - 1))
    data = copy.deepcopy(BASES[which])
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS[which]))
        parent: Any = data
        try:
            for part in path[:-1]:
                parent = parent[part]
            last = path[-1]
            action = draw(st.sampled_from(["drop", "replace", "junk-key"]))
            if action == "drop":
                del parent[last]
            elif action == "replace":
                parent[last] = draw(values)
            elif isinstance(parent, dict):
                parent[draw(st.text(min_size=1, max_size=12))] = draw(values)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced this path
    return dump_yaml(data).encode("utf-8")


@st.composite
def mutated_bytes(draw: st.DrawFn) -> bytes:
    raw = bytearray(draw(st.sampled_from(TEXTS)))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(raw)))
        action = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "duplicate"]))
        if action == "truncate":
            del raw[at:]
        elif action == "flip" and at < len(raw):
            raw[at] = draw(st.integers(0, 255))
        elif action == "insert":
            raw[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif action == "delete":
            del raw[at : at + draw(st.integers(1, 200))]
        elif action == "duplicate":
            raw[at:at] = raw[max(0, at - 200) : at]
    return bytes(raw)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mutations")


def _holds(content: bytes, scratch: Path) -> None:
    case = Case("mutant", "mutation", frozenset({0, FINDINGS, UNREADABLE}), content, single=False)
    folder = Path(tempfile.mkdtemp(dir=scratch))
    try:
        result = try_case(case, folder)
    finally:
        shutil.rmtree(folder)
    assert result.problems == [], result.output[:1500]


@pytest.mark.timeout(120)
@SETTINGS
@given(content=mutated_data())
def test_a_playbook_with_keys_dropped_retyped_or_added_keeps_the_promises(scratch: Path, content: bytes) -> None:
    _holds(content, scratch)


@pytest.mark.timeout(120)
@SETTINGS
@given(content=mutated_bytes())
def test_a_playbook_with_bytes_truncated_flipped_or_spliced_keeps_the_promises(scratch: Path, content: bytes) -> None:
    _holds(content, scratch)
