"""Which organisations run which information systems, read in a few flat queries so that an operation with
tens of thousands of systems loads in a fraction of a second."""

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from pim_desktop.domain import model
from pim_desktop.domain.enums import SystemRole
from pim_desktop.storage import models
from pim_desktop.storage.operation_file import OperationFile

ROLE_ORDER = {role: order for order, role in enumerate(SystemRole)}


def _links(session: Session) -> dict[int, list[tuple[model.SystemLink, str]]]:
    table = models.SystemOrganisation.__table__
    organisations = models.Organisation.__table__
    query = (
        select(
            table.c.system_id,
            table.c.organisation_id,
            table.c.role,
            organisations.c.acronym,
            organisations.c.name,
        )
        .join(organisations, organisations.c.id == table.c.organisation_id)
        .order_by(table.c.system_id, table.c.id)
    )
    by_system: dict[int, list[tuple[model.SystemLink, str]]] = defaultdict(list)
    for system_id, organisation_id, role, acronym, name in session.execute(query):
        by_system[system_id].append((model.SystemLink(organisation_id, role), acronym or name))
    for links in by_system.values():
        links.sort(key=lambda pair: ROLE_ORDER[pair[0].role])
    return by_system


def _areas(session: Session) -> dict[int, list[model.Area]]:
    table = models.SystemArea.__table__
    query = select(
        table.c.system_id,
        table.c.country_iso3,
        table.c.admin1,
        table.c.admin1_pcode,
        table.c.admin2,
        table.c.admin2_pcode,
    ).order_by(table.c.id)
    by_system: dict[int, list[model.Area]] = defaultdict(list)
    for system_id, *parts in session.execute(query):
        by_system[system_id].append(model.Area(*parts))
    return by_system


def _secondary(session: Session) -> dict[int, list[int]]:
    table = models.SystemSecondaryCategory.__table__
    by_system: dict[int, list[int]] = defaultdict(list)
    for system_id, category_id in session.execute(
        select(table.c.system_id, table.c.category_id).order_by(table.c.category_id)
    ):
        by_system[system_id].append(category_id)
    return by_system


def load_system_summaries(session: Session) -> list[model.SystemSummary]:
    """Every system, by name, with its organisations (lead first), categories and areas."""
    links, areas, secondary = _links(session), _areas(session), _secondary(session)
    table = models.InformationSystem.__table__
    query = select(
        table.c.id,
        table.c.name,
        table.c.primary_category_id,
        table.c.status,
        table.c.outputs,
        table.c.methods,
        table.c.contact_name,
        table.c.contact_email,
        table.c.contact_phone,
        table.c.sensitivity,
        table.c.sub_categories,
        table.c.population_groups,
        table.c.frequency,
    ).order_by(table.c.name_key, table.c.id)
    summaries = []
    for row in session.execute(query):
        system_links = links.get(row.id, [])
        contact = " · ".join(
            part for part in (row.contact_name, row.contact_email, row.contact_phone) if part
        )
        summaries.append(
            model.SystemSummary(
                id=row.id,
                name=row.name,
                primary_category_id=row.primary_category_id,
                status=row.status,
                organisations=tuple(dict.fromkeys(label for _, label in system_links)),
                outputs=row.outputs,
                methods=row.methods,
                contact=contact,
                secondary_category_ids=tuple(secondary.get(row.id, ())),
                sensitivity=row.sensitivity,
                links=tuple(link for link, _ in system_links),
                areas=tuple(areas.get(row.id, ())),
                sub_categories=row.sub_categories,
                population_groups=row.population_groups,
                frequency=row.frequency,
            )
        )
    return summaries


class MappingService:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    def system_summaries(self) -> list[model.SystemSummary]:
        with self._file.session() as session:
            return load_system_summaries(session)

    def systems_by_category(self) -> dict[int, list[model.SystemSummary]]:
        """Each category's systems (by primary category), by name."""
        return group_by_primary_category(self.system_summaries())


def group_by_primary_category(summaries: list[model.SystemSummary]) -> dict[int, list[model.SystemSummary]]:
    grouped: dict[int, list[model.SystemSummary]] = {}
    for summary in summaries:
        grouped.setdefault(summary.primary_category_id, []).append(summary)
    return grouped
