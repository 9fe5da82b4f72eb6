"""CSV of a single table: UTF-8 with a byte order mark (so Excel reads accents and Arabic), the headings in
the export's language (or, with `hxl`, the stable keys and a row of HXL tags), text that cannot turn into a
formula."""

import csv
from datetime import date
from pathlib import Path

from pim_desktop.domain.errors import ValidationError
from pim_desktop.exports.document import Document
from pim_desktop.exports.safe_text import csv_text
from pim_desktop.i18n import _


def write_csv(document: Document, path: Path) -> None:
    tables = document.tables
    if len(tables) != 1 or len(document.parts) != 1:
        raise ValidationError(
            _("the {view} view is not a single table: export it as xlsx, pdf or json instead of csv").format(
                view=document.view
            )
        )
    table = tables[0]
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        if document.options.hxl:  # for machines: the stable keys, then the HXL tags
            writer.writerow([field.name for field in table.fields])
            writer.writerow([field.hxl for field in table.fields])
        else:
            writer.writerow([csv_text(field.heading) for field in table.fields])
        for row in table.rows:
            writer.writerow([_text(value) for value in row])


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return csv_text(str(value)) if isinstance(value, str) else str(value)
