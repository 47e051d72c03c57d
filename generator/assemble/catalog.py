"""Assemble across stories: the people, topics and places that recur from one story to the next.

`StoryView`s in (each carrying its people's appearances); a `Catalog` of person and tag pages out.
The same person in two stories is the same actor id in both fact sheets (names are not matched).
Plain dataclasses, as in `assemble`: many are made and none is changed once made.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.assemble.pagination import paginate
from generator.assemble.structured_data import describe_person
from generator.model.factsheet import Actor
from generator.model.layout import (
    APPEARANCES_PER_PAGE,
    PEOPLE_FOLDER,
    PLACES_FOLDER,
    TAG_STORIES_PER_PAGE,
    TOPICS_FOLDER,
)
from generator.model.page_names import page_name, tag_slug
from generator.model.story import Story
from generator.model.views import (
    Appearance,
    Catalog,
    PersonPosition,
    PersonQuote,
    PersonView,
    StoryLink,
    StoryView,
    TagGroup,
    TagLink,
    TagView,
)


def assemble_catalog(views: Sequence[StoryView]) -> Catalog:
    """People and tags of the whole site; `views` newest first."""
    people = _assemble_people(views)
    topics = _assemble_tags(views, "topic", TOPICS_FOLDER, lambda view: view.tags)
    places = _assemble_tags(views, "place", PLACES_FOLDER, lambda view: view.places)
    person_files = {person.id: person.file for person in people}
    story_tags = {}
    for view in views:
        groups = (
            TagGroup(
                "People",
                tuple(
                    TagLink(person_name, "person", person_files[person_id])
                    for person_id, person_name, _ in view.appearances
                ),
            ),
            TagGroup(
                "Places",
                tuple(
                    TagLink(n, "place", f"{PLACES_FOLDER}/{tag_slug(n)}.md") for n in view.places
                ),
            ),
            TagGroup(
                "Topics",
                tuple(TagLink(n, "topic", f"{TOPICS_FOLDER}/{tag_slug(n)}.md") for n in view.tags),
            ),
        )
        story_tags[view.slug] = tuple(group for group in groups if group.links)
    return Catalog(people, topics, places, story_tags)


def story_appearances(story: Story, view: StoryView) -> tuple[tuple[str, str, Appearance], ...]:
    """Each person of one story, as (actor id, name, what they say and stand for in it)."""
    actors = {actor.id: actor for actor in story.facts.actors}
    return tuple(
        (actor.id, actor.name, _appearance(story, view, actor, actors))
        for actor in story.facts.actors
        if actor.kind == "person"
    )


def _story_link(view: StoryView) -> StoryLink:
    return StoryLink(view.title, view.slug, view.published, f"stories/{view.slug}")


def _assemble_tags(views, kind: str, folder: str, names_of) -> tuple[TagView, ...]:
    names: dict[str, str] = {}
    members: dict[str, dict[str, StoryView]] = {}
    for view in views:
        for name in names_of(view):
            slug = tag_slug(name)
            names.setdefault(slug, name)
            members.setdefault(slug, {}).setdefault(view.slug, view)
    tags = []
    for slug in sorted(members, key=lambda slug: (names[slug].lower(), slug)):
        stories = tuple(_story_link(view) for view in members[slug].values())
        file = f"{folder}/{slug}.md"
        tags.append(
            TagView(
                names[slug],
                kind,
                slug,
                file,
                stories,
                max(view.last_updated for view in members[slug].values()),
                paginate(stories, file, TAG_STORIES_PER_PAGE),
            )
        )
    return tuple(tags)


def _assemble_people(views: Sequence[StoryView]) -> tuple[PersonView, ...]:
    appearances: dict[str, list[Appearance]] = {}
    names: dict[str, str] = {}
    updated: dict[str, str] = {}
    for view in views:
        for person_id, person_name, appearance in view.appearances:
            names.setdefault(person_id, person_name)
            updated[person_id] = max(updated.get(person_id, ""), view.last_updated)
            appearances.setdefault(person_id, []).append(appearance)
    people = []
    for person_id in sorted(appearances, key=lambda key: (names[key].lower(), key)):
        found = appearances[person_id]
        roles = []
        for appearance in found:
            if appearance.role and appearance.role not in roles:
                roles.append(appearance.role)
        affiliations = []
        for appearance in found:
            if appearance.side and appearance.side not in affiliations:
                affiliations.append(appearance.side)
        person = PersonView(
            id=person_id,
            name=names[person_id],
            file=f"{PEOPLE_FOLDER}/{page_name(person_id)}.md",
            roles=tuple(roles),
            appearances=tuple(found),
            quote_count=sum(len(appearance.quotes) for appearance in found),
            last_updated=updated[person_id],
        )
        person.json_ld = describe_person(person, affiliations)
        person.pages = paginate(person.appearances, person.file, APPEARANCES_PER_PAGE)
        people.append(person)
    return tuple(people)


def _appearance(story: Story, view: StoryView, actor: Actor, actors: dict[str, Actor]):
    facts = story.facts
    own_quotes = {quote.id for quote in facts.quotes if quote.speaker == actor.id}
    quotes = tuple(
        PersonQuote(quote.text, quote.date, quote.venue, f"quotes.md#quote-{quote.id}")
        for quote in view.quotes
        if quote.id in own_quotes
    )
    positions = []
    for issue in facts.issues:
        for position in issue.positions:
            own = position.party == actor.id
            if own or own_quotes.intersection(position.quotes):
                positions.append(
                    PersonPosition(
                        issue=issue.title,
                        party=actors[position.party].name,
                        status=position.status.replace("-", " "),
                        stance=position.stance,
                        anchor=f"positions.md#{issue.id}",
                        own=own,
                    )
                )
    side = actors[actor.side].name if actor.side in actors else None
    return Appearance(_story_link(view), actor.role, side, quotes, tuple(positions))
