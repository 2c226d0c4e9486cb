"""A missing reader fails in CI and skips on a developer's machine, saying how to install it."""

from __future__ import annotations

import re

import pytest

from tests.readers import tools


@pytest.mark.parametrize(
    ("environment", "outcome"), [({"CI": "true"}, pytest.fail.Exception), ({}, pytest.skip.Exception)]
)
def test_a_missing_reader_fails_in_ci_and_skips_elsewhere(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], outcome: type[BaseException]
) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("CHARTER_READERS", raising=False)
    for key, value in environment.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(
        outcome,
        match=re.escape("'no-such-reader' is not installed; install the readers with: bash scripts/dev.sh readers"),
    ):
        tools.program("no-such-reader")
    with pytest.raises(outcome, match="node_modules/nothing/here"):
        tools.node_file("nothing/here")


def test_charter_readers_required_fails_like_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("CHARTER_READERS", "required")
    with pytest.raises(pytest.fail.Exception):
        tools.module("no_such_reader_module")
