"""Quotation marks: every style, split and nested quotes, quotes over paragraphs, stray marks."""

from __future__ import annotations

from generator.draft.text.quotes import find_quotations


def texts(*paragraphs: str) -> list[tuple[int, str]]:
    quotations, _ = find_quotations(paragraphs)
    return [(quotation.paragraph, quotation.text) for quotation in quotations]


def test_curly_marks_give_the_exact_characters_between_them():
    paragraph = "The minister said the deal was \u201cdead on arrival.\u201d"
    assert texts(paragraph) == [(1, "dead on arrival.")]


def test_straight_marks_are_paired_in_order():
    paragraph = 'She called it "a mistake" and "a waste of money," officials said.'
    assert texts(paragraph) == [(1, "a mistake"), (1, "a waste of money,")]


def test_guillemets_drop_the_spaces_inside_them():
    paragraph = "Le maire a d\u00e9clar\u00e9 : \u00ab Nous ne c\u00e9derons pas. \u00bb"
    assert texts(paragraph) == [(1, "Nous ne c\u00e9derons pas.")]


def test_german_low_marks_close_with_a_high_mark():
    assert texts("Er sagte: \u201eWir bleiben hier.\u201c") == [(1, "Wir bleiben hier.")]


def test_a_quote_split_by_its_attribution_is_two_quotes():
    paragraph = '"We did not want this," said Ana Lopes, "but we had no choice."'
    assert texts(paragraph) == [(1, "We did not want this,"), (1, "but we had no choice.")]


def test_a_quote_inside_a_quote_stays_part_of_the_outer_one():
    paragraph = "\u201cShe told me, \u2018Go home now,\u2019 and I did,\u201d he said."
    assert texts(paragraph) == [(1, "She told me, \u2018Go home now,\u2019 and I did,")]


def test_apostrophes_inside_a_quote_do_not_end_it():
    assert texts("\u201cIt\u2019s the fans\u2019 day,\u201d he said.") == [
        (1, "It\u2019s the fans\u2019 day,")
    ]


def test_a_quote_over_two_paragraphs_gives_one_quote_per_paragraph():
    quotations, warnings = find_quotations(
        (
            "\u201cThe timing is bad. Exporters are struggling.",
            "\u201cShips may not come back,\u201d Reyes said.",
        )
    )
    assert [(q.paragraph, q.text, q.runs_on, q.resumes) for q in quotations] == [
        (1, "The timing is bad. Exporters are struggling.", True, False),
        (2, "Ships may not come back,", False, True),
    ]
    assert warnings == []


def test_an_unclosed_mark_warns_with_its_paragraph_and_later_quotes_survive():
    quotations, warnings = find_quotations(
        (
            "Intro.",
            "He said \u201cthis never ends. Later she called it \u201cabsurd\u201d in public.",
        )
    )
    assert [q.text for q in quotations] == ["absurd"]
    assert len(warnings) == 1 and warnings[0].startswith("paragraph 2:")


def test_single_marks_are_quotes_when_the_article_has_no_double_marks():
    paragraph = "\u2018I\u2019m delighted,\u2019 said the manager. \u2018We got it done.\u2019"
    assert texts(paragraph) == [(1, "I\u2019m delighted,"), (1, "We got it done.")]


def test_single_marks_are_apostrophes_when_the_article_has_double_marks():
    paragraph = (
        "The players\u2019 union said it was \u201cshocked\u201d "
        "by the club\u2019s \u2018plan\u2019."
    )
    assert texts(paragraph) == [(1, "shocked")]


def test_inch_marks_and_empty_marks_are_not_quotes():
    assert texts('The screen is 12" wide and "" means nothing.') == []


def test_with_single_marks_a_plural_possessive_does_not_close_the_quote():
    assert texts("'Parents' patience is running out,' she said. 'The boss' car is gone.'") == [
        (1, "Parents' patience is running out,"),
        (1, "The boss' car is gone."),
    ]
