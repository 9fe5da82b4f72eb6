"""One export, from an operation file to a file: the one path the CLI and the window share."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pim_desktop.domain.errors import PimError, ValidationError
from pim_desktop.exports.document import Document, ExportOptions
from pim_desktop.exports.files import write_atomically
from pim_desktop.i18n import _, speaking

if TYPE_CHECKING:  # the command line's parser reads FORMATS before anything opens a file
    from pim_desktop.services.operations import OpenOperation

FORMATS = ("xlsx", "pdf", "csv", "json")


def _writer(format_name: str) -> Callable[[Document, Path], None]:
    if format_name == "xlsx":
        from pim_desktop.exports.xlsx import write_xlsx

        return write_xlsx
    if format_name == "pdf":
        from pim_desktop.exports.pdf import write_pdf

        return write_pdf
    if format_name == "csv":
        from pim_desktop.exports.csv_writer import write_csv

        return write_csv
    raise ValidationError(f"there is no format '{format_name}'; choose one of {', '.join(FORMATS)}")


class ExportCancelledError(PimError):
    """The user cancelled: the target was left as it was."""


def export(
    operation_file: "OpenOperation",
    view: str,
    format_name: str,
    target: Path,
    options: ExportOptions,
    today: date | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Document:
    """Build the view's document and write it; the target is only replaced once the file is complete, and
    not at all when `cancelled` says so by then."""
    with speaking(options.language):  # headings, labels and standard wording in the export's language
        return _export(operation_file, view, format_name, target, options, today, cancelled)


def _export(
    operation_file: "OpenOperation",
    view: str,
    format_name: str,
    target: Path,
    options: ExportOptions,
    today: date | None,
    cancelled: Callable[[], bool],
) -> Document:
    from pim_desktop.exports.build import build_document

    if format_name == "json":  # the whole operation, whatever the view
        from pim_desktop.exports.json_export import write_json

        document = build_document(operation_file, "report", options, today)

        def json_writer(_document: Document, temporary: Path) -> None:
            write_json(operation_file, options, document.exported_on, temporary)

        writer: Callable[[Document, Path], None] = json_writer
    else:
        writer = _writer(format_name)
        document = build_document(operation_file, view, options, today)
    if cancelled():
        raise ExportCancelledError(_("the export was cancelled; nothing was written"))

    def write(temporary: Path) -> None:
        writer(document, temporary)
        if cancelled():
            raise ExportCancelledError(_("the export was cancelled; nothing was written"))

    write_atomically(target, write)
    return document
