"""The command line's words: every command, its arguments and options. The names are a contract (README,
"Command line"): extend them, never rename."""

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from pim_desktop import __version__
from pim_desktop.cli import encryption_commands, server_commands
from pim_desktop.cli.exchange_commands import command_export, command_import, command_merge
from pim_desktop.cli.operation_commands import (
    command_check,
    command_demo,
    command_info,
    command_milestone,
    command_new,
)
from pim_desktop.cli.server_commands import source_argument
from pim_desktop.domain.errors import EXIT_UNREADABLE

PROG = "pim-desktop"
# The first word that makes a command line headless. Known without building the parser, which loads the
# exports' names: `pim-desktop FILE.pim` paints its window sooner (a test keeps this in step with the parser)
COMMAND_NAMES = frozenset(
    (
        "new", "demo", "info", "check", "export", "import", "merge", "milestone",
        "encrypt", "decrypt", "change-passphrase", "server", "publish",
    )
)  # fmt: skip


class _Parser(argparse.ArgumentParser):
    """A usage error in one line, as every other error (a wrong --kind, a missing file name)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_UNREADABLE, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


def _add_command(
    commands: argparse._SubParsersAction,
    name: str,
    handler: Callable[[argparse.Namespace], int],
    help_text: str,
    unlock: tuple[str, ...] = ("file",),
) -> argparse.ArgumentParser:
    """A command; `unlock` names its arguments that are operation files to read (their passphrases are asked
    before it runs, encryption_commands.unlock_arguments)."""
    command = commands.add_parser(name, help=help_text, description=help_text)
    command.set_defaults(handler=handler, unlock=unlock)
    return command


def build_parser() -> tuple[argparse.ArgumentParser, set[str]]:
    """The headless commands' parser, and the names of its commands."""
    parser = _Parser(
        prog=PROG,
        description="Build, customise and map the PIM Matrix for a humanitarian operation. "
        "With no command, opens the window (on FILE.pim if given).",
        epilog=f"Without a command: {PROG} [FILE.pim] opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the full details of an unexpected error")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = _add_command(commands, "new", command_new, "create an operation with the standard PIM Matrix", ())
    new.add_argument("file", type=Path, metavar="FILE.pim")
    new.add_argument("--name", required=True, help="the operation's name, e.g. 'Lebanon'")
    new.add_argument("--country", help="ISO 3166 three-letter country code, e.g. LBN")
    new.add_argument("--description", default="", help="a sentence on the operation")

    demo = _add_command(commands, "demo", command_demo, "write the sample operation", ())
    demo.add_argument("file", type=Path, metavar="FILE.pim")
    encrypt_help = "encrypt the file with a passphrase (asked, or PIM_DESKTOP_PASSPHRASE)"
    for creating in (new, demo):
        creating.add_argument("--encrypt", action="store_true", help=encrypt_help)

    info = _add_command(commands, "info", command_info, "what the file holds")
    info.add_argument("file", type=source_argument, metavar="SOURCE")
    info.add_argument("--json", action="store_true", help="print one JSON object")

    check = _add_command(commands, "check", command_check, "integrity and schema check; says what is wrong")
    check.add_argument("file", type=source_argument, metavar="SOURCE")

    from pim_desktop.domain.enums import Sensitivity
    from pim_desktop.exports.run import FORMATS
    from pim_desktop.exports.views import VIEWS

    export = _add_command(commands, "export", command_export, "export a view to xlsx, pdf, csv or json")
    export.add_argument("file", type=source_argument, metavar="SOURCE")
    export.add_argument("--view", required=True, choices=VIEWS)
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="OUT", help="the file to write")
    export.add_argument(
        "--max-sensitivity",
        choices=[level.value for level in Sensitivity],
        metavar="LEVEL",
        help="leave out what is classified above LEVEL (public ... strictly-confidential)",
    )
    export.add_argument(
        "--no-contacts", action="store_true", help="leave out people's names, e-mails and phones"
    )
    export.add_argument(
        "--hxl",
        action="store_true",
        help="data sheets for machines: the stable column keys, then a row of HXL tags (as import reads)",
    )
    export.add_argument(
        "--lang", default="en", metavar="CODE", help="the language of the export: en (English), fr, ar"
    )
    export.add_argument(
        "--since",
        metavar="MILESTONE",
        help="the changes view: what changed since this milestone (default: the latest one)",
    )

    imported = _add_command(
        commands,
        "import",
        command_import,
        "import organisations, systems or action items from xlsx or csv",
    )
    imported.add_argument("file", type=source_argument, metavar="SOURCE")
    imported.add_argument("source", type=Path, metavar="SOURCE")
    imported.add_argument(
        "--kind", default="auto", choices=["organisations", "systems", "action-items", "operation", "auto"]
    )
    imported.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first recognised)")
    imported.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
    imported.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows and leave out those with errors"
    )
    imported.add_argument(
        "--category", metavar="CATEGORY", help="the PIM category of systems whose row gives none"
    )
    imported.add_argument(
        "--report", type=Path, metavar="REPORT.csv", help="write every row's outcome to a CSV file"
    )
    imported.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="HEADING=FIELD",
        help="say which field a column fills (by heading, letter or number); HEADING= reads it not",
    )
    imported.add_argument(
        "--value",
        action="append",
        default=[],
        metavar="FIELD:TEXT=CODE",
        help='read a word the program does not know as one of its codes: "type:ONG Int=international-ngo"',
    )

    merge_help = "merge a colleague's operation file into this one"
    merge = _add_command(commands, "merge", command_merge, merge_help, ("file", "other"))
    merge.add_argument("file", type=source_argument, metavar="SOURCE")
    merge.add_argument("other", type=source_argument, metavar="OTHER")
    merge.add_argument("--dry-run", action="store_true", help="show what would be merged; write nothing")
    merge.add_argument(
        "--prefer",
        choices=["mine", "theirs"],
        help="on differences, keep mine (default) or take theirs; of an offline copy of this operation, only "
        "where both sides changed a field (then one of them is needed)",
    )

    milestone_help = "mark this moment of the operation, to compare with later (--view changes --since)"
    milestone = _add_command(commands, "milestone", command_milestone, milestone_help)
    milestone.add_argument("file", type=source_argument, metavar="SOURCE")
    milestone.add_argument("name", metavar="NAME", help="e.g. 'Before the March workshop'")
    encryption_commands.add_commands(commands)
    server_commands.add_commands(commands)
    return parser, set(commands.choices)


def gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Open the PIM Desktop window.")
    parser.add_argument("--debug", action="store_true", help="show the full details of an unexpected error")
    parser.add_argument("file", type=Path, nargs="?", metavar="FILE.pim", help="the operation to open")
    parser.add_argument(
        "--lang", metavar="CODE", help="the window's language this time: en, fr or ar (else Preferences')"
    )
    parser.set_defaults(handler=command_gui)
    return parser


def command_gui(args: argparse.Namespace) -> int:
    from pim_desktop.domain.validation import normalise_language
    from pim_desktop.gui.launch import launch_gui  # Qt only when a window is wanted

    return launch_gui(args.file, normalise_language(args.lang) if args.lang else None)
