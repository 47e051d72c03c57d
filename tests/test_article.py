from __future__ import annotations

from generator.model.article import Article, find_verbatim, normalize_for_matching, split_paragraphs


def test_blank_lines_separate_paragraphs_and_single_newlines_stay_inside():
    text = "First line\nstill first.\n\nSecond.\n\n\nThird."
    assert split_paragraphs(text) == ["First line\nstill first.", "Second.", "Third."]


def test_text_without_blank_lines_has_one_paragraph_per_line():
    assert split_paragraphs("One.\nTwo.\n\nignored?") != ["One.", "Two.", "ignored?"]
    assert split_paragraphs("One.\n  \nTwo.") == ["One.", "Two."]
    assert split_paragraphs("One.\nTwo.\nThree.") == ["One.", "Two.", "Three."]


def test_one_blank_line_makes_the_text_split_on_blank_lines_only():
    assert split_paragraphs("One.\nTwo.\n\nignored?") == ["One.\nTwo.", "ignored?"]


def test_crlf_and_byte_order_mark_are_read_like_plain_newlines():
    assert split_paragraphs("\ufeffOne.\r\nTwo.\r\n") == ["One.", "Two."]


def test_paragraphs_are_numbered_from_one():
    article = Article.from_text("Alpha.\nBeta.")
    assert article.paragraph(1) == "Alpha."
    assert article.has_paragraph(2)
    assert not article.has_paragraph(0)
    assert not article.has_paragraph(3)


def test_matching_folds_whitespace_and_quotation_mark_styles_only():
    assert normalize_for_matching("it\u2019s  \u201cfine\u201d\n") == 'it\'s "fine"'
    paragraph = "He said it\u2019ll be   very difficult."
    assert find_verbatim("it'll be very difficult", paragraph) == (8, 33)
    assert find_verbatim("it will be very difficult", paragraph) is None
    assert find_verbatim("It'll be very difficult", paragraph) is None


def test_a_span_is_in_the_original_characters():
    paragraph = "Waltz said \u201call options are on the table.\u201d"
    start, end = find_verbatim("all options are on the table.", paragraph)
    assert paragraph[start:end] == "all options are on the table."
