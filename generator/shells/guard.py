"""The command line's outer edge: an unexpected failure becomes one `Error: ...` line.

A click group that catches what the commands did not expect; `--debug` shows the traceback instead.
"""

from __future__ import annotations

from typing import Any

import click

DEBUG_HELP = "Show the full traceback when something fails unexpectedly."


class GuardedGroup(click.Group):
    """A group whose commands never end in a traceback unless `--debug` is given."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as error:
            if ctx.params.get("debug"):
                raise
            click.echo(f"Error: {describe_failure(error)}", err=True)
            ctx.exit(1)


def describe_failure(error: Exception) -> str:
    """One line that says what failed and what to do about it."""
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        reason = error.strerror or str(error) or type(error).__name__
        return f"{reason}{where}; check that the path exists and can be read and written"
    if isinstance(error, MemoryError):
        return "out of memory; check the size of the articles and fact sheets"
    detail = " ".join(str(error).split())[:300] or "no details"
    return (
        f"unexpected {type(error).__name__}: {detail}. This is a bug in explainer; "
        "run the command again with --debug and report the traceback"
    )
