"""Builds the document of a view from an operation file, applying the sharing choices: what is classified
above the chosen level is left out (and said), and people's names, e-mails and phones can be left out."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from pim_desktop.domain import model
from pim_desktop.domain.enums import Sensitivity
from pim_desktop.domain.labels import label
from pim_desktop.exports import tables
from pim_desktop.exports.changes import changes_table
from pim_desktop.exports.document import Document, ExportOptions, Grid, GridCell, GridColumn, GridRow, Table
from pim_desktop.exports.gaps import coverage_of, gaps_table
from pim_desktop.exports.views import EXPORT_VIEWS, REPORT, view_named
from pim_desktop.i18n import N_, _, ngettext, speaking
from pim_desktop.services.action_plans import ActionPlanService
from pim_desktop.services.change_comparison import compare, since_when
from pim_desktop.services.changes import ChangeLog
from pim_desktop.services.mapping import MappingService
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import OpenOperation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.process import ProcessService
from pim_desktop.services.review import ReviewService
from pim_desktop.services.summary import operation_info
from pim_desktop.services.systems import SystemService


def allowed(level: Sensitivity, options: ExportOptions) -> bool:
    return options.max_sensitivity is None or level.rank <= options.max_sensitivity.rank


def matrix_grid(matrix: model.Matrix) -> Grid:
    columns = tuple(GridColumn(c.label, label(c.group)) for c in matrix.categories)
    rows = tuple(GridRow(r.label, r.is_locked) for r in matrix.rows)
    cells = tuple(
        tuple(
            GridCell(
                tuple(e.text for e in matrix.cell(c.id, r.id)),
                tuple(e.differs_from_standard for e in matrix.cell(c.id, r.id)),
            )
            for c in matrix.categories
        )
        for r in matrix.rows
    )
    note = _(
        "Entries marked ✎ were changed or added by the operation. Rows marked (locked) keep the PIM wording."
    )
    return Grid(N_("Matrix"), _("PIM Matrix of the operation"), columns, rows, cells, note)


def mapping_grid(
    categories: list[model.Category],
    organisations: list[model.Organisation],
    systems: list[model.SystemSummary],
) -> Grid:
    """Organisations x categories, each cell the names of the organisation's systems in that category."""
    cells: dict[tuple[int, int], list[str]] = {}
    for system in systems:
        for organisation_id in dict.fromkeys(link.organisation_id for link in system.links):
            for category_id in system.category_ids:
                cells.setdefault((organisation_id, category_id), []).append(system.name)
    shown = [o for o in organisations if any((o.id, c.id) in cells for c in categories)]
    shown.sort(key=lambda o: (o.details.acronym or o.details.name).casefold())
    return Grid(
        N_("Mapping"),
        _("Organisations and their information systems by PIM category"),
        tuple(GridColumn(c.label, label(c.group)) for c in categories),
        tuple(GridRow(o.details.acronym or o.details.name) for o in shown),
        tuple(tuple(GridCell(tuple(cells.get((o.id, c.id), ()))) for c in categories) for o in shown),
    )


def build_document(
    operation_file: OpenOperation, view: str, options: ExportOptions, today: date | None = None
) -> Document:
    with speaking(options.language):
        return _build_document(operation_file, view, options, today)


@dataclass
class _Building:
    """What the parts of one document are built from, read once, and what the sharing choices left out."""

    operation_file: OpenOperation
    options: ExportOptions
    matrix: model.Matrix
    organisations: list[model.Organisation]
    systems: list[model.SystemSummary]  # those the sensitivity ceiling keeps
    left_out: list[str] = field(default_factory=list)
    levels: list[Sensitivity] = field(default_factory=list)  # of what is shown


def _action_plans(building: _Building) -> Table:
    options, plan_service = building.options, ActionPlanService(building.operation_file)
    plans = plan_service.every_plan()
    kept = [p for p in plans if allowed(p.details.sensitivity, options)]
    if len(kept) < len(plans):
        above, count = label(options.max_sensitivity), len(plans) - len(kept)  # type: ignore[arg-type]
        building.left_out.append(
            ngettext(
                "{count} action plan classified above {level}",
                "{count} action plans classified above {level}",
                count,
            ).format(count=count, level=above)
        )
    building.levels += [p.details.sensitivity for p in kept]
    return tables.action_items_table(kept, plan_service.link_names(), options)


def _review(building: _Building) -> Table:
    reviews = ReviewService(building.operation_file)
    shown = {s.id for s in building.systems}
    kept = [r for r in reviews.reviews() if r.system_id in shown]
    return tables.review_table(kept, reviews.principles(), building.options)


def _changes(building: _Building) -> Table:
    """Since the milestone asked for (else the latest); changes to records above the ceiling left out."""
    options = building.options
    milestones = ChangeLog(building.operation_file).milestones()
    if not milestones and not options.since:
        return changes_table(None, options)
    since = since_when(building.operation_file, options.since)
    comparison = compare(building.operation_file, since, ceiling=options.max_sensitivity)
    if comparison.left_out:
        building.left_out.append(
            ngettext(
                "{count} change to records classified above {level}",
                "{count} changes to records classified above {level}",
                comparison.left_out,
            ).format(count=comparison.left_out, level=label(options.max_sensitivity))  # type: ignore[arg-type]
        )
    building.levels += [c.sensitivity for c in comparison.changes if c.sensitivity]
    return changes_table(comparison, options)


# How each view of exports/views.py is built
_BUILDERS: dict[str, Callable[[_Building], Table | Grid]] = {
    "matrix": lambda b: matrix_grid(b.matrix),
    "mapping": lambda b: mapping_grid(b.matrix.categories, b.organisations, b.systems),
    "systems": lambda b: tables.systems_table(
        b.systems,
        SystemService(b.operation_file).stored_values(tables.SYSTEM_EXTRA),
        b.matrix.categories,
        b.organisations,
        b.options,
    ),
    "organisations": lambda b: tables.organisations_table(b.organisations, b.options),
    "gaps": lambda b: gaps_table(
        coverage_of(b.matrix.categories, b.organisations, b.systems), every_system=b.options.hxl
    ),
    "action-plans": _action_plans,
    "process": lambda b: tables.process_table(ProcessService(b.operation_file).overview(), b.options),
    "review": _review,
    "changes": _changes,
}
_OF_SYSTEMS = {"mapping", "systems", "gaps", "review"}  # views that show systems, whose ceiling is said


def _build_document(
    operation_file: OpenOperation, view: str, options: ExportOptions, today: date | None
) -> Document:
    wanted = [v.name for v in EXPORT_VIEWS] if view_named(view) is REPORT else [view]
    if len(wanted) > 1 and not options.since and not ChangeLog(operation_file).milestones():
        wanted.remove("changes")  # nothing to compare with yet: no empty section in the report
    info = operation_info(operation_file)
    every_system = MappingService(operation_file).system_summaries()
    building = _Building(
        operation_file,
        options,
        MatrixService(operation_file).matrix(),
        OrganisationService(operation_file).organisations(),
        [s for s in every_system if allowed(s.sensitivity, options)],
        levels=[info.default_sensitivity],
    )
    if _OF_SYSTEMS & set(wanted):
        if len(building.systems) < len(every_system):
            count = len(every_system) - len(building.systems)
            building.left_out.append(
                ngettext(
                    "{count} information system classified above {level}",
                    "{count} information systems classified above {level}",
                    count,
                ).format(count=count, level=label(options.max_sensitivity))  # type: ignore[arg-type]
            )
        building.levels += [s.sensitivity for s in building.systems]
    parts = [_BUILDERS[name](building) for name in wanted]
    if not options.contacts:
        building.left_out.append(_("people's names, e-mails and phone numbers"))
    shown_levels = [level for level in building.levels if allowed(level, options)] or [Sensitivity.PUBLIC]
    return Document(
        operation=info.name,
        country=info.country or "",
        view=view,
        exported_on=today or date.today(),
        sensitivity=max(shown_levels, key=lambda level: level.rank),
        options=options,
        parts=tuple(parts),
        left_out=tuple(building.left_out),
    )
