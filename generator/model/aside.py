"""Aside: work that can be done while the caller goes on, in a child process of its own.

Used for writing what the next run reads (the stored cache, the manifest of built pages): the
child has a copy of the data as it is when it starts, and the caller waits for it before it
ends, so that the next run finds the work done. Where the system cannot fork, the work is done
at once.
"""

from __future__ import annotations

import atexit
import contextlib
import os
from collections.abc import Callable


def run_aside(work: Callable[[], bool]) -> Callable[[], bool]:
    """Start `work` (which says whether it succeeded) in a child process; return the function
    that waits for the child and says whether the work succeeded."""
    if not hasattr(os, "fork"):
        done = work()
        return lambda: done
    child = os.fork()
    if child == 0:
        succeeded = False
        try:
            succeeded = work()
        finally:
            os._exit(0 if succeeded else 1)  # never back into the caller's code
    status: list[bool] = []

    def wait() -> bool:
        if not status:
            with contextlib.suppress(ChildProcessError):
                _, code = os.waitpid(child, 0)
                status.append(os.waitstatus_to_exitcode(code) == 0)
        return bool(status and status[0])

    atexit.register(wait)  # a caller that forgets still never leaves the child behind
    return wait
