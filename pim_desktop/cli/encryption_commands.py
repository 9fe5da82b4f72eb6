"""Encrypted operation files on the command line: the passphrase, and the commands encrypt, decrypt and
change-passphrase.

A passphrase is typed on the terminal (getpass: not shown, not kept in the shell's history), or read from
the environment for automation: PIM_DESKTOP_PASSPHRASE opens a file and is the passphrase `new --encrypt`,
`demo --encrypt` and `encrypt` set; PIM_DESKTOP_NEW_PASSPHRASE is the one `change-passphrase` sets. Never an
argument (other users of the machine see those), never stored.
"""

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pim_desktop.domain.errors import PimError, ValidationError, WrongPassphraseError

if TYPE_CHECKING:
    from pim_desktop.services.encryption import BackupsFollowed

PASSPHRASE_VARIABLE = "PIM_DESKTOP_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "PIM_DESKTOP_NEW_PASSPHRASE"
TRIES = 3


def _typed(prompt: str, variable: str, needed: str) -> str:
    """A passphrase typed on the terminal; without one (a script, a pipe) the variable must give it."""
    if not sys.stdin.isatty():
        raise PimError(
            f"{needed}: type it in a terminal, or give it in {variable} (see README, Command line)"
        )
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise PimError("no passphrase was given; nothing was changed") from None


def unlock_arguments(args: argparse.Namespace) -> None:
    """Before a command runs: the passphrase of each encrypted file it reads (its `unlock` arguments), and
    the password of each server."""
    from pim_desktop.cli.server_commands import ask_server_password
    from pim_desktop.services import encryption

    for name in getattr(args, "unlock", ()):
        path: Path | str | None = getattr(args, name)
        if isinstance(path, str):  # a server's address: its password instead
            ask_server_password(path)
            continue
        if path is None or not encryption.is_encrypted(path) or encryption.is_unlocked(path):
            continue
        given = os.environ.get(PASSPHRASE_VARIABLE)
        if given is not None:
            encryption.unlock(path, given)
            continue
        needed = f"{path.name} is encrypted, its passphrase is needed"
        if sys.stdin.isatty():
            print(f"{path.name} is encrypted.", file=sys.stderr)
        for attempt in range(1, TRIES + 1):
            try:
                encryption.unlock(path, _typed(f"Passphrase for {path.name}: ", PASSPHRASE_VARIABLE, needed))
                break
            except WrongPassphraseError as error:
                if attempt == TRIES:
                    raise
                print(error.message, file=sys.stderr)


def new_passphrase(path: Path, variable: str = PASSPHRASE_VARIABLE) -> str:
    """A passphrase to set, once told that a lost one cannot be recovered: from `variable`, or typed twice."""
    from pim_desktop.i18n import _
    from pim_desktop.services.encryption import LOST_PASSPHRASE, check_new_passphrase

    print(_(LOST_PASSPHRASE), file=sys.stderr)
    given = os.environ.get(variable)
    if given is not None:
        return given
    needed = f"a passphrase for {path.name} is needed"
    passphrase = _typed(f"New passphrase for {path.name}: ", variable, needed)
    check_new_passphrase(passphrase)
    if _typed("The same passphrase again: ", variable, needed) != passphrase:
        raise ValidationError("the two passphrases typed differ; nothing was changed")
    return passphrase


def _backups(followed: "BackupsFollowed") -> str:
    said = f" Its {followed.changed} backup(s) too." if followed.changed else ""
    if followed.removed:
        said += f" {followed.removed} damaged backup(s) could not be changed and were removed."
    return said


def command_encrypt(args: argparse.Namespace) -> int:
    from pim_desktop.services.encryption import encrypt, must_be_plain

    must_be_plain(args.file)  # before a passphrase is asked for nothing
    followed = encrypt(args.file, new_passphrase(args.file))
    print(f"Encrypted {args.file}: it opens with its passphrase only.{_backups(followed)}")
    return 0


def command_decrypt(args: argparse.Namespace) -> int:
    from pim_desktop.services.encryption import decrypt

    followed = decrypt(args.file)
    print(f"Decrypted {args.file}: it opens without a passphrase.{_backups(followed)}")
    return 0


def command_change_passphrase(args: argparse.Namespace) -> int:
    from pim_desktop.services.encryption import change_passphrase, must_be_encrypted

    must_be_encrypted(args.file)
    followed = change_passphrase(args.file, new_passphrase(args.file, NEW_PASSPHRASE_VARIABLE))
    print(f"Changed the passphrase of {args.file}.{_backups(followed)}")
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    for name, handler, help_text, unlock in (
        ("encrypt", command_encrypt, "encrypt the file with a passphrase (asked)", ()),
        ("decrypt", command_decrypt, "remove the file's encryption", ("file",)),
        (
            "change-passphrase",
            command_change_passphrase,
            "give the encrypted file a new passphrase",
            ("file",),
        ),
    ):
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(handler=handler, unlock=unlock)
        command.add_argument("file", type=Path, metavar="FILE.pim")
