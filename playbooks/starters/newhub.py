"""A new hub with its spokes, as the new-playbook wizard makes them.

The wizard asks for a starter, a title, the governance model, the owner, the executive champion,
the regions, the roles (offices and committees the policy names) and the organisation's own
audiences; :func:`create_hub_and_spokes` writes the hub and one spoke file per region, validated,
never over an existing file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from playbooks.format.enums import Audience, Function, GovernanceModel, Role, SpokeKind
from playbooks.format.model import AudienceDefinition, Champion, OrgRole, Person, Playbook, Spoke
from playbooks.io import storage
from playbooks.tailoring import (
    dumps_spoke,
    new_spoke,
)

#: Suffix of every playbook file (hub or spoke).
EXTENSION = storage.EXTENSION


def slug(text: str, fallback: str = "item") -> str:
    """A lower-case id made of letters, digits and dashes (``"EMEA & UK"`` -> ``"emea-uk"``)."""
    value = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return value[:48].strip("-") or fallback


# ---------------------------------------------------------------- new hub with spokes


@dataclass(frozen=True)
class NewAudience:
    """An audience of the organisation's own (``Registered representatives``), and the built-in
    audience it is a kind of, whose checks then bind it (None: a group of its own)."""

    name: str
    counts_as: Audience | None = None


@dataclass(frozen=True)
class NewHubPlan:
    """What the new-playbook wizard asks for."""

    starter: Playbook
    title: str
    model: GovernanceModel
    owner: str
    champion: str
    regions: list[str] = field(default_factory=list)
    stem: str = ""
    roles: list[str] = field(default_factory=list)
    audiences: list[NewAudience] = field(default_factory=list)

    def file_stem(self) -> str:
        return self.stem or slug(self.title, "playbook")


def _person(playbook_people: list[Person], name: str, function: Function, roles: list[Role], prefix: str) -> str:
    """The id of the person called ``name`` (added when missing)."""
    for person in playbook_people:
        if person.name.casefold().strip() == name.casefold().strip():
            return person.id
    candidate = _unique_id(f"{prefix}-{slug(name, 'person')}"[:60], {p.id for p in playbook_people})
    playbook_people.append(Person(id=candidate, name=name.strip(), function=function, roles=roles))
    return candidate


def _unique_id(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _names(values: list[str], what: str) -> list[str]:
    """``values`` stripped, without empty lines; ValueError (one line) for a name given twice."""
    names = [v.strip() for v in values if v.strip()]
    folded = [n.casefold() for n in names]
    twice = next((n for n, f in zip(names, folded, strict=True) if folded.count(f) > 1), None)
    if twice is not None:
        raise ValueError(f"the {what} '{twice}' is given twice; give it once")
    return names


def _add_roles(roles: list[OrgRole], names: list[str], taken: set[str]) -> list[OrgRole]:
    """``roles`` with a role for each of ``names`` it lacks (the starter's own roles are kept)."""
    have = {r.name.casefold() for r in roles}
    added = [
        OrgRole(id=_unique_id(f"r-{slug(name, 'role')}"[:60], taken), name=name)
        for name in names
        if name.casefold() not in have
    ]
    return [*roles, *added]


def _add_audiences(
    register: list[AudienceDefinition], wanted: list[NewAudience]
) -> tuple[list[AudienceDefinition], list[str]]:
    """The audience register with ``wanted`` added (by name: one the starter defines is reused),
    and the ids of ``wanted``, for the policy's scope."""
    by_name = {a.name.casefold(): a.id for a in register}
    taken = {a.id for a in register} | {a.value for a in Audience}
    out, ids = list(register), []
    for audience in wanted:
        known = by_name.get(audience.name.strip().casefold())
        if known is None:
            known = _unique_id(slug(audience.name, "audience"), taken)
            out.append(AudienceDefinition(id=known, name=audience.name.strip(), counts_as=audience.counts_as))
            by_name[audience.name.strip().casefold()] = known
        ids.append(known)
    return out, ids


def spoke_file_name(stem: str, region: str) -> str:
    return f"{stem}-{slug(region, 'spoke')}{EXTENSION}"


def build_hub(plan: NewHubPlan) -> Playbook:
    """The hub playbook of ``plan``: the starter with title, model, owner, champion and spokes.

    Raises ValueError (one line) for a plan that cannot make a valid playbook.
    """
    if not plan.title.strip():
        raise ValueError("the playbook needs a title")
    if not plan.owner.strip():
        raise ValueError("the playbook needs an owner (the person accountable for it)")
    regions = [r.strip() for r in plan.regions if r.strip()]
    slugs = [slug(r, "spoke") for r in regions]
    if len(set(slugs)) != len(slugs):
        raise ValueError("two regions have the same name once written as a file name; rename one")
    role_names = _names(plan.roles, "role")
    _names([a.name for a in plan.audiences], "audience")  # refuses one given twice
    audiences = [a for a in plan.audiences if a.name.strip()]
    data = plan.starter.model_copy(deep=True)
    people = list(data.people.people)
    owner_id = _person(people, plan.owner, Function.COMPLIANCE, [Role.HUB_MEMBER], "p")
    champions = list(data.people.champions)
    if plan.champion.strip():
        champion_id = _person(people, plan.champion, Function.EXECUTIVE, [], "p")
        if all(c.person != champion_id for c in champions):
            champions.append(Champion(person=champion_id))
    stem = plan.file_stem()
    spokes = [
        Spoke(id=f"s-{s}", name=r, kind=SpokeKind.REGION, file=spoke_file_name(stem, r))
        for r, s in zip(regions, slugs, strict=True)
    ]
    taken = {p.id for p in people} | {r.id for r in data.people.roles}
    roles = _add_roles(list(data.people.roles), role_names, taken)
    register, audience_ids = _add_audiences(list(data.scope.audience_register), audiences)
    in_scope = list(data.scope.audiences)
    in_scope += [a for a in audience_ids if a not in in_scope]
    members = list(data.governance.hub.members)
    if owner_id not in members:
        members.append(owner_id)
    raw = data.model_dump(mode="json")
    raw["document"].update(
        {"id": slug(plan.title, "playbook"), "title": plan.title.strip(), "owner": owner_id, "sign_offs": []}
    )
    raw["people"]["people"] = [p.model_dump(mode="json") for p in people]
    raw["people"]["champions"] = [c.model_dump(mode="json") for c in champions]
    raw["people"]["roles"] = [r.model_dump(mode="json") for r in roles]
    raw["scope"]["audience_register"] = [a.model_dump(mode="json") for a in register]
    raw["scope"]["audiences"] = [str(a) for a in in_scope]
    raw["governance"]["model"] = plan.model.value
    if regions:  # otherwise the starter's own value (or none): never a count nobody gave
        raw["governance"]["units"] = len(regions)
    raw["governance"]["hub"]["members"] = members
    raw["governance"]["spokes"] = [s.model_dump(mode="json") for s in spokes]
    try:
        return Playbook.model_validate(raw)
    except ValueError as exc:
        raise ValueError(f"the new playbook is not valid: {str(exc).splitlines()[0]}") from None


def create_hub_and_spokes(plan: NewHubPlan, folder: str | Path) -> tuple[Path, list[Path]]:
    """Write the hub and one spoke per region into ``folder``; returns their paths.

    Never overwrites: raises ValueError when a file already exists. Files are written
    atomically; if a spoke cannot be written the files already written are removed again.
    """
    target = Path(folder)
    if not target.is_dir():
        raise ValueError(f"{target}: the folder does not exist")
    hub = build_hub(plan)
    hub_path = target / f"{plan.file_stem()}{EXTENSION}"
    spoke_paths = [target / s.file for s in hub.governance.spokes]
    existing = [p for p in (hub_path, *spoke_paths) if p.exists()]
    if existing:
        raise ValueError(f"{existing[0]} already exists; choose another folder or file name")
    written: list[Path] = []
    try:
        # new files: a name taken meanwhile (or a link planted there) is refused, never written through
        storage.write_output(hub_path, storage.dumps(hub).encode("utf-8"), playbook=True)
        written.append(hub_path)
        for spoke, path in zip(hub.governance.spokes, spoke_paths, strict=True):
            content = dumps_spoke(new_spoke(hub_path, spoke.name, path)).encode("utf-8")
            storage.write_output(path, content, playbook=True)
            written.append(path)
    except (ValueError, OSError, storage.PlaybookSaveError) as exc:
        for path in written:
            path.unlink(missing_ok=True)
            path.with_name(path.name + ".bak").unlink(missing_ok=True)
        raise ValueError(f"the files could not be written: {exc}") from None
    return hub_path, spoke_paths
