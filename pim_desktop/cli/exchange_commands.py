"""The commands that move data in and out of an operation file: export, import, merge."""

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pim_desktop.domain.errors import PimError

if TYPE_CHECKING:
    from pim_desktop.imports.merge import Difference, MergePlan
    from pim_desktop.imports.plan import ImportSettings
    from pim_desktop.storage.operation_file import OperationFile


def command_export(args: argparse.Namespace) -> int:
    from pim_desktop.domain.enums import Sensitivity
    from pim_desktop.domain.validation import normalise_language
    from pim_desktop.exports.document import ExportOptions
    from pim_desktop.exports.run import export
    from pim_desktop.services.operations import open_operation

    options = ExportOptions(
        max_sensitivity=Sensitivity(args.max_sensitivity) if args.max_sensitivity else None,
        contacts=not args.no_contacts,
        hxl=args.hxl,
        language=normalise_language(args.lang),
        since=args.since,
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
def changing(path: Path | str, *, dry_run: bool = False) -> Iterator["OperationFile"]:
    """The operation file opened for a change, unless someone has it open for editing in a window; a dry
    run only reads it."""
    from pim_desktop.services.operations import open_operation
    from pim_desktop.storage import locks

    if dry_run:
        with open_operation(path, read_only=True) as operation_file:
            yield operation_file
        return
    if isinstance(path, str):  # a server's address: its users write at once, each save checked by the server
        with open_operation(path) as operation_file:
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
    with changing(args.file) as operation_file:
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


def command_import(args: argparse.Namespace) -> int:
    from pim_desktop.domain.errors import ValidationError
    from pim_desktop.imports.apply import apply_plan
    from pim_desktop.imports.plan import choose_sheet, plan_import
    from pim_desktop.imports.reading import read_sheets
    from pim_desktop.imports.report import plan_lines, write_report

    if args.kind == "operation" or (args.kind == "auto" and args.source.suffix.lower() == ".json"):
        return _import_operation(args)
    corrections = {column: field or None for column, field in _pairs(args.column, "--column")}
    settings = _import_settings(args)
    sheets = read_sheets(args.source, args.sheet)
    kind = None if args.kind == "auto" else args.kind
    sheet, layout = choose_sheet(sheets, args.sheet, kind, corrections)
    with changing(args.file, dry_run=args.dry_run) as operation_file:
        plan, _labels = plan_import(operation_file, args.source.name, sheet, layout, settings)
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


def _told(difference: "Difference") -> str:
    """Of an offline copy: who changed the record since it was taken, and what the merge does about it."""
    from pim_desktop.imports.offline_merge import BOTH, COPY, SAME_FIELD

    judged = difference.judged
    if judged is None:
        return ""
    if judged.state == COPY:
        return " (changed in the copy: taken)"
    if judged.state == BOTH:
        copy_side = ", ".join(judged.from_copy) or "nothing"
        return f" (CONFLICT, changed on both sides, in different fields: the copy's {copy_side} taken)"
    if judged.state == SAME_FIELD:
        return f" (CONFLICT, changed on both sides: {', '.join(judged.conflicts)})"
    return " (changed on the server: kept)"


def _list_merge(plan: "MergePlan", mine: str) -> None:
    print(f"Merging {plan.other_name} ({plan.other_operation}) into {mine}:")
    if plan.clearance is not None:
        print(f"(only what is classified up to your clearance, {plan.clearance.value}, was compared)")
    if plan.offline is not None:
        origin = plan.offline.origin
        print(
            f"(an offline copy of this operation, taken by {origin.login} on "
            f"{origin.taken_at:%Y-%m-%d %H:%M} UTC: matched by record, each difference told by who "
            "changed it since)"
        )
    for kind, name in plan.new:
        print(f"  new {kind}: {name}")
    for kind, name in plan.gone:
        print(
            f"  deleted on the server since the copy (or above your clearance), not added again: {kind} "
            f"{name}"
        )
    for kind, name in plan.dropped:
        print(f"  deleted in the copy, kept: {kind} {name}")
    for difference in plan.differences:
        print(
            f"  differs, {difference.kind} {difference.name}: {', '.join(difference.fields)}"
            + _told(difference)
        )


def command_merge(args: argparse.Namespace) -> int:
    from pim_desktop.domain.errors import ValidationError
    from pim_desktop.imports.merge import apply_merge, plan_merge

    with changing(args.file, dry_run=args.dry_run) as operation_file:
        plan = plan_merge(operation_file, args.other)
        _list_merge(plan, args.file.name if isinstance(args.file, Path) else args.file)
        if plan.offline is None:
            keep = "theirs" if args.prefer == "theirs" else "mine"
            print(f"{len(plan.new)} to add; {len(plan.differences)} differences, where {keep} will be kept")
        else:
            same_field = [d for d in plan.conflicts if d.judged is not None and d.judged.conflicts]
            print(
                f"{len(plan.new)} to add; {len(plan.differences)} differences, {len(plan.conflicts)} of them "
                f"conflicts; where both sides changed a field, {args.prefer or 'nothing'} will be kept"
            )
            if same_field and args.prefer is None and not args.dry_run:
                raise ValidationError(
                    f"{len(same_field)} record(s) were changed in the same field in the copy and on the "
                    "server (listed above): nothing was merged; say which side wins with --prefer mine or "
                    "--prefer theirs, or merge in the window to choose field by field"
                )
        if args.dry_run:
            print("Nothing was written (--dry-run).")
            return 0
        apply_merge(operation_file, plan, plan.choices(args.prefer))
    print(f"Merged into {args.file}; recorded with where each part came from.")
    return 0
