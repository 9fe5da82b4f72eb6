"""The columns of the register and mapping tables: what each shows and how it sorts."""

from collections.abc import Callable

from PySide6.QtGui import QBrush, QColor

from pim_desktop.domain import model
from pim_desktop.domain.labels import label
from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP, left_to_right, translate
from pim_desktop.gui.models.record_table import Column
from pim_desktop.gui.theme import colours

Organisations = list[Column[model.Organisation]]
Systems = list[Column[model.SystemSummary]]


def organisation_columns() -> Organisations:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda o: o.details.name),
        Column(QT_TRANSLATE_NOOP("Columns", "Acronym"), lambda o: o.details.acronym),
        Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda o: label(o.details.org_type)),
        Column(QT_TRANSLATE_NOOP("Columns", "Focal point"), lambda o: o.details.focal_name),
        Column(QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda o: o.details.focal_email),
        Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda o: left_to_right(o.details.focal_phone)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Systems"),
            lambda o: str(o.system_count),
            sort_key=lambda o: o.system_count,
        ),
    ]


def _status_background(system: model.SystemSummary) -> QBrush | None:
    theme = colours()
    colour = {"planned": theme.planned, "paused": theme.paused, "ended": theme.ended}.get(system.status.value)
    return QBrush(QColor(colour)) if colour else None


def system_columns(category_label: Callable[[int], str]) -> Systems:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda s: s.name),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Category"),
            lambda s: category_label(s.primary_category_id),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Run by"), lambda s: ", ".join(s.organisations)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda s: label(s.status),
            background=_status_background,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Sensitivity"),
            lambda s: label(s.sensitivity),
            sort_key=lambda s: s.sensitivity.rank,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Coverage"), lambda s: s.coverage),
        Column(QT_TRANSLATE_NOOP("Columns", "Outputs"), lambda s: s.outputs),
    ]


def category_system_columns(category_id: Callable[[], int | None]) -> Systems:
    """The systems of one category, with what they do and where."""
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda s: s.name),
        Column(QT_TRANSLATE_NOOP("Columns", "Run by"), lambda s: ", ".join(s.organisations)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "As"),
            lambda s: (
                translate("Columns", "primary")
                if s.primary_category_id == category_id()
                else translate("Columns", "secondary")
            ),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Methods"), lambda s: s.methods),
        Column(QT_TRANSLATE_NOOP("Columns", "Outputs"), lambda s: s.outputs),
        Column(QT_TRANSLATE_NOOP("Columns", "Coverage"), lambda s: s.coverage),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda s: label(s.status),
            background=_status_background,
        ),
    ]


def source_columns(
    category_label: Callable[[int], str], contact: Callable[[model.SystemSummary], str]
) -> Systems:
    """Find a source: the systems that could give the data, and whom to ask."""
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "System"), lambda s: s.name),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Category"),
            lambda s: category_label(s.primary_category_id),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Run by"), lambda s: ", ".join(s.organisations)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda s: label(s.status),
            background=_status_background,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Whom to ask"), contact),
        Column(QT_TRANSLATE_NOOP("Columns", "Methods"), lambda s: s.methods),
        Column(QT_TRANSLATE_NOOP("Columns", "Outputs"), lambda s: s.outputs),
    ]
