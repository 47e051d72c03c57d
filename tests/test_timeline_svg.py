"""The timeline picture: drawn from the events, numbered like the list, safe to embed."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from generator.render.timeline_svg import draw_timeline, measure_gap, short_date

SVG = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class Event:
    date: str


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_each_event_is_a_numbered_point_with_its_date():
    svg = parse(draw_timeline([Event("2014"), Event("2025-03"), Event("2025-03-11")]))
    assert len(svg.findall(f"{SVG}circle")) == 3
    numbers = [t.text for t in svg.findall(f"{SVG}text") if t.get("class") == "timeline-number"]
    dates = [t.text for t in svg.findall(f"{SVG}text") if t.get("class") == "timeline-date"]
    assert numbers == ["1", "2", "3"]
    assert dates == ["2014", "Mar 2025", "11 Mar 2025"]


def test_the_picture_has_an_accessible_name_naming_the_span():
    svg = parse(draw_timeline([Event("2014"), Event("2025-03-16")], title="Timeline"))
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title").text == "Timeline: 2 events, 2014 to 16 Mar 2025"


def test_time_between_events_is_written_and_long_waits_are_dashed():
    svg = parse(draw_timeline([Event("2014"), Event("2022"), Event("2022-05-01")]))
    gaps = [t.text for t in svg.findall(f"{SVG}text") if t.get("class") == "timeline-gap"]
    assert gaps == ["8 years later"]
    lines = svg.findall(f"{SVG}line")
    assert [line.get("stroke-dasharray") for line in lines] == ["4 4", None]


def test_gaps_are_told_at_the_coarser_precision():
    assert measure_gap("2014", "2022") == (8, "year")
    assert measure_gap("2022", "2025-03") == (3, "year")
    assert measure_gap("2025-01", "2025-03-11") == (2, "month")
    assert measure_gap("2025-03", "2025-03-11") is None
    assert measure_gap("2025-03-11", "2025-03-13") == (2, "day")
    assert measure_gap("2025-03-13", "2025-03-13") is None


def test_title_text_is_escaped():
    svg = draw_timeline([Event("2020")], title='<script>alert("x")</script> & co')
    assert "<script>" not in svg
    assert parse(svg).find(f"{SVG}title").text.startswith('<script>alert("x")</script> & co')


def test_no_events_draw_nothing():
    assert draw_timeline([]) == ""


def test_short_dates():
    assert [short_date(d) for d in ("2025-03-01", "2025-12", "1999")] == [
        "1 Mar 2025",
        "Dec 2025",
        "1999",
    ]


def test_the_svg_is_one_line_so_markdown_keeps_it_whole():
    assert "\n" not in draw_timeline([Event("2014"), Event("2022")])
