"""Decision tables and trees (issue 18, construct 4): a hospital's scenario -> authorisation grid and
an air force's response assessment, held as structure and laid out as real tables and nested lists."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
from pydantic import ValidationError

from playbooks.audit.compare import to_html
from playbooks.export import export_document
from playbooks.format.differences import differences
from playbooks.format.model import DecisionTable, DecisionTree, Playbook
from tests.checks.builders import complete_data
from tests.export.readback import document_text

GRID = {
    "id": "who-authorises",
    "title": "Who authorises a post",
    "description": "Find the scenario, then ask the person in the last column.",
    "columns": ["Scenario", "Patient identifiable?", "Authorised by"],
    "rows": [
        ["Photo of a ward event", "Yes", "Communications and the patient (written consent)"],
        ["Clinical fact sheet", "No", "Clinical lead"],
    ],
}
TREE = {
    "id": "respond",
    "title": "Respond to a post about us?",
    "nodes": [
        {"id": "q1", "question": "Is the post a rant or an attack?"},
        {"id": "o1", "parent": "q1", "answer": "Yes", "outcome": "Monitor only; do not respond"},
        {"id": "q2", "parent": "q1", "answer": "No", "question": "Is it misguided?"},
        {"id": "o2", "parent": "q2", "answer": "Yes", "outcome": "Correct the facts, politely"},
        {"id": "o3", "parent": "q2", "answer": "No", "outcome": "Thank and share"},
    ],
}


def decisions(data: dict[str, Any]) -> dict[str, Any]:
    data["content"]["decision_tables"] = [copy.deepcopy(GRID)]
    data["crisis"]["decision_trees"] = [copy.deepcopy(TREE)]
    return data


def test_a_table_with_a_row_being_reshaped_keeps_every_cell() -> None:
    grid = DecisionTable.model_validate({**GRID, "rows": [["Only a scenario"], ["a", "b", "c", "an extra note"]]})
    columns, rows = grid.shape()
    assert columns == ["Scenario", "Patient identifiable?", "Authorised by", ""]
    assert rows == [["Only a scenario", "", "", ""], ["a", "b", "c", "an extra note"]]


@pytest.mark.parametrize(
    ("nodes", "reason"),
    [
        ([{"id": "a", "question": "Q?"}, {"id": "b", "parent": "zz", "answer": "Yes"}], "'zz', which is no step"),
        ([{"id": "a", "question": "Q?"}, {"id": "b", "parent": "a"}], "needs the answer"),
        ([{"id": "a", "parent": "b", "answer": "x"}, {"id": "b", "parent": "a", "answer": "y"}], "lead back"),
    ],
)
def test_a_tree_that_is_no_tree_is_refused(nodes: list[dict[str, Any]], reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        DecisionTree.model_validate({"id": "t", "title": "T", "nodes": nodes})


def test_markdown_has_a_real_table_and_a_nested_list() -> None:
    text = export_document(Playbook.model_validate(decisions(complete_data())), "policy", "md").decode()
    assert "| Scenario | Patient identifiable? | Authorised by |" in text
    assert "| Clinical fact sheet | No | Clinical lead |" in text
    assert "- **Is the post a rant or an attack?**" in text
    assert re.search(r"\n  - Yes: Monitor only; do not respond\n", text)
    assert re.search(r"\n    - Yes: Correct the facts, politely\n", text)


def test_html_nests_the_answers_under_their_question() -> None:
    html = export_document(Playbook.model_validate(decisions(complete_data())), "policy", "html").decode()
    assert re.search(r"<th[^>]*>\s*Authorised by\s*</th>", html)
    nested = re.search(r"Is it misguided\?</strong>\s*<ul>\s*<li>\s*Yes: Correct the facts", html)
    assert nested, "the answers to the second question are not a list inside its item"


@pytest.mark.parametrize("doc", ["policy", "crisis"])
@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_every_format_carries_the_tree(doc: str, fmt: str) -> None:
    text = document_text(Playbook.model_validate(decisions(complete_data())), doc, fmt)
    assert "Respond to a post about us?" in text and "Thank and share" in text
    if doc == "policy":
        assert "Who authorises a post" in text and "Communications and the patient (written consent)" in text


def _chain(depth: int) -> dict[str, Any]:
    """A tree of ``depth`` questions, each answer 'Yes' leading to the next, the last deciding."""
    nodes: list[dict[str, Any]] = [{"id": "s0", "question": "Q0?"}]
    nodes += [{"id": f"s{i}", "parent": f"s{i - 1}", "answer": "Yes", "question": f"Q{i}?"} for i in range(1, depth)]
    nodes.append({"id": "end", "parent": f"s{depth - 1}", "answer": "Yes", "outcome": "The final outcome"})
    return {"id": "deep", "title": "Deep", "nodes": nodes}


@pytest.mark.parametrize("depth", [5, 6, 60, 3000])
@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_every_step_of_a_deep_tree_is_in_the_document(depth: int, fmt: str) -> None:
    # a tree deeper than nine questions lost the rest silently; 3,000 deep ended in an internal error
    data = complete_data()
    data["crisis"]["decision_trees"] = [_chain(depth)]
    text = document_text(Playbook.model_validate(data), "crisis", fmt)
    assert len(set(re.findall(r"Q\d+\?", text))) == depth
    assert "The final outcome" in text


def test_a_deep_tree_says_where_each_answer_leads() -> None:
    data = complete_data()
    data["crisis"]["decision_trees"] = [_chain(60)]
    text = export_document(Playbook.model_validate(data), "crisis", "md").decode()
    assert "1. **Q0?**\n   - Yes: go to step 2\n2. **Q1?**" in text
    assert "60. **Q59?**\n    - Yes: The final outcome" in text


def test_a_tree_forty_thousand_deep_is_checked_in_one_pass() -> None:
    # following every step up to the top took steps x depth: 131 s for this tree; a circle at its
    # foot is still found
    tree = _chain(40_000)
    DecisionTree.model_validate(tree)
    tree["nodes"][0]["parent"], tree["nodes"][0]["answer"] = "s39999", "No"
    with pytest.raises(ValidationError, match="lead back"):
        DecisionTree.model_validate(tree)


def test_a_one_cell_edit_of_a_decision_table_is_that_cell_before_and_after() -> None:
    # the row read as Python list syntax, and one edited cell as a row added and a row removed
    old = Playbook.model_validate(decisions(complete_data()))
    data = decisions(complete_data())
    data["content"]["decision_tables"][0]["rows"][1] = ["Clinical fact sheet", "No", "Anyone"]
    data["content"]["decision_tables"][0]["rows"].append(["Staff award", "No", "Line manager"])
    new = Playbook.model_validate(data)
    found = [d for d in differences(old, new) if d.section == "Content rules"]
    assert [(d.kind, d.label, d.old, d.new) for d in found] == [
        ("changed", "Content rules › Who authorises a post › Rows › Clinical fact sheet › Authorised by",
         "Clinical lead", "Anyone"),
        ("added", "Content rules › Who authorises a post › Rows › Staff award", None,
         ["Staff award", "No", "Line manager"]),
    ]  # fmt: skip
    page = to_html(old, new, found)
    assert "['" not in page and "[&#39;" not in page
    assert "Staff award | No | Line manager" in page


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_a_title_only_table_tree_and_chapter_are_printed(fmt: str) -> None:
    # dropped from the policy and the crisis card: the document did not show what the file holds
    data = complete_data()
    data["content"]["decision_tables"] = [
        {"id": "t1", "title": "Only a title"},
        {"id": "t2", "title": "Headings only", "columns": ["Scenario", "Who approves"]},
    ]
    data["crisis"]["decision_trees"] = [{"id": "d1", "title": "A tree still to draw"}]
    data["crisis"]["chapters"] = [{"title": "A chapter still to write"}]
    pb = Playbook.model_validate(data)
    policy = document_text(pb, "policy", fmt)
    for title in ("Only a title", "Headings only", "Who approves", "A tree still to draw", "A chapter still to write"):
        assert title in policy
    assert "A chapter still to write" in document_text(pb, "crisis", fmt)
