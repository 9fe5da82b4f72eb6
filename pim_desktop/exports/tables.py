"""The data tables of the exports: one header row with stable names (an import reads them back), HXL tags,
dates as dates, lists one item a line."""

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pim_desktop.domain import fields, model
from pim_desktop.domain.enums import FocalPointKind
from pim_desktop.domain.labels import label
from pim_desktop.domain.process import ProcessOverview, SystemReview
from pim_desktop.exports.document import ExportOptions, Field, Table
from pim_desktop.i18n import N_, _
from pim_desktop.services.wording import wording
from pim_desktop.storage import models


def _columns(declared: tuple[fields.RecordField, ...]) -> tuple[Field, ...]:
    """The data table's columns, from the fields' declarations (domain/fields.py)."""
    kinds = {fields.DATE: "date", fields.NUMBER: "number"}
    return tuple(Field(f.key, f.label, f.hxl, kinds.get(f.kind, "text"), f.characters) for f in declared)


ORGANISATION_FIELDS = _columns(fields.ORGANISATION_FIELDS)
SYSTEM_FIELDS = _columns(fields.SYSTEM_FIELDS)
CONTACT_FIELDS = {f.key for f in (*fields.ORGANISATION_FIELDS, *fields.SYSTEM_FIELDS) if f.contact} | {
    *("focal_points", "advisers", "team_leader", "members", "owner")  # the people of plans and the process
}
# What the systems table reads of each system as stored, beside the summaries the mapping hands out (links,
# areas, categories): every typed text and date
_SYSTEM_EXTRA = tuple(
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


def _table(
    key: str, title: str, fields: tuple[Field, ...], rows: list[dict[str, object]], options: ExportOptions
) -> Table:
    kept = _without_contacts(fields, options)
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
    return _table(N_("Organisations"), N_("Organisations"), ORGANISATION_FIELDS, rows, options)


def systems_table(
    session: Session,
    systems: list[model.SystemSummary],
    categories: list[model.Category],
    organisations: list[model.Organisation],
    options: ExportOptions,
) -> Table:
    names = {c.id: c.label for c in categories}
    organisation_names = {o.id: o.details.acronym or o.details.name for o in organisations}
    extra_columns = _SYSTEM_EXTRA
    table = models.InformationSystem.__table__
    extra = {
        row.id: row for row in session.execute(select(table.c.id, *(table.c[name] for name in extra_columns)))
    }
    rows = []
    for s in systems:
        details = extra[s.id]
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
                **{name: getattr(details, name) for name in extra_columns},
            }
        )
    return _table(N_("Systems"), N_("Information systems"), SYSTEM_FIELDS, rows, options)


def action_items_table(session: Session, plans: list[models.ActionPlan], options: ExportOptions) -> Table:
    words = wording()
    # looked up with an item's ids, each of which may be None: None finds nothing, and gives ""
    categories: dict[int | None, str] = {
        c.id: words.category(c.code, c.label, c.is_standard) for c in session.scalars(select(models.Category))
    }
    steps: dict[int | None, str] = {
        s.id: words.step(s.code, s.label) for s in session.scalars(select(models.ProcessStep))
    }
    principles: dict[int | None, str] = {
        p.id: words.principle(p.code, p.label) for p in session.scalars(select(models.Principle))
    }
    rows = []
    for plan in plans:
        session.refresh(plan, ["groups"])
        for group in plan.groups:
            leader = (
                f"{group.team_leader} ({group.team_leader_organisation})"
                if group.team_leader_organisation
                else group.team_leader
            )
            members = "\n".join(
                f"{m.name} ({m.organisation})" if m.organisation else m.name for m in group.members
            )
            items = session.scalars(
                select(models.ActionItem)
                .where(models.ActionItem.group_id == group.id)
                .options(
                    selectinload(models.ActionItem.action_points),
                    selectinload(models.ActionItem.focal_points),
                )
                .order_by(models.ActionItem.number)
            )
            for item in items:

                def people(kind: FocalPointKind, item: models.ActionItem = item) -> str:
                    return ", ".join(
                        f"{p.name} ({p.organisation})" if p.organisation else p.name
                        for p in item.focal_points
                        if p.kind is kind
                    )

                rows.append(
                    {
                        "plan": plan.title,
                        "group": group.theme,
                        "team_leader": leader,
                        "members": members,
                        "number": item.number,
                        "challenge": item.challenge,
                        "action_points": "\n".join(p.text for p in item.action_points),
                        "timeline": item.timeline,
                        "due_date": item.due_date,
                        "focal_points": people(FocalPointKind.FOCAL_POINT),
                        "advisers": people(FocalPointKind.ADVISER),
                        "status": label(item.status),
                        "status_changed_on": item.status_changed_on,
                        "priority": label(item.priority) if item.priority else "",
                        "category": categories.get(item.category_id, ""),
                        "process_step": steps.get(item.process_step_id, ""),
                        "principle": principles.get(item.principle_id, ""),
                    }
                )
    return _table(N_("Action plans"), N_("Action plans"), ACTION_ITEM_FIELDS, rows, options)


PROCESS_FIELDS = (
    Field("code", N_("Code"), "#meta+code", characters=22),
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
    return _table(
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
    return _table(N_("Review"), N_("Responsible-data review of the systems"), fields, rows, options)
