"""How many lines a wrapped cell takes, for the row heights of a workbook: the words a spreadsheet carries
over to the next line, measured in the widths of the letters (an "i" is narrower than an "m")."""

import pytest

from pim_desktop.exports.xlsx_sheets import lines_needed


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("Define purpose and information needs", 34, 1),  # 36 letters, narrower than 34 "0"s
        ("mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm", 34, 2),  # as many letters, wider
        ("Rana\nOmar\nMaria", 20, 3),  # a line each
        ("Refugee registration and verification (UNHCR, MoSA)", 30, 2),
        ("Lack of common, user-friendly and secure data-sharing tools", 20, 3),  # broken between words
        ("https://example.org/a/very/long/address/without/spaces", 20, 3),  # one word over three lines
        ("", 10, 1),
    ],
)
def test_a_cell_takes_the_lines_its_words_need(text: str, width: int, lines: int):
    assert lines_needed(text, width) == lines


def test_bold_headings_take_more_room():
    heading = "Agreement review due"
    assert lines_needed(heading, 20) == 1 and lines_needed(heading, 20, bold=True) == 2
