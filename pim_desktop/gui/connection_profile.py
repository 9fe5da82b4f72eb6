"""What File > Open Shared Operation asks, as a profile: the server (a host, or the folder of its local
socket), port, database, user and encryption; made into the address the services open and read back from one
pasted whole. A profile never holds a password: it is shown, remembered in the settings and used as the key
of the keyring, and an address with a password in it is refused, as the command line refuses it.

postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE[&sslrootcert=FILE] over the network;
postgresql://USER@/DATABASE?host=FOLDER&port=PORT on the server's own machine, where libpq never encrypts
(nothing leaves the computer) and ignores sslmode, so the address carries none."""

from dataclasses import dataclass
from pathlib import PureWindowsPath
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from pim_desktop.domain.errors import ValidationError
from pim_desktop.gui.i18n import translate

PREFER, REQUIRE, VERIFY_FULL = "prefer", "require", "verify-full"  # libpq's sslmode values offered
TLS_MODES = (PREFER, REQUIRE, VERIFY_FULL)
DEFAULT_PORT = 5432
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
_OWN_KEYS = ("host", "port", "sslmode", "sslrootcert")  # the settings the fields hold; others pass through


@dataclass(frozen=True)
class ConnectionProfile:
    host: str = ""  # a server's name or address, or the folder of its socket on this machine
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    tls: str = PREFER
    root_certificate: str = ""  # the authority's certificate that verify-full checks the server's against
    extra: tuple[tuple[str, str], ...] = ()  # other settings of a pasted address (channel_binding=require)

    @property
    def on_socket(self) -> bool:
        """A folder, not a host name: libpq takes an absolute path for the folder of a Unix socket."""
        return self.host.startswith("/") or PureWindowsPath(self.host).is_absolute()

    @property
    def login(self) -> str:
        """Whose password it is: the user on the server (a server's logins serve all its databases). The
        keyring keeps the password under this name, never the address's query."""
        return f"{self.user}@{self.host}:{self.port}"

    def address(self) -> str:
        query: list[tuple[str, str]] = []
        if self.on_socket:
            server = ""
            query += [("host", self.host), ("port", str(self.port))]
        else:
            host = f"[{self.host}]" if ":" in self.host else self.host  # an IPv6 address
            server = f"{quote(host, safe='[]:')}:{self.port}"
            query.append(("sslmode", self.tls))
            if self.tls == VERIFY_FULL and self.root_certificate:
                query.append(("sslrootcert", self.root_certificate))
        query += self.extra
        text = f"postgresql://{quote(self.user, safe='')}@{server}/{quote(self.database, safe='')}"
        if query:
            text += "?" + "&".join(f"{key}={quote(value, safe='/:,')}" for key, value in query)
        return text

    def problem(self) -> str | None:
        """What is missing for the server to be asked, in words for the dialog; None when nothing is."""
        if not self.host:
            return translate("SharedOperation", "type the server's name, or the folder of its socket")
        if not self.database:
            return translate("SharedOperation", "type the database of the operation")
        if not self.user:
            return translate("SharedOperation", "type your user name on the server")
        if self.tls == VERIFY_FULL and not self.on_socket and not self.root_certificate:
            return translate(
                "SharedOperation",
                "choose the root certificate, the certificate of the authority that signed the server's "
                "(its administrator gives it)",
            )
        return None


def parse_address(text: str) -> ConnectionProfile:
    """The profile of an address pasted whole; ValidationError, in words, when it is not one."""
    text = text.strip()
    not_one = ValidationError(
        translate(
            "SharedOperation", "{address} is not a server address: postgresql://USER@HOST:PORT/DATABASE"
        ).format(address=text)
    )
    try:
        parts = urlsplit(text)
        port_in_server = parts.port
    except ValueError:
        raise not_one from None
    if parts.scheme.lower() not in SCHEMES or not parts.netloc:
        raise not_one
    settings = parse_qsl(parts.query, keep_blank_values=True)
    if parts.password is not None or any(key == "password" for key, _value in settings):
        raise ValidationError(
            translate(
                "SharedOperation",
                "a password is never part of the address (others could read it): type it in its own box",
            )
        )
    own = {key: value for key, value in settings if key in _OWN_KEYS}
    tls = own.get("sslmode", PREFER)
    if tls not in TLS_MODES:
        raise ValidationError(
            translate(
                "SharedOperation",
                "the address asks for sslmode={mode}, which is not offered here: use prefer, require or "
                "verify-full",
            ).format(mode=tls)
        )
    port_text = own.get("port", "")
    if port_text and not port_text.isdigit():
        raise not_one
    return ConnectionProfile(
        host=own.get("host") or unquote(parts.hostname or ""),
        port=int(port_text) if port_text else port_in_server or DEFAULT_PORT,
        database=unquote(parts.path.removeprefix("/")),
        user=unquote(parts.username or ""),
        tls=tls,
        root_certificate=own.get("sslrootcert", ""),
        extra=tuple((key, value) for key, value in settings if key not in _OWN_KEYS),
    )
