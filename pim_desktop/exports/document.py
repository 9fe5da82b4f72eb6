"""What an export holds, independent of its format: tables (one header row, stable column names) and grids
(the matrix, the mapping), with what was left out for sharing and why."""

from dataclasses import dataclass, field
from datetime import date

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.exports.views import view_named
from pim_desktop.i18n import _


@dataclass(frozen=True)
class Field:
    name: str  # stable, machine-readable column name (kept across versions for import)
    heading: str  # for people
    hxl: str = ""  # Humanitarian Exchange Language tag
    kind: str = "text"  # text, date or number
    characters: int = 16  # a column width that reads well
    machine: bool = False  # only in the layout for machines (--hxl): an internal code people never read


@dataclass(frozen=True)
class Table:
    key: str  # sheet name and file stem
    title: str
    fields: tuple[Field, ...]
    rows: tuple[tuple[object, ...], ...]
    # what heads each section of a handout (an action plan's workshop, place, dates...): (label, value) lines
    headers: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class GridColumn:
    heading: str
    band: str = ""  # a heading over several columns ("Core protection categories")


@dataclass(frozen=True)
class GridRow:
    heading: str
    locked: bool = False  # a row the operation cannot change (Definition, Output)


@dataclass(frozen=True)
class GridCell:
    lines: tuple[str, ...] = ()
    marked: tuple[bool, ...] = ()  # per line: customised by the operation


@dataclass(frozen=True)
class Grid:
    key: str
    title: str
    columns: tuple[GridColumn, ...]
    rows: tuple[GridRow, ...]
    cells: tuple[tuple[GridCell, ...], ...]  # rows of cells
    note: str = ""  # how to read it (what marks mean)


def none_recorded() -> str:
    """What an empty part says, in one line, instead of an empty table under its heading."""
    return _("None recorded.")


@dataclass(frozen=True)
class ExportOptions:
    max_sensitivity: Sensitivity | None = None  # leave out what is classified above
    contacts: bool = True  # False: leave out people's names, e-mails and phones
    hxl: bool = False  # data tables for machines: the stable keys as headings, then a row of HXL tags
    language: str | None = None  # the language of headings and standard wording; None: the program's
    since: str | None = None  # the changes view: the milestone to compare with (None: the latest)


@dataclass(frozen=True)
class Document:
    operation: str
    country: str
    view: str
    exported_on: date
    sensitivity: Sensitivity  # the highest level of what is included: the label on every page
    options: ExportOptions
    parts: tuple[Table | Grid, ...]
    left_out: tuple[str, ...] = field(default=())  # what was left out, said on the cover

    @property
    def heading(self) -> str:
        """The operation and the view as people call it, in the language of the export."""
        return f"{self.operation}: {_(view_named(self.view).label)}"

    @property
    def tables(self) -> tuple[Table, ...]:
        return tuple(part for part in self.parts if isinstance(part, Table))
