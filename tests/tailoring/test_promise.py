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
from tests.conftest import EXAMPLES, edit_by_hand
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
        capsys,
        region,
        "SPOKE-CHAIN-BROKEN",
        f"wealth.playbook.yaml:{line - 2}: SPOKE-LOCKED-WEAKENED",
        "Conduct rules › No recommendations or advice on social media",  # cc-advice, by its name
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
        ("FINRA-SITE-GATE", {"approval": "none"}, "from Pre review to None"),  # the hub sets pre-review
        ("FINRA-COMM-CLASS", {"retention_years": 1}, None),  # empty in the hub and the preset: any number tightens
        ("FINRA-INTERACTIVE", {"approval": "none"}, "from Post review to None"),
        # the hub leaves the parameters of this locked preset empty: the preset's post-review is the floor
        ("FINRA-SUPERVISION-EVIDENCE", {"approval": "none"}, "from Post review (the preset's own value"),
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
    model = load(hub)
    static = model.regulatory.presets[1]
    assert static.preset == "FINRA-STATIC" and static.locked and not static.spoke_exceptions
    static.spoke_exceptions = True
    hub.write_text(dumps(model), encoding="utf-8")
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
    # the hub changed after its sign-off, in a field it does not lock
    hub.write_text(hub.read_text(encoding="utf-8").replace("retention_cap_months: 12", "retention_cap_months: 10"))
    code, out, _ = run(capsys, "validate", spoke)
    assert code == EXIT_OK and "SPOKE-HUB-UNAPPROVED" in out and "SPOKE-HUB-DRIFT" in out
    before = spoke.read_bytes()
    code, _, err = run(capsys, "signoff", spoke, "--approver", "Rita Regional", "--role", "Regional manager")
    assert code == EXIT_FINDINGS and spoke.read_bytes() == before
    assert "not signed off" in err and "changed after Eleanor Harlow approved it" in err


# ---------------------------------------------------------------- 12. the hub file: a copy with its locks taken out


def unlocked_copy(hub: Path, path: Path, *, sign: bool = False, capsys: Any = None) -> Path:
    """A copy of ``hub`` at ``path`` (same id) with the lock of cc-advice taken out (signed off with
    charter when ``sign``: a forged approval looks like a real one)."""
    model = load(hub)
    [advice] = [clause for clause in model.conduct.clauses if clause.id == "cc-advice"]
    assert advice.locked
    advice.locked = False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(model), encoding="utf-8")
    if sign:
        assert run(capsys, "signoff", path, "--approver", "Eleanor Harlow", "--role", "Executive sponsor")[0] == EXIT_OK
    return path


def point_at(spoke: Path, old: str, new: str) -> None:
    text = spoke.read_text(encoding="utf-8")
    assert f"hub: {old}\n" in text
    spoke.write_text(text.replace(f"hub: {old}\n", f"hub: {new}\n"), encoding="utf-8")


REMOVE_ADVICE = change("remove", target="conduct.clauses", id="cc-advice", rationale="Advice in public is fine here.")


@pytest.mark.parametrize("route", ["beside", "dotdot", "lookalike", "symlink"])
def test_a_copy_of_the_hub_with_a_lock_taken_out_is_an_error_naming_the_hub_file_line_and_item(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path], tmp_path: Path, route: str
) -> None:
    spoke = spoke_of(hub, "apac.playbook.yaml", [])
    if route == "beside":
        copy = unlocked_copy(hub, tmp_path / "hub-copy.playbook.yaml")
        name = copy.name
    elif route == "dotdot":
        copy = unlocked_copy(hub, tmp_path.parent / f"{tmp_path.name}-shared" / hub.name)
        name = f"../{copy.parent.name}/{hub.name}"
    elif route == "lookalike":  # Cyrillic U+04BB for the h of "hub" beside the real hub
        copy = unlocked_copy(hub, tmp_path / f"\u04bb{hub.name[1:]}")
        name = copy.name
    else:  # the hub's own name, a link to a hidden copy
        copy = unlocked_copy(hub, tmp_path / ".cache" / "meridian.playbook.yaml")
        hub.unlink()
        hub.symlink_to(copy)
        name = hub.name
    if name != hub.name:
        point_at(spoke, hub.name, name)
    # the region then drops the clause the copy no longer locks
    edit_by_hand(spoke, lambda data: data["changes"].append(REMOVE_ADVICE))
    copy_line = line_of(copy, "id: cc-advice")
    needle = f"{Path(name).name}:{copy_line}: "  # the hub file as the spoke names it (and its line)
    refused_everywhere(
        capsys,
        spoke,
        "SPOKE-HUB-LOCKS-LOOSENED",
        needle,
        "loosens Locked in spokes of Conduct rules › No recommendations or advice on social media",
    )
    if route == "symlink":
        assert f"a link to {copy}" in run(capsys, "validate", spoke)[1]
    before = spoke.read_bytes()
    code, _, err = run(capsys, "rebase", spoke)
    assert code == EXIT_FINDINGS and spoke.read_bytes() == before and "not rebased: SPOKE-HUB-LOCKS-LOOSENED" in err


def test_a_copy_that_loosens_a_lock_or_rewrites_a_locked_clause_is_an_error(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path], tmp_path: Path
) -> None:
    spoke = spoke_of(hub, "apac.playbook.yaml", [])
    copy = tmp_path / "hub-copy.playbook.yaml"
    copy.write_text(
        hub.read_text(encoding="utf-8")
        .replace("retention_years: 6.0", "retention_years: 1.0", 1)
        .replace("Do not recommend", "Feel free to recommend", 1),
        encoding="utf-8",
    )
    point_at(spoke, hub.name, copy.name)
    code, out, _ = run(capsys, "validate", spoke)
    assert code == EXIT_FINDINGS
    static = line_of(copy, "preset: FINRA-STATIC") + 2
    assert (
        f"hub-copy.playbook.yaml:{static}: the hub file loosens Parameters › Retention (years) of "
        "Regulatory rule set › FINRA-STATIC" in out
    )
    assert "from 6 to 1" in out
    advice = line_of(copy, "id: cc-advice") - 1  # the item starts at its "- locked: true"
    assert (
        f"hub-copy.playbook.yaml:{advice}: the hub file changes Conduct rules › No recommendations or advice on social media, which the hub "
        in out
    )
    assert "in a field with no tighter direction (its wording or the like)" in out


def test_an_approved_change_of_the_hubs_locks_is_the_hubs_decision(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    spoke = spoke_of(hub, "apac.playbook.yaml", [])
    # the compliance officer unlocks cc-advice in the hub itself and signs it off
    unlocked_copy(hub, hub, sign=True, capsys=capsys)
    code, out, _ = run(capsys, "validate", spoke)
    assert code == EXIT_OK and "SPOKE-HUB-LOCKS-LOOSENED" not in out and "SPOKE-HUB-DRIFT" in out
    assert run(capsys, "rebase", spoke)[0] == EXIT_OK
    assert "conduct.clauses[cc-advice]" not in load_spoke(spoke).hub_locks


def test_a_business_unit_on_a_copy_of_the_hub_fails_every_region_below(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path], tmp_path: Path
) -> None:
    bu = spoke_of(hub, "wealth.playbook.yaml", [])
    region = spoke_of(bu, "emea.playbook.yaml", [])
    unlocked_copy(hub, tmp_path / "hub-copy.playbook.yaml")
    point_at(bu, hub.name, "hub-copy.playbook.yaml")
    line = line_of(bu, "hub: hub-copy.playbook.yaml")
    refused_everywhere(capsys, region, "SPOKE-CHAIN-BROKEN", f"wealth.playbook.yaml:{line}: SPOKE-HUB-LOCKS-LOOSENED")


def test_a_spoke_that_does_not_record_its_hub_is_an_error(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path], tmp_path: Path
) -> None:
    spoke = spoke_of(hub, "apac.playbook.yaml", [])
    text = spoke.read_text(encoding="utf-8")
    spoke.write_text("\n".join(t for t in text.splitlines() if "hub_id:" not in t) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "validate", spoke)
    assert code == EXIT_FINDINGS and "SPOKE-HUB-UNRECORDED" in out and "does not record which hub it tailors" in out
    # without the lock record either, a hub that moved (and is not approved) cannot be trusted
    unrecorded = text.split("hub_locks:", 1)[0]
    spoke.write_text(unrecorded, encoding="utf-8")
    unlocked_copy(hub, tmp_path / "hub-copy.playbook.yaml")
    point_at(spoke, hub.name, "hub-copy.playbook.yaml")
    code, out, _ = run(capsys, "validate", spoke)
    assert code == EXIT_FINDINGS and "does not record the hub's locked items" in out
    assert run(capsys, "rebase", spoke)[0] == EXIT_FINDINGS
    # nor when it records nothing at all about the hub (no fingerprint, version or digests either)
    bare = unrecorded.split("hub_items:", 1)[0]
    bare = "\n".join(t for t in bare.splitlines() if "hub_version:" not in t and "hub_fingerprint:" not in t)
    spoke.write_text(bare + "\n", encoding="utf-8")
    point_at(spoke, hub.name, "hub-copy.playbook.yaml")
    code, out, _ = run(capsys, "validate", spoke)
    assert code == EXIT_FINDINGS and "does not record the hub's locked items" in out


def test_a_spoke_whose_hub_is_not_the_sites_hub_is_an_error(
    capsys: pytest.CaptureFixture[str],
    hub: Path,
    spoke_of: Callable[..., Path],
    tmp_path: Path,
    site_configuration: Path,
) -> None:
    from playbooks.io import config

    official = tmp_path / "official" / hub.name
    official.parent.mkdir()
    shutil.copy(hub, official)
    system = site_configuration / "etc" / "charter" / "charter.toml"
    system.parent.mkdir(parents=True, exist_ok=True)
    system.write_text(f'hub = "{official}"\nlocked = ["hub"]\n', encoding="utf-8")
    config.reset()
    # a copy of the hub, signed with charter: the file alone cannot tell it from the hub
    copy = unlocked_copy(hub, tmp_path / "copy" / hub.name, sign=True, capsys=capsys)
    spoke = spoke_of(copy, "copy/apac.playbook.yaml", [])
    code, out, _ = run(capsys, "validate", spoke)
    assert (
        code == EXIT_FINDINGS and "SPOKE-HUB-REPLACED" in out and f"names {official} as the organisation's hub" in out
    )
    good = spoke_of(official, "official/apac.playbook.yaml", [])
    assert run(capsys, "validate", good)[0] == EXIT_OK
    region = spoke_of(good, "official/emea.playbook.yaml", [])  # a chain that leads to the site's hub
    assert run(capsys, "validate", region)[0] == EXIT_OK


# ---------------------------------------------------------------- 13. parameters in the preset's own terms


def test_the_value_that_states_no_requirement_is_refused_on_a_locked_preset(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    spoke = spoke_of(
        hub,
        "apac.playbook.yaml",
        [
            change(
                "modify", target="regulatory.presets", id="FINRA-3RDPARTY", fields={"parameters": {"approval": "none"}}
            )
        ],
    )
    refused_everywhere(capsys, spoke, "SPOKE-LOCKED-WEAKENED", "Regulatory rule set › FINRA-3RDPARTY")


def test_a_retention_of_zero_years_is_refused(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    spoke = spoke_of(hub, "apac.playbook.yaml", [])
    zero = change(
        "modify",
        target="regulatory.presets",
        id="FINRA-COMM-RECORD",
        fields={"parameters": {"retention_years": 0}},
        rationale="Kept only while the post is live.",
    )
    edit_by_hand(spoke, lambda data: data["changes"].append(zero))  # apply_change would refuse it
    refused_everywhere(capsys, spoke, "SCHEMA", "Must be more than 0")


def test_a_retention_cap_raised_below_the_level_that_locked_it_is_refused(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    emea = spoke_of(
        hub,
        "emea.playbook.yaml",
        [
            change(
                "modify",
                target="regulatory.presets",
                id="GDPR-MONITOR",
                fields={"locked": True, "parameters": {"retention_years": 0.5}},
            )
        ],
    )
    assert run(capsys, "signoff", emea, "--approver", "Orla Keane", "--role", "Compliance Director, EMEA")[0] == EXIT_OK
    ireland = spoke_of(
        emea,
        "ireland.playbook.yaml",
        [
            change(
                "modify", target="regulatory.presets", id="GDPR-MONITOR", fields={"parameters": {"retention_years": 10}}
            )
        ],
    )
    refused_everywhere(capsys, ireland, "SPOKE-LOCKED-WEAKENED", "lower is tighter, as the regime caps it")
    _, out, _ = run(capsys, "validate", ireland)
    assert "COMP-RETENTION-SHORT" not in out  # a cap asks for no minimum


def test_a_filing_deadline_after_first_use_cannot_be_pushed_back(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    bu = spoke_of(
        hub,
        "bu.playbook.yaml",
        [change("modify", target="regulatory.presets", id="FINRA-FILING", fields={"locked": True})],
    )
    region = spoke_of(
        bu,
        "region.playbook.yaml",
        [change("modify", target="regulatory.presets", id="FINRA-FILING", fields={"parameters": {"filing_days": 90}})],
    )
    refused_everywhere(
        capsys, region, "SPOKE-LOCKED-WEAKENED", "and Parameters › Filing deadline (days) has no tighter direction"
    )


# ---------------------------------------------------------------- 14. sign-off and resolve follow validate


@pytest.mark.parametrize(
    "weakening",
    [
        change("add", target="regulatory.presets", item={"preset": "FINRA-STAT1C", "parameters": {"approval": "none"}}),
        change(
            "add",
            target="content.rules",
            item={
                "id": "cr-static-2",
                "title": "Profiles (region)",
                "content_class": "static_profile",
                "approval": "none",
            },
        ),
        change(
            "add",
            target="records.record_classes",
            item={"id": "rc-comms-2", "name": "Business communications (region)", "retention_years": 1},
        ),
    ],
    ids=["look-alike preset code", "a second static-profile rule", "a second record class"],
)
def test_what_validate_fails_is_neither_resolved_nor_signed_off(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path], weakening: dict[str, Any]
) -> None:
    spoke = spoke_of(hub, "apac.playbook.yaml", [weakening])
    code, out, _ = run(capsys, "validate", spoke)
    assert code == EXIT_FINDINGS
    first = next(line for line in out.splitlines() if ": error " in line)
    code_name = first.split(": error ", 1)[1].split(":", 1)[0]
    refused_everywhere(capsys, spoke, code_name)
    draft = spoke.with_name("draft.playbook.yaml")
    code, _, err = run(capsys, "resolve", spoke, "-o", draft, "--allow-check-errors")
    assert code == EXIT_FINDINGS and draft.exists() and code_name in err


def test_a_hub_with_an_error_is_not_signed_off_and_its_spokes_see_where(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    loose = {"preset": "FINRA-STATIC", "parameters": {"approval": "none"}}
    edit_by_hand(hub, lambda data: data["regulatory"]["presets"].append(loose))
    before = hub.read_bytes()
    code, _, err = run(capsys, "signoff", hub, "--approver", "Eleanor Harlow", "--role", "Executive sponsor")
    assert code == EXIT_FINDINGS and hub.read_bytes() == before and "DOC-DUPLICATE-KEY" in err
    assert (
        run(capsys, "signoff", hub, "--approver", "Eleanor Harlow", "--role", "Sponsor", "--decision", "rejected")[0]
        == 0
    )
    spoke = spoke_of(hub, "apac.playbook.yaml", [])
    code, out, _ = run(capsys, "validate", spoke)
    duplicate = line_of(hub, "approval: none") - 2
    assert code == EXIT_FINDINGS and f"{hub}:{duplicate}: error DOC-DUPLICATE-KEY" in out
    refused_everywhere(capsys, spoke, "DOC-DUPLICATE-KEY")


# ---------------------------------------------------------------- 15. meaning changed around a lock


def test_the_person_behind_a_locked_contact_keeps_who_they_are(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    vacant = spoke_of(
        hub,
        "apac.playbook.yaml",
        [
            change(
                "modify",
                target="people.people",
                id="thomas-nakamura",
                fields={"name": "Vacant (no regional contact)", "phone": "none"},
            )
        ],
    )
    refused_everywhere(capsys, vacant, "SPOKE-LOCKED-WEAKENED", "People › Thomas Nakamura")
    _, out, _ = run(capsys, "validate", vacant)
    locker = "The hub locks Crisis and escalation › Critical, which names People › Thomas Nakamura"
    assert f"{locker}: a spoke may not change its Name (hub: Thomas Nakamura" in out
    assert f"{locker}: its Phone may be updated, never emptied, but this spoke changes it from" in out
    regional_phone = spoke_of(
        hub,
        "emea.playbook.yaml",
        [change("modify", target="people.people", id="thomas-nakamura", fields={"phone": "+44 20 7946 0000"})],
    )
    assert run(capsys, "validate", regional_phone)[0] == EXIT_OK


def _hub_with_registers(data: Any) -> None:
    """The example hub with an item of each register of its own named by a locked item."""
    data["people"]["roles"] = [
        {"id": "duty-officer", "name": "Communications duty officer", "holders": ["thomas-nakamura"]}
        | {"email": "duty@meridian.example", "phone": "+1 212 555 0100"}
    ]
    data["crisis"]["levels"][0]["contacts"].append({"person": "duty-officer", "acknowledge_minutes": 10})
    data["scope"]["audience_register"] = [
        {"id": "spokespeople", "name": "Certified spokespeople"} | {"counts_as": "employees"}
    ]
    data["content"]["classes"] = [
        {"id": "benchmark-claim", "name": "Benchmark claims", "counts_as": "performance_claim"}
    ]
    data["content"]["rules"].append(
        {"id": "cr-bench", "title": "Benchmark claims", "content_class": "benchmark-claim", "locked": True}
        | {"approval": "templates_only", "audiences": ["spokespeople"]}
    )
    data["channels"]["gates"] = [{"id": "g-logo", "title": "Approved name and logo", "description": "Brand approves."}]
    data["channels"]["accounts"][0] |= {"locked": True, "gates_met": ["g-logo"]}
    data["crisis"]["levels"][0]["locked"] = True


@pytest.mark.parametrize(
    ("target", "key", "fields", "refused"),
    [
        ("people.roles", "duty-officer", {"holders": [], "phone": "", "name": "Nobody in particular"}, "Held by"),
        ("scope.audience_register", "spokespeople", {"counts_as": "official_accounts"}, "Counts as"),
        ("content.classes", "benchmark-claim", {"counts_as": None, "name": "Anything"}, "Counts as"),
        ("channels.gates", "g-logo", {"title": "Nothing", "description": ""}, "What it takes"),
    ],
)
def test_what_a_locked_item_names_in_the_hubs_own_registers_keeps_what_it_is(
    capsys: pytest.CaptureFixture[str],
    hub: Path,
    spoke_of: Callable[..., Path],
    target: str,
    key: str,
    fields: dict[str, Any],
    refused: str,
) -> None:
    # a role contact of a locked level, the audience and class of a locked rule, the gate of a
    # locked channel: protected as a person behind a locked contact is (red team 18/20, F03)
    edit_by_hand(hub, _hub_with_registers)
    spoke = spoke_of(hub, "apac.playbook.yaml", [change("modify", target=target, id=key, fields=fields)])
    code, out, _ = run(capsys, "validate", spoke)
    assert code == EXIT_FINDINGS
    line = line_of(spoke, f"target: {target}") - 1
    assert f"{spoke}:{line}: error SPOKE-LOCKED-WEAKENED: {target}[0]" in out
    assert f"a spoke may not change its {refused}" in out or f"its {refused} may be updated, never emptied" in out
    removed = spoke_of(hub, "emea.playbook.yaml", [change("remove", target=target, id=key)])
    _, out, _ = run(capsys, "validate", removed)
    assert "what a locked item names may not be removed" in out
    assert f"{target}[{key}]" in load_spoke(removed).hub_locks  # recorded: the hub file cannot drop it either


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("channels.freshness_days", 3650, "(lower is tighter); this spoke loosens it from 30 to 3650"),
        ("channels.freshness_days", None, "(lower is tighter); this spoke loosens it from 30 to not stated"),
        ("channels.new_features_off", False, "(on is tighter); this spoke loosens it from Yes to No"),
    ],
)
def test_a_locked_channel_keeps_the_policy_wide_values_it_follows(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path], path: str, value: Any, message: str
) -> None:
    # the locked channel sets no threshold of its own: the policy-wide one is its (red team 18/20, F16)
    def policy_wide(data: Any) -> None:
        data["channels"] |= {"freshness_days": 30, "new_features_off": True}
        data["channels"]["accounts"][0]["locked"] = True
        data["channels"]["accounts"][0].pop("freshness_days", None)

    edit_by_hand(hub, policy_wide)
    spoke = spoke_of(hub, "apac.playbook.yaml", [change("set", path=path, value=value)])
    code, out, _ = run(capsys, "validate", spoke)
    line = line_of(spoke, f"path: {path}") - 1
    assert code == EXIT_FINDINGS
    assert f"{spoke}:{line}: error SPOKE-LOCKED-WEAKENED: {path}: The hub locks Channels and accounts › " in out
    assert message in out
    tighter = spoke_of(hub, "emea.playbook.yaml", [change("set", path="channels.freshness_days", value=7)])
    assert "SPOKE-LOCKED-WEAKENED" not in run(capsys, "validate", tighter)[1]


@pytest.mark.parametrize(
    ("weakening", "refused"),
    [
        (change("modify", target="content.decision_tables", id="dt-auth", fields={"rows": [["Any post", "Anyone"]]}),
         "content.decision_tables[0].rows"),
        (change("remove", target="content.decision_tables", id="dt-auth"), "content.decision_tables[0]"),
        (change("remove", target="crisis.decision_trees", id="tr-respond"), "crisis.decision_trees[0]"),
        (change("remove", target="conduct.disclosures", id="pd-emp"), "conduct.disclosures[0]"),
        (change("modify", target="conduct.disclosures", id="pd-emp", fields={"token": "#Me"}),
         "conduct.disclosures[0].token"),
        (change("modify", target="conduct.disclosures", id="pd-emp", fields={"placement": "link"}),
         "conduct.disclosures[0].placement"),
    ],
)  # fmt: skip
def test_a_hub_locks_its_decision_tables_trees_and_disclosures_on_peoples_own_posts(
    capsys: pytest.CaptureFixture[str],
    hub: Path,
    spoke_of: Callable[..., Path],
    weakening: dict[str, Any],
    refused: str,
) -> None:
    # red team 18/20, F08: a rationale was all a spoke needed to rewrite who authorises a post
    def lock(data: Any) -> None:
        data["content"]["decision_tables"] = [
            {"id": "dt-auth", "title": "Who authorises a post", "columns": ["Scenario", "Authorised by"]}
            | {"rows": [["Client testimonial", "Compliance principal"]], "locked": True}
        ]
        data["crisis"]["decision_trees"] = [
            {"id": "tr-respond", "title": "Respond?", "locked": True, "nodes": [{"id": "n1", "outcome": "Ignore it."}]}
        ]
        data["conduct"]["disclosures"] = [
            {"id": "pd-emp", "token": "#MeridianEmployee", "placement": "inline", "locked": True}
        ]

    edit_by_hand(hub, lock)
    spoke = spoke_of(hub, "apac.playbook.yaml", [weakening])
    code, out, _ = run(capsys, "validate", spoke)
    assert code == EXIT_FINDINGS
    line = line_of(spoke, f"target: {weakening['target']}") - 1
    assert f"{spoke}:{line}: error SPOKE-LOCKED-WEAKENED: {refused}" in out
    tighter = change("modify", target="conduct.disclosures", id="pd-emp", fields={"not_buried": True})
    assert "SPOKE-LOCKED-WEAKENED" not in run(capsys, "validate", spoke_of(hub, "emea.playbook.yaml", [tighter]))[1]


def test_removing_every_lexicon_under_locked_surveillance_fails_at_the_removal(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    spoke = spoke_of(
        hub,
        "apac.playbook.yaml",
        [change("set", path="supervision.lexicons", value=[], rationale="Our volume is too small for lexicons.")],
    )
    line = line_of(spoke, "path: supervision.lexicons") - 1
    refused_everywhere(capsys, spoke, "COMP-SURVEILLANCE-LEXICONS")
    assert f"apac.playbook.yaml:{line}: error COMP-SURVEILLANCE-LEXICONS" in run(capsys, "validate", spoke)[1]
    # and the region cannot waive the check that says so: it is about what the hub locks
    waiver = {"code": "COMP-SURVEILLANCE-LEXICONS", "reason": "Manual review instead.", "approver": "Rita Regional"}
    save_spoke(
        apply_change(load_spoke(spoke), CHANGE.validate_python(change("add", target="waivers", item=waiver))), spoke
    )
    code, out, _ = run(capsys, "validate", spoke)
    assert code == EXIT_FINDINGS and "the hub locks content.rules[cr-interactive-replies]: a spoke's waiver" in out


# ---------------------------------------------------------------- 16. one reading of a spoke


@pytest.mark.parametrize("spelling", ["cr-only", "escaped key"])
def test_every_command_reads_a_spoke_as_a_spoke_however_it_is_written(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path], spelling: str
) -> None:
    spoke = spoke_of(hub, "apac.playbook.yaml", [])
    region = spoke_of(spoke, "region.playbook.yaml", [])
    save_spoke(apply_change(load_spoke(spoke), CHANGE.validate_python(REMOVE_ADVICE)), spoke)
    text = spoke.read_text(encoding="utf-8")
    if spelling == "cr-only":
        spoke.write_bytes(text.replace("\n", "\r").encode("utf-8"))
    else:
        spoke.write_text(text.replace("spoke:\n", '"spo\\u006Be":\n', 1), encoding="utf-8")
    refused_everywhere(
        capsys, spoke, "SPOKE-LOCKED-WEAKENED", "Conduct rules › No recommendations or advice on social media"
    )
    # as a level of a chain, too: the region below inherits the error, never "not a usable playbook"
    _, out, _ = run(capsys, "validate", region)
    assert "SPOKE-CHAIN-BROKEN" in out and "SPOKE-LOCKED-WEAKENED" in out and "required field" not in out


# ---------------------------------------------------------------- 17. no false alarms


def test_legitimate_tightenings_of_locked_items_are_accepted(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    contacts = [c.model_dump(mode="json", exclude_none=True) for c in load(hub).crisis.levels[0].contacts]
    contacts[0]["acknowledge_minutes"] = 5
    spoke = spoke_of(
        hub,
        "apac.playbook.yaml",
        [
            change("modify", target="conduct.clauses", id="cc-client-info", fields={"labour_review": "reviewed"}),
            change("modify", target="crisis.levels", id="sev-1", fields={"contacts": contacts}),
        ],
    )
    code, out, _ = run(capsys, "validate", spoke)
    assert code == EXIT_OK, out


def test_a_finding_caused_by_a_spoke_change_points_at_that_change(
    capsys: pytest.CaptureFixture[str], hub: Path, spoke_of: Callable[..., Path]
) -> None:
    spoke = spoke_of(
        hub,
        "apac.playbook.yaml",
        [
            change(
                "modify",
                target="regulatory.presets",
                id="FINRA-INTERACTIVE",
                fields={"parameters": {"retention_years": 7}},
            )
        ],
    )
    _, out, _ = run(capsys, "validate", spoke)
    line = line_of(spoke, "id: FINRA-INTERACTIVE") - 2
    retention = [t for t in out.splitlines() if "COMP-RETENTION-SHORT" in t]
    assert retention and all(f"apac.playbook.yaml:{line}: error COMP-RETENTION-SHORT" in t for t in retention)
