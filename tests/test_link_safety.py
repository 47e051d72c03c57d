"""Links and images in every page: unsafe addresses become text, outside images their alt text."""

from __future__ import annotations

import markdown
import pytest

from generator.model.addresses import is_local_address, is_safe_address


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=["attr_list", "generator.build.link_safety"])


@pytest.mark.parametrize(
    "address",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "javascript&colon;alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
    ],
)
def test_unsafe_addresses_are_recognised(address: str):
    assert not is_safe_address(address)


@pytest.mark.parametrize(
    "address", ["https://example.org", "http://a.b/c?d=e:f", "mailto:x@y.z", "page.md#x", "#top"]
)
def test_safe_addresses_pass(address: str):
    assert is_safe_address(address)


def test_only_addresses_inside_the_site_count_as_local():
    assert is_local_address("../assets/map.svg")
    assert not is_local_address("https://tracker.example/p.png")
    assert not is_local_address("//tracker.example/p.png")
    assert not is_local_address("\\\\tracker.example\\p.png")


def test_an_unsafe_link_becomes_its_text():
    assert to_html("[click](&#106;avascript:alert(1))") == "<p><span>click</span></p>"


def test_an_image_from_outside_becomes_its_alt_text():
    html = to_html("![a pixel](https://tracker.example/p.png) ![map](map.svg)")
    assert html == '<p><span>a pixel</span> <img alt="map" src="map.svg" /></p>'


def test_event_handler_attributes_are_dropped_even_from_hand_written_pages():
    html = to_html("[x](page.md){ onclick=alert(1) onmouseover=alert(2) title=t }")
    assert html == '<p><a href="page.md" title="t">x</a></p>'
