"""Saving a record someone else may have saved since the user opened it (a shared operation): a refused save
shows both sides' changes (ConflictDialog), and the user saves theirs over the record as it is now, or keeps
the other's. The loop repeats if yet another save lands meanwhile."""

from collections.abc import Callable
from datetime import date
from enum import Enum, StrEnum
from typing import Any, Protocol, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from pim_desktop.domain import model
from pim_desktop.domain.errors import PimError, StaleRecordError
from pim_desktop.domain.labels import label
from pim_desktop.gui.dialogs.conflict_dialog import ConflictDialog
from pim_desktop.gui.i18n import translate
from pim_desktop.services.change_comparison import record_history
from pim_desktop.services.concurrency import changed_fields, reapplied
from pim_desktop.services.operations import OpenOperation


class SaveOutcome(Enum):
    SAVED = "saved"
    LEFT = "left"  # the other's save kept, or the record gone: nothing to try again
    FAILED = "failed"  # not stored (the server out of reach, a refusal): the user may try again


class Record(Protocol):
    @property
    def details(self) -> Any: ...


Stored = TypeVar("Stored", bound=Record)


def save_over(
    parent: QWidget,
    name: str,
    base: Stored,
    details: Any,
    save: Callable[[Stored, Any], bool],
    read_again: Callable[[], Stored | None],
    labels: dict[str, str],
    shown: Callable[[str, Any], str],
    refused: Callable[[str], None],
    saved_by: Callable[[], str] = lambda: "",
) -> SaveOutcome:
    """Save `details` over `base` (the record as the user read it).
    `save` raises StaleRecordError when someone else saved it since; `read_again` gives it as it is now,
    None when it is gone or hidden from the user; `saved_by` who saved it last, from the operation's
    history ("" when it cannot tell)."""
    while True:
        try:
            return SaveOutcome.SAVED if save(base, details) else SaveOutcome.FAILED
        except StaleRecordError as error:
            try:
                now = read_again()
            except PimError:
                now = None
            if now is None:
                refused(error.sentence)
                return SaveOutcome.LEFT
            theirs = changed_fields(base.details, now.details, labels)
            mine = changed_fields(base.details, details, labels)
            dialog = ConflictDialog(parent, name, theirs, mine, shown, saved_by())
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return SaveOutcome.LEFT
            base, details = now, reapplied(base.details, details, now.details)


class RegisterValues:
    """A register's field values as people read them: categories and organisations by name, coded values
    by their labels, days as typed."""

    def __init__(self, categories: list[model.Category], organisations: list[model.Organisation]) -> None:
        self._categories = {category.id: category.label for category in categories}
        self._organisations = {o.id: o.details.acronym or o.details.name for o in organisations}

    def shown(self, name: str, value: Any) -> str:
        if isinstance(value, tuple):
            return "; ".join(self.shown(name, each) for each in value)
        if name in ("primary_category_id", "secondary_category_ids") and isinstance(value, int):
            return self._categories.get(value, str(value))
        if isinstance(value, model.SystemLink):
            return f"{self._organisations.get(value.organisation_id, '?')} ({label(value.role)})"
        if isinstance(value, model.Area):
            parts = (value.country_iso3, value.admin1, value.admin2)
            return " › ".join(part for part in parts if part)
        if isinstance(value, StrEnum):
            return label(value)
        if isinstance(value, bool):
            return translate("Conflicts", "Yes") if value else translate("Conflicts", "No")
        if isinstance(value, date):
            return value.isoformat()
        return "" if value is None else str(value)


def last_saved_by(operation: OpenOperation, table: str, record_id: int) -> str:
    """Who saved the record last, as the operation's history tells it ("" when it does not, or the login
    may not read it)."""
    try:
        history = record_history(operation, table, record_id)
    except PimError:
        return ""
    return history[-1].who[-1] if history and history[-1].who else ""
