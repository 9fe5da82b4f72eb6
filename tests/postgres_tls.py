"""Certificates made at test time with the `openssl` command (OpenSSL 3, as on Debian 12): an authority, as
a team's administrator keeps one, and a server's certificate signed by it, for a server that accepts only TLS
from other machines (tests/postgres.py `running_server(..., tls=...)`). Elliptic-curve keys: made in a few
milliseconds."""

import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import require_tool
from tests.postgres import Certificate

_NEW_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-noenc", "-days", "2"]


@dataclass(frozen=True)
class Authority:
    certificate: Path  # what a client names in `sslrootcert`
    key: Path


def _openssl(*args: str | Path) -> None:
    result = subprocess.run([require_tool("openssl"), *map(str, args)], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"openssl {args[0]} failed: {result.stderr}")


def make_authority(folder: Path, name: str = "PIM Desktop test authority") -> Authority:
    folder.mkdir(parents=True, exist_ok=True)
    authority = Authority(folder / "ca.crt", folder / "ca.key")
    _openssl(
        "req", "-x509", *_NEW_KEY, "-keyout", authority.key, "-out", authority.certificate,
        "-subj", f"/CN={name}", "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    )  # fmt: skip
    return authority


def make_server_certificate(authority: Authority, folder: Path, host: str = "localhost") -> Certificate:
    """A server's certificate for `host` (its common name and its only subject alternative name)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = Certificate(folder / "server.crt", folder / "server.key")
    _openssl(
        "req", "-x509", *_NEW_KEY, "-keyout", made.key, "-out", made.certificate, "-subj", f"/CN={host}",
        "-CA", authority.certificate, "-CAkey", authority.key,
        "-addext", f"subjectAltName=DNS:{host}", "-addext", "basicConstraints=critical,CA:FALSE",
        "-addext", "extendedKeyUsage=serverAuth",
    )  # fmt: skip
    return made
