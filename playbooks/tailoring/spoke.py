"""The spoke file format: a ``.playbook.yaml`` file that names its hub and holds only changes.

A spoke is recognised by its top-level ``spoke:`` block::

    schema_version: 2
    spoke:
      region: EMEA
      hub: meridian-securities-hub.playbook.yaml   # relative to this file
      hub_id: meridian-securities
      hub_version: 1.2.0
      hub_fingerprint: 3f1c...                     # fingerprint() of the hub when tailored
    changes:
      - action: modify                             # a hub item, field by field
        target: records.record_classes
        id: rc-business-comms
        fields: {retention_years: 7}
        hub_values: {retention_years: 6}           # what the hub said when tailored
        rationale: FCA SYSC 9 ...
        approver: Head of Compliance, UK
        expires: 2027-12-31
      - action: add                                # a new item into a list
        target: channels.accounts
        item: {id: c-uk-linkedin, platform: LinkedIn, ...}
        rationale: ...
      - action: set                                # a single field outside lists
        path: document.title
        value: Meridian Securities, EMEA social media policy
        hub_value: Meridian Securities social media policy
        rationale: ...
      - action: remove                             # a hub item (never a locked one)
        target: channels.accounts
        id: c-us-stocktwits
        rationale: ...

The shape follows NIST OSCAL profiles (``modify``/``alter``/``set-parameter``) and OpenSCAP
tailoring files (select, refine-value, a rationale per change). Drift: the spoke keeps the
hub's fingerprint and, for every field it modifies or sets, the hub's value at tailoring time
(``hub_values``/``hub_value``), so a hub update shows exactly which of the spoke's own changes
moved underneath it without needing the old hub file. ``hub_items`` (optional, at the end of
the file, written by Charter) keeps a short digest of every hub item, so the diff can also list
which other hub items changed, appeared or disappeared; ``hub_locks`` (written by Charter) keeps
the hub's locked items as they were, so that a hub file that takes a lock out (a copy of the hub)
is an error (:func:`playbooks.tailoring.locks.lock_record`). A spoke is recognised on the parsed
document (:func:`is_spoke_data`), never on its text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, BaseModel, Field, StringConstraints, TypeAdapter, ValidationError, model_validator

from playbooks.format import messages
from playbooks.format.fields import F, ItemId, Items, Model, Text, is_model, unwrap
from playbooks.format.findings import Issue
from playbooks.format.identity import item_key
from playbooks.format.language import LANGUAGE_TAG, check_tag
from playbooks.format.messages import one_line
from playbooks.format.model import SCHEMA_VERSION, SignOff
from playbooks.io.storage import (
    PlaybookLoadError,
    WriteGuard,
    check_schema_version,
    fill_version1_defaults,
    format_path,
    parse_document,
    read_text,
    save_text,
)
from playbooks.io.yamlio import dump_yaml, lines_of
from playbooks.tailoring.paths import PathError, item_model, list_spot, locate, split_dotted

SemVer = Annotated[str, StringConstraints(pattern=r"^\d+\.\d+\.\d+$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Dotted = Annotated[str, StringConstraints(pattern=r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$", max_length=200)]
HubPath = Annotated[str, StringConstraints(min_length=1, max_length=1000)]
ShortText = Annotated[str, StringConstraints(max_length=500)]

_CHANGE_ORDER = ("action", "target", "path", "id", "item", "fields", "value", "hub_values", "hub_value", "rationale")
ACTIONS = ("add", "modify", "set", "remove")

# ---------------------------------------------------------------- finding codes of spoke files

LOCKED_WEAKENED = "SPOKE-LOCKED-WEAKENED"
NO_RATIONALE = "SPOKE-NO-RATIONALE"
HUB_MISSING = "SPOKE-HUB-MISSING"
HUB_DRIFT = "SPOKE-HUB-DRIFT"
CHANGE_EXPIRED = "SPOKE-CHANGE-EXPIRED"
CHAIN_BROKEN = "SPOKE-CHAIN-BROKEN"
HUB_UNAPPROVED = "SPOKE-HUB-UNAPPROVED"
HUB_REPLACED = "SPOKE-HUB-REPLACED"
HUB_LOCKS_LOOSENED = "SPOKE-HUB-LOCKS-LOOSENED"
HUB_UNRECORDED = "SPOKE-HUB-UNRECORDED"
TRANSLATION_STALE = "SPOKE-TRANSLATION-STALE"
AUDIENCE_SCOPE = "SPOKE-AUDIENCE-SCOPE"

#: Codes of findings about the spoke file itself; waivers in the playbook never cover them
#: (a spoke could otherwise waive its own lock violations).
SPOKE_CODES = frozenset(
    {
        LOCKED_WEAKENED,
        NO_RATIONALE,
        HUB_MISSING,
        HUB_DRIFT,
        CHANGE_EXPIRED,
        CHAIN_BROKEN,
        HUB_UNAPPROVED,
        HUB_REPLACED,
        HUB_LOCKS_LOOSENED,
        HUB_UNRECORDED,
        TRANSLATION_STALE,
        AUDIENCE_SCOPE,
    }
)


# ---------------------------------------------------------------- values in their schema types


@cache
def _adapter(cls: type[BaseModel], name: str) -> TypeAdapter[Any]:
    return TypeAdapter(cls.model_fields[name].annotation)


_INTEGER = re.compile(r"^[+-]?\d+$")


def _typed_scalar(adapter: TypeAdapter[Any], value: Any) -> Any:
    try:
        typed = adapter.dump_python(adapter.validate_python(value), mode="json")
    except (ValidationError, TypeError, ValueError):
        return value  # kept as written: resolving reports it at its change
    if isinstance(typed, float) and typed.is_integer():
        # a whole number written without a decimal point stays one ('7' -> 7, '6.0' -> 6.0), so an
        # unchanged spoke saves as it was written
        if isinstance(value, str) and _INTEGER.match(value.strip()):
            return int(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return typed


def typed_fields(cls: type[BaseModel], fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` (plain data of part of a ``cls`` item, as written in a spoke) with every value
    in its field's schema type, as JSON data: ``{"retention_years": "7", "mfa": "false"}`` ->
    ``{"retention_years": 7, "mfa": False}``. Only the fields written are kept (no defaults are
    added); nested sections and list items keep their written fields too; a value that does not
    fit its field is kept as written, for resolution to report."""
    out: dict[str, Any] = {}
    for name, value in fields.items():
        info = cls.model_fields.get(name) if isinstance(name, str) else None
        out[name] = value if info is None else _typed(cls, name, value)
    return out


def _typed(cls: type[BaseModel], name: str, value: Any) -> Any:
    inner, is_list, _ = unwrap(cls.model_fields[name].annotation)
    if is_model(inner):
        if is_list and isinstance(value, list):
            return [typed_fields(inner, v) if isinstance(v, dict) else v for v in value]
        if not is_list and isinstance(value, dict):
            return typed_fields(inner, value)
        return value
    return _typed_scalar(_adapter(cls, name), value)


def typed_value(path: str, value: Any) -> Any:
    """The value of the field at a dotted ``path`` of the playbook in its schema type (see
    :func:`typed_fields`); kept as written when the path names no field."""
    try:
        spot = locate(split_dotted(path))
    except PathError:
        return value
    return _typed(spot.owner, spot.name, value)


def typed_item(target: str, item: Any) -> Any:
    """A list item of the list ``target`` in its schema types (see :func:`typed_fields`)."""
    try:
        spot = list_spot(target)
    except PathError:
        return item
    if is_model(spot.inner):
        return typed_fields(spot.inner, item) if isinstance(item, dict) else item
    return _typed_scalar(TypeAdapter(spot.inner), item) if not isinstance(item, dict | list) else item


def _item_fields(target: Any, fields: Any) -> Any:
    """``fields`` of an item of the list ``target`` typed (see :func:`typed_fields`)."""
    if not isinstance(target, str) or not isinstance(fields, dict):
        return fields
    try:
        cls = list_spot(target).inner
    except PathError:
        return fields
    return typed_fields(cls, fields) if is_model(cls) else fields


# ---------------------------------------------------------------- rationale

#: Letters that draw nothing (Hangul and halfwidth fillers): they pass str.isalpha().
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")
#: Rationales that say nothing, compared without case, spaces and punctuation.
_FILLER = frozenset(
    {
        "none", "nil", "null", "tbd", "tba", "todo", "fixme", "xxx", "test", "asdf", "lorem ipsum",
        "see above", "as above", "same as above", "same", "ditto", "yes", "because", "idk", "dunno",
        "not applicable", "nothing", "empty", "blank", "rationale", "reason", "why", "n a",
    }
)  # fmt: skip


def visible_text(text: str) -> str:
    """The letters and digits of ``text`` a reader can see (NFKC; format characters, fillers and
    marks dropped), casefolded and joined by single spaces."""
    words: list[str] = []
    word = ""
    for ch in unicodedata.normalize("NFKC", text):
        category = unicodedata.category(ch)
        if category[0] in "LN" and ch not in _INVISIBLE_LETTERS:
            word += ch.casefold()
        elif category[0] == "M" and word:
            continue
        elif word:
            words.append(word)
            word = ""
    if word:
        words.append(word)
    return " ".join(words)


@dataclass(frozen=True)
class RationaleProblem:
    """Why a text is not a rationale: ``missing`` when it has no letter or digit a reader can see
    (the editor refuses it), else it is a placeholder such as "n/a" (a warning)."""

    missing: bool
    message: str

    def __str__(self) -> str:
        return self.message


def rationale_problem(text: str) -> RationaleProblem | None:
    """Why ``text`` is not a rationale, or None when it says something.

    The one rule for the spoke file (``SPOKE-NO-RATIONALE``), the tailoring view's dialogs and
    :func:`playbooks.tailoring.propose_change`: a rationale needs letters or digits a reader can
    see (zero-width, format and filler characters do not count), and placeholders such as
    "n/a", "." or "tbd" say nothing.
    """
    visible = visible_text(text)
    if not visible:
        return RationaleProblem(True, "has no rationale")
    if visible in _FILLER or visible.replace(" ", "") in _FILLER or len(visible.replace(" ", "")) < 3:
        shown = one_line(" ".join(text.split()))[:40]
        return RationaleProblem(False, f"has only the placeholder “{shown}” as its rationale")
    return None


def no_rationale(problem: RationaleProblem) -> str:
    """The one sentence about a change's missing or placeholder rationale (the finding's line and
    path say which change)."""
    return f"This change {problem.message}; say why the region departs from the hub"


def says_nothing(text: str) -> bool:
    """Whether ``text`` says nothing a reader can use: empty, invisible, or a placeholder such as
    "none", "n/a" or "tbd" (the rule of :func:`rationale_problem`, for any text that must say
    something, such as a contact detail)."""
    return rationale_problem(text) is not None


class SpokeHeader(Model):
    """What a spoke is tailored from: the hub file, and the hub as it was when tailored."""

    region: Annotated[str, StringConstraints(min_length=1, max_length=200)] = F(
        "Region", "The region, business unit or brand this spoke serves, e.g. EMEA."
    )
    hub: HubPath = F(
        "Hub file",
        "The hub playbook this spoke tailors, as a path relative to this file "
        "(the hub may itself be a spoke: dandelion).",
    )
    hub_id: ItemId | None = F("Hub id", "The hub's playbook id when the spoke was tailored.", None)
    hub_version: SemVer | None = F("Hub version", "The hub's version when the spoke was tailored.", None)
    hub_fingerprint: Sha256 | None = F(
        "Hub fingerprint",
        "The hub's content fingerprint when the spoke was tailored; a different fingerprint now means the "
        "hub changed underneath the spoke (SPOKE-HUB-DRIFT).",
        None,
    )
    owner: ShortText = F("Spoke owner", "The regional manager responsible for this spoke.", "")
    sign_offs: list[SignOff] = Items(
        "Spoke sign-offs",
        "Approvals of the spoke's effective playbook. The hub's sign-offs approve the hub's content, not the "
        "region's, so they are not carried into the effective playbook.",
    )


class ChangeBase(Model):
    """What every change carries: why, who approved it, until when."""

    rationale: str = Text("Rationale", "Why the spoke departs from the hub (a local law, market, language).")
    approver: ShortText = F("Approver", "Who approved this change.", "")
    expires: dt.date | None = F("Expires", "When the change lapses and must be renewed or removed.", None)


class AddChange(ChangeBase):
    """A new item in a hub list: a local channel, preset, contact, clause."""

    action: Literal["add"] = F("Action", "Add a new item to a list.")
    target: Dotted = F("List", "The list the item goes into, e.g. channels.accounts.")
    item: Any = F("Item", "The new item, written as in a playbook (a mapping, or a plain value for lists of text).")

    @model_validator(mode="before")
    @classmethod
    def _typed(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("target"), str) and "item" in data:
            return {**data, "item": typed_item(data["target"], data["item"])}
        return data


class ModifyChange(ChangeBase):
    """A hub item changed field by field; the item is named by its key, never its position."""

    action: Literal["modify"] = F("Action", "Change fields of a hub item.")
    target: Dotted = F("List", "The list holding the hub item, e.g. records.record_classes.")
    id: Annotated[str, StringConstraints(min_length=1, max_length=200)] = F(
        "Item", "The hub item's id (or key: the preset code for applied presets, the person for champions)."
    )
    fields: dict[str, Any] = F(
        "New values", "Field -> new value. A nested section (e.g. parameters) is merged field by field.", min_length=1
    )
    hub_values: dict[str, Any] = F(
        "Hub values when tailored",
        "The hub's values of the same fields when the spoke was tailored.",
        default_factory=dict,
    )

    @model_validator(mode="before")
    @classmethod
    def _typed(cls, data: Any) -> Any:
        if isinstance(data, dict):
            target = data.get("target")
            data = {**data, **{k: _item_fields(target, data[k]) for k in ("fields", "hub_values") if k in data}}
        return data


class SetChange(ChangeBase):
    """A single field outside lists: document title, review cadence, privacy settings."""

    action: Literal["set"] = F("Action", "Set one field.")
    path: Dotted = F("Field", "The field, e.g. document.title or privacy.eu_monitoring.")
    value: Any = F("Value", "The spoke's value.")
    hub_value: Any = F("Hub value when tailored", "The hub's value when the spoke was tailored.", None)

    @model_validator(mode="before")
    @classmethod
    def _typed(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("path"), str):
            path = data["path"]
            data = {**data, **{k: typed_value(path, data[k]) for k in ("value", "hub_value") if k in data}}
        return data


class RemoveChange(ChangeBase):
    """A hub item or list value the region does not use (never a locked item)."""

    action: Literal["remove"] = F("Action", "Remove a hub item or a value from a list of text.")
    target: Dotted = F("List", "The list, e.g. channels.accounts or scope.territories.")
    id: Annotated[str, StringConstraints(min_length=1, max_length=500)] = F(
        "Item", "The hub item's id or key, or the value to remove from a list of text."
    )


Change = Annotated[AddChange | ModifyChange | SetChange | RemoveChange, Field(discriminator="action")]


def _lock_entry(value: Any) -> Any:
    if not isinstance(value, dict) or not re.fullmatch(r"[0-9a-f]{12}", str(value.get("fixed", ""))):
        raise ValueError(
            "each entry needs 'fixed', a 12-hex digest (written by Charter; 'charter rebase' writes it again)"
        )
    return value


def _typed_locks(locks: Any) -> Any:
    """``hub_locks`` with every recorded value in its field's schema type (as the changes are):
    the entry's address names the list, and so the item's model."""
    if not isinstance(locks, dict):
        return locks
    out: dict[Any, Any] = {}
    for name, entry in locks.items():
        target = name.split("[", 1)[0] if isinstance(name, str) else ""
        try:
            cls = list_spot(target).inner
        except PathError:
            cls = None
        if isinstance(entry, dict) and is_model(cls):
            rest = {k: v for k, v in entry.items() if k != "fixed"}
            entry = {**({"fixed": entry["fixed"]} if "fixed" in entry else {}), **typed_fields(cls, rest)}
        out[name] = entry
    return out


#: One entry of :attr:`SpokeFile.hub_locks` (see :func:`playbooks.tailoring.locks.lock_record`).
LockEntry = Annotated[dict[str, Any], AfterValidator(_lock_entry)]


class Translation(Model):
    """A spoke's translation of one text of its effective playbook (the hub's, or its own)."""

    path: Annotated[str, StringConstraints(min_length=1, max_length=1000)] = F(
        "Field",
        "The text translated, addressed as spoke changes and comparisons address a field: list items by "
        "their id, e.g. content.rules[r-promo].wording or document.title.",
    )
    language: Annotated[str, StringConstraints(pattern=LANGUAGE_TAG), AfterValidator(check_tag)] = F(
        "Language", "The language of the translation, a BCP 47 tag: de, de-DE, fr-FR, es-MX, ja, ar-AE."
    )
    text: str = Text("Translation", "The text in that language (Markdown where the source is Markdown).")
    source_digest: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{12}$")] = F(
        "Source digest",
        "A digest of the source text this translation translates. When the source changes (the hub rewords a "
        "rule), the translation is stale (SPOKE-TRANSLATION-STALE) until it is reviewed and its digest refreshed "
        "('charter translate refresh'). Written by Charter.",
    )
    reviewed_by: ShortText = F(
        "Reviewed by", "Who reviewed the translation against its source (documents name them).", ""
    )
    hub_approval: ShortText = F(
        "Hub approval",
        "Who at the hub approved the translation of a text the hub locks (a translation of a locked rule is "
        "what the region reads in its place: without the hub's approval it is an error, SPOKE-LOCKED-WEAKENED).",
        "",
    )


class SpokeFile(Model):
    """A spoke playbook file: its hub, and only the changes the region makes to it."""

    schema_version: int = F(
        "Schema version",
        "The version of the file format: that of the playbooks whose items and values its changes hold.",
        SCHEMA_VERSION,
        ge=1,
        le=SCHEMA_VERSION,
    )
    spoke: SpokeHeader = F("Spoke", "The hub this file tailors and the hub version it was tailored against.")
    changes: list[Change] = Items("Changes", "Additions, modifications, settings and removals, each with a rationale.")
    hub_items: dict[str, Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{12}$")]] = F(
        "Hub item digests",
        "A short digest of every hub item and section when the spoke was tailored, so a diff can list "
        "which hub items changed since. Written by Charter; do not edit.",
        default_factory=dict,
    )
    hub_locks: dict[str, LockEntry] = F(
        "Hub locks",
        "The hub's locked items, and the items they name, as they were when the spoke was tailored: for each, "
        "a digest of its fields with no tighter direction and the value of each field with one. A lock the hub "
        "file removes or loosens since is an error unless the hub is approved as it is "
        "(SPOKE-HUB-LOCKS-LOOSENED). Written by Charter; do not edit.",
        default_factory=dict,
    )
    translations: list[Translation] = Items(
        "Translations",
        "The region's translations of texts of its effective playbook, each with the digest of the text it "
        "translates; an export in that language uses a current one.",
    )

    @model_validator(mode="before")
    @classmethod
    def _typed(cls, data: Any) -> Any:
        if isinstance(data, dict) and "hub_locks" in data:
            return {**data, "hub_locks": _typed_locks(data["hub_locks"])}
        return data


# ---------------------------------------------------------------- reading and writing


def is_spoke_data(data: Any) -> bool:
    """Whether a parsed document (:func:`~playbooks.io.storage.parse_document`) is a spoke: it has a
    top-level ``spoke`` key. Decided on what the parser read, never on the text, so that however the
    key is written (quoted, escaped, after CR-only line ends) a spoke is never taken for a hub."""
    return isinstance(data, dict) and "spoke" in data


def _issues(exc: ValidationError, text: str) -> list[Issue]:
    issues: list[Issue] = []
    errors = exc.errors(include_url=False)
    # the discriminator tag ("add", "modify", ...) is noise in a path people read
    locs = [tuple(p for p in err["loc"] if isinstance(p, int) or (p not in ACTIONS and "[" not in p)) for err in errors]
    for err, loc, line in zip(errors, locs, lines_of(text, locs), strict=True):
        if err["type"] == "union_tag_invalid":
            message = f"action must be one of: {', '.join(ACTIONS)}"
        elif err["type"] == "union_tag_not_found":
            message = f"each change needs an action ({', '.join(ACTIONS)})"
        else:  # in the editor's words, as for a playbook (never pydantic's, nor a raw pattern)
            message = messages.plain(err, document="spoke")
        issues.append(Issue(format_path(loc), message, line))
    return issues


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """A version-1 spoke as version 2 reads it: the items it adds and the values it sets or
    records were written by version-1 Charter, which left out every value equal to its default;
    each gets the value version 1 read there (:func:`~playbooks.io.storage.fill_version1_defaults`),
    as its hub's items do. A modification's fields stay those it names."""
    changes = data.get("changes")
    if not isinstance(changes, list):
        return {**data, "schema_version": 2}
    upgraded = []
    for change in changes:
        if isinstance(change, dict):
            change = dict(change)
            try:
                if change.get("action") == "add" and isinstance(change.get("target"), str):
                    inner = list_spot(change["target"]).inner
                    if is_model(inner):
                        change["item"] = fill_version1_defaults(change.get("item"), inner)
                elif change.get("action") == "modify" and isinstance(change.get("target"), str):
                    inner = list_spot(change["target"]).inner
                    for key in ("fields", "hub_values"):
                        if is_model(inner) and key in change:
                            change[key] = fill_version1_defaults(change[key], inner, top=False)
                elif change.get("action") == "set" and isinstance(change.get("path"), str):
                    spot = locate(split_dotted(change["path"]))
                    inner, is_list, _ = unwrap(spot.owner.model_fields[spot.name].annotation)
                    for key in ("value", "hub_value"):
                        if is_model(inner) and change.get(key) is not None:
                            value = change[key]
                            change[key] = (
                                [fill_version1_defaults(v, inner) for v in value]
                                if is_list and isinstance(value, list)
                                else fill_version1_defaults(value, inner)
                            )
            except PathError:
                pass  # resolution names the target it cannot find, at its change
        upgraded.append(change)
    return {**data, "changes": upgraded, "schema_version": 2}


def spoke_from_text(name: str, text: str, data: dict[str, Any] | None = None) -> SpokeFile:
    """Parse and validate spoke text; raises :class:`PlaybookLoadError` (one line per issue).
    ``data``: the text already parsed (:func:`~playbooks.io.storage.parse_document`)."""
    if data is None:
        data = parse_document(name, text)
    check_schema_version(name, data, text)
    if data.get("schema_version", 0) == 0:
        raise PlaybookLoadError(
            name, "schema", [Issue("schema_version", f"a spoke file needs schema_version: {SCHEMA_VERSION}")]
        )
    if data["schema_version"] == 1:
        data = _v1_to_v2(data)
    try:
        return SpokeFile.model_validate(data)
    except ValidationError as exc:
        raise PlaybookLoadError(name, "schema", _issues(exc, text)) from None


def load_spoke(path: str | Any) -> SpokeFile:
    """Read a spoke file with the same guards as playbooks (size, encoding, YAML safety)."""
    from pathlib import Path

    path = Path(path)
    return spoke_from_text(str(path), read_text(path))


def spoke_to_data(spoke: SpokeFile) -> dict[str, Any]:
    """The spoke as plain data for the file, defaults left out, header first."""
    data = spoke.model_dump(mode="json", exclude_defaults=True)
    data.pop("schema_version", None)
    header = data.get("spoke", {})
    changes = []
    for raw in data.get("changes", []):
        # what the change does first, then why; an empty rationale stays visible so people fill it in
        raw.setdefault("rationale", "")
        first = [k for k in _CHANGE_ORDER if k in raw]
        changes.append({k: raw[k] for k in [*first, *(k for k in raw if k not in first)]})
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "spoke": header, "changes": changes}
    if data.get("translations"):
        out["translations"] = data["translations"]
    if spoke.hub_items:
        out["hub_items"] = dict(spoke.hub_items)
    if spoke.hub_locks:
        out["hub_locks"] = {name: dict(entry) for name, entry in spoke.hub_locks.items()}
    return out


def dumps_spoke(spoke: SpokeFile) -> str:
    """The spoke as deterministic YAML text."""
    return dump_yaml(spoke_to_data(spoke))


def save_spoke(spoke: SpokeFile, path: str | Any, *, guard: WriteGuard | None = None) -> str:
    """Save a spoke atomically (the previous content kept as ``.bak``), keeping its leading
    comments; ``guard`` and the line returned: see :func:`playbooks.io.storage.atomic_write`."""
    return save_text(path, dumps_spoke(spoke), guard=guard)


def change_lines(text: str, count: int) -> list[int | None]:
    """The line of each change in the spoke text (for findings that point into the file).

    One pass over the parser's events (no node tree, no tag resolution): a spoke with
    thousands of changes, or a long ``hub_items`` block, stays fast.
    """
    lines: list[int | None] = [None] * count
    found = 0
    # one frame per open mapping/sequence: [is a mapping, next node is a key, last key, is 'changes']
    stack: list[list[Any]] = []
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.ScalarEvent | yaml.MappingStartEvent | yaml.SequenceStartEvent):
                parent = stack[-1] if stack else None
                is_key = parent is not None and parent[0] and parent[1]
                if parent is not None and parent[3] and found < count:
                    lines[found] = int(event.start_mark.line) + 1
                    found += 1
                if parent is not None and parent[0]:
                    if is_key:
                        parent[2] = event.value if isinstance(event, yaml.ScalarEvent) else None
                    parent[1] = not is_key
                if isinstance(event, yaml.ScalarEvent):
                    continue
                is_changes = (
                    len(stack) == 1
                    and parent is not None
                    and parent[2] == "changes"
                    and isinstance(event, yaml.SequenceStartEvent)
                )
                stack.append([isinstance(event, yaml.MappingStartEvent), True, None, is_changes])
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                if stack.pop()[3]:
                    return lines
    except yaml.YAMLError:
        return lines
    return lines


def describe_change(change: AddChange | ModifyChange | SetChange | RemoveChange) -> str:
    """A short label of a change, e.g. ``modify records.record_classes[rc-comms]``."""
    if isinstance(change, SetChange):
        return f"set {change.path}"
    if isinstance(change, AddChange):
        try:
            key = item_key(change.item, item_model(change.target))
        except PathError:
            key = None
        return f"add {change.target}[{key}]" if key is not None else f"add {change.target}"
    return f"{change.action} {change.target}[{change.id}]"
