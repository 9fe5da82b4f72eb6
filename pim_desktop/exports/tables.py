"""The data tables of the exports: one header row with stable names (an import reads them back), HXL tags,
dates as dates, lists one item a line."""

from dataclasses import replace
from typing import Any

from pim_desktop.domain import fields, model
from pim_desktop.domain.action_plans import ActionPlan, LinkNames, PlanDetails, people_text
from pim_desktop.domain.labels import label
from pim_desktop.domain.process import ProcessOverview, SystemReview
from pim_desktop.exports.document import ExportOptions, Field, Table
from pim_desktop.i18n import N_, _


def _columns(declared: tuple[fields.RecordField, ...]) -> tuple[Field, ...]:
    """The data table's columns, from the fields' declarations (domain/fields.py)."""
    kinds = {fields.DATE: "date", fields.NUMBER: "number"}
    return tuple(Field(f.key, f.label, f.hxl, kinds.get(f.kind, "text"), f.characters) for f in declared)


ORGANISATION_FIELDS = _columns(fields.ORGANISATION_FIELDS)
SYSTEM_FIELDS = _columns(fields.SYSTEM_FIELDS)
CONTACT_FIELDS = {f.key for f in (*fields.ORGANISATION_FIELDS, *fields.SYSTEM_FIELDS) if f.contact} | {
    *("focal_points", "advisers", "team_leader", "members", "owner"),  # the people of plans and the process
    "who",  # who changed what (the changes view)
}
# What the systems table reads of each system as stored, beside the summaries the mapping hands out (links,
# areas, categories): every typed text and date
SYSTEM_EXTRA = tuple(
    f.key for f in fields.SYSTEM_FIELDS if (f.typed or f.kind == fields.DATE) and f.key != "name"
)

ACTION_ITEM_FIELDS = (
    Field("plan", N_("Plan"), "#meta+plan", characters=26),
    Field("group", N_("Group"), "#meta+group", characters=18),
    Field("team_leader", N_("Team leader"), "#contact+leader", characters=16),
    Field("members", N_("Team members"), "#contact+members", characters=24),
    Field("number", N_("No."), "#meta+num", "number", characters=5),
    Field("challenge", N_("Challenge"), "#meta+challenge", characters=40),
    Field("action_points", N_("Action points"), "#activity", characters=48),
    Field("timeline", N_("Timeline"), "#date+timeline", characters=14),
    Field("due_date", N_("Due date"), "#date+due", "date", characters=11),
    Field("focal_points", N_("Focal points"), "#contact+focal", characters=18),
    Field("advisers", N_("Advisers"), "#contact+adviser", characters=16),
    Field("status", N_("Status"), "#status", characters=12),
    Field("status_changed_on", N_("Status since"), "#date+status", "date", characters=11),
    Field("priority", N_("Priority"), "#priority", characters=9),
    Field("category", N_("PIM category"), "#sector+pim", characters=22),
    Field("process_step", N_("PIM Process step"), "#meta+process", characters=22),
    Field("principle", N_("PIM Principle"), "#meta+principle", characters=22),
)


def _without_contacts(fields: tuple[Field, ...], options: ExportOptions) -> tuple[Field, ...]:
    return fields if options.contacts else tuple(f for f in fields if f.name not in CONTACT_FIELDS)


def table_of(
    key: str, title: str, fields: tuple[Field, ...], rows: list[dict[str, object]], options: ExportOptions
) -> Table:
    kept = tuple(f for f in _without_contacts(fields, options) if options.hxl or not f.machine)
    values = tuple(tuple(row.get(f.name) for f in kept) for row in rows)
    headings = tuple(replace(f, heading=_(f.heading)) for f in kept)
    return Table(key, _(title), headings, values)


def organisations_table(organisations: list[model.Organisation], options: ExportOptions) -> Table:
    as_stored = [f.key for f in fields.ORGANISATION_FIELDS if f.typed or f.kind == fields.DATE]
    rows = [
        {
            **{name: getattr(o.details, name) for name in as_stored},
            "type": label(o.details.org_type),
            "systems": o.system_count,
        }
        for o in organisations
    ]
    return table_of(N_("Organisations"), N_("Organisations"), ORGANISATION_FIELDS, rows, options)


def systems_table(
    systems: list[model.SystemSummary],
    stored: dict[int, dict[str, Any]],
    categories: list[model.Category],
    organisations: list[model.Organisation],
    options: ExportOptions,
) -> Table:
    """`stored`: the SYSTEM_EXTRA values of each system, by id."""
    names = {c.id: c.label for c in categories}
    organisation_names = {o.id: o.details.acronym or o.details.name for o in organisations}
    rows = []
    for s in systems:
        rows.append(
            {
                "name": s.name,
                "category": names.get(s.primary_category_id, ""),
                "secondary_categories": "\n".join(names.get(c, "") for c in s.secondary_category_ids),
                "organisations": "\n".join(
                    f"{organisation_names.get(link.organisation_id, '')} ({label(link.role).lower()})"
                    for link in s.links
                ),
                "status": label(s.status),
                "sensitivity": label(s.sensitivity),
                "country": "\n".join(dict.fromkeys(a.country_iso3 for a in s.areas if a.country_iso3)),
                "admin1": "\n".join(dict.fromkeys(a.admin1 for a in s.areas if a.admin1)),
                "admin2": "\n".join(dict.fromkeys(a.admin2 for a in s.areas if a.admin2)),
                **stored[s.id],
            }
        )
    return table_of(N_("Systems"), N_("Information systems"), SYSTEM_FIELDS, rows, options)


def _named(names: dict[int, str], link: int | None) -> str:
    return names.get(link, "") if link is not None else ""


def action_items_table(plans: list[ActionPlan], links: LinkNames, options: ExportOptions) -> Table:
    rows = []
    for plan in plans:
        for group in plan.groups:
            leader = group.details.team_leader
            members = people_text(group.details.members, "\n")
            for item in group.items:
                details = item.details
                rows.append(
                    {
                        "plan": plan.details.title,
                        "group": group.details.theme,
                        "team_leader": leader.label if leader else "",
                        "members": members,
                        "number": item.number,
                        "challenge": details.challenge,
                        "action_points": "\n".join(details.action_points),
                        "timeline": details.timeline,
                        "due_date": details.due_date,
                        "focal_points": people_text(details.focal_points),
                        "advisers": people_text(details.advisers),
                        "status": label(details.status),
                        "status_changed_on": item.status_changed_on,
                        "priority": label(details.priority) if details.priority else "",
                        "category": _named(links.categories, details.category_id),
                        "process_step": _named(links.steps, details.process_step_id),
                        "principle": _named(links.principles, details.principle_id),
                    }
                )
    table = table_of(N_("Action plans"), N_("Action plans"), ACTION_ITEM_FIELDS, rows, options)
    return replace(table, headers={plan.details.title: _plan_header(plan.details, options) for plan in plans})


def _plan_header(plan: PlanDetails, options: ExportOptions) -> tuple[tuple[str, str], ...]:
    """What a workshop handout says first: where and when, who ran it and who took part."""
    days = " – ".join(str(day) for day in dict.fromkeys((plan.start_date, plan.end_date)) if day)
    lines = [
        (_("Workshop"), plan.workshop),
        (_("Place"), plan.place),
        (_("Dates"), days),
        (_("Facilitators"), plan.facilitators if options.contacts else ""),
        (_("Participating organisations"), plan.participating_organisations),
    ]
    return tuple((name, value) for name, value in lines if value)


PROCESS_FIELDS = (
    Field("code", N_("Code"), "#meta+code", characters=22, machine=True),  # people read the step's name
    Field("step", N_("Step"), "#meta+step", characters=34),
    Field("level", N_("Level"), "#meta+level", characters=9),
    Field("status", N_("Status"), "#status", characters=12),
    Field("owner", N_("Owner"), "#contact+owner", characters=18),
    Field("start_date", N_("Started on"), "#date+start", "date", characters=11),
    Field("end_date", N_("Done on"), "#date+end", "date", characters=11),
    Field("notes", N_("Notes"), "#meta+notes", characters=30),
    Field("evidence", N_("Evidence"), "#meta+evidence", characters=30),
)


def process_table(overview: ProcessOverview, options: ExportOptions) -> Table:
    rows = [
        {
            "code": s.code,
            "step": s.label,
            "level": _("sub-step") if s.is_sub_step else _("step"),
            "status": label(s.details.status),
            **{
                name: getattr(s.details, name)
                for name in ("owner", "start_date", "end_date", "notes", "evidence")
            },
        }
        for s in overview.steps
    ]
    return table_of(
        N_("PIM Process"), N_("PIM Process: where the operation stands"), PROCESS_FIELDS, rows, options
    )


def review_table(
    reviews: list[SystemReview], principles: list[tuple[str, str, str]], options: ExportOptions
) -> Table:
    """The responsible-data review of each reviewed system, one column a PIM Principle."""
    fields = (
        Field("system", N_("System"), "#meta+system+name", characters=30),
        Field("sensitivity", N_("Sensitivity"), "#meta+sensitivity", characters=14),
        Field("holds_personal_data", N_("Personal data"), "#meta+personal", characters=9),
        Field("risk_assessment_date", N_("Risk assessment"), "#date+assessment", "date", characters=11),
        Field("consent_process", N_("Informed consent"), "#meta+consent", characters=24),
        Field("agreement_reference", N_("Agreement"), "#meta+agreement", characters=22),
        Field("agreement_review_date", N_("Agreement review due"), "#date+review", "date", characters=11),
        Field("reviewed_on", N_("Reviewed on"), "#date+reviewed", "date", characters=11),
        *(
            Field(f"principle_{code}", name, f"#meta+principle+{code.replace('_', '')}", characters=12)
            for code, name, _description in principles
        ),
        Field("notes", N_("Notes"), "#meta+notes", characters=30),
    )
    rows = []
    for review in reviews:
        details = review.details
        if details is None:
            continue
        personal = {True: _("yes"), False: _("no"), None: _("unknown")}[details.holds_personal_data]
        rows.append(
            {
                "system": review.system_name,
                "sensitivity": label(review.sensitivity),
                "holds_personal_data": personal,
                **{
                    f"principle_{code}": label(details.ratings[code].rating)
                    if code in details.ratings
                    else ""
                    for code, _name, _description in principles
                },
                **{name: getattr(details, name) for name in ("risk_assessment_date", "consent_process")},
                **{name: getattr(details, name) for name in ("agreement_reference", "agreement_review_date")},
                **{name: getattr(details, name) for name in ("reviewed_on", "notes")},
            }
        )
    return table_of(N_("Review"), N_("Responsible-data review of the systems"), fields, rows, options)
