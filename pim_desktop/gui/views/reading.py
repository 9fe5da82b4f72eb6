"""The three ways into the matrix as readable pages: a category down its rows, a row across the categories,
and "find a source" results. Plain functions from data to HTML; every user text is escaped."""

from html import escape

from pim_desktop.domain import model
from pim_desktop.domain.enums import CategoryGroup
from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP, translate

GROUP_NAMES = {
    CategoryGroup.CORE: QT_TRANSLATE_NOOP("Reading", "A core protection category."),
    CategoryGroup.RELATED: QT_TRANSLATE_NOOP("Reading", "A related category."),
}


def _entries_html(entries: list[model.MatrixEntry]) -> str:
    if not entries:
        nothing = translate("Reading", "(nothing yet)")
        return f"<p><i>{escape(nothing)}</i></p>"
    if len(entries) == 1:
        return f"<p>{escape(entries[0].text)}</p>"
    return "<ul>" + "".join(f"<li>{escape(e.text)}</li>" for e in entries) + "</ul>"


def _systems_html(systems: list[model.SystemSummary]) -> str:
    if not systems:
        none_yet = translate("Reading", "No system mapped yet.")
        return f"<p><i>{escape(none_yet)}</i></p>"
    items = []
    for system in systems:
        runners = f" — {escape(', '.join(system.organisations))}" if system.organisations else ""
        items.append(f'<li><a href="system:{system.id}">{escape(system.name)}</a>{runners}</li>')
    return "<ul>" + "".join(items) + "</ul>"


def category_page(matrix: model.Matrix, category: model.Category, systems: list[model.SystemSummary]) -> str:
    group = translate("Reading", GROUP_NAMES[category.group])
    parts = [f"<h2>{escape(category.label)}</h2><p><i>{escape(group)}</i></p>"]
    for row in matrix.rows:
        lock = " 🔒" if row.is_locked else ""
        parts.append(f"<h4>{escape(row.label)}{lock}</h4>")
        parts.append(_entries_html(matrix.cell(category.id, row.id)))
    systems_title = translate("Reading", "Systems in this operation")
    parts.append(f"<h4>{escape(systems_title)}</h4>")
    parts.append(_systems_html(systems))
    return "".join(parts)


def row_page(
    matrix: model.Matrix, row: model.MatrixRow | None, systems: dict[int, list[model.SystemSummary]]
) -> str:
    label = row.label if row is not None else translate("Reading", "Systems in this operation")
    across = translate("Reading", "Read across the eight categories.")
    parts = [f"<h2>{escape(label)}</h2><p><i>{escape(across)}</i></p>"]
    for category in matrix.categories:
        parts.append(f'<h4><a href="category:{category.id}">{escape(category.label)}</a></h4>')
        if row is None:
            parts.append(_systems_html(systems.get(category.id, [])))
        else:
            parts.append(_entries_html(matrix.cell(category.id, row.id)))
    return "".join(parts)


def source_page(result: model.SourceSearchResult, matrix: model.Matrix) -> str:
    if not result.query_terms:
        return translate(
            "Reading", "<p>Type a few words about the data you need, e.g. <i>figures on returns</i>.</p>"
        )
    labels = {category.id: category.label for category in matrix.categories}
    if not result.categories and not result.systems:
        nothing = translate(
            "Reading", "Nothing in the matrix or the mapped systems speaks of that. Try other words."
        )
        return f"<p>{escape(nothing)}</p>"
    categories_title = translate("Reading", "Categories whose matrix speaks of it")
    parts = [f"<h3>{escape(categories_title)}</h3><ol>"]
    for match in result.categories[:5]:
        quotes = "".join(f"<li>{escape(text)}</li>" for text in match.matched_entries[:3])
        parts.append(
            f'<li><a href="category:{match.category_id}"><b>{escape(labels[match.category_id])}</b></a>'
            f"<ul>{quotes}</ul></li>"
        )
    sources_title = translate("Reading", "Systems that could be the source")
    parts.append(f"</ol><h3>{escape(sources_title)}</h3>")
    if not result.systems:
        no_match = translate("Reading", "No mapped system matches yet.")
        parts.append(f"<p><i>{escape(no_match)}</i></p>")
    else:
        parts.append("<ul>")
        for system in result.systems[:15]:
            runners = escape(
                ", ".join(system.organisations) or translate("Reading", "no organisation recorded")
            )
            contact_label = translate("Reading", "Contact")
            contact = (
                f"<br><small>{contact_label}: {escape(system.contact)}</small>" if system.contact else ""
            )
            parts.append(
                f'<li><a href="system:{system.id}"><b>{escape(system.name)}</b></a> '
                f"({escape(labels.get(system.primary_category_id, ''))}) — {runners}{contact}</li>"
            )
        parts.append("</ul>")
    return "".join(parts)


def system_page(system: model.SystemSummary, matrix: model.Matrix) -> str:
    labels = {category.id: category.label for category in matrix.categories}
    rows = [
        (translate("Reading", "Category"), labels.get(system.primary_category_id, "")),
        (translate("Reading", "Run by"), ", ".join(system.organisations)),
        (translate("Reading", "Status"), system.status),
        (translate("Reading", "Methods"), system.methods),
        (translate("Reading", "Outputs"), system.outputs),
        (translate("Reading", "Contact"), system.contact),
    ]
    cells = "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows if v)
    return f"<h2>{escape(system.name)}</h2><table cellpadding='3'>{cells}</table>"
