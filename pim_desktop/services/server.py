"""The shared server's use cases: preparing a database, adding a user with a role and a clearance, and
publishing an operation file into it. Opening an operation on a server is `operations.open_operation`."""

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.domain.errors import ServerError, ValidationError
from pim_desktop.i18n import _
from pim_desktop.services.operations import OpenOperation
from pim_desktop.storage import server_audit, server_schema
from pim_desktop.storage.operation_file import open_operation_file
from pim_desktop.storage.schema import head_version, revision_number, server_revision
from pim_desktop.storage.server import ServerAddress, ServerOperation, administering, open_server
from pim_desktop.storage.server_listener import Change, ChangeListener
from pim_desktop.storage.server_publish import copy_tables

ROLES = server_schema.ROLES
_LONGEST_DATABASE_NAME = 50  # the roles are named after it, and PostgreSQL cuts names at 63 bytes


def prepare_server(url: str) -> server_schema.Roles:
    """Build the operation's tables, roles, policies and audit in an empty database. The address's user
    must be allowed to create roles (a superuser, or the database's owner with CREATEROLE)."""
    address = ServerAddress.parse(url)
    if len(address.database.encode()) > _LONGEST_DATABASE_NAME:
        raise ServerError(url, _("the database's name is too long (50 characters at most)"))
    with administering(address) as session:
        connection = session.connection()
        present = connection.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar_one()
        if present:
            raise ServerError(
                address.shown,
                _("{address} is prepared already; nothing was changed").format(address=address.shown),
            )
        return server_schema.prepare(connection, address.database)


def upgrade_server(url: str) -> tuple[int, int, bool]:
    """Bring a database prepared by an older version up to date (the address's user as for `prepare`):
    returns the schema versions before and after, and whether anything was changed (an audit older than
    this version's is brought up to date at the same schema version)."""
    address = ServerAddress.parse(url)
    with administering(address) as session:
        connection = session.connection()
        revision = (
            server_revision(connection)
            if connection.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar_one()
            else None
        )
        before = None if revision is None else revision_number(revision)
        if before is None:
            raise ServerError(
                address.shown,
                _(
                    "{address} is not prepared for PIM Desktop: run `pim-desktop server init` on it first"
                ).format(address=address.shown),
            )
        if before > head_version():
            raise ServerError(
                address.shown,
                _(
                    "{address} was prepared by a newer version of PIM Desktop; update PIM Desktop to use it"
                ).format(address=address.shown),
            )
        changed = before < head_version() or server_audit.missing(connection)
        if changed:
            server_schema.upgrade(connection, address.database)
        return before, head_version(), changed


def add_server_user(url: str, name: str, role: str, clearance: Sensitivity, password: str) -> bool:
    """A login `name` on the operation with `role` (reader, editor or admin) and `clearance`; returns whether
    the login was new (a known one keeps its password)."""
    if role not in ROLES:
        raise ValidationError(_("the role is one of reader, editor, admin"))
    if not name.strip() or name != name.strip():
        raise ValidationError(_("a user's name cannot be empty or start or end with spaces"))
    address = ServerAddress.parse(url)
    with administering(address) as session:
        return server_schema.add_user(session.connection(), address.database, name, role, clearance, password)


def listen_for_changes(
    operation: OpenOperation,
    on_change: Callable[[Change], None],
    on_reconnected: Callable[[], None],
    on_lost: Callable[[], None] = lambda: None,
) -> ChangeListener:
    """Other users' changes to the operation on a server as they are committed, and the moments the
    connection is lost and made again (see ChangeListener), until the listener is stopped."""
    if not isinstance(operation, ServerOperation):
        raise ValueError("only an operation on a server announces its changes")
    return ChangeListener(operation.address, on_change, on_reconnected, on_lost).start()


def publish(path: Path, url: str) -> dict[str, int]:
    """Every record of the operation file copied into the server's prepared, empty database, in one
    transaction; the file is only read. Returns how many rows of each table."""
    address = ServerAddress.parse(url)
    with open_operation_file(Path(path), read_only=True) as source:
        target = open_server(address, empty=True)
        try:
            with source.engine.connect() as reading, target.session() as session:
                return copy_tables(reading, session.connection())
        finally:
            target.close()
