"""What every check needs, computed once per run: lookups, the applied presets, and today.

Checks are pure functions of a playbook, but many need the same derived facts (people by id,
the content rules that apply to a channel, the strictest combination of the presets). A
:class:`Context` computes them once per :func:`playbooks.checks.run_checks`; a check called on
its own (in a test) builds one on demand.

"Today" comes from :func:`today` only, so that date-dependent checks can be frozen in tests
with :func:`frozen_today`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from playbooks.presets import RegulatoryPreset, load_presets
from playbooks.presets.combine import Combination, combine

if TYPE_CHECKING:
    from playbooks.format.memo import SectionMemo
    from playbooks.format.model import Channel, ContentRule, Person, Playbook

_frozen: dt.date | None = None


def today() -> dt.date:
    """The date the date-dependent checks use (the real date unless frozen)."""
    return _frozen if _frozen is not None else dt.date.today()


@contextmanager
def frozen_today(day: dt.date) -> Iterator[None]:
    """Make :func:`today` return ``day`` inside the block (for tests and reproducible reports)."""
    global _frozen
    previous = _frozen
    _frozen = day
    try:
        yield
    finally:
        _frozen = previous


@dataclass
class Context:
    """Facts about one playbook that several checks need."""

    playbook: Playbook
    today: dt.date
    people: dict[str, Person]
    presets: list[tuple[int, RegulatoryPreset]]
    combination: Combination
    rules_for_all_channels: list[tuple[int, ContentRule]]
    rules_by_channel: dict[str, list[tuple[int, ContentRule]]] = field(default_factory=dict)
    #: the editor's per-section results of its earlier checks of this document (None: none)
    memo: SectionMemo | None = None
    _flag_index: dict[str, tuple[bool, set[str]]] = field(default_factory=dict, repr=False)

    @property
    def regimes(self) -> set[str]:
        """The regimes of the applied presets (FINRA, SEC, FCA, ...)."""
        return {preset.regime for _, preset in self.presets}

    @property
    def preset_ids(self) -> set[str]:
        """The ids of the applied (known) presets."""
        return {preset.id for _, preset in self.presets}

    def first_preset(self, *, regime: str | None = None, flag: str | None = None) -> RegulatoryPreset | None:
        """The first applied preset of a regime, or with a true boolean field ``flag``."""
        for _, preset in self.presets:
            if regime is not None and preset.regime == regime:
                return preset
            if flag is not None and getattr(preset, flag, False):
                return preset
        return None

    def rules_for(self, channel: Channel) -> list[tuple[int, ContentRule]]:
        """The content rules (with their indexes) that apply to ``channel``."""
        return self.rules_for_all_channels + self.rules_by_channel.get(channel.id, [])

    def covered(self, channel: Channel) -> bool:
        """Whether any content rule applies to ``channel`` (without building the list)."""
        return bool(self.rules_for_all_channels) or channel.id in self.rules_by_channel

    def any_rule(self, channel: Channel, flag: str) -> bool:
        """Whether a content rule that applies to ``channel`` has the boolean field ``flag`` set.

        Answers from a per-flag index built once, so asking for every channel stays linear.
        """
        index = self._flag_index.get(flag)
        if index is None:
            everywhere = any(getattr(rule, flag) for _, rule in self.rules_for_all_channels)
            ids = {cid for cid, rules in self.rules_by_channel.items() if any(getattr(r, flag) for _, r in rules)}
            index = self._flag_index[flag] = (everywhere, ids)
        return index[0] or channel.id in index[1]


def build(playbook: Playbook, memo: SectionMemo | None = None) -> Context:
    """Compute the context of ``playbook`` (one pass over people and content rules); ``memo``:
    see :func:`shared_context`."""
    catalogue = load_presets()
    presets = [
        (i, catalogue[item.preset]) for i, item in enumerate(playbook.regulatory.presets) if item.preset in catalogue
    ]
    everywhere: list[tuple[int, ContentRule]] = []
    by_channel: dict[str, list[tuple[int, ContentRule]]] = {}
    for index, rule in enumerate(playbook.content.rules):
        if not rule.channels:
            everywhere.append((index, rule))
        for channel_id in rule.channels:
            by_channel.setdefault(channel_id, []).append((index, rule))
    return Context(
        playbook=playbook,
        today=today(),
        people={person.id: person for person in playbook.people.people},
        presets=presets,
        combination=combine(playbook.regulatory.presets, catalogue),
        rules_for_all_channels=everywhere,
        rules_by_channel=by_channel,
        memo=memo,
    )


# Per thread (and per asyncio task): the editor may check a snapshot in a worker while the
# command line or another worker checks something else.
_current: ContextVar[tuple[Playbook, Context] | None] = ContextVar("charter_checks_context", default=None)


def context(playbook: Playbook) -> Context:
    """The context of ``playbook``: the one of the current run, or a fresh one."""
    current = _current.get()
    if current is not None and current[0] is playbook:
        return current[1]
    return build(playbook)


@contextmanager
def shared_context(playbook: Playbook, memo: SectionMemo | None = None) -> Iterator[None]:
    """Compute the context at most once while every check of a run looks at ``playbook``.

    ``memo``: only for a persistent snapshot (the editor's): checks that walk whole sections
    reuse their results for the sections unchanged since the last run (:mod:`playbooks.format.memo`)."""
    try:
        value: tuple[Playbook, Context] | None = (playbook, build(playbook, memo))
    except Exception:
        # A playbook the context cannot digest: each check then builds (and fails) on its own,
        # and the registry reports those failures as internal findings.
        value = None
    token = _current.set(value)
    try:
        yield
    finally:
        _current.reset(token)
