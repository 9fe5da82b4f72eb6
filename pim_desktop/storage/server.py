"""An operation kept on a shared PostgreSQL server: the address a user types, the engine, and the open
operation, which the services use as they use an operation file.

The address is `postgresql://USER@HOST[:PORT]/DATABASE[?host=SOCKETDIR]`, never with a password in it (other
users of the machine see a command's arguments): the password comes from PGPASSWORD, which libpq reads
itself, or is asked and remembered here for the process. The driver is psycopg 3."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, make_url, select, text
from sqlalchemy.exc import ArgumentError, DBAPIError, NoResultFound
from sqlalchemy.orm import Session

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.domain.errors import CollidingSaveError, ServerError, ServerPermissionError
from pim_desktop.i18n import _
from pim_desktop.storage import models
from pim_desktop.storage.operation_file import OperationFile
from pim_desktop.storage.schema import head_version, revision_number, server_revision
from pim_desktop.storage.server_schema import roles_of

DRIVER = "postgresql+psycopg"
_passwords: dict[str, str] = {}  # by address, for this process only


@dataclass(frozen=True)
class ServerAddress:
    url: URL  # without a password

    @classmethod
    def parse(cls, text: str) -> "ServerAddress":
        try:
            url = make_url(text)
        except ArgumentError:
            raise ServerError(text, _("{address} is not a server address").format(address=text)) from None
        if url.password is not None or "password" in url.query:
            raise ServerError(
                text,
                _(
                    "a password is never given in the address (others can read a command's words): give it "
                    "in PGPASSWORD, or type it when asked"
                ),
            )
        if not url.database or not url.username:
            raise ServerError(
                text,
                _("{address} should name a user and a database: postgresql://USER@HOST/DATABASE").format(
                    address=text
                ),
            )
        return cls(url.set(drivername=DRIVER))

    @property
    def shown(self) -> str:
        """The address as the user typed it (SQLAlchemy's own rendering escapes a socket folder's slashes)."""
        url = self.url
        port = f":{url.port}" if url.port else ""
        query = "&".join(
            f"{key}={value if isinstance(value, str) else ','.join(value)}"
            for key, value in url.query.items()
        )
        return f"postgresql://{url.username}@{url.host or ''}{port}/{url.database}" + (
            f"?{query}" if query else ""
        )

    @property
    def database(self) -> str:
        return self.url.database or ""

    @property
    def user(self) -> str:
        return self.url.username or ""


def remember_password(address: ServerAddress, password: str) -> None:
    _passwords[address.shown] = password


def has_password(address: ServerAddress) -> bool:
    return address.shown in _passwords


def connection_parameters(address: ServerAddress) -> dict[str, Any]:
    """The address as psycopg's own connection's parameters (a listener's, outside SQLAlchemy)."""
    url = address.url
    parameters: dict[str, Any] = {
        "dbname": url.database,
        "user": url.username,
        "application_name": "pim-desktop",
    }
    if url.host:
        parameters["host"] = url.host
    if url.port:
        parameters["port"] = url.port
    for key, value in url.query.items():
        parameters[key] = value if isinstance(value, str) else value[-1]
    if address.shown in _passwords:
        parameters["password"] = _passwords[address.shown]
    return parameters


def server_engine(address: ServerAddress, *, read_only: bool = False) -> Engine:
    connect_args: dict[str, str] = {"application_name": "pim-desktop"}
    if address.shown in _passwords:
        connect_args["password"] = _passwords[address.shown]
    if read_only:  # the server itself refuses any write, whatever the program does
        connect_args["options"] = "-c default_transaction_read_only=on"
    # a connection kept in the pool is tried before use: after a server's restart a dead one is replaced
    # instead of failing the next reading or save
    return create_engine(
        address.url, connect_args=connect_args, pool_size=2, max_overflow=4, pool_pre_ping=True
    )


def server_error(address: ServerAddress, error: Exception) -> ServerError:
    """What the server said, in a line for the user: a refusal of its rules apart from a lost connection."""
    reason = error.orig if isinstance(error, DBAPIError) else error
    state = getattr(reason, "sqlstate", None) or ""
    detail = str(reason).strip().splitlines()[0] if str(reason).strip() else type(reason).__name__
    if state == "42501":  # insufficient privilege, row-level security included
        return ServerPermissionError(
            address.shown,
            _("{address} refused: {detail} (your role or clearance does not allow it)").format(
                address=address.shown, detail=detail
            ),
        )
    if state == "55P03":  # a lock not available at once: another's reordering of the same list
        return ServerError(
            address.shown,
            _("someone else is reordering the same list at this moment; nothing was changed: try again"),
        )
    if state == "25006":
        return ServerPermissionError(
            address.shown, _("{address} was opened for reading only").format(address=address.shown)
        )
    refusal = _tls_refusal(address, detail) if not state else None
    if refusal:
        return ServerError(address.shown, refusal)
    if state in ("40P01", "40001"):  # a deadlock broken, or a serializable transaction overtaken
        return CollidingSaveError(
            address.shown,
            _(
                "{address}: your change met another being saved at the same moment, and the server cancelled "
                "yours; nothing of it was saved: make it again"
            ).format(address=address.shown),
        )
    if state.startswith("08") or state == "28P01" or not state:
        return ServerError(
            address.shown,
            _("cannot reach {address}: {detail}").format(address=address.shown, detail=detail),
        )
    return ServerError(address.shown, _("{address}: {detail}").format(address=address.shown, detail=detail))


def _tls_refusal(address: ServerAddress, detail: str) -> str | None:
    """A connection refused for its encryption, in words a user can act on; None for any other failure.
    Only the first attempt's words count: with the default sslmode libpq tries again without TLS after a
    refusal (a wrong password), and the second refusal would hide the first."""
    if "pg_hba.conf rejects connection" in detail and detail.endswith("no encryption"):
        return _(
            "{address} refused an unencrypted connection: the server accepts only encrypted ones; end the "
            "address with ?sslmode=verify-full&sslrootcert=CA.crt, CA.crt being the certificate of the "
            "server's authority (its administrator gives it)"
        ).format(address=address.shown)
    if "certificate verify failed" in detail:
        return _(
            "cannot reach {address}: the server's certificate is not signed by the authority given in "
            "sslrootcert, or is out of date (your password was not sent)"
        ).format(address=address.shown)
    if "does not match host name" in detail:
        return _(
            "cannot reach {address}: the server's certificate is made for another name; use that name in "
            "the address ({detail})"
        ).format(address=address.shown, detail=detail.rsplit(" failed: ", 1)[-1])
    return None


class ServerOperation(OperationFile):
    """An operation on a server, opened: sessions as an operation file's, errors in the server's words. It
    has no file: no backups (the server's administrator keeps those), no lock file, no encryption key (the
    connection is encrypted by TLS)."""

    def __init__(
        self, address: ServerAddress, engine: Engine, *, read_only: bool, schema_version: int
    ) -> None:
        super().__init__(Path(address.database), engine, read_only=read_only, schema_version=schema_version)
        self.address = address

    on_server = True

    def who(self) -> str:
        """The login: what the server's audit names as who made each change (Preferences do not rename it)."""
        return self.address.user

    @property
    def where(self) -> str:
        return self.address.shown

    def _failure(self, error: Exception) -> Exception:
        return server_error(self.address, error)

    def may_change(self) -> bool:
        """An editor's or admin's login (or the server's superuser), on a connection open for writing."""
        if self.read_only:
            return False
        editor = roles_of(self.address.database).editor
        with self.session() as session:
            return bool(
                session.scalar(
                    text(
                        "SELECT rolsuper OR pg_has_role(session_user, :editor, 'MEMBER') FROM pg_roles "
                        "WHERE rolname = session_user"
                    ),
                    {"editor": editor},
                )
            )

    def clearance(self) -> Sensitivity | None:
        """The login's clearance, as the server's policies apply it; None for a login the policies do not
        bind (a superuser); public for one without a clearance, who sees no classified record at all."""
        with self.session() as session:
            bypass = session.scalar(
                text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = session_user")
            )
            if bypass:
                return None
            rank = session.scalar(text("SELECT pim_clearance_rank()"))
        levels = list(Sensitivity)
        return levels[rank - 1] if rank else levels[0]


def connect_checked(address: ServerAddress, engine: Engine) -> Connection:
    try:
        return engine.connect()
    except DBAPIError as error:
        engine.dispose()
        raise server_error(address, error) from error


def open_server(address: ServerAddress, *, read_only: bool = False, empty: bool = False) -> ServerOperation:
    """The operation of a prepared server database (by `server init`); one that holds no operation yet only
    when `empty` is asked (what `publish` fills)."""
    engine = server_engine(address, read_only=read_only)
    try:
        with connect_checked(address, engine) as connection:
            revision = server_revision(connection)
            holds = (
                revision is not None and connection.execute(select(models.Operation.id)).first() is not None
            )
    except DBAPIError as error:
        engine.dispose()
        raise server_error(address, error) from error
    number = None if revision is None else revision_number(revision)
    problem = None
    if number is None:
        problem = _("{address} is not prepared for PIM Desktop: run `pim-desktop server init` on it first")
    elif number > head_version():
        problem = _("{address} was prepared by a newer version of PIM Desktop; update PIM Desktop to use it")
    elif number < head_version():
        problem = _(
            "{address} was prepared by an older version of PIM Desktop: its administrator brings it up to "
            "date with `pim-desktop server upgrade`"
        )
    elif not holds and not empty:
        problem = _("{address} holds no operation yet: publish one with `pim-desktop publish FILE.pim URL`")
    elif holds and empty:
        problem = _("{address} already holds an operation; nothing was changed")
    if problem:
        engine.dispose()
        raise ServerError(address.shown, problem.format(address=address.shown))
    assert number is not None
    return ServerOperation(address, engine, read_only=read_only, schema_version=number)


@contextmanager
def administering(address: ServerAddress) -> Iterator[Session]:
    """One transaction on the server as the address's user (preparing it, adding users), in its words."""
    engine = server_engine(address)
    try:
        with Session(engine) as session, session.begin():
            yield session
    except DBAPIError as error:
        raise server_error(address, error) from error
    except NoResultFound as error:
        raise ServerError(address.shown, str(error)) from error
    finally:
        engine.dispose()
