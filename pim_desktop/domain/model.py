"""Plain data objects that services hand out. They carry ids, never live database objects."""

from dataclasses import dataclass, field
from datetime import datetime

from pim_desktop.domain.enums import CategoryGroup, EntryState, OrganisationType, Sensitivity


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


@dataclass(frozen=True)
class SystemSummary:
    """An information system as the matrix and the search show it."""

    id: int
    name: str
    primary_category_id: int
    status: str
    organisations: tuple[str, ...]  # acronyms (or names) of the organisations that run it, lead first
    outputs: str
    methods: str
    contact: str


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


@dataclass(frozen=True)
class Organisation:
    id: int
    details: OrganisationDetails
    system_count: int
