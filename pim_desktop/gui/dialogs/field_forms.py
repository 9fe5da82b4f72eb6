"""The text boxes of a form that edit declared fields (domain/fields.py, their `form`): filled from a
record's details and read back, so that a field is bound once, in its declaration."""

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from pim_desktop.domain import fields
from pim_desktop.domain.validation import day_text, parse_day


def _box(form: QWidget, field: fields.RecordField) -> QLineEdit | QPlainTextEdit:
    box = getattr(form, field.form)
    assert isinstance(box, QLineEdit | QPlainTextEdit), f"{field.form} is no text box"
    return box


def show_fields(form: QWidget, declared: tuple[fields.RecordField, ...], details: object) -> None:
    for field in declared:
        if field.form:
            value = getattr(details, field.details_attribute)
            text = day_text(value) if field.kind == fields.DATE else value
            box = _box(form, field)
            box.setPlainText(text) if isinstance(box, QPlainTextEdit) else box.setText(text)


def read_fields(form: QWidget, declared: tuple[fields.RecordField, ...]) -> dict[str, Any]:
    """The details' values the form's boxes hold; a day that is not one is a ValidationError naming it."""
    found: dict[str, Any] = {}
    for field in declared:
        if field.form:
            box = _box(form, field)
            text = box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()
            is_day = field.kind == fields.DATE
            found[field.details_attribute] = parse_day(text, field.key.replace("_", " ")) if is_day else text
    return found
