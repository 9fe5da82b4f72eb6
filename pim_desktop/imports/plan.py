"""What an import will do, record by record, before anything is written: the rows of one organisation or
system joined into one record; whether it adds a record or updates one it matches (name or acronym ignoring
case, accents and spacing; identifier), field by field; its errors (the record is not imported) and warnings
(it is, with what is said); and the values the program did not recognise, once each with their rows."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from pim_desktop.domain import model
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.validation import fold_key, required_name
from pim_desktop.i18n import _
from pim_desktop.imports import values
from pim_desktop.imports.columns import KEY_FIELDS, Layout, corrected, find_layout, names_records
from pim_desktop.imports.item_plans import item_plans
from pim_desktop.imports.reading import Cell, Sheet, UnreadableSourceError
from pim_desktop.imports.records import ADD, AMBIGUOUS, SKIP, UNCHANGED, UPDATE, RowPlan, found, matched
from pim_desktop.imports.register import Register
from pim_desktop.imports.rows import Reader, RowValues, Unknown, join
from pim_desktop.imports.updates import changes, merged
from pim_desktop.services import organisations as organisation_rules, systems as system_rules
from pim_desktop.services.exchange import categories_of
from pim_desktop.services.operations import OpenOperation
from pim_desktop.services.plan_imports import item_labels


@dataclass
class ImportSettings:
    """What the user said about the source: words mapped to codes (field -> folded word -> code), the
    category of systems that have none, and whether rows with errors are left out rather than refusing."""

    mapped: dict[str, dict[str, str]] = field(default_factory=dict)
    default_category: str = ""
    skip_invalid: bool = False


@dataclass
class ImportPlan:
    source: str
    sheet: str
    kind: str
    layout: Layout
    rows: list[RowPlan]
    notes: list[str] = field(default_factory=list)  # what is said of the whole sheet
    unknown: list[Unknown] = field(default_factory=list)
    skip_invalid: bool = False

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def refused(self) -> int:
        return sum(1 for row in self.rows if row.errors)

    @property
    def repeated(self) -> int:
        """Rows joined into a record listed on an earlier row."""
        return sum(len(row.rows) - 1 for row in self.rows if row.rows)

    @property
    def blocked(self) -> bool:
        """Rows with errors refuse the whole import unless the user asked to leave them out."""
        return bool(self.refused) and not self.skip_invalid


def choose_sheet(
    sheets: list[Sheet], name: str | None, kind: str | None, corrections: dict[str, str | None] | None = None
) -> tuple[Sheet, Layout]:
    """The sheet asked for, or the first whose columns are recognised; `corrections` (column -> field or
    None) put right what was recognised, or say it all where nothing was."""
    if name is not None:
        chosen = [s for s in sheets if fold_key(s.name) == fold_key(name)]
        if not chosen:
            raise UnreadableSourceError(
                _("there is no sheet '{name}'; the sheets are: {sheets}").format(
                    name=name, sheets=", ".join(s.name for s in sheets)
                )
            )
        sheets = chosen
    for sheet in sheets:
        if sheet.refused and name is not None:
            raise UnreadableSourceError(sheet.refused)
        if not sheet.rows:
            continue
        layout = find_layout(sheet.rows, kind)
        if layout is None and corrections:  # the user says what the first row's columns hold
            headings = tuple(values.text(c) for c in sheet.rows[0])
            layout = Layout(kind or "organisations", (0,), 1, {}, headings)
        if layout is not None:
            layout = corrected(layout, corrections) if corrections else layout
            if not names_records(layout.kind, layout.columns):
                raise UnreadableSourceError(
                    _("no column holds the {field} of the {kind}; say which with --column").format(
                        field=KEY_FIELDS[layout.kind], kind=layout.kind
                    )
                )
            return sheet, layout
    refused = [s.refused for s in sheets if s.refused]
    if refused:
        raise UnreadableSourceError(refused[0])
    if all(not s.rows for s in sheets):
        raise UnreadableSourceError(_("the sheet is empty"))
    raise UnreadableSourceError(
        _(
            "no column of {what} was recognised (a 'name' column at least is needed; the README lists the "
            "column names and HXL tags understood)"
        ).format(what=kind or _("organisations or systems"))
    )


def _cells(row: list[Cell], layout: Layout) -> dict[str, Cell]:
    return {f: row[i] for i, f in layout.columns.items() if i < len(row)}


def make_plan(
    session: Session, source: str, sheet: Sheet, layout: Layout, settings: ImportSettings | None = None
) -> ImportPlan:
    settings = settings or ImportSettings()
    plan = ImportPlan(source, sheet.name, layout.kind, layout, [], skip_invalid=settings.skip_invalid)
    data = [
        (index + 1, _cells(row, layout))
        for index, row in enumerate(sheet.rows[layout.first_data_row :], start=layout.first_data_row)
        if any(values.text(c) for c in row)
    ]
    if layout.kind == "action-items":
        plan.rows = item_plans(session, data)
        return plan
    register = Register(session)
    unknown: dict[tuple[str, str], Unknown] = {}
    reader = Reader(register.categories, register.organisations, settings.mapped, unknown)
    if layout.kind == "organisations":
        read = [reader.organisation(number, cells) for number, cells in data]
        plan.notes += _distrust_identifiers(read, layout)
        groups = _grouped(read, ("name", "acronym", "identifier"))
        plan.rows = [_organisation_plan(session, register, join(g, register.shown)) for g in groups]
    else:
        default = _default_category(register, settings.default_category)
        read = [reader.system(number, cells, default) for number, cells in data]
        groups = _grouped(read, ("name",))
        plan.rows = [_system_plan(session, register, join(g, register.shown)) for g in groups]
    plan.unknown = sorted(unknown.values(), key=lambda u: (-len(u.rows), u.field, u.text))
    return plan


def _default_category(register: Register, wanted: str) -> int | None:
    if not wanted:
        return None
    found = register.categories.get(values.value_key(wanted))
    if found is None:
        raise UnreadableSourceError(
            _("'{value}' is not a PIM category of this operation; the categories are: {names}").format(
                value=wanted, names=", ".join(register.category_labels.values())
            )
        )
    return found


def _distrust_identifiers(read: list[RowValues], layout: Layout) -> list[str]:
    """An "ID" column that gives one organisation several values numbers activities, not organisations: it
    is not read (and the rows are not told apart by it)."""
    seen: dict[str, str] = {}
    for row in read:
        identifier, key = row.values.get("identifier"), fold_key(str(row.values.get("name", "")))
        if identifier and key and seen.setdefault(key, identifier) != identifier:
            for other in read:
                other.values.pop("identifier", None)
            column = next((i for i, f in layout.columns.items() if f == "identifier"), 0)
            heading = layout.headings[column] if column < len(layout.headings) else ""
            return [
                _(
                    "the column '{heading}' gives one organisation several values (row {row}): it numbers "
                    "rows, not organisations, and is not read as their identifier"
                ).format(heading=heading, row=row.rows[0])
            ]
    return []


def _grouped(read: list[RowValues], keys: tuple[str, ...]) -> list[list[RowValues]]:
    """Rows that share a name, an acronym or an identifier (folded) are one record; a row without a name
    stands alone (it is refused)."""
    owner: dict[str, int] = {}  # key -> group
    groups: list[list[RowValues] | None] = []
    for row in read:
        if not row.values.get("name"):
            groups.append([row])
            continue
        found = [f"{k}:{fold_key(str(row.values[k]))}" for k in keys if row.values.get(k)]
        hits = sorted({owner[k] for k in found if k in owner})
        if not hits:
            target = len(groups)
            groups.append([row])
        else:
            target = hits[0]
            groups[target].append(row)  # type: ignore[union-attr]
            for other in hits[1:]:  # the row joins two groups: they are one record
                groups[target] += groups[other] or []  # type: ignore[operator]
                groups[other] = None
                owner.update({k: target for k, g in owner.items() if g == other})
        owner.update({k: target for k in found})
        # the name and the acronym of one row name one another across the file
        if "acronym" in keys and row.values.get("acronym"):
            owner.setdefault(f"name:{fold_key(str(row.values['acronym']))}", target)
            owner.setdefault(f"acronym:{fold_key(str(row.values['name']))}", target)
    return [sorted(g, key=lambda r: r.rows[0]) for g in groups if g]


def _base(joined: RowValues, action: str) -> RowPlan:
    return RowPlan(
        joined.rows[0],
        action,
        None,
        errors=list(dict.fromkeys(joined.errors)),
        warnings=list(dict.fromkeys(joined.warnings)),
        new_organisations=tuple(joined.new_organisations),
        rows=tuple(joined.rows),
    )


def _organisation_plan(session: Session, register: Register, joined: RowValues) -> RowPlan:
    plan = _base(joined, ADD)
    given = joined.values
    try:
        source = organisation_rules.validated(model.OrganisationDetails(**{"name": "", **given}))
    except ValidationError as error:
        plan.errors.append(error.sentence)
        plan.action = SKIP
        return plan
    plan.record, plan.carried = source, frozenset(given) - {"name"}

    def update(plan: RowPlan, stored: model.OrganisationDetails) -> None:
        carried = set(given) - {"name"}
        if fold_key(source.acronym) == fold_key(stored.name):
            carried.discard("acronym")  # a sheet that gives the name again as the acronym
        names_the_acronym = fold_key(stored.name) in (fold_key(stored.acronym), fold_key(source.acronym))
        if (
            names_the_acronym
            and len(source.name) > len(stored.name)
            and fold_key(source.name) != fold_key(source.acronym)
        ):
            carried.add("name")  # a register that only knew the acronym learns the full name
        elif fold_key(source.name) not in (fold_key(stored.name), fold_key(stored.acronym)):
            plan.warnings.append(
                _("the register calls it '{kept}': that name is kept").format(kept=stored.name)
            )
        _update(plan, stored, source, carried, register, organisation_rules.validated)

    matches = register.organisation_matches(source.name, source.acronym, source.identifier)
    matched(
        plan,
        matches,
        lambda i: found(organisation_rules.find_details(session, i)),
        update,
    )
    return plan


def _update(
    plan: RowPlan, stored: Any, source: Any, carried: set[str], register: Register, check: Callable
) -> None:
    result = merged(stored, source, carried)
    try:
        check(result)
    except ValidationError as error:
        plan.errors.append(error.sentence)
        plan.action = SKIP
        return
    plan.carried = frozenset(carried)
    plan.changes = changes(stored, result, register.shown)
    plan.action = UPDATE if plan.changes else UNCHANGED


def _system_plan(session: Session, register: Register, joined: RowValues) -> RowPlan:
    plan = _base(joined, ADD)
    given = dict(joined.values)
    name = str(given.get("name", ""))
    try:
        given["name"] = required_name(name, "system name") if name else ""
    except ValidationError as error:
        plan.errors.append(error.sentence)
    if not name:
        plan.errors.append(_("the system name is missing"))
    source = model.SystemDetails(**{"primary_category_id": None, **given})
    if source.start_date and source.end_date and source.end_date < source.start_date:
        plan.errors.append(_("the end date is before the start date"))
    if plan.errors:
        plan.action = SKIP
        return plan
    plan.record, plan.carried = source, frozenset(given) - {"name"}

    def update(plan: RowPlan, stored: model.SystemDetails) -> None:
        carried = set(given) - {"name"}
        _update(plan, stored, source, carried, register, lambda d: system_rules.validated(d, session))

    matches = register.systems.get(fold_key(source.name), set())
    matched(
        plan,
        matches,
        lambda i: found(system_rules.find_details(session, i)),
        update,
    )
    if plan.action == ADD and source.primary_category_id is None:
        plan.errors.append(
            _(
                "the PIM category is missing: choose one for the systems without it (--category, or in "
                "the preview)"
            )
        )
    elif plan.action in (ADD, AMBIGUOUS):  # checked now as storing it will: the preview shows every refusal
        try:
            plan.record = system_rules.checked(source, register.category_ids, register.organisation_ids)
        except ValidationError as error:
            plan.errors.append(error.sentence)
    if plan.errors:
        plan.action = SKIP
    return plan


def candidate_labels(session: Session, kind: str, ids: set[int]) -> dict[int, str]:
    """How the records an ambiguous row could be are shown to the user."""
    if not ids:
        return {}
    if kind == "organisations":
        return organisation_rules.labels_of(session, ids)
    if kind == "systems":
        return system_rules.names_of(session, ids)
    return item_labels(session, ids)


def plan_import(
    operation: OpenOperation,
    source: str,
    sheet: Sheet,
    layout: Layout,
    settings: ImportSettings | None = None,
) -> tuple[ImportPlan, dict[int, str]]:
    """The plan of importing `sheet`, and how the records an ambiguous row could be are shown, in one read
    of the operation (the command line and the import dialog ask this)."""
    with operation.session() as session:
        plan = make_plan(session, source, sheet, layout, settings)
        candidates = {c for row in plan.rows for c in row.candidates}
        return plan, candidate_labels(session, layout.kind, candidates)


def import_categories(operation: OpenOperation) -> list[tuple[str, str]]:
    """The categories a system without one may be given: (code, name)."""
    with operation.session() as session:
        return categories_of(session)
