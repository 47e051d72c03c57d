"""Reserved ids: the names a fact sheet may use for a voice that is no actor of the article.

No behaviour and no imports, so the drafter can use them without loading the fact sheet schema.
"""

from __future__ import annotations

OUTLET = "outlet"
"""The reserved id that stands for the article's outlet in `asserted_by` and `framing_of`."""
EXPLAINER = "explainer"
"""The reserved id that stands for this explainer's own reasoning in `asserted_by` (`analysis`)."""
