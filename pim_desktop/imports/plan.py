"""What an import will do, row by row, before anything is written: each row as it will be stored, whether
it adds a record or updates one it matches (name or acronym ignoring case, accents and spacing; identifier),
and its errors (the row is not imported) and warnings (it is, with what is said)."""

from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from pim_desktop.domain import model
from pim_desktop.domain.enums import OrganisationType, Sensitivity, SystemRole, SystemStatus
from pim_desktop.domain.errors import PimError, ValidationError
from pim_desktop.domain.validation import clean_text, country_code, fold_key, required_name
from pim_desktop.i18n import _
from pim_desktop.imports import values
from pim_desktop.imports.action_items import ItemRow, Links, by_code_or_label, item_row
from pim_desktop.imports.columns import Layout, find_layout
from pim_desktop.imports.reading import Cell, Sheet, UnreadableSourceError
from pim_desktop.services import organisations as organisation_rules
from pim_desktop.storage import models

ADD, UPDATE, SKIP, AMBIGUOUS = "add", "update", "skip", "ambiguous"


@dataclass
class RowPlan:
    row_number: int  # as the spreadsheet numbers it
    action: str
    record: "model.OrganisationDetails | model.SystemDetails | ItemRow | None"
    matched_id: int | None = None
    candidates: tuple[int, ...] = ()  # records an ambiguous row could be
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    new_organisations: tuple[str, ...] = ()  # names a system row adds to the register


@dataclass
class ImportPlan:
    source: str
    sheet: str
    kind: str
    layout: Layout
    rows: list[RowPlan]

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def refused(self) -> int:
        return sum(1 for row in self.rows if row.errors)


def choose_sheet(sheets: list[Sheet], name: str | None, kind: str | None) -> tuple[Sheet, Layout]:
    """The sheet asked for, or the first whose columns are recognised."""
    if name is not None:
        chosen = [s for s in sheets if fold_key(s.name) == fold_key(name)]
        if not chosen:
            raise UnreadableSourceError(
                f"there is no sheet '{name}'; the sheets are: {', '.join(s.name for s in sheets)}"
            )
        sheets = chosen
    for sheet in sheets:
        if not sheet.rows:
            continue
        layout = find_layout(sheet.rows, kind)
        if layout is not None:
            return sheet, layout
    if all(not s.rows for s in sheets):
        raise UnreadableSourceError("the sheet is empty")
    what = kind or "organisations or systems"
    raise UnreadableSourceError(
        f"no column of {what} was recognised (a 'name' column at least is needed; the README lists the "
        "column names and HXL tags understood)"
    )


def _cells(row: list[Cell], layout: Layout) -> dict[str, Cell]:
    return {f: row[i] for i, f in layout.columns.items() if i < len(row)}


def _organisation(cells: dict[str, Cell], plan: RowPlan) -> model.OrganisationDetails | None:
    try:
        org_type = values.coded(cells.get("type"), OrganisationType) or OrganisationType.OTHER
    except ValidationError as error:
        plan.warnings.append(_("{problem}; stored as Other").format(problem=error.sentence))
        org_type = OrganisationType.OTHER
    details = model.OrganisationDetails(
        name=values.text(cells.get("name")),
        acronym=values.text(cells.get("acronym")),
        org_type=org_type,
        **{f: values.text(cells.get(f)) for f in ("identifier", "focal_name", "focal_role", "focal_email")},
        **{f: values.text(cells.get(f)) for f in ("focal_phone", "notes")},
    )
    try:
        return organisation_rules.validated(details)
    except ValidationError as error:
        plan.errors.append(error.sentence)
        return None


class _Register:
    """The organisations and systems already stored, by their matching keys."""

    def __init__(self, session: Session) -> None:
        self.organisations: dict[str, set[int]] = {}
        for org_id, name_key, acronym_key, identifier in session.execute(
            select(models.Organisation.id, models.Organisation.name_key, models.Organisation.acronym_key,
                   models.Organisation.identifier)
        ):  # fmt: skip
            for key in (name_key, acronym_key, f"id:{identifier.strip()}" if identifier.strip() else ""):
                if key:
                    self.organisations.setdefault(key, set()).add(org_id)
        self.systems: dict[str, set[int]] = {}
        for system_id, name_key in session.execute(
            select(models.InformationSystem.id, models.InformationSystem.name_key)
        ):
            self.systems.setdefault(name_key, set()).add(system_id)
        self.categories = by_code_or_label(session, models.Category)

    def organisation_matches(self, details: model.OrganisationDetails) -> set[int]:
        found: set[int] = set()
        for key in (fold_key(details.name), fold_key(details.acronym), f"id:{details.identifier.strip()}"):
            found |= self.organisations.get(key, set()) if key and key != "id:" else set()
        return found


def _system(cells: dict[str, Cell], register: _Register, plan: RowPlan) -> model.SystemDetails | None:
    def category(value: str) -> int | None:
        found = register.categories.get(fold_key(value))
        if found is None:
            plan.errors.append(_("'{value}' is not a PIM category of this operation").format(value=value))
        return found

    name = values.text(cells.get("name"))
    if name:
        try:  # as storing it will: cleaned, or refused now rather than failing the whole import later
            name = required_name(name, "system name")
        except ValidationError as error:
            plan.errors.append(error.sentence)
    primary_text = values.text(cells.get("category"))
    if not primary_text:
        plan.errors.append(_("the PIM category is missing"))
    primary = category(primary_text) if primary_text else None
    secondary = tuple(c for c in (category(v) for v in values.items(cells.get("secondary_categories"))) if c)
    links, new = [], []
    for entry in values.items(cells.get("organisations")):
        org_name, role = entry, SystemRole.LEAD if not links else SystemRole.PARTNER
        if entry.endswith(")") and "(" in entry:
            org_name, _bracket, role_text = entry[:-1].rpartition("(")
            try:
                role = values.coded(role_text, SystemRole) or role
            except ValidationError:
                org_name = entry  # brackets that are part of the name
        matches = register.organisations.get(fold_key(org_name.strip()), set())
        if len(matches) == 1:
            links.append(model.SystemLink(next(iter(matches)), role))
        else:
            new.append(org_name.strip())
            plan.warnings.append(
                _("'{name}' is not in the organisation register: it will be added").format(
                    name=org_name.strip()
                )
            )
    details = model.SystemDetails(name=name, primary_category_id=primary, secondary_category_ids=secondary,
                                  links=tuple(links))  # fmt: skip
    try:
        details = replace(
            details,
            status=values.coded(cells.get("status"), SystemStatus) or SystemStatus.ACTIVE,
            sensitivity=values.coded(cells.get("sensitivity"), Sensitivity) or Sensitivity.RESTRICTED,
            start_date=values.day(cells.get("start_date")),
            end_date=values.day(cells.get("end_date")),
            areas=_areas(cells),
            **{
                f: values.text(cells.get(f))
                for f in ("sub_categories", "methods", "outputs", "population_groups")
            },
            **{
                f: values.text(cells.get(f))
                for f in ("frequency", "shared_data", "shared_with", "sharing_agreement")
            },
            **{
                f: values.text(cells.get(f))
                for f in ("contact_name", "contact_email", "contact_phone", "notes")
            },
        )
        organisation_rules.check_email(clean_text(details.contact_email))  # what storing it checks too
    except PimError as error:
        plan.errors.append(error.sentence)
        return None
    if not name:
        plan.errors.append(_("the system name is missing"))
    if details.start_date and details.end_date and details.end_date < details.start_date:
        plan.errors.append(_("the end date is before the start date"))
    plan.new_organisations = tuple(dict.fromkeys(new))
    return None if plan.errors else details


def _areas(cells: dict[str, Cell]) -> tuple[model.Area, ...]:
    country = country_code(values.text(cells.get("country")).split("\n")[0]) or ""
    admin1 = values.items(cells.get("admin1"))
    admin2 = values.items(cells.get("admin2"))
    if admin2 and len(admin1) == 1:
        return tuple(model.Area(country, admin1[0], admin2=a2) for a2 in admin2)
    return tuple(model.Area(country, a1) for a1 in admin1) or ((model.Area(country),) if country else ())


def make_plan(session: Session, source: str, sheet: Sheet, layout: Layout) -> ImportPlan:
    register = _Register(session)
    links = Links(session) if layout.kind == "action-items" else None
    rows: list[RowPlan] = []
    seen: dict[str, int] = {}
    for index in range(layout.first_data_row, len(sheet.rows)):
        row = sheet.rows[index]
        if all(values.text(c) == "" for c in row):
            continue
        plan = RowPlan(index + 1, ADD, None)
        cells = _cells(row, layout)
        record: model.OrganisationDetails | model.SystemDetails | ItemRow | None
        if links is not None:
            record = item_row(cells, links, plan.errors, plan.warnings)
        elif layout.kind == "organisations":
            record = _organisation(cells, plan)
        else:
            record = _system(cells, register, plan)
        plan.record = record
        if record is None:
            plan.action = SKIP
            rows.append(plan)
            continue
        key = str(record.key()) if isinstance(record, ItemRow) else fold_key(record.name)
        if key in seen:
            plan.action = SKIP
            plan.warnings.append(_("the same name as row {row}: left out").format(row=seen[key]))
            rows.append(plan)
            continue
        seen[key] = plan.row_number
        if isinstance(record, model.OrganisationDetails):
            matches = register.organisation_matches(record)
        elif isinstance(record, ItemRow):
            matches = links.items.get(record.key(), set()) if links else set()
        else:
            matches = register.systems.get(key, set())
        if len(matches) == 1:
            plan.action, plan.matched_id = UPDATE, next(iter(matches))
        elif len(matches) > 1:
            plan.action, plan.candidates = AMBIGUOUS, tuple(sorted(matches))
            plan.warnings.append(
                _("matches {count} records of the register: choose which one, or add it").format(
                    count=len(matches)
                )
            )
        rows.append(plan)
    return ImportPlan(source, sheet.name, layout.kind, layout, rows)


def candidate_labels(session: Session, kind: str, ids: set[int]) -> dict[int, str]:
    """How the records an ambiguous row could be are shown to the user."""
    if not ids:
        return {}
    if kind == "organisations":
        query = select(models.Organisation.id, models.Organisation.name, models.Organisation.acronym)
        rows = session.execute(query.where(models.Organisation.id.in_(ids)))
        return {i: f"{name} ({acronym})" if acronym else name for i, name, acronym in rows}
    if kind == "systems":
        query = select(models.InformationSystem.id, models.InformationSystem.name)
        return dict(session.execute(query.where(models.InformationSystem.id.in_(ids))).all())
    query = select(models.ActionItem.id, models.ActionItem.number, models.ActionItem.challenge)
    return {
        i: f"{number}. {text}"
        for i, number, text in session.execute(query.where(models.ActionItem.id.in_(ids)))
    }
