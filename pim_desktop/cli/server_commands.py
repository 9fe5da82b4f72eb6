"""The shared server on the command line: `server init URL`, `server upgrade URL`, `server add-user URL NAME
--role --clearance`, and `publish FILE.pim URL`; and the password of a server address any command reads.

A password is never an argument: PGPASSWORD gives it (libpq reads it itself), or it is typed, unseen, on a
terminal. The password of a new user likewise: PIM_DESKTOP_USER_PASSWORD, or typed twice."""

import argparse
import getpass
import os
import sys
from pathlib import Path

from pim_desktop.domain.errors import PimError, ValidationError

USER_PASSWORD_VARIABLE = "PIM_DESKTOP_USER_PASSWORD"


def source_argument(text: str) -> Path | str:
    """An operation file, or a server's address kept as typed (a Path would fold its '//')."""
    from pim_desktop.storage.sources import is_server_url

    return text if is_server_url(text) else Path(text)


def ask_server_password(url: str) -> None:
    """Before a command reads a server: its password, typed, when PGPASSWORD does not give it. Without a
    terminal, the server's own ways are left to work (a ~/.pgpass file, a trusted local socket)."""
    from pim_desktop.storage.server import ServerAddress, has_password, remember_password

    address = ServerAddress.parse(url)
    if "PGPASSWORD" in os.environ or has_password(address) or not sys.stdin.isatty():
        return
    try:
        remember_password(address, getpass.getpass(f"Password of {address.user} on {address.shown}: "))
    except EOFError:
        raise PimError("no password was given; nothing was changed") from None


def _new_user_password(name: str) -> str:
    given = os.environ.get(USER_PASSWORD_VARIABLE)
    if given is not None:
        password = given
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Password for {name}: ")
        if getpass.getpass("The same password again: ") != password:
            raise ValidationError("the two passwords typed differ; nothing was changed")
    else:
        raise PimError(
            f"{name}'s password is needed: type it in a terminal, or give it in {USER_PASSWORD_VARIABLE}"
        )
    if len(password) < 12:
        raise ValidationError("a server password has 12 characters or more; nothing was changed")
    return password


def command_server_init(args: argparse.Namespace) -> int:
    from pim_desktop.services.server import prepare_server

    roles = prepare_server(args.url)
    print(
        f"Prepared {args.url}: roles {roles.reader}, {roles.editor} and {roles.admin} "
        f"(the tables belong to {roles.owner}, which nobody logs in as)."
    )
    return 0


def command_server_upgrade(args: argparse.Namespace) -> int:
    from pim_desktop.services.server import upgrade_server

    before, after, changed = upgrade_server(args.url)
    if not changed:
        print(f"{args.url} is up to date (schema {after}); nothing was changed.")
    elif before == after:
        print(f"Brought the audit of {args.url} up to date (schema {after}): each login reads its history.")
    else:
        print(f"Upgraded {args.url} from schema {before} to {after}: its policies and audit are in place.")
    return 0


def command_server_add_user(args: argparse.Namespace) -> int:
    from pim_desktop.domain.enums import Sensitivity
    from pim_desktop.services.server import add_server_user

    created = add_server_user(
        args.url, args.name, args.role, Sensitivity(args.clearance), _new_user_password(args.name)
    )
    done = "Added the login" if created else "The login was known already (its password is unchanged):"
    print(f"{done} {args.name}: {args.role}, cleared up to {args.clearance}.")
    return 0


def command_publish(args: argparse.Namespace) -> int:
    from pim_desktop.services.server import publish

    copied = publish(args.file, args.url)
    print(f"Published {args.file} to {args.url}: {sum(copied.values())} records in {len(copied)} tables.")
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    from pim_desktop.domain.enums import Sensitivity
    from pim_desktop.storage.sources import ROLES

    server = commands.add_parser("server", help="prepare a shared PostgreSQL server and its users")
    server_commands = server.add_subparsers(dest="server_command", metavar="COMMAND", required=True)
    init_help = "prepare an empty PostgreSQL database (schema, roles, policies, audit)"
    init = server_commands.add_parser("init", help=init_help, description=init_help)
    init.set_defaults(handler=command_server_init, unlock=("url",))
    init.add_argument("url", metavar="URL")
    upgrade_help = "bring a database prepared by an older version of PIM Desktop up to date"
    upgrade = server_commands.add_parser("upgrade", help=upgrade_help, description=upgrade_help)
    upgrade.set_defaults(handler=command_server_upgrade, unlock=("url",))
    upgrade.add_argument("url", metavar="URL")
    user_help = "add a login with a role and a clearance (its password asked, or PIM_DESKTOP_USER_PASSWORD)"
    user = server_commands.add_parser("add-user", help=user_help, description=user_help)
    user.set_defaults(handler=command_server_add_user, unlock=("url",))
    user.add_argument("url", metavar="URL")
    user.add_argument("name", metavar="NAME")
    user.add_argument("--role", required=True, choices=ROLES)
    user.add_argument(
        "--clearance",
        required=True,
        choices=[level.value for level in Sensitivity],
        metavar="LEVEL",
        help="the highest sensitivity the user sees (public ... strictly-confidential)",
    )
    publish_help = "copy an operation file's content into a prepared server database"
    published = commands.add_parser("publish", help=publish_help, description=publish_help)
    published.set_defaults(handler=command_publish, unlock=("file", "url"))
    published.add_argument("file", type=Path, metavar="FILE.pim")
    published.add_argument("url", metavar="URL")
