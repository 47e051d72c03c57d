"""Cache (stored): the generation cache kept on disk from one `explainer build` to the next.

A build starts from what the last build generated, so that only the stories whose files
changed are loaded, checked and rendered again, and only the pages whose Markdown changed are
compared with `docs/`. The cache lives in `.explainer-cache/generation/` beside mkdocs.yml
(ignored by git, safe to delete). It is only used by the same explainer code, the same versions of
Python and the libraries, and the same project folder: anything else, or a file that cannot be
read, starts from nothing (an empty cache). Like mkdocs.yml, which names the code a build runs,
the folder is trusted as part of the project.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path

from generator.cache.generation import GenerationCache
from generator.model.aside import run_aside
from generator.model.keyed_folder import keyed_folder
from generator.model.release import code_digest, versions

CACHE_FOLDER = Path(".explainer-cache") / "generation"
"""Where the cache lives, relative to the project folder."""
COMPILED_FOLDER = Path(".explainer-cache") / "templates"
"""Where the templates' compiled code lives, one folder per version of the code."""
_LIBRARIES = ("jinja2", "pydantic", "pyyaml", "ruamel.yaml", "rapidfuzz", "markdown", "nh3")


def load_cache(root: Path) -> GenerationCache:
    """The cache the last build of the project at `root` stored, or an empty one; either keeps
    the templates' compiled code in the cache folder."""
    cache = _stored_cache(_cache_file(root))
    cache.compiled = _compiled_folder(root)
    return cache


def _stored_cache(path: Path) -> GenerationCache:
    try:
        data = path.read_bytes()
    except OSError:
        return GenerationCache()
    collecting = gc.isenabled()
    gc.disable()  # a million objects come back at once; none of them is garbage
    try:
        cache = pickle.loads(data)
    except Exception:  # a cache that cannot be read is one that is not there
        return GenerationCache()
    finally:
        if collecting:
            gc.freeze()  # kept for the whole run: later collections need not look at them
            gc.enable()
    return cache if isinstance(cache, GenerationCache) else GenerationCache()


def store_cache(cache: GenerationCache, root: Path) -> None:
    """Keep `cache` for the next build, replacing the one stored before (nothing is stored
    when nothing changed); a cache that cannot be written is left out, losing nothing."""
    if cache.changed and _write_cache(cache, _cache_file(root)):
        cache.changed = False


def store_cache_aside(cache: GenerationCache, root: Path) -> Callable[[], bool]:
    """`store_cache` in a child process, so that the build goes on meanwhile; returns the
    function that waits for it to finish."""
    if not cache.changed:
        return lambda: True
    path = _cache_file(root)
    wait = run_aside(lambda: _write_cache(cache, path))
    cache.changed = False  # the child stores it; a failure stores nothing, losing nothing
    return wait


def _write_cache(cache: GenerationCache, path: Path) -> bool:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as stream:
            pickle.dump(cache, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        for other in path.parent.glob("*.pickle"):
            if other != path:
                other.unlink(missing_ok=True)  # made by other code: never read again
    except (OSError, pickle.PicklingError):
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        return False
    return True


def _cache_file(root: Path) -> Path:
    key = hashlib.sha256(_code_key().encode() + b"\0" + os.fsencode(root.resolve()))
    return root / CACHE_FOLDER / f"{key.hexdigest()[:32]}.pickle"


def _compiled_folder(root: Path) -> Path | None:
    """The folder of compiled templates for this code (Jinja's compiled code depends on the
    environment's settings, which are explainer's code); None when it cannot be made. The
    folders of other code are removed."""
    return keyed_folder(root / COMPILED_FOLDER, _code_key())


def _code_key() -> str:
    key = hashlib.sha256(code_digest().encode() + b"\0" + versions(_LIBRARIES).encode())
    return key.hexdigest()[:32]
