"""What `server init` builds in an empty PostgreSQL database, beside the operation's tables (made by the same
Alembic migrations as a file's): the roles, who may do what, row-level security on sensitivity, and the audit.

- Roles are named after the database (one database per operation; roles belong to the whole server):
  `DB_owner` owns every table and nobody logs in as it (owners skip row-level security), `DB_reader` reads,
  `DB_editor` also writes, `DB_admin` also reads the audit and the clearances. Each inherits the one before.
- A login's clearance is a row of `pim_clearance`; a record classified above it (a system, an action plan)
  is invisible to them, and so is what hangs from it (its areas, links, review; a plan's groups and items),
  in every read the program makes: the server filters, not the program. A login without a clearance sees
  no classified record at all.
- Every change of every table is written to `pim_audit` by a trigger that runs as the owner: who, when,
  which table, what operation, the row before and after, and how it is classified. Only admins read it raw
  (it holds old values of confidential rows); everyone reads the history within their clearance through
  the server's functions (storage/server_audit.py)."""

import base64
import hashlib
import hmac
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.i18n import _
from pim_desktop.storage import models, server_audit
from pim_desktop.storage.schema import upgrade_to_head
from pim_desktop.storage.sources import ROLES

CLEARANCE_TABLE = "pim_clearance"
AUDIT_TABLE = server_audit.AUDIT_TABLE
CHANGES_CHANNEL = "pim_changes"  # what every change of the operation is announced on (LISTEN)
CLASSIFIED = server_audit.CLASSIFIED
DEPENDENT = server_audit.DEPENDENT
# readable by admins only: a merge's summary names the records it took, and the change log their fields
# before and after, whatever their sensitivity
ADMINS_ONLY = ("merge_record", "change_log")
# a milestone's picture holds the systems as they were, whatever their sensitivity: its other columns are
# everyone's (the list of milestones), the picture the admins'
MILESTONE_TABLE = "milestone"
MILESTONE_LISTED = ("id", "name", "at", "who", "position")


@dataclass(frozen=True)
class Roles:
    owner: str
    reader: str
    editor: str
    admin: str

    def of(self, role: str) -> str:
        return {"reader": self.reader, "editor": self.editor, "admin": self.admin}[role]


def roles_of(database: str) -> Roles:
    return Roles(*(f"{database}_{role}" for role in ("owner", *ROLES)))


def _levels() -> str:
    return ", ".join(f"'{level.value}'" for level in Sensitivity)  # from public up


def operation_tables() -> list[str]:
    return [table.name for table in models.Base.metadata.sorted_tables]


def prepare(connection: Connection, database: str) -> Roles:
    """Roles, the operation's tables (Alembic), clearances, policies and the audit, in the connection's
    transaction: all or nothing."""
    roles = roles_of(database)
    quote = connection.dialect.identifier_preparer.quote
    owner, reader, editor, admin = (quote(name) for name in (roles.owner, *(roles.of(r) for r in ROLES)))

    def run(*statements: str) -> None:
        for statement in statements:
            connection.execute(text(statement))

    for name in (roles.owner, *(roles.of(role) for role in ROLES)):
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is None:
            run(f"CREATE ROLE {quote(name)} NOLOGIN")
    run(
        f"GRANT {owner} TO CURRENT_USER",  # to create the tables as the owner
        f"GRANT {reader} TO {editor}",
        f"GRANT {editor} TO {admin}",
        f"REVOKE CONNECT ON DATABASE {quote(database)} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {quote(database)} TO {reader}",
        f"GRANT USAGE, CREATE ON SCHEMA public TO {owner}",
        f"GRANT USAGE ON SCHEMA public TO {reader}",
        f"SET ROLE {owner}",
    )
    upgrade_to_head(connection)
    run(
        f"""CREATE TABLE {CLEARANCE_TABLE} (
            user_name text PRIMARY KEY,
            clearance varchar(32) NOT NULL CHECK (clearance IN ({_levels()})))""",
        f"""CREATE FUNCTION pim_rank(level text) RETURNS integer IMMUTABLE LANGUAGE sql
            AS $$ SELECT array_position(ARRAY[{_levels()}], level) $$""",
        # as the owner, so that nobody needs to read the clearances; session_user is the login
        f"""CREATE FUNCTION pim_clearance_rank() RETURNS integer STABLE SECURITY DEFINER
            SET search_path = public, pg_temp LANGUAGE sql
            AS $$ SELECT pim_rank(clearance) FROM {CLEARANCE_TABLE} WHERE user_name = session_user $$""",
        # ids only: a notification is not filtered by the policies, and its payload is limited to 8000 bytes
        f"""CREATE FUNCTION pim_notify_row() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{CHANGES_CHANNEL}', json_build_object(
                    'table', TG_TABLE_NAME, 'operation', TG_OP, 'user', session_user,
                    'id', (to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) ->> 'id')::bigint
                )::text);
                RETURN NULL;
            END $$""",
    )
    server_audit.create(run)
    _secure_tables(run, quote)
    run("RESET ROLE")
    _grant(run, roles, quote)
    return roles


def upgrade(connection: Connection, database: str) -> None:
    """A database prepared by an older version brought up to date: the migrations run as the owner, as
    when it was prepared, then every table's triggers, policies and grants are set again (a new table
    gets them; a table a migration rebuilt gets them back)."""
    roles = roles_of(database)
    quote = connection.dialect.identifier_preparer.quote

    def run(*statements: str) -> None:
        for statement in statements:
            connection.execute(text(statement))

    run(f"GRANT {quote(roles.owner)} TO CURRENT_USER", f"SET ROLE {quote(roles.owner)}")
    upgrade_to_head(connection)
    server_audit.create(run)
    _secure_tables(run, quote)
    run("RESET ROLE")
    _grant(run, roles, quote)


def _secure_tables(run: Callable[..., None], quote: Callable[[str], str]) -> None:
    """The audit and announcement triggers of every table, and the policies on sensitivity; as the owner.
    Made so that they can be made again (an upgrade)."""
    for table in (*operation_tables(), CLEARANCE_TABLE):
        run(
            f"CREATE OR REPLACE TRIGGER pim_audit AFTER INSERT OR UPDATE OR DELETE ON {quote(table)} "
            "FOR EACH ROW EXECUTE FUNCTION pim_audit_row()"
        )
    for table in operation_tables():
        run(
            f"CREATE OR REPLACE TRIGGER pim_notify AFTER INSERT OR UPDATE OR DELETE ON {quote(table)} "
            "FOR EACH ROW EXECUTE FUNCTION pim_notify_row()"
        )
    for table in CLASSIFIED:
        run(
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS cleared ON {table}",
            # the clearance as a subquery: read once per statement, not once per row
            f"CREATE POLICY cleared ON {table} "
            "USING (pim_rank(sensitivity) <= (SELECT pim_clearance_rank()))",
        )
    for table, (column, parent) in DEPENDENT.items():
        # the parent is read under its own policy: a hidden parent hides its children
        run(
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS with_parent ON {table}",
            f"CREATE POLICY with_parent ON {table} "
            f"USING (EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {table}.{column}))",
        )


def _grant(run: Callable[..., None], roles: Roles, quote: Callable[[str], str]) -> None:
    reader, editor, admin = (quote(roles.of(role)) for role in ROLES)
    shared = [quote(t) for t in operation_tables() if t not in (*ADMINS_ONLY, MILESTONE_TABLE)]
    run(
        f"GRANT SELECT ({', '.join(MILESTONE_LISTED)}) ON {MILESTONE_TABLE} TO {reader}",
        f"GRANT INSERT, SELECT (id) ON {MILESTONE_TABLE} TO {editor}",
        f"GRANT SELECT ON {MILESTONE_TABLE} TO {admin}",
        f"GRANT SELECT ON alembic_version, {', '.join(shared)} TO {reader}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(shared)} TO {editor}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {editor}",
        # a merge records itself (and reads back the id it was given), without reading earlier ones
        *(f"GRANT INSERT, SELECT (id) ON {table} TO {editor}" for table in ADMINS_ONLY),
        *(f"GRANT SELECT ON {table} TO {admin}" for table in (*ADMINS_ONLY, CLEARANCE_TABLE)),
    )
    server_audit.grant(run, reader, editor, admin)


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """What PostgreSQL stores of a password (SCRAM-SHA-256, RFC 5802 and 7677), made here."""
    salt = os.urandom(16)
    normalised = unicodedata.normalize("NFKC", password).encode()  # SASLprep, for what people type
    salted = hashlib.pbkdf2_hmac("sha256", normalised, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    encoded = (base64.b64encode(part).decode() for part in (salt, stored_key, server_key))
    return "SCRAM-SHA-256${}:{}${}:{}".format(iterations, *encoded)


def add_user(
    connection: Connection, database: str, name: str, role: str, clearance: Sensitivity, password: str
) -> bool:
    """A login with a role and a clearance on this operation; a login the server already knows (one who
    works on another operation) keeps its password. Returns whether the login was created."""
    roles = roles_of(database)
    quote = connection.dialect.identifier_preparer.quote
    known = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    if known is None:
        # the server quotes (%L: a utility statement takes no parameters) the password's SCRAM verifier: the
        # password itself never reaches the server, nor its log
        created = connection.execute(
            text("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', CAST(:n AS text), CAST(:p AS text))"),
            {"n": name, "p": scram_verifier(password)},
        ).scalar_one()
        connection.exec_driver_sql(created)  # as it is: the verifier's colons are no parameters
    for other in ROLES:
        connection.execute(text(f"REVOKE {quote(roles.of(other))} FROM {quote(name)}"))
    connection.execute(text(f"GRANT {quote(roles.of(role))} TO {quote(name)}"))
    connection.execute(
        text(
            f"INSERT INTO {CLEARANCE_TABLE} (user_name, clearance) VALUES (:n, :c) "
            "ON CONFLICT (user_name) DO UPDATE SET clearance = EXCLUDED.clearance"
        ),
        {"n": name, "c": clearance.value},
    )
    return known is None


_OUR_TABLES = "c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'"


def problems(connection: Connection) -> list[str]:
    """What `server init` set up that is no longer so: who owns the tables, the policies on the classified
    records and on what hangs from them, the audit and the announcements of every table. Reads only."""
    found: list[str] = []
    owners: dict[str, bool] = dict(
        connection.execute(
            text(
                "SELECT c.relname, r.rolcanlogin OR r.rolsuper FROM pg_class c "
                f"JOIN pg_roles r ON r.oid = c.relowner WHERE {_OUR_TABLES}"
            )
        ).all()
    )
    secured = {
        name: (enabled, policies)
        for name, enabled, policies in connection.execute(
            text(
                "SELECT c.relname, c.relrowsecurity, (SELECT count(*) FROM pg_policy p WHERE p.polrelid = "
                f"c.oid) FROM pg_class c WHERE {_OUR_TABLES}"
            )
        )
    }
    triggers = set(
        connection.execute(
            text(
                "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D'"
            )
        ).all()
    )
    if server_audit.missing(connection):
        found.append(_("the history is not kept as this version reads it: run `pim-desktop server upgrade`"))
    for table in operation_tables():
        if owners.get(table, True):
            found.append(_("the table '{table}' belongs to a role that can log in").format(table=table))
        if table in (*CLASSIFIED, *DEPENDENT) and secured.get(table, (False, 0)) != (True, 1):
            found.append(_("the table '{table}' is no longer filtered by clearance").format(table=table))
        for trigger, what in (("pim_audit", _("audited")), ("pim_notify", _("announced"))):
            if (table, trigger) not in triggers:
                found.append(
                    _("the changes of the table '{table}' are no longer {what}").format(
                        table=table, what=what
                    )
                )
    return found
