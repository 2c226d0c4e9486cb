"""Reading a file for export: a hub as it is, a spoke as its effective playbook plus its changes.

The regional addendum is built from :mod:`playbooks.tailoring`: every difference of the
spoke's effective playbook from its hub, with the rationale, approver and expiry of the
spoke change behind it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from playbooks.export.context import ExportError
from playbooks.export.integrations import gather
from playbooks.export.outline import date
from playbooks.export.richtext import plain_text
from playbooks.format.findings import Finding
from playbooks.format.identity import Names
from playbooks.format.language import N_, SOURCE_LANGUAGE, LanguageError, current, gettext, using
from playbooks.format.model import Playbook
from playbooks.io.storage import PlaybookLoadError
from playbooks.tailoring.resolve import spoke_entry

if TYPE_CHECKING:
    from playbooks.tailoring import Difference
    from playbooks.tailoring.reader import PlaybookFile


@dataclass
class ExportSource:
    """What an export needs from a file: the playbook to print and what the playbook alone cannot tell."""

    file: str
    playbook: Playbook
    extra: dict[str, Any] = field(default_factory=dict)
    is_spoke: bool = False
    #: the files it was read from (the file, and a spoke's hubs): what an export must never replace
    inputs: list[str] = field(default_factory=list)
    #: the language the export is written in (:func:`playbooks.export.language_for`); ``extra`` is worded in it
    language: str = "en"

    @property
    def findings(self) -> list[Finding]:
        """Structural, spoke and governance findings of the file."""
        found: list[Finding] = self.extra.get("findings", [])
        return found


def load_source(
    path: str | os.PathLike[str],
    *,
    language: str | None = None,
    site_language: str = "en",
    site_locked: bool = False,
) -> ExportSource:
    """Load a hub or spoke file for export; :class:`ExportError` (one line) if it cannot be used.

    The export's language is chosen here (``language``: what was asked for this export; the
    rest as :func:`playbooks.export.language_for`), because what ``extra`` says is worded in it.
    """
    from playbooks.export import language_for
    from playbooks.tailoring.reader import read_playbook

    name = str(path)
    try:
        read = read_playbook(path)
        playbook = read.usable(allow_errors=True)
    except PlaybookLoadError as exc:
        raise ExportError(str(exc)) from None
    resolution = read.resolution
    effective = resolution.effective if resolution is not None and resolution.effective is not None else playbook
    chosen = language_for(effective, language, site_language=site_language, site_locked=site_locked)
    try:
        with using(chosen):
            source = _read_source(name, read, playbook)
    except LanguageError as exc:
        raise ExportError(f"language: {exc}") from None
    source.language = chosen
    return source


def _read_source(name: str, read: PlaybookFile, playbook: Playbook) -> ExportSource:
    resolution = read.resolution
    if resolution is not None and resolution.effective is not None and resolution.hub is not None:
        from playbooks.tailoring import differences

        extra = gather(resolution.effective)
        extra["findings"] = [*resolution.findings, *extra.get("findings", [])]
        spoke = resolution.spoke.spoke
        names = Names(resolution.effective, resolution.hub)
        hub_names = Names(resolution.hub, resolution.effective)
        extra["changes"] = [
            _change_row(d, names, hub_names)
            for d in differences(resolution)
            # the region's own sign-offs replace the hub's: bookkeeping, not a change of policy
            if not d.address.startswith("document.sign_offs")
        ]
        hub_doc = resolution.hub.document
        extra["hub_title"] = (
            gettext("%(title)s (version %(version)s)") % {"title": hub_doc.title, "version": hub_doc.version}
            if hub_doc.version
            else hub_doc.title
        )
        extra["hub_version"] = spoke.hub_version or ""
        extra["region"] = spoke.region
        extra["spoke_kind"] = _spoke_kind(resolution.hub, spoke.region, name)
        if spoke.owner.strip():
            # the spoke's documents name its owner, not the hub's ("Hannah Fischer, Head of ...")
            extra["spoke_owner"] = spoke.owner.strip()
            extra["spoke_owner_name"] = _person_named(resolution.effective, extra["spoke_owner"])
        # the texts are in the hub's language (English unless the hub says otherwise)
        written_in = resolution.hub.document.language or SOURCE_LANGUAGE
        extra["written_in"] = written_in
        if resolution.spoke.translations:
            from playbooks.tailoring.translations import content_translations

            translations = content_translations(resolution.spoke, resolution.effective, current().tag, written_in)
            extra["translations"] = translations.as_data()
        return ExportSource(name, resolution.effective, extra, True, read.inputs)
    extra = gather(playbook)
    extra["addendum_error"] = gettext(
        "%(file)s is a hub playbook; the regional addendum needs a spoke file (one that names its hub)"
    ) % {"file": name}
    return ExportSource(name, playbook, extra, inputs=read.inputs)


def _spoke_kind(hub: Playbook, region: str, file: str) -> str:
    """How the hub calls the spoke (its entry in Governance > Spokes, by file or name): a
    :class:`SpokeKind` value ("region", "business_unit", "brand"); "spoke" when the hub does not say."""
    entry = spoke_entry(hub, region, file)
    return entry.kind.value if entry is not None and entry.kind is not None else "spoke"


def _person_named(playbook: Playbook, owner: str) -> str:
    """The name of the person a spoke's owner line names ("Hannah Fischer, Head of ..."), for
    the author of the spoke's Word and PDF files; the line itself when it names nobody listed."""
    for person in playbook.people.people:
        name = person.name.strip()
        if name and (owner == name or owner.startswith((f"{name},", f"{name} ("))):
            return name
    return owner


def _details(value: Any, at: str, names: Names) -> list[tuple[str, str]]:
    """An added item's fields as people read them (its content, not only its name): the fields
    it sets, each named as the editor names it."""
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    if not isinstance(value, dict):
        return []
    rows = []
    for name, shown in value.items():
        if name in ("id", "locked") or shown in (None, "", [], {}, False):
            continue
        where = f"{at}.{name}"
        text = names.show(shown, where)  # options by their label, people by name
        if text == shown:  # text as written: a field's Markdown as plain text
            text = plain_text(shown)
        rows.append((names.words(where)[-1], " ".join(text.split())))
    return rows


def _change_row(difference: Difference, names: Names, hub_names: Names) -> dict[str, Any]:
    """One row of the addendum: the place and values in words, and the change behind it."""
    ref = difference.change
    verbs = {"added": N_("Added"), "removed": N_("Removed"), "changed": N_("Changed")}
    # a removed item is only in the hub: its place and value are named from there
    named = hub_names if difference.kind == "removed" else names
    at = difference.path if difference.path is not None else difference.address
    return {
        "item": named.place(at),
        "change": (gettext("%(change)s (locked in hub)") if difference.locked else "%(change)s")
        % {"change": gettext(verbs.get(difference.kind, difference.kind))},
        "hub": named.show(difference.hub_value, at) if difference.kind != "added" else "",
        "spoke": named.show(difference.value, at) if difference.kind != "removed" else "",
        "rationale": " ".join(ref.rationale.split()) if ref is not None else gettext("The region's own sign-offs"),
        "approver": ref.approver if ref is not None else "",
        "expires": date(ref.expires) if ref is not None else "",
        "details": _details(difference.value, at, names) if difference.kind == "added" else [],
    }
