"""Files as version-1 Charter wrote them (``git show 79a20e7^:examples/...``, in ``version1/``):
version 1 left out every item value equal to its default (a rule pre-reviewed, a feature off),
and the upgrade to version 2 must read them as version 1 did (red team 18/20, F01, F02, F20)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from playbooks.audit.signoff import approval_state
from playbooks.cli.main import main
from playbooks.export import export_document
from playbooks.io import storage

HERE = Path(__file__).parent / "version1"
HUB = HERE / "meridian-securities-hub.playbook.yaml"
SPOKE = HERE / "meridian-securities-spoke-emea.playbook.yaml"


def validate(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    main(["validate", str(path)])
    return capsys.readouterr().out


def test_a_version_1_hub_validates_as_version_1_did(capsys: pytest.CaptureFixture[str]) -> None:
    # version-1 Charter: valid, 0 errors, 1 warning; the upgrade had made it "Its approval is not set" x 3
    out = validate(HUB, capsys)
    assert "COMP-STATIC-PREAPPROVAL" not in out
    assert out.strip().splitlines()[-1].endswith("valid (0 errors, 1 warning, 0 info)")


def test_a_version_1_hub_prints_what_version_1_printed() -> None:
    hub = storage.load(HUB)
    policy = export_document(hub, "policy", "md").decode("utf-8")
    assert not policy.startswith("# NOT VALID")
    assert policy.count("**Approval:** Approved before publication") == 8
    assert "**Features off:** Direct messages" in policy
    rule = next(r for r in hub.content.rules if r.id == "cr-official-posts")
    assert rule.approval is not None and rule.approval.value == "pre_review"


def test_a_version_1_hub_keeps_its_approval_and_its_fingerprint() -> None:
    hub = storage.load(HUB)
    assert approval_state(hub).describe() == "Approved by Eleanor Harlow on 2026-09-24"
    assert storage.fingerprint(hub) == hub.document.sign_offs[-1].fingerprint


def test_saving_a_version_1_hub_writes_the_values_version_1_read(tmp_path: Path) -> None:
    target = tmp_path / "hub.playbook.yaml"
    shutil.copy(HUB, target)
    storage.save(storage.load(target), target)
    again = storage.load(target)
    assert approval_state(again).describe() == "Approved by Eleanor Harlow on 2026-09-24"
    assert "approval: pre_review" in target.read_text(encoding="utf-8")


def test_a_version_1_hubs_locks_refuse_what_version_1_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # cr-official-posts is locked and, in version 1, pre-reviewed by default (the file says nothing)
    shutil.copy(HUB, tmp_path / "hub.playbook.yaml")
    spoke = tmp_path / "spoke.playbook.yaml"
    spoke.write_text(
        "schema_version: 1\n"
        "spoke:\n  region: Loose\n  hub: hub.playbook.yaml\n"
        "changes:\n"
        "  - action: modify\n    target: content.rules\n    id: cr-official-posts\n"
        "    fields:\n      approval: post_review\n"
        "    rationale: Local practice reviews scheduled posts after publication.\n",
        encoding="utf-8",
    )
    out = validate(spoke, capsys)
    assert "error SPOKE-LOCKED-WEAKENED: content.rules[1].approval" in out
    assert "from Pre review to Post review" in out


def test_a_spoke_of_a_version_1_hub_reports_no_hub_drift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # version-1 Charter reported no drift; the upgrade had reported "91 hub item(s) changed"
    for path in (HUB, SPOKE):
        shutil.copy(path, tmp_path / path.name)
    out = validate(tmp_path / SPOKE.name, capsys)
    assert "SPOKE-HUB-DRIFT" not in out
    assert "valid (0 errors" in out


@pytest.mark.parametrize("name", ["emea", "apac", "americas"])
def test_the_shipped_spokes_report_no_hub_drift(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import EXAMPLES

    out = validate(EXAMPLES / f"meridian-securities-spoke-{name}.playbook.yaml", capsys)
    assert "SPOKE-HUB-DRIFT" not in out


V1_SPOKE_ADDING = """\
schema_version: 1
spoke:
  region: Loose
  hub: hub.playbook.yaml
  hub_id: meridian-securities-global-social-media
changes:
  - action: add
    target: content.rules
    item: {id: cr-local, title: Local posts, content_class: post, audiences: [employees]}
    rationale: The region posts in its own language.
  - action: modify
    target: channels.accounts
    id: ch-linkedin-global
    fields:
      features: [{name: Newsletters}]
    rationale: The region turns the newsletter off, as the hub does the others.
"""


def test_a_version_1_spoke_adds_items_as_version_1_read_them(tmp_path: Path) -> None:
    # a version-1 spoke left out the same defaults as its hub: the rule it adds is pre-reviewed,
    # the feature it lists is off
    shutil.copy(HUB, tmp_path / "hub.playbook.yaml")
    spoke = tmp_path / "spoke.playbook.yaml"
    spoke.write_text(V1_SPOKE_ADDING, encoding="utf-8")
    out = tmp_path / "effective.playbook.yaml"
    assert main(["resolve", str(spoke), "-o", str(out)]) == 0
    effective = storage.load(out)
    rule = next(r for r in effective.content.rules if r.id == "cr-local")
    assert rule.approval is not None and rule.approval.value == "pre_review"
    channel = next(c for c in effective.channels.accounts if c.id == "ch-linkedin-global")
    assert [(f.name, f.enabled) for f in channel.features] == [("Newsletters", False)]


def test_a_spoke_saves_as_version_2_and_opens_again(tmp_path: Path) -> None:
    from playbooks.tailoring.spoke import load_spoke, save_spoke

    shutil.copy(HUB, tmp_path / "hub.playbook.yaml")
    spoke = tmp_path / "spoke.playbook.yaml"
    spoke.write_text(V1_SPOKE_ADDING, encoding="utf-8")
    save_spoke(load_spoke(spoke), spoke)
    text = spoke.read_text(encoding="utf-8")
    assert "schema_version: 2" in text and "approval: pre_review" in text and "enabled: false" in text
    assert load_spoke(spoke).changes[0].item["approval"] == "pre_review"
