"""The gaps and overlaps export view: for each place of the operation and each PIM category, the active
systems that cover it; none is a gap, several an overlap, said in words as the window says them."""

from dataclasses import replace

from pim_desktop.domain import model
from pim_desktop.exports.document import Field, Table
from pim_desktop.i18n import N_, _
from pim_desktop.services.mapping_views import Coverage, CoverageLevel, MappingData, MappingFilter

GAP_FIELDS = (
    Field("place", N_("Place"), "#adm1+name", characters=24),
    Field("category", N_("PIM category"), "#sector+pim", characters=26),
    Field("finding", N_("Finding"), "#status+coverage", characters=12),
    Field("count", N_("Active systems"), "#indicator+systems+num", "number", characters=8),
    Field("systems", N_("Systems (run by)"), "#meta+systems", characters=50),
)


def coverage_of(
    categories: list[model.Category],
    organisations: list[model.Organisation],
    systems: list[model.SystemSummary],
) -> Coverage:
    """By province where the systems say where they work, else for the operation as a whole."""
    data = MappingData(categories, organisations, systems)
    level = CoverageLevel.ADMIN1 if len(data.places(CoverageLevel.ADMIN1)) > 1 else CoverageLevel.OPERATION
    return data.coverage(MappingFilter(), level)


# the systems a cell names for people: its count says how many there are, and a list of hundreds (a province
# of a large operation) is read by nobody and took a minute to lay out in the PDF. Machines get every one.
MOST_NAMED = 12


def _named(systems: list[model.SystemSummary], every: bool) -> str:
    shown = systems if every else systems[:MOST_NAMED]
    lines = [_run_by(system) for system in shown]
    if len(shown) < len(systems):
        lines.append(_("… and {count} more").format(count=len(systems) - len(shown)))
    return "\n".join(lines)


def gaps_table(coverage: Coverage, *, every_system: bool = False) -> Table:
    """`every_system`: name every covering system (the layout for machines), not the first MOST_NAMED."""
    findings = {0: _("Gap"), 1: _("Covered")}
    rows = []
    for index, place in enumerate(coverage.places):
        for category in coverage.categories:
            found = coverage.systems(index, category.id)
            rows.append(
                (
                    place.label or _("The operation as a whole"),
                    category.label,
                    findings.get(len(found), _("Overlap")),
                    len(found),
                    _named(found, every_system),
                )
            )
    headings = tuple(replace(f, heading=_(f.heading)) for f in GAP_FIELDS)
    title = _("Gaps and overlaps: active systems by place and PIM category")
    return Table(N_("Gaps"), title, headings, tuple(rows))


def _run_by(system: model.SystemSummary) -> str:
    return f"{system.name} ({', '.join(system.organisations)})" if system.organisations else system.name
