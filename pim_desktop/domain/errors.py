"""The errors a user can meet, each with a message a protection officer understands.

The CLI prints `message` as one line and exits with `exit_code` (the contract in the README); the GUI shows it
in a dialog. Anything else that escapes is a bug. Messages are made in the program's language when the error
is raised (English for the CLI, which never sets another).
"""

import errno
from dataclasses import dataclass, field
from pathlib import Path

from pim_desktop.i18n import N_, _, ngettext

EXIT_REFUSED = 1  # the input was read but refused: nothing was written
EXIT_UNREADABLE = 2  # usage error, or a file that cannot be read or is not what it claims to be


def as_sentence(message: str) -> str:
    """A message shown on its own starts with a capital, unless it starts with a file's name, which is
    written as it is ("sample.pim could not be saved", not "Sample.pim")."""
    first_word = message.split(" ", 1)[0]
    if any(mark in first_word for mark in "./\\"):
        return message
    return message[:1].upper() + message[1:]


class PimError(Exception):
    """Base of every error meant for the user."""

    exit_code = EXIT_UNREADABLE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    @property
    def sentence(self) -> str:
        """The message as a sentence on its own, for a dialog (the CLI prints it after "error: ")."""
        return as_sentence(self.message)


DISK_FULL = N_("the disk is full")  # words only: whether a disk is full is asked of is_disk_full()
_DISK_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def is_disk_full(error: BaseException) -> bool:
    """Whether a write failed for lack of space: the operating system's ENOSPC, or SQLite's "database or disk
    is full". Asked of the error itself, not of words that change with the language."""
    return getattr(error, "errno", None) in _DISK_FULL_ERRNOS or "disk is full" in str(error)


def write_failure(error: BaseException) -> str:
    """Why a write failed, in words: a full disk is said the same way, in the program's language, whichever
    part of the program met it; anything else in the operating system's own words."""
    if is_disk_full(error):
        return _(DISK_FULL)
    return getattr(error, "strerror", None) or str(error)


class NoSpaceError(PimError):
    """A write refused for lack of space: the change was not made, and what was saved before is intact."""

    def __init__(self, name: str) -> None:
        super().__init__(
            _(
                "{name} could not be saved: the disk is full. The change was not made; what was saved before "
                "it is intact. Free some space and try again."
            ).format(name=name)
        )


class ValidationError(PimError):
    """Input that was read but breaks a rule: nothing was written."""

    exit_code = EXIT_REFUSED

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]


class OperationFileError(PimError):
    """An operation file that cannot be used as asked."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class TargetFileError(PimError):
    """A file the program was asked to write (an export, a copy) that cannot be written there. `reason`
    says why in a few words ("the disk is full"), for a message that has its own sentence; `disk_full` says
    whether space ran out, whatever the language of the words."""

    def __init__(self, message: str, reason: str = "", *, disk_full: bool = False) -> None:
        super().__init__(message)
        self.reason = reason or message
        self.disk_full = disk_full

    @classmethod
    def writing(cls, target: Path, error: BaseException) -> "TargetFileError":
        """`target` could not be written: `error` says why."""
        reason = write_failure(error)
        message = _("cannot write {target}: {reason}").format(target=target, reason=reason)
        return cls(message, reason, disk_full=is_disk_full(error))


class SafetyCopyError(OperationFileError):
    """A backup or an undo copy that could not be written (`failure` says why): the change it was to precede
    was not made."""

    def __init__(self, path: Path, what_failed: str, failure: TargetFileError) -> None:
        if failure.disk_full:
            message = _("{what_failed} ({reason}), so nothing was changed. Free some space and try again.")
        else:
            message = _("{what_failed} ({reason}), so nothing was changed")
        super().__init__(path, message.format(what_failed=what_failed, reason=failure.reason))
        self.reason = failure.reason


class FileMissingError(OperationFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, _("there is no file at {path}").format(path=path))


class FileExistsAlreadyError(OperationFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path, _("{path} already exists; choose another file name or delete it first").format(path=path)
        )


class NotAnOperationFileError(OperationFileError):
    """Empty files, text files, other programs' databases: anything that is not ours."""


class DamagedFileError(OperationFileError):
    """Our file, but cut short or corrupted."""


class PassphraseNeededError(OperationFileError):
    """An encrypted file (or one that looks it) asked for before its passphrase was given."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path, _("{name} is encrypted: its passphrase is needed to open it").format(name=path.name)
        )


class WrongPassphraseError(OperationFileError):
    """A passphrase that does not open the file. Without the right key an encrypted file is random bytes, so
    a file that only looks encrypted (not ours at all) gets the same answer: the words stay true for both."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, _("the passphrase does not open {name}").format(name=path.name))


class NewerVersionError(OperationFileError):
    def __init__(self, path: Path, found: str, supported: str) -> None:
        super().__init__(
            path,
            _(
                "{name} was written by a newer version of PIM Desktop (file schema {found}; this version "
                "reads up to schema {supported}). Update PIM Desktop to open it; the file was not changed."
            ).format(name=path.name, found=found, supported=supported),
        )


class ReadOnlyFileError(OperationFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _(
                "{path} cannot be changed: the file or its folder is read-only. Save a copy somewhere you "
                "can write to, or ask for write access."
            ).format(path=path),
        )


class ServerError(PimError):
    """A shared server that cannot be used as asked: unreachable, not prepared, or refusing."""

    def __init__(self, address: str, message: str) -> None:
        super().__init__(message)
        self.address = address


class ServerPermissionError(ServerError):
    """What the server refused by its rules (a role that may not write, a record above one's clearance):
    nothing was written."""

    exit_code = EXIT_REFUSED


class CollidingSaveError(ServerError):
    """A change the server cancelled because it met another being saved at the same moment, each waiting for
    rows the other had written (a deadlock, which the server breaks by cancelling one): nothing of it was
    written, and making it again is safe. The services make an edit again themselves; what still collides
    is said."""

    exit_code = EXIT_REFUSED


@dataclass(frozen=True)
class FieldChange:
    """A field someone else changed: its label, the value the user started from, and the value saved since."""

    label: str
    was: object
    now: object
    name: str = field(default="", compare=False)  # the field's own name (a detail's attribute), to merge by


class StaleRecordError(ValidationError):
    """A save refused because the record was saved by someone else since the user read it (a shared server):
    `changes` says what they changed, field by field; None when the record was deleted or is no longer
    visible to the user (raised above their clearance). Nothing was saved: the user looks at the record as it
    is now and makes their change again."""

    def __init__(self, name: str, changes: list[FieldChange] | None) -> None:
        if changes is None:
            message = _("{name} was deleted, or is no longer visible to you; your change was not saved")
        elif changes:
            message = _(
                "{name} was changed by someone else since you opened it ({fields}); your change was not saved"
            )
        else:
            message = _("{name} was saved by someone else since you opened it; your change was not saved")
        labels = ", ".join(change.label for change in changes or ())
        super().__init__(message.format(name=name, fields=labels))
        self.changes = changes


class OvertakenRecordError(StaleRecordError):
    """The database's own refusal of a save whose record's version was overtaken meanwhile, given by the
    session, which cannot name the record: a service that can says which, and what changed."""

    def __init__(self) -> None:
        super().__init__(_("a record"), [])


class ChangedSinceError(ValidationError):
    """What an undo or redo would put back was changed by someone else since: `records` of them. The undo
    step turns it into an UndoOvertakenError, which names the step."""

    def __init__(self, records: int) -> None:
        super().__init__(
            ngettext(
                "a record was changed by someone else since; nothing was changed",
                "{count} records were changed by someone else since; nothing was changed",
                records,
            ).format(count=records)
        )
        self.records = records


class UndoOvertakenError(ValidationError):
    """An undo or redo refused because what it would put back was changed by someone else since (a shared
    server): putting it back would overwrite their change in silence. Nothing was changed."""

    def __init__(self, step: str, *, undoing: bool, records: int = 1) -> None:
        if undoing:
            message = ngettext(
                "“{step}” cannot be undone: someone else changed the record since, and undoing would "
                "overwrite their change; nothing was changed",
                "“{step}” cannot be undone: someone else changed {count} of its records since, and undoing "
                "would overwrite their changes; nothing was changed",
                records,
            )
        else:
            message = ngettext(
                "“{step}” cannot be redone: someone else changed the record since, and redoing would "
                "overwrite their change; nothing was changed",
                "“{step}” cannot be redone: someone else changed {count} of its records since, and redoing "
                "would overwrite their changes; nothing was changed",
                records,
            )
        super().__init__(message.format(step=step, count=records))
        self.records = records


class LockedRowError(ValidationError):
    """An edit of the Definition or Output row, which PIM guidance keeps fixed."""

    def __init__(self, row_label: str) -> None:
        super().__init__(
            _(
                "the {row} row cannot be changed: the Definition and Output rows are what distinguish the "
                "PIM categories from each other (PIM guidance)"
            ).format(row=row_label)
        )


class NotFoundError(ValidationError):
    """A record that is no longer there (deleted in another window, or by an undo)."""


class OrganisationInUseError(ValidationError):
    """Deleting an organisation that still runs systems: the caller asks the user first."""

    def __init__(self, name: str, system_names: list[str]) -> None:
        shown = ", ".join(system_names[:5]) + (" …" if len(system_names) > 5 else "")
        super().__init__(
            ngettext(
                "{name} still runs {count} system: {shown}. Deleting it removes it from the system; the "
                "system itself stays.",
                "{name} still runs {count} systems: {shown}. Deleting it removes it from them; the systems "
                "themselves stay.",
                len(system_names),
            ).format(name=name, count=len(system_names), shown=shown)
        )
        self.system_names = system_names
