"""The fixed vocabularies of the domain (DOMAIN.md), as string enums.

Values are what the file holds; :func:`label` gives the wording shown to people.
"""

from __future__ import annotations

from enum import StrEnum

from playbooks.format.language import gettext


class LifecycleStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    ACTIVE = "active"
    SUPERSEDED = "superseded"
    RETIRED = "retired"


class GovernanceModel(StrEnum):
    """Organisation models from the article and Altimeter's five."""

    ORGANIC = "organic"  # the "tire": organic, from the edges, uncoordinated
    CENTRALIZED = "centralized"  # the "tower": top-down
    HUB_AND_SPOKE = "hub_and_spoke"  # coordinated: a cross-functional hub, spokes act
    DANDELION = "dandelion"  # multiple hub and spoke
    HONEYCOMB = "honeycomb"  # holistic: everyone, coordinated


GOVERNANCE_MODEL_EXPLANATIONS: dict[GovernanceModel, str] = {
    GovernanceModel.ORGANIC: "Organic (tire): social grows from the edges, uncoordinated.",
    GovernanceModel.CENTRALIZED: "Centralized (tower): one team runs everything top-down; authenticity risk.",
    GovernanceModel.HUB_AND_SPOKE: "Hub and spoke: a cross-functional hub coordinates, regions act (recommended).",
    GovernanceModel.DANDELION: "Dandelion: several hubs (e.g. business units), each with its own spokes.",
    GovernanceModel.HONEYCOMB: "Honeycomb: every employee participates, coordinated by a shared platform.",
}


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class ApprovalMode(StrEnum):
    """How content is approved: ordered from loosest to strictest."""

    NONE = "none"
    POST_REVIEW = "post_review"
    PRE_REVIEW = "pre_review"
    TEMPLATES_ONLY = "templates_only"  # only pre-approved templates may be published


#: Approval modes under which content is approved before it is published.
APPROVED_BEFORE = frozenset({ApprovalMode.PRE_REVIEW, ApprovalMode.TEMPLATES_ONLY})


class ContentClass(StrEnum):
    STATIC_PROFILE = "static_profile"
    POST = "post"
    REPLY = "reply"
    DIRECT_MESSAGE = "direct_message"
    AD = "ad"
    LIVE = "live"
    ARTICLE = "article"
    THIRD_PARTY_SHARE = "third_party_share"
    TESTIMONIAL = "testimonial"
    CONTEST = "contest"
    PODCAST = "podcast"
    PERFORMANCE_CLAIM = "performance_claim"  # performance and benchmark claims


#: Content classes that are interactive (reviewed like correspondence under FINRA).
INTERACTIVE_CLASSES = frozenset({ContentClass.POST, ContentClass.REPLY, ContentClass.DIRECT_MESSAGE, ContentClass.LIVE})


class ChannelState(StrEnum):
    PLANNED = "planned"
    PILOTING = "piloting"
    ACTIVE = "active"
    PAUSED = "paused"
    RETIRED = "retired"


class TrafficLight(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class ObjectiveKind(StrEnum):
    BUSINESS = "business"
    COMMUNITY = "community"


class Horizon(StrEnum):
    CAMPAIGN = "campaign"
    LONG_TERM = "long_term"


class MetricDirection(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"
    MAINTAIN = "maintain"


class MetricKind(StrEnum):
    BUSINESS_OUTCOME = "business_outcome"
    WEB = "web"  # page views, visits, followers, likes, impressions, reach
    OPERATIONAL = "operational"
    COMPLIANCE = "compliance"


class ClauseKind(StrEnum):
    PRINCIPLE = "principle"
    OBLIGATION = "obligation"
    PROHIBITION = "prohibition"
    PERMISSION = "permission"
    PROCEDURE = "procedure"
    DEFINITION = "definition"
    TEMPLATE_TEXT = "template_text"
    DECISION_TABLE = "decision_table"
    DECISION_TREE = "decision_tree"
    CROSS_REFERENCE = "cross_reference"
    COMMITMENT = "commitment"


class ConductTopic(StrEnum):
    DISCLOSURE_OF_AFFILIATION = "disclosure_of_affiliation"
    DISCLAIMER = "disclaimer"
    CONFIDENTIALITY = "confidentiality"
    CLIENT_INFORMATION = "client_information"
    MEDIA_CONTACT = "media_contact"
    POLITICAL_ACTIVITY = "political_activity"
    LEAVING_THE_COMPANY = "leaving_the_company"
    RESPECT = "respect"
    ADVICE = "advice"
    OTHER = "other"


class LabourReview(StrEnum):
    NOT_REVIEWED = "not_reviewed"
    IN_REVIEW = "in_review"
    REVIEWED = "reviewed"
    NOT_APPLICABLE = "not_applicable"


class FilingDays(StrEnum):
    """How a filing deadline counts its days."""

    BUSINESS = "business"
    CALENDAR = "calendar"


class FilingTiming(StrEnum):
    """Whether a filing deadline counts days before or after the first use of a communication."""

    BEFORE_FIRST_USE = "before_first_use"
    AFTER_FIRST_USE = "after_first_use"


class Audience(StrEnum):
    EMPLOYEES = "employees"
    CONTRACTORS = "contractors"
    AGENTS = "agents"
    AGENCIES = "agencies"
    INFLUENCERS = "influencers"
    EXECUTIVES = "executives"
    OFFICIAL_ACCOUNTS = "official_accounts"


class UseType(StrEnum):
    PERSONAL = "personal"
    BUSINESS = "business"
    OFFICIAL = "official"


class Function(StrEnum):
    EXECUTIVE = "executive"
    LEGAL = "legal"
    COMPLIANCE = "compliance"
    HR = "hr"
    MARKETING = "marketing"
    COMMUNICATIONS = "communications"
    CUSTOMER_SERVICE = "customer_service"
    IT_SECURITY = "it_security"
    PRIVACY = "privacy"
    RECORDS = "records"
    OPERATIONS = "operations"
    OTHER = "other"


class Role(StrEnum):
    HUB_MEMBER = "hub_member"
    SPOKE_LEAD = "spoke_lead"
    QUALIFIED_APPROVER = "qualified_approver"
    COMMUNITY_MANAGER = "community_manager"
    SPOKESPERSON = "spokesperson"
    ACCOUNT_OWNER = "account_owner"
    ADVOCATE = "advocate"
    PRACTITIONER = "practitioner"


class Seniority(StrEnum):
    JUNIOR = "junior"
    EXPERIENCED = "experienced"
    SENIOR = "senior"


class DecisionArea(StrEnum):
    POLICY_CHANGE = "policy_change"
    ACCOUNT_CREATION = "account_creation"
    TOOLS = "tools"
    CONTENT_APPROVAL = "content_approval"
    CRISIS_STATEMENTS = "crisis_statements"
    INFLUENCER_PROGRAMMES = "influencer_programmes"
    MEASUREMENT = "measurement"


class SpokeKind(StrEnum):
    REGION = "region"
    BUSINESS_UNIT = "business_unit"
    BRAND = "brand"
    AUDIENCE = "audience"  # a sub-policy for some audiences (sponsored practitioners, agents)


class Autonomy(StrEnum):
    """How much a spoke may decide alone, loosest last."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class DisclosurePlacement(StrEnum):
    """Where a disclosure stands, from most to least prominent."""

    INLINE = "inline"
    SAME_MESSAGE = "same_message"
    LAYERED = "layered"
    LINK = "link"


class StorageMode(StrEnum):
    WORM = "worm"
    AUDIT_TRAIL = "audit_trail"
    ANY = "any"


class RetentionStart(StrEnum):
    CREATION = "creation"
    LAST_USE = "last_use"
    FISCAL_YEAR_END = "fiscal_year_end"
    ACCOUNT_CLOSURE = "account_closure"
    LAST_EFFECTIVE = "last_effective"
    NEXT_EXAM = "next_exam"


class LexiconMatch(StrEnum):
    EXACT = "exact"
    STARTS_WITH = "starts_with"
    PHRASE = "phrase"
    PROXIMITY = "proximity"


class LexiconAction(StrEnum):
    FLAG = "flag"
    ROUTE = "route"
    BLOCK = "block"


class TriageType(StrEnum):
    TROLL = "troll"
    RAGER = "rager"
    MISGUIDED = "misguided"
    UNHAPPY_CUSTOMER = "unhappy_customer"


class TriggerKind(StrEnum):
    MAINSTREAM_MEDIA = "mainstream_media"
    LEGAL_REGULATORY = "legal_regulatory"
    DATA_LEAK = "data_leak"
    SAFETY = "safety"
    EXECUTIVE = "executive"
    VIRALITY = "virality"
    ACCOUNT_COMPROMISE = "account_compromise"
    OTHER = "other"


class Decision(StrEnum):
    APPROVED = "approved"
    APPROVED_WITH_CHANGES = "approved_with_changes"
    REJECTED = "rejected"


class Confidentiality(StrEnum):
    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"
    RESTRICTED = "restricted"


class QualificationMode(StrEnum):
    """How practitioners prove they may act: the article's certification debate."""

    CERTIFICATION = "certification"
    EXPERIENCE = "experience"
    EITHER = "either"


#: Wordings that the generic rule ("hub_and_spoke" -> "Hub and spoke") would get wrong.
_WORDINGS: dict[str, str] = {
    "worm": "WORM (write once, read many)",
    "hr": "HR",
    "it_security": "IT security",
    "dpia": "DPIA",
    "a4": "A4",
    "letter": "US Letter",
}


def english_label(value: StrEnum) -> str:
    """The English wording of an enum value ("hub_and_spoke" -> "Hub and spoke"): the message
    :func:`label` translates (the catalogues' extraction lists every one)."""
    raw = str(value.value)
    if raw in _WORDINGS:
        return _WORDINGS[raw]
    text = raw.replace("_", " ")
    return text[:1].upper() + text[1:]


def label(value: StrEnum) -> str:
    """The wording shown to people for an enum value ("hub_and_spoke" -> "Hub and spoke"), in the
    language in force (:mod:`playbooks.format.language`)."""
    return gettext(english_label(value))
