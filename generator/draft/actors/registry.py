"""Actors: the registry of people, organisations and governments a draft names.

Mentions in (full names, surnames, role phrases, organisation names); `ActorRecord` values with
ids, fullest names, roles and aliases out. Ids are slugs of names, unique, stable across runs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from generator.draft.lexicon import (
    GENDERED_NOUNS,
    NAME_CONNECTORS,
    NAME_SUFFIXES,
    PRONOUNS,
    ROLE_NOUNS,
)
from generator.draft.mentions.mention import strip_possessive
from generator.model.reserved_ids import OUTLET

_NOT_ID = re.compile(r"[^a-z0-9]+")
_GENDERED = ROLE_NOUNS | GENDERED_NOUNS
_PRONOUN_OF = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "father", "son", "husband"), "he"),
    **dict.fromkeys(
        ("mrs", "ms", "miss", "dame", "lady", "queen", "princess", "mother", "daughter", "wife"),
        "she",
    ),
}


def pronoun_of_title(word: str) -> str | None:
    """`he` for `Mr`, `she` for `Ms.`; None for a word that shows no sex."""
    return _PRONOUN_OF.get(word.lower().rstrip("."))


def surname_of(name: str) -> str:
    """`Robert Hale Jr` -> `Hale`: a full name's last word that is not a suffix."""
    words = [word.rstrip(".,") for word in name.split()]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else name


def without_accents(text: str) -> str:
    """`Lefevre` for `Lefèvre`: the same name as many outlets write it without its marks."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def slugify(text: str, limit: int = 48) -> str:
    """`Luís Barros` -> `luis-barros`; never empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NOT_ID.sub("-", ascii_text.lower()).strip("-")[:limit].strip("-")
    return slug or "actor"


@dataclass(eq=False)
class ActorRecord:
    """One actor as the draft knows it; `speaks` when a quote is attributed to it."""

    id: str
    name: str
    kind: str
    order: int
    registry: Registry = field(repr=False)
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 1
    speaks: bool = False
    heads: set[str] = field(default_factory=set)  # role or organisation nouns that fit it
    guessed: bool = False  # a bare word taken for a body (`Smith said`); `he` may show a person
    gender: str | None = None  # `he` or `she`, from a title or role (`Ms`, `spokeswoman`)

    def add_alias(self, alias: str) -> None:
        alias = alias.strip()
        if alias.lower() in PRONOUNS:
            return  # `He` names no one: an editor's alias list holds names and descriptions
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)
            self.registry.index_name(alias, self)

    def add_heads(self, words: list[str]) -> None:
        for word in words:
            head, _ = strip_possessive(word.lower())
            if head not in self.heads:
                self.heads.add(head)
                self.registry.index_head(head, self)

    def note_gender(self, words: list[str]) -> None:
        """`he` or `she` from words that show it (`Mr`, `Assemblywoman`), unless known already."""
        if self.gender is None:
            for word in words:
                self.gender = _PRONOUN_OF.get(word.lower().rstrip("."))
                lower = word.lower()
                if self.gender is None and lower in _GENDERED and lower.endswith("man"):
                    self.gender = "she" if lower.endswith("woman") else "he"  # not `German`
                if self.gender is not None:
                    return

    def fits(self, pronoun: str) -> bool:
        """False when `he` or `she` is known not to fit this actor."""
        return self.gender is None or pronoun not in {"he", "she"} or self.gender == pronoun

    def set_role(self, role: str | None) -> None:
        if role and (self.role is None or len(role) > len(self.role)):
            self.role = role
        if role:
            self.add_heads(role.split())
            self.note_gender(role.split())


class Registry:
    """Every actor found so far, in order of first mention, indexed by name, surname and role."""

    def __init__(self) -> None:
        self.records: list[ActorRecord] = []
        self._ids: dict[str, ActorRecord] = {}
        self._names: dict[str, list[ActorRecord]] = {}
        self._endings: dict[str, list[ActorRecord]] = {}
        self._heads: dict[str, list[ActorRecord]] = {}
        self._candidates: dict[str, list[str]] = {}  # a word -> fuller names that hold it

    def add_candidate(self, name: str) -> None:
        """A capitalised name of two or more words that is not (yet) known as an actor."""
        words = name.split()
        ends = {words[0], words[-1]}
        for word in ends | {without_accents(end) for end in ends}:
            fuller = self._candidates.setdefault(word, [])
            if name not in fuller:
                fuller.append(name)

    def find_candidate(self, word: str) -> str | None:
        """The first fuller name that starts (an organisation) or ends (a person) with `word`
        (with or without its accents)."""
        names = self._candidates.get(word) or self._candidates.get(without_accents(word), [])
        return names[0] if names else None

    def index_name(self, name: str, record: ActorRecord) -> None:
        for key in {name, name.lower(), without_accents(name), without_accents(name.lower())}:
            self._names.setdefault(key, []).append(record)

    def index_head(self, head: str, record: ActorRecord) -> None:
        self._heads.setdefault(head, []).append(record)

    def _index_endings(self, record: ActorRecord) -> None:
        words = record.name.split()
        endings = {" ".join(words[-count:]) for count in range(1, len(words))}
        surname = surname_of(record.name)
        if record.kind == "person" and surname != words[-1]:
            endings.add(surname)  # `Hale` for Robert Hale Jr
        for ending in endings | {without_accents(ending) for ending in endings}:
            self._endings.setdefault(ending, []).append(record)

    def _new(self, name: str, kind: str) -> ActorRecord:
        base = slugify(name)
        actor_id, suffix = base, 2
        while actor_id in self._ids or actor_id == OUTLET:
            actor_id, suffix = f"{base}-{suffix}", suffix + 1
        record = ActorRecord(actor_id, name, kind, len(self.records), self)
        self.records.append(record)
        self._ids[actor_id] = record
        self.index_name(name, record)
        self._index_endings(record)
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
                self.index_name(name, record)
                self._index_endings(record)
        record.set_role(role)
        return record

    def organisation(self, name: str, kind: str, head: str | None = None) -> ActorRecord:
        """The organisation or government called `name`, added when new."""
        found = [r for r in self._names.get(name.lower(), []) if r.kind != "person"]
        record = found[0] if found else self._spelled_out(name)
        if record is not None:
            record.mentions += 1
        else:
            record = self._new(name, kind)
            record.add_heads(name.split())
        if head:
            record.add_heads([head])
        return record

    def _spelled_out(self, acronym: str) -> ActorRecord | None:
        """`IOPC` for the Independent Office for Police Conduct named before, as an alias."""
        if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
            return None
        for record in self.records:
            initials = "".join(word[0] for word in record.name.split() if word[0].isupper())
            if record.kind != "person" and initials == acronym:
                record.add_alias(acronym)
                return record
        return None

    def find_name(
        self, name: str, kinds: tuple[str, ...] = ("person",), pronoun: str | None = None
    ) -> ActorRecord | None:
        """The actor whose full name, alias or surname is `name`; the latest added wins a tie.

        With `pronoun` (`he` for `Mr Lee`), someone known to be the other sex is passed over, and
        someone known to fit comes before someone of whom nothing is known."""
        if pronoun is not None:
            fitting = [
                record
                for table in (self._names, self._endings)
                for record in table.get(name, [])
                if record.kind in kinds and record.fits(pronoun)
            ]
            known = [record for record in fitting if record.gender == pronoun]
            if known or fitting:
                return max(known or fitting, key=lambda record: record.order)
        for table in (self._names, self._endings):
            found = [record for record in table.get(name, []) if record.kind in kinds]
            if found:
                return max(found, key=lambda record: record.order)
        first, _, rest = name.partition(" ")
        if rest and first.lower() in NAME_CONNECTORS and not first.islower():
            return self.find_name(f"{first.lower()} {rest}", kinds)  # `Von der Leyen said`
        plain = without_accents(name)
        if plain != name:  # `Lefevre` after `Lefèvre`, either way round
            return self.find_name(plain, kinds, pronoun)
        return None

    def body_named(self, name: str) -> ActorRecord | None:
        """The organisation or government whose full name is exactly `name`, if any."""
        for record in self._names.get(name, ()):
            if record.kind != "person" and record.name == name:
                return record
        return None

    def find_head(self, head: str, kinds: tuple[str, ...]) -> list[ActorRecord]:
        """Actors a role or organisation noun fits (`governor`, `ministry`)."""
        return [record for record in self._heads.get(head, []) if record.kind in kinds]

    def shares_surname(self, record: ActorRecord) -> bool:
        """True when another person in the article has `record`'s surname (Ann, Olaf Varnell)."""
        surname = surname_of(record.name)
        named = any(
            other is not record and other.kind == "person" and surname_of(other.name) == surname
            for other in self.records
        )
        unlisted = any(  # a fuller name seen but not (yet) an actor: `her brother Tom Corliss`
            name != record.name and surname_of(name) == surname
            for name in self._candidates.get(surname, [])
        )
        return named or unlisted

    def get(self, actor_id: str) -> ActorRecord:
        return self._ids[actor_id]

    def exported(self) -> list[ActorRecord]:
        """The actors a fact sheet lists: people, speakers, and bodies named more than once."""
        return [
            record
            for record in self.records
            if record.kind == "person" or record.speaks or record.mentions >= 2
        ]
