"""The stories of a seeds folder as `check` leaves them, for tests that look at the model."""

from __future__ import annotations

from pathlib import Path

from generator.load.seeds import find_story_folders
from generator.model.problem import Problem
from generator.model.story import Story
from generator.pipeline import checked_story


def checked_stories(seeds: Path) -> tuple[list[Story], list[Problem]]:
    """Every story under `seeds` that has no error in its shape, and every problem found."""
    folders, problems = find_story_folders(seeds)
    stories = []
    for folder in folders:
        story, found = checked_story(folder)
        problems.extend(found)
        if story is not None:
            stories.append(story)
    return stories, problems
