"""Any spoke content resolves to findings, never to a traceback."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playbooks.format.model import Playbook
from playbooks.io.storage import dumps
from playbooks.tailoring import LOCKED_WEAKENED, SpokeFile, tailor, weakenings
from tests.tailoring.conftest import hub_data

HUB = Playbook.model_validate(hub_data())

TARGETS = [
    "channels.accounts",
    "records.record_classes",
    "content.rules",
    "regulatory.presets",
    "scope.territories",
    "people.people",
    "conduct.clauses",
    "crisis.levels",
    "document",
    "document.title",
    "nope.nothing",
    "waivers",
]
KEYS = ["c-li", "c-yt", "rc-comms", "rc-other", "r-static", "SEC-17A4-COMMS", "sev-1", "p-ann", "United States", "x"]
FIELDS = [
    "retention_years",
    "locked",
    "approval",
    "disclosures",
    "response_sla_hours",
    "id",
    "name",
    "parameters",
    "contacts",
    "platform",
    "owner",
    "colour",
]
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 100),
    st.sampled_from(["", "7", "pre_review", "none", "p-nobody", "p-bo", "inline", "link"]),
    st.lists(st.sampled_from(["a", "b"]), max_size=2),
    st.fixed_dictionaries({"retention_years": st.integers(0, 9)}),
)
ITEMS = st.one_of(
    st.text(max_size=5),
    st.fixed_dictionaries(
        {"id": st.sampled_from([*KEYS, "new-1", "Bad Id"])},
        optional={
            "platform": st.sampled_from(["X", ""]),
            "name": st.just("N"),
            "retention_years": st.integers(-1, 9),
            "owner": st.sampled_from(["p-ann", "p-zz"]),
        },
    ),
)
CHANGE = st.one_of(
    st.fixed_dictionaries({"action": st.just("add"), "target": st.sampled_from(TARGETS), "item": ITEMS}),
    st.fixed_dictionaries(
        {
            "action": st.just("modify"),
            "target": st.sampled_from(TARGETS),
            "id": st.sampled_from(KEYS),
            "fields": st.dictionaries(st.sampled_from(FIELDS), VALUES, min_size=1, max_size=3),
        },
        optional={"hub_values": st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=2)},
    ),
    st.fixed_dictionaries({"action": st.just("set"), "path": st.sampled_from(TARGETS), "value": VALUES}),
    st.fixed_dictionaries(
        {"action": st.just("remove"), "target": st.sampled_from(TARGETS), "id": st.sampled_from(KEYS)}
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CHANGE, max_size=6))
def test_any_changes_give_findings_never_an_exception(changes: list[dict[str, Any]]) -> None:
    spoke = SpokeFile.model_validate({"spoke": {"region": "R", "hub": "hub.playbook.yaml"}, "changes": changes})
    first = tailor(HUB, spoke, today=dt.date(2026, 1, 1))
    second = tailor(HUB, spoke, today=dt.date(2026, 1, 1))
    assert first.findings == second.findings
    if first.effective is not None:
        assert second.effective is not None and dumps(first.effective) == dumps(second.effective)
        # the fast lock check (only what the changes touched) finds what a full comparison finds
        full = {w.path for w in weakenings(HUB, first.effective)}
        assert full == {f.path for f in first.findings if f.code == LOCKED_WEAKENED}
    assert Playbook.model_validate(hub_data()) == HUB  # the hub itself is never changed
