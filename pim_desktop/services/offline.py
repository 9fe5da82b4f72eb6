"""Offline copies of a shared operation, as the services see them: a new file holding what the login sees on
the server, with the same ids and record versions; the copy's record of where it came from and of its
records as they were then; and whether a file is an offline copy of an open operation. What the copy holds
as taken, in the JSON export's form, is made a layer up (exports/offline_copy.py), which writes the whole."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.validation import fold_key
from pim_desktop.i18n import _
from pim_desktop.services.encryption import new_key
from pim_desktop.services.file_access import CopyEncryption
from pim_desktop.services.operations import OpenOperation
from pim_desktop.storage import models, offline
from pim_desktop.storage.keys import Key
from pim_desktop.storage.server import ServerOperation, server_error


@dataclass(frozen=True)
class RecordVersions:
    """The version of each record a merge compares: organisations and systems by id, action plans by their
    title folded (as a merge matches them)."""

    organisations: dict[int, int]
    systems: dict[int, int]
    plans: dict[str, int]

    def as_json(self) -> dict[str, dict[str, int]]:
        return {
            "organisations": {str(k): v for k, v in self.organisations.items()},
            "systems": {str(k): v for k, v in self.systems.items()},
            "plans": dict(self.plans),
        }

    @classmethod
    def from_json(cls, stored: dict[str, dict[str, int]]) -> "RecordVersions":
        return cls(
            {int(k): v for k, v in stored["organisations"].items()},
            {int(k): v for k, v in stored["systems"].items()},
            dict(stored["plans"]),
        )


@dataclass(frozen=True)
class OfflineOrigin:
    """Where an offline copy came from: the server's address (as typed, without a password), the operation
    there (`identity_of`), who took it and when (UTC), and its records as they were then."""

    address: str
    identity: str
    login: str
    taken_at: datetime
    versions: RecordVersions
    base: dict[str, Any]  # the operation as taken, as the JSON export writes it


def _server(operation: OpenOperation) -> ServerOperation:
    if not isinstance(operation, ServerOperation):
        raise ValueError("only an operation on a shared server is taken offline")
    return operation


def copy_key(encryption: CopyEncryption | None) -> Key | None:
    """The key an offline copy is encrypted with: a passphrase of its own (a server has none to share)."""
    if encryption is None or not encryption.encrypted:
        return None
    if not encryption.passphrase:
        raise ValidationError(_("type a passphrase for the copy"))
    return new_key(encryption.passphrase)


@dataclass(frozen=True)
class ServerCopy:
    """What a copy was taken from: the server's address, the operation there, the login; and the rows
    copied by table."""

    address: str
    identity: str
    login: str
    copied: dict[str, int]


def copy_from_server(
    operation: OpenOperation, path: Path, key: Key | None, progress: Callable[[int, int], None] | None = None
) -> ServerCopy:
    """A new operation file at `path` with every record the login sees on the server, read at one moment,
    with the same ids and versions."""
    server = _server(operation)
    copied, identity = offline.copy_to_new_file(server, path, key, progress)
    return ServerCopy(server.where, identity, server.address.user, copied)


def identity_of(operation: OpenOperation) -> str | None:
    """What names the operation on its server, the same for every login (None for a file)."""
    if not isinstance(operation, ServerOperation):
        return None
    try:
        with operation.engine.connect() as connection:
            return offline.server_identity(connection)
    except DBAPIError as error:
        raise server_error(operation.address, error) from error


def record_versions(operation: OpenOperation) -> RecordVersions:
    """Each record's version as stored (on a server, of the records the login sees)."""
    with operation.session() as session:
        organisations = session.execute(select(models.Organisation.id, models.Organisation.row_version))
        systems = session.execute(select(models.InformationSystem.id, models.InformationSystem.row_version))
        plans = session.execute(select(models.ActionPlan.title, models.ActionPlan.row_version))
        return RecordVersions(
            {record_id: version for record_id, version in organisations},
            {record_id: version for record_id, version in systems},
            {fold_key(title): version for title, version in plans},
        )


def record_origin(copy: OpenOperation, origin: OfflineOrigin) -> None:
    """Write in the copy where it came from (in place of any earlier origin)."""
    offline.write_origin(
        copy,
        {
            "taken_at": origin.taken_at,
            "address": origin.address,
            "identity": origin.identity,
            "login": origin.login,
            "versions": json.dumps(origin.versions.as_json()),
            "base": json.dumps(origin.base, ensure_ascii=False),
        },
    )


def origin_of(operation: OpenOperation) -> OfflineOrigin | None:
    """Where a file taken offline came from; None for an operation that was not (or a server's)."""
    if operation.on_server:
        return None
    stored = offline.read_origin(operation)
    if stored is None:
        return None
    return OfflineOrigin(
        stored["address"],
        stored["identity"],
        stored["login"],
        stored["taken_at"],
        RecordVersions.from_json(json.loads(stored["versions"])),
        json.loads(stored["base"]),
    )
