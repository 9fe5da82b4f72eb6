"""The export views are declared once (exports/views.py): the command line, the export dialog, the csv
check, the PDF's columns and the report all take them from there."""

from pim_desktop.cli import build_parser
from pim_desktop.exports import tables
from pim_desktop.exports.build import build_document
from pim_desktop.exports.changes import CHANGE_FIELDS
from pim_desktop.exports.document import ExportOptions, Table
from pim_desktop.exports.views import EXPORT_VIEWS, PDF_COLUMNS, REPORT, VIEWS
from pim_desktop.services.changes import ChangeLog
from pim_desktop.services.operations import Source, open_operation


def test_the_command_line_offers_every_declared_view():
    parser, _commands = build_parser()
    export = parser._subparsers._group_actions[0].choices["export"]  # type: ignore[union-attr]
    view = next(action for action in export._actions if action.dest == "view")
    assert tuple(view.choices) == VIEWS == (*(v.name for v in EXPORT_VIEWS), REPORT.name)


def test_the_report_has_one_part_a_view_in_order_and_each_table_its_declared_key(operation_source: Source):
    with open_operation(operation_source) as operation_file:
        without = build_document(operation_file, "report", ExportOptions())
        assert len(without.parts) == len(EXPORT_VIEWS) - 1
        assert "Changes" not in [p.key for p in without.parts]  # no milestone yet: nothing to compare with
        ChangeLog(operation_file).mark_milestone("Before the workshop")
        report = build_document(operation_file, "report", ExportOptions())
        assert len(report.parts) == len(EXPORT_VIEWS)
        for view, part in zip(EXPORT_VIEWS, report.parts, strict=True):
            alone = build_document(operation_file, view.name, ExportOptions()).parts
            assert [p.key for p in alone] == [part.key]
            assert isinstance(part, Table) == bool(view.table)
            assert not view.table or part.key == view.table


def test_the_pdf_columns_are_columns_of_their_tables():
    columns = {
        "Systems": tables.SYSTEM_FIELDS,
        "Organisations": tables.ORGANISATION_FIELDS,
        "Action plans": tables.ACTION_ITEM_FIELDS,
        "Changes": CHANGE_FIELDS,
    }
    for key, wanted in PDF_COLUMNS.items():
        assert set(wanted) <= {f.name for f in columns[key]}, key
