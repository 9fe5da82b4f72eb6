"""The answers a coordination meeting asks of the mapping, computed in memory from the loaded registers:
filtering, the organisations x categories grid, and coverage with its gaps and overlaps.

Everything here is plain Python on plain data, so that one keystroke of filtering over 20,000 systems stays
well under the 50 ms a typist notices: texts are folded once, when the data is loaded."""

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from pim_desktop.domain import model
from pim_desktop.domain.enums import OrganisationType, Sensitivity, SystemStatus
from pim_desktop.domain.validation import fold_key


class CoverageLevel(StrEnum):
    OPERATION = "operation"
    ADMIN1 = "admin1"
    ADMIN2 = "admin2"


@dataclass(frozen=True)
class Place:
    """An area of the operation, as a filter choice and a coverage row. admin1 "" is the whole operation."""

    admin1: str = ""
    admin2: str = ""

    @property
    def label(self) -> str:
        return " › ".join(part for part in (self.admin1, self.admin2) if part)

    def key(self) -> tuple[str, str]:
        return fold_key(self.admin1), fold_key(self.admin2)


@dataclass(frozen=True)
class MappingFilter:
    text: str = ""
    place: Place | None = None
    org_type: OrganisationType | None = None
    status: SystemStatus | None = None
    sensitivity: Sensitivity | None = None

    @property
    def limits_systems(self) -> bool:
        """Whether the filter says anything about systems (then organisations are those running one)."""
        return any((self.place, self.status, self.sensitivity))


def covers(areas: tuple[model.Area, ...], place: Place) -> bool:
    """A system covers a place when one of its areas is the whole country, the place's admin 1 as a whole, or
    the place itself."""
    wanted1, wanted2 = place.key()
    for area in areas:
        if not area.admin1:
            return True
        if fold_key(area.admin1) != wanted1:
            continue
        if not wanted2 or not area.admin2 or fold_key(area.admin2) == wanted2:
            return True
    return False


@dataclass(frozen=True)
class OrganisationGrid:
    """Organisations down, categories across; each cell the organisation's systems in that category."""

    organisations: list[model.Organisation]
    categories: list[model.Category]
    cells: dict[tuple[int, int], list[model.SystemSummary]]  # (organisation id, category id)


@dataclass(frozen=True)
class Coverage:
    """Places down, categories across; each cell the active systems covering that place and category."""

    places: list[Place]
    categories: list[model.Category]
    cells: dict[tuple[int, int], list[model.SystemSummary]]  # (place index, category id)

    def systems(self, place_index: int, category_id: int) -> list[model.SystemSummary]:
        return self.cells.get((place_index, category_id), [])

    def gaps(self) -> list[tuple[Place, model.Category]]:
        return [
            (place, category)
            for index, place in enumerate(self.places)
            for category in self.categories
            if not self.systems(index, category.id)
        ]

    def overlaps(self) -> list[tuple[Place, model.Category, list[model.SystemSummary]]]:
        return [
            (place, category, found)
            for index, place in enumerate(self.places)
            for category in self.categories
            if len(found := self.systems(index, category.id)) > 1
        ]


def _searchable(s: model.SystemSummary) -> str:
    parts = (
        s.name,
        *s.organisations,
        s.methods,
        s.outputs,
        s.sub_categories,
        s.coverage,
        s.population_groups,
    )
    return " ".join((*parts, s.contact))


class MappingData:
    """The registers of one operation, indexed for filtering."""

    def __init__(
        self,
        categories: list[model.Category],
        organisations: list[model.Organisation],
        systems: list[model.SystemSummary],
    ) -> None:
        self.categories, self.organisations, self.systems = categories, organisations, systems
        self.organisation_by_id = {o.id: o for o in organisations}
        self._organisation_text = [
            fold_key(" ".join((o.details.name, o.details.acronym, o.details.focal_name, o.details.notes)))
            for o in organisations
        ]
        self._system_text = [fold_key(_searchable(s)) for s in systems]
        types = {o.id: o.details.org_type for o in organisations}
        self._system_org_types = [
            frozenset(types.get(link.organisation_id) for link in s.links) for s in systems
        ]

    # --- places --------------------------------------------------------------------------------------------

    def places(self, level: CoverageLevel) -> list[Place]:
        """The operation's places at a level, as the systems name them (first spelling kept), sorted."""
        if level is CoverageLevel.OPERATION:
            return [Place()]
        found: dict[tuple[str, str], Place] = {}
        for system in self.systems:
            for area in system.areas:
                if not area.admin1 or (level is CoverageLevel.ADMIN2 and not area.admin2):
                    continue
                place = Place(area.admin1, area.admin2 if level is CoverageLevel.ADMIN2 else "")
                found.setdefault(place.key(), place)
        return [found[key] for key in sorted(found)]

    # --- filtering -----------------------------------------------------------------------------------------

    def filter_systems(self, wanted: MappingFilter, *, use_text: bool = True) -> list[model.SystemSummary]:
        words = fold_key(wanted.text).split() if use_text else []
        kept = []
        for system, text, org_types in zip(
            self.systems, self._system_text, self._system_org_types, strict=True
        ):
            if words and not all(word in text for word in words):
                continue
            if wanted.status and system.status is not wanted.status:
                continue
            if wanted.sensitivity and system.sensitivity is not wanted.sensitivity:
                continue
            if wanted.org_type and wanted.org_type not in org_types:
                continue
            if wanted.place and not covers(system.areas, wanted.place):
                continue
            kept.append(system)
        return kept

    def filter_organisations(self, wanted: MappingFilter) -> list[model.Organisation]:
        """Organisations matching the text and type; when the filter speaks of systems (place, status,
        sensitivity), only those running such a system."""
        words = fold_key(wanted.text).split()
        running: set[int] | None = None
        if wanted.limits_systems:
            running = {
                link.organisation_id
                for system in self.filter_systems(wanted, use_text=False)
                for link in system.links
            }
        kept = []
        for organisation, text in zip(self.organisations, self._organisation_text, strict=True):
            if words and not all(word in text for word in words):
                continue
            if wanted.org_type and organisation.details.org_type is not wanted.org_type:
                continue
            if running is not None and organisation.id not in running:
                continue
            kept.append(organisation)
        return kept

    # --- views ---------------------------------------------------------------------------------------------

    def organisation_grid(self, wanted: MappingFilter) -> OrganisationGrid:
        cells: dict[tuple[int, int], list[model.SystemSummary]] = defaultdict(list)
        for system in self.filter_systems(wanted):
            for organisation_id in dict.fromkeys(link.organisation_id for link in system.links):
                organisation = self.organisation_by_id.get(organisation_id)
                if organisation is None or (
                    wanted.org_type and organisation.details.org_type is not wanted.org_type
                ):
                    continue
                for category_id in system.category_ids:
                    cells[(organisation_id, category_id)].append(system)
        shown = {organisation_id for organisation_id, _ in cells}
        rows = [o for o in self.organisations if o.id in shown]
        return OrganisationGrid(rows, self.categories, dict(cells))

    def coverage(self, wanted: MappingFilter, level: CoverageLevel) -> Coverage:
        """Active systems by place and category (primary and secondary): empty cells are gaps, cells with
        several systems overlaps. The status filter does not apply: only active systems cover a place."""
        places = self.places(level)
        if wanted.place and level is not CoverageLevel.OPERATION:  # the chosen place, and the places in it
            chosen = (model.Area(admin1=wanted.place.admin1, admin2=wanted.place.admin2),)
            places = [place for place in places if covers(chosen, place)]
        cells: dict[tuple[int, int], list[model.SystemSummary]] = defaultdict(list)
        any_status = MappingFilter(wanted.text, wanted.place, wanted.org_type, None, wanted.sensitivity)
        for system in self.filter_systems(any_status):
            if system.status is not SystemStatus.ACTIVE:
                continue
            for index, place in enumerate(places):
                if level is CoverageLevel.OPERATION or covers(system.areas, place):
                    for category_id in system.category_ids:
                        cells[(index, category_id)].append(system)
        return Coverage(places, self.categories, dict(cells))
