"""Mentions: the people, organisations and governments a sentence names or refers to.

A `Sentence` in; `Mention` values out: proper names with their titles or role phrases, noun
phrases headed by a role or an organisation (`the diplomat`, `the Chinese government`), pronouns.
"""

from __future__ import annotations

from generator.draft import lexicon as lx
from generator.draft.mentions.mention import (
    PHRASE_STOPS,
    Mention,
    is_acronym,
    is_group,
    is_possessive,
    strip_possessive,
)
from generator.draft.mentions.phrases import nationality, noun_phrase
from generator.draft.mentions.places import country_of, is_adjective
from generator.draft.text.sentences import Sentence, Token

_PERSON_PREFIXES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame"})


def find_mentions(sentence: Sentence) -> list[Mention]:
    """Every mention in the sentence, in order, none overlapping."""
    tokens = sentence.tokens
    found: list[Mention] = []
    position = 0
    while position < len(tokens):
        mention = _mention_at(tokens, position)
        if mention is None:
            position += 1
            continue
        while found and found[-1].last >= mention.first:
            found.pop()
        found.append(mention)
        position = mention.last + 1
    return found


def _mention_at(tokens: tuple[Token, ...], position: int) -> Mention | None:
    token = tokens[position]
    if not token.is_word:
        return None
    if token.lower in lx.PRONOUNS and (token.text.islower() or position == 0):
        return Mention("pronoun", position, position, token.text, head=token.lower)
    if token.lower == "the":
        person = nationality(tokens, position)
        if person is not None:
            return person
    if token.lower == "the" and position + 1 < len(tokens) and tokens[position + 1].capitalised:
        body = _name(tokens, position + 1)
        if body.kind == "organisation" and len(body.text.split()) >= 2:
            return body  # `the Ministry of Health`, `the Northern Rail Police`
    if token.lower in lx.DETERMINERS or is_possessive(token.text):
        phrase = noun_phrase(tokens, position)
        if phrase is not None:
            return phrase
    if (
        token.capitalised
        and (position == 0 or tokens[position - 1].kind == "quote")
        and _group_of_a_body(tokens, position)
    ):
        word = token.text.lower()
        return Mention("role", position, position, word, role=word, head=word, definite=True)
    if _name_word(tokens, position):
        return _name(tokens, position)
    return None


def _group_of_a_body(tokens: tuple[Token, ...], position: int) -> bool:
    """`Customers of Marrowfield Bank queued`: a plural role noun capitalised only because it opens
    the sentence (the caller checks), then `of` and a body's name, is a group of the body, not
    part of its name."""
    if not is_group(tokens[position].lower) or position + 2 >= len(tokens):
        return False
    if tokens[position + 1].text != "of" or not tokens[position + 2].capitalised:
        return False
    body = _name(tokens, position + 2)
    return body.kind == "organisation"


def _name_word(tokens: tuple[Token, ...], position: int) -> bool:
    token = tokens[position]
    if not token.capitalised or _calendar_word(tokens, position):
        return False
    if position == 0 or tokens[position - 1].kind == "quote":
        return token.text not in lx.SENTENCE_STARTERS
    return True


def _calendar_word(tokens: tuple[Token, ...], position: int) -> bool:
    """`Monday`, `Tuesday's`, `March` on its own: a day or a month, never a name."""
    word = strip_possessive(tokens[position].text)[0].lower()
    if word in lx.WEEKDAYS:
        return True
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    alone = following is None or not following.capitalised
    return word in lx.MONTHS and word != "may" and alone  # `May` is also a surname


def _name(tokens: tuple[Token, ...], first: int) -> Mention:
    words = []
    last = first
    position = first
    possessive = False
    while position < len(tokens):
        token = tokens[position]
        if token.text in _PERSON_PREFIXES and _dotted_prefix(tokens, position):
            words.append(token.text)
            last = position + 1
            position += 2
        elif _initial(tokens, position):
            words.append(f"{token.text}.")  # `Paul J. Hobbs`: the initial belongs to the name
            last = position + 1
            position += 2
        elif token.capitalised:
            word, possessive = strip_possessive(token.text)
            words.append(word)
            last = position
            position += 1
            if possessive:
                break
        elif (
            (
                token.lower in lx.NAME_CONNECTORS
                or _the_after_of(tokens, position, words)
                or (token.lower == "on" and words and words[-1] in lx.ORG_NAME_WORDS)
            )  # `Commission on Human Rights`, never `Lee on Monday`
            and token.text.islower()
            and words
            and (
                _capitalised_after_connectors(tokens, position + 1)
                or _body_of_the(tokens, position, words)
            )
            and token.lower != "and"
            and (token.lower != "for" or any(word in lx.ORG_NAME_WORDS for word in words))
            and not (token.lower == "of" and _person_so_far(words))
        ):
            words.append(token.text)
            position += 1
        else:
            break
    role_first, role = _role_before(tokens, first)
    text = " ".join(words)
    group = tokens[last + 1] if last + 1 < len(tokens) and not possessive else None
    if group is not None and group.text.islower() and is_group(group.lower):
        # `Lower Dale residents`: the name says where the group is from, the noun who speaks
        phrase = f"{text} {group.text}"
        return Mention(
            "role", first, last + 1, phrase, role=phrase, head=group.lower, definite=True
        )
    if group is not None and group.lower == "police" and group.text.islower():
        # `Dunstreath police said`: the force of the place named, an organisation
        phrase = f"{text} {group.text}"
        return Mention("organisation", first, last + 1, phrase, name=phrase, head="police")
    country = country_of(text)
    if country is not None:
        return Mention("government", first, last, text, name=country, possessive=possessive)
    office = _office_before_name(words)
    kind_before = first > 0 and tokens[first - 1].lower in lx.ORG_NOUNS  # `the group Green Earth`
    if office is None and (
        kind_before or any(word in lx.ORG_NAME_WORDS for word in words) or is_acronym(words)
    ):
        name = text[4:] if text.startswith("The ") else text
        return Mention("organisation", first, last, text, name=name, possessive=possessive)
    title, name_words = office or _split_title(words)
    if not name_words and len(title) == 1 and _names_a_department(title[0]):
        return Mention("organisation", first, last, text, name=title[0], possessive=possessive)
    if not name_words:
        head = title[-1].lower() if title else None
        return Mention(
            "role",
            role_first,
            last,
            text,
            role=" ".join(title),
            head=head,
            definite=True,
            possessive=possessive,
        )
    prefixed = any(word in _PERSON_PREFIXES for word in title)
    title = [word for word in title if word not in _PERSON_PREFIXES]
    if role is None and (title or len(name_words) >= 3):
        role_first, role = _role_through_preposition(tokens, first)
        if role and not title:  # `minister for trade in Freedonia Karl Ahn`: a place, then a name
            title, name_words = name_words[:1], name_words[1:]
    full_role = " ".join(part for part in (role, " ".join(title)) if part) or None
    titled = bool(full_role) or prefixed
    return Mention(
        "name",
        role_first,
        last,
        text,
        name=" ".join(name_words),
        role=full_role,
        possessive=possessive,
        titled=titled,
    )


def _names_a_department(word: str) -> bool:
    """`the Treasury`, `the Opposition`: a word of titles standing alone, naming no person's
    office (not `Chancellor`, `Mr`, `French`), names the body itself."""
    return (
        word in lx.TITLE_MODIFIERS
        and word.lower() not in lx.ROLE_NOUNS
        and word not in _PERSON_PREFIXES
        and not is_adjective(word)
        and word not in _TITLE_ALONE
    )


_TITLE_ALONE = frozenset(
    {"Deputy", "Vice", "Prime", "Chief", "Senior", "Acting", "Former", "Executive", "Assistant"}
    | {"Managing", "Lead", "Head", "Top", "First", "Second", "Newly", "Elected", "Incoming"}
    | {"Outgoing", "Current", "Interim", "Special", "General", "Attorney", "Principal", "Grand"}
    | {"Republican", "Democrat", "Democratic", "Conservative", "Liberal", "Socialist", "Lord"}
    | {"Lady", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Det", "Insp", "Supt"}
    | {"Rev", "Fr", "Mx"}
)
"""Words of titles that, standing alone, still stand for a person (`the Deputy said`)."""


def _the_after_of(tokens: tuple[Token, ...], position: int, words: list[str]) -> bool:
    """`the` in `Friends of the Earth`, `Ministry of the Interior`: inside a body's name."""
    return (
        tokens[position].lower == "the"
        and len(words) >= 2
        and words[-1] in {"of", "for"}
        and _body_of_the(tokens, position - 1, words[:-1])
    )


def _body_of_the(tokens: tuple[Token, ...], position: int, words: list[str]) -> bool:
    """`of the Earth` after `Friends`, `of the Interior` after `Ministry`: the connector at
    `position` and a `the` after it continue a body's name, never a person's (`Smith of the`)."""
    following = position + 2
    return (
        tokens[position].lower in {"of", "for"}
        and following < len(tokens)
        and tokens[position + 1].text == "the"
        and tokens[following].capitalised
        and any(word in lx.ORG_NAME_WORDS or is_group(word.lower()) for word in words)
        and not any(word in _PERSON_PREFIXES for word in words)
    )


def _capitalised_after_connectors(tokens: tuple[Token, ...], position: int) -> bool:
    """`der Leyen` after `von`: a capitalised word follows, past any more lowercase particles."""
    while position < len(tokens) and tokens[position].lower in lx.NAME_CONNECTORS:
        if not tokens[position].text.islower():
            return False
        position += 1
    return position < len(tokens) and tokens[position].capitalised


def _office_before_name(words: list[str]) -> tuple[list[str], list[str]] | None:
    """`Westbridge University Professor Ana Brevard`, `WHO Director-General Sam Okoro`:
    a body and an office before a person's name; the name is what follows the last office word."""
    for at in range(len(words) - 3, -1, -1):
        word = words[at]
        office = word.lower() in lx.ROLE_NOUNS or ("-" in word and _title_word(word))
        if not office:
            continue
        tail = words[at + 1 :]
        if all(
            part[0].isupper() and part not in lx.ORG_NAME_WORDS and not _title_word(part)
            for part in tail
        ):
            return words[: at + 1], tail
        return None
    return _name_after_body(words)


def _name_after_body(words: list[str]) -> tuple[list[str], list[str]] | None:
    """`Senate Majority Whip Tom Ferris`, `Relief International Eva Sorel`: the words of a
    body or title, then two plain capitalised words; the two are a person's name."""
    short = len(words) == 3 and is_acronym(words[:1])  # `Ambassador to the UN Nikki Haley`
    if (len(words) < 4 and not short) or any(word[0].islower() for word in words):
        return None
    body, tail = words[:-2], words[-2:]
    if _is_initial(tail[0]):  # `Justice Osgood K. Threlfall`: the initial stands inside a name
        body, tail = words[:-3], words[-3:]
    plain = not any(word in lx.ORG_NAME_WORDS or _title_word(word) for word in tail)
    marked = any(
        word in lx.ORG_NAME_WORDS or (word in lx.TITLE_MODIFIERS and word not in _PERSON_PREFIXES)
        for word in body
    ) or bool(short or is_adjective(body[0]) or country_of(body[0]))  # `Irish Ard-Rí Ann Byrne`
    return (body, tail) if plain and marked else None


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _person_so_far(words: list[str]) -> bool:
    """`Nora Quill` before `of Westbridge University`: a person's name is complete.

    Two name words after any title, and no word of an organisation: what follows `of` is the
    person's affiliation, not part of the name (unlike `Secretary of State`, `Bank of England`).
    """
    if any(word in lx.ORG_NAME_WORDS for word in words) or "of" in words:
        return False
    _, name_words = _split_title(words)
    return len(name_words) >= 2 and all(word[0].isupper() for word in name_words)


def _title_word(word: str) -> bool:
    """`Minister`, `Dr`, `Republican`, and hyphened forms such as `Ex-Prime` or `Vice-Chair`."""
    if (
        word in lx.TITLE_MODIFIERS
        or word.lower() in lx.ROLE_NOUNS
        or is_group(word.lower())
        or word in _PERSON_PREFIXES
        or country_of(word)
        or is_adjective(word)
    ):
        return True
    parts = word.split("-")
    if len(parts) == 2 and parts[0].lower() in _TITLE_PARTS and parts[1].islower():
        return True  # `Co-developer`, `Ex-skipper`: a prefix of office before a common noun
    return len(parts) > 1 and all(
        part.lower() in _TITLE_PARTS or part in lx.TITLE_MODIFIERS or part.lower() in lx.ROLE_NOUNS
        for part in parts
    )


_TITLE_PARTS = frozenset({"ex", "former", "vice", "co", "deputy", "acting", "elect"})


def _dotted_prefix(tokens: tuple[Token, ...], position: int) -> bool:
    """`Mr. Haddox`: a title with its full stop, then a capitalised word."""
    return (
        position + 2 < len(tokens)
        and tokens[position + 1].text == "."
        and tokens[position + 2].capitalised
    )


def _initial(tokens: tuple[Token, ...], position: int) -> bool:
    """`J.` in `Paul J. Hobbs`: one capital letter, its full stop, then more of the name."""
    token = tokens[position]
    return (
        len(token.text) == 1
        and token.text.isupper()
        and position + 2 < len(tokens)
        and tokens[position + 1].text == "."
        and tokens[position + 1].start == token.end
        and tokens[position + 2].capitalised
        and tokens[position + 2].text not in lx.SENTENCE_STARTERS
    )


def _split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """`US Secretary of State Ann Lee` -> title words and name words."""
    position = 0
    while position < len(words):
        word = words[position]
        follows_of = position > 0 and words[position - 1] == "of"
        if word == "of" or follows_of or _title_word(word):
            position += 1
            continue
        break
    if (
        position == len(words)
        and words
        and words[-1] not in lx.TITLE_MODIFIERS
        and words[-1].lower() not in lx.ROLE_NOUNS
        and not is_group(words[-1].lower())
        and not country_of(words[-1])
    ):
        position -= 1
    if position == 1 and len(words) == 2 and _place_as_first_name(words[0]):
        return [], words  # `Georgia Wendeborn`, `Jordan Pell`: a first name, not a place's title
    return words[:position], words[position:]


def _place_as_first_name(word: str) -> bool:
    """A country's or capital's name (not its adjective, not an acronym) that can be a first
    name when one more name word follows it and nothing else does."""
    return (
        country_of(word) is not None
        and not is_adjective(word)
        and not word.isupper()
        and word not in lx.TITLE_MODIFIERS
        and word.lower() not in lx.ROLE_NOUNS
    )


def _role_before(tokens: tuple[Token, ...], first: int) -> tuple[int, str | None]:
    """A role phrase just before a name (`senior party official` Wen Tao)."""
    position = first - 1
    if position < 0 or not tokens[position].is_word or tokens[position].lower not in lx.ROLE_NOUNS:
        return first, None
    if tokens[position].capitalised:
        return first, None
    start = position
    while start - 1 >= 0 and first - (start - 1) <= 7:
        token = tokens[start - 1]
        if not token.is_word or is_possessive(token.text):
            break
        if token.lower in PHRASE_STOPS and not _inside_a_name(tokens, start - 1):
            break
        start -= 1
    return start, " ".join(token.text for token in tokens[start:first])


def _inside_a_name(tokens: tuple[Token, ...], position: int) -> bool:
    """`of the` in `Friends of the Earth spokeswoman`: small words between capitalised ones."""
    token = tokens[position]
    if token.lower not in {"of", "the", "for", "and"} or not token.text.islower():
        return False
    before = position - 1
    while before >= 0 and tokens[before].lower in {"of", "the"} and tokens[before].text.islower():
        before -= 1
    after = position + 1
    while after < len(tokens) and tokens[after].lower in {"of", "the"}:
        after += 1
    return (
        before >= 0
        and after < len(tokens)
        and tokens[before].capitalised
        and tokens[after].capitalised
    )


def _role_through_preposition(tokens: tuple[Token, ...], first: int) -> tuple[int, str | None]:
    """`ambassador to` before `Peru Ola Navarre`: the place is in the role, not the name."""
    if first == 0 or tokens[first - 1].lower not in _ROLE_LINKS or tokens[first - 1].capitalised:
        return first, None
    for position in range(first - 2, max(first - 8, -1), -1):
        token = tokens[position]
        if not token.is_word:
            break
        if token.lower in lx.ROLE_NOUNS and token.text.islower():
            start, _ = _role_before(tokens, position + 1)
            return start, " ".join(token.text for token in tokens[start:first])
        if token.lower in PHRASE_STOPS - _ROLE_LINKS - {"the"}:
            break
    return first, None


_ROLE_LINKS = frozenset({"to", "of", "for", "at", "in", "from"})
"""Prepositions inside a role phrase (`ambassador of X to Y`, `minister for Z`)."""


def appositive_after(sentence: Sentence, mention: Mention) -> Mention | str | None:
    """What follows `mention` between commas: a name, or a role phrase as text, or None."""
    tokens = sentence.tokens
    position = mention.last + 1
    if position >= len(tokens) or tokens[position].text != ",":
        return None
    position += 1
    if position >= len(tokens) or tokens[position].lower in {"who", "which", "whose", "where"}:
        return None
    if tokens[position].capitalised:
        candidate = _name(tokens, position)
        if candidate.kind in {"name", "organisation", "government"}:
            return candidate
    words = []
    for token in tokens[position:]:
        if not token.is_word or token.lower in {"who", "which", "whose", "said", "says"}:
            break
        words.append(token.text)
    if words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    lead = []
    for word in words:
        if word.lower() in lx.PREPOSITIONS:
            break
        lead.append(word)
    has_role = any(strip_possessive(word.lower())[0] in lx.ROLE_NOUNS for word in lead)
    if has_role and len(words) <= 10:
        return " ".join(words)
    return None
