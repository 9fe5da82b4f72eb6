"""Saving a record that someone else may have saved since the user read it (an operation on a shared
server): the save names the version it started from, and is refused, with what the other changed field by
field, when that version was overtaken. The check is made twice: on reading the record in the saving
transaction, and by the database itself when the row is written (the row's version must still be the one
read: SQLAlchemy's version counter, whose refusal the session gives as an OvertakenRecordError, which
cannot name the record), for a save that lands in between."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session

from pim_desktop.domain.errors import CollidingSaveError, FieldChange, OvertakenRecordError, StaleRecordError
from pim_desktop.i18n import _
from pim_desktop.storage.operation_file import OperationFile

Result = TypeVar("Result")
TRIES = 3  # a save the server cancels to break a deadlock is made again this many times in all


class Stored(Protocol):
    row_version: int


def changed_fields(base: Any, now: Any, labels: dict[str, str]) -> list[FieldChange]:
    """The fields of two details (dataclasses) that differ, labelled for the user."""
    return [
        FieldChange(
            _(labels.get(field.name, field.name)),
            getattr(base, field.name),
            getattr(now, field.name),
            field.name,
        )
        for field in fields(base)
        if getattr(base, field.name) != getattr(now, field.name)
    ]


def reapplied(base: Any, mine: Any, now: Any) -> Any:
    """The record as saved since (`now`) with the fields the user changed from `base` set as they typed
    them: what "save mine over theirs" stores, keeping whatever else the other saved."""
    return replace(
        now,
        **{
            f.name: getattr(mine, f.name)
            for f in fields(base)
            if getattr(base, f.name) != getattr(mine, f.name)
        },
    )


@contextmanager
def saving_over(
    operation_file: OperationFile,
    name: str,
    base: Any,
    current: Callable[[], Any | None],
    labels: dict[str, str],
) -> Iterator[Session]:
    """A transaction that saves over the record whose details the user started from (`base`); when another
    save lands first, a StaleRecordError with the fields it changed (`current` reads the record afresh, or
    gives None when it is gone or no longer visible)."""
    try:
        with operation_file.changing() as session:
            yield session
    except OvertakenRecordError:  # the session's, which cannot name the record
        now = current()
        raise StaleRecordError(name, None if now is None else changed_fields(base, now, labels)) from None


def refuse_if_overtaken(
    record: Stored | None,
    version: int,
    name: str,
    base: Any,
    now: Callable[[Any], Any],
    labels: dict[str, str],
) -> None:
    """Within the saving transaction: the record as read now (`now` gives its details) must be at the version
    the user started from."""
    if record is None:
        raise StaleRecordError(name, None)
    if record.row_version != version:
        raise StaleRecordError(name, changed_fields(base, now(record), labels))


def made_again(save: Callable[[], Result]) -> Result:
    """A save (a transaction of its own) made again when the server cancelled it to break a deadlock with
    another made at the same moment: nothing of it was written, and the next try reads the records afresh
    (a save over a version someone overtook meanwhile is then refused as any is). The last try's refusal
    is the user's."""
    for _try in range(TRIES - 1):
        try:
            return save()
        except CollidingSaveError:
            continue
    return save()
