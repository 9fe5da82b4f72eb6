"""The matrix a file brings (a JSON operation, or a colleague's file in a merge) taken into the operation's:
the operation's own rows, matched by name, and the entries of every row that may change. The standard rows
keep their names, and the fixed ones (Definition, Output) keep this program's entries whatever the file says.
The file's section is read as it is written (docs/json-format.md); a value of the wrong kind raises TypeError
or ValueError (the file is damaged)."""

import re
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pim_desktop.domain.enums import EntryState
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.validation import clean_text, fold_key, required_name
from pim_desktop.i18n import _
from pim_desktop.services.matrix import entry_text, fresh_row_code, unique_row_label
from pim_desktop.storage import models

# a row's code names it in files and exports: one word, as "custom_3" or "own-1" (a row made elsewhere)
_CODE = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_STANDARD_KEY = re.compile(r"[A-Za-z0-9_.-]{1,64}/[A-Za-z0-9_.-]{1,64}/[0-9]{1,6}")  # reset reads the number


def import_matrix(session: Session, matrix: dict[str, Any], categories: dict[str, int]) -> int:
    """The file's matrix section taken in (`categories`: code -> id); how many cells it set the entries of."""
    rows = _rows_of_the_file(session, matrix["rows"])
    by_cell: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for entry in matrix["entries"]:
        row = rows.get(entry["row"])
        if entry["category"] in categories and row is not None and not row.is_locked:
            by_cell.setdefault((categories[entry["category"]], row.id), []).append(entry)
    codes = {row.id: row.code for row in rows.values()}
    for category_id, row_id in by_cell:
        session.execute(
            delete(models.MatrixEntry).where(
                models.MatrixEntry.category_id == category_id, models.MatrixEntry.row_id == row_id
            )
        )
    session.flush()
    keys: set[str] = set()
    for (category_id, row_id), entries in by_cell.items():
        for entry in entries:
            key = _standard_key(entry["standard_key"], f"{entry['category']}/{codes[row_id]}/", keys)
            session.add(
                models.MatrixEntry(
                    category_id=category_id,
                    row_id=row_id,
                    position=_number(entry["position"]),
                    text=entry_text(entry["text"]),
                    state=EntryState(entry["state"]),
                    standard_key=key,
                    standard_text=None
                    if entry["standard_text"] is None
                    else clean_text(entry["standard_text"]),
                )
            )
    session.flush()
    return len(by_cell)


def _rows_of_the_file(session: Session, file_rows: list[dict[str, Any]]) -> dict[str, models.MatrixRow]:
    """Our row for each code the file uses. A standard row is its code; an own row is its name, because two
    offices number their own rows apart ("custom_8" is "Funding" in one file, "Access" in the other). An own
    row we lack is added under the file's code when it is free, after our row for the one it follows in the
    file and after our own rows the file does not have (the file's positions count rows we may lack)."""
    mine = list(session.scalars(select(models.MatrixRow).order_by(models.MatrixRow.position)))
    by_code = {row.code: row for row in mine if row.is_standard}
    own = {fold_key(row.label): row for row in mine if not row.is_standard}
    codes, in_the_file = {row.code for row in mine}, set[str]()
    theirs_too = {fold_key(row["label"]) for row in file_rows if not row["standard"]}
    previous: models.MatrixRow | None = None
    for row in sorted(file_rows, key=lambda r: _number(r["position"])):
        if row["standard"]:
            previous = by_code.get(row["code"], previous)
            continue
        label = required_name(row["label"], "row name")
        if fold_key(label) in in_the_file:  # "Access" and "ACCESS": one row to us
            raise ValidationError(_("the matrix already has a row called '{row}'").format(row=label))
        in_the_file.add(fold_key(label))
        record = own.get(fold_key(label))
        if record is None:
            unique_row_label(session, label)  # not the name of a standard row either
            code = _code(row["code"])
            record = models.MatrixRow(
                code=code if code not in codes else fresh_row_code(codes),
                label=label,
                position=len(mine),  # its place is set below
                is_standard=False,
            )
            session.add(record)
            place = mine.index(previous) + 1 if previous is not None else 0
            while (
                place < len(mine)
                and not mine[place].is_standard
                and fold_key(mine[place].label) not in theirs_too
            ):
                place += 1
            mine.insert(place, record)
            own[fold_key(label)], codes = record, codes | {record.code}
        by_code[row["code"]] = previous = record
    for position, record in enumerate(mine):
        record.position = position
    session.flush()
    return by_code


def _number(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 1_000_000:
        raise ValueError(f"{value!r} is not a position")
    return value


def _code(value: object) -> str:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise ValueError(f"{value!r} is not a row code")
    return value


def _standard_key(value: object, cell: str, seen: set[str]) -> str | None:
    """Where a standard entry came from: category/row/number, as the shipped matrix names them, of the cell
    it is stored in, and once only (a key is unique in the matrix)."""
    if value is None:
        return None
    if not isinstance(value, str) or not _STANDARD_KEY.fullmatch(value) or not value.startswith(cell):
        raise ValueError(f"{value!r} is not a standard entry of {cell.rstrip('/')}")
    if value in seen:
        raise ValueError(f"the standard entry {value!r} comes twice")
    seen.add(value)
    return value
