"""The changes view: what changed since a milestone, one line a field, the follow-up handout of a workshop."""

from pim_desktop.domain import fields
from pim_desktop.domain.changes import Change, ChangeKind, ChangeWhat, Comparison
from pim_desktop.exports.document import ExportOptions, Field, Table
from pim_desktop.exports.tables import table_of
from pim_desktop.i18n import N_, _

CHANGE_FIELDS = (
    Field("kind", N_("Kind"), "#meta+kind", characters=16),
    Field("change", N_("Change"), "#status+change", characters=14),
    Field("record", N_("Record"), "#meta+record", characters=34),
    Field("field", N_("Field"), "#meta+field", characters=20),
    Field("before", N_("Before"), "#value+before", characters=30),
    Field("after", N_("After"), "#value+after", characters=30),
    Field("who", N_("Who"), "#contact+who", characters=14),
    Field("changed_on", N_("Changed on"), "#date+changed", "date", characters=11),
)
# People's names and ways to reach them, as the changes carry them: left out with the contacts
_CONTACT_COLUMNS = {
    f.details_attribute for f in (*fields.ORGANISATION_FIELDS, *fields.SYSTEM_FIELDS) if f.contact
} | {"owner", "team_leader", "team_leader_organisation", "action_focal_point", "action_group_member"}

KIND_LABELS = {
    ChangeKind.ORGANISATION: N_("Organisation"),
    ChangeKind.SYSTEM: N_("Information system"),
    ChangeKind.GAP: N_("Gap"),
    ChangeKind.MATRIX: N_("Matrix"),
    ChangeKind.CHALLENGE: N_("Challenge"),
    ChangeKind.PLAN: N_("Action plan"),
    ChangeKind.PROCESS: N_("PIM Process"),
    ChangeKind.REVIEW: N_("Responsible-data review"),
    ChangeKind.OPERATION: N_("Operation"),
}
WHAT_LABELS = {
    ChangeWhat.ADDED: N_("added"),
    ChangeWhat.ENDED: N_("ended"),
    ChangeWhat.CHANGED: N_("changed"),
    ChangeWhat.REMOVED: N_("removed"),
    ChangeWhat.CLOSED: N_("gap closed"),
    ChangeWhat.OPENED: N_("gap opened"),
    ChangeWhat.MOVED: N_("status moved"),
}


def change_rows(change: Change, contacts: bool = True) -> list[dict[str, object]]:
    """One line a field that changed (one for the record when it came or went)."""
    common: dict[str, object] = {
        "kind": _(KIND_LABELS[change.kind]),
        "change": _(WHAT_LABELS[change.what]),
        "record": change.name,
        "who": ", ".join(change.who),
        "changed_on": change.at.date() if change.at else None,
    }
    shown = [f for f in change.fields if contacts or f.column not in _CONTACT_COLUMNS]
    if not shown:
        return [common]
    return [{**common, "field": f.field, "before": f.before, "after": f.after} for f in shown]


def changes_table(comparison: Comparison | None, options: ExportOptions) -> Table:
    if comparison is None:
        title = N_("Changes: no milestone is marked yet, so there is nothing to compare with")
        return table_of(N_("Changes"), title, CHANGE_FIELDS, [], options)
    rows = [row for change in comparison.changes for row in change_rows(change, options.contacts)]
    since = comparison.since
    table = table_of(N_("Changes"), N_("Changes"), CHANGE_FIELDS, rows, options)
    day = since.at.date().isoformat()
    if comparison.until is None:
        title = _("What changed since the milestone '{name}' ({day})").format(name=since.name, day=day)
    else:
        until = comparison.until
        title = _("What changed between the milestones '{name}' ({day}) and '{until}' ({until_day})").format(
            name=since.name, day=day, until=until.name, until_day=until.at.date().isoformat()
        )
    return Table(table.key, title, table.fields, table.rows, table.headers)
