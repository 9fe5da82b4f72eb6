"""Applying an import plan: every record in one transaction, all or nothing, after a backup of the file. A
matched record gets only the changes the user kept; new records go in a few statements each."""

from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from pim_desktop.domain import model
from pim_desktop.domain.enums import SystemRole
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.validation import fold_key
from pim_desktop.i18n import _, ngettext
from pim_desktop.imports.action_items import ItemRow
from pim_desktop.imports.plan import ImportPlan
from pim_desktop.imports.records import ADD, AMBIGUOUS, UPDATE, RowPlan, found
from pim_desktop.imports.updates import accepted_fields, merged
from pim_desktop.services import organisations as organisation_rules, systems as system_rules
from pim_desktop.services.exchange import storing
from pim_desktop.services.operations import OpenOperation
from pim_desktop.services.plan_imports import ItemFiler, find_item_details


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    organisations_added: int
    left_out: int
    unchanged: int = 0


class ImportCancelledError(ValidationError):
    """The user cancelled: the transaction was rolled back, nothing was stored."""


PROGRESS_EVERY = 250  # rows between two progress reports


def apply_plan(
    operation_file: OpenOperation,
    plan: ImportPlan,
    choices: dict[int, int | None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportResult:
    """Store the plan's records in one transaction. `choices` settles ambiguous rows: row number -> the
    record to update, or None to add it as a new one; ambiguous rows without a choice are left out. Rows with
    errors refuse the whole import unless the plan says to leave them out. `progress` hears (rows done, rows
    in all); when `cancelled` says so, everything is rolled back."""
    if plan.blocked:
        raise ValidationError(
            ngettext(
                "{count} row has errors: nothing was imported",
                "{count} rows have errors: nothing was imported",
                plan.refused,
            ).format(count=plan.refused)
        )
    choices = choices or {}
    with storing(operation_file, "before-import") as session:
        store = _Store(session, plan.kind)
        for done, row in enumerate(plan.rows):
            if cancelled():
                raise ImportCancelledError(_("the import was cancelled; nothing was stored"))
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, len(plan.rows))
            action, target = row.action, row.matched_id
            if action == AMBIGUOUS and row.row_number in choices:
                target = choices[row.row_number]
                action = ADD if target is None else UPDATE
            if row.record is None or action not in (ADD, UPDATE):
                store.left_out += row.action != "unchanged"
                store.unchanged += row.action == "unchanged"
            elif action == ADD:
                store.add(row)
            else:
                store.update(row, target)  # type: ignore[arg-type]
        store.finish()
        session.flush()
    return ImportResult(
        store.added, store.updated, store.organisations_added, store.left_out, store.unchanged
    )


class _Store:
    """Stores one plan's records: updates as they come, new records gathered and inserted together."""

    def __init__(self, session: Session, kind: str) -> None:
        self.session, self.kind = session, kind
        self.added = self.updated = self.organisations_added = self.left_out = self.unchanged = 0
        self.new_organisations: dict[str, int] = {}
        self.pending: list[model.OrganisationDetails | model.SystemDetails] = []
        self.items = ItemFiler(session)
        self.entries = system_rules.matrix_index(session) if kind == "systems" else None

    def _with_new_organisations(self, row: RowPlan, details: model.SystemDetails) -> model.SystemDetails:
        """The system's links with the organisations the row names that the register did not have, added."""
        if not row.new_organisations:
            return details
        links = list(details.links)
        for name in row.new_organisations:
            if fold_key(name) not in self.new_organisations:
                (organisation_id,) = organisation_rules.insert_many(
                    self.session, [organisation_rules.validated(model.OrganisationDetails(name=name))]
                )
                self.new_organisations[fold_key(name)] = organisation_id
                self.organisations_added += 1
            role = SystemRole.PARTNER if links else SystemRole.LEAD
            links.append(model.SystemLink(self.new_organisations[fold_key(name)], role))
        return replace(details, links=tuple(links))

    def add(self, row: RowPlan) -> None:
        record = row.record
        if isinstance(record, ItemRow):
            self._file(record)
        elif isinstance(record, model.SystemDetails):  # checked by the plan; the new links are the program's
            self.pending.append(self._with_new_organisations(row, record))
        else:
            self.pending.append(record)  # type: ignore[arg-type]
        self.added += 1

    def update(self, row: RowPlan, target: int) -> None:
        """Only the changes the user kept (all the source carries, for a row they settled by hand)."""
        kept = accepted_fields(row.carried, row.changes if target == row.matched_id else [])
        session, record = self.session, row.record
        if record is None:  # apply_plan leaves out the rows without a record
            raise ValueError("a row without a record updates nothing")
        if isinstance(record, ItemRow):
            stored_item = find_item_details(session, target)
            if stored_item is not None:
                self._file(replace(record, details=merged(stored_item, record.details, kept)), target)
        elif isinstance(record, model.SystemDetails):
            stored = found(system_rules.find_details(session, target))
            source = self._with_new_organisations(row, record)
            kept |= {"links"} if row.new_organisations else set()
            system_details = system_rules.validated(merged(stored, source, kept), session)
            system_rules.save(session, target, system_details, self.entries)
        else:
            stored_organisation = found(organisation_rules.find_details(session, target))
            organisation_details = organisation_rules.validated(merged(stored_organisation, record, kept))
            organisation_rules.save(session, target, organisation_details)
        self.updated += 1

    def _file(self, row: ItemRow, item_id: int | None = None) -> None:
        self.items.store(row.plan, row.group_details(), row.number, row.details, item_id)

    def finish(self) -> None:
        if self.kind == "systems":
            system_rules.insert_many(self.session, self.pending, self.entries or {})  # type: ignore[arg-type]
        elif self.kind == "organisations":
            organisation_rules.insert_many(self.session, self.pending)  # type: ignore[arg-type]
