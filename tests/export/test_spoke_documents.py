"""A spoke's documents speak of the spoke as its hub calls it and name the spoke's owner
(attacks 09 and 11 on issue 17)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import docx

from playbooks.export import export_document
from playbooks.export.source import load_source
from tests.conftest import EXAMPLES

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"
EMEA = EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml"

BRAND_SPOKE = """schema_version: 1
spoke:
  region: Acme
  hub: meridian-securities-hub.playbook.yaml
changes:
  - action: add
    target: scope.glossary
    item:
      term: U.S. person
      definition: As in *Rule 902(k)* of Regulation S.
    rationale: Acme sells to U.S. persons only.
"""


def _addendum(folder: Path, hub_text: str) -> str:
    (folder / HUB.name).write_text(hub_text, encoding="utf-8")
    spoke = folder / "acme.playbook.yaml"
    spoke.write_text(BRAND_SPOKE, encoding="utf-8")
    source = load_source(spoke)
    return export_document(source.playbook, "addendum", "md", extra=source.extra).decode()


def test_a_spoke_the_hub_does_not_list_is_a_spoke_not_a_region(tmp_path: Path) -> None:
    md = _addendum(tmp_path, HUB.read_text(encoding="utf-8"))
    assert md.startswith("# Spoke Addendum")
    assert "this spoke's playbook differs" in md and "**In this spoke:** U.S. person" in md
    assert "region" not in md.lower()
    # an added item shows what it says, not only its name
    assert "- **Term:** U.S. person\n- **Definition:** As in Rule 902(k) of Regulation S.\n" in md


def test_a_brand_spoke_is_called_a_brand(tmp_path: Path) -> None:
    hub = HUB.read_text(encoding="utf-8").replace(
        "  spokes:\n",
        "  spokes:\n    - id: acme\n      name: Acme\n      kind: brand\n      file: acme.playbook.yaml\n",
        1,
    )
    md = _addendum(tmp_path, hub)
    assert md.startswith("# Brand Addendum")
    assert "this brand's playbook differs" in md and "**In this brand:** U.S. person" in md


def test_the_spokes_documents_name_the_spokes_owner(tmp_path: Path) -> None:
    for path in (HUB, EMEA):
        shutil.copy(path, tmp_path / path.name)
    source = load_source(tmp_path / EMEA.name)
    owner = "Hannah Fischer, Head of Communications, EMEA"  # spoke.owner in the EMEA file
    md = export_document(source.playbook, "policy", "md", extra=source.extra).decode()
    assert f"- **Owner:** {owner}\n" in md and "Margaret Reyes, Chief Compliance Officer" not in md.split("## 1")[0]
    word = docx.Document(io.BytesIO(export_document(source.playbook, "policy", "docx", extra=source.extra)))
    assert word.core_properties.author == "Hannah Fischer"  # the person the owner line names
    hub = load_source(HUB)
    hub_md = export_document(hub.playbook, "policy", "md", extra=hub.extra).decode()
    assert "- **Owner:** Margaret Reyes" in hub_md  # the hub's own documents are unchanged
