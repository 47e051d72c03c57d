"""axe-core on every page of the built site, in the light and the dark scheme."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

BLOCKING = {"serious", "critical"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_or_critical_violation_on_any_page(open_page, page_paths, base_url, scheme):
    page = open_page(scheme=scheme)
    axe = Axe()
    found = []
    for path in page_paths:
        page.goto(base_url + path, wait_until="networkidle")
        for violation in axe.run(page).response["violations"]:
            if violation["impact"] in BLOCKING:
                targets = [node["target"] for node in violation["nodes"][:3]]
                found.append(f"{path}: {violation['id']} ({violation['impact']}) at {targets}")
    assert found == []
