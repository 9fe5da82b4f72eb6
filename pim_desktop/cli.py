"""The one entry point: no sub-command opens the window; a sub-command works headless.

The names, options and exit codes here are a contract (README, "Command line"): extend them, never rename.
"""

import argparse
import json
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from pim_desktop import __version__
from pim_desktop.domain.errors import EXIT_REFUSED, EXIT_UNREADABLE, PimError

if TYPE_CHECKING:
    from pim_desktop.imports.plan import ImportSettings
    from pim_desktop.storage.operation_file import OperationFile

PROG = "pim-desktop"


def _command_new(args: argparse.Namespace) -> int:
    from pim_desktop.services.operations import create_operation

    create_operation(args.file, name=args.name, country=args.country, description=args.description)
    print(f"Created {args.file} with the standard PIM Matrix.")
    return 0


def _command_demo(args: argparse.Namespace) -> int:
    from pim_desktop.services.demo import write_sample_operation

    write_sample_operation(args.file)
    print(f"Wrote the sample operation to {args.file}.")
    return 0


def _command_info(args: argparse.Namespace) -> int:
    from pim_desktop.domain.validation import country_name
    from pim_desktop.services.operations import open_operation, operation_info

    with open_operation(args.file, read_only=True) as operation_file:
        info = operation_info(operation_file)
    counts = info.counts
    if args.json:
        document = {
            "file": str(args.file),
            "name": info.name,
            "country": info.country,
            "description": info.description,
            "default_sensitivity": info.default_sensitivity.value,
            "schema_version": info.schema_version,
            "standard_matrix_version": info.standard_matrix_version,
            "created_at": info.created_at.isoformat(timespec="seconds"),
            "updated_at": info.updated_at.isoformat(timespec="seconds"),
            "counts": {
                "categories": counts.categories,
                "matrix_rows": counts.matrix_rows,
                "custom_rows": counts.custom_rows,
                "matrix_entries": counts.matrix_entries,
                "changed_entries": counts.changed_entries,
                "organisations": counts.organisations,
                "systems": counts.systems,
                "action_plans": counts.action_plans,
                "action_items": counts.action_items,
                "process_steps": counts.process_steps,
                "principle_reviews": counts.principle_reviews,
            },
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    country = f"{country_name(info.country)} ({info.country})" if info.country else "not set"
    lines = [
        f"Operation:          {info.name}",
        f"Country:            {country}",
        f"File:               {args.file}",
        f"Schema version:     {info.schema_version} (standard matrix {info.standard_matrix_version})",
        f"Sensitivity:        {info.default_sensitivity.value} (default)",
        f"Categories:         {counts.categories}",
        f"Matrix rows:        {counts.matrix_rows} ({counts.custom_rows} of the operation's own)",
        f"Matrix entries:     {counts.matrix_entries} ({counts.changed_entries} differ from the standard)",
        f"Organisations:      {counts.organisations}",
        f"Systems:            {counts.systems}",
        f"Action plans:       {counts.action_plans} ({counts.action_items} action items)",
        f"Principle reviews:  {counts.principle_reviews}",
        f"Last changed:       {info.updated_at:%Y-%m-%d %H:%M} UTC",
    ]
    print("\n".join(lines))
    return 0


def _command_check(args: argparse.Namespace) -> int:
    from pim_desktop.services.operations import check_operation

    report = check_operation(args.file)
    if report.ok:
        print(f"{args.file}: OK ({report.checks_run} groups of checks passed)")
        return 0
    print(f"{args.file}: {len(report.problems)} problem(s) found")
    for problem in report.problems:
        print(f"- {problem}")
    return EXIT_REFUSED


def _command_export(args: argparse.Namespace) -> int:
    from pim_desktop.domain.enums import Sensitivity
    from pim_desktop.domain.validation import normalise_language
    from pim_desktop.exports.document import ExportOptions
    from pim_desktop.exports.run import export
    from pim_desktop.services.operations import open_operation

    options = ExportOptions(
        max_sensitivity=Sensitivity(args.max_sensitivity) if args.max_sensitivity else None,
        contacts=not args.no_contacts,
        language=normalise_language(args.lang),
    )
    with open_operation(args.file, read_only=True) as operation_file:
        document = export(operation_file, args.view, args.format, args.output, options)
    parts = (
        "the whole operation" if args.format == "json" else ", ".join(part.title for part in document.parts)
    )
    print(f"Exported {parts} to {args.output} ({document.sensitivity.value}).")
    for what in document.left_out:
        print(f"Left out: {what}.")
    return 0


@contextmanager
def _changing(path: Path, *, dry_run: bool = False) -> Iterator["OperationFile"]:
    """The operation file opened for a change, unless someone has it open for editing in a window; a dry
    run only reads it."""
    from pim_desktop.services.operations import open_operation
    from pim_desktop.storage import locks

    if dry_run:
        with open_operation(path, read_only=True) as operation_file:
            yield operation_file
        return
    with locks.editing(path), open_operation(path) as operation_file:
        yield operation_file


def _import_operation(args: argparse.Namespace) -> int:
    from pim_desktop.imports.operation_json import import_operation, read_operation_json
    from pim_desktop.imports.reading import UnreadableSourceError

    if args.source.is_file() and args.source.read_bytes()[:2] == b"PK":
        raise UnreadableSourceError(
            f"{args.source.name} is a workbook: a whole operation is imported from the program's JSON "
            "export (.json); import its sheets with --kind organisations, systems or action-items"
        )
    document = read_operation_json(args.source)
    counts = ", ".join(
        f"{len(document.get(key, []))} {key.replace('_', ' ')}"
        for key in ("organisations", "systems", "action_plans")
    )
    print(f"{args.source.name}: {document['operation']['name']}; {counts}")
    if args.dry_run:
        print("Nothing was written (--dry-run).")
        return 0
    with _changing(args.file) as operation_file:
        result = import_operation(operation_file, document)
    print(
        f"Imported into {args.file}: {result.organisations} organisations, {result.systems} systems, "
        f"{result.action_plans} action plans, {result.matrix_cells} matrix cells."
    )
    return 0


def _pairs(given: list[str], option: str, separator: str = "=") -> list[tuple[str, str]]:
    pairs = []
    for text in given:
        left, found, right = text.partition(separator)
        if not found or not left.strip():
            raise PimError(f"{option} takes {option.upper().lstrip('-')}: '{text}' has no '{separator}'")
        pairs.append((left.strip(), right.strip()))
    return pairs


def _import_settings(args: argparse.Namespace) -> "ImportSettings":
    from pim_desktop.imports.plan import ImportSettings
    from pim_desktop.imports.values import value_key

    mapped: dict[str, dict[str, str]] = {}
    for where, code in _pairs(args.value, "--value"):
        field, colon, typed = where.partition(":")
        if not colon:
            raise PimError(
                f"--value takes FIELD:TEXT=CODE, as in \"type:ONG Int=international-ngo\": '{where}'"
            )
        mapped.setdefault(field.strip(), {})[value_key(typed)] = code
    return ImportSettings(mapped, args.category or "", args.skip_invalid)


def _command_import(args: argparse.Namespace) -> int:
    from pim_desktop.domain.errors import ValidationError
    from pim_desktop.imports.apply import apply_plan
    from pim_desktop.imports.plan import choose_sheet, make_plan
    from pim_desktop.imports.reading import read_sheets
    from pim_desktop.imports.report import plan_lines, write_report

    if args.kind == "operation" or (args.kind == "auto" and args.source.suffix.lower() == ".json"):
        return _import_operation(args)
    corrections = {column: field or None for column, field in _pairs(args.column, "--column")}
    settings = _import_settings(args)
    sheets = read_sheets(args.source, args.sheet)
    kind = None if args.kind == "auto" else args.kind
    sheet, layout = choose_sheet(sheets, args.sheet, kind, corrections)
    with _changing(args.file, dry_run=args.dry_run) as operation_file:
        with operation_file.session() as session:
            plan = make_plan(session, args.source.name, sheet, layout, settings)
        print("\n".join(plan_lines(plan, [s.name for s in sheets], every_change=args.dry_run)))
        if args.report:
            write_report(plan, args.report, done=False)
        if plan.blocked:
            raise ValidationError(
                f"{plan.refused} record(s) have errors (listed above): nothing was imported; "
                "--skip-invalid imports the others"
            )
        if args.dry_run:
            print("Nothing was written (--dry-run).")
            return 0
        result = apply_plan(operation_file, plan)
    if args.report:
        write_report(plan, args.report, done=True)
    print(
        f"Imported into {args.file}: {result.added} added, {result.updated} updated, "
        f"{result.unchanged} unchanged"
        + (
            f", {result.organisations_added} organisations added to the register"
            if result.organisations_added
            else ""
        )
        + (f", {result.left_out} left out" if result.left_out else "")
        + "."
    )
    return 0


def _command_merge(args: argparse.Namespace) -> int:
    from pim_desktop.imports.merge import apply_merge, plan_merge

    with _changing(args.file, dry_run=args.dry_run) as operation_file:
        plan = plan_merge(operation_file, args.other)
        print(f"Merging {args.other.name} ({plan.other_operation}) into {args.file.name}:")
        for kind, name in plan.new:
            print(f"  new {kind}: {name}")
        for difference in plan.differences:
            print(f"  differs, {difference.kind} {difference.name}: {', '.join(difference.fields)}")
        keep = "theirs" if args.prefer == "theirs" else "mine"
        print(f"{len(plan.new)} to add; {len(plan.differences)} differences, where {keep} will be kept")
        if args.dry_run:
            print("Nothing was written (--dry-run).")
            return 0
        take = set(range(len(plan.differences))) if args.prefer == "theirs" else set()
        apply_merge(operation_file, plan, take)
    print(f"Merged into {args.file}; recorded with where each part came from.")
    return 0


def _command_gui(args: argparse.Namespace) -> int:
    from pim_desktop.domain.validation import normalise_language
    from pim_desktop.gui.launch import launch_gui  # Qt only when a window is wanted

    return launch_gui(args.file, normalise_language(args.lang) if args.lang else None)


class _Parser(argparse.ArgumentParser):
    """A usage error in one line, as every other error (a wrong --kind, a missing file name)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_UNREADABLE, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


def _add_command(
    commands: argparse._SubParsersAction,
    name: str,
    handler: Callable[[argparse.Namespace], int],
    help_text: str,
) -> argparse.ArgumentParser:
    command = commands.add_parser(name, help=help_text, description=help_text)
    command.set_defaults(handler=handler)
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

    new = _add_command(commands, "new", _command_new, "create an operation with the standard PIM Matrix")
    new.add_argument("file", type=Path, metavar="FILE.pim")
    new.add_argument("--name", required=True, help="the operation's name, e.g. 'Lebanon'")
    new.add_argument("--country", help="ISO 3166 three-letter country code, e.g. LBN")
    new.add_argument("--description", default="", help="a sentence on the operation")

    demo = _add_command(commands, "demo", _command_demo, "write the sample operation")
    demo.add_argument("file", type=Path, metavar="FILE.pim")

    info = _add_command(commands, "info", _command_info, "what the file holds")
    info.add_argument("file", type=Path, metavar="FILE.pim")
    info.add_argument("--json", action="store_true", help="print one JSON object")

    check = _add_command(commands, "check", _command_check, "integrity and schema check; says what is wrong")
    check.add_argument("file", type=Path, metavar="FILE.pim")

    from pim_desktop.domain.enums import Sensitivity
    from pim_desktop.exports.run import FORMATS
    from pim_desktop.exports.views import VIEWS

    export = _add_command(commands, "export", _command_export, "export a view to xlsx, pdf, csv or json")
    export.add_argument("file", type=Path, metavar="FILE.pim")
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
        "--lang", default="en", metavar="CODE", help="the language of the export: en (English), fr, ar"
    )

    imported = _add_command(
        commands, "import", _command_import, "import organisations, systems or action items from xlsx or csv"
    )
    imported.add_argument("file", type=Path, metavar="FILE.pim")
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

    merge = _add_command(
        commands, "merge", _command_merge, "merge a colleague's operation file into this one"
    )
    merge.add_argument("file", type=Path, metavar="FILE.pim")
    merge.add_argument("other", type=Path, metavar="OTHER.pim")
    merge.add_argument("--dry-run", action="store_true", help="show what would be merged; write nothing")
    merge.add_argument(
        "--prefer",
        choices=["mine", "theirs"],
        default="mine",
        help="on differences, keep mine (default) or take theirs",
    )
    return parser, set(commands.choices)


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Open the PIM Desktop window.")
    parser.add_argument("--debug", action="store_true", help="show the full details of an unexpected error")
    parser.add_argument("file", type=Path, nargs="?", metavar="FILE.pim", help="the operation to open")
    parser.add_argument(
        "--lang", metavar="CODE", help="the window's language this time: en, fr or ar (else Preferences')"
    )
    parser.set_defaults(handler=_command_gui)
    return parser


def _wants_window(argv: Sequence[str], command_names: set[str]) -> bool:
    """`pim-desktop [FILE.pim]` opens the window; a first word naming a command works headless."""
    words = [word for word in argv if not word.startswith("-")]
    if words:
        return words[0] not in command_names
    return not {"--version", "-h", "--help"} & set(argv)


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser, command_names = build_parser()
    if _wants_window(argv, command_names):
        return _gui_parser().parse_args(argv)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _parse(arguments)
    except SystemExit as exit_request:  # argparse: --help, --version, or a usage error (code 2)
        return int(exit_request.code or 0)
    try:
        return args.handler(args)
    except PimError as error:
        print(f"{PROG}: error: {error.message}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: error: interrupted; nothing was left half-written", file=sys.stderr)
        return EXIT_UNREADABLE
    except Exception as error:  # a bug: one line for the user, the details with --debug
        if args.debug:
            traceback.print_exc()
        print(
            f"{PROG}: error: unexpected problem ({type(error).__name__}: {error}). "
            "Run again with --debug for details, and please report it.",
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
