"""Text from users goes into spreadsheets as text: never as a formula, never with characters a workbook
cannot hold."""

import re

# What spreadsheet programs read as the start of a formula (OWASP "CSV injection")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters an XML workbook cannot hold: control characters (line breaks and tabs are kept) and the
# non-characters U+FFFE and U+FFFF, which make the whole sheet unreadable
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def workbook_text(value: str) -> str:
    return _ILLEGAL.sub("", value) if _ILLEGAL.search(value) else value  # a search is cheaper than a copy


def csv_text(value: str) -> str:
    """A leading quote makes Excel and LibreOffice show the text as typed instead of computing it."""
    value = workbook_text(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value
