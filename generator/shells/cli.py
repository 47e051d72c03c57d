"""The command line: the `explainer` group, which loads a command's module only when it runs.

A command name in; its click command out, imported on first use. `explainer draft` thus loads
the drafter alone, not the site pipeline (pydantic, Jinja2, MkDocs) that the other commands use.
"""

from __future__ import annotations

import importlib

import click

from generator.shells.guard import DEBUG_HELP, GuardedGroup

COMMAND_PLACES = {
    "adopt": "generator.shells.site_commands:adopt_command",
    "build": "generator.shells.site_commands:build_command",
    "check": "generator.shells.site_commands:check_command",
    "draft": "generator.shells.draft_command:draft_command",
    "eval": "generator.shells.eval_command:eval_command",
    "generate": "generator.shells.site_commands:generate_command",
    "schema": "generator.shells.site_commands:schema_command",
    "serve": "generator.shells.site_commands:serve_command",
}
"""Every command's name, and the module and attribute that define it (`module:attribute`)."""


class LazyGroup(GuardedGroup):
    """A group that imports the module of a command from `COMMAND_PLACES` when it is looked up.

    `explainer --help` looks up every command (for its one-line help) and so loads them all.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMAND_PLACES})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_PLACES:
            module_name, _, attribute = COMMAND_PLACES[cmd_name].partition(":")
            self.add_command(getattr(importlib.import_module(module_name), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="explainer")
@click.option("--debug", is_flag=True, help=DEBUG_HELP)
def main(debug: bool) -> None:
    """Turn news articles and their fact sheets into a verified explainer website."""
