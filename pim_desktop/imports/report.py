"""What an import says, short enough for a screen: its messages grouped by kind with how many records carry
each and the first rows, the values it did not recognise once each; and every row's outcome in a CSV file."""

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from pim_desktop.exports.safe_text import csv_text
from pim_desktop.i18n import _, ngettext
from pim_desktop.imports.plan import ImportPlan
from pim_desktop.imports.records import ADD, AMBIGUOUS, SKIP, UNCHANGED, UPDATE, RowPlan
from pim_desktop.imports.rows import field_label

FIRST_ROWS = 5  # rows named for each kind of message
_QUOTED = re.compile(r"'[^']*'|\d+")


@dataclass
class MessageGroup:
    severity: str  # "error" or "warning"
    example: str  # the first message of this kind, as written
    rows: list[int]  # the first row of each record that carries it
    others: int = 0  # messages of this kind in other words than the example's (other names, numbers)


def message_groups(plan: ImportPlan) -> list[MessageGroup]:
    """Messages of one kind (the same words around different names and numbers) as one group, errors first,
    the most frequent first."""
    groups: dict[tuple[str, str], MessageGroup] = {}
    for row in plan.rows:
        for severity, messages in (("error", row.errors), ("warning", row.warnings)):
            for message in messages:
                key = (severity, _QUOTED.sub("…", message))
                group = groups.setdefault(key, MessageGroup(severity, message, []))
                if not group.rows or group.rows[-1] != row.row_number:
                    group.rows.append(row.row_number)
                group.others += message != group.example
    return sorted(groups.values(), key=lambda g: (g.severity != "error", -len(g.rows)))


def rows_named(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:FIRST_ROWS])
    return shown + (
        _(" and {count} more").format(count=len(rows) - FIRST_ROWS) if len(rows) > FIRST_ROWS else ""
    )


def summary_line(plan: ImportPlan, choices_added: int = 0, choices_updated: int = 0) -> str:
    records = len(plan.rows)
    line = _(
        "{add} to add, {update} to update, {unchanged} unchanged, {ambiguous} matching several records, "
        "{errors} with errors"
    ).format(
        add=plan.count(ADD) + choices_added,
        update=plan.count(UPDATE) + choices_updated,
        unchanged=plan.count(UNCHANGED),
        ambiguous=plan.count(AMBIGUOUS) - choices_added - choices_updated,
        errors=plan.refused,
    )
    if plan.repeated:
        rows = records + plan.repeated
        line += " " + _("({records} from {rows}: {repeated})").format(
            records=ngettext("{count} record", "{count} records", records).format(count=records),
            rows=ngettext("{count} row", "{count} rows", rows).format(count=rows),
            repeated=ngettext(
                "{count} row repeats a record", "{count} rows repeat a record", plan.repeated
            ).format(count=plan.repeated),
        )
    return line


OUTCOMES = {
    ADD: "added",
    UPDATE: "updated",
    UNCHANGED: "unchanged",
    AMBIGUOUS: "left out: matches several records",
    SKIP: "left out",
}


def outcome(row: RowPlan) -> str:
    return "refused" if row.errors and row.action == SKIP else OUTCOMES[row.action]


def changes_text(row: RowPlan) -> str:
    """An update field by field: "type: 'UN agency' -> 'Other'"; a change the user refused says so."""
    return "; ".join(
        f"{field_label(c.field)}: '{c.old}' -> '{c.new}'" + ("" if c.accepted else _(" (refused)"))
        for c in row.changes
    )


def write_report(plan: ImportPlan, path: Path, done: bool) -> None:
    """Every row of the sheet with what the import did to it (or would do, when `done` is False), as UTF-8
    with a byte order mark so that a spreadsheet program opens it in the right script."""
    columns = ["row", "outcome", "record", "joined with row", "changes", "errors", "warnings"]
    lines: list[list[str]] = []
    for row in plan.rows:
        said = outcome(row) if done or row.errors else f"would be {outcome(row)}"
        changes = changes_text(row)
        for number in row.rows or (row.row_number,):
            first = number == row.row_number
            lines.append([
                str(number), said, row.name, "" if first else str(row.row_number),
                changes if first else "", "; ".join(row.errors), "; ".join(row.warnings) if first else "",
            ])  # fmt: skip
    lines.sort(key=lambda line: int(line[0]))
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(columns)
        writer.writerows([csv_text(cell) for cell in line] for line in lines)


def plan_lines(plan: ImportPlan, sheets: list[str], *, every_change: bool) -> list[str]:
    """What the command line says of a plan, short enough for a screen: the sheet and its columns, what was
    not recognised, one line per kind of message, the updates field by field (every one when asked, else
    the first 20), and the counts."""
    layout = plan.layout
    header = ", ".join(str(row + 1) for row in layout.header_rows)
    lines = [f"{plan.source}, sheet '{plan.sheet}': {plan.kind}; header on row(s) {header}"]
    if len(sheets) > 1:
        lines.append(f"  sheets: {', '.join(sheets)} (another with --sheet NAME)")
    for index, field in sorted(layout.columns.items()):
        heading = layout.headings[index] if index < len(layout.headings) else ""
        lines.append(f"  column {index + 1} '{heading}' -> {field}")
    not_read = [h or f"column {i + 1}" for i, h in enumerate(layout.headings) if i not in layout.columns]
    if not_read:
        lines.append(f"  not read: {', '.join(not_read)} (--column HEADING=FIELD reads one)")
    lines += [f"note: {note}" for note in plan.notes]
    for word in plan.unknown:
        meanwhile = f"stored as {word.stored_as}" if word.stored_as else "those rows are refused"
        lines.append(
            f"not recognised: {word.field} '{word.text}' in {len(word.rows)} row(s) "
            f'({rows_named(word.rows)}): {meanwhile}; map it with --value "{word.field}:{word.text}=..."'
        )
    for group in message_groups(plan):
        rows = f"row {group.rows[0]}" if len(group.rows) == 1 else f"rows {rows_named(group.rows)}"
        others = f" (and {group.others} more like it)" if group.others else ""
        lines.append(f"{rows}: {group.severity}: {group.example}{others}")
    updates = [row for row in plan.rows if row.changes]
    shown = updates if every_change else updates[:20]
    lines += [f"  update row {row.row_number} {row.name}: {changes_text(row)}" for row in shown]
    if len(updates) > len(shown):
        lines.append(
            f"  ... and {len(updates) - len(shown)} more updates (--dry-run or --report lists them all)"
        )
    lines.append(summary_line(plan))
    return lines
