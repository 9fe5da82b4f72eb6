"""The fixed vocabularies of the PIM domain and of the program.

Stored values are the enum values (short, stable, English codes); labels shown to users come from elsewhere
(resources and translations), so a label can change without touching a file on disk.
"""

from enum import StrEnum


class CategoryGroup(StrEnum):
    """The first five PIM categories are the protection-specific core; the last three are related systems."""

    CORE = "core"
    RELATED = "related"


class EntryState(StrEnum):
    """How a matrix entry stands against the standard PIM Matrix it was seeded from."""

    STANDARD = "standard"  # as shipped
    EDITED = "edited"  # a standard entry whose text the operation changed
    ADDED = "added"  # written by the operation, no standard counterpart
    REMOVED = "removed"  # a standard entry the operation took out (kept so it can be restored)


class Sensitivity(StrEnum):
    """The usual four-level data sensitivity classification, lowest first."""

    PUBLIC = "public"
    RESTRICTED = "restricted"
    CONFIDENTIAL = "confidential"
    STRICTLY_CONFIDENTIAL = "strictly-confidential"

    @property
    def rank(self) -> int:
        return list(Sensitivity).index(self)


class OrganisationType(StrEnum):
    UN_AGENCY = "un-agency"
    INTERNATIONAL_NGO = "international-ngo"
    NATIONAL_NGO = "national-ngo"
    RED_CROSS_RED_CRESCENT = "red-cross-red-crescent"
    GOVERNMENT = "government"
    DONOR = "donor"
    ACADEMIC = "academic"
    CLUSTER = "cluster"  # a cluster, sector or working group
    OTHER = "other"


class SystemRole(StrEnum):
    """What an organisation does for an information system."""

    LEAD = "lead"
    PARTNER = "partner"
    FUNDER = "funder"
    DATA_RECIPIENT = "data-recipient"


class SystemStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class ActionStatus(StrEnum):
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    BLOCKED = "blocked"
    DROPPED = "dropped"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class FocalPointKind(StrEnum):
    FOCAL_POINT = "focal-point"
    ADVISER = "adviser"


class ProcessStatus(StrEnum):
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    NOT_APPLICABLE = "not-applicable"


class PrincipleRating(StrEnum):
    MET = "met"
    PARTLY = "partly"
    NOT_MET = "not-met"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not-applicable"
