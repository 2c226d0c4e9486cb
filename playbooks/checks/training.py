"""Channel readiness: who may speak for the firm, and whether their certification is current."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from playbooks.checks import check
from playbooks.checks.channels import certification_current
from playbooks.checks.context import context
from playbooks.format.enums import QualificationMode, Role, Severity, label
from playbooks.format.findings import Issue
from playbooks.format.language import gettext as _
from playbooks.format.language import in_sentence

if TYPE_CHECKING:
    from playbooks.format.model import Playbook

_GATED_ROLES = (Role.SPOKESPERSON, Role.ACCOUNT_OWNER)


@check(
    "TRAIN-PREREQ",
    Severity.WARNING,
    "channels",
    "Spokesperson or account-owner role without a qualification criterion",
    "Speaking for the firm is not an intern's job (the 2009 panel); Intel and Coca-Cola train and certify "
    "practitioners before they speak for the company, and FINRA Regulatory Notice 11-39 and Rule 3110.06 "
    "expect trained staff. The panel debated certification against proven experience, so the playbook may "
    "choose either; but a spokesperson or account-owner role needs one of them.",
    sources=(
        "Why social media fails, Web 2.0 Expo panel (2009)",
        "FINRA Regulatory Notice 11-39",
        "FINRA Rule 3110.06",
        "Intel and Coca-Cola social media certification programmes",
    ),
)
def prereq(playbook: Playbook) -> Iterator[Issue]:
    """TRAIN-PREREQ: Spokesperson or account-owner role without a qualification criterion."""
    training = playbook.training
    held = {role for person in playbook.people.people for role in person.roles}
    if any(c.owner for c in playbook.channels.accounts):
        held.add(Role.ACCOUNT_OWNER)
    covered = {role for module in training.modules for role in module.roles}
    experience = (
        training.qualification_mode is not QualificationMode.CERTIFICATION
        and training.minimum_experience_years is not None
    )
    for role in _GATED_ROLES:
        if role in held and role not in covered and not experience:
            yield Issue(
                "training.modules",
                (
                    _(
                        "Add a training module for the role %(role)s in Training and attestation > Modules, or set "
                        "a minimum experience."
                    )
                    if training.qualification_mode is not QualificationMode.CERTIFICATION
                    else _("Add a training module for the role %(role)s in Training and attestation > Modules.")
                )
                % {"role": in_sentence(label(role))},
            )


@check(
    "TRAIN-EXPIRED",
    Severity.WARNING,
    "channels",
    "Required certification lapsed",
    "Certification before account access (Intel, Coca-Cola, the US Army's annual recertification) only "
    "protects the firm while it is current; FINRA Rule 3110.06 requires documented training when relying on "
    "risk-based review. A required certification whose validity has passed must be renewed.",
    sources=(
        "FINRA Rule 3110.06",
        "US Army annual social media recertification",
        "Intel and Coca-Cola social media certification programmes",
    ),
)
def expired(playbook: Playbook) -> Iterator[Issue]:
    """TRAIN-EXPIRED: Required certification lapsed."""
    ctx = context(playbook)
    modules = {m.id: m for m in playbook.training.modules}
    owned: dict[str, set[str]] = {}
    for channel in playbook.channels.accounts:
        if channel.owner:
            owned.setdefault(channel.owner, set()).update(channel.training)
    for i, person in enumerate(playbook.people.people):
        for j, cert in enumerate(person.certifications):
            module = modules.get(cert.training)
            if module is None:
                continue
            required = (
                module.required_for_access
                or bool(set(module.roles).intersection(person.roles))
                or module.id in owned.get(person.id, ())
            )
            if required and not certification_current(cert, module.validity_months, ctx.today):
                yield Issue(
                    f"people.people[{i}].certifications[{j}].expires",
                    _(
                        "The certification of %(person)s in %(module)s has lapsed: renew it and record the new "
                        "dates in People."
                    )
                    % {"person": person.name, "module": module.title},
                )
