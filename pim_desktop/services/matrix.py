"""Reading and customising the operation's PIM Matrix, as PIM guidance allows: every row but Definition and
Output can be adapted; the operation may add rows of its own; everything can be reset to the standard.

REORDERING: the lists that are renumbered (a cell's entries, the matrix's rows) are read locked, without
waiting: on a shared server, a second reordering of the same list at the same moment is refused at once in a
sentence, instead of queueing behind the first and then being refused for its overtaken versions. A file has
one writer at a time: SQLite ignores the lock."""

from dataclasses import replace

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pim_desktop.domain import model
from pim_desktop.domain.enums import EntryState
from pim_desktop.domain.errors import (
    FieldChange,
    LockedRowError,
    NotFoundError,
    StaleRecordError,
    ValidationError,
)
from pim_desktop.domain.validation import clean_text, fold_key, is_blank, required_name
from pim_desktop.i18n import _
from pim_desktop.services.wording import wording
from pim_desktop.storage import models
from pim_desktop.storage.operation_file import OperationFile, present

MAX_ENTRY_LENGTH = 10_000
Position = models.MatrixRow.position


def _category(record: models.Category) -> model.Category:
    return model.Category(
        id=record.id,
        code=record.code,
        position=record.position,
        label=wording().category(record.code, record.label, record.is_standard),
        group=record.group,
        is_standard=record.is_standard,
    )


def row_from_record(record: models.MatrixRow) -> model.MatrixRow:
    return model.MatrixRow(
        id=record.id,
        code=record.code,
        position=record.position,
        label=record.label,
        is_standard=record.is_standard,
        is_locked=record.is_locked,
    )


def _row_label(record: models.MatrixRow) -> str:
    """A row as a message names it: a standard row in the reader's language, one of the operation's own as
    written."""
    return wording().row(record.code, record.label, record.is_standard)


def _entry(record: models.MatrixEntry) -> model.MatrixEntry:
    return model.MatrixEntry(
        id=record.id,
        category_id=record.category_id,
        row_id=record.row_id,
        position=record.position,
        text=wording().entry(record.standard_key, record.text, record.state),
        state=record.state,
        standard_text=wording().standard_entry(record.standard_key, record.standard_text),
    )


def entry_text(value: str) -> str:
    text = clean_text(value)
    if is_blank(text):
        raise ValidationError(_("an entry cannot be empty; remove it instead"))
    if len(text) > MAX_ENTRY_LENGTH:
        raise ValidationError(
            _("an entry can hold at most {count} characters").format(count=MAX_ENTRY_LENGTH)
        )
    return text


def unique_row_label(session: Session, label: str, except_id: int | None = None) -> str:
    """A row's name as typed, refused when empty, too long, or another row's already."""
    valid = required_name(label, "row name")
    for row in session.scalars(select(models.MatrixRow)):
        if row.id != except_id and fold_key(row.label) == fold_key(valid):
            already = _("the matrix already has a row called '{row}'")
            raise ValidationError(already.format(row=_row_label(row)))
    return valid


def fresh_row_code(taken: set[str]) -> str:
    """A code for an operation's own row that no row has: custom_1, custom_2..."""
    number = len(taken) + 1
    while f"custom_{number}" in taken:
        number += 1
    return f"custom_{number}"


def _standard_order(entry: models.MatrixEntry) -> tuple[int, int]:
    """Standard entries in their shipped order (the number ending their key), the operation's own after."""
    if entry.standard_key:
        return (0, int(entry.standard_key.rsplit("/", 1)[1]))
    return (1, entry.position)


class MatrixService:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    # --- reading -----------------------------------------------------------------------------------------

    def matrix(self) -> model.Matrix:
        """The whole matrix in one read: categories and rows in order, entries grouped by cell."""
        with self._file.session() as session:
            categories = [
                _category(c) for c in present(session.scalars(select(models.Category).order_by("position")))
            ]
            words = wording()  # standard rows in the reader's language; history keeps the stored words
            rows = [
                replace(row, label=words.row(row.code, row.label, row.is_standard))
                for row in map(
                    row_from_record, present(session.scalars(select(models.MatrixRow).order_by(Position)))
                )
            ]
            cells: dict[tuple[int, int], list[model.MatrixEntry]] = {}
            removed: dict[tuple[int, int], list[model.MatrixEntry]] = {}
            ordered = select(models.MatrixEntry).order_by(
                models.MatrixEntry.category_id, models.MatrixEntry.row_id, models.MatrixEntry.position
            )
            for record in present(session.scalars(ordered)):
                target = removed if record.state is EntryState.REMOVED else cells
                target.setdefault((record.category_id, record.row_id), []).append(_entry(record))
        return model.Matrix(categories=categories, rows=rows, cells=cells, removed=removed)

    # --- entries -----------------------------------------------------------------------------------------

    @staticmethod
    def _editable_row(session: Session, row_id: int) -> models.MatrixRow:
        row = session.get(models.MatrixRow, row_id)
        if row is None:
            raise NotFoundError(_("that matrix row no longer exists"))
        if row.is_locked:
            raise LockedRowError(_row_label(row))
        return row

    def _editable_entry(self, session: Session, entry_id: int) -> models.MatrixEntry:
        entry = session.get(models.MatrixEntry, entry_id)
        if entry is None:
            raise NotFoundError(_("that matrix entry no longer exists"))
        self._editable_row(session, entry.row_id)
        return entry

    @staticmethod
    def _cell_entries(session: Session, category_id: int, row_id: int) -> list[models.MatrixEntry]:
        query = (
            select(models.MatrixEntry)
            .where(models.MatrixEntry.category_id == category_id, models.MatrixEntry.row_id == row_id)
            .order_by(models.MatrixEntry.position, models.MatrixEntry.id)
            .with_for_update(nowait=True)  # REORDERING: a list renumbered by one at a time (a server)
        )
        return list(session.scalars(query))

    @staticmethod
    def _renumber(entries: list[models.MatrixEntry]) -> None:
        for position, entry in enumerate(entries):
            entry.position = position

    def add_entry(self, category_id: int, row_id: int, text: str, index: int | None = None) -> int:
        """Add an entry of the operation's own at a visible index of the cell (the end when None)."""
        with self._file.changing() as session:
            self._editable_row(session, row_id)
            if session.get(models.Category, category_id) is None:
                raise NotFoundError(_("that PIM category no longer exists"))
            entries = self._cell_entries(session, category_id, row_id)
            visible = [e for e in entries if e.state is not EntryState.REMOVED]
            new = models.MatrixEntry(
                category_id=category_id,
                row_id=row_id,
                position=0,
                text=entry_text(text),
                state=EntryState.ADDED,
            )
            if index is None or index >= len(visible):
                entries.append(new)
            else:
                entries.insert(entries.index(visible[max(index, 0)]), new)
            session.add(new)
            self._renumber(entries)
            session.flush()
            return new.id

    @staticmethod
    def _as_read(entry: models.MatrixEntry, base: model.MatrixEntry | None) -> None:
        """An entry changed from what the user read (`base`) is not changed over: someone else saved it
        since (a shared operation)."""
        if base is not None and (entry.text, entry.state) != (base.text, base.state):
            removed = _("(removed)")
            was = removed if base.state is EntryState.REMOVED else base.text
            now = removed if entry.state is EntryState.REMOVED else entry.text
            name = _("The entry “{text}”").format(text=base.text)
            raise StaleRecordError(name, [FieldChange(_("Entry"), was, now, "text")])

    def edit_entry(self, entry_id: int, text: str, base: model.MatrixEntry | None = None) -> None:
        with self._file.changing() as session:
            entry = self._editable_entry(session, entry_id)
            self._as_read(entry, base)
            entry.text = entry_text(text)
            if entry.standard_text is not None:
                # the standard in the reader's language is the standard too: stored in its own words
                shown_standard = wording().standard_entry(entry.standard_key, entry.standard_text)
                if entry.text in (entry.standard_text, shown_standard):
                    entry.text, entry.state = entry.standard_text, EntryState.STANDARD
                else:
                    entry.state = EntryState.EDITED

    def remove_entry(self, entry_id: int, base: model.MatrixEntry | None = None) -> None:
        """A standard entry is marked removed (it can be restored); one of the operation's own is deleted."""
        with self._file.changing() as session:
            entry = self._editable_entry(session, entry_id)
            self._as_read(entry, base)
            if entry.standard_text is None:
                session.delete(entry)
            else:
                entry.state = EntryState.REMOVED

    def move_entry(self, entry_id: int, offset: int) -> None:
        """Move an entry up (negative offset) or down among the visible entries of its cell."""
        with self._file.changing() as session:
            entry = self._editable_entry(session, entry_id)
            entries = self._cell_entries(session, entry.category_id, entry.row_id)
            visible = [e for e in entries if e.state is not EntryState.REMOVED]
            target = min(max(visible.index(entry) + offset, 0), len(visible) - 1)
            visible.remove(entry)
            visible.insert(target, entry)
            removed = [e for e in entries if e.state is EntryState.REMOVED]
            self._renumber(visible + removed)

    # --- back to the standard ----------------------------------------------------------------------------

    @staticmethod
    def _reset(session: Session, entries: list[models.MatrixEntry]) -> None:
        kept = []
        for entry in entries:
            if entry.standard_text is None:
                session.delete(entry)
                continue
            entry.text, entry.state = entry.standard_text, EntryState.STANDARD
            kept.append(entry)
        MatrixService._renumber(sorted(kept, key=_standard_order))

    def reset_entry(self, entry_id: int) -> None:
        with self._file.changing() as session:
            entry = self._editable_entry(session, entry_id)
            if entry.standard_text is None:
                session.delete(entry)
            else:
                entry.text, entry.state = entry.standard_text, EntryState.STANDARD

    def reset_cell(self, category_id: int, row_id: int) -> None:
        with self._file.changing() as session:
            self._editable_row(session, row_id)
            self._reset(session, self._cell_entries(session, category_id, row_id))

    def reset_row(self, row_id: int) -> None:
        with self._file.changing() as session:
            row = self._editable_row(session, row_id)
            if not row.is_standard:
                raise ValidationError(
                    _(
                        "'{row}' is one of the operation's own rows and has no standard version; remove it "
                        "instead"
                    ).format(row=row.label)
                )
            for category in session.scalars(select(models.Category)):
                self._reset(session, self._cell_entries(session, category.id, row_id))

    def reset_matrix(self) -> None:
        """Back to the standard matrix: standard texts and order everywhere, the operation's own rows gone."""
        with self._file.changing() as session:
            session.execute(delete(models.MatrixRow).where(models.MatrixRow.is_standard.is_(False)))
            categories = list(session.scalars(select(models.Category)))
            for row in session.scalars(select(models.MatrixRow).where(models.MatrixRow.is_locked.is_(False))):
                for category in categories:
                    self._reset(session, self._cell_entries(session, category.id, row.id))
            self._renumber_rows(session)

    def changed_entry_count(self) -> int:
        with self._file.session() as session:
            query = select(func.count()).where(models.MatrixEntry.state != EntryState.STANDARD)
            return session.scalar(query.select_from(models.MatrixEntry)) or 0

    # --- the operation's own rows ------------------------------------------------------------------------

    @staticmethod
    def _rows(session: Session) -> list[models.MatrixRow]:
        query = select(models.MatrixRow).order_by(models.MatrixRow.position)
        return list(session.scalars(query.with_for_update(nowait=True)))  # as REORDERING

    @staticmethod
    def _renumber_rows(session: Session, rows: list[models.MatrixRow] | None = None) -> None:
        for position, row in enumerate(rows if rows is not None else MatrixService._rows(session)):
            row.position = position

    @staticmethod
    def _custom_row(session: Session, row_id: int) -> models.MatrixRow:
        row = session.get(models.MatrixRow, row_id)
        if row is None:
            raise NotFoundError(_("that matrix row no longer exists"))
        if row.is_standard:
            raise ValidationError(
                _("'{row}' is a standard PIM Matrix row: its name and place stay as in PIM guidance").format(
                    row=_row_label(row)
                )
            )
        return row

    def add_custom_row(self, label: str, index: int | None = None) -> int:
        with self._file.changing() as session:
            valid = unique_row_label(session, label)
            rows = self._rows(session)
            row = models.MatrixRow(
                code=fresh_row_code({row.code for row in rows}), position=0, label=valid, is_standard=False
            )
            session.add(row)
            rows.insert(len(rows) if index is None else max(0, min(index, len(rows))), row)
            self._renumber_rows(session, rows)
            session.flush()
            return row.id

    def rename_row(self, row_id: int, label: str) -> None:
        with self._file.changing() as session:
            row = self._custom_row(session, row_id)
            row.label = unique_row_label(session, label, except_id=row_id)

    def move_row(self, row_id: int, offset: int) -> None:
        with self._file.changing() as session:
            row = self._custom_row(session, row_id)
            rows = self._rows(session)
            target = min(max(rows.index(row) + offset, 0), len(rows) - 1)
            rows.remove(row)
            rows.insert(target, row)
            self._renumber_rows(session, rows)

    def remove_custom_row(self, row_id: int) -> None:
        with self._file.changing() as session:
            session.delete(self._custom_row(session, row_id))
            session.flush()
            self._renumber_rows(session)
