"""Locked means locked: the tailoring promise, through the command line (issue 14).

Each case is a hostile or careless spoke of the shipped example hub; each must fail ``validate``,
``resolve``, ``diff``, ``signoff`` and (as NOT VALID) ``export``, with an error that names the
file, the line and the rule; legitimate tightenings stay accepted.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from playbooks.cli.main import EXIT_FINDINGS, EXIT_OK, main
from playbooks.io.storage import dumps, load
from playbooks.tailoring import apply_change, load_spoke, new_spoke, save_spoke
from playbooks.tailoring.reader import read_playbook
from playbooks.tailoring.spoke import Change
from tests.conftest import EXAMPLES
from tests.export.readback import READERS

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"
#: "Status: Active", "| **Lifecycle status** | Active |" and the like, in any format's text
STATUS_ACTIVE = re.compile(r"[Ss]tatus\W+Active")
CHANGE: TypeAdapter[Any] = TypeAdapter(Change)


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def change(action: str, rationale: str = "A local rule of the region.", **fields: Any) -> dict[str, Any]:
    return {"action": action, **fields, "rationale": rationale}


@pytest.fixture
def hub(tmp_path: Path) -> Path:
    """A copy of the example hub (approved as it is)."""
    return Path(shutil.copy(HUB, tmp_path / HUB.name))


@pytest.fixture
def spoke_of(tmp_path: Path) -> Callable[..., Path]:
    """A spoke of ``hub`` (a file) with ``changes``, recorded as 'charter new --spoke-of' would."""

    def make(hub: Path, name: str, changes: list[dict[str, Any]], region: str = "Region") -> Path:
        path = tmp_path / name
        spoke = new_spoke(hub, region, path)
        model = read_playbook(hub).playbook
        assert model is not None
        for raw in changes:
            spoke = apply_change(spoke, CHANGE.validate_python(raw), model)
        save_spoke(spoke, path)
        return path

    return make


def line_of(path: Path, text: str) -> int:
    """The line of ``path`` that contains ``text`` (1-based)."""
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def refused_everywhere(capsys: pytest.CaptureFixture[str], spoke: Path, *needles: str) -> None:
    """``spoke`` fails validate, resolve, diff and signoff (exit 1), each naming ``needles``;
    export writes a document that says NOT VALID and exits 1."""
    code, out, err = run(capsys, "validate", spoke)
    assert code == EXIT_FINDINGS, out
    for needle in needles:
        assert needle in out, (needle, out)
    code, out, err = run(capsys, "resolve", spoke, "-o", spoke.with_name("effective.playbook.yaml"))
    assert code == EXIT_FINDINGS and not spoke.with_name("effective.playbook.yaml").exists()
    for needle in needles:
        assert needle in err, (needle, err)
    code, out, err = run(capsys, "diff", spoke)
    assert code == EXIT_FINDINGS
    for needle in needles:
        assert needle in err, (needle, err)
    before = spoke.read_bytes()
    code, out, err = run(capsys, "signoff", spoke, "--approver", "Rita Regional", "--role", "Regional manager")
    assert code == EXIT_FINDINGS and spoke.read_bytes() == before
    assert needles[0] in err
    policy = spoke.with_name("policy.md")
    code, out, err = run(capsys, "export", spoke, "--format", "md", "-o", policy)
    if policy.exists():  # printed as a draft for review: it must say it is not valid
        assert code == EXIT_FINDINGS
        text = policy.read_text(encoding="utf-8")
        assert "NOT VALID" in text and not STATUS_ACTIVE.search(text)
        assert needles[0] in err


# ---------------------------------------------------------------- 1. chains


def test_a_business_unit_that_breaks_a_lock_fails_every_region_below_it(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    bu = spoke_of(hub, "wealth.playbook.yaml", [])
    region = spoke_of(bu, "emea.playbook.yaml", [change("set", path="privacy.retention_cap_months", value=6)])
    assert run(capsys, "validate", region)[0] == EXIT_OK
    # the business unit then removes a locked clause and unlocks another
    spoke = load_spoke(bu)
    for raw in (
        change("remove", target="conduct.clauses", id="cc-client-info"),
        change("modify", target="conduct.clauses", id="cc-advice", fields={"locked": False}),
    ):
        spoke = apply_change(spoke, CHANGE.validate_python(raw))
    save_spoke(spoke, bu)
    line = line_of(bu, "id: cc-client-info")
    refused_everywhere(
        capsys, region, "SPOKE-CHAIN-BROKEN", f"wealth.playbook.yaml:{line - 2}: SPOKE-LOCKED-WEAKENED", "cc-advice"
    )


def test_rebase_does_not_bless_a_broken_chain(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    bu = spoke_of(hub, "wealth.playbook.yaml", [])
    region = spoke_of(bu, "emea.playbook.yaml", [])
    save_spoke(
        apply_change(
            load_spoke(bu),
            CHANGE.validate_python(
                change("modify", target="records.record_classes", id="rc-business-comms", fields={"retention_years": 1})
            ),
        ),
        bu,
    )
    before = region.read_bytes()
    code, _, err = run(capsys, "rebase", region)
    assert code == EXIT_FINDINGS and region.read_bytes() == before
    assert "wealth.playbook.yaml:" in err and "SPOKE-LOCKED-WEAKENED" in err and err.count("\n") == 1
    code, _, err = run(capsys, "new", "--spoke-of", bu, "--region", "APAC", "-o", bu.with_name("apac.playbook.yaml"))
    assert code != EXIT_OK and "SPOKE-LOCKED-WEAKENED" in err and not bu.with_name("apac.playbook.yaml").exists()


def test_a_chain_of_three_levels_names_the_level_that_broke(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    division = spoke_of(hub, "division.playbook.yaml", [])
    unit = spoke_of(division, "unit.playbook.yaml", [])
    desk = spoke_of(unit, "desk.playbook.yaml", [])
    save_spoke(
        apply_change(
            load_spoke(division),
            CHANGE.validate_python(change("remove", target="records.record_classes", id="rc-retail-comms")),
        ),
        division,
    )
    code, out, _ = run(capsys, "validate", desk)
    assert code == EXIT_FINDINGS
    assert f"division.playbook.yaml:{line_of(division, 'id: rc-retail-comms') - 2}: SPOKE-LOCKED-WEAKENED" in out
    assert out.count("SPOKE-CHAIN-BROKEN") == 1  # the root cause once, not once per level


# ---------------------------------------------------------------- 2. identity of items


def test_a_second_copy_of_a_locked_preset_is_refused(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    presets = [p.model_dump(mode="json", exclude_defaults=True) for p in load(hub).regulatory.presets]
    loose = {"preset": "FINRA-STATIC", "parameters": {"retention_years": 1, "approval": "none"}}
    spoke = spoke_of(hub, "apac.playbook.yaml", [change("set", path="regulatory.presets", value=[*presets, loose])])
    refused_everywhere(capsys, spoke, "SCHEMA", "Duplicate preset 'FINRA-STATIC'")
    policy = spoke.with_name("policy.md")
    assert not policy.exists()  # a spoke that does not resolve exports nothing


def test_a_hub_that_lists_a_preset_twice_fails_validate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    playbook = load(HUB)
    twice = playbook.model_copy(
        update={
            "regulatory": playbook.regulatory.model_copy(
                update={"presets": [*playbook.regulatory.presets, playbook.regulatory.presets[1]]}
            )
        }
    )
    path = tmp_path / "hub.playbook.yaml"
    path.write_text(dumps(twice), encoding="utf-8")
    code, out, _ = run(capsys, "validate", path)
    assert code == EXIT_FINDINGS and "DOC-DUPLICATE-KEY" in out and "Duplicate preset 'FINRA-STATIC'" in out


# ---------------------------------------------------------------- 3. parameters the hub leaves empty


@pytest.mark.parametrize(
    ("preset", "parameters", "rule"),
    [
        ("FINRA-SITE-GATE", {"approval": "none"}, "pre_review"),  # the hub sets pre-review
        ("FINRA-COMM-CLASS", {"retention_years": 1}, None),  # empty in the hub and the preset: any number tightens
        ("FINRA-INTERACTIVE", {"approval": "none"}, "post_review"),
        # the hub leaves the parameters of this locked preset empty: the preset's post-review is the floor
        ("FINRA-SUPERVISION-EVIDENCE", {"approval": "none"}, "from post_review (the preset's own value"),
    ],
    ids=["approval set by the hub", "nothing to fall back on", "approval", "approval left empty"],
)
def test_an_empty_hub_parameter_means_the_presets_own_value(
    capsys: pytest.CaptureFixture[str],
    hub: Path,
    spoke_of: Callable[..., Path],
    preset: str,
    parameters: dict[str, Any],
    rule: str | None,
) -> None:
    spoke = spoke_of(
        hub,
        "apac.playbook.yaml",
        [change("modify", target="regulatory.presets", id=preset, fields={"parameters": parameters})],
    )
    if rule is None:
        assert run(capsys, "validate", spoke)[0] == EXIT_OK
    else:
        refused_everywhere(capsys, spoke, "SPOKE-LOCKED-WEAKENED", rule)


def test_emptying_a_parameter_falls_back_to_the_presets_value(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    # FINRA-STATIC: the hub sets six years; emptied, the preset's three years would apply
    spoke = spoke_of(
        hub,
        "apac.playbook.yaml",
        [
            change(
                "modify",
                target="regulatory.presets",
                id="FINRA-STATIC",
                fields={"parameters": {"retention_years": None}},
            )
        ],
    )
    refused_everywhere(capsys, spoke, "SPOKE-LOCKED-WEAKENED", "from 6 to 3")


# ---------------------------------------------------------------- 4. exceptions


@pytest.mark.parametrize("preset", ["FINRA-STATIC", "finra-static", "FINRA\u2011STATIC", " FINRA-STATIC", ""], ids=repr)
def test_an_exception_to_a_locked_preset_is_refused_however_it_is_named(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path], preset: str
) -> None:
    exception = {"id": "ex-apac-static", "preset": preset, "description": "Static content needs no pre-approval."}
    spoke = spoke_of(hub, "apac.playbook.yaml", [change("add", target="regulatory.exceptions", item=exception)])
    refused_everywhere(capsys, spoke, "SPOKE-LOCKED-WEAKENED", "ex-apac-static")


def test_a_hub_exception_may_lapse_sooner_but_not_later(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    sooner = spoke_of(
        hub,
        "sooner.playbook.yaml",
        [
            change(
                "modify",
                target="regulatory.exceptions",
                id="ex-wechat-connector-test",
                fields={"expires": "2026-12-31"},
            )
        ],
    )
    assert run(capsys, "validate", sooner)[0] == EXIT_OK
    later = spoke_of(
        hub,
        "later.playbook.yaml",
        [
            change(
                "modify",
                target="regulatory.exceptions",
                id="ex-wechat-connector-test",
                fields={"expires": "2030-12-31"},
            )
        ],
    )
    refused_everywhere(capsys, later, "SPOKE-LOCKED-WEAKENED", "ex-wechat-connector-test")


def test_exceptions_the_hub_allows_are_accepted(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    text = hub.read_text(encoding="utf-8").replace(
        "    - locked: true\n      preset: FINRA-STATIC\n",
        "    - locked: true\n      preset: FINRA-STATIC\n      spoke_exceptions: true\n",
    )
    hub.write_text(text, encoding="utf-8")
    assert load(hub).regulatory.presets[1].spoke_exceptions
    exception = {"id": "ex-apac-static", "preset": "FINRA-STATIC", "description": "A closed test page."}
    unlocked = {"id": "ex-apac-filing", "preset": "FINRA-FILING", "description": "Filed by the US desk."}
    spoke = spoke_of(
        hub,
        "apac.playbook.yaml",
        [
            change("add", target="regulatory.exceptions", item=exception),
            change("add", target="regulatory.exceptions", item=unlocked),
        ],
    )
    _, out, _ = run(capsys, "validate", spoke)
    assert "SPOKE-LOCKED-WEAKENED" not in out and "SCHEMA" not in out


# ---------------------------------------------------------------- 5. diff tells the truth


def test_diff_marks_tightenings_and_refused_loosenings_and_exits_as_validate(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    spoke = spoke_of(
        hub,
        "apac.playbook.yaml",
        [
            change("modify", target="conduct.clauses", id="cc-advice", fields={"locked": False}),
            change("modify", target="records.record_classes", id="rc-business-comms", fields={"retention_years": 3}),
            change("modify", target="records.record_classes", id="rc-retail-comms", fields={"retention_years": 8}),
            change("modify", target="content.rules", id="cr-ads", fields={"sla_hours": 96}),
        ],
    )
    code, out, err = run(capsys, "diff", spoke)
    assert code == EXIT_FINDINGS == run(capsys, "validate", spoke)[0]
    assert "~ conduct.clauses[cc-advice].locked [locked, REFUSED: loosens a locked item]: True -> False" in out
    assert "~ records.record_classes[rc-business-comms].retention_years [locked, REFUSED" in out
    assert "~ records.record_classes[rc-retail-comms].retention_years [locked, tightens]: 6 -> 8" in out
    assert "SPOKE-LOCKED-WEAKENED" in err and f"apac.playbook.yaml:{line_of(spoke, 'id: cc-advice') - 2}" in err
    code, out, _ = run(capsys, "diff", spoke, "--format", "json")
    import json

    verdicts = {d["address"]: d["verdict"] for d in json.loads(out)["differences"]}
    assert verdicts["conduct.clauses[cc-advice].locked"] == "refused"
    assert verdicts["records.record_classes[rc-retail-comms].retention_years"] == "tightening"


def test_diff_of_the_example_spokes_exits_clean(capsys: pytest.CaptureFixture[str]) -> None:
    for spoke in sorted(EXAMPLES.glob("*spoke*.playbook.yaml")):
        code, out, err = run(capsys, "diff", spoke)
        assert code == EXIT_OK and "REFUSED" not in out and err == "", spoke.name


# ---------------------------------------------------------------- 7. drift claims


def test_a_spoke_cannot_hide_drift_by_claiming_the_new_hub_version(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    spoke = spoke_of(hub, "apac.playbook.yaml", [change("set", path="privacy.retention_cap_months", value=6)])
    text = hub.read_text(encoding="utf-8")
    hub.write_text(
        text.replace("retention_cap_months: 12", "retention_cap_months: 3").replace(
            "version: 1.3.0", "version: 1.4.0", 1
        ),
        encoding="utf-8",
    )
    claimed = "\n".join(
        line.replace("hub_version: 1.3.0", "hub_version: 1.4.0")
        for line in spoke.read_text(encoding="utf-8").splitlines()
        if "hub_fingerprint:" not in line
    )
    spoke.write_text(claimed + "\n", encoding="utf-8")
    _, out, _ = run(capsys, "validate", spoke)
    assert "SPOKE-HUB-DRIFT" in out and "recorded hub values show the hub moved" in out
    _, out, _ = run(capsys, "diff", spoke, "--against-hub-version")
    assert "privacy.retention_cap_months: hub was 12, is now 3" in out


# ---------------------------------------------------------------- 8. approval of the hub


def test_a_spoke_of_a_hub_changed_since_its_sign_off_is_warned(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    spoke = spoke_of(hub, "apac.playbook.yaml", [])
    assert "SPOKE-HUB-UNAPPROVED" not in run(capsys, "validate", spoke)[1]
    text = hub.read_text(encoding="utf-8")
    hub.write_text(text.replace("retention_cap_months: 12", "retention_cap_months: 10"), encoding="utf-8")
    _, out, _ = run(capsys, "validate", spoke)
    assert "SPOKE-HUB-UNAPPROVED" in out and "changed after Eleanor Harlow approved it" in out


# ---------------------------------------------------------------- 9. Unicode


def test_the_same_words_in_nfc_and_nfd_are_the_same_item(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    term = {"term": "Off-channel communication", "definition": "Business messages on unapproved apps."}
    spoke = spoke_of(
        hub,
        "apac.playbook.yaml",
        [
            change(
                "set",
                path="scope.glossary",
                value=[
                    *[t.model_dump(mode="json") for t in load(hub).scope.glossary],
                    {**term, "term": "Cafe\u0301 rule"},
                    {**term, "term": "Caf\u00e9 rule"},
                ],
            )
        ],
    )
    refused_everywhere(capsys, spoke, "SCHEMA", "Duplicate term")


def test_a_locked_disclosure_written_in_nfd_is_kept_not_loosened(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    accented = "Meridian Securities, LLC. Member FINRA/SIPC. Réglementé."
    hub.write_text(
        hub.read_text(encoding="utf-8").replace(
            "- text: Meridian Securities, LLC. Member FINRA/SIPC.", f"- text: {accented}"
        ),
        encoding="utf-8",
    )
    rule = next(r for r in load(hub).content.rules if any(d.text == accented for d in r.disclosures))
    assert rule.locked
    decomposed = [
        {"text": unicodedata.normalize("NFD", d.text), "placement": d.placement.value} for d in rule.disclosures
    ]
    assert decomposed[0]["text"] != accented
    spoke = spoke_of(
        hub,
        "apac.playbook.yaml",
        [change("modify", target="content.rules", id=rule.id, fields={"disclosures": decomposed})],
    )
    assert "SPOKE-LOCKED-WEAKENED" not in run(capsys, "validate", spoke)[1]


# ---------------------------------------------------------------- 10. invalid documents look invalid


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_an_exported_document_of_a_failing_spoke_says_it_is_not_valid(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path], fmt: str
) -> None:
    spoke = spoke_of(
        hub,
        "apac.playbook.yaml",
        [change("modify", target="records.record_classes", id="rc-business-comms", fields={"retention_years": 2})],
    )
    out = spoke.with_name(f"policy.{fmt}")
    code, _, err = run(capsys, "export", spoke, "--format", fmt, "-o", out)
    assert code == EXIT_FINDINGS
    assert f"apac.playbook.yaml:{line_of(spoke, 'id: rc-business-comms') - 2}: SPOKE-LOCKED-WEAKENED" in err
    text = READERS[fmt](out.read_bytes())
    assert "NOT VALID: Meridian" in text  # the title
    assert re.search(r"NOT VALID: \d+ errors? \(see 'charter validate'\); not in force", text)  # the status
    assert not STATUS_ACTIVE.search(text)


def test_an_exported_document_of_a_valid_spoke_keeps_its_status(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "policy.md"
    code, _, _ = run(
        capsys, "export", EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml", "--format", "md", "-o", out
    )
    assert code == EXIT_OK and "NOT VALID" not in out.read_text(encoding="utf-8")


# ---------------------------------------------------------------- a different hub file


def test_a_spoke_pointed_at_another_playbook_fails(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    spoke = spoke_of(
        hub,
        "apac.playbook.yaml",
        [change("modify", target="records.record_classes", id="rc-business-comms", fields={"retention_years": 2})],
    )
    # a permissive starter beside the spoke, and the spoke's hub path changed to it
    starter = Path(__file__).resolve().parents[2] / "playbooks" / "starters" / "generic.playbook.yaml"
    shutil.copy(starter, spoke.with_name("generic.playbook.yaml"))
    spoke.write_text(
        spoke.read_text(encoding="utf-8").replace(f"hub: {hub.name}", "hub: generic.playbook.yaml"), encoding="utf-8"
    )
    code, out, _ = run(capsys, "validate", spoke)
    assert (
        code == EXIT_FINDINGS
        and f"apac.playbook.yaml:{line_of(spoke, 'hub: generic')}: error SPOKE-HUB-REPLACED" in out
    )
    before = spoke.read_bytes()
    code, _, err = run(capsys, "rebase", spoke)
    assert code == EXIT_FINDINGS and spoke.read_bytes() == before and "not rebased" in err


def test_a_region_is_not_signed_off_on_a_hub_nobody_approved(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    spoke = spoke_of(hub, "apac.playbook.yaml", [])
    # a copy of the hub with a lock taken out: same id, but its sign-offs no longer match
    hub.write_text(
        hub.read_text(encoding="utf-8").replace("    - locked: true\n      id: cc-advice\n", "    - id: cc-advice\n")
    )
    assert not next(c for c in load(hub).conduct.clauses if c.id == "cc-advice").locked
    _, out, _ = run(capsys, "validate", spoke)
    assert "SPOKE-HUB-UNAPPROVED" in out and "SPOKE-HUB-DRIFT" in out
    before = spoke.read_bytes()
    code, _, err = run(capsys, "signoff", spoke, "--approver", "Rita Regional", "--role", "Regional manager")
    assert code == EXIT_FINDINGS and spoke.read_bytes() == before
    assert "not signed off" in err and "changed after Eleanor Harlow approved it" in err
