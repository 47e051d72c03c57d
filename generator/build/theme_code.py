"""Build (theme code): the theme's templates compiled once, not at every build.

MkDocs makes a new Jinja environment for the theme at each build and compiles every template
it renders (Material's base template and its partials: about half a second per build, every
save of a preview included). Jinja can keep the compiled code in a folder and take it back
while a template's source is unchanged (it compares a checksum of the source). The code also
depends on how the environment parses (its extensions and syntax settings), so each set of
settings has a folder of its own under `.explainer-cache/theme/`, safe to delete.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import jinja2

from generator.model.keyed_folder import keyed_folder
from generator.model.release import code_digest, versions

_PACKAGES = ("jinja2", "mkdocs", "mkdocs-material", "pymdown-extensions", "explainer")
THEME_CODE_FOLDER = Path(".explainer-cache") / "theme"
"""Where the compiled theme templates live, relative to the folder of mkdocs.yml."""


def keep_compiled_templates(env: jinja2.Environment, root: Path) -> None:
    """Let `env` keep the code of the templates it compiles under `root`, and reuse it; the
    folders made for other settings are removed. Nothing changes when the folder cannot be
    made (every template is then compiled, as MkDocs does)."""
    if env.bytecode_cache is not None:
        return  # someone else keeps it already
    folder = keyed_folder(root / THEME_CODE_FOLDER, _settings_key(env))
    if folder is not None:
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))


def _settings_key(env: jinja2.Environment) -> str:
    """What the compiled code of a template depends on besides its source (Jinja adds the
    Python version itself): the environment's syntax and extensions, and its filters and
    tests (the code calls each as it was registered, and may hold the result of one called
    on constants), by where they are defined and the versions of what defines them."""

    def callables(table: dict) -> list[str]:
        return sorted(
            f"{name}:{getattr(f, '__module__', '')}.{getattr(f, '__qualname__', '')}:"
            f"{getattr(f, 'jinja_pass_arg', '')}"
            for name, f in table.items()
        )

    settings = (
        versions(_PACKAGES),
        code_digest(),
        callables(env.filters),
        callables(env.tests),
        sorted(env.extensions),
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.autoescape if isinstance(env.autoescape, bool) else repr(env.autoescape),
        type(env).__module__ + "." + type(env).__qualname__,
    )
    return hashlib.sha256(repr(settings).encode()).hexdigest()[:32]
