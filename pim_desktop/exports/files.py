"""Writing an export so that the target path holds either the whole document or what was there before:
the writer fills a temporary file beside it, which replaces the target only when complete."""

import contextlib
import glob
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pim_desktop.domain.errors import TargetFileError, write_failure
from pim_desktop.i18n import _

ABANDONED_AFTER = 3600  # seconds


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    folder = target.parent if str(target.parent) else Path()
    if not folder.is_dir():
        raise TargetFileError(_("the folder {folder} does not exist").format(folder=folder))
    _remove_abandoned(folder, target.name)
    try:
        handle, temporary_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    except OSError as error:
        reason = write_failure(error)
        raise TargetFileError(
            _("cannot write in {folder}: {reason}").format(folder=folder, reason=reason)
        ) from error
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        write(temporary)
        temporary.chmod(0o666 & ~_umask())  # mkstemp makes it private; an export is an ordinary file
        temporary.replace(target)
    except OSError as error:
        reason = write_failure(error)
        raise TargetFileError(
            _("cannot write {target}: {reason}").format(target=target, reason=reason)
        ) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _remove_abandoned(folder: Path, name: str) -> None:
    """Temporary files of an earlier export to the same name that never finished (the program was killed):
    an hour old, no export is still writing them."""
    too_old = time.time() - ABANDONED_AFTER
    for partial in folder.glob(f".{glob.escape(name)}.*.partial"):
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < too_old:
                partial.unlink()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
