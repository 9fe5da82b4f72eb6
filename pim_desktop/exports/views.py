"""The views an export can write, each declared once: the command line's --view choices, the export
dialog's list, which of them export to csv, the PDF's columns and layout, and the parts of the report all
come from here. To add a view: docs/architecture.md, "Add an export view"."""

from dataclasses import dataclass

from pim_desktop.domain.errors import ValidationError
from pim_desktop.i18n import N_


@dataclass(frozen=True)
class ExportView:
    name: str  # the command line's --view
    label: str  # marked with N_: how the export dialog offers it
    table: str = ""  # the key of its one table (it then exports to csv too); "" for a grid
    pdf_columns: tuple[str, ...] = ()  # the table's columns a PDF reader needs (all when empty)
    handout: bool = False  # the PDF lays it out as a handout, a group at a time


EXPORT_VIEWS = (
    ExportView("matrix", N_("The PIM Matrix of the operation")),
    ExportView("mapping", N_("Organisations x categories")),
    ExportView(
        "systems",
        N_("Information systems"),
        table="Systems",
        pdf_columns=(
            "name",
            "category",
            "secondary_categories",
            "organisations",
            "status",
            "start_date",
            "end_date",
            "sensitivity",
            "admin1",
            "outputs",
            "contact_name",
        ),
    ),
    ExportView(
        "organisations",
        N_("Organisations"),
        table="Organisations",
        pdf_columns=("name", "acronym", "type", "focal_name", "focal_email", "focal_phone", "systems"),
    ),
    ExportView("gaps", N_("Gaps and overlaps by place"), table="Gaps"),
    ExportView(
        "action-plans",
        N_("Action plans"),
        table="Action plans",
        pdf_columns=(
            "plan",
            "group",
            "number",
            "challenge",
            "action_points",
            "timeline",
            "due_date",
            "focal_points",
            "advisers",
            "status",
        ),
        handout=True,
    ),
    ExportView("process", N_("PIM Process: where the operation stands"), table="PIM Process"),
    ExportView("review", N_("Responsible-data review of the systems"), table="Review"),
    ExportView(
        "changes",
        N_("What changed since a milestone"),
        table="Changes",
        pdf_columns=("kind", "change", "record", "field", "before", "after", "who", "changed_on"),
    ),
)
REPORT = ExportView("report", N_("Everything, in one document"))  # every view above, in one document
VIEWS = (*(view.name for view in EXPORT_VIEWS), REPORT.name)
PDF_COLUMNS = {view.table: view.pdf_columns for view in EXPORT_VIEWS if view.pdf_columns}
HANDOUTS = frozenset(view.table for view in EXPORT_VIEWS if view.handout)


def view_named(name: str) -> ExportView:
    for view in (*EXPORT_VIEWS, REPORT):
        if view.name == name:
            return view
    raise ValidationError(f"there is no view '{name}'; choose one of {', '.join(VIEWS)}")
