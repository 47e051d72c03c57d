"""The timeline picture: drawn from the events, numbered like the list, safe to embed."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from generator.render.timeline_svg import (
    WRAP,
    draw_timeline,
    label_lines,
    measure_gap,
    picture_date,
    typographic_quotes,
)

SVG = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class Event:
    date: str
    what: str = "Something happened."


def texts(svg: ET.Element, kind: str) -> list[str]:
    return [t.text for t in svg.findall(f"{SVG}text") if t.get("class") == kind]


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_each_event_is_a_numbered_point_with_its_date():
    svg = parse(draw_timeline([Event("2014"), Event("2025-03"), Event("2025-03-11")]))
    assert len(svg.findall(f"{SVG}circle")) == 3
    assert texts(svg, "timeline-number") == ["1", "2", "3"]
    assert texts(svg, "timeline-date") == ["2014", "March 2025", "11 March 2025"]


def test_each_event_carries_what_happened_wrapped_to_the_picture():
    what = (
        "US and Ukrainian representatives meet for talks in [Jeddah](source.md#p-8), Saudi "
        "Arabia; according to *Marco Rubio*, territorial concessions are discussed."
    )
    svg = parse(draw_timeline([Event("2025-03-11", what), Event("2025-03-13", "Witkoff flies.")]))
    labels = [t for t in svg.findall(f"{SVG}text") if t.get("class") == "timeline-label"]
    lines = [[span.text for span in label.findall(f"{SVG}tspan")] for label in labels]
    assert " ".join(lines[0]) == (
        "US and Ukrainian representatives meet for talks in Jeddah, Saudi Arabia; according "
        "to Marco Rubio, territorial concessions are discussed."
    )
    assert len(lines[0]) > 1 and all(len(line) <= WRAP for line in lines[0])
    assert lines[1] == ["Witkoff flies."]
    assert float(svg.get("width")) <= 358, "wider than a 390 px phone's column"


def test_a_month_or_a_year_is_a_band_over_the_events_of_its_period():
    events = [Event("2014"), Event("2025-03"), Event("2025-03-11"), Event("2025-04-01")]
    svg = parse(draw_timeline(events))
    bands = svg.findall(f"{SVG}rect")
    assert len(bands) == 2
    dots = [float(c.get("cy")) for c in svg.findall(f"{SVG}circle")]
    year, month = ((float(b.get("y")), float(b.get("y")) + float(b.get("height"))) for b in bands)
    assert year[0] < dots[0] < year[1] < dots[1]
    assert month[0] < dots[1] < dots[2] < month[1] < dots[3]


def test_label_lines_keep_every_word():
    assert label_lines("A **bold** _move_ by `x`") == ["A bold move by x"]


def test_labels_use_typographic_quotation_marks():
    what = "In the article's words, it \"officially became part of Russia\" ('annexed')."
    svg = parse(draw_timeline([Event("2014", what)]))
    label = next(t for t in svg.findall(f"{SVG}text") if t.get("class") == "timeline-label")
    words = " ".join(span.text for span in label.findall(f"{SVG}tspan"))
    assert words == (
        "In the article\u2019s words, it \u201cofficially became part of Russia\u201d "
        "(\u2018annexed\u2019)."
    )


def test_typographic_quotes_open_after_a_space_and_close_elsewhere():
    assert typographic_quotes('"Yes," he said.') == "\u201cYes,\u201d he said."
    assert (
        typographic_quotes("he said 'no' ('never')") == "he said \u2018no\u2019 (\u2018never\u2019)"
    )
    assert typographic_quotes("Russia's \u201cright\u201d") == "Russia\u2019s \u201cright\u201d"


def test_the_picture_has_an_accessible_name_naming_the_span():
    svg = parse(draw_timeline([Event("2014"), Event("2025-03-16")], title="Timeline"))
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title").text == "Timeline: 2 events, 2014 to 16 March 2025"


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


def test_picture_dates_spell_the_month():
    assert [picture_date(d) for d in ("2025-03-01", "2025-12", "1999")] == [
        "1 March 2025",
        "December 2025",
        "1999",
    ]


def test_the_svg_is_one_line_so_markdown_keeps_it_whole():
    assert "\n" not in draw_timeline([Event("2014"), Event("2022")])
