"""References: which actor a mention points to, given who the article spoke of lately.

Mentions (names, surnames, role nouns, pronouns, organisation phrases) in; actor ids out, with how
each was found. Keeps the discourse state: recent sentence subjects, the last speaker, recency.
"""

from __future__ import annotations

from generator.draft import lexicon as lx
from generator.draft.actors.registry import ActorRecord, Registry, pronoun_of_title
from generator.draft.attribution.cues import Cue
from generator.draft.mentions.mention import Mention, is_group
from generator.draft.mentions.places import country_of
from generator.draft.text.sentences import Sentence, Token

RECENT_SENTENCES = 8
"""How many sentences back a pronoun or a role noun may point."""
NAMED = frozenset({"name", "surname", "organisation"})
"""Ways a cue's subject can name its actor outright."""
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})
"""Before a role noun (`her son`), they name someone only through another person."""
_LEADS_IN = lx.SUBORDINATORS | lx.PREPOSITIONS | {"asked"}  # a lead-in clause before the subject


class Resolver:
    """Resolves mentions to actors in reading order, remembering who was spoken of."""

    def __init__(self, registry: Registry):
        self.registry = registry
        # (sentence index, actor id or a mention of someone not yet made an actor)
        self.subjects: list[tuple[int, str | tuple[Mention, Sentence] | None]] = []
        self.last_speaker: str | None = None
        self.seen: dict[str, int] = {}
        self.current = 0
        self._blocked = False
        self.voiced: set[int] = set()  # sentences whose subject is a body's spokesperson
        self.issuers: dict[str, tuple[Mention, Sentence]] = {}  # document noun -> its issuer
        self._mentions: tuple[int, list[Mention]] = (-1, [])  # the sentence being read
        self.leaders: dict[str, tuple[Mention, Sentence]] = {}  # `a crew headed by X` -> X

    def note_issuers(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """`a letter sent last week by Ann Lee`, `a note on behalf of the club`: who
        issued each document the sentence names, for a later `the letter says`."""
        self._mentions = (sentence.index, mentions)
        for mention in mentions:
            leader = _leader(sentence.tokens, mentions, mention)
            if leader is not None and mention.head:
                self.leaders[mention.head] = (leader, sentence)
            if mention.kind == "document" and mention.head:
                issuer = _issuer(sentence, mentions, mention)
                if issuer is not None:
                    self.issuers[mention.head] = (issuer, sentence)

    def remember(self, sentence: Sentence, mentions: list[Mention], local: list[str]) -> None:
        for mention in mentions:
            actor, _ = self._resolve(mention, sentence, [], create=False)
            if actor is not None:
                self.seen[actor] = sentence.index
        subject = local[0] if local else self._main_clause_subject(sentence, mentions)
        if subject is not None:
            self.subjects.append((sentence.index, subject))
        tokens = sentence.tokens
        closes = len(tokens) > 4 and tokens[-2].lower in _REJECTING
        rejecter = _rejecter(sentence, mentions) if closes else None
        if rejecter is not None:  # `..., a charge Lee denied.`: the next `she` is likely Lee
            actor, _ = self._resolve(rejecter, sentence, [], create=False)
            self.subjects.append((sentence.index, actor or (rejecter, sentence)))

    def _main_clause_subject(
        self, sentence: Sentence, mentions: list[Mention]
    ) -> str | tuple[Mention, Sentence] | None:
        tokens = sentence.tokens
        start = 0
        if tokens and tokens[0].lower in _LEADS_IN:
            start = next((i for i, token in enumerate(tokens) if token.text == ","), 0)
        for mention in mentions:
            if mention.first < start or mention.possessive:
                continue
            previous = tokens[mention.first - 1].lower if mention.first > 0 else None
            if previous in lx.PREPOSITIONS or mention.kind == "document":
                continue
            mention = _named_beside(tokens, mentions, mention)
            actor, _ = self._resolve(mention, sentence, [], create=False)
            if actor is None and _opening_participle(tokens, mention):
                start = _after_the_lead_in(tokens, mentions)
                continue  # `Born in Leeds, Hart worked`: no one is named `Born`
            if actor is None and mention.kind in {"role", "organisation", "government", "name"}:
                return mention, sentence  # `A neighbour, who asked not to be named, said`
            return actor
        return None

    def cue_speaker(
        self, cue: Cue, sentence: Sentence, local: list[str], *, create: bool
    ) -> tuple[str | None, str]:
        subject = cue.subject
        if subject is None:
            return None, "none"
        if cue.appositive is not None and subject.kind in {"role", "organisation", "government"}:
            return self._with_appositive(subject, cue.appositive, create)
        actor, how = self._resolve(subject, sentence, local, create=create)
        if subject.kind == "role" and actor and self.registry.get(actor).kind != "person":
            self.voiced.add(self.current)  # `a council spokesman said ... he said`
        if cue.words == "according to" and actor is not None:
            how = "according to" if how in NAMED else how
        return actor, how

    def person_named(self, mention: Mention, sentence: Sentence) -> str | None:
        """The person a name or role mention refers to, made an actor if it is a full name."""
        if mention.kind not in {"name", "role"} or mention.possessive:
            return None
        actor, _ = self._resolve(mention, sentence, [], create=False)
        full = mention.kind == "name" and len((mention.name or mention.text).split()) >= 2
        if actor is None and full:
            actor, _ = self._resolve(mention, sentence, [], create=True)
        if actor is None or self.registry.get(actor).kind != "person":
            return None
        return actor

    def _with_appositive(
        self, subject: Mention, beside: Mention, create: bool
    ) -> tuple[str | None, str]:
        if subject.kind == "role" and beside.kind == "name" and create:
            record = self.registry.person(beside.name or beside.text, subject.role)
            record.add_alias(subject.text)
            return record.id, "name"
        if beside.kind == "name" and create:
            record = self.registry.organisation(
                beside.name or beside.text, "organisation", subject.head
            )
            record.add_alias(subject.text)
            return record.id, "organisation"
        found = self.registry.find_name(
            beside.name or beside.text, kinds=("person", "organisation", "government")
        )
        return (found.id, "name") if found else (None, "none")

    def _resolve(
        self, mention: Mention, sentence: Sentence, local: list[str], *, create: bool
    ) -> tuple[str | None, str]:
        if mention.kind == "pronoun":
            head = mention.head or ""
            fitting = any(self.registry.get(actor).fits(head) for actor in local)
            earlier = None if fitting else self._named_before(mention, sentence, head, create)
            return earlier or self._pronoun(head, local, create), "pronoun"
        led = mention.kind in {"organisation", "role"} and mention.definite and not mention.name
        if led and (mention.head or "") in self.leaders:
            leader, where = self.leaders[mention.head or ""]
            actor, _ = self._resolve(leader, where, [], create=create)
            if actor is not None:
                return actor, "role"
        if mention.kind == "document" and (mention.head or "") in self.issuers:
            issuer, where = self.issuers[mention.head or ""]
            actor, _ = self._resolve(issuer, where, [], create=create)
            if actor is not None:
                return actor, "document"
        if mention.kind == "document":
            kinds = ("person", "organisation", "government")
            return self._recent_subject(kinds, create), "document"
        if mention.kind == "name":
            return self._name(mention, sentence, create)
        if mention.kind in {"organisation", "government"} and mention.name:
            return self._body(mention.name, mention.kind, mention.head, mention.text, create)
        if mention.kind in {"organisation", "government"}:
            return self._body_phrase(mention, create)
        related = sentence.tokens[mention.first].lower in _PERSONAL_POSSESSIVES
        if related and (mention.head or "") not in lx.SPOKESPERSON_NOUNS:
            return None, "none"  # `her son said`: unnamed, and no actor is called `son`
        return self._role(mention, local, create)

    def _name(self, mention: Mention, sentence: Sentence, create: bool) -> tuple[str | None, str]:
        name = mention.name or mention.text
        if len(name.split()) >= 2:
            record = self.registry.find_name(name)
            if record is None and not mention.titled:  # `a spokeswoman for Brellin Mills`
                body = self.registry.body_named(name)
                if body is not None:
                    return body.id, "organisation"
            if record is None and create:
                record = self.registry.person(name, mention.role)
            return (record.id, "name") if record else (None, "none")
        pronoun = pronoun_of_title(mention.text.split()[0]) if mention.titled else None
        record = self.registry.find_name(name, pronoun=pronoun) or self.registry.find_name(
            name, kinds=("organisation", "government")
        )
        if record is not None:
            if create:
                record.add_alias(mention.text)
            if pronoun is not None and record.kind == "person":
                record.note_gender([mention.text.split()[0]])  # `Ms Lee turned to him`: a woman
            return record.id, "surname" if record.kind == "person" else "organisation"
        country = country_of(name)
        if country is not None:
            return self._body(country, "government", None, name, create)
        if not create:
            return None, "none"
        full = self.registry.find_candidate(name)
        if full is not None:
            record = self._from_candidate(full, name)
            if pronoun is not None and record.kind == "person":
                record.note_gender([mention.text.split()[0]])
            return record.id, "surname" if record.kind == "person" else "organisation"
        kind = "person" if mention.titled else "organisation"
        record = (
            self.registry.person(name)
            if kind == "person"
            else self.registry.organisation(name, kind)
        )
        record.guessed = kind == "organisation" and record.mentions == 1
        return record.id, "name"

    def _from_candidate(self, full: str, short: str) -> ActorRecord:
        """`Arvell` for Arvell Systems, `Obi` for Sam Obi: the fuller name's actor."""
        if full.split()[-1] == short:
            record = self.registry.person(full)
        else:
            record = self.registry.organisation(full, "organisation")
        record.add_alias(short)
        return record

    def _body(
        self, name: str, kind: str, head: str | None, text: str, create: bool
    ) -> tuple[str | None, str]:
        if not create:
            found = self.registry.find_name(name, kinds=("organisation", "government"))
            return (found.id, "organisation") if found else (None, "none")
        record = self.registry.organisation(name, kind, head)
        record.add_alias(text)
        return record.id, "organisation"

    def _body_phrase(self, mention: Mention, create: bool) -> tuple[str | None, str]:
        head = mention.head or ""
        words = mention.text.split()
        if len(words) == 1 or mention.definite:
            candidates = self.registry.find_head(head, ("organisation", "government"))
            if candidates:
                return self._most_recent(candidates).id, "role"
        if len(words) == 1 and mention.definite and head in lx.BACK_REFERENCE_ORG_NOUNS:
            latest = self._recent_subject(("organisation",), create)
            if latest is not None:  # `the company` for the company last spoken of
                if create:
                    self.registry.get(latest).add_heads([head])
                return latest, "role"
        if not create:
            return None, "none"
        return self._body(mention.text, mention.kind, head, mention.text, create)

    def _role(self, mention: Mention, local: list[str], create: bool) -> tuple[str | None, str]:
        if mention.organisation and mention.organisation.islower():
            bodies = self.registry.find_head(mention.organisation, ("organisation", "government"))
            if bodies:
                return self._most_recent(bodies).id, "role"
            latest = self._recent_subject(("organisation",), create)
            if latest is not None:  # `a spokesman for the firm`: the one last spoken of
                if create:
                    self.registry.get(latest).add_heads([mention.organisation])
                return latest, "role"
        head = mention.head or ""
        if mention.organisation:
            person = self.registry.find_name(mention.organisation)
            if person is None:
                return self._body(
                    mention.organisation, "organisation", None, mention.organisation, create
                )
            if head in lx.SPOKESPERSON_NOUNS:  # `a spokesman for Davanzo`: the senator
                return person.id, "role"
            # `a lawyer for Zelie Davanzo`: the lawyer speaks, an unnamed person of their own
        if mention.definite and is_group(head):
            found = self.registry.find_name(mention.text, kinds=("organisation",))
            if found is None and create:
                found = self.registry.organisation(mention.text, "organisation")
            return (found.id, "role") if found else (None, "none")
        if mention.definite:
            candidates = self.registry.find_head(head, ("person",))
            if not candidates and " of " in mention.text:
                return self._described(mention, create)  # `the head of the police's investigators`
            found = (
                self._most_recent(candidates).id
                if candidates
                else self._pronoun("he", local, create)
            )
            if found is not None and not candidates and self._described_otherwise(found, head):
                found = None  # `the pilot ... the dispatcher`: two people known by their work
            if found is None and create:
                return self._described(mention, create)  # `The senator said`, no one to go back to
            if found is not None and create:
                self.registry.get(found).add_alias(f"the {mention.text}")
            return found, "role"
        if head in lx.SPOKESPERSON_NOUNS:
            body = self._recent_subject(("organisation", "government"), create)
            if body is not None:
                return body, "role"
        if not create:
            return None, "none"
        record = self.registry.person(mention.text, None)
        record.set_role(mention.role)
        return record.id, "role"

    def _described_otherwise(self, actor: str, head: str) -> bool:
        """True for someone known only by a role noun (`pilot`) other than `head`."""
        record = self.registry.get(actor)
        return record.kind == "person" and record.name.islower() and head not in record.heads

    def _described(self, mention: Mention, create: bool) -> tuple[str | None, str]:
        """Someone unnamed whom a full description identifies: an actor of its own."""
        found = self.registry.find_name(mention.text)
        if found is None and create:
            found = self.registry.person(mention.text)
            found.set_role(mention.role)
        return (found.id, "role") if found else (None, "none")

    def _named_before(
        self, pronoun: Mention, sentence: Sentence, word: str, create: bool
    ) -> str | None:
        """`Critics praised Ann Lee for a film that she called "x"`: a `he` or `she` just
        after `which`, `that` or `whom`, whose sentence named a person before it and no speaker,
        is the last such person who fits."""
        index, mentions = self._mentions
        if word not in {"he", "she"} or index != sentence.index or pronoun.first < 1:
            return None
        if sentence.tokens[pronoun.first - 1].lower not in _RELATIVES:
            return None  # `When Lee asked, he said`: only `a film which he called` is so close
        for mention in reversed(mentions):
            if mention.last >= pronoun.first or mention.kind != "name" or mention.possessive:
                continue
            if mention.first > 0 and sentence.tokens[mention.first - 1].lower == "by":
                continue  # `Questioned by Lee, she said`: the one asking is not `she`
            actor, _ = self._resolve(mention, sentence, [], create=False)
            if actor is None and create:
                actor = self.person_named(mention, sentence)
            if actor is None:
                continue
            record = self.registry.get(actor)
            if record.kind == "person" and record.fits(word):
                return actor
        return None

    def _pronoun(self, word: str, local: list[str], create: bool) -> str | None:
        kinds = {"he": ("person",), "she": ("person",), "it": ("organisation", "government")}.get(
            word, ("person", "organisation", "government")
        )
        for actor in reversed(local):
            record = self.registry.get(actor)
            if record.kind in kinds and record.fits(word):
                return actor
        found = self._recent_subject(kinds, create, word)
        if found is None and not self._blocked and self.last_speaker:
            last = self.registry.get(self.last_speaker)
            found = self.last_speaker if last.kind in kinds and last.fits(word) else None
        return found

    def _recent_subject(
        self, kinds: tuple[str, ...], create: bool, pronoun: str = ""
    ) -> str | None:
        """The latest sentence subject of one of `kinds`; someone unnamed becomes an actor now.

        Sets `_blocked` when the latest such subject is someone unnamed and `create` is off,
        so that callers do not reach further back past them.
        """
        self._blocked = False
        for position in range(len(self.subjects) - 1, -1, -1):
            index, subject = self.subjects[position]
            if self.current - index > RECENT_SENTENCES:
                break
            if subject is None:
                continue
            if isinstance(subject, str):
                record = self.registry.get(subject)
                if record.guessed and kinds == ("person",):
                    record.kind, record.guessed = "person", False  # `Smith said ... he added`
                if not record.fits(pronoun):
                    continue  # `she` after a man: someone before him
                if record.kind in kinds or ("person" in kinds and index in self.voiced):
                    return subject
                continue
            mention, sentence = subject
            pending = _pending_kinds(mention)
            if pending is _PERSON_OR_BODY and pronoun:
                pending = _PERSON  # `it said` does not go back to a lone `Jones said`
            if pending.isdisjoint(kinds):
                continue
            if not create:
                self._blocked = True
                return None
            self.subjects[position] = (index, None)  # no loop back here while resolving it
            actor, _ = self._resolve(mention, sentence, [], create=True)
            self.subjects[position] = (index, actor if actor is not None else subject)
            if actor is not None and not self.registry.get(actor).fits(pronoun):
                continue  # `Ms Lee turned to him. ... he answered`: someone before her
            self._blocked = actor is None  # `their neighbour said ... she added`: still no one
            return actor
        return None

    def _most_recent(self, records: list[ActorRecord]) -> ActorRecord:
        return max(
            records,
            key=lambda record: (self.seen.get(record.id, -1), record.order),
        )


def _named_beside(tokens: tuple[Token, ...], mentions: list[Mention], mention: Mention) -> Mention:
    """`The board's chair, Ann Lee, opened the meeting`: a role or body set beside a name
    between commas is that name; otherwise the mention itself."""
    after = mention.last + 1
    if mention.kind not in {"role", "organisation"} or after >= len(tokens):
        return mention
    if tokens[after].text != ",":
        return mention
    beside = next((m for m in mentions if m.first == after + 1), None)
    if beside is None or beside.kind != "name" or beside.possessive:
        return mention
    closing = beside.last + 1
    return beside if closing < len(tokens) and tokens[closing].text == "," else mention


_PARTICIPLE_ENDINGS = ("ing", "ed")
_PARTICIPLE_LENGTH = 6  # shorter words in -ing (`King`, `Ewing`) are more often names


def _opening_participle(tokens: tuple[Token, ...], mention: Mention) -> bool:
    """`Appearing before the panel, the clerk said`, `Born in Leeds, Hart`: one capitalised
    word in -ing or -ed (or `Born`) opening the sentence, with running text after it and a comma
    closing the phrase, is a participle, not a name; the caller checks that no actor has it."""
    if mention.kind != "name" or mention.first != 0 or mention.last != 0 or len(tokens) < 3:
        return False
    word = tokens[0].lower
    shaped = word == "born" or (
        len(word) >= _PARTICIPLE_LENGTH and word.endswith(_PARTICIPLE_ENDINGS)
    )
    following = tokens[1]
    running = following.is_word and following.text.islower()
    verb = following.lower in lx.SPEECH_VERBS or following.lower in lx.AUXILIARIES
    return shaped and running and not verb and any(token.text == "," for token in tokens)


def _after_the_lead_in(tokens: tuple[Token, ...], mentions: list[Mention]) -> int:
    """Where the main clause starts after an opening phrase: after the comma whose next mention
    runs straight into a lowercase word (its verb), past a description set beside the subject
    (`, the eldest of four, Hart became`); else after the first comma."""
    commas = [position for position, token in enumerate(tokens) if token.text == ","]
    starts = {mention.first: mention for mention in mentions}
    for comma in commas:
        mention = starts.get(comma + 1)
        after = mention.last + 1 if mention is not None else len(tokens)
        if after < len(tokens) and tokens[after].is_word and tokens[after].text.islower():
            return comma + 1
    return commas[0] + 1 if commas else 0


_LEADING = frozenset({"led", "headed"})
_RELATIVES = frozenset({"which", "that", "whom"})


def _leader(tokens: tuple[Token, ...], mentions: list[Mention], group: Mention) -> Mention | None:
    """`The crew, headed by Ann Lee, found`: the named person who leads a group or body met
    without a name of its own, who speaks for it when `the crew said` later."""
    if group.kind not in {"organisation", "role"} or group.name or not group.definite:
        return None
    position = group.last + 1
    if position < len(tokens) and tokens[position].text == ",":
        position += 1
    if position + 2 >= len(tokens) or tokens[position].lower not in _LEADING:
        return None
    if tokens[position + 1].lower != "by":
        return None
    found = next((m for m in mentions if m.first == position + 2), None)
    return found if found is not None and found.kind == "name" and not found.possessive else None


_ISSUER_REACH = 10  # tokens after a document noun where its `by X` may stand
_OWNED_BY_SUBJECT = frozenset({"its", "their"})


def _issuer(sentence: Sentence, mentions: list[Mention], document: Mention) -> Mention | None:
    """The mention after the first `by`, `from` or `on behalf of` that follows a document noun
    in its clause; a name set beside it (`by the operator, Ann Lee`) stands for it, and `by its
    ministry` stands for the sentence's subject (`X replied with a note issued by its
    ministry`)."""
    tokens = sentence.tokens
    end = min(len(tokens), document.last + 1 + _ISSUER_REACH)
    for position in range(document.last + 1, end):
        token = tokens[position]
        if token.kind == "quote" or token.text in {".", ";", ":"}:
            break
        word = token.lower
        behalf = word == "behalf" and position + 1 < end and tokens[position + 1].lower == "of"
        if word not in {"by", "from"} and not behalf:
            continue
        start = position + (2 if behalf else 1)
        if start < len(tokens) and tokens[start].lower in _OWNED_BY_SUBJECT:
            owner = next((m for m in mentions if m.kind != "pronoun"), None)
            return owner if owner is not None and owner.first < document.first else None
        starts = (
            {start, start + 1} if start < len(tokens) and tokens[start].lower == "the" else {start}
        )
        found = next((m for m in mentions if m.first in starts), None)
        if found is None or found.kind in {"pronoun", "document"}:
            return None
        after = found.last + 1
        if found.kind != "name" and after < len(tokens) and tokens[after].text == ",":
            beside = next((m for m in mentions if m.first == after + 1), None)
            if beside is not None and beside.kind == "name":
                return beside
        return found
    return _subject_issuing(tokens, mentions, document)


_ISSUING_VERBS = frozenset(
    {"released", "issued", "published", "posted", "sent", "releases", "issues", "publishes"}
)
_DOCUMENT_LEADS = frozenset({"a", "an", "the", "its", "their", "his", "her", "another"})


def _subject_issuing(
    tokens: tuple[Token, ...], mentions: list[Mention], document: Mention
) -> Mention | None:
    """`Acme issued a statement that said`: the subject of the verb that issues the
    document, when it opens the sentence (a name, body or pronoun just before the verb)."""
    position = document.first - 1
    while position >= 0 and tokens[position].lower in _DOCUMENT_LEADS:
        position -= 1
    if position < 1 or tokens[position].lower not in _ISSUING_VERBS:
        return None
    verb = position
    found = next((m for m in mentions if m.last < verb and m.kind != "document"), None)
    if found is None or found.possessive or found.first > 1:
        return None
    between = tokens[found.last + 1 : verb]
    if any(token.is_word and token.lower not in {"also", "then", "later"} for token in between):
        return None  # `X, who ..., released`: not the verb's subject for sure
    return found


_REJECTING = frozenset(
    {"rejected", "rejects", "denied", "denies", "disputed", "disputes", "dismissed", "contested"}
)


def _rejecter(sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """`..., a charge Ann Lee denied.`: a sentence that closes on words someone rejects, set
    beside what came before; that someone is who a following `he` or `she` answers for."""
    tokens = sentence.tokens
    end = len(tokens) - 1
    if end < 4 or tokens[end].text not in {".", "!"} or tokens[end - 1].lower not in _REJECTING:
        return None
    found = next((m for m in mentions if m.last == end - 2), None)
    if found is None or found.kind not in {"name", "role"} or found.possessive:
        return None
    before = found.first - 1
    nouns = 0
    while before >= 0 and tokens[before].is_word and tokens[before].text.islower():
        if tokens[before].lower in {"a", "an", "the", "this", "that"}:
            break
        nouns += 1
        before -= 1
    opens = before >= 1 and tokens[before].lower in {"a", "an", "the", "this", "that"}
    return found if opens and 1 <= nouns <= 2 and tokens[before - 1].text == "," else None


_PERSON_OR_BODY = frozenset({"person", "organisation"})
_PERSON = frozenset({"person"})
_GOVERNMENT = frozenset({"government"})
_ORGANISATION = frozenset({"organisation"})


def _pending_kinds(mention: Mention) -> frozenset[str]:
    """What someone not yet made an actor may be; a lone untitled word (`Norrvik said`) may be
    a person or a body."""
    if mention.kind == "name" and not mention.titled and " " not in mention.text:
        return _PERSON_OR_BODY
    if mention.kind in {"role", "name"} and not is_group(mention.head or ""):
        return _PERSON
    return _GOVERNMENT if mention.kind == "government" else _ORGANISATION
