"""Which item is which and what people call it: keys, matching, names, places, values in words."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from playbooks.format import model as m
from playbooks.format.fields import FieldType, is_model, unwrap
from playbooks.format.identity import KEY_FIELDS, NAMES, Names, item_key, key_field, pair
from playbooks.format.model import Playbook
from playbooks.format.paths import Key, join, parse_address
from playbooks.io.storage import load
from tests.conftest import EXAMPLES, minimal_data

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"


def _list_item_models(cls: type[BaseModel] = Playbook) -> set[type[BaseModel]]:
    found: set[type[BaseModel]] = set()
    for info in cls.model_fields.values():
        inner, is_list, _ = unwrap(info.annotation)
        if is_model(inner):
            if is_list:
                found.add(inner)
            found |= _list_item_models(inner)
    return found


def test_every_kind_of_list_item_has_a_name_and_every_key_field_exists() -> None:
    items = _list_item_models()
    assert items - set(NAMES) == set()
    for cls, field in KEY_FIELDS.items():
        assert field in cls.model_fields and "id" not in cls.model_fields
    for cls in NAMES:
        Names().item(cls.model_construct(**dict.fromkeys(cls.model_fields, "x")))  # every name field exists


def test_unwrap_takes_off_optional_annotated_and_list() -> None:
    fields = m.Channel.model_fields
    assert unwrap(fields["owner"].annotation) == FieldType(str, False, True)
    assert unwrap(fields["features"].annotation) == FieldType(m.Feature, True, False)
    assert unwrap(fields["account_approval"].annotation) == FieldType(m.AccountApproval, False, True)
    assert unwrap(m.Scope.model_fields["territories"].annotation) == FieldType(str, True, False)


def test_keys_are_the_same_for_models_plain_data_and_values() -> None:
    term = m.GlossaryTerm(term="Adoption", definition="...")
    assert item_key(term, m.GlossaryTerm) == item_key(term.model_dump(mode="json"), m.GlossaryTerm) == "Adoption"
    assert key_field(m.Channel) == "id" and key_field(m.SignOff) is None
    assert item_key(m.TriageRule(type="troll", response=""), m.TriageRule) == "troll"  # an option by its value
    assert item_key("Germany", str) == "Germany"


@pytest.mark.parametrize(
    ("old", "new", "cls", "pairs"),
    [
        (["a", "b", "c"], ["c", "b", "a"], str, [(2, 0), (1, 1), (0, 2)]),
        (["a", "b"], ["b", "x"], str, [(1, 0), (None, 1), (0, None)]),
        (["a", "a"], ["a"], str, [(0, 0), (1, None)]),
    ],
)
def test_pair_matches_by_key_whatever_the_order(
    old: list[Any], new: list[Any], cls: Any, pairs: list[tuple[int | None, int | None]]
) -> None:
    assert pair(old, new, cls) == pairs


def test_pair_matches_items_without_a_key_by_content_then_in_order() -> None:
    a, b, c = (m.MentoringPair(mentor=x, mentee="p-z") for x in ("p-a", "p-b", "p-c"))
    assert pair([a, b], [b, a], m.MentoringPair) == [(1, 0), (0, 1)]
    assert pair([a, b], [b, c], m.MentoringPair) == [(1, 0), (0, 1)]  # a edited into c
    assert pair([a], [a, c], m.MentoringPair) == [(0, 0), (None, 1)]


def test_keyed_addresses_keep_keys_with_full_stops_and_brackets() -> None:
    text = "privacy.joint_controller_arrangements[XING (Art. 26 GDPR), accepted [2026]].x"
    address = parse_address(text)
    assert address == ("privacy", "joint_controller_arrangements", Key("XING (Art. 26 GDPR), accepted [2026]"), "x")
    assert join(address) == text
    with pytest.raises(ValueError):
        parse_address("channels.accounts[c-li")


def test_places_name_sections_items_and_fields_as_people_know_them() -> None:
    hub = load(HUB)
    names = Names(hub)
    champion = hub.people.champions[0]
    person = next(p for p in hub.people.people if p.id == champion.person)
    channel = hub.channels.accounts[0]
    record = hub.records.record_classes[0]
    # the list's own title gives way to the item's name; a person by name, never by id
    assert names.place("people.champions[0].sponsored_goal") == f"People › {person.name} › Sponsored corporate goal"
    assert names.place(f"people.champions[{champion.person}]") == f"People › {person.name}"
    assert names.place("channels.accounts[0].owner") == f"Channels and accounts › {item_name_of(channel)} › Owner"
    assert names.place(f"records.record_classes[{record.id}].retention_years") == (
        f"Recordkeeping › {record.name} › Retention (years)"
    )
    # a value of a list of values keeps the list's title; a reference there is a name
    assert names.place("scope.territories[0]") == f"Scope and definitions › Territories › {hub.scope.territories[0]}"
    author = next(p.name for p in hub.people.people if p.id == hub.document.authors[0])
    assert names.place("document.authors[0]") == f"Document control › Authors › {author}"
    assert names.place("") == "Whole playbook"
    assert names.place("changes[2].rationale") == "changes 3 › rationale"  # not a playbook field


def item_name_of(channel: m.Channel) -> str:
    return f"{channel.platform} {channel.handle}".strip()


def test_values_in_words_name_references_and_options() -> None:
    playbook = Playbook.model_validate(minimal_data())
    names = Names(playbook)
    assert names.show("p-ann", "channels.accounts[0].owner") == "Ann Example"
    assert names.show(["p-ann", "p-bo"], "document.authors") == "Ann Example, Bo Example"
    assert names.show("pre_review", "content.rules[0].approval") == "Pre review"
    assert names.show(True, "document.self_approval_allowed") == "Yes"
    assert names.show(None, "document.owner") == "(none)"
    added = playbook.channels.accounts[0].model_dump(mode="json")
    assert names.show(added, "channels.accounts[0]") == "LinkedIn"
    assert names.show("A long title " * 20, "document.title", limit=12) == "A long titl…"
