"""What each exported document says: the outline of every document kind, from a playbook.

The wording here is the policy's voice (complete sentences where staff read them, tables
where examiners compare). Formats (HTML, Markdown, Word, PDF, CSV) only lay it out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from playbooks.checks.compliance import presets_with_standard
from playbooks.export.outline import (
    Block,
    Outline,
    date,
    defs,
    facts,
    items,
    joined,
    labels,
    lbl,
    library_text,
    note,
    number,
    para,
    percent,
    rich,
    table,
    text,
    within,
    yes_no,
)
from playbooks.export.richtext import escape_markdown
from playbooks.format.enums import (
    ApprovalMode,
    Audience,
    ChannelState,
    ClauseKind,
    ConductTopic,
    FilingDays,
    Function,
    QualificationMode,
    Role,
    StorageMode,
)
from playbooks.format.findings import Finding
from playbooks.format.identity import Names, item_name
from playbooks.format.language import N_, in_sentence, ngettext
from playbooks.format.language import gettext as _
from playbooks.format.model import (
    AudienceDefinition,
    Channel,
    Channels,
    Clause,
    ContentClassDefinition,
    ContentRule,
    CrisisChapter,
    DecisionNode,
    DecisionTable,
    DecisionTree,
    Edition,
    Gate,
    OrgRole,
    Person,
    PersonalDisclosure,
    Playbook,
    SignOff,
)
from playbooks.io.storage import matches
from playbooks.presets import get_preset


class People:
    """Names for the ids a playbook uses to refer to people."""

    def __init__(self, playbook: Playbook) -> None:
        self.by_id = {p.id: p for p in playbook.people.people}
        self.roles = {r.id: r for r in playbook.people.roles}
        self._names = Names(playbook)

    def said(self, kind: str, values: list[Any]) -> str:
        """Values of an open vocabulary (``audiences``, ``content_classes``) by the names the
        policy gives them, comma separated."""
        return joined(self._names.ref(kind, v) for v in values)

    def name(self, pid: str | None) -> str:
        """The name of the person or role, as everywhere in Charter (the id itself if unknown, '' for none)."""
        return self._names.ref("parties", pid) if pid else ""

    def names(self, pids: list[str]) -> str:
        """Names, comma separated."""
        return joined(self.name(p) for p in pids)

    def who(self, pid: str | None) -> str:
        """Name and job title: 'Dana Reyes, Chief Compliance Officer'."""
        return self._describe(pid, lambda p: f"{p.name}, {p.title}" if isinstance(p, Person) and p.title else p.name)

    def contact(self, pid: str | None) -> str:
        """Name with phone (or email): for crisis cards."""

        def with_reach(person: Person | OrgRole) -> str:
            reach = person.phone or person.email
            return f"{person.name} ({reach})" if reach else person.name

        return self._describe(pid, with_reach)

    def signed_as(self, s: SignOff) -> str:
        """The role a sign-off was given in: the role as signed, and the playbook's person or role
        it was signed as when that says more ('Member, for the Advertising Review Unit')."""
        # a party the playbook no longer has: the name and role as signed say who it was
        party = self.name(s.by) if s.by in self.by_id or s.by in self.roles else ""
        if not party or party.casefold() in (s.approver.casefold(), s.role.casefold()):
            return s.role
        return _("{role}, for {party}").format(role=s.role, party=party)

    def _describe(self, pid: str | None, describe: Callable[[Person | OrgRole], str]) -> str:
        # the id itself for someone the playbook does not list, '' for no one
        if not pid:
            return ""
        party = self.by_id.get(pid) or self.roles.get(pid)
        return pid if party is None else describe(party)


def work_rules(clauses: list[Clause]) -> tuple[list[Clause], list[Clause]]:
    """The clauses that bind people, and the organisation's own commitments (printed as such, not
    among the rules for everyone in scope)."""
    return (
        [c for c in clauses if c.kind is not ClauseKind.COMMITMENT],
        [c for c in clauses if c.kind is ClauseKind.COMMITMENT],
    )


def commitment_blocks(commitments: list[Clause]) -> list[list[Block]]:
    """What the organisation commits itself to, each under its title."""
    if not commitments:
        return []
    out: list[list[Block]] = [para(_("The organisation commits itself to the following."))]
    for cl in commitments:
        out += _titled(cl.title, [text(cl.wording), items(cl.examples, title=_("For example"))])
    return out


def personal_disclosure_blocks(disclosures: list[PersonalDisclosure], people: People) -> list[list[Block]]:
    """The tokens people put on their own posts: the short form, where it goes, and who must."""
    rows = []
    for d in disclosures:
        where = [
            lbl(d.placement),
            _("in the post, not only in the bio") if d.in_post_not_only_bio else "",
            _("not buried among other hashtags") if d.not_buried else "",
        ]
        rows.append([d.token, d.short_form, joined(where), people.said("audiences", d.audiences)])
    return [table([_("Disclosure"), _("Short form"), _("Placement"), _("Who must use it")], rows, [22, 16, 36, 26])]


def crisis_chapter_blocks(chapter: CrisisChapter, people: People) -> list[list[Block]]:
    """A crisis chapter: its text, and whom to call when the policy names someone."""
    return [text(chapter.text), facts([(_("Call"), people.contact(chapter.contact))])]


def decision_table_blocks(grid: DecisionTable) -> list[list[Block]]:
    """A decision table as a real table, under how to read it."""
    columns, rows = grid.shape()
    # a table whose rows are still to be written shows its headings: what the file holds
    return [text(grid.description), table(columns, rows, keep_header=True)]


#: A tree at most this many questions deep is set as nested lists, each answer indented under its
#: question; a deeper one as numbered steps, each answer saying which step it leads to. Nesting
#: deeper than this runs off the page (and past the Markdown renderer's nesting limit, which
#: silently drops the rest).
NESTED_TREE_DEPTH = 6


def decision_tree_blocks(tree: DecisionTree) -> list[list[Block]]:
    """A decision tree, every step of it: as nested lists (each answer under its question,
    leading to the next question or an outcome) or, deeper than :data:`NESTED_TREE_DEPTH`, as
    numbered steps. Written as Markdown so that every format lays it out with the same renderer
    as the policy's own long text; walked without recursion, as a tree may be thousands deep."""
    children: dict[str | None, list[DecisionNode]] = {}
    for node in tree.nodes:
        children.setdefault(node.parent, []).append(node)
    # each step once, in reading order (a question, then what its answers lead to)
    order: list[tuple[DecisionNode, int]] = []
    seen: set[int] = set()
    stack = [(node, 0) for node in reversed(children.get(None, []))]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        order.append((node, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(node.id, [])))

    def said(node: DecisionNode, answer: bool = True) -> str:
        parts = [
            f"{escape_markdown(node.answer)}:" if answer and node.answer else "",
            f"**{escape_markdown(node.question)}**" if node.question else "",
            escape_markdown(node.outcome),
        ]
        return " ".join(part for part in parts if part)

    if max((depth for _node, depth in order), default=0) < NESTED_TREE_DEPTH:
        lines = ["  " * depth + "- " + said(node) for node, depth in order]
        return [text(tree.description), text("\n".join(lines))]
    # numbered steps: every first question and every step that leads on has a number
    steps = [node for node, depth in order if depth == 0 or children.get(node.id)]
    number = {id(node): k for k, node in enumerate(steps, 1)}
    lines = []
    for k, node in enumerate(steps, 1):
        marker = f"{k}."
        lines.append(f"{marker} {said(node, answer=False)}")
        for child in children.get(node.id, []):
            if id(child) in number:
                leads = _("go to step {number}").format(number=number[id(child)])
                lines.append(f"{' ' * (len(marker) + 1)}- {escape_markdown(child.answer)}: {leads}")
            else:
                lines.append(f"{' ' * (len(marker) + 1)}- {said(child)}")
    return [text(tree.description), text("\n".join(lines))]


def role_blocks(roles: list[OrgRole], people: People) -> list[list[Block]]:
    """The offices, committees and teams the policy names: who holds each and how to reach it."""
    return [
        table(
            [_("Role"), _("Remit"), _("Held by"), _("Contact")],
            [[r.name, rich(r.description), people.names(r.holders), joined([r.email, r.phone])] for r in roles],
            [22, 38, 22, 18],
        )
    ]


def edition_blocks(editions: list[Edition]) -> list[list[Block]]:
    """The editions of the policy, oldest first: label, date (as precise as the policy gives it),
    the title it bore and what it changed."""
    return [
        table(
            [_("Edition"), _("Date"), _("Title"), _("What changed")],
            [[e.label, date(e.date), e.title, e.note] for e in editions],
            [20, 18, 32, 30],
        )
    ]


def approved_content(sign_off: SignOff, pb: Playbook, fp: str) -> str:
    """What a sign-off approved, against the content now: 'This content' or 'Changed since approval'."""
    return _("This content") if matches(sign_off.fingerprint, pb, sign_off.scheme, fp) else _("Changed since approval")


def _approval(rule: ContentRule) -> str:
    if rule.approval is ApprovalMode.PRE_REVIEW:
        return _("Approved before publication")
    if rule.approval is ApprovalMode.TEMPLATES_ONLY:
        return _("Only pre-approved templates may be published")
    if rule.approval is ApprovalMode.POST_REVIEW:
        if rule.sampling_rate is not None:
            return _("Reviewed after publication, %(rate)s sampled") % {"rate": percent(rule.sampling_rate)}
        return _("Reviewed after publication")
    if rule.approval is ApprovalMode.NONE:
        return _("No approval required")
    return ""  # the rule does not say


# ---------------------------------------------------------------- the policy


def policy(pb: Playbook, extra: dict[str, Any]) -> list[dict[str, Any]]:
    """The full playbook: every section, prose and tables."""
    people = People(pb)
    channels = {c.id: c for c in pb.channels.accounts}
    objectives = {o.id: o for o in pb.objectives.items}
    trainings = {t.id: t for t in pb.training.modules}
    out = Outline()
    doc = pb.document

    # 1. Document control
    s = out.section(_("Document control"))
    s.add(
        facts(
            [
                (_("Playbook id"), doc.id),
                (_("Version"), doc.version or ""),
                (_("Edition"), doc.edition),
                (_("Lifecycle status"), extra.get("validity") or lbl(doc.status)),
                (_("Effective date"), date(doc.effective_date)),
                (_("Review cadence"), every(doc.review_cadence_months, "month")),
                (_("Next review"), date(doc.next_review_date)),
                (_("Owner"), people.who(doc.owner)),
                (_("Authors"), people.names(doc.authors)),
                (_("Confidentiality"), lbl(doc.confidentiality)),
                (_("Distribution"), people.said("audiences", doc.audiences)),
                (_("Supersedes"), doc.supersedes),
            ]
        )
    )
    if doc.early_review_triggers:
        s.sub(
            _("Early-review triggers"),
            para(_("The playbook is reviewed before its scheduled date when:")),
            items(doc.early_review_triggers),
        )
    s.sub(_("Edition history"), *edition_blocks(doc.editions))
    s.sub(
        _("Change log"),
        table(
            [_("Version"), _("Date"), _("Author"), _("What changed"), _("Why"), _("Material")],
            # long text in a cell is reflowed (its source line wraps are not line breaks)
            [
                [
                    c.version,
                    date(c.date),
                    joined([people.name(c.by), c.author]),
                    rich(c.what),
                    rich(c.why),
                    yes_no(c.material),
                ]
                for c in doc.change_log
            ],
            [9, 13, 15, 25, 26, 12],
        ),
    )
    fp = extra["fingerprint"]
    s.sub(
        _("Sign-offs"),
        table(
            [_("Approver"), _("Role"), _("Date"), _("Decision"), _("Comment"), _("Approved content")],
            [
                [
                    x.approver,
                    people.signed_as(x),
                    date(x.date),
                    lbl(x.decision),
                    rich(x.comment),
                    approved_content(x, pb, fp),
                ]
                for x in doc.sign_offs
            ],
            [18, 18, 13, 13, 24, 14],
        ),
    )

    # 2. Scope
    sc = pb.scope
    s = out.section(_("Scope and definitions"), text(sc.purpose))
    s.add(
        facts(
            [
                (_("Applies to"), people.said("audiences", sc.audiences)),
                (_("Territories"), joined(sc.territories)),
                (_("Platforms"), platforms(sc.platforms, sc.other_platforms)),
            ]
        )
    )
    s.sub(_("Kinds of use"), defs((_("%(kind)s use") % {"kind": lbl(u.use)}, u.definition) for u in sc.uses))
    s.sub(_("Audiences"), *register_blocks(sc.audience_register, _("Counts as")))
    s.sub(_("Definitions"), defs((g.term, g.definition) for g in sc.glossary))
    s.sub(
        _("Related policies"),
        table(
            [_("Policy"), _("Version"), _("Relation")],
            [[r.title, r.version, r.relation] for r in sc.cross_references],
            [45, 15, 40],
        ),
    )

    # 3. Objectives
    ob = pb.objectives
    s = out.section(_("Objectives"), text(ob.audience_research))
    s.add(
        table(
            [_("Objective"), _("Kind"), _("Horizon"), _("Owner"), _("Corporate goal")],
            [[o.title, lbl(o.kind), lbl(o.horizon), people.name(o.owner), o.corporate_goal] for o in ob.items],
            [34, 13, 13, 16, 24],
        )
    )
    for o in ob.items:
        if o.description.strip() or o.audience_evidence.strip():
            s.sub(o.title, text(o.description), text(o.audience_evidence))

    # 4. Governance
    gv = pb.governance
    s = out.section(_("Governance and decision rights"))
    s.add(
        facts(
            [
                (_("Governance model"), lbl(gv.model)),
                (_("Business units"), number(gv.units)),
            ]
        ),
        text(gv.rationale),
        text(gv.coordination),
    )
    hub = gv.hub
    members = [people.by_id.get(m) for m in hub.members]
    s.sub(
        hub.name or _("The hub"),
        text(hub.description),
        facts([(_("Meets"), hub.meeting_cadence)]),
        table(
            [_("Member"), _("Function"), _("Job title")],
            [[p.name, lbl(p.function), p.title] for p in members if p is not None],
            [35, 25, 40],
        ),
    )
    s.sub(
        _("Spokes"),
        table(
            [_("Spoke"), _("Kind"), _("Lead"), _("Languages"), _("Local regulators"), _("Autonomy")],
            [
                [
                    sp.name,
                    lbl(sp.kind) + (f" ({people.said('audiences', sp.audiences)})" if sp.audiences else ""),
                    people.name(sp.lead),
                    joined(sp.languages),
                    joined(sp.local_regulators),
                    lbl(sp.autonomy),
                ]
                for sp in gv.spokes
            ],
            [18, 14, 18, 16, 20, 14],
        ),
    )
    s.sub(_("Decision rights"), *_raci_blocks(pb, people))

    # 5. People
    pp = pb.people
    s = out.section(_("People"))
    s.sub(
        _("Executive champions"),
        table(
            [_("Executive"), _("Job title"), _("Sponsored corporate goal")],
            [
                [
                    people.name(c.person),
                    people.by_id[c.person].title if c.person in people.by_id else "",
                    c.sponsored_goal,
                ]
                for c in pp.champions
            ],
            [25, 30, 45],
        ),
    )
    s.sub(
        _("People and roles"),
        table(
            [_("Name"), _("Job title"), _("Function"), _("Roles"), _("Region"), _("Backup")],
            [[p.name, p.title, lbl(p.function), labels(p.roles), p.region, people.name(p.backup)] for p in pp.people],
            [18, 22, 14, 22, 10, 14],
        ),
    )
    s.sub(_("Roles"), *role_blocks(pp.roles, people))
    s.sub(
        _("Qualified approvers"),
        table(
            [_("Approver"), _("Qualification")],
            [[p.name, p.qualification] for p in pp.people if p.qualification or Role.QUALIFIED_APPROVER in p.roles],
            [35, 65],
        ),
    )
    s.sub(
        _("Mentoring pairs"),
        table(
            [_("Mentor"), _("Mentee")],
            [[people.name(m.mentor), people.name(m.mentee)] for m in pp.mentoring_pairs],
            [50, 50],
        ),
    )

    # 6. Channels
    ch = pb.channels
    s = out.section(_("Channels and accounts"))
    s.add(
        table(
            [_("Platform"), _("Handle"), _("Owner"), _("Backup"), _("Region"), _("State"), _("Status")],
            [
                [
                    c.platform,
                    c.handle,
                    people.name(c.owner),
                    people.name(c.backup),
                    c.region,
                    lbl(c.state),
                    lbl(c.traffic_light),
                ]
                for c in ch.accounts
            ],
            [14, 18, 16, 16, 12, 12, 12],
        )
    )
    for c in ch.accounts:
        s.sub(item_name(c), *_channel_blocks(c, people, objectives, trainings, ch.gates, channels))
    s.sub(_("Gates before a channel opens"), defs((g.title, g.description) for g in ch.gates))
    s.sub(_("Every channel"), *channel_default_blocks(ch))
    s.sub(
        _("Listening streams"),
        table(
            [_("Topic"), _("Tool"), _("Charged with acting"), _("EU personal data")],
            [[x.topic, x.tool, people.name(x.acted_on_by), yes_no(x.eu_personal_data)] for x in ch.listening],
            [35, 20, 30, 15],
        ),
    )
    s.sub(_("Engagement and escalation process"), text(ch.engagement_process))

    # 7. Content rules
    ct = pb.content
    s = out.section(_("Content rules"))
    intro = audience_intro([r.audiences for r in ct.rules], "content", people)
    s.add(intro)
    if intro or not ct.rules:
        s.add(
            table(
                [_("Rule"), _("Content class"), _("Approval"), _("Approver")],
                [
                    [r.title, people.said("content_classes", [r.content_class]), _approval(r), r.approver_role]
                    for r in ct.rules
                ],
            )
        )
    else:
        s.add(
            table(
                [_("Rule"), _("Applies to"), _("Content class"), _("Approval"), _("Approver")],
                [
                    [
                        r.title,
                        people.said("audiences", r.audiences),
                        people.said("content_classes", [r.content_class]),
                        _approval(r),
                        r.approver_role,
                    ]
                    for r in ct.rules
                ],
            )
        )
    common, grouped = by_audience(pb, ct.rules)
    for r in common:
        s.sub(r.title, *_rule_blocks(r, channels, people))
    for audience, rules in grouped:
        s.sub(
            for_audience(people, audience),
            *[b for r in rules for b in _titled(r.title, _rule_blocks(r, channels, people))],
        )
    s.sub(_("Content classes"), *register_blocks(ct.classes, _("Counts as")))
    s.sub(_("Moderation"), text(ct.moderation))
    for grid in ct.decision_tables:
        s.sub(grid.title, *decision_table_blocks(grid), keep_empty=True)

    # 8. Conduct
    s = out.section(_("Conduct rules"))
    clauses_binding, commitments = work_rules(pb.conduct.clauses)
    s.add(audience_intro([c.audiences for c in clauses_binding], "conduct", people))
    s.sub(_("Our commitments"), *commitment_blocks(commitments))
    s.sub(_("Disclosures on your own posts"), *personal_disclosure_blocks(pb.conduct.disclosures, people))
    common_clauses, grouped_clauses = by_audience(pb, clauses_binding)
    for cl in common_clauses:
        s.sub(cl.title, *_clause_blocks(cl, people, labour=True))
    for audience, clauses in grouped_clauses:
        s.sub(
            for_audience(people, audience),
            *[b for cl in clauses for b in _titled(cl.title, _clause_blocks(cl, people, labour=True))],
        )

    # 9. Regulatory
    rg = pb.regulatory
    s = out.section(_("Regulatory rule set"))
    catalogue = extra.get("presets", {})
    s.add(
        table(
            [
                _("Preset"),
                _("Retention"),
                _("Easily accessible"),
                _("Approval"),
                _("Filing"),
                _("Why it applies"),
                _("Locked"),
            ],
            [
                [
                    _preset_label(p.preset, catalogue),
                    number(p.parameters.retention_years, "year"),
                    number(p.parameters.accessible_years, "year"),
                    lbl(p.parameters.approval),
                    filing_days(p.parameters.filing_days, p.parameters.filing_day_kind),
                    p.note,
                    _("Yes") if p.locked else "",  # not locked is no statement (as for channels and rules)
                ]
                for p in rg.presets
            ],
            [20, 11, 11, 12, 9, 28, 9],
        )
    )
    s.sub(
        _("Exceptions"),
        table(
            [_("Preset"), _("Exception"), _("Approver"), _("Expires")],
            [[e.preset, rich(e.description), people.name(e.approver), date(e.expires)] for e in rg.exceptions],
            [18, 50, 18, 14],
        ),
    )

    # 10. Supervision
    sv = pb.supervision
    s = out.section(_("Supervision and review"), text(sv.procedure))
    s.sub(
        _("Lexicons"),
        table(
            [_("Lexicon"), _("Terms"), _("Match"), _("Action"), _("Destination"), _("Channels")],
            [
                [
                    x.name,
                    joined(x.terms),
                    lbl(x.match),
                    lbl(x.action),
                    x.destination,
                    joined(item_name(channels[i]) for i in x.channels if i in channels) or _("All"),
                ]
                for x in sv.lexicons
            ],
            [16, 30, 11, 10, 16, 17],
        ),
    )
    s.sub(
        _("Review evidence"), para(_("Each review records:")) if sv.evidence_fields else [], items(sv.evidence_fields)
    )
    s.sub(_("Remediation"), items(sv.remediation))
    s.sub(
        _("Periodic re-approval"),
        para(_("Static profiles are re-approved every %(period)s.") % {"period": number(sv.reapproval_months, "month")})
        if sv.reapproval_months
        else [],
    )

    # 11. Records
    rc = pb.records
    s = out.section(_("Recordkeeping"))
    s.add(
        table(
            [
                _("Record class"),
                _("Retention"),
                _("Easily accessible"),
                _("Retention starts at"),
                _("Storage"),
                _("Locked"),
            ],
            [
                [
                    x.name,
                    number(x.retention_years, "year"),
                    number(x.accessible_years, "year"),
                    lbl(x.start_event),
                    _("WORM") if x.storage_mode is StorageMode.WORM else lbl(x.storage_mode),
                    _("Yes") if x.locked else "",  # not locked is no statement (as for channels and rules)
                ]
                for x in rc.record_classes
            ],
            [28, 13, 15, 20, 14, 10],
        ),
        facts(
            [
                (_("Archive vendor"), rc.archive_vendor),
                (_("Production to an examiner"), number(rc.production_sla_days, "day")),
            ]
        ),
    )
    s.sub(_("Legal hold"), text(rc.legal_hold))

    # 12. Privacy
    pv = pb.privacy
    s = out.section(_("Privacy"))
    s.add(
        facts(
            [
                (_("Monitoring in the EU"), yes_no(pv.eu_monitoring)),
                (_("Lawful basis"), pv.lawful_basis),
                (_("DPIA"), _dpia(pv.dpia_completed, pv.dpia_date)),
                (_("Retention of monitoring data"), number(pv.retention_cap_months, "month")),
            ]
        )
    )
    s.sub(_("Notice"), text(pv.notice))
    s.sub(_("Joint-controller arrangements"), items(pv.joint_controller_arrangements))
    s.sub(
        _("Works-council agreements"),
        table(
            [_("Entity"), _("Country"), _("Scope"), _("Agreed")],
            [[w.entity, w.country, w.scope, date(w.agreed)] for w in pv.works_council_agreements],
            [30, 15, 40, 15],
        ),
    )

    # 13. Training
    tr = pb.training
    s = out.section(_("Training and attestation"))
    s.add(
        facts(
            [
                (_("Practitioner qualification"), _qualification(tr.qualification_mode, tr.minimum_experience_years)),
                (
                    _("Minimum experience"),
                    number(tr.minimum_experience_years, "year") if tr.qualification_mode is None else "",
                ),
                (_("Attestation"), every(tr.attestation_cadence_months, "month")),
            ]
        ),
        table(
            [_("Module"), _("Roles"), _("Repeated"), _("Valid for"), _("Pass mark"), _("Required for access")],
            [
                [
                    m.title,
                    labels(m.roles),
                    in_sentence(every(m.cadence_months, "month")),
                    number(m.validity_months, "month"),
                    percent(m.pass_mark / 100) if m.pass_mark is not None else "",
                    yes_no(m.required_for_access),
                ]
                for m in tr.modules
            ],
            [28, 24, 14, 12, 10, 12],
        ),
    )
    s.sub(_("Attestation"), text(tr.attestation_text))

    # 14. Crisis
    cr = pb.crisis
    s = out.section(_("Crisis and escalation"))
    s.add(
        table(
            [_("Level"), _("Name"), _("Triggers"), _("First contact"), _("Backup")],
            [
                [
                    str(lv.level),
                    lv.name,
                    "; ".join(t.description for t in lv.triggers),
                    people.name(lv.contacts[0].person) if lv.contacts else "",
                    people.name(lv.contacts[0].backup) if lv.contacts else "",
                ]
                for lv in sorted(cr.levels, key=lambda x: x.level)
            ],
            [8, 14, 44, 17, 17],
        )
    )
    for lv in sorted(cr.levels, key=lambda x: x.level):
        s.sub(
            _("Level %(level)s: %(name)s") % {"level": number(lv.level), "name": lv.name},
            items([f"{t.description} ({in_sentence(lbl(t.kind))})" for t in lv.triggers], title=_("Triggers")),
            table(
                [_("Contact"), _("Backup"), _("Acknowledge within")],
                [
                    [people.who(c.person), people.who(c.backup), number(c.acknowledge_minutes, "minute")]
                    for c in lv.contacts
                ],
                [40, 40, 20],
            ),
            [{"type": "para", "text": _("Holding statement:"), "strong": True}] if lv.holding_statement.strip() else [],
            text(lv.holding_statement),
        )
    s.sub(_("Triage"), defs((lbl(t.type), t.response) for t in cr.triage))
    s.sub(_("Account compromise"), text(cr.account_compromise))
    s.sub(_("Impersonation"), text(cr.impersonation))
    s.sub(_("Post-incident review"), text(cr.post_incident_review))
    for tree in cr.decision_trees:
        s.sub(tree.title, *decision_tree_blocks(tree), keep_empty=True)
    for chapter in cr.chapters:
        s.sub(chapter.title, *crisis_chapter_blocks(chapter, people), keep_empty=True)

    # 15. Measurement
    s = out.section(_("Measurement plan"))
    s.add(*_measurement_blocks(pb, people, objectives))

    # 16. Experiments
    s = out.section(_("Experiments and lessons"))
    for x in pb.experiments.items:
        s.sub(
            x.title,
            facts(
                [
                    (_("Spoke"), x.spoke),
                    (_("Started"), date(x.started)),
                    (_("Shared with the hub"), yes_no(x.shared_with_hub)),
                ]
            ),
            defs(
                (k, v)
                for k, v in ((_("Hypothesis"), x.hypothesis), (_("Result"), x.result), (_("Lesson"), x.lesson))
                if v.strip()
            ),
        )

    # 17. Enforcement
    en = pb.enforcement
    s = out.section(_("Enforcement"))
    s.add(
        *consequences(
            en.ladder,
            en.graded,
            _("Breaches of this policy lead to consequences in proportion, from the mildest:"),
            _("A breach of this policy can lead to:"),
        )
    )
    s.sub(_("Non-retaliation"), text(en.non_retaliation))
    s.sub(_("Reporting a breach"), items(en.reporting_channels))

    # 18. Maintenance
    mt = pb.maintenance
    s = out.section(_("Review and maintenance"), text(mt.procedure))
    s.sub(_("Communication of changes"), text(mt.communication))
    s.sub(_("Version archive"), para(mt.version_archive))
    return out.as_data()


def _preset_label(code: str, catalogue: dict[str, Any]) -> str:
    info = catalogue.get(code)
    title = info.get("title") if isinstance(info, dict) else None
    if not title:
        return code
    return library_text(f"{code}: {title}")  # the library's title, in English


def _qualification(mode: QualificationMode | None, years: int | None) -> str:
    """The qualification the playbook asks of practitioners ('' when it does not say)."""
    if mode is None:
        return ""
    if years:
        period = {"period": number(years, "year")}
        return {
            QualificationMode.CERTIFICATION: _("Certification"),
            QualificationMode.EXPERIENCE: _("%(period)s of proven experience") % period,
            QualificationMode.EITHER: _("Certification or %(period)s of proven experience") % period,
        }[mode]
    return {
        QualificationMode.CERTIFICATION: _("Certification"),
        QualificationMode.EXPERIENCE: _("Proven experience"),
        QualificationMode.EITHER: _("Certification or proven experience"),
    }[mode]


def _dpia(completed: bool | None, on: dt.date | None) -> str:
    """Whether a DPIA was completed, as the playbook records it ('' when it does not say)."""
    if completed is None:
        return _("Completed %(date)s") % {"date": date(on)} if on else ""
    if not completed:
        return _("Not completed")
    return _("Completed %(date)s") % {"date": date(on)} if on else _("Completed")


def every(value: int | None, unit: str) -> str:
    """'Every 12 months' ('' when the playbook sets no cadence)."""
    return _("Every %(period)s") % {"period": number(value, unit)} if value else ""


def platforms(listed: list[str], others: bool | None) -> str:
    """The platforms in scope, with what the playbook says of platforms it does not list."""
    if not listed:
        return ""
    if others is True:
        return _("%(platforms)s, and any platform not listed") % {"platforms": joined(listed)}
    if others is False:
        return _("%(platforms)s, and no other platform") % {"platforms": joined(listed)}
    return joined(listed)


def consequences(ladder: list[str], graded: bool | None, graded_intro: str, list_intro: str) -> list[list[Block]]:
    """The consequences of a breach: a numbered ladder applied in proportion only when the
    playbook says it is a graded ladder; otherwise the list as written."""
    if not ladder:
        return []
    if graded:
        return [para(graded_intro), items(ladder, ordered=True)]
    return [para(list_intro), items(ladder)]


def _channel_blocks(
    c: Channel,
    people: People,
    objectives: dict[str, Any],
    trainings: dict[str, Any],
    gates: list[Gate],
    channels: dict[str, Channel],
) -> list[list[dict[str, Any]]]:
    approval = c.account_approval
    feature_on = [f.name for f in c.features if f.enabled]
    feature_off = [f.name for f in c.features if f.enabled is False]
    feature_unsaid = [f.name for f in c.features if f.enabled is None]
    return [
        facts(
            [
                (_("Address"), c.url),
                (_("Serves"), joined(objectives[o].title for o in c.objectives if o in objectives)),
                (_("Owner and backup"), joined([people.who(c.owner), people.who(c.backup)])),
                (_("Readiness"), _readiness(c)),
                (_("Response time"), within(c.response_sla_hours, "hour")),
                (_("Staffed"), c.staffed_hours),
                (_("Monitoring"), _monitoring(c)),
                (_("Archiving"), _archiving(c)),
                (_("Content approval"), c.approval_route),
                (_("Required training"), joined(trainings[t].title for t in c.training if t in trainings)),
                (_("Crisis contact"), people.contact(c.crisis_contact)),
                (
                    _("Account approved"),
                    (
                        _("%(approver)s, %(date)s; reviewed as launched")
                        if approval.as_launched_review
                        else _("%(approver)s, %(date)s")
                    )
                    % {"approver": people.name(approval.approver), "date": date(approval.date)}
                    if approval
                    else "",
                ),
                (_("Multi-factor authentication"), yes_no(c.mfa)),
                (_("Features on"), joined(feature_on)),
                (_("Features off"), joined(feature_off)),
                (_("Features"), joined(feature_unsaid)),
                (_("Character limit"), number(c.character_limit)),
                (_("Last activity"), date(c.last_activity)),
                (_("Real-time channel"), _("Yes") if c.realtime else ""),
                (_("Locked for spokes"), _("Yes") if c.locked else ""),
            ]
        ),
        *gate_blocks(c, gates, channels),
    ]


def channel_default_blocks(ch: Channels) -> list[list[Block]]:
    """What the policy sets for every channel (a channel's own setting overrides it)."""
    return [
        facts(
            [
                (
                    _("Stale after"),
                    _("%(period)s without activity") % {"period": number(ch.freshness_days, "day")}
                    if ch.freshness_days
                    else "",
                ),
                (_("New platform features"), _new_features(ch.new_features_off)),
            ]
        )
    ]


def filing_days(days: int | None, kind: FilingDays | None) -> str:
    """'10 business days', '10 days' when the playbook does not say which kind of days."""
    if days is None:
        return ""
    shown = number(days)
    if kind is FilingDays.BUSINESS:
        return ngettext("%(n)s business day", "%(n)s business days", days) % {"n": shown}
    if kind is FilingDays.CALENDAR:
        return ngettext("%(n)s calendar day", "%(n)s calendar days", days) % {"n": shown}
    return number(days, "day")


def _new_features(off: bool | None) -> str:
    if off is None:
        return ""
    return _("Off until reviewed") if off else _("On as the platform adds them")


def gate_blocks(c: Channel, gates: list[Gate], channels: dict[str, Channel]) -> list[list[Block]]:
    """What a channel waits for before it opens: the channels it opens after, and the
    organisation's gates (policy-wide and its own), each met or not."""
    rows = [[g.title, _("Met") if g.id in c.gates_met else _("Not met"), ""] for g in gates]
    rows += [[g.title, "" if g.met is None else (_("Met") if g.met else _("Not met")), g.evidence] for g in c.gates]
    after = [item_name(channels[r]) for r in c.requires if r in channels]
    return [
        facts([(_("Opens after"), joined(after))]),
        table([_("Gate"), _("Status"), _("Evidence")], rows, [45, 20, 35]),
    ]


def _readiness(c: Channel) -> str:
    """'Active (green)', 'Active', '(red)' or '': what the playbook records of the channel's state."""
    light = f"({in_sentence(lbl(c.traffic_light))})" if c.traffic_light is not None else ""
    return " ".join(part for part in (lbl(c.state), light) if part)


def _monitoring(c: Channel) -> str:
    if c.monitored is None:
        return c.monitoring_cadence
    return (c.monitoring_cadence or _("Monitored")) if c.monitored else _("Not monitored")


def _archiving(c: Channel) -> str:
    if c.archive_connected is None:
        return c.archive_vendor
    if not c.archive_connected:
        return (
            _("Not connected (%(vendor)s)") % {"vendor": c.archive_vendor} if c.archive_vendor else _("Not connected")
        )
    return _("Connected (%(vendor)s)") % {"vendor": c.archive_vendor} if c.archive_vendor else _("Connected")


def audience_intro(groups: list[list[Any]], thing: str, people: People) -> list[Block]:
    """The sentence over a list of rules that says whom they apply to, derived from the rules'
    own audiences: only when every rule names the same audiences ('' otherwise: each rule says
    its own)."""
    if not groups or any(not g for g in groups) or len({frozenset(g) for g in groups}) != 1:
        return []
    audiences = groups[0]
    # only content is published: conduct on official accounts is how their people behave
    if audiences == [Audience.OFFICIAL_ACCOUNTS] and thing == "content":
        return para(_("Content published on official accounts follows these rules."))
    return para(
        _("These rules apply to %(audiences)s.") % {"audiences": in_sentence(people.said("audiences", audiences))}
    )


R = TypeVar("R", ContentRule, Clause)


def by_audience(pb: Playbook, rules: list[R]) -> tuple[list[R], list[tuple[str, list[R]]]]:
    """The rules for everyone in scope, and those that bind only one of the organisation's own
    audiences, per audience in the order they first come: a policy that names its own audiences
    gives each its own part ("For certified spokespeople")."""
    own = {a.id for a in pb.scope.audience_register}
    common: list[R] = []
    grouped: dict[str, list[R]] = {}
    for rule in rules:
        if len(rule.audiences) == 1 and rule.audiences[0] in own:
            grouped.setdefault(str(rule.audiences[0]), []).append(rule)
        else:
            common.append(rule)
    return common, list(grouped.items())


def for_audience(people: People, audience: str) -> str:
    """The title of an audience's part: 'For certified spokespeople'."""
    name = people.said("audiences", [audience])
    first = name.split(" ", 1)[0]
    # an acronym keeps its capitals ("For EMEA staff"); a German noun its capital (in_sentence)
    shown = name if first.isupper() and len(first) > 1 else in_sentence(name[:1]) + name[1:]
    return _("For %(audience)s") % {"audience": shown}


def _titled(title: str, blocks: list[list[Block]]) -> list[list[Block]]:
    """A rule inside an audience's part: its title as a heading, then its blocks."""
    return [[{"type": "heading", "text": title}], *blocks]


def register_blocks(
    register: list[AudienceDefinition] | list[ContentClassDefinition], counts_as: str
) -> list[list[Block]]:
    """An organisation's own vocabulary (audiences, content classes): each name with what it
    covers and, when it says so, the built-in value whose rules it follows."""
    entries = []
    for item in register:
        said = item.description
        if item.counts_as is not None:
            counts = f"{counts_as}: {in_sentence(lbl(item.counts_as))}."
            said = f"{said}\n\n{counts}" if said.strip() else counts
        entries.append((item.name, said))
    return [defs(entries)]


def _rule_blocks(r: ContentRule, channels: dict[str, Channel], people: People) -> list[list[dict[str, Any]]]:
    controls = [
        n
        for n, on in (
            (_("trained reviewers"), r.training_documented),
            (_("written procedures"), r.documentation),
            (_("surveillance"), r.surveillance),
        )
        if on
    ]
    return [
        text(r.wording),
        facts(
            [
                (_("Content class"), people.said("content_classes", [r.content_class])),
                (_("Applies to"), people.said("audiences", r.audiences)),
                (
                    _("Channels"),
                    joined(item_name(channels[i]) for i in r.channels if i in channels) or _("All channels"),
                ),
                (_("Approval"), _approval(r)),
                (
                    _("Approver"),
                    _("%(role)s (qualified)") % {"role": r.approver_role} if r.approver_qualified else r.approver_role,
                ),
                (_("Approval time"), within(r.sla_hours, "hour")),
                (_("Authors may approve their own content"), _("Yes") if r.author_may_approve else ""),
                (_("Post-review controls"), joined(controls) if r.approval is ApprovalMode.POST_REVIEW else ""),
                (_("Risk information in each message"), _("Yes") if r.risk_info_each_message else ""),
                (_("Filed with the regulator"), _("Yes") if r.filing else ""),
                (_("Locked for spokes"), _("Yes") if r.locked else ""),
            ]
        ),
        items(
            [f"{d.text} ({in_sentence(lbl(d.placement))})" if d.placement else d.text for d in r.disclosures],
            title=_("Required disclosures"),
        ),
        items(r.prohibited, title=_("Not permitted")),
    ]


def _clause_blocks(cl: Clause, people: People, labour: bool) -> list[list[dict[str, Any]]]:
    tag = " · ".join(
        part
        for part in (
            lbl(cl.kind),
            lbl(cl.topic) if cl.topic is not ConductTopic.OTHER else "",
            _("applies to %(audiences)s") % {"audiences": in_sentence(people.said("audiences", cl.audiences))}
            if cl.audiences
            else "",
        )
        if part
    )
    review = ""
    if labour and cl.labour_review is not None:
        review = _("Labour-law review: %(state)s") % {"state": in_sentence(lbl(cl.labour_review))}
    legal = legal_review_text(cl, people)
    return [
        [{"type": "tag", "text": tag}] if tag else [],
        text(cl.wording),
        items(cl.examples, title=_("For example")),
        items(cl.exceptions, title=_("Exceptions")),
        [{"type": "tag", "text": review}] if review else [],
        [{"type": "tag", "text": legal}] if legal else [],
    ]


def legal_review_text(cl: Clause, people: People) -> str:
    """'Legal review: Labour counsel, 1 March 2024, under Stericycle (2023) (NLRB-WORKRULES): lawful as
    written' from what the playbook records ('' when it records none)."""
    review = cl.legal_review
    if review is None:
        return ""
    standard = ""
    if review.standard is not None:
        preset = get_preset(review.preset) if review.preset else None
        version = preset.version(review.standard) if preset is not None else None
        holders = presets_with_standard(review.standard)
        if version is None and len(holders) == 1:
            # a standard cited without its preset (validate says so) is still named by its title
            version = holders[0].version(review.standard)
        standard = version.title if version is not None else review.standard
        standard = (
            _("under %(standard)s (%(preset)s)") % {"standard": standard, "preset": review.preset}
            if review.preset
            else _("under %(standard)s") % {"standard": standard}
        )
    said = joined([people.name(review.reviewer), review.reviewed_by, date(review.date), standard])
    if review.outcome:
        said = f"{said}: {review.outcome}" if said else review.outcome
    return _("Legal review: %(review)s") % {"review": said} if said else ""


def _raci_blocks(pb: Playbook, people: People) -> list[list[dict[str, Any]]]:
    if not pb.governance.decision_rights:
        return []
    columns, rows = raci_rows(pb, people)
    return [
        para(
            _(
                "R: responsible (does the work); A: accountable (answers for it); C: consulted before; I: informed after."
            )
        ),
        table(columns, rows, [16, 18, 16, 18, 16, 16]),
    ]


def raci_rows(pb: Playbook, people: People | None = None) -> tuple[list[str], list[list[str]]]:
    """The decision-rights table (the document's and the CSV's)."""
    people = people if people is not None else People(pb)
    columns = [_("Decision"), _("Responsible"), _("Accountable"), _("Consulted"), _("Informed"), _("Conditions")]
    rows = [
        [
            lbl(d.area),
            people.names(d.responsible),
            people.name(d.accountable),
            people.names(d.consulted),
            people.names(d.informed),
            d.notes,
        ]
        for d in pb.governance.decision_rights
    ]
    return columns, rows


def _measurement_blocks(pb: Playbook, people: People, objectives: dict[str, Any]) -> list[list[dict[str, Any]]]:
    ms = pb.measurement
    columns, rows = measurement_rows(pb)
    # the kind column is for spreadsheets; in print the table is already wide
    columns, rows = columns[:-1], [row[:-1] for row in rows]
    return [
        [{"type": "heading", "text": _("Why we measure")}] if ms.purpose.strip() else [],
        text(ms.purpose),
        table(columns, rows, [16, 12, 14, 11, 9, 9, 10, 10, 9]),
        [{"type": "heading", "text": _("Comparison with other channels")}] if ms.cross_channel.strip() else [],
        text(ms.cross_channel),
        para(_("Social media is measured alongside the firm's other channels.")) if ms.compares_channels else [],
        [{"type": "heading", "text": _("Reporting")}] if ms.reporting.strip() else [],
        text(ms.reporting),
    ]


def measurement_rows(pb: Playbook) -> tuple[list[str], list[list[str]]]:
    """Objective -> KPI -> metric -> source -> baseline -> target -> direction -> cadence -> owner."""
    people = People(pb)
    objectives = {o.id: o.title for o in pb.objectives.items}
    columns = [
        _("Objective"),
        _("KPI"),
        _("Metric"),
        _("Source"),
        _("Baseline"),
        _("Target"),
        _("Direction"),
        _("Cadence"),
        _("Owner"),
        _("Kind"),
    ]
    rows = [
        [
            objectives.get(m.objective or "", ""),
            m.kpi,
            m.name,
            m.source,
            number(m.baseline) + (f" {m.unit}" if m.unit and m.baseline is not None else ""),
            number(m.target) + (f" {m.unit}" if m.unit and m.target is not None else ""),
            lbl(m.direction),
            m.cadence,
            people.name(m.owner),
            lbl(m.kind),
        ]
        for m in pb.measurement.metrics
    ]
    return columns, rows


# ---------------------------------------------------------------- the short documents


def guidelines(pb: Playbook, extra: dict[str, Any]) -> list[dict[str, Any]]:
    """The staff version: how to behave, what needs approval, who to ask. Plain language."""
    people = People(pb)
    out = Outline()
    sc = pb.scope
    s = out.section(_("Who these guidelines are for"), text(sc.purpose))
    if sc.audiences:
        s.add(
            para(_("They apply to %(audiences)s.") % {"audiences": in_sentence(people.said("audiences", sc.audiences))})
        )
    if sc.platforms:
        s.add(para(_("They cover %(platforms)s.") % {"platforms": platforms(sc.platforms, sc.other_platforms)}))

    for cl in pb.conduct.clauses:
        if cl.kind is ClauseKind.DEFINITION:
            s.sub(cl.title, text(cl.wording), items(cl.examples, title=_("For example")))

    s = out.section(_("How we behave online"))
    clauses, commitments = work_rules([c for c in pb.conduct.clauses if c.kind is not ClauseKind.DEFINITION])
    s.sub(_("Our commitments"), *commitment_blocks(commitments))
    disclosure = [c for c in clauses if c.topic is ConductTopic.DISCLOSURE_OF_AFFILIATION]
    others = [c for c in clauses if c.topic is not ConductTopic.DISCLOSURE_OF_AFFILIATION]
    common, grouped = by_audience(pb, others)
    for cl in common:
        s.sub(cl.title, *_guideline_blocks(cl))
    for audience, clauses in grouped:
        s.sub(for_audience(people, audience), *[b for cl in clauses for b in _titled(cl.title, _guideline_blocks(cl))])

    s = out.section(_("Saying that you work for us"))
    s.add(*personal_disclosure_blocks(pb.conduct.disclosures, people))
    for cl in disclosure:
        s.sub(cl.title, text(cl.wording), items(cl.examples, title=_("For example")))

    s = out.section(_("What needs approval"))
    if pb.content.rules:
        s.add(
            table(
                [_("What"), _("Approval"), _("Who approves")],
                [[r.title, _approval(r), r.approver_role] for r in pb.content.rules],
                [44, 30, 26],
            ),
        )
    official = [c for c in pb.channels.accounts if c.state in (ChannelState.ACTIVE, ChannelState.PILOTING)]
    if official:
        s.add(
            para(_("Our official accounts are:")),
            items(
                [
                    _("%(channel)s (run by %(owner)s)") % {"channel": item_name(c), "owner": people.name(c.owner)}
                    if c.owner
                    else item_name(c)
                    for c in official
                ]
            ),
        )

    s = out.section(_("Who to ask"))
    contacts: list[tuple[str, str]] = []
    if pb.document.owner:
        contacts.append((_("Questions about these guidelines"), people.who(pb.document.owner)))
    for pid in pb.governance.hub.members:
        person = people.by_id.get(pid)
        if person and person.function in (Function.COMPLIANCE, Function.LEGAL, Function.COMMUNICATIONS, Function.HR):
            contacts.append(
                (
                    _("%(function)s questions") % {"function": lbl(person.function)},
                    people.who(pid) + (f" ({person.email})" if person.email else ""),
                )
            )
    s.add(facts(contacts))
    if pb.enforcement.reporting_channels:
        s.add(para(_("To report a concern or a breach:")), items(pb.enforcement.reporting_channels))

    s = out.section(_("If something goes wrong"))
    top = sorted(pb.crisis.levels, key=lambda x: x.level)
    if top and top[0].contacts:
        s.add(
            para(
                _("At level %(level)s (%(name)s), the first person to call is %(contact)s.")
                % {
                    "level": number(top[0].level),
                    "name": top[0].name,
                    "contact": people.contact(top[0].contacts[0].person),
                }
            )
        )
    s.add(
        *consequences(
            pb.enforcement.ladder,
            pb.enforcement.graded,
            _("Breaches have consequences, in proportion, from the mildest:"),
            _("A breach can lead to:"),
        )
    )
    s.add(text(pb.enforcement.non_retaliation))
    if pb.training.attestation_text.strip():
        s.sub(_("Your attestation"), text(pb.training.attestation_text))
    return out.as_data()


def _guideline_blocks(cl: Clause) -> list[list[Block]]:
    return [text(cl.wording), items(cl.examples, title=_("For example")), items(cl.exceptions, title=_("Exceptions"))]


def raci(pb: Playbook, extra: dict[str, Any]) -> list[dict[str, Any]]:
    """The RACI matrix: per decision, and per person."""
    people = People(pb)
    out = Outline()
    rights = pb.governance.decision_rights
    s = out.section(_("Decision rights"), *_raci_blocks(pb, people))
    if not rights:
        s.add(note(_("No decision rights are recorded in this playbook.")))
    involved = []
    for d in rights:
        for pid in [*d.responsible, d.accountable, *d.consulted, *d.informed]:
            if pid and pid not in involved:
                involved.append(pid)
    rows = []
    for pid in involved:
        row = [people.who(pid)]
        for d in rights:
            letters = "".join(
                letter
                for letter, holds in (
                    ("R", pid in d.responsible),
                    ("A", pid == d.accountable),
                    ("C", pid in d.consulted),
                    ("I", pid in d.informed),
                )
                if holds
            )
            row.append(letters)
        rows.append(row)
    out.section(_("Who holds which rights"), table([_("Person"), *[lbl(d.area) for d in rights]], rows))
    return out.as_data()


def crisis(pb: Playbook, extra: dict[str, Any]) -> list[dict[str, Any]]:
    """One printed page: levels, triggers, contacts with backups, first steps."""
    people = People(pb)
    out = Outline()
    levels = sorted(pb.crisis.levels, key=lambda x: x.level)
    rows = []
    for lv in levels:
        contacts = "; ".join(
            people.contact(c.person)
            + (_(", backup %(contact)s") % {"contact": people.contact(c.backup)} if c.backup else "")
            + (f" ({in_sentence(within(c.acknowledge_minutes, 'minute'))})" if c.acknowledge_minutes else "")
            for c in lv.contacts
        )
        rows.append([f"{number(lv.level)} {lv.name}", "; ".join(t.description for t in lv.triggers), contacts])
    s = out.section(
        _("Severity levels and who to call"),
        table([_("Level"), _("Triggers"), _("Call (backup, acknowledge within)")], rows, [16, 42, 42]),
    )
    if not levels:
        s.add(note(_("No severity levels are recorded in this playbook.")))
    s = out.section(_("First response"))
    s.add(
        table(
            [_("Poster"), _("How to respond")], [[lbl(t.type), rich(t.response)] for t in pb.crisis.triage], [22, 78]
        ),
    )
    if pb.crisis.chapters:
        s = out.section(_("When something goes wrong"))
        for chapter in pb.crisis.chapters:
            s.sub(chapter.title, *crisis_chapter_blocks(chapter, people), keep_empty=True)
    if pb.crisis.decision_trees:
        s = out.section(_("Deciding how to respond"))
        for tree in pb.crisis.decision_trees:
            s.sub(tree.title, *decision_tree_blocks(tree), keep_empty=True)
    s = out.section(_("Account compromise and impersonation"))
    s.add(
        defs(
            (term, md)
            for term, md in (
                (_("Account compromise"), pb.crisis.account_compromise),
                (_("Impersonation"), pb.crisis.impersonation),
            )
            if md.strip()
        )
    )
    return out.as_data()


def measurement(pb: Playbook, extra: dict[str, Any]) -> list[dict[str, Any]]:
    """Objectives, KPIs, baselines, targets and owners."""
    people = People(pb)
    objectives = {o.id: o for o in pb.objectives.items}
    out = Outline()
    out.section(
        _("Objectives"),
        table(
            [_("Objective"), _("Kind"), _("Horizon"), _("Owner"), _("Corporate goal")],
            [
                [o.title, lbl(o.kind), lbl(o.horizon), people.name(o.owner), o.corporate_goal]
                for o in pb.objectives.items
            ],
            [34, 13, 13, 16, 24],
        ),
    )
    s = out.section(_("Measurement plan"))
    s.add(*_measurement_blocks(pb, people, objectives))
    return out.as_data()


def checklist(pb: Playbook, extra: dict[str, Any]) -> list[dict[str, Any]]:
    """Presets and parameters, the strictest combination, findings, waivers, the scorecard."""
    out = Outline()
    catalogue: dict[str, Any] = extra.get("presets", {})
    s = out.section(_("Applied regulatory presets"))
    rows = []
    for p in pb.regulatory.presets:
        info = catalogue.get(p.preset, {})
        params = joined(
            [
                _("retention %(period)s") % {"period": number(p.parameters.retention_years, "year")}
                if p.parameters.retention_years is not None
                else "",
                _("accessible %(period)s") % {"period": number(p.parameters.accessible_years, "year")}
                if p.parameters.accessible_years is not None
                else "",
                _("approval %(mode)s") % {"mode": in_sentence(lbl(p.parameters.approval))}
                if p.parameters.approval
                else "",
                _("filing %(period)s") % {"period": filing_days(p.parameters.filing_days, p.parameters.filing_day_kind)}
                if p.parameters.filing_days is not None
                else "",
            ]
        )
        rows.append(
            [_preset_label(p.preset, catalogue), params or _("Preset defaults"), str(info.get("citation", "")), p.note]
        )
    s.add(table([_("Preset"), _("Parameters"), _("Citation"), _("Why it applies")], rows, [26, 24, 26, 24]))
    if not catalogue and pb.regulatory.presets:
        s.add(
            note(
                extra.get(
                    "presets_note", _("The preset catalogue is not available in this build: citations are not shown.")
                )
            )
        )
    if not pb.regulatory.presets:
        s.add(note(_("No regulatory preset is applied.")))

    s = out.section(_("Strictest combination"))
    strictest: list[list[str]] = extra.get("strictest", [])
    if strictest:
        s.add(
            para(_("Where several presets apply, the strictest value of each parameter governs:")),
            table([_("Parameter"), _("Strictest value"), _("Set by")], strictest, [35, 30, 35]),
        )
    else:
        s.add(note(extra.get("strictest_note", _("No strictest combination is available for this playbook."))))

    findings: list[Finding] = extra.get("findings", [])
    open_findings = [f for f in findings if not f.waived]
    s = out.section(_("Open findings"))
    if open_findings:
        s.add(
            table(
                [_("Severity"), _("Check"), _("Where"), _("What to do")],
                [[f.severity.value.capitalize(), f.code, f.path, f.message] for f in open_findings],
                [11, 22, 25, 42],
            )
        )
    else:
        s.add(para(_("No open findings.")))
    s = out.section(_("Waivers"))
    waived = [f for f in findings if f.waived]
    wrows = [[w.code, w.path or "everywhere", w.reason, w.approver, date(w.date), date(w.expires)] for w in pb.waivers]
    if wrows:
        s.add(
            table(
                [_("Check"), _("Field"), _("Reason"), _("Approved by"), _("Date"), _("Expires")],
                wrows,
                [16, 18, 30, 14, 11, 11],
            )
        )
        s.add(
            para(
                ngettext(
                    "%(count)s finding is currently covered by these waivers.",
                    "%(count)s findings are currently covered by these waivers.",
                    len(waived),
                )
                % {"count": number(len(waived))}
            )
        )
    else:
        s.add(para(_("No findings are waived.")))

    s = out.section(_("Readiness scorecard"))
    scorecard: list[list[str]] = extra.get("scorecard", [])
    if scorecard:
        s.add(table([_("Area"), _("Score (0-100)"), _("Findings")], scorecard, [40, 25, 35]))
    else:
        s.add(note(extra.get("scorecard_note", _("The readiness scorecard is not available in this build."))))
    return out.as_data()


def checklist_rows(pb: Playbook, extra: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    """The checklist as one table: presets, strictest values, findings, waivers, scores."""
    columns = [_("Part"), _("Item"), _("Value"), _("Detail"), _("Status")]
    rows: list[list[str]] = []
    for section in checklist(pb, extra):
        for block in section["blocks"]:
            if block["type"] == "table":
                for row in block["rows"]:
                    rows.append([section["title"], row[0], row[1] if len(row) > 1 else "", " | ".join(row[2:]), ""])
    return columns, rows


class AddendumWording(NamedTuple):
    """An addendum's own words for the kind of spoke it is about (whole sentences: a translation
    declines "region" and "brand" differently, so the kind is never pasted into a sentence)."""

    title: str
    about: str
    no_changes: str
    column: str


#: By the hub's name for the spoke (:class:`SpokeKind`); "spoke" when the hub does not list it.
ADDENDUM_WORDING: dict[str, AddendumWording] = {
    "region": AddendumWording(
        N_("Regional Addendum"),
        N_(
            "This addendum sets out where this region's playbook differs from %(hub)s. "
            "Everything not listed here applies as written in the hub playbook."
        ),
        N_("This region makes no changes to the hub playbook."),
        N_("In this region"),
    ),
    "business_unit": AddendumWording(
        N_("Business Unit Addendum"),
        N_(
            "This addendum sets out where this business unit's playbook differs from %(hub)s. "
            "Everything not listed here applies as written in the hub playbook."
        ),
        N_("This business unit makes no changes to the hub playbook."),
        N_("In this business unit"),
    ),
    "brand": AddendumWording(
        N_("Brand Addendum"),
        N_(
            "This addendum sets out where this brand's playbook differs from %(hub)s. "
            "Everything not listed here applies as written in the hub playbook."
        ),
        N_("This brand makes no changes to the hub playbook."),
        N_("In this brand"),
    ),
    "audience": AddendumWording(
        N_("Audience Addendum"),
        N_(
            "This addendum sets out where this audience's playbook differs from %(hub)s. "
            "Everything not listed here applies as written in the hub playbook."
        ),
        N_("This audience's playbook makes no changes to the hub playbook."),
        N_("For this audience"),
    ),
    "spoke": AddendumWording(
        N_("Spoke Addendum"),
        N_(
            "This addendum sets out where this spoke's playbook differs from %(hub)s. "
            "Everything not listed here applies as written in the hub playbook."
        ),
        N_("This spoke makes no changes to the hub playbook."),
        N_("In this spoke"),
    ),
}


def addendum_wording(spoke_kind: str | None) -> AddendumWording:
    """The addendum's words for a spoke the hub calls ``spoke_kind`` (a :class:`SpokeKind` value,
    "spoke" or None: a region, the addendum of a playbook read without its hub's listing)."""
    return ADDENDUM_WORDING.get(spoke_kind or "region", ADDENDUM_WORDING["spoke"])


def addendum(pb: Playbook, extra: dict[str, Any]) -> list[dict[str, Any]]:
    """A spoke's changes against its hub, each with its rationale."""
    changes: list[dict[str, Any]] | None = extra.get("changes")
    if changes is None:
        raise ValueError(extra.get("addendum_error") or _("the addendum needs a spoke file; this playbook is a hub"))
    out = Outline()
    hub_title = extra.get("hub_title", _("the hub playbook"))
    wording = addendum_wording(extra.get("spoke_kind"))
    s = out.section(_("About this addendum"))
    s.add(para(_(wording.about) % {"hub": hub_title}))
    s.add(facts([(_("Hub playbook"), hub_title), (_("Hub version tailored against"), extra.get("hub_version", ""))]))
    s = out.section(_("Summary of changes"))
    if not changes:
        s.add(para(_(wording.no_changes)))
    s.add(
        table(
            [_("No."), _("Item"), _("Change")],
            [[str(n), c["item"], c["change"]] for n, c in enumerate(changes, 1)],
            [8, 70, 22],
        )
    )
    s = out.section(_("Changes and their rationale"))
    for c in changes:
        s.sub(
            c["item"],
            facts(
                [
                    (_("Change"), c["change"]),
                    (_("In the hub playbook"), c["hub"]),
                    (_(wording.column), c["spoke"]),
                    (_("Approved by"), c["approver"]),
                    (_("Expires"), c["expires"]),
                ]
            ),
            [{"type": "para", "text": _("What is added"), "strong": True}] if c.get("details") else [],
            facts(c.get("details") or []),
            [{"type": "para", "text": _("Rationale"), "strong": True}],
            para(c["rationale"] or _("No rationale is recorded for this change.")),
        )
    return out.as_data()


Builder = Callable[[Playbook, dict[str, Any]], list[dict[str, Any]]]
TabularRows = Callable[[Playbook, dict[str, Any]], tuple[list[str], list[list[str]]]]
