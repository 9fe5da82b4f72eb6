"""Which organisations run which information systems, read in a few flat queries so that an operation with
tens of thousands of systems loads in a fraction of a second."""

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import cast
from weakref import WeakKeyDictionary

from sqlalchemy.orm import Session

from pim_desktop.domain import model
from pim_desktop.domain.enums import Sensitivity, SystemRole, SystemStatus
from pim_desktop.storage.operation_file import OperationFile, coded_value, stored_day

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


Only = list[int] | None  # the systems to read (None: every one); a server's alone reads some (= ANY)


def _where(column: str, only: Only) -> tuple[str, tuple]:
    return ("", ()) if only is None else (f" WHERE {column} = ANY(?)", (only,))


def _links(session: Session, only: Only = None) -> dict[int, tuple[list[model.SystemLink], list[str]]]:
    """Each system's links, lead first, and beside them the organisations' labels (acronym, else name)."""
    by_system: dict[int, tuple[list[model.SystemLink], list[str]]] = {}
    where, parameters = _where("l.system_id", only)
    sql = (
        "SELECT l.system_id, l.organisation_id, l.role, o.acronym, o.name FROM system_organisation l "
        f"JOIN organisation o ON o.id = l.organisation_id{where} "
        f"ORDER BY l.system_id, {_role_rank('l.role')}, l.id"
    )
    made: dict[tuple[int, str], model.SystemLink] = {}  # links are immutable: one object per pair, shared
    for system_id, organisation_id, role, acronym, name in driver_rows(session, sql, parameters):
        link = made.get((organisation_id, role))
        if link is None:
            link = made[organisation_id, role] = model.SystemLink(organisation_id, coded_value(_ROLES, role))
        found = by_system.get(system_id)
        if found is None:
            found = by_system[system_id] = ([], [])
        found[0].append(link)
        found[1].append(acronym or name)
    return by_system


def _areas(session: Session, only: Only = None) -> dict[int, list[model.Area]]:
    by_system: dict[int, list[model.Area]] = defaultdict(list)
    where, parameters = _where("system_id", only)
    sql = (
        "SELECT system_id, country_iso3, admin1, admin1_pcode, admin2, admin2_pcode "
        f"FROM system_area{where} ORDER BY id"
    )
    made: dict[tuple[str, ...], model.Area] = {}  # areas are immutable and few: one object per place
    for system_id, *parts in driver_rows(session, sql, parameters):
        key = tuple(parts)
        area = made.get(key)
        if area is None:
            area = made[key] = model.Area(*parts)
        by_system[system_id].append(area)
    return by_system


def _secondary(session: Session, only: Only = None) -> dict[int, list[int]]:
    by_system: dict[int, list[int]] = defaultdict(list)
    where, parameters = _where("system_id", only)
    sql = f"SELECT system_id, category_id FROM system_secondary_category{where} ORDER BY category_id"
    for system_id, category_id in driver_rows(session, sql, parameters):
        by_system[system_id].append(category_id)
    return by_system


def load_system_summaries(session: Session) -> list[model.SystemSummary]:
    """Every system, by name, with its organisations (lead first), categories and areas."""
    return [summary for _key, _stamp, summary in _summaries(session)]


def _summaries(session: Session, only: Only = None) -> list[tuple[str, str, model.SystemSummary]]:
    """The systems asked for (None: every one), by name: each with its folded name and its stamp (on a
    server, the transaction that last wrote its row; "" in a file)."""
    links, areas, secondary = _links(session, only), _areas(session, only), _secondary(session, only)
    where, parameters = _where("id", only)
    stamp = "xmin::text" if session.get_bind().dialect.name == "postgresql" else "''"
    sql = (
        "SELECT id, name, primary_category_id, status, outputs, methods, contact_name, contact_email, "
        "contact_phone, sensitivity, sub_categories, population_groups, frequency, last_confirmed, "
        f"name_key, {stamp} FROM information_system{where} ORDER BY name_key, id"
    )
    summaries = []
    for row in driver_rows(session, sql, parameters):
        system_id, name, category_id, status, outputs, methods, *contact_parts = row[:9]
        system_links, labels = links.get(system_id, ((), ()))
        summary = model.SystemSummary(
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
            last_confirmed=stored_day(row[13]),
        )
        summaries.append((row[14], row[15], summary))
    return summaries


@dataclass
class KnownSummaries:
    """The summaries read last from a server, each with the stamp of the row it was read from, and the
    stamps of the organisations whose labels they show: what a later reading compares with."""

    systems: dict[int, tuple[str, str, model.SystemSummary]]  # id: (folded name, stamp, summary)
    organisations: dict[int, str]  # id: stamp

    def summaries(self) -> list[model.SystemSummary]:
        """By name, as load_system_summaries gives them (a list of the caller's own)."""
        return list(self._sorted)

    @cached_property
    def _sorted(self) -> list[model.SystemSummary]:  # the registers' and the matrix's, sorted once
        return [summary for _key, _stamp, summary in sorted(self.systems.values(), key=_by_name)]


def _by_name(known: tuple[str, str, model.SystemSummary]) -> tuple[str, int]:
    return known[0], known[2].id


STAMPS = "SELECT id, xmin::text FROM {table}"  # xmin: the transaction that wrote the row as it is
WHOLE_READING = 4  # when more than a quarter of the systems changed, all are read again


def read_changed_summaries(session: Session, known: KnownSummaries | None) -> KnownSummaries:
    """The systems of a server as `known` had them, read again where they changed since: each system whose
    row was written again, added or taken away (or hidden from the login's clearance since), and each one
    that shows an organisation written again, added or taken away. A system's save writes its row whenever
    anything of it changes (its links, places and categories too), and an undo puts back its rows as they
    were, with the row written anew. Every statement must see one snapshot (a repeatable read)."""
    organisations = dict(driver_rows(session, STAMPS.format(table="organisation")))
    if known is None:
        return _read_whole(session, organisations)
    systems = dict(driver_rows(session, STAMPS.format(table="information_system")))
    moved = {
        i
        for i in organisations.keys() | known.organisations.keys()
        if organisations.get(i) != known.organisations.get(i)
    }
    stale = {i for i, stamp in systems.items() if i not in known.systems or known.systems[i][1] != stamp}
    if moved:
        stale |= {
            i
            for i, (_key, _stamp, s) in known.systems.items()
            if any(link.organisation_id in moved for link in s.links)
        }
        linked = "SELECT system_id FROM system_organisation WHERE organisation_id = ANY(?)"
        stale |= {system_id for (system_id,) in driver_rows(session, linked, (sorted(moved),))}
    stale &= systems.keys()
    if len(stale) * WHOLE_READING > len(systems):
        return _read_whole(session, organisations)
    kept = {i: entry for i, entry in known.systems.items() if i in systems and i not in stale}
    if stale:
        kept |= {
            summary.id: (key, stamp, summary) for key, stamp, summary in _summaries(session, sorted(stale))
        }
    return KnownSummaries(kept, organisations)


def _read_whole(session: Session, organisations: dict[int, str]) -> KnownSummaries:
    systems = {summary.id: (key, stamp, summary) for key, stamp, summary in _summaries(session)}
    return KnownSummaries(systems, organisations)


def load_system_names(session: Session) -> dict[int, list[model.SystemName]]:
    """Each category's systems by name, as group_by_category orders them, with who runs them: what the
    matrix's row of systems shows. SQLite gathers the organisations, so the matrix of 20,000 systems shows
    without reading the register (a tenth of the time)."""
    separator = "\x1f"  # a character no name holds
    label = "coalesce(nullif(o.acronym, ''), o.name)"
    links = "FROM system_organisation l JOIN organisation o ON o.id = l.organisation_id"
    order = f"{_role_rank('l.role')}, l.id"
    if session.get_bind().dialect.name == "postgresql":  # a shared server's: every link gathered in one pass
        gathered = f"SELECT l.system_id, string_agg({label}, chr(31) ORDER BY {order}) AS labels {links}"
        systems = f"information_system s LEFT JOIN ({gathered} GROUP BY l.system_id) g ON g.system_id = s.id"
        sql = f"SELECT s.id, s.name, s.primary_category_id, g.labels FROM {systems}"
    else:  # SQLite keeps a subquery's order
        inner = f"SELECT {label} AS label {links} WHERE l.system_id = s.id ORDER BY {order}"
        gathered = f"(SELECT group_concat(label, char(31)) FROM ({inner}))"
        sql = f"SELECT s.id, s.name, s.primary_category_id, {gathered} FROM information_system s"
    sql += " ORDER BY s.name_key, s.id"
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


# An operation on a server: the summaries read last, and from which rows (shared by the services of one open
# operation: the window's registers and matrix read them again at each change another user makes)
_KNOWN: "WeakKeyDictionary[OperationFile, KnownSummaries]" = WeakKeyDictionary()


class MappingService:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    def system_summaries(self) -> list[model.SystemSummary]:
        """Every system, by name. On a server, the systems read before are read again only where they
        changed since."""
        with self._file.session() as session:
            if not self._file.on_server:
                return load_system_summaries(session)
            return self._read_again(session).summaries()

    def system_names(self) -> dict[int, list[model.SystemName]]:
        """As load_system_names. On a server whose systems were read in full once, from them, read again
        where they changed since."""
        with self._file.session() as session:
            if not self._file.on_server or self._file not in _KNOWN:  # the matrix's first view: a query
                return load_system_names(session)
            summaries = self._read_again(session).summaries()
        names = {s.id: model.SystemName(s.id, s.name, s.organisations) for s in summaries}
        return {
            category: [names[s.id] for s in each] for category, each in group_by_category(summaries).items()
        }

    def _read_again(self, session: Session) -> KnownSummaries:
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})  # one snapshot
        known = _KNOWN[self._file] = read_changed_summaries(session, _KNOWN.get(self._file))
        return known

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
