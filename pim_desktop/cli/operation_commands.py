"""The commands on a whole operation file: new, demo, info, check."""

import argparse
import json
from typing import TYPE_CHECKING

from pim_desktop.cli.encryption_commands import new_passphrase
from pim_desktop.domain.errors import EXIT_REFUSED

if TYPE_CHECKING:
    from pim_desktop.domain.changes import Milestone


def command_new(args: argparse.Namespace) -> int:
    from pim_desktop.services.operations import create_operation

    passphrase = new_passphrase(args.file) if args.encrypt else None
    create_operation(
        args.file, name=args.name, country=args.country, description=args.description, passphrase=passphrase
    )
    print(f"Created {args.file} with the standard PIM Matrix{_encrypted(args)}.")
    return 0


def command_demo(args: argparse.Namespace) -> int:
    from pim_desktop.services.demo import write_sample_operation

    write_sample_operation(args.file, new_passphrase(args.file) if args.encrypt else None)
    print(f"Wrote the sample operation to {args.file}{_encrypted(args)}.")
    return 0


def _encrypted(args: argparse.Namespace) -> str:
    return ", encrypted: it opens with its passphrase only" if args.encrypt else ""


def command_info(args: argparse.Namespace) -> int:
    from pim_desktop.domain.validation import country_name
    from pim_desktop.services.summary import file_summary, operation_info
    from pim_desktop.storage.sources import is_server_url

    if is_server_url(args.file):
        from pim_desktop.services.operations import open_operation

        with open_operation(args.file, read_only=True) as operation:
            info = operation_info(operation)
    else:
        info = file_summary(args.file)  # without loading SQLAlchemy: a file's summary comes at once
    milestones = info.milestones
    counts = info.counts
    if args.json:
        document = {
            "file": str(args.file),
            "name": info.name,
            "country": info.country,
            "description": info.description,
            "default_sensitivity": info.default_sensitivity.value,
            "schema_version": info.schema_version,
            "encrypted": info.encrypted,
            "server": info.on_server,
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
            "milestones": [
                {"name": m.name, "at": m.at.isoformat(timespec="seconds"), "who": m.who} for m in milestones
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    country = f"{country_name(info.country)} ({info.country})" if info.country else "not set"
    lines = [
        f"Operation:          {info.name}",
        f"Country:            {country}",
        f"{'Server:' if info.on_server else 'File:':<20}{args.file}",
        f"Encrypted:          {'yes (opens with its passphrase only)' if info.encrypted else 'no'}",
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
        f"Milestones:         {_milestones_line(milestones)}",
    ]
    print("\n".join(lines))
    return 0


def _milestones_line(milestones: tuple["Milestone", ...]) -> str:
    if not milestones:
        return "none (mark one with `milestone FILE NAME`)"
    latest = milestones[-1]
    return f"{len(milestones)} (latest: '{latest.name}', {latest.at:%Y-%m-%d})"


def command_check(args: argparse.Namespace) -> int:
    from pim_desktop.services.operations import check_operation

    report = check_operation(args.file)
    encrypted = ", encrypted" if report.encrypted else ""
    if report.ok:
        print(f"{args.file}: OK{encrypted} ({report.checks_run} groups of checks passed)")
        return 0
    print(f"{args.file}{encrypted}: {len(report.problems)} problem(s) found")
    for problem in report.problems:
        print(f"- {problem}")
    return EXIT_REFUSED


def command_milestone(args: argparse.Namespace) -> int:
    from pim_desktop.cli.exchange_commands import changing
    from pim_desktop.services.changes import ChangeLog

    with changing(args.file) as operation_file:
        milestone = ChangeLog(operation_file).mark_milestone(args.name)
    print(
        f"Marked the milestone '{milestone.name}' ({milestone.at:%Y-%m-%d %H:%M} UTC): compare with it later "
        f'with `export {args.file} --view changes --since "{milestone.name}"`.'
    )
    return 0
