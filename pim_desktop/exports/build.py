"""Builds the document of a view from an operation file, applying the sharing choices: what is classified
above the chosen level is left out (and said), and people's names, e-mails and phones can be left out."""

from datetime import date

from sqlalchemy import select

from pim_desktop.domain import model
from pim_desktop.domain.enums import Sensitivity
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.labels import label
from pim_desktop.exports import tables
from pim_desktop.exports.document import Document, ExportOptions, Grid, GridCell, GridColumn, GridRow, Table
from pim_desktop.i18n import N_, _, speaking
from pim_desktop.services.mapping import load_system_summaries
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import operation_info
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.process import ProcessService
from pim_desktop.services.review import ReviewService
from pim_desktop.storage import models
from pim_desktop.storage.operation_file import OperationFile

VIEWS = ("matrix", "mapping", "systems", "organisations", "action-plans", "process", "review", "report")
NOT_YET: set[str] = set()  # views announced but not yet exportable


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
        "Entries marked ✎ were changed or added by the operation. Locked rows (🔒) keep the PIM wording."
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
    operation_file: OperationFile, view: str, options: ExportOptions, today: date | None = None
) -> Document:
    with speaking(options.language):
        return _build_document(operation_file, view, options, today)


def _build_document(
    operation_file: OperationFile, view: str, options: ExportOptions, today: date | None
) -> Document:
    if view not in VIEWS:
        raise ValidationError(f"there is no view '{view}'; choose one of {', '.join(VIEWS)}")
    if view in NOT_YET:
        raise ValidationError(f"the {view} export is not available yet in this version")
    info = operation_info(operation_file)
    wanted = [v for v in VIEWS if v not in NOT_YET and v != "report"] if view == "report" else [view]
    parts: list[Table | Grid] = []
    left_out: list[str] = []
    levels: list[Sensitivity] = [info.default_sensitivity]
    with operation_file.session() as session:
        matrix = MatrixService(operation_file).matrix()
        organisations = OrganisationService(operation_file).organisations()
        every_system = load_system_summaries(session)
        systems = [s for s in every_system if allowed(s.sensitivity, options)]
        if len(systems) < len(every_system) and {"mapping", "systems", "review"} & set(wanted):
            left_out.append(
                _("{count} information systems classified above {level}").format(
                    count=len(every_system) - len(systems),
                    level=label(options.max_sensitivity),  # type: ignore[arg-type]
                )
            )
        if {"mapping", "systems", "review"} & set(wanted):
            levels += [s.sensitivity for s in systems]
        for part in wanted:
            if part == "matrix":
                parts.append(matrix_grid(matrix))
            elif part == "mapping":
                parts.append(mapping_grid(matrix.categories, organisations, systems))
            elif part == "organisations":
                parts.append(tables.organisations_table(organisations, options))
            elif part == "systems":
                parts.append(
                    tables.systems_table(session, systems, matrix.categories, organisations, options)
                )
            elif part == "action-plans":
                plans = list(session.scalars(select(models.ActionPlan).order_by(models.ActionPlan.id)))
                kept = [p for p in plans if allowed(p.sensitivity, options)]
                if len(kept) < len(plans):
                    above = label(options.max_sensitivity)  # type: ignore[arg-type]
                    left_out.append(
                        _("{count} action plans classified above {level}").format(
                            count=len(plans) - len(kept), level=above
                        )
                    )
                levels += [p.sensitivity for p in kept]
                parts.append(tables.action_items_table(session, kept, options))
            elif part == "process":
                parts.append(tables.process_table(ProcessService(operation_file).overview(), options))
            elif part == "review":
                reviews = ReviewService(operation_file)
                shown = {s.id for s in systems}
                kept_reviews = [r for r in reviews.reviews() if r.system_id in shown]
                parts.append(tables.review_table(kept_reviews, reviews.principles(), options))
    if not options.contacts:
        left_out.append(_("people's names, e-mails and phone numbers"))
    shown_levels = [level for level in levels if allowed(level, options)] or [Sensitivity.PUBLIC]
    return Document(
        operation=info.name,
        country=info.country or "",
        view=view,
        exported_on=today or date.today(),
        sensitivity=max(shown_levels, key=lambda level: level.rank),
        options=options,
        parts=tuple(parts),
        left_out=tuple(left_out),
    )
