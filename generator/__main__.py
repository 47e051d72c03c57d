"""`python -m generator` runs the `explainer` command line."""

from __future__ import annotations

from generator.shells.cli import main

main(prog_name="explainer")
