"""The audit a server keeps of its operation, and what each login may read of it: the history behind View >
Changes, the changes export and a record's history on a server (the server's audit is the authority there;
a file's is its change log, storage/change_log.py).

- Every change of every table is a row of `pim_audit`, written by a trigger that runs as the owner: who (the
  login), when (the server's time), the transaction, the table, the operation, the row before and after, and
  the **rank** of what it touched: for a classified record (a system, an action plan) the higher of its
  sensitivity before and after; for a row that hangs from one (its areas, links, review; a plan's groups and
  items) its parent's; the highest when the parent cannot be found; 0 for what is not classified. The raw
  audit is the admins' (it holds earlier values of records above others' clearance).
- Everyone with a login reads it through `pim_history`, a function that runs as the owner and returns only
  the rows whose rank is within the caller's clearance and whose record is not classified above it now.
- A file's change log, published with it, is its history before publishing: `pim_mark_published`, at the end
  of the publishing transaction, ranks its rows into `pim_published_log` (positions: their ids) and starts
  the audit's ids after them; the audit rows of the copy itself are not changes. The server's history is
  that log followed by the audit.
- A milestone on a server is marked by `pim_mark_milestone`: its position is the highest audit id once the
  transactions writing the audit have ended (no change can land below it later), its picture of the systems
  is the server's, whatever the marker's clearance; `pim_milestone_picture` gives each login the systems of
  it within their clearance."""

from collections.abc import Callable

from sqlalchemy import Connection, text

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.storage import models
from pim_desktop.storage.change_log import UNLOGGED_TABLES

AUDIT_TABLE = "pim_audit"
PUBLISHED_TABLE = (
    "pim_published"  # one row: the last position of the published log, the last audit id of the copy
)
PUBLISHED_LOG_TABLE = "pim_published_log"
# records classified by their own sensitivity column
CLASSIFIED = ("information_system", "action_plan")
# what hangs from a classified record (table: (its column, the parent table)): seen only with the parent
DEPENDENT = {
    "system_secondary_category": ("system_id", "information_system"),
    "system_organisation": ("system_id", "information_system"),
    "system_area": ("system_id", "information_system"),
    "system_matrix_entry": ("system_id", "information_system"),
    "data_review": ("system_id", "information_system"),
    "principle_rating": ("review_id", "data_review"),
    "action_group": ("plan_id", "action_plan"),
    "action_group_member": ("group_id", "action_group"),
    "action_item": ("group_id", "action_group"),
    "action_point": ("item_id", "action_item"),
    "action_focal_point": ("item_id", "action_item"),
}
HIGHEST = len(Sensitivity)  # the rank of the highest level (pim_rank counts from 1)
READ_BY_READERS = ("pim_history(bigint, bigint)", "pim_milestone_picture(integer)")
RUN_BY_EDITORS = ("pim_mark_milestone(text, timestamp)", "pim_mark_published()")
OWNERS_ONLY = (
    "pim_audit_rank(text, jsonb, jsonb)",
    "pim_reader_rank()",
    "pim_log_position()",
    "pim_systems_picture()",
    "pim_record_published(bigint, bigint)",
)
_DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp"


def logged_tables() -> list[str]:
    return [t.name for t in models.Base.metadata.sorted_tables if t.name not in UNLOGGED_TABLES]


def _listed(names: list[str] | tuple[str, ...]) -> str:
    return ", ".join(f"'{name}'" for name in names)


def _root(table: str, row: str) -> tuple[str, str]:
    """The classified table a dependent row hangs from, and the SQL of that record's id from the row's JSON
    (its own column, else its stored row's; then up through the parents in between)."""
    column, parent = DEPENDENT[table]
    own = f"({row} ->> '{column}')::bigint"
    if "id" in models.Base.metadata.tables[table].c:  # a published update names only what changed
        own = f"coalesce({own}, (SELECT {column} FROM {table} WHERE id = ({row} ->> 'id')::bigint))"
    while parent not in CLASSIFIED:
        up, grand = DEPENDENT[parent]
        own, parent = f"(SELECT {up} FROM {parent} WHERE id = {own})", grand
    return parent, own


def _rank_function() -> str:
    branches = [
        f"""IF tbl = '{table}' THEN
                record_table := '{table}';
                record_id := coalesce(n ->> 'id', o ->> 'id')::bigint;
                rank := greatest(pim_rank(o ->> 'sensitivity'), pim_rank(n ->> 'sensitivity'));
                IF rank IS NULL THEN
                    SELECT pim_rank(sensitivity) INTO rank FROM {table} WHERE id = record_id;
                END IF;
                rank := coalesce(rank, {HIGHEST});
                RETURN;
            END IF;"""
        for table in CLASSIFIED
    ]
    for table in DEPENDENT:
        root, found = _root(table, "each_row")
        branches.append(
            f"""IF tbl = '{table}' THEN
                record_table := '{root}';
                rank := 0;
                FOREACH each_row IN ARRAY ARRAY[n, o] LOOP
                    CONTINUE WHEN each_row IS NULL;
                    parent := {found};
                    parent_rank := NULL;
                    SELECT pim_rank(sensitivity) INTO parent_rank FROM {root} WHERE id = parent;
                    rank := greatest(rank, coalesce(parent_rank, {HIGHEST}));
                    record_id := coalesce(record_id, parent);
                END LOOP;
                IF record_id IS NULL THEN
                    rank := {HIGHEST};
                END IF;
                RETURN;
            END IF;"""
        )
    body = "\n            ".join(branches)
    return f"""CREATE OR REPLACE FUNCTION pim_audit_rank(tbl text, o jsonb, n jsonb,
            OUT rank integer, OUT record_table text, OUT record_id bigint)
        STABLE SET search_path = public, pg_temp LANGUAGE plpgsql AS $$
        DECLARE
            each_row jsonb;
            parent bigint;
            parent_rank integer;
        BEGIN
            {body}
            rank := 0;
        END $$"""


def _key_of_logged_row() -> str:
    """A published change log row's key (its primary key's values joined by "/") as the row's JSON."""
    cases = []
    for table in models.Base.metadata.sorted_tables:
        names = [column.name for column in table.primary_key.columns]
        if names != ["id"]:
            parts = ", ".join(f"'{name}', split_part(l.row_key, '/', {n})" for n, name in enumerate(names, 1))
            cases.append(f"WHEN '{table.name}' THEN jsonb_build_object({parts})")
    return f"CASE l.table_name {' '.join(cases)} ELSE jsonb_build_object('id', l.row_key) END"


def _side(side: str, skipped: str) -> str:
    return (
        f"CASE WHEN l.operation = '{skipped}' THEN NULL ELSE k.key || (SELECT coalesce(jsonb_object_agg("
        f"f.key, f.value -> '{side}'), '{{}}') FROM jsonb_each(l.changes::jsonb) f) END"
    )


def _visible(row: str) -> str:
    """Whether an audit or published row may be read by the caller: its rank within their clearance, and its
    record not classified above it now."""
    hidden_now = " ".join(
        f"AND NOT EXISTS (SELECT 1 FROM {table} c WHERE {row}.record_table = '{table}' "
        f"AND c.id = {row}.record_id AND pim_rank(c.sensitivity) > r.clearance)"
        for table in CLASSIFIED
    )
    return f"coalesce({row}.rank, {HIGHEST}) <= r.clearance {hidden_now}"


def _history_function() -> str:
    columns = (
        "l.id, l.at, l.who, l.txid, l.table_name, l.operation, l.old_row, l.new_row, l.changes, l.row_key"
    )
    return f"""CREATE OR REPLACE FUNCTION pim_history(since_position bigint, until_position bigint)
        RETURNS TABLE (log_id bigint, at timestamptz, who text, txid bigint, table_name text,
            operation text, old_row jsonb, new_row jsonb, changes jsonb, row_key text)
        STABLE {_DEFINER} LANGUAGE sql AS $$
        WITH r AS (SELECT pim_reader_rank() AS clearance),
        logged AS (
            SELECT p.id, p.at AT TIME ZONE 'UTC' AS at, p.who, NULL::bigint AS txid, p.table_name,
                p.operation, NULL::jsonb AS old_row, NULL::jsonb AS new_row, p.changes, p.row_key, p.rank,
                p.record_table, p.record_id
            FROM {PUBLISHED_LOG_TABLE} p
            WHERE p.id > since_position AND (until_position IS NULL OR p.id <= until_position)
            UNION ALL
            SELECT a.id, a.at, a.who, a.txid, a.table_name, lower(a.operation), a.old_row, a.new_row, NULL,
                NULL, a.rank, a.record_table, a.record_id
            FROM {AUDIT_TABLE} a
            WHERE a.id > greatest(since_position,
                    (SELECT coalesce(max(s.audit_upto), 0) FROM {PUBLISHED_TABLE} s))
                AND (until_position IS NULL OR a.id <= until_position)
                AND a.table_name IN ({_listed(logged_tables())}))
        SELECT {columns} FROM logged l, r WHERE {_visible("l")} ORDER BY l.id $$"""


def _functions() -> list[str]:
    return [
        # the caller's clearance as the policies apply it: a login the policies do not bind sees everything
        f"""CREATE OR REPLACE FUNCTION pim_reader_rank() RETURNS integer STABLE {_DEFINER} LANGUAGE sql AS $$
            SELECT CASE WHEN r.rolsuper OR r.rolbypassrls THEN {HIGHEST}
                ELSE coalesce(pim_clearance_rank(), 0) END
            FROM pg_roles r WHERE r.rolname = session_user $$""",
        _rank_function(),
        f"""CREATE OR REPLACE FUNCTION pim_audit_row() RETURNS trigger {_DEFINER} LANGUAGE plpgsql AS $$
            DECLARE
                o jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
                n jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
                ranked record;
            BEGIN
                SELECT * INTO ranked FROM pim_audit_rank(TG_TABLE_NAME, o, n);
                INSERT INTO {AUDIT_TABLE} (table_name, operation, old_row, new_row, rank, record_table,
                    record_id)
                VALUES (TG_TABLE_NAME, TG_OP, o, n, ranked.rank, ranked.record_table, ranked.record_id);
                RETURN NULL;
            END $$""",
        _history_function(),
        # no change can land below the position once the transactions writing the audit have ended; the
        # lock holds the next ones back until the milestone is stored
        f"""CREATE OR REPLACE FUNCTION pim_log_position() RETURNS bigint {_DEFINER} LANGUAGE plpgsql AS $$
            BEGIN
                LOCK TABLE {AUDIT_TABLE} IN SHARE ROW EXCLUSIVE MODE;
                RETURN greatest((SELECT max(id) FROM {AUDIT_TABLE}),
                    (SELECT max(audit_upto) FROM {PUBLISHED_TABLE}), 0);
            END $$""",
        # what services/changes.py pictures of the systems, of every system
        """CREATE OR REPLACE FUNCTION pim_systems_picture() RETURNS jsonb STABLE
            SET search_path = public, pg_temp LANGUAGE sql AS $$
            SELECT jsonb_build_object('systems', coalesce(jsonb_agg(jsonb_build_object(
                'id', s.id, 'name', s.name, 'status', s.status, 'sensitivity', s.sensitivity,
                'categories', to_jsonb(array_prepend(s.primary_category_id, ARRAY(
                    SELECT c.category_id FROM system_secondary_category c WHERE c.system_id = s.id
                    ORDER BY c.category_id))),
                'areas', coalesce((SELECT jsonb_agg(jsonb_build_array(a.admin1, a.admin2) ORDER BY a.id)
                    FROM system_area a WHERE a.system_id = s.id), '[]'::jsonb))
                ORDER BY s.name_key, s.id), '[]'::jsonb))
            FROM information_system s $$""",
        f"""CREATE OR REPLACE FUNCTION pim_mark_milestone(milestone_name text, moment timestamp)
            RETURNS integer {_DEFINER} LANGUAGE plpgsql AS $$
            DECLARE
                last_position bigint := pim_log_position();
                made integer;
            BEGIN
                INSERT INTO milestone (name, at, who, position, picture)
                VALUES (milestone_name, coalesce(moment, now() AT TIME ZONE 'UTC'), session_user,
                    last_position, pim_systems_picture()::text)
                RETURNING id INTO made;
                RETURN made;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION pim_milestone_picture(milestone_id integer) RETURNS jsonb STABLE
            {_DEFINER} LANGUAGE sql AS $$
            SELECT jsonb_build_object('systems', coalesce(jsonb_agg(e.system ORDER BY e.number), '[]'::jsonb))
            FROM milestone m
            CROSS JOIN LATERAL jsonb_array_elements(coalesce(m.picture::jsonb -> 'systems', '[]'::jsonb))
                WITH ORDINALITY AS e(system, number)
            CROSS JOIN (SELECT pim_reader_rank() AS clearance) r
            WHERE m.id = milestone_id
                AND coalesce(pim_rank(e.system ->> 'sensitivity'), {HIGHEST}) <= r.clearance
                AND NOT EXISTS (SELECT 1 FROM information_system s WHERE s.id = (e.system ->> 'id')::bigint
                    AND pim_rank(s.sensitivity) > r.clearance) $$""",
        f"""CREATE OR REPLACE FUNCTION pim_record_published(last_logged bigint, last_audited bigint)
            RETURNS void SET search_path = public, pg_temp LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO {PUBLISHED_LOG_TABLE} (id, at, who, table_name, row_key, operation, changes,
                    rank, record_table, record_id)
                SELECT l.id, l.at, l.who, l.table_name, l.row_key, l.operation, l.changes::jsonb, r.rank,
                    r.record_table, r.record_id
                FROM change_log l
                CROSS JOIN LATERAL (SELECT {_key_of_logged_row()} AS key) k
                CROSS JOIN LATERAL pim_audit_rank(l.table_name, {_side("from", "insert")},
                    {_side("to", "delete")}) r
                WHERE l.id <= last_logged;
                INSERT INTO {PUBLISHED_TABLE} (log_upto, audit_upto) VALUES (last_logged, last_audited);
            END $$""",
        # at the end of publishing: the file's log is the history before, the copy no change
        f"""CREATE OR REPLACE FUNCTION pim_mark_published() RETURNS boolean {_DEFINER} LANGUAGE plpgsql AS $$
            DECLARE
                last_logged bigint := coalesce((SELECT max(id) FROM change_log), 0);
                last_audited bigint := greatest((SELECT max(id) FROM {AUDIT_TABLE}), last_logged, 0);
            BEGIN
                IF EXISTS (SELECT 1 FROM {PUBLISHED_TABLE}) OR NOT EXISTS (SELECT 1 FROM operation) THEN
                    RETURN false;
                END IF;
                IF last_audited > 0 THEN
                    PERFORM setval(pg_get_serial_sequence('{AUDIT_TABLE}', 'id'), last_audited);
                END IF;
                PERFORM pim_record_published(last_logged, last_audited);
                RETURN true;
            END $$""",
    ]


def create(run: Callable[..., None]) -> None:
    """The audit and the functions that read it, as the owner; made so that they can be made again (an
    upgrade): rows audited before are ranked, and an operation published before is marked so."""
    run(
        f"""CREATE TABLE IF NOT EXISTS {AUDIT_TABLE} (
            id bigserial PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT now(),
            who text NOT NULL DEFAULT session_user,
            table_name text NOT NULL,
            operation text NOT NULL,
            old_row jsonb,
            new_row jsonb)""",
        # rows audited before have no transaction: each is a change of its own
        f"ALTER TABLE {AUDIT_TABLE} ADD COLUMN IF NOT EXISTS txid bigint",
        f"ALTER TABLE {AUDIT_TABLE} ALTER COLUMN txid SET DEFAULT txid_current()",
        f"ALTER TABLE {AUDIT_TABLE} ADD COLUMN IF NOT EXISTS rank integer",
        f"ALTER TABLE {AUDIT_TABLE} ADD COLUMN IF NOT EXISTS record_table text",
        f"ALTER TABLE {AUDIT_TABLE} ADD COLUMN IF NOT EXISTS record_id bigint",
        f"""CREATE TABLE IF NOT EXISTS {PUBLISHED_TABLE} (
            log_upto bigint NOT NULL, audit_upto bigint NOT NULL)""",
        f"""CREATE TABLE IF NOT EXISTS {PUBLISHED_LOG_TABLE} (
            id bigint PRIMARY KEY, at timestamp NOT NULL, who text NOT NULL, table_name text NOT NULL,
            row_key text NOT NULL, operation text NOT NULL, changes jsonb NOT NULL, rank integer NOT NULL,
            record_table text, record_id bigint)""",
        *_functions(),
        f"""UPDATE {AUDIT_TABLE} a SET (rank, record_table, record_id) =
            (SELECT r.rank, r.record_table, r.record_id
                FROM pim_audit_rank(a.table_name, a.old_row, a.new_row) r)
            WHERE a.rank IS NULL""",
        # published by an older version: the copy is the transaction that inserted the operation
        f"""SELECT pim_record_published(
                coalesce(max((a.new_row ->> 'id')::bigint) FILTER (WHERE a.table_name = 'change_log'), 0),
                max(a.id))
            FROM {AUDIT_TABLE} a
            WHERE NOT EXISTS (SELECT 1 FROM {PUBLISHED_TABLE}) AND a.at = (SELECT first.at
                FROM {AUDIT_TABLE} first WHERE first.table_name = 'operation' AND first.operation = 'INSERT'
                ORDER BY first.id LIMIT 1)
            HAVING count(*) > 0""",
    )


def grant(run: Callable[..., None], reader: str, editor: str, admin: str) -> None:
    functions = (*READ_BY_READERS, *RUN_BY_EDITORS, *OWNERS_ONLY)
    run(
        f"REVOKE ALL ON FUNCTION {', '.join(functions)} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {', '.join(READ_BY_READERS)} TO {reader}",
        f"GRANT EXECUTE ON FUNCTION {', '.join(RUN_BY_EDITORS)} TO {editor}",
        f"GRANT SELECT ON {AUDIT_TABLE}, {PUBLISHED_TABLE}, {PUBLISHED_LOG_TABLE} TO {admin}",
    )


def missing(connection: Connection) -> bool:
    """Whether the audit is older than this version's: not ranked, or without the history everyone reads."""
    return not connection.execute(
        text(
            "SELECT to_regprocedure('pim_history(bigint, bigint)') IS NOT NULL AND EXISTS (SELECT 1 FROM "
            "information_schema.columns WHERE table_name = :audit AND column_name = 'record_id')"
        ),
        {"audit": AUDIT_TABLE},
    ).scalar_one()
