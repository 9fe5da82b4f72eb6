"""How coded values read for people: in the window, the exports and the reports (translated with the rest
of the interface)."""

from enum import StrEnum

from pim_desktop.domain.enums import (
    ActionStatus,
    CategoryGroup,
    OrganisationType,
    Priority,
    Sensitivity,
    SystemRole,
    SystemStatus,
)

_LABELS: dict[StrEnum, str] = {
    CategoryGroup.CORE: "Core protection categories",
    CategoryGroup.RELATED: "Related categories",
    OrganisationType.UN_AGENCY: "UN agency",
    OrganisationType.INTERNATIONAL_NGO: "International NGO",
    OrganisationType.NATIONAL_NGO: "National NGO",
    OrganisationType.RED_CROSS_RED_CRESCENT: "Red Cross / Red Crescent",
    OrganisationType.GOVERNMENT: "Government",
    OrganisationType.DONOR: "Donor",
    OrganisationType.ACADEMIC: "Academic",
    OrganisationType.CLUSTER: "Cluster / working group",
    OrganisationType.OTHER: "Other",
    SystemRole.LEAD: "Lead",
    SystemRole.PARTNER: "Partner",
    SystemRole.FUNDER: "Funder",
    SystemRole.DATA_RECIPIENT: "Data recipient",
    SystemStatus.PLANNED: "Planned",
    SystemStatus.ACTIVE: "Active",
    SystemStatus.PAUSED: "Paused",
    SystemStatus.ENDED: "Ended",
    Sensitivity.PUBLIC: "Public",
    Sensitivity.RESTRICTED: "Restricted",
    Sensitivity.CONFIDENTIAL: "Confidential",
    Sensitivity.STRICTLY_CONFIDENTIAL: "Strictly confidential",
    ActionStatus.NOT_STARTED: "Not started",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.DONE: "Done",
    ActionStatus.BLOCKED: "Blocked",
    ActionStatus.DROPPED: "Dropped",
    Priority.HIGH: "High",
    Priority.MEDIUM: "Medium",
    Priority.LOW: "Low",
}


def label(value: StrEnum) -> str:
    """The readable name of a coded value; the code itself for one without a label yet."""
    return _LABELS.get(value, value.value.replace("-", " ").capitalize())
