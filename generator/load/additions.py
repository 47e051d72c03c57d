"""Additions: the editor's own Markdown for a story, kept in `seeds/<story>/pages/*.md`.

A story folder in; its extra pages (title and Markdown, for the story's navigation), sections
for its generated pages (a file named like one, such as `index.md`) and adopted pages (a file
named like one whose front matter says `adopted: true`) out, or the problems that keep a page
out (a bad name, an unreadable file, a snippet line).
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from generator.load.files import read_text
from generator.model.addresses import has_blank, is_local_address, link_addresses
from generator.model.front_matter import split_front_matter
from generator.model.layout import (
    ADDITIONS_FOLDER,
    ADOPTED_LINE,
    EDITOR_CONTENT_MARKER,
    GENERATED_FOLDERS,
    SLUG_PATTERN,
    STORIES_FOLDER,
    STORY_PAGES,
)
from generator.model.problem import Problem, display_path
from generator.model.views import PageLink

MAX_ADDITION_BYTES = 1024 * 1024
_TITLE_LINE = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE)
_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)
_RESERVED = {name for name, _ in STORY_PAGES}
_SNIPPET = re.compile(r"^([ \t]*)--8<--", re.MULTILINE)


def load_additions(folder: Path) -> tuple[list[PageLink], dict[str, str], list[Problem]]:
    """Every `pages/*.md` of a story folder, sorted by file name: pages of their own (links with
    their body) and adopted pages (links marked `adopted`, with the whole text), sections to add
    to the generated page of the same name, and problems."""
    pages_folder = folder / ADDITIONS_FOLDER
    if not pages_folder.is_dir():
        return [], {}, []
    if not pages_folder.resolve().is_relative_to(folder.resolve()):
        message = "the pages folder links outside its story folder; "
        message += "move the pages into the story folder instead of linking them"
        return [], {}, [Problem(display_path(pages_folder), message)]
    links: list[PageLink] = []
    sections: dict[str, str] = {}
    problems: list[Problem] = []
    for path in sorted(pages_folder.iterdir()):
        if path.name.startswith(".") or path.suffix != ".md":
            continue
        name = path.stem
        if not SLUG_PATTERN.match(name):
            problems.append(
                Problem(
                    display_path(path),
                    f"'{path.name}' is not a valid page file name; "
                    "use lower-case letters, digits and hyphens, ending in .md",
                )
            )
            continue
        text = read_text(path, MAX_ADDITION_BYTES, folder, problems, "page")
        if text is None:
            continue
        found = snippet_lines(display_path(path), text)
        if found:
            problems.extend(found)
            continue
        problems += blank_links(text, folder.name, display_path(path))
        title, body = split_title(text, name)
        if name in _RESERVED and is_adopted(text):
            whole = text.replace(EDITOR_CONTENT_MARKER + "\n", "")  # all of it is the editor's
            links.append(PageLink(name, title, f"{name}.md", whole, adopted=True))
        elif name in _RESERVED:
            sections[name] = body
        else:
            links.append(PageLink(name, title, f"{name}.md", body))
    return links, sections, problems


def blank_links(text: str, slug: str, file: str) -> list[Problem]:
    """A problem for every link of a story's page to a generated page with a blank in its
    name (`[x](<some page.md>)`): no generated page has one, so the strict build would stop."""
    problems = []
    for offset, address, _ in link_addresses(text):
        if not (is_local_address(address) and has_blank(address)):
            continue
        target = posixpath.normpath(posixpath.join(STORIES_FOLDER, slug, address))
        if target.partition("/")[0] not in GENERATED_FOLDERS:
            continue  # a page written by hand under docs/ may have any name
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        shown = address if len(address) <= 60 else address[:60] + "…"
        message = (
            f"the link to '{shown}' has a blank in its page name, and no generated page has "
            "one; link to the page by its file name (such as quotes.md), or write the full "
            "address (https://...)"
        )
        problems.append(Problem(file, message, line, column))
    return problems


def is_adopted(text: str) -> bool:
    """True when the page's front matter holds `adopted: true` (a page adopted for good)."""
    front, _ = split_front_matter(text)
    return ADOPTED_LINE in (line.strip() for line in front.splitlines())


def split_title(text: str, name: str) -> tuple[str, str]:
    """The page's title (front matter `title:`, else its first `# ` heading, else its file
    name) and its Markdown without front matter."""
    front, body = split_front_matter(text)
    found = _TITLE_LINE.search(front)
    title = found.group(1).strip("\"'") if found else None
    if title is None:
        heading = _HEADING.search(body)
        title = heading.group(1) if heading else name.replace("-", " ").capitalize()
    return title, body


def snippet_lines(file: str, text: str) -> list[Problem]:
    """A problem for every line of a page that starts with the snippet marker `--8<--`, which
    would paste another file of the project (such as `.env`) into the published site."""
    return [
        Problem(
            file,
            "a snippet line (--8<--) would paste another file into the site; "
            "snippets are not supported; paste the text into the page",
            text.count("\n", 0, found.start()) + 1,
            len(found.group(1)) + 1,
        )
        for found in _SNIPPET.finditer(text)
    ]


def addition_source(slug: str, link: PageLink) -> str:
    """The file an addition comes from, relative to the project, as its marker names it."""
    return f"seeds/{slug}/{ADDITIONS_FOLDER}/{link.file}"
