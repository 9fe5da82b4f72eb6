"""Applying an import plan: every row in one transaction, all or nothing, after a backup of the file."""

from collections.abc import Callable
from dataclasses import dataclass, replace

from pim_desktop.domain import model
from pim_desktop.domain.enums import SystemRole
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.validation import fold_key
from pim_desktop.i18n import _
from pim_desktop.imports.action_items import ItemRow, store_item
from pim_desktop.imports.plan import ADD, AMBIGUOUS, UPDATE, ImportPlan
from pim_desktop.services import organisations as organisation_rules
from pim_desktop.services import systems as system_rules
from pim_desktop.storage import models
from pim_desktop.storage.backups import make_backup
from pim_desktop.storage.operation_file import OperationFile


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    organisations_added: int
    left_out: int


class ImportCancelledError(ValidationError):
    """The user cancelled: the transaction was rolled back, nothing was stored."""


PROGRESS_EVERY = 250  # rows between two progress reports


def apply_plan(
    operation_file: OperationFile,
    plan: ImportPlan,
    choices: dict[int, int | None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportResult:
    """Store the plan's rows in one transaction. `choices` settles ambiguous rows: row number -> the record
    to update, or None to add it as a new one; ambiguous rows without a choice are left out. `progress`
    hears (rows done, rows in all); when `cancelled` says so, everything is rolled back."""
    choices = choices or {}
    make_backup(operation_file.path, "before-import")
    added = updated = organisations_added = left_out = 0
    with operation_file.changing() as session:
        new_organisations: dict[str, int] = {}
        entries = system_rules.matrix_index(session)  # read once for all the rows
        plans_cache: dict[str, models.ActionPlan] = {}
        for done, row in enumerate(plan.rows):
            if cancelled():
                raise ImportCancelledError(_("the import was cancelled; nothing was stored"))
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, len(plan.rows))
            action, target = row.action, row.matched_id
            if action == AMBIGUOUS:
                if row.row_number not in choices:
                    left_out += 1
                    continue
                target = choices[row.row_number]
                action = ADD if target is None else UPDATE
            if action not in (ADD, UPDATE) or row.record is None:
                left_out += 1
                continue
            if isinstance(row.record, ItemRow):
                store_item(session, row.record, target if action == UPDATE else None, plans_cache)
            elif isinstance(row.record, model.OrganisationDetails):
                organisation_rules.save(session, target if action == UPDATE else None, row.record)
            else:
                links = list(row.record.links)
                for name in row.new_organisations:
                    if fold_key(name) not in new_organisations:
                        named = model.OrganisationDetails(name=name)  # as the row named it
                        organisation = organisation_rules.save(session, None, named)
                        session.flush()
                        new_organisations[fold_key(name)] = organisation.id
                        organisations_added += 1
                    role = SystemRole.PARTNER if links else SystemRole.LEAD
                    links.append(model.SystemLink(new_organisations[fold_key(name)], role))
                details = system_rules.validated(replace(row.record, links=tuple(links)), session)
                system_rules.save(session, target if action == UPDATE else None, details, entries)
            added += action == ADD
            updated += action == UPDATE
        session.flush()
    return ImportResult(added, updated, organisations_added, left_out)
