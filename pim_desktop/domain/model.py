"""Plain data objects that services hand out. They carry ids, never live database objects."""

from dataclasses import dataclass, field
from datetime import date, datetime

from pim_desktop.domain.changes import Milestone
from pim_desktop.domain.enums import (
    CategoryGroup,
    EntryState,
    OrganisationType,
    Sensitivity,
    SystemRole,
    SystemStatus,
)


@dataclass(frozen=True)
class Category:
    id: int
    code: str
    position: int
    label: str
    group: CategoryGroup
    is_standard: bool


@dataclass(frozen=True)
class MatrixRow:
    id: int
    code: str
    position: int
    label: str
    is_standard: bool
    is_locked: bool


@dataclass(frozen=True)
class MatrixEntry:
    id: int
    category_id: int
    row_id: int
    position: int
    text: str
    state: EntryState
    standard_text: str | None

    @property
    def differs_from_standard(self) -> bool:
        return self.state is not EntryState.STANDARD


@dataclass(frozen=True)
class Matrix:
    """The operation's matrix: categories across, rows down, an ordered list of visible entries per cell."""

    categories: list[Category]
    rows: list[MatrixRow]
    cells: dict[tuple[int, int], list[MatrixEntry]] = field(default_factory=dict)
    removed: dict[tuple[int, int], list[MatrixEntry]] = field(default_factory=dict)

    def cell(self, category_id: int, row_id: int) -> list[MatrixEntry]:
        return self.cells.get((category_id, row_id), [])


@dataclass(frozen=True)
class Counts:
    categories: int
    matrix_rows: int
    custom_rows: int
    matrix_entries: int
    changed_entries: int
    organisations: int
    systems: int
    action_plans: int
    action_items: int
    process_steps: int
    principle_reviews: int


@dataclass(frozen=True)
class OperationInfo:
    name: str
    country: str | None
    description: str
    default_sensitivity: Sensitivity
    schema_version: int
    standard_matrix_version: str
    created_at: datetime
    updated_at: datetime
    counts: Counts
    encrypted: bool = False
    milestones: tuple[Milestone, ...] = ()  # oldest first
    on_server: bool = False  # a shared server's, not a file's


@dataclass(frozen=True, slots=True)  # slots: tens of thousands of them are held at once
class Area:
    """A place a system covers. An empty admin 1 means the whole country; an empty admin 2, all of admin 1."""

    country_iso3: str = ""
    admin1: str = ""
    admin1_pcode: str = ""
    admin2: str = ""
    admin2_pcode: str = ""

    @property
    def label(self) -> str:
        return " › ".join(part for part in (self.admin1, self.admin2) if part) or self.country_iso3


@dataclass(frozen=True, slots=True)
class SystemLink:
    """An organisation that runs a system, in one role."""

    organisation_id: int
    role: SystemRole = SystemRole.LEAD


@dataclass(frozen=True)
class SystemDetails:
    """What the register holds on one information system (without id: what a user types). Sub-categories,
    methods and outputs are one item a line; lines equal to the operation's matrix entries link to them."""

    name: str
    primary_category_id: int | None
    secondary_category_ids: tuple[int, ...] = ()
    links: tuple[SystemLink, ...] = ()
    sub_categories: str = ""
    methods: str = ""
    outputs: str = ""
    areas: tuple[Area, ...] = ()
    population_groups: str = ""
    frequency: str = ""
    status: SystemStatus = SystemStatus.ACTIVE
    start_date: date | None = None
    end_date: date | None = None
    sensitivity: Sensitivity = Sensitivity.RESTRICTED
    shared_data: str = ""
    shared_with: str = ""
    sharing_agreement: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    description: str = ""
    notes: str = ""
    last_confirmed: date | None = None  # the day the record was last confirmed with its owner


@dataclass(frozen=True)
class InformationSystem:
    id: int
    details: SystemDetails
    version: int = 1  # as read: a save over it is refused once someone else saved it (a shared server)


@dataclass(frozen=True, slots=True)
class SystemName:
    """A system as the matrix's row of systems names it: its name and who runs it (lead first)."""

    id: int
    name: str
    organisations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SystemSummary:
    """An information system as the matrix, the mapping views and the search show it: flat, so that tens of
    thousands of them load and filter quickly."""

    id: int
    name: str
    primary_category_id: int
    status: SystemStatus
    organisations: tuple[str, ...]  # acronyms (or names) of the organisations that run it, lead first
    outputs: str
    methods: str
    contact: str
    secondary_category_ids: tuple[int, ...] = ()
    sensitivity: Sensitivity = Sensitivity.RESTRICTED
    links: tuple[SystemLink, ...] = ()  # lead first
    areas: tuple[Area, ...] = ()
    sub_categories: str = ""
    population_groups: str = ""
    frequency: str = ""
    last_confirmed: date | None = None

    @property
    def category_ids(self) -> tuple[int, ...]:
        return (self.primary_category_id, *self.secondary_category_ids)

    @property
    def coverage(self) -> str:
        return ", ".join(area.label for area in self.areas)


@dataclass(frozen=True)
class CategoryMatch:
    category_id: int
    score: int
    matched_entries: tuple[str, ...]  # the entry texts that matched, Output first


@dataclass(frozen=True)
class SourceSearchResult:
    """Where the data someone needs could come from: categories whose matrix matches, and mapped systems."""

    query_terms: tuple[str, ...]
    categories: tuple[CategoryMatch, ...]
    systems: tuple[SystemSummary, ...]


@dataclass(frozen=True)
class OrganisationDetails:
    """What the organisation register holds on one organisation (without id: what a user types)."""

    name: str
    acronym: str = ""
    org_type: OrganisationType = OrganisationType.OTHER
    identifier: str = ""
    focal_name: str = ""
    focal_role: str = ""
    focal_email: str = ""
    focal_phone: str = ""
    notes: str = ""
    last_confirmed: date | None = None  # the day the record was last confirmed with the organisation


@dataclass(frozen=True)
class Organisation:
    id: int
    details: OrganisationDetails
    system_count: int
    version: int = 1  # as read (see InformationSystem)
