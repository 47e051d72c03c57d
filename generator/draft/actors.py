"""Actors: the registry of people, organisations and governments a draft names.

Mentions in (full names, surnames, role phrases, organisation names); `ActorRecord` values with
ids, fullest names, roles and aliases out. Ids are slugs of names, unique, stable across runs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from generator.factsheet import OUTLET

_NOT_ID = re.compile(r"[^a-z0-9]+")


def slugify(text: str, limit: int = 48) -> str:
    """`Luís Barros` -> `luis-barros`; never empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NOT_ID.sub("-", ascii_text.lower()).strip("-")[:limit].strip("-")
    return slug or "actor"


def _without_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "\u2019s")) else word


@dataclass
class ActorRecord:
    """One actor as the draft knows it; `speaks` when a quote is attributed to it."""

    id: str
    name: str
    kind: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 1
    speaks: bool = False
    heads: set[str] = field(default_factory=set)  # role or organisation nouns that fit it

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def add_alias(self, alias: str) -> None:
        alias = alias.strip()
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def set_role(self, role: str | None) -> None:
        if role and (self.role is None or len(role) > len(self.role)):
            self.role = role
        if role:
            self.heads.update(_without_possessive(word.lower()) for word in role.split())


class Registry:
    """Every actor found so far, in order of first mention."""

    def __init__(self) -> None:
        self.records: list[ActorRecord] = []

    def _new(self, name: str, kind: str) -> ActorRecord:
        base = slugify(name)
        taken = {record.id for record in self.records} | {OUTLET}
        actor_id, suffix = base, 2
        while actor_id in taken:
            actor_id, suffix = f"{base}-{suffix}", suffix + 1
        record = ActorRecord(actor_id, name, kind)
        self.records.append(record)
        return record

    def person(self, name: str, role: str | None = None) -> ActorRecord:
        """The person called `name` (a full name), added when new."""
        record = self.find_name(name, kinds=("person",))
        if record is None:
            record = self._new(name, "person")
        else:
            record.mentions += 1
            if len(name.split()) > len(record.name.split()):
                record.add_alias(record.name)
                record.name = name
        record.set_role(role)
        return record

    def organisation(self, name: str, kind: str, head: str | None = None) -> ActorRecord:
        """The organisation or government called `name`, added when new."""
        for record in self.records:
            if record.kind != "person" and record.name.lower() == name.lower():
                record.mentions += 1
                if head:
                    record.heads.add(head)
                return record
        record = self._new(name, kind)
        if head:
            record.heads.add(head)
        record.heads.update(word.lower() for word in name.split())
        return record

    def find_name(self, name: str, kinds: tuple[str, ...] = ("person",)) -> ActorRecord | None:
        """The actor whose full name or surname is `name`; the latest added wins a tie."""
        words = name.split()
        for record in reversed(self.records):
            if record.kind not in kinds:
                continue
            if record.name == name or name in record.aliases:
                return record
        for record in reversed(self.records):
            if record.kind not in kinds:
                continue
            parts = record.name.split()
            if len(words) < len(parts) and parts[-len(words) :] == words:
                return record
        return None

    def find_head(self, head: str, kinds: tuple[str, ...]) -> list[ActorRecord]:
        """Actors a role or organisation noun fits (`governor`, `ministry`)."""
        return [record for record in self.records if record.kind in kinds and head in record.heads]

    def get(self, actor_id: str) -> ActorRecord:
        return next(record for record in self.records if record.id == actor_id)

    def exported(self) -> list[ActorRecord]:
        """The actors a fact sheet lists: people, speakers, and bodies named more than once."""
        return [
            record
            for record in self.records
            if record.kind == "person" or record.speaks or record.mentions >= 2
        ]
