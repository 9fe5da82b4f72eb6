"""How coded values read for people: in the window, the exports and the reports (translated with the rest
of the interface)."""

from enum import StrEnum

from pim_desktop.domain.enums import (
    ActionStatus,
    CategoryGroup,
    OrganisationType,
    PrincipleRating,
    Priority,
    Sensitivity,
    SystemRole,
    SystemStatus,
)
from pim_desktop.i18n import N_, _, in_every_language

_LABELS: dict[StrEnum, str] = {
    CategoryGroup.CORE: N_("Core protection categories"),
    CategoryGroup.RELATED: N_("Related categories"),
    OrganisationType.UN_AGENCY: N_("UN agency"),
    OrganisationType.INTERNATIONAL_NGO: N_("International NGO"),
    OrganisationType.NATIONAL_NGO: N_("National NGO"),
    OrganisationType.RED_CROSS_RED_CRESCENT: N_("Red Cross / Red Crescent"),
    OrganisationType.GOVERNMENT: N_("Government"),
    OrganisationType.DONOR: N_("Donor"),
    OrganisationType.ACADEMIC: N_("Academic"),
    OrganisationType.CLUSTER: N_("Cluster / working group"),
    OrganisationType.OTHER: N_("Other"),
    SystemRole.LEAD: N_("Lead"),
    SystemRole.PARTNER: N_("Partner"),
    SystemRole.FUNDER: N_("Funder"),
    SystemRole.DATA_RECIPIENT: N_("Data recipient"),
    SystemStatus.PLANNED: N_("Planned"),
    SystemStatus.ACTIVE: N_("Active"),
    SystemStatus.PAUSED: N_("Paused"),
    SystemStatus.ENDED: N_("Ended"),
    Sensitivity.PUBLIC: N_("Public"),
    Sensitivity.RESTRICTED: N_("Restricted"),
    Sensitivity.CONFIDENTIAL: N_("Confidential"),
    Sensitivity.STRICTLY_CONFIDENTIAL: N_("Strictly confidential"),
    ActionStatus.NOT_STARTED: N_("Not started"),
    ActionStatus.IN_PROGRESS: N_("In progress"),
    ActionStatus.DONE: N_("Done"),
    ActionStatus.BLOCKED: N_("Blocked"),
    ActionStatus.DROPPED: N_("Dropped"),
    Priority.HIGH: N_("High"),
    Priority.MEDIUM: N_("Medium"),
    Priority.LOW: N_("Low"),
    PrincipleRating.MET: N_("Met"),
    PrincipleRating.PARTLY: N_("Partly"),
    PrincipleRating.NOT_MET: N_("Not met"),
    PrincipleRating.UNKNOWN: N_("Unknown"),
    PrincipleRating.NOT_APPLICABLE: N_("Not applicable"),
}


def label(value: StrEnum) -> str:
    """The readable name of a coded value; the code itself for one without a label yet."""
    known = _LABELS.get(value)
    return _(known) if known else value.value.replace("-", " ").capitalize()


def every_label(value: StrEnum) -> set[str]:
    """The readable names of a coded value in every language the program ships (an export read back)."""
    known = _LABELS.get(value)
    return in_every_language(known) if known else {label(value)}
