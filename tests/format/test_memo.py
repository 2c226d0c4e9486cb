"""The editor's checks after an edit walk only the sections that changed (issue 22), and find
exactly what a check of the whole playbook finds: duplicate keys, duplicate ids and broken
references, whichever section the edit was in and whatever it did to the referable ids."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from playbooks.checks import run_checks
from playbooks.format.identity import duplicate_keys
from playbooks.format.memo import SectionMemo
from playbooks.format.model import Playbook
from playbooks.format.paths import with_value
from playbooks.format.references import find_problems
from playbooks.io import storage
from tests.conftest import EXAMPLES

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"


def _edits(hub: Playbook) -> list[tuple[str, Callable[[Playbook], Playbook]]]:
    rules = hub.content.rules
    people = hub.people.people
    return [
        ("the title", lambda p: with_value(p, ("document", "title"), "Another title")),
        ("a duplicate rule id", lambda p: with_value(p, ("content", "rules", 1, "id"), rules[0].id)),
        ("the duplicate undone", lambda p: with_value(p, ("content", "rules", 1, "id"), rules[1].id)),
        # a person referred to from the channels disappears: channels did not change, yet now break
        ("a referred-to person removed", lambda p: with_value(p, ("people", "people"), people[1:])),
        ("a dangling owner", lambda p: with_value(p, ("channels", "accounts", 0, "owner"), "nobody")),
        ("the person back", lambda p: with_value(p, ("people", "people"), list(people))),
    ]


@pytest.fixture(scope="module")
def hub() -> Playbook:
    return storage.load(HUB)


def test_every_edit_finds_what_a_whole_check_finds(hub: Playbook) -> None:
    memo = SectionMemo()
    snapshot = hub
    assert find_problems(snapshot, memo) == find_problems(snapshot)
    seen_problems = False
    for what, edit in _edits(hub):
        snapshot = edit(snapshot)
        assert find_problems(snapshot, memo) == find_problems(snapshot), what
        assert duplicate_keys(snapshot, memo=memo) == duplicate_keys(snapshot), what
        assert run_checks(snapshot, memo) == run_checks(snapshot), what
        seen_problems = seen_problems or bool(find_problems(snapshot))
    assert seen_problems  # the edits did break something, and it was found


def test_an_unchanged_section_is_not_walked_again(hub: Playbook) -> None:
    memo = SectionMemo()
    calls: list[str] = []

    def counted(name: str) -> Callable[[], list[str]]:
        def compute() -> list[str]:
            calls.append(name)
            return [name]

        return compute

    for name in ("content", "people"):
        memo.get("work", name, getattr(hub, name), None, counted(name))
    edited = with_value(hub, ("people", "people"), hub.people.people[1:])
    for name in ("content", "people"):
        assert memo.get("work", name, getattr(edited, name), None, counted(name)) == [name]
    assert calls == ["content", "people", "people"]  # the content rules were walked once
