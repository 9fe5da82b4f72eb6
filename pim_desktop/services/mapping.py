"""Which organisations run which information systems. (Reads for the matrix; the registers come with the
mapping workspace.)"""

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from pim_desktop.domain import model
from pim_desktop.domain.enums import SystemRole
from pim_desktop.storage import models
from pim_desktop.storage.operation_file import OperationFile

ROLE_ORDER = {role: order for order, role in enumerate(SystemRole)}


def _summary(system: models.InformationSystem) -> model.SystemSummary:
    links = sorted(system.organisation_links, key=lambda link: (ROLE_ORDER[link.role], link.id))
    organisations = tuple(
        dict.fromkeys(link.organisation.acronym or link.organisation.name for link in links)
    )
    contact = " · ".join(
        part for part in (system.contact_name, system.contact_email, system.contact_phone) if part
    )
    return model.SystemSummary(
        id=system.id,
        name=system.name,
        primary_category_id=system.primary_category_id,
        status=system.status.value,
        organisations=organisations,
        outputs=system.outputs,
        methods=system.methods,
        contact=contact,
    )


class MappingService:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    def system_summaries(self) -> list[model.SystemSummary]:
        with self._file.session() as session:
            query = (
                select(models.InformationSystem)
                .options(
                    selectinload(models.InformationSystem.organisation_links).selectinload(
                        models.SystemOrganisation.organisation
                    )
                )
                .order_by(models.InformationSystem.name)
            )
            return [_summary(system) for system in session.scalars(query)]

    def systems_by_category(self) -> dict[int, list[model.SystemSummary]]:
        """Each category's systems (by primary category), by name."""
        grouped: dict[int, list[model.SystemSummary]] = {}
        for summary in self.system_summaries():
            grouped.setdefault(summary.primary_category_id, []).append(summary)
        return grouped
