"""The answers a coordination meeting asks of the mapping, computed in memory from the loaded registers:
filtering, the organisations x categories grid, and coverage with its gaps and overlaps.

Everything here is plain Python on plain data, so that one keystroke of filtering over 20,000 systems stays
well under the 50 ms a typist notices: texts are folded once, when the data is loaded."""

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache, cached_property, lru_cache

from pim_desktop.domain import model
from pim_desktop.domain.enums import OrganisationType, Sensitivity, SystemStatus
from pim_desktop.domain.validation import fold_key
from pim_desktop.services.search import SourceIndex


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
        return place_key(self.admin1), place_key(self.admin2)


@lru_cache(maxsize=8192)
def place_key(name: str) -> str:
    """Place names repeat across thousands of systems: fold each once."""
    return fold_key(name)


@dataclass(frozen=True)
class MappingFilter:
    text: str = ""
    place: Place | None = None
    org_type: OrganisationType | None = None
    status: SystemStatus | None = None
    sensitivity: Sensitivity | None = None
    unconfirmed_since: date | None = None  # records not confirmed with their owner since this day (or never)

    @property
    def limits_systems(self) -> bool:
        """Whether the filter says anything about systems (then organisations are those running one)."""
        return any((self.place, self.status, self.sensitivity))


def confirmed_since(last_confirmed: date | None, day: date) -> bool:
    return last_confirmed is not None and last_confirmed >= day


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day where it has fewer days): 31 May less 3 months
    is 28 or 29 February."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def covers(areas: tuple[model.Area, ...], place: Place) -> bool:
    """A system covers a place when one of its areas is the whole country, the place's admin 1 as a whole, or
    the place itself."""
    wanted1, wanted2 = place.key()
    for area in areas:
        if not area.admin1:
            return True
        if place_key(area.admin1) != wanted1:
            continue
        if not wanted2 or not area.admin2 or place_key(area.admin2) == wanted2:
            return True
    return False


@dataclass(frozen=True)
class OrganisationGrid:
    """Organisations down (by acronym), categories across; each cell the organisation's systems in that
    category."""

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
    """What the filter looks in, joined by plain spaces so that plain text stays on fold_key's fast path."""
    places = " ".join(f"{area.admin1} {area.admin2}" for area in s.areas)
    parts = (s.name, *s.organisations, s.methods, s.outputs, s.sub_categories, places, s.population_groups)
    return " ".join((*parts, s.contact.replace(" · ", " ")))


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
        # the grid names organisations by acronym, so it lists them in that order
        self._organisations_by_label = sorted(
            organisations, key=lambda o: fold_key(o.details.acronym or o.details.name)
        )

    # What the filters search and match, worked out at the first filter rather than when a file opens

    @cached_property
    def _organisation_text(self) -> list[str]:
        return [
            fold_key(" ".join((o.details.name, o.details.acronym, o.details.focal_name, o.details.notes)))
            for o in self.organisations
        ]

    @cached_property
    def _system_text(self) -> list[str]:
        return [fold_key(_searchable(s)) for s in self.systems]

    @cached_property
    def _type_of(self) -> dict[int, OrganisationType]:
        return {o.id: o.details.org_type for o in self.organisations}

    @cached_property
    def _system_org_types(self) -> list[frozenset[OrganisationType | None]]:
        types = self._type_of
        return [frozenset(types.get(link.organisation_id) for link in s.links) for s in self.systems]

    @cached_property
    def _grid_cells(self) -> list[tuple[tuple[int, int, OrganisationType | None], ...]]:
        """Each system's cells in the organisations x categories grid: (organisation id, category id, type).
        Worked out when the grid is first asked for, not when a file opens."""
        types = self._type_of
        return [
            tuple(
                (organisation_id, category_id, types.get(organisation_id))
                for organisation_id in dict.fromkeys(link.organisation_id for link in s.links)
                if organisation_id in types
                for category_id in s.category_ids
            )
            for s in self.systems
        ]

    @cached_property
    def source_index(self) -> SourceIndex:
        """Built on the first search for a source, not when the operation opens."""
        return SourceIndex(self.systems)

    # --- places --------------------------------------------------------------------------------------------

    def places(self, level: CoverageLevel) -> list[Place]:
        """The operation's places at a level, as the systems name them (first spelling kept), sorted."""
        if level is CoverageLevel.OPERATION:
            return [Place()]
        return self._places()[level]

    @cache  # noqa: B019 - the data never changes; a reload builds a new MappingData
    def _places(self) -> dict[CoverageLevel, list[Place]]:
        found: dict[CoverageLevel, dict[tuple[str, str], Place]] = {
            CoverageLevel.ADMIN1: {},
            CoverageLevel.ADMIN2: {},
        }
        seen: set[tuple[str, str]] = set()
        for system in self.systems:
            for area in system.areas:
                if not area.admin1 or (area.admin1, area.admin2) in seen:
                    continue
                seen.add((area.admin1, area.admin2))
                admin1 = Place(area.admin1)
                found[CoverageLevel.ADMIN1].setdefault(admin1.key(), admin1)
                if area.admin2:
                    admin2 = Place(area.admin1, area.admin2)
                    found[CoverageLevel.ADMIN2].setdefault(admin2.key(), admin2)
        return {level: [places[key] for key in sorted(places)] for level, places in found.items()}

    # --- filtering -----------------------------------------------------------------------------------------

    def _matching(self, wanted: MappingFilter, *, use_text: bool = True) -> list[int]:
        """Positions of the systems the filter keeps: one pass a condition, each a tight comprehension."""
        kept: list[int] | range = range(len(self.systems))
        systems = self.systems
        for word in fold_key(wanted.text).split() if use_text else []:
            texts = self._system_text
            kept = [i for i in kept if word in texts[i]]
        if wanted.status:
            kept = [i for i in kept if systems[i].status is wanted.status]
        if wanted.sensitivity:
            kept = [i for i in kept if systems[i].sensitivity is wanted.sensitivity]
        if wanted.org_type:
            org_types = self._system_org_types
            kept = [i for i in kept if wanted.org_type in org_types[i]]
        if wanted.place:
            place = wanted.place
            kept = [i for i in kept if covers(systems[i].areas, place)]
        if since := wanted.unconfirmed_since:
            kept = [i for i in kept if not confirmed_since(systems[i].last_confirmed, since)]
        return list(kept)

    def filter_systems(self, wanted: MappingFilter, *, use_text: bool = True) -> list[model.SystemSummary]:
        systems = self.systems
        return [systems[i] for i in self._matching(wanted, use_text=use_text)]

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
            if wanted.unconfirmed_since and confirmed_since(
                organisation.details.last_confirmed, wanted.unconfirmed_since
            ):
                continue
            if running is not None and organisation.id not in running:
                continue
            kept.append(organisation)
        return kept

    # --- views ---------------------------------------------------------------------------------------------

    def organisation_grid(self, wanted: MappingFilter) -> OrganisationGrid:
        cells: dict[tuple[int, int], list[model.SystemSummary]] = defaultdict(list)
        systems, grid_cells, org_type = self.systems, self._grid_cells, wanted.org_type
        for i in self._matching(wanted):
            system = systems[i]
            for organisation_id, category_id, organisation_type in grid_cells[i]:
                if org_type is None or organisation_type is org_type:
                    cells[(organisation_id, category_id)].append(system)
        shown = {organisation_id for organisation_id, _ in cells}
        rows = [o for o in self._organisations_by_label if o.id in shown]
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
