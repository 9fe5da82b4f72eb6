"""Which organisations run which information systems, read in a few flat queries so that an operation with
tens of thousands of systems loads in a fraction of a second."""

from collections import defaultdict
from datetime import date
from typing import cast

from sqlalchemy.orm import Session

from pim_desktop.domain import model
from pim_desktop.domain.enums import Sensitivity, SystemRole, SystemStatus
from pim_desktop.storage.operation_file import OperationFile, coded_value

ROLE_ORDER = {role: order for order, role in enumerate(SystemRole)}


_ROLES = {role.value: role for role in SystemRole}
_STATUSES = {status.value: status for status in SystemStatus}
SENSITIVITY_BY_VALUE = {level.value: level for level in Sensitivity}


def driver_rows(session: Session, sql: str, parameters: tuple = ()) -> list[tuple]:
    """Plain tuples from the driver, inside the session's transaction: the bulk reads of the mapping skip
    SQLAlchemy's per-row processing, which costs more than the reading itself at 20,000 systems."""
    if session.get_bind().dialect.paramstyle != "qmark":  # psycopg on a server takes %s
        sql = sql.replace("?", "%s")
    # sqlite3's fetchall() gives a list of tuples; the DBAPI's types say only a sequence
    return cast(list[tuple], session.connection().exec_driver_sql(sql, parameters).cursor.fetchall())


def _role_rank(column: str) -> str:
    """An SQL expression ranking a link's role as ROLE_ORDER does: lead first."""
    ranks = " ".join(f"WHEN '{role.value}' THEN {rank}" for role, rank in ROLE_ORDER.items())
    return f"CASE {column} {ranks} END"


def _day(stored: date | str | None) -> date | None:
    """A day as the driver gives it: text from SQLite, a date from PostgreSQL."""
    if isinstance(stored, str):
        return date.fromisoformat(stored) if stored else None
    return stored


def _links(session: Session) -> dict[int, tuple[list[model.SystemLink], list[str]]]:
    """Each system's links, lead first, and beside them the organisations' labels (acronym, else name)."""
    by_system: dict[int, tuple[list[model.SystemLink], list[str]]] = {}
    sql = (
        "SELECT l.system_id, l.organisation_id, l.role, o.acronym, o.name FROM system_organisation l "
        f"JOIN organisation o ON o.id = l.organisation_id ORDER BY l.system_id, {_role_rank('l.role')}, l.id"
    )
    made: dict[tuple[int, str], model.SystemLink] = {}  # links are immutable: one object per pair, shared
    for system_id, organisation_id, role, acronym, name in driver_rows(session, sql):
        link = made.get((organisation_id, role))
        if link is None:
            link = made[organisation_id, role] = model.SystemLink(organisation_id, coded_value(_ROLES, role))
        found = by_system.get(system_id)
        if found is None:
            found = by_system[system_id] = ([], [])
        found[0].append(link)
        found[1].append(acronym or name)
    return by_system


def _areas(session: Session) -> dict[int, list[model.Area]]:
    by_system: dict[int, list[model.Area]] = defaultdict(list)
    sql = "SELECT system_id, country_iso3, admin1, admin1_pcode, admin2, admin2_pcode FROM system_area ORDER BY id"  # noqa: E501
    made: dict[tuple[str, ...], model.Area] = {}  # areas are immutable and few: one object per place
    for system_id, *parts in driver_rows(session, sql):
        key = tuple(parts)
        area = made.get(key)
        if area is None:
            area = made[key] = model.Area(*parts)
        by_system[system_id].append(area)
    return by_system


def _secondary(session: Session) -> dict[int, list[int]]:
    by_system: dict[int, list[int]] = defaultdict(list)
    sql = "SELECT system_id, category_id FROM system_secondary_category ORDER BY category_id"
    for system_id, category_id in driver_rows(session, sql):
        by_system[system_id].append(category_id)
    return by_system


def load_system_summaries(session: Session) -> list[model.SystemSummary]:
    """Every system, by name, with its organisations (lead first), categories and areas."""
    links, areas, secondary = _links(session), _areas(session), _secondary(session)
    sql = (
        "SELECT id, name, primary_category_id, status, outputs, methods, contact_name, contact_email, "
        "contact_phone, sensitivity, sub_categories, population_groups, frequency, last_confirmed "
        "FROM information_system ORDER BY name_key, id"
    )
    summaries = []
    for row in driver_rows(session, sql):
        system_id, name, category_id, status, outputs, methods, *contact_parts = row[:9]
        system_links, labels = links.get(system_id, ((), ()))
        summaries.append(
            model.SystemSummary(
                id=system_id,
                name=name,
                primary_category_id=category_id,
                status=coded_value(_STATUSES, status),
                organisations=tuple(dict.fromkeys(labels)) if len(labels) > 1 else tuple(labels),
                outputs=outputs,
                methods=methods,
                contact=" · ".join(part for part in contact_parts if part),
                secondary_category_ids=tuple(secondary.get(system_id, ())),
                sensitivity=coded_value(SENSITIVITY_BY_VALUE, row[9]),
                links=tuple(system_links),
                areas=tuple(areas.get(system_id, ())),
                sub_categories=row[10],
                population_groups=row[11],
                frequency=row[12],
                last_confirmed=_day(row[13]),
            )
        )
    return summaries


def load_system_names(session: Session) -> dict[int, list[model.SystemName]]:
    """Each category's systems by name, as group_by_category orders them, with who runs them: what the
    matrix's row of systems shows. SQLite gathers the organisations, so the matrix of 20,000 systems shows
    without reading the register (a tenth of the time)."""
    separator = "\x1f"  # a character no name holds
    label = "coalesce(nullif(o.acronym, ''), o.name)"
    links = (
        "FROM system_organisation l JOIN organisation o ON o.id = l.organisation_id WHERE l.system_id = s.id"
    )
    order = f"{_role_rank('l.role')}, l.id"
    if session.get_bind().dialect.name == "postgresql":  # a shared server's; SQLite keeps a subquery's order
        gathered = f"(SELECT string_agg({label}, chr(31) ORDER BY {order}) {links})"
    else:
        inner = f"SELECT {label} AS label {links} ORDER BY {order}"
        gathered = f"(SELECT group_concat(label, char(31)) FROM ({inner}))"
    sql = (
        f"SELECT s.id, s.name, s.primary_category_id, {gathered} "
        "FROM information_system s ORDER BY s.name_key, s.id"
    )
    grouped: dict[int, list[model.SystemName]] = {}
    by_id: dict[int, model.SystemName] = {}
    for system_id, name, category_id, labels in driver_rows(session, sql):
        parts = labels.split(separator) if labels else ()
        organisations = tuple(dict.fromkeys(parts)) if len(parts) > 1 else tuple(parts)
        system = by_id[system_id] = model.SystemName(system_id, name, organisations)
        grouped.setdefault(category_id, []).append(system)
    secondary = _secondary(session)
    for system_id, system in by_id.items():
        for category_id in secondary.get(system_id, ()):
            grouped.setdefault(category_id, []).append(system)
    return grouped


class MappingService:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    def system_summaries(self) -> list[model.SystemSummary]:
        with self._file.session() as session:
            return load_system_summaries(session)

    def system_names(self) -> dict[int, list[model.SystemName]]:
        with self._file.session() as session:
            return load_system_names(session)

    def systems_by_category(self) -> dict[int, list[model.SystemSummary]]:
        """Each category's systems, by name."""
        return group_by_category(self.system_summaries())


def group_by_category(summaries: list[model.SystemSummary]) -> dict[int, list[model.SystemSummary]]:
    """Each category's systems: those whose primary category it is, then those that also serve it (a
    secondary category), as the mapping grid and the organisations x categories counts have them."""
    grouped: dict[int, list[model.SystemSummary]] = {}
    for summary in summaries:
        grouped.setdefault(summary.primary_category_id, []).append(summary)
    for summary in summaries:
        for category_id in summary.secondary_category_ids:
            grouped.setdefault(category_id, []).append(summary)
    return grouped
