"""How the change log's stored values read for people: field names as the registers call them, codes as
their labels, ids as the names of what they point at (also of records deleted since, from the log)."""

from dataclasses import dataclass, field
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import Enum, Select, select
from sqlalchemy.orm import Session

from pim_desktop.domain import fields
from pim_desktop.domain.changes import LoggedChange
from pim_desktop.domain.labels import label
from pim_desktop.i18n import N_, _
from pim_desktop.storage import models

# Columns the registers' declarations do not name
_OTHER_LABELS = {
    "text": N_("Entry"),
    "label": N_("Label"),
    "challenge": N_("Challenge"),
    "timeline": N_("Timeline"),
    "due_date": N_("Due date"),
    "status_changed_on": N_("Status changed on"),
    "priority": N_("Priority"),
    "category_id": N_("PIM category"),
    "process_step_id": N_("PIM Process step"),
    "principle_id": N_("PIM Principle"),
    "group_id": N_("Group"),
    "row_id": N_("Matrix row"),
    "position": N_("Place in the list"),
    "title": N_("Title"),
    "workshop": N_("Workshop"),
    "place": N_("Place"),
    "facilitators": N_("Facilitators"),
    "participating_organisations": N_("Participating organisations"),
    "owner": N_("Owner"),
    "evidence": N_("Evidence"),
    "holds_personal_data": N_("Holds personal data"),
    "risk_assessment_date": N_("Risk assessment"),
    "consent_process": N_("Consent process"),
    "agreement_reference": N_("Agreement"),
    "agreement_date": N_("Agreement signed on"),
    "agreement_review_date": N_("Agreement review"),
    "reviewed_on": N_("Reviewed on"),
    "rating": N_("Rating"),
    "note": N_("Note"),
    "country_iso3": N_("Country"),
    "default_sensitivity": N_("Default sensitivity"),
    "state": N_("State"),
    "theme": N_("Theme"),
    "team_leader": N_("Team leader"),
    "team_leader_organisation": N_("Team leader's organisation"),
}
_DECLARED = {
    f.details_attribute: f.label
    for f in (*fields.ORGANISATION_FIELDS, *fields.SYSTEM_FIELDS)
    if f.details_attribute and f.kind != fields.LIST
}
# Linked rows that read as one field of the record they hang from
CHILD_LABELS = {
    "system_organisation": N_("Run by (role)"),
    "system_area": N_("Areas"),
    "system_secondary_category": N_("Also in"),
    "system_matrix_entry": N_("Matrix entries picked"),
    "principle_rating": N_("PIM Principles"),
    "action_point": N_("Action points"),
    "action_focal_point": N_("Focal points"),
    "action_group": N_("Groups"),
    "action_group_member": N_("Group members"),
}


def field_label(column: str) -> str:
    known = _DECLARED.get(column) or _OTHER_LABELS.get(column)
    return _(known) if known else column.replace("_", " ").capitalize()


@dataclass
class Names:
    """The names of what the log's ids point at: read from the operation now, completed from the log for
    what was deleted."""

    categories: dict[int, str] = field(default_factory=dict)
    organisations: dict[int, str] = field(default_factory=dict)
    systems: dict[int, str] = field(default_factory=dict)
    entries: dict[int, str] = field(default_factory=dict)
    rows: dict[int, str] = field(default_factory=dict)
    steps: dict[int, str] = field(default_factory=dict)
    principles: dict[int, str] = field(default_factory=dict)
    plans: dict[int, str] = field(default_factory=dict)
    groups: dict[int, str] = field(default_factory=dict)
    items: dict[int, str] = field(default_factory=dict)
    cells: dict[int, tuple[int, int]] = field(default_factory=dict)  # entry id: (category id, row id)
    parents: dict[tuple[str, int], int] = field(default_factory=dict)  # (table, id): the record it hangs from
    sensitivity: dict[tuple[str, int], str] = field(default_factory=dict)  # systems' and plans'

    @staticmethod
    def read(session: Session, logged: list[LoggedChange]) -> "Names":
        names = Names()
        m = models
        named: tuple[tuple[dict[int, str], Select[int, str]], ...] = (
            (names.categories, select(m.Category.id, m.Category.label)),
            (names.organisations, select(m.Organisation.id, m.Organisation.name)),
            (names.systems, select(m.InformationSystem.id, m.InformationSystem.name)),
            (names.entries, select(m.MatrixEntry.id, m.MatrixEntry.text)),
            (names.rows, select(m.MatrixRow.id, m.MatrixRow.label)),
            (names.steps, select(m.ProcessStep.id, m.ProcessStep.label)),
            (names.principles, select(m.Principle.id, m.Principle.label)),
            (names.plans, select(m.ActionPlan.id, m.ActionPlan.title)),
            (names.groups, select(m.ActionGroup.id, m.ActionGroup.theme)),
            (names.items, select(m.ActionItem.id, m.ActionItem.challenge)),
        )
        for target, query in named:
            target.update((i, text) for i, text in session.execute(query))
        parents: tuple[tuple[str, Select[int, int]], ...] = (
            ("action_group", select(m.ActionGroup.id, m.ActionGroup.plan_id)),
            ("action_item", select(m.ActionItem.id, m.ActionItem.group_id)),
            ("data_review", select(m.DataReview.id, m.DataReview.system_id)),
        )
        for table, linked in parents:
            names.parents.update(((table, i), parent) for i, parent in session.execute(linked))
        cells = select(m.MatrixEntry.id, m.MatrixEntry.category_id, m.MatrixEntry.row_id)
        names.cells.update((i, (category, row)) for i, category, row in session.execute(cells))
        for i, level in session.execute(select(m.InformationSystem.id, m.InformationSystem.sensitivity)):
            names.sensitivity[("information_system", i)] = level.value
        for i, level in session.execute(select(m.ActionPlan.id, m.ActionPlan.sensitivity)):
            names.sensitivity[("action_plan", i)] = level.value
        names._complete(logged)
        return names

    def _complete(self, logged: list[LoggedChange]) -> None:
        named = {
            "category": (self.categories, "label"),
            "organisation": (self.organisations, "name"),
            "information_system": (self.systems, "name"),
            "matrix_entry": (self.entries, "text"),
            "matrix_row": (self.rows, "label"),
            "process_step": (self.steps, "label"),
            "action_plan": (self.plans, "title"),
            "action_group": (self.groups, "theme"),
            "action_item": (self.items, "challenge"),
        }
        parent_columns = {"action_group": "plan_id", "action_item": "group_id", "data_review": "system_id"}
        levels = {"information_system", "action_plan"}
        for change in logged:
            if not change.row.isdigit():
                continue
            row = int(change.row)
            if change.table in named:
                target, column = named[change.table]
                if (value := before_or_after(change, column)) is not None:
                    target.setdefault(row, str(value))
            parent_column = parent_columns.get(change.table)
            if parent_column and (parent := before_or_after(change, parent_column)) is not None:
                self.parents.setdefault((change.table, row), int(parent))
            if change.table == "matrix_entry" and row not in self.cells:
                category, matrix_row = (before_or_after(change, c) for c in ("category_id", "row_id"))
                if category is not None and matrix_row is not None:
                    self.cells[row] = (int(category), int(matrix_row))
            if change.table in levels and (level := before_or_after(change, "sensitivity")) is not None:
                self.sensitivity.setdefault((change.table, row), str(level))

    def entry(self, entry_id: int) -> str:
        """A matrix entry with the cell it is in: "Protection monitoring › Methods: Phone interviews"."""
        text = self.entries.get(entry_id, str(entry_id))
        if (cell := self.cells.get(entry_id)) is None:
            return text
        category, row = self.categories.get(cell[0], ""), self.rows.get(cell[1], "")
        return f"{category} › {row}: {text}"

    def shown(self, table: str, column: str, value: Any) -> str:
        """A stored value as people read it."""
        if value is None:
            return ""
        pointing = {
            "category_id": self.categories,
            "primary_category_id": self.categories,
            "organisation_id": self.organisations,
            "entry_id": self.entries,
            "row_id": self.rows,
            "process_step_id": self.steps,
            "principle_id": self.principles,
            "group_id": self.groups,
        }
        if column in pointing:
            return pointing[column].get(int(value), str(value))
        if isinstance(value, bool):
            return _("Yes") if value else _("No")
        column_type = models.Base.metadata.tables[table].c[column].type
        if isinstance(column_type, Enum) and column_type.enum_class is not None:
            try:
                coded = column_type.enum_class(value)
            except ValueError:
                return str(value)
            assert isinstance(coded, PyEnum)
            return label(coded)  # type: ignore[arg-type]
        return str(value)

    def described(self, table: str, values: dict[str, Any]) -> str:
        """A linked row in a few words: "UNHCR (Lead)", "Dohuk › Zakho"."""
        if table == "system_organisation":
            role = self.shown(table, "role", values.get("role"))
            return f"{self.shown(table, 'organisation_id', values.get('organisation_id'))} ({role})"
        if table == "system_area":
            place = " › ".join(str(values[k]) for k in ("admin1", "admin2") if values.get(k))
            return place or values.get("country_iso3") or _("The operation as a whole")
        if table == "system_secondary_category":
            return self.shown(table, "category_id", values.get("category_id"))
        if table == "system_matrix_entry":
            return self.shown(table, "entry_id", values.get("entry_id"))
        if table == "principle_rating":
            rating = self.shown(table, "rating", values.get("rating"))
            principle = self.shown(table, "principle_id", values.get("principle_id"))
            return f"{principle}: {rating}"
        if table in ("action_focal_point", "action_group_member"):
            organisation = values.get("organisation")
            return (
                f"{values.get('name', '')} ({organisation})" if organisation else str(values.get("name", ""))
            )
        if table == "action_group":
            return str(values.get("theme", ""))
        return str(values.get("text", ""))


def before_or_after(change: LoggedChange, column: str) -> Any:
    before, after = change.fields.get(column, (None, None))
    return after if after is not None else before
