"""The playbook model: every section of DOMAIN.md, sections 1-17.

The model is the single source of truth for the file format (``playbooks.io.storage``), the
editor (``ui/``) and the exports. Every field has a title and a description. Items other
items refer to carry a stable ``id``; references are validated (see
:mod:`playbooks.format.references`), so a metric naming an objective that does not exist is a
validation error that names the path of the bad reference.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from playbooks.format.dates import PartialDate
from playbooks.format.enums import (
    ApprovalMode,
    Audience,
    Autonomy,
    ChannelState,
    ClauseKind,
    ConductTopic,
    Confidentiality,
    ContentClass,
    Decision,
    DecisionArea,
    DisclosurePlacement,
    FilingDays,
    FilingTiming,
    Function,
    GovernanceModel,
    Horizon,
    LabourReview,
    LexiconAction,
    LexiconMatch,
    LifecycleStatus,
    MetricDirection,
    MetricKind,
    ObjectiveKind,
    QualificationMode,
    RetentionStart,
    Role,
    Seniority,
    SpokeKind,
    StorageMode,
    TrafficLight,
    TriageType,
    TriggerKind,
    UseType,
)
from playbooks.format.fields import F, ItemId, Items, Model, Ref, Text, field_label
from playbooks.format.language import LANGUAGE_TAG, check_tag
from playbooks.format.paper import PaperSize

SCHEMA_VERSION = 2

SemVer = Annotated[str, StringConstraints(pattern=r"^\d+\.\d+\.\d+$")]
ShortText = Annotated[str, StringConstraints(max_length=500)]
Name = Annotated[str, StringConstraints(max_length=200)]
#: An audience: one of Charter's own (with their checks) or one the organisation defines
#: (``scope.audience_register``); a known value reads as the built-in one.
AudienceRef = Annotated[Audience | ItemId, Field(union_mode="left_to_right")]
#: A content class: one of Charter's own or one the organisation defines (``content.classes``).
ContentClassRef = Annotated[ContentClass | ItemId, Field(union_mode="left_to_right")]


class Lockable(Model):
    """An item a hub can lock so that spokes may only tighten it."""

    locked: bool = F(
        "Locked in spokes",
        "When set, spokes may tighten this item but never remove or loosen it.",
        False,
    )


class LockableSince2(Lockable):
    """A lockable item of a kind file format 2 added: unlocked, it hashes as before its lock existed."""

    locked: bool = F(
        "Locked in spokes",
        "When set, spokes may tighten this item but never remove or loosen it.",
        False,
        added=2,
    )


# ---------------------------------------------------------------- 1. Document control


class ChangeLogEntry(Model):
    version: SemVer = F("Version", "The version this change produced, e.g. 1.3.0.")
    date: PartialDate = F("Date", "When the change was made: a day, a month (May 2005) or a year.")
    author: Name = F("Author", "Who made the change, when the policy says.", "")
    what: str = Text("What changed", "The change, in a sentence or two.")
    why: str = Text("Why", "The reason for the change.")
    material: bool | None = F("Material change", "Material changes need re-approval and re-attestation.", None)
    by: ItemId | None = Ref(
        "Made by",
        "The person or role who made the change (Author: for someone outside the playbook).",
        "parties",
        None,
        added=2,
        history=True,
    )


class Edition(Model):
    label: Name = F("Edition", "The edition as the policy names it, e.g. 'Jan 2013' or 'Version 3.1'.", min_length=1)
    date: PartialDate | None = F("Date", "When the edition took effect: a day, a month (May 2005) or a year.", None)
    title: Name = F("Title", "The policy's title in this edition, when it differed.", "")
    note: ShortText = F("Note", "What the edition changed.", "")


class SignOff(Model):
    approver: Name = F("Approver", "Full name of the person signing off.")
    role: Name = F("Role", "The approver's role, e.g. Chief Compliance Officer.")
    by: ItemId | None = Ref(
        "Signed as",
        "The person or role of this playbook who signed (a committee signs through a member, named in Approver); "
        "not set for an approver from outside the playbook.",
        "parties",
        None,
        added=2,
        history=True,
    )
    date: dt.date = F("Date", "The date of the decision.")
    decision: Decision = F("Decision", "Approved, approved with changes, or rejected.")
    comment: str = Text("Comment", "Conditions, requested changes or remarks.")
    fingerprint: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] = F(
        "Content fingerprint",
        "SHA-256 of the canonical content that was approved; a later change shows as 'Changed since approval'.",
    )
    version: SemVer | None = F("Version approved", "The playbook version that was approved.", None)
    scheme: int = F(
        "Fingerprint scheme",
        "How the fingerprint was computed: 1 for sign-offs recorded before Charter told the values an author "
        "left unset from the values it used to assume (checked as they were computed then), 2 when it told "
        "them apart in sections and channels, 3 since it does in every item.",
        1,
        ge=1,
        le=3,
    )


class DocumentControl(Model):
    id: ItemId = F("Playbook id", "A stable identifier of this playbook, e.g. acme-global-social-media.")
    title: Name = F("Title", "The title of the policy as staff will see it.", min_length=1)
    version: SemVer | None = F("Version", "Semantic version of the playbook (major.minor.patch).", None)
    status: LifecycleStatus | None = F("Lifecycle status", "Where the playbook is in its life.", None)
    effective_date: PartialDate | None = F(
        "Effective date", "From when the policy applies: a day, a month (May 2005) or a year.", None
    )
    review_cadence_months: int | None = F(
        "Review cadence (months)", "How often the playbook is reviewed; annual is the norm.", None, ge=1, le=60
    )
    next_review_date: dt.date | None = F("Next review date", "When the next scheduled review is due.", None)
    early_review_triggers: list[ShortText] = Items(
        "Early-review triggers",
        "Events that force a review before the scheduled date (regulatory change, platform change, incident).",
    )
    owner: ItemId | None = Ref("Owner", "The person or role accountable for this playbook.", "parties", None)
    authors: list[ItemId] = Ref("Authors", "People who wrote the playbook.", "people", default_factory=list)
    confidentiality: Confidentiality | None = F("Confidentiality", "Who may see this document.", None)
    audiences: list[AudienceRef] = Ref("Distribution", "Who receives this document.", "audiences", default_factory=list)
    supersedes: ShortText = F("Supersedes", "The policy (and version) this playbook replaces.", "")
    paper: PaperSize | None = F(
        "Paper size",
        "The page of printed documents (PDF, Word): A4, or US Letter in the United States and Canada. "
        "Not set: the site's paper (charter config), A4 unless the site says otherwise.",
        None,
    )
    language: Annotated[str, StringConstraints(pattern=LANGUAGE_TAG), AfterValidator(check_tag)] | None = F(
        "Document language",
        "The language exported documents are written in, as a BCP 47 tag: en, de-DE, fr-FR, es-MX, ja-JP, ar-AE. "
        "Not set: the site's language (charter config), English unless the site says otherwise.",
        None,
        added=2,
    )
    self_approval_allowed: bool = F(
        "Self-approval allowed",
        "Whether an author may sign off their own playbook. Regulated firms should leave this off.",
        False,
    )
    change_log: list[ChangeLogEntry] = Items("Change log", "Who changed what, when and why.")
    sign_offs: list[SignOff] = Items("Sign-offs", "Approvals of exact content, newest last.")
    edition: ShortText = F(
        "Edition",
        "The edition as the organisation labels it, beside Charter's version (e.g. '6/2021', 'Rev. 3.1').",
        "",
        added=2,
    )
    editions: list[Edition] = Items(
        "Edition history", "Earlier editions of the policy, with their dates and titles, oldest first.", added=2
    )


# ---------------------------------------------------------------- 2. Scope and definitions


class UseDefinition(Model):
    use: UseType = F("Use", "Personal, business or official use.")
    definition: str = Text("Definition", "What counts as this kind of use.")


class GlossaryTerm(Model):
    term: Name = F("Term", "The term being defined.", min_length=1)
    definition: str = Text("Definition", "What the term means in this policy.")


class PolicyReference(Model):
    id: ItemId = F("Id", "Stable id of the cross-reference.")
    title: Name = F("Policy", "The related policy, e.g. Code of Conduct.", min_length=1)
    version: ShortText = F("Version", "The version this playbook relies on.", "")
    relation: ShortText = F("Relation", "How it relates (complements, overrides, is overridden by).", "")


class AudienceDefinition(Model):
    id: ItemId = F("Id", "Stable id rules use to bind this audience, e.g. certified-spokespeople.")
    name: Name = F("Audience", "The audience as the policy names it, e.g. Certified spokespeople.", min_length=1)
    counts_as: Audience | None = F(
        "Counts as",
        "The built-in audience it is a kind of, whose checks then apply to it (certified spokespeople are "
        "employees). Not set: an audience of its own.",
        None,
    )
    description: str = Text("Who they are", "Who belongs to this audience.")


class Scope(Model):
    purpose: str = Text("Purpose", "Why this policy exists, in a paragraph.")
    audiences: list[AudienceRef] = Ref("Audiences", "Who the policy applies to.", "audiences", default_factory=list)
    uses: list[UseDefinition] = Items("Kinds of use", "Personal, business and official use, defined.")
    territories: list[ShortText] = Items("Territories", "Countries or regions in scope.")
    platforms: list[ShortText] = Items("Platforms", "Platforms in scope.")
    other_platforms: bool | None = F(
        "Other platforms too",
        "On: the policy also covers every platform not listed. Off: it covers only the platforms listed "
        "(an allowlist). Not set: the policy says neither.",
        None,
    )
    glossary: list[GlossaryTerm] = Items("Glossary", "Terms used in this policy.")
    cross_references: list[PolicyReference] = Items("Related policies", "Other policies this one relies on.")
    audience_register: list[AudienceDefinition] = Items(
        "Audiences of the organisation",
        "Audiences the policy names beyond Charter's own (students, certified spokespeople, registered "
        "representatives, ...); rules and clauses bind them like the built-in ones.",
        added=2,
    )


# ---------------------------------------------------------------- 3. Objectives


class Objective(Model):
    id: ItemId = F("Id", "Stable id other items use to refer to this objective.")
    title: Name = F("Objective", "The objective in a short sentence.", min_length=1)
    kind: ObjectiveKind = F("Kind", "Business objectives serve the firm; community objectives serve the community.")
    horizon: Horizon | None = F("Horizon", "A short-term campaign or a long-term relationship.", None)
    description: str = Text("Description", "What success looks like.")
    owner: ItemId | None = Ref("Owner", "The person or role accountable for this objective.", "parties", None)
    corporate_goal: ShortText = F("Corporate goal", "The corporate or financial goal this objective serves.", "")
    audience_evidence: str = Text(
        "Audience evidence", "What is known about the audience (Forrester POST: people first, technology last)."
    )


class Objectives(Model):
    audience_research: str = Text("Audience research", "Evidence about the audiences, before any technology.")
    items: list[Objective] = Items("Objectives", "Business and community objectives, in equal counts.")


# ---------------------------------------------------------------- 4. Governance


class Hub(Model):
    name: Name = F("Hub name", "What the cross-functional hub is called, e.g. Social Media Council.", "")
    description: str = Text("Mandate", "What the hub decides and coordinates.")
    members: list[ItemId] = Ref("Members", "People on the hub, one per function.", "people", default_factory=list)
    meeting_cadence: ShortText = F("Meeting cadence", "How often the hub meets.", "")


class Spoke(Model):
    id: ItemId = F("Id", "Stable id of the spoke.")
    name: Name = F("Name", "The spoke's name, e.g. EMEA.", min_length=1)
    kind: SpokeKind | None = F("Kind", "Region, business unit, brand, or a sub-policy for some audiences.", None)
    languages: list[ShortText] = Items("Languages", "Languages the spoke publishes in.")
    local_regulators: list[ShortText] = Items("Local regulators", "Regulators the spoke answers to.")
    autonomy: Autonomy | None = F("Autonomy", "How much the spoke may decide alone.", None)
    lead: ItemId | None = Ref("Spoke lead", "The person who leads the spoke.", "people", None)
    file: ShortText = F("Spoke file", "The spoke's playbook file, relative to this file.", "")
    audiences: list[AudienceRef] = Ref(
        "For audiences",
        "An audience sub-policy (an agent addendum, sponsored-practitioner guidelines): the audiences it binds.",
        "audiences",
        default_factory=list,
        added=2,
    )


class DecisionRight(Model):
    id: ItemId = F("Id", "Stable id of the decision right.")
    area: DecisionArea = F("Decision", "The decision this row governs.")
    responsible: list[ItemId] = Ref("Responsible", "Who does the work.", "parties", default_factory=list)
    accountable: ItemId | None = Ref("Accountable", "The one person or role who answers for it.", "parties", None)
    consulted: list[ItemId] = Ref("Consulted", "Whose advice is sought first.", "parties", default_factory=list)
    informed: list[ItemId] = Ref("Informed", "Who is told afterwards.", "parties", default_factory=list)
    notes: ShortText = F("Notes", "Conditions or thresholds for this decision.", "")


class Governance(Model):
    model: GovernanceModel | None = F("Governance model", "How social media is organised.", None)
    rationale: str = Text("Rationale", "Why this model suits the organisation.")
    coordination: str = Text(
        "Coordination", "How units coordinate (needed when several units act under an organic model)."
    )
    units: int | None = F("Business units", "How many units or regions use social media.", None, ge=1, le=10_000)
    hub: Hub = F("Hub", "The cross-functional team that coordinates.", default_factory=Hub)
    spokes: list[Spoke] = Items("Spokes", "Regions, business units or brands that act under the hub.")
    decision_rights: list[DecisionRight] = Items("Decision rights", "The RACI matrix.")


# ---------------------------------------------------------------- 5. People


class Certification(Model):
    training: ItemId = Ref("Training", "The training module certified.", "training")
    obtained: dt.date = F("Obtained", "When the certification was obtained.")
    expires: dt.date | None = F("Expires", "When it lapses, if it does.", None)


class Person(Model):
    id: ItemId = F("Id", "Stable id other items use to refer to this person.")
    name: Name = F("Name", "Full name.", min_length=1)
    title: Name = F("Job title", "The person's job title.", "")
    function: Function | None = F("Function", "The function the person represents.", None)
    roles: list[Role] = Items("Roles", "What the person does in the social media programme.")
    seniority: Seniority = F(
        "Seniority", "Experience in the role; pair juniors with experienced mentors.", Seniority.EXPERIENCED
    )
    experience_years: int | None = F("Experience (years)", "Years of relevant experience.", None, ge=0, le=70)
    email: ShortText = F("Email", "Work email.", "")
    phone: ShortText = F("Phone", "Phone number for escalations.", "")
    region: ShortText = F("Region", "Region or spoke the person belongs to.", "")
    backup: ItemId | None = Ref("Backup", "Who stands in when this person is away.", "people", None)
    qualification: ShortText = F(
        "Approver qualification",
        "For qualified approvers: e.g. FINRA registered principal (Series 24), FCA s21 approver.",
        "",
    )
    certifications: list[Certification] = Items("Certifications", "Trainings this person has passed.")


class OrgRole(Model):
    id: ItemId = F("Id", "Stable id owners, approvers and contacts use to name this role.")
    name: Name = F("Role", "The office, committee or team, e.g. Advertising Review Unit.", min_length=1)
    description: str = Text("Remit", "What the role decides or does in the programme.")
    holders: list[ItemId] = Ref(
        "Held by", "The people who hold the role now; two or more cover each other.", "people", default_factory=list
    )
    email: ShortText = F("Email", "The role's shared address.", "")
    phone: ShortText = F("Phone", "The role's number for escalations.", "")


class Champion(Model):
    person: ItemId = Ref("Executive", "The executive champion.", "people")
    sponsored_goal: ShortText = F(
        "Sponsored corporate goal", "The corporate, financial goal the sponsorship is tied to (the 'sweet spot').", ""
    )


class MentoringPair(Model):
    mentor: ItemId = Ref("Mentor", "The experienced marketer.", "people")
    mentee: ItemId = Ref("Mentee", "The digital native being paired.", "people")


class People(Model):
    people: list[Person] = Items("People", "Everyone with a part in the programme.")
    champions: list[Champion] = Items("Executive champions", "Executives who sponsor the programme.")
    mentoring_pairs: list[MentoringPair] = Items(
        "Mentoring pairs", "Experienced marketers paired with digital natives."
    )
    roles: list[OrgRole] = Items(
        "Roles",
        "Offices, committees and teams the policy names instead of a person ('the commander or PAO', "
        "'the Advertising Review Unit'); owners, approvers, RACI entries and contacts may name them.",
        added=2,
    )


# ---------------------------------------------------------------- 6. Channels


class Feature(Model):
    name: Name = F("Feature", "A platform feature, e.g. comments, direct messages, endorsements.", min_length=1)
    enabled: bool | None = F("Enabled", "Whether the feature is on.", None)


class Gate(Model):
    id: ItemId = F("Id", "Stable id channels use to record that they meet this gate.")
    title: Name = F("Gate", "What must be true before a channel opens, e.g. Approved name and logo.", min_length=1)
    description: str = Text("What it takes", "How the gate is met and who confirms it.")


class ChannelGate(Model):
    title: Name = F("Gate", "What must be true before this channel opens.", min_length=1)
    met: bool | None = F("Met", "Whether the gate is met (not set: not yet recorded, which counts as not met).", None)
    evidence: ShortText = F("Evidence", "Where the proof is (a ticket, an approval, a document).", "")


class AccountApproval(Model):
    approver: ItemId = Ref("Approver", "Who approved the account.", "people")
    date: dt.date = F("Date", "When the account was approved.")
    as_launched_review: bool = F("Reviewed as launched", "Whether the live account was reviewed after launch.", False)


class Channel(Lockable):
    id: ItemId = F("Id", "Stable id of the channel.")
    platform: Name = F("Platform", "LinkedIn, X, Facebook, Instagram, YouTube, ...", min_length=1)
    handle: Name = F("Handle", "The account's handle or name.", "")
    url: ShortText = F("Address", "The account's web address.", "")
    owner: ItemId | None = Ref("Owner", "Who runs the account.", "people", None)
    backup: ItemId | None = Ref("Backup", "Who runs it when the owner is away.", "people", None)
    objectives: list[ItemId] = Ref("Objectives", "Objectives the channel serves.", "objectives", default_factory=list)
    region: ShortText = F("Region", "The region or spoke the channel belongs to.", "")
    state: ChannelState | None = F("Readiness state", "Planned, piloting, active, paused or retired.", None)
    traffic_light: TrafficLight | None = F("Status light", "At-a-glance health of the account.", None)
    realtime: bool = F(
        "Real-time channel", "X/Twitter, live video and similar: needs engagement processes first.", False
    )
    character_limit: int | None = F("Character limit", "Message length limit, when the platform has one.", None, ge=1)
    features: list[Feature] = Items("Features", "Features on or off.")
    account_approval: AccountApproval | None = F("Account approval", "The approval record of the account.", None)
    archive_connected: bool | None = F("Archive connected", "Whether capture and retention is in place.", None)
    archive_vendor: ShortText = F("Archive vendor", "Who archives the account.", "")
    monitored: bool | None = F("Monitored", "Whether the account is monitored.", None)
    monitoring_cadence: ShortText = F("Monitoring cadence", "How often it is monitored.", "")
    response_sla_hours: float | None = F(
        "Response SLA (hours)", "Time to respond to the community.", None, gt=0, le=720
    )
    staffed_hours: ShortText = F("Staffed hours", "When the account is staffed.", "")
    crisis_contact: ItemId | None = Ref("Crisis contact", "Who is called in a crisis on this channel.", "people", None)
    approval_route: ShortText = F("Approval route", "How content on this channel is approved.", "")
    training: list[ItemId] = Ref("Required training", "Training the owner must hold.", "training", default_factory=list)
    mfa: bool | None = F("Multi-factor authentication", "Whether the account is protected by MFA.", None)
    last_activity: dt.date | None = F("Last activity", "The date of the last post.", None)
    freshness_days: int | None = F(
        "Freshness threshold (days)", "Inactivity after which the channel is stale.", None, ge=1
    )
    gates_met: list[ItemId] = Ref(
        "Gates met",
        "The policy-wide gates this channel meets (Channels > Gates).",
        "gates",
        default_factory=list,
        added=2,
    )
    gates: list[ChannelGate] = Items("Own gates", "Gates only this channel must pass before it opens.", added=2)
    requires: list[ItemId] = Ref(
        "Opens after",
        "Channels that must be active before this one may be ('Facebook only after an approved LinkedIn profile').",
        "channels",
        default_factory=list,
        added=2,
    )


class ListeningStream(Model):
    id: ItemId = F("Id", "Stable id of the listening stream.")
    topic: Name = F("Topic", "What is listened for.", min_length=1)
    tool: ShortText = F("Tool", "The listening tool.", "")
    acted_on_by: ItemId | None = Ref("Charged with acting", "Who acts on what is heard.", "parties", None)
    eu_personal_data: bool | None = F(
        "EU personal data", "Whether it processes personal data of people in the EU.", None
    )


class Channels(Model):
    accounts: list[Channel] = Items("Accounts", "The channel and account register.")
    listening: list[ListeningStream] = Items(
        "Listening streams", "Social listening, each with someone charged with acting."
    )
    engagement_process: str = Text(
        "Engagement process", "How the team engages and escalates, before real-time channels go live."
    )
    freshness_days: int | None = F(
        "Freshness threshold for every channel (days)",
        "Inactivity after which any channel is stale, unless the channel sets its own threshold.",
        None,
        ge=1,
        added=2,
    )
    new_features_off: bool | None = F(
        "New platform features off until reviewed",
        "On: a feature a platform adds stays off on every account until it is reviewed. Not set: the policy "
        "says nothing.",
        None,
        added=2,
    )
    gates: list[Gate] = Items(
        "Gates",
        "The organisation's own checklist every channel passes before it opens (a registration checklist, "
        "'decide goals, audience, tactics and measures first'), beside Charter's built-in readiness gates.",
        added=2,
    )


# ---------------------------------------------------------------- 7. Content rules


class Disclosure(Model):
    text: ShortText = F("Text", "The disclosure wording, e.g. #ad.", min_length=1)
    placement: DisclosurePlacement | None = F("Placement", "Where it stands.", None)


class ContentClassDefinition(Model):
    id: ItemId = F("Id", "Stable id rules use for this class, e.g. benchmark-claim.")
    name: Name = F("Content class", "The class as the policy names it.", min_length=1)
    counts_as: ContentClass | None = F(
        "Counts as",
        "The built-in class it is a kind of, whose checks then apply to it. Not set: a class of its own.",
        None,
    )
    description: str = Text("What it covers", "What content belongs to this class.")


class ContentRule(Lockable):
    id: ItemId = F("Id", "Stable id of the rule.")
    title: Name = F("Title", "The rule in a few words.", min_length=1)
    content_class: ContentClassRef = Ref("Content class", "What kind of content the rule governs.", "content_classes")
    audiences: list[AudienceRef] = Ref(
        "Audiences", "Who the rule binds; none: everyone the policy applies to.", "audiences", default_factory=list
    )
    channels: list[ItemId] = Ref(
        "Channels", "Channels the rule applies to; none means all.", "channels", default_factory=list
    )
    approval: ApprovalMode | None = F("Approval", "Pre-review, post-review with sampling, or none.", None)
    sampling_rate: float | None = F("Sampling rate", "Share of post-reviewed items sampled (0-1).", None, ge=0, le=1)
    approver_role: ShortText = F("Approver role", "Who approves, e.g. Registered principal.", "")
    approver_qualified: bool = F(
        "Approver qualified", "Whether the approver holds the qualification a preset requires.", False
    )
    author_may_approve: bool = F("Author may approve", "Whether authors may approve their own content.", False)
    sla_hours: float | None = F("Approval SLA (hours)", "Time to approve.", None, gt=0, le=720)
    training_documented: bool = F("Training documented", "Post-review controls: reviewers are trained.", False)
    documentation: bool = F("Procedures documented", "Post-review controls: procedures are written down.", False)
    surveillance: bool = F("Surveillance", "Post-review controls: lexicon or surveillance in place.", False)
    risk_info_each_message: bool = F(
        "Risk information in each message",
        "For character-limited channels: risk information fits in every message.",
        False,
    )
    filing: bool = F(
        "Filed with the regulator",
        "Content under this rule is filed (e.g. with FINRA) as well as approved.",
        False,
        added=2,
    )
    disclosures: list[Disclosure] = Items("Disclosures", "Required disclosures and where they stand.")
    prohibited: list[ShortText] = Items("Prohibited", "What may not be published.")
    wording: str = Text("Rule", "The rule as staff will read it.")


# ---------------------------------------------------------------- decision tables and trees


class DecisionTable(LockableSince2):
    """A grid the policy decides by: scenario -> required authorisation, site -> class."""

    id: ItemId = F("Id", "Stable id of the table.")
    title: Name = F("Table", "What the table decides, e.g. Who authorises a post.", min_length=1)
    description: str = Text("How to read it", "When the table applies and how to read it.")
    columns: list[ShortText] = Items("Columns", "The column headings, the deciding columns first.")
    # a row may have fewer or more cells than there are columns while the author reshapes the
    # table (a column added or removed): nothing typed is refused or lost, documents show it all
    rows: list[list[ShortText]] = Items("Rows", "One row per case: a cell per column.")

    def shape(self) -> tuple[list[str], list[list[str]]]:
        """The headings and rows as a rectangle: short rows end in empty cells, and cells beyond
        the last heading stand under an empty one."""
        width = max([len(self.columns), *(len(row) for row in self.rows)])
        columns = [*self.columns, *[""] * (width - len(self.columns))]
        return columns, [[*row, *[""] * (width - len(row))] for row in self.rows]


class DecisionNode(Model):
    """A step of a decision tree: a question to ask next, or an outcome, reached by an answer."""

    id: ItemId = F("Id", "Stable id of the step (answers below it name it as their parent).")
    parent: ItemId | None = F("After", "The id of the question this step answers; empty for the first question.", None)
    answer: ShortText = F("Answer", "The answer to that question that leads here, e.g. Yes.", "")
    question: ShortText = F("Question", "The question asked next.", "")
    outcome: ShortText = F("Outcome", "What to do when the answers lead here.", "")


class DecisionTree(LockableSince2):
    """Questions, answers and outcomes: a response assessment, an escalation route."""

    id: ItemId = F("Id", "Stable id of the tree.")
    title: Name = F("Tree", "What the tree decides, e.g. Respond to a post about us?", min_length=1)
    description: str = Text("How to use it", "When the tree applies.")
    nodes: list[DecisionNode] = Items("Steps", "The first question, then each answer's next question or outcome.")

    @model_validator(mode="after")
    def _one_tree(self) -> DecisionTree:
        ids = {n.id for n in self.nodes}
        for i, node in enumerate(self.nodes):
            if node.parent is not None and node.parent not in ids:
                raise ValueError(
                    f"step {i + 1} ('{node.id}') comes after '{node.parent}', which is no step of this tree"
                )
            if node.parent is not None and not node.answer.strip():
                raise ValueError(f"step {i + 1} ('{node.id}') needs the answer that leads to it")
        # one pass: each step's way up to the first question is followed once; a step already
        # known to reach it ends the walk (following every step to the top is steps x depth)
        parents = {n.id: n.parent for n in self.nodes}
        rooted: set[str] = set()
        for node in self.nodes:
            path: list[str] = []
            on_path: set[str] = set()
            at: str | None = node.id
            while at is not None and at not in rooted:
                if at in on_path:
                    raise ValueError(f"the steps after '{at}' lead back to it: a tree has no circles")
                path.append(at)
                on_path.add(at)
                at = parents.get(at)
            rooted.update(path)
        return self


class ContentRules(Model):
    rules: list[ContentRule] = Items("Content rules", "Rules for official accounts by content class.")
    moderation: str = Text("Moderation", "Community guidelines: what is removed (never merely negative comments).")
    classes: list[ContentClassDefinition] = Items(
        "Content classes of the organisation",
        "Kinds of content the policy names beyond Charter's own, for rules to govern.",
        added=2,
    )
    decision_tables: list[DecisionTable] = Items(
        "Decision tables",
        "Grids the policy decides by (scenario -> required authorisation; site -> green, yellow or red).",
        added=2,
    )


# ---------------------------------------------------------------- 8. Conduct


class LegalReview(Model):
    """Who reviewed a clause against which standard, when, and with what outcome."""

    reviewer: ItemId | None = Ref("Reviewer", "The person or role who reviewed the clause.", "parties", None)
    reviewed_by: Name = F("Reviewed by (outside)", "An outside reviewer, e.g. a law firm.", "")
    date: dt.date | None = F("Date", "When the review was done.", None)
    preset: Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9-]*$", max_length=64)] | None = F(
        "Preset", "The regulatory preset whose standard was applied, e.g. NLRB-WORKRULES.", None
    )
    standard: ItemId | None = F(
        "Standard applied", "The version of the preset's standard applied, e.g. stericycle-2023.", None
    )
    outcome: ShortText = F("Outcome", "What the review concluded (lawful as written, narrowed, ...).", "")


class Clause(Lockable):
    id: ItemId = F("Id", "Stable id of the clause.")
    title: Name = F("Title", "The clause in a few words.", min_length=1)
    kind: ClauseKind | None = F("Kind", "Principle, obligation, prohibition, permission, procedure, ...", None)
    topic: ConductTopic = F("Topic", "What the clause is about.", ConductTopic.OTHER)
    audiences: list[AudienceRef] = Ref(
        "Audiences", "Who the clause binds; none: everyone the policy applies to.", "audiences", default_factory=list
    )
    wording: str = Text("Wording", "The clause as staff will read it.")
    examples: list[ShortText] = Items("Examples", "Examples that make the clause concrete.")
    exceptions: list[ShortText] = Items("Exceptions", "When the clause does not apply.")
    labour_review: LabourReview | None = F(
        "Labour-law review", "US: reviewed against NLRA Section 7 (Stericycle, 2023)?", None
    )
    legal_review: LegalReview | None = F(
        "Legal review", "Who reviewed the clause against which standard, when, with what outcome.", None, added=2
    )


class PersonalDisclosure(LockableSince2):
    """A disclosure people put on their own posts (an affiliation hashtag, #Ad, #Paid)."""

    id: ItemId = F("Id", "Stable id of the disclosure.")
    token: ShortText = F("Token", "What people write, e.g. #LifeAtGitLab, #Ad or #Paid.", min_length=1)
    short_form: ShortText = F("Short form", "The form to use where space is limited, e.g. #ad.", "")
    placement: DisclosurePlacement | None = F(
        "Placement", "Where it stands: in the post itself (inline), in the same message, ...", None
    )
    in_post_not_only_bio: bool = F(
        "In the post, not only the bio", "A disclosure in the profile or bio alone is not enough.", False
    )
    not_buried: bool = F(
        "Not buried among other hashtags", "The token stands where readers see it, not lost among others.", False
    )
    audiences: list[AudienceRef] = Ref(
        "Audiences", "Who must disclose so; none: everyone the policy applies to.", "audiences", default_factory=list
    )


class Conduct(Model):
    clauses: list[Clause] = Items("Conduct rules", "Rules for employees' personal and professional use.")
    disclosures: list[PersonalDisclosure] = Items(
        "Disclosures on people's own posts",
        "Tokens employees, advocates and influencers put on their own posts, where, and who must.",
        added=2,
    )


# ---------------------------------------------------------------- 9. Regulatory


class PresetParameters(Model):
    """Values a playbook sets for an applied preset (stricter than the preset, never looser)."""

    # a period of 0 years is not a retention period (it states no requirement): leave it empty instead
    retention_years: float | None = F("Retention (years)", "How long records are kept.", None, gt=0, le=100)
    accessible_years: float | None = F(
        "Easily accessible (years)", "How long records stay easily accessible.", None, gt=0, le=100
    )
    approval: ApprovalMode | None = F("Approval", "Approval mode applied.", None)
    filing_days: int | None = F("Filing deadline (days)", "Days before/after first use to file.", None, ge=0, le=365)
    filing_deadline: FilingTiming | None = F(
        "Filing deadline counts",
        "Whether the filing days count before or after first use (empty: as the preset's filing rules say). "
        "It decides which way is stricter: more days before first use, fewer days after it.",
        None,
        # left out of the canonical content while empty, so that approvals recorded before the field
        # existed still match (see playbooks.io.storage.fingerprint)
        exclude_if=lambda value: value is None,
    )
    filing_day_kind: FilingDays | None = F(
        "Filing days count",
        "Whether the filing deadline counts business days or calendar days. Not set: the policy does not say.",
        None,
        added=2,
    )


class AppliedPreset(Lockable):
    preset: Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9-]*$", max_length=64)] = F(
        "Preset", "The id of a regulatory preset, e.g. FINRA-STATIC."
    )
    parameters: PresetParameters = F("Parameters", "Values set by this playbook.", default_factory=PresetParameters)
    note: ShortText = F("Note", "Why the preset applies.", "")
    spoke_exceptions: bool = F(
        "Spokes may add exceptions",
        "When the preset is locked, whether spokes may still add regulatory exceptions to it. Off: an exception "
        "a spoke adds to a locked preset loosens it and is refused.",
        False,
        # left out of the canonical content while off, so that approvals recorded before the field
        # existed still match (see playbooks.io.storage.fingerprint)
        exclude_if=lambda on: on is False,
    )


class RegulatoryException(Model):
    id: ItemId = F("Id", "Stable id of the exception.")
    preset: ShortText = F("Preset", "The preset the exception concerns.", "")
    description: str = Text("Exception", "What is excepted and why.")
    approver: ItemId | None = Ref("Approver", "Who approved the exception.", "parties", None)
    expires: dt.date | None = F("Expires", "When the exception lapses.", None)


class Regulatory(Model):
    presets: list[AppliedPreset] = Items("Applied presets", "Regulatory presets that apply to this firm.")
    exceptions: list[RegulatoryException] = Items("Exceptions", "Exceptions with approver and expiry.")


# ---------------------------------------------------------------- 10. Supervision


class Lexicon(Model):
    id: ItemId = F("Id", "Stable id of the lexicon.")
    name: Name = F("Name", "The lexicon's name.", min_length=1)
    terms: list[ShortText] = Items("Terms", "Terms matched.")
    match: LexiconMatch | None = F("Match", "Exact, starts-with, phrase or proximity.", None)
    action: LexiconAction | None = F("Action", "Flag, route or block.", None)
    destination: ShortText = F("Destination", "The team that receives matches.", "")
    channels: list[ItemId] = Ref("Channels", "Channels scanned; none means all.", "channels", default_factory=list)


class Supervision(Model):
    procedure: str = Text("Review procedure", "How pre- and post-review work, sampling criteria included.")
    lexicons: list[Lexicon] = Items("Lexicons", "Surveillance lexicons.")
    evidence_fields: list[ShortText] = Items("Review evidence", "What a review records (reviewer, item, date, action).")
    remediation: list[ShortText] = Items("Remediation", "What happens to a finding (edit, delete, retrain).")
    reapproval_months: int | None = F(
        "Re-approval (months)", "How often static profiles are re-approved.", None, ge=1, le=60
    )


# ---------------------------------------------------------------- 11. Records


class RecordClass(Lockable):
    id: ItemId = F("Id", "Stable id of the record class.")
    name: Name = F("Record class", "What is kept, e.g. Business communications.", min_length=1)
    retention_years: float = F("Retention (years)", "How long the records are kept.", gt=0, le=100)
    accessible_years: float | None = F(
        "Easily accessible (years)", "How long they stay easily accessible.", None, gt=0, le=100
    )
    start_event: RetentionStart | None = F("Retention starts at", "The event from which retention runs.", None)
    storage_mode: StorageMode | None = F("Storage mode", "WORM or audit trail.", None)
    presets: list[Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9-]*$", max_length=64)]] = Items(
        "Governing presets",
        "The regulatory presets whose retention this class must meet, e.g. SEC-17A4-COMMS; "
        "none means every applied preset (the strictest retention of all).",
    )


class Recordkeeping(Model):
    record_classes: list[RecordClass] = Items("Record classes", "What is kept and for how long.")
    archive_vendor: ShortText = F("Archive vendor", "Who archives social media records.", "")
    legal_hold: str = Text("Legal hold", "How a legal hold suspends deletion.")
    production_sla_days: int | None = F(
        "Production SLA (days)", "Days to produce records to an examiner.", None, ge=1, le=365
    )


# ---------------------------------------------------------------- 12. Privacy


class WorksCouncilAgreement(Model):
    entity: Name = F("Entity", "The legal entity.", min_length=1)
    country: ShortText = F("Country", "Country of the works council.", "")
    scope: ShortText = F("Scope", "What the agreement covers (comment functions, monitoring).", "")
    agreed: dt.date | None = F("Agreed", "When the agreement was signed.", None)


class Privacy(Model):
    eu_monitoring: bool | None = F(
        "EU monitoring", "Whether employees or the public in the EU are monitored or listened to.", None
    )
    lawful_basis: ShortText = F("Lawful basis", "The lawful basis for monitoring (not consent, for employees).", "")
    notice: str = Text("Notice", "The transparency notice to employees and the public.")
    dpia_completed: bool | None = F("DPIA completed", "Whether a data protection impact assessment was done.", None)
    dpia_date: dt.date | None = F("DPIA date", "When the DPIA was completed.", None)
    joint_controller_arrangements: list[ShortText] = Items(
        "Joint-controller arrangements", "Art. 26 arrangements per platform page."
    )
    works_council_agreements: list[WorksCouncilAgreement] = Items(
        "Works-council agreements", "Co-determination agreements."
    )
    retention_cap_months: int | None = F("Retention cap (months)", "Maximum retention of monitoring data.", None, ge=1)


# ---------------------------------------------------------------- 13. Training


class TrainingModule(Model):
    id: ItemId = F("Id", "Stable id of the module.")
    title: Name = F("Title", "The module's title.", min_length=1)
    roles: list[Role] = Items("Roles", "Roles that must take it.")
    cadence_months: int | None = F("Cadence (months)", "How often it is repeated.", None, ge=1, le=120)
    validity_months: int | None = F("Validity (months)", "How long a certification stays valid.", None, ge=1, le=120)
    pass_mark: int | None = F("Pass mark (%)", "The quiz pass mark.", None, ge=0, le=100)
    required_for_access: bool | None = F("Required for account access", "No account access without it.", None)


class Training(Model):
    qualification_mode: QualificationMode | None = F(
        "Practitioner qualification", "Certification, proven experience, or either.", None
    )
    minimum_experience_years: int | None = F(
        "Minimum experience (years)",
        "Experience that qualifies a practitioner without certification.",
        None,
        ge=0,
        le=50,
    )
    modules: list[TrainingModule] = Items("Modules", "The curriculum per role.")
    attestation_cadence_months: int | None = F(
        "Attestation cadence (months)", "How often staff attest.", None, ge=1, le=60
    )
    attestation_text: str = Text("Attestation", "What staff attest to.")


# ---------------------------------------------------------------- 14. Crisis


class Trigger(Model):
    kind: TriggerKind = F("Kind", "What sort of trigger.")
    description: ShortText = F(
        "Trigger", "An objective criterion, e.g. picked up by a national newspaper.", min_length=1
    )


class EscalationContact(Model):
    person: ItemId = Ref("Contact", "Who is called: a person or a role (the duty officer).", "parties")
    backup: ItemId | None = Ref("Backup", "Who is called when the contact cannot be reached.", "parties", None)
    acknowledge_minutes: int | None = F(
        "Time to acknowledge (minutes)", "How fast the contact must respond.", None, ge=1, le=10_080
    )


class SeverityLevel(Lockable):
    id: ItemId = F("Id", "Stable id of the level.")
    level: int = F("Level", "1 is the most severe.", ge=1, le=9)
    name: Name = F("Name", "e.g. Critical.", min_length=1)
    triggers: list[Trigger] = Items("Triggers", "Objective criteria for this level.")
    contacts: list[EscalationContact] = Items("Contacts", "Who is called, with backups.")
    holding_statement: str = Text("Holding statement", "Pre-approved wording for the first response.")


class TriageRule(Model):
    type: TriageType = F("Type", "Troll, rager, misguided or unhappy customer.")
    response: str = Text("Response", "How to respond.")


class CrisisChapter(Model):
    """A chapter of crisis communication that needs no severity level: correcting the record,
    impersonation, communicating in an emergency."""

    title: Name = F("Chapter", "What the chapter covers, e.g. Correcting the record.", min_length=1)
    text: str = Text("What to do", "The chapter as staff will read it.")
    contact: ItemId | None = Ref("Who to call", "The person or role to call.", "parties", None)


class Crisis(Model):
    levels: list[SeverityLevel] = Items("Severity levels", "Levels with objective triggers and contacts.")
    triage: list[TriageRule] = Items("Triage", "How to respond to each type of poster.")
    account_compromise: str = Text("Account compromise", "What to do when an account is taken over.")
    impersonation: str = Text("Impersonation", "What to do about impersonating accounts.")
    post_incident_review: str = Text("Post-incident review", "How incidents become lessons.")
    decision_trees: list[DecisionTree] = Items(
        "Decision trees", "Questions and answers that lead to a response (a response assessment).", added=2
    )
    chapters: list[CrisisChapter] = Items(
        "Chapters", "Crisis communication the policy writes as chapters, without severity levels.", added=2
    )


# ---------------------------------------------------------------- 15. Measurement


class Metric(Model):
    id: ItemId = F("Id", "Stable id of the metric.")
    name: Name = F("Metric", "What is measured.", min_length=1)
    kpi: ShortText = F("KPI", "The key performance indicator it feeds.", "")
    objective: ItemId | None = Ref("Objective", "The objective this metric measures.", "objectives", None)
    kind: MetricKind | None = F("Kind", "Business outcome, web/vanity, operational or compliance.", None)
    source: ShortText = F("Source", "Where the data comes from.", "")
    unit: ShortText = F("Unit", "Unit of measure.", "")
    baseline: float | None = F("Baseline", "Where we start.", None)
    target: float | None = F("Target", "Where we aim.", None)
    direction: MetricDirection | None = F("Direction", "Which way is better.", None)
    cadence: ShortText = F("Cadence", "How often it is measured.", "")
    owner: ItemId | None = Ref("Owner", "Who reports it.", "parties", None)


class Measurement(Model):
    purpose: str = Text("Why we measure", "Budget allocation, channel comparison, ...: say why.")
    compares_channels: bool = F(
        "Compared with other channels", "Social is measured alongside the other channels.", False
    )
    cross_channel: str = Text("Cross-channel comparison", "How social is compared with other channels.")
    metrics: list[Metric] = Items(
        "Metrics", "Objective, KPI, metric, source, baseline, target, direction, cadence, owner."
    )
    reporting: str = Text("Reporting", "How results reach the board and senior management.")


# ---------------------------------------------------------------- 16. Experiments


class Experiment(Model):
    id: ItemId = F("Id", "Stable id of the experiment.")
    title: Name = F("Pilot", "What was tried.", min_length=1)
    spoke: ShortText = F("Spoke", "The spoke that ran it, if any.", "")
    hypothesis: str = Text("Hypothesis", "What we expected.")
    started: dt.date | None = F("Started", "When it started.", None)
    result: str = Text("Result", "What happened.")
    lesson: str = Text("Lesson", "What we learned.")
    shared_with_hub: bool | None = F("Shared with the hub", "Whether the lesson went back to the hub.", None)


class Experiments(Model):
    items: list[Experiment] = Items("Experiments", "Pilots and lessons learned.")


# ---------------------------------------------------------------- 17. Enforcement and maintenance


class Enforcement(Model):
    ladder: list[ShortText] = Items("Consequences", "The consequences of a breach (mildest first, when graded).")
    graded: bool | None = F(
        "Graded ladder",
        "On: the consequences are a graded ladder, applied in proportion from the mildest. Off: they are a "
        "list, not a ladder. Not set: the policy says neither.",
        None,
    )
    non_retaliation: str = Text("Non-retaliation", "The organisation's commitment to those who report.")
    reporting_channels: list[ShortText] = Items("Reporting channels", "Where to report a breach.")


class Maintenance(Model):
    procedure: str = Text("Review procedure", "How the playbook is reviewed and by whom.")
    communication: str = Text("Communication of changes", "How changes reach staff (and re-attestation).")
    version_archive: ShortText = F("Version archive", "Where superseded versions are kept.", "")


# ---------------------------------------------------------------- waivers


class Waiver(Model):
    code: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9-]*$", max_length=64)] = F(
        "Check", "The code of the check waived, e.g. OBJ-BALANCE."
    )
    path: ShortText = F("Field", "The field path the waiver is limited to; empty waives the check everywhere.", "")
    reason: str = Text("Reason", "Why the finding is accepted.")
    approver: Name = F("Approved by", "Who accepted it.", "")
    date: dt.date | None = F("Date", "When it was accepted.", None)
    expires: dt.date | None = F("Expires", "When the waiver lapses.", None)


# ---------------------------------------------------------------- the playbook


class Playbook(Model):
    """A social media governance playbook (a hub, or the effective playbook of a spoke)."""

    schema_version: int = F(
        "Schema version", "The version of the file format.", SCHEMA_VERSION, ge=SCHEMA_VERSION, le=SCHEMA_VERSION
    )
    document: DocumentControl = F("Document control", "Identity, version, lifecycle, owner, sign-offs.")
    scope: Scope = F("Scope and definitions", "Who and what the policy covers.", default_factory=Scope)
    objectives: Objectives = F("Objectives", "Business and community objectives.", default_factory=Objectives)
    governance: Governance = F(
        "Governance and decision rights", "The model, hub, spokes and RACI.", default_factory=Governance
    )
    people: People = F("People", "Champions, hub members, approvers, practitioners.", default_factory=People)
    channels: Channels = F("Channels and accounts", "The account register and its readiness.", default_factory=Channels)
    content: ContentRules = F("Content rules", "Rules for official accounts.", default_factory=ContentRules)
    conduct: Conduct = F("Conduct rules", "Rules for employees.", default_factory=Conduct)
    regulatory: Regulatory = F("Regulatory rule set", "Applied presets and exceptions.", default_factory=Regulatory)
    supervision: Supervision = F("Supervision and review", "Review, sampling, lexicons.", default_factory=Supervision)
    records: Recordkeeping = F("Recordkeeping", "Record classes and retention.", default_factory=Recordkeeping)
    privacy: Privacy = F("Privacy", "Lawful basis, notices, DPIA, works councils.", default_factory=Privacy)
    training: Training = F(
        "Training and attestation", "Curriculum, certification, attestation.", default_factory=Training
    )
    crisis: Crisis = F("Crisis and escalation", "Severity levels, triggers, contacts.", default_factory=Crisis)
    measurement: Measurement = F("Measurement plan", "Objectives to KPIs to metrics.", default_factory=Measurement)
    experiments: Experiments = F("Experiments and lessons", "Pilots and what they taught.", default_factory=Experiments)
    enforcement: Enforcement = F("Enforcement", "Consequences and reporting.", default_factory=Enforcement)
    maintenance: Maintenance = F(
        "Review and maintenance", "How the playbook stays current.", default_factory=Maintenance
    )
    waivers: list[Waiver] = Field(
        default_factory=list, title="Waivers", description="Accepted findings of governance checks, with reasons."
    )

    @model_validator(mode="after")
    def _check_references(self) -> Playbook:
        from playbooks.format.references import raise_for_broken_references

        raise_for_broken_references(self)
        return self


#: The sections of a playbook in document order: (attribute, title).
SECTIONS: list[tuple[str, str]] = [
    (name, str(info.title)) for name, info in Playbook.model_fields.items() if name not in ("schema_version", "waivers")
]


def section_titles() -> list[tuple[str, str]]:
    """:data:`SECTIONS` with each title in the language in force (:func:`fields.field_label`)."""
    return [(name, field_label(Playbook.model_fields[name])) for name, _ in SECTIONS]
