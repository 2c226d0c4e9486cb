"""Starter playbooks: the first version of a new playbook, per industry and regime.

Each starter is a data file ``<name>.playbook.yaml`` beside this module. A starter is a
valid playbook whose governance findings are exactly the gaps a new user must fill in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model costs ~0.3 s to import; the editor's welcome page only needs STARTERS
    from playbooks.format.model import Playbook
    from playbooks.io.config import SiteConfig

#: name -> one-line description, in the order they are offered.
STARTERS: dict[str, str] = {
    "generic": "Any industry: the governance skeleton with no regulatory presets.",
    "finra-broker-dealer": "US broker-dealer: FINRA 2210/3110, SEC 17a-4 recordkeeping, FTC endorsements.",
    "sec-investment-adviser": "US investment adviser: SEC Marketing Rule (testimonials, ratings), Rule 204-2 records.",
    "us-bank-ffiec": "US bank or credit union: FFIEC social media risk programme, FTC endorsements and reviews.",
    "uk-fca-firm": "UK FCA-authorised firm: financial promotions (FG24/1, s21 FSMA), UK GDPR monitoring.",
    "healthcare-hipaa": "US healthcare provider: HIPAA (no PHI, patient authorizations), FTC endorsements.",
    "pharma-fda": "Pharmaceuticals and devices: FDA risk information per message, Form 2253, misinformation.",
    "insurance-naic": "US insurer: NAIC advertising guidance, home-office approval, state retention.",
}


#: name -> how the starter is named to people (acronyms as regulators write them). The welcome
#: page, the new-playbook wizard, File > New and 'charter presets' all use these names.
STARTER_TITLES: dict[str, str] = {
    "generic": "Generic (any industry)",
    "finra-broker-dealer": "FINRA broker-dealer",
    "sec-investment-adviser": "SEC investment adviser",
    "us-bank-ffiec": "US bank (FFIEC)",
    "uk-fca-firm": "UK FCA-authorised firm",
    "healthcare-hipaa": "Healthcare (HIPAA)",
    "pharma-fda": "Pharmaceuticals (FDA)",
    "insurance-naic": "Insurance (NAIC)",
}


def starter_title(name: str) -> str:
    """The human name of starter ``name`` (its file name, readable, for one without a title)."""
    return STARTER_TITLES.get(name) or name.replace("-", " ").capitalize()


def starter_path(name: str) -> Path:
    from importlib import resources  # here, not at the top: the welcome page needs only STARTERS

    return Path(str(resources.files(__package__).joinpath(f"{name}.playbook.yaml")))


def load_starter(name: str) -> Playbook:
    """The starter playbook called ``name``; KeyError lists the valid names."""
    if name not in STARTERS:
        raise KeyError(f"unknown starter '{name}'; choose one of: {', '.join(STARTERS)}")
    from playbooks.io.storage import playbook_from_text

    path = starter_path(name)
    return playbook_from_text(str(path), path.read_text(encoding="utf-8"))


#: The starter of a new playbook when neither the user nor the site configuration names one.
DEFAULT_STARTER = "generic"


def site_starter(site: SiteConfig) -> tuple[str, str | None]:
    """The starter a new playbook starts from when none is named: the site configuration's
    ``starter`` when Charter has it; otherwise :data:`DEFAULT_STARTER` and the problem, one line."""
    name = site.starter
    if name in STARTERS:
        return name, None
    why = f"unknown starter '{name}' (Charter has: {', '.join(STARTERS)}); using '{DEFAULT_STARTER}'"
    return DEFAULT_STARTER, site.problem("starter", why)
