"""File > Take a Copy Offline: what a login sees of a shared operation, written into a new operation file to
work on where there is no server, with where it came from and its records as they were then, so that File >
Merge brings it back to the server telling the copy's changes from the server's (imports/offline_merge.py).

The copy keeps the server's ids and record versions; it holds what the login's clearance lets them read and
nothing else (the server filters). It is written beside its target and takes the target's name only once
whole: a failure or a Cancel leaves no half copy."""

import uuid
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, date, datetime
from pathlib import Path

from pim_desktop.domain.errors import TargetFileError
from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.json_export import operation_json
from pim_desktop.services.file_access import CopyEncryption
from pim_desktop.services.offline import (
    OfflineOrigin,
    copy_from_server,
    copy_key,
    record_origin,
    record_versions,
)
from pim_desktop.services.operations import OpenOperation, open_operation


class _CancelledError(Exception):
    pass


def take_offline(
    operation: OpenOperation,
    target: Path,
    encryption: CopyEncryption | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, int] | None:
    """Write the offline copy of the operation on a server at `target` (encrypted as `encryption` says).
    Returns the rows copied by table; None when `cancelled()` said so on the way (nothing written)."""
    key = copy_key(encryption)
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")

    def advance(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise _CancelledError
        if progress is not None:
            progress(done, total)

    try:
        taken = copy_from_server(operation, partial, key, advance)
        with open_operation(partial) as copy:
            base = operation_json(copy, ExportOptions(), date.today())
            now = datetime.now(UTC).replace(tzinfo=None)
            versions = record_versions(copy)
            record_origin(
                copy, OfflineOrigin(taken.address, taken.identity, taken.login, now, versions, base)
            )
        partial.replace(target)
    except _CancelledError:
        return None
    except OSError as error:
        raise TargetFileError.writing(target, error) from error
    finally:
        with suppress(OSError):
            partial.unlink()
    return taken.copied
