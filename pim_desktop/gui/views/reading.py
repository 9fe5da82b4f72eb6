"""The three ways into the matrix as readable pages: a category down its rows, a row across the categories,
and "find a source" results. Plain functions from data to HTML; every user text is escaped."""

from html import escape

from pim_desktop.domain import model
from pim_desktop.domain.enums import CategoryGroup

GROUP_NAMES = {CategoryGroup.CORE: "core protection category", CategoryGroup.RELATED: "related category"}


def _entries_html(entries: list[model.MatrixEntry]) -> str:
    if not entries:
        return "<p><i>(nothing yet)</i></p>"
    if len(entries) == 1:
        return f"<p>{escape(entries[0].text)}</p>"
    return "<ul>" + "".join(f"<li>{escape(e.text)}</li>" for e in entries) + "</ul>"


def _systems_html(systems: list[model.SystemSummary]) -> str:
    if not systems:
        return "<p><i>No system mapped yet.</i></p>"
    items = []
    for system in systems:
        runners = f" — {escape(', '.join(system.organisations))}" if system.organisations else ""
        items.append(f'<li><a href="system:{system.id}">{escape(system.name)}</a>{runners}</li>')
    return "<ul>" + "".join(items) + "</ul>"


def category_page(matrix: model.Matrix, category: model.Category, systems: list[model.SystemSummary]) -> str:
    parts = [f"<h2>{escape(category.label)}</h2><p><i>A {GROUP_NAMES[category.group]}.</i></p>"]
    for row in matrix.rows:
        lock = " 🔒" if row.is_locked else ""
        parts.append(f"<h4>{escape(row.label)}{lock}</h4>")
        parts.append(_entries_html(matrix.cell(category.id, row.id)))
    parts.append("<h4>Systems in this operation</h4>")
    parts.append(_systems_html(systems))
    return "".join(parts)


def row_page(
    matrix: model.Matrix, row: model.MatrixRow | None, systems: dict[int, list[model.SystemSummary]]
) -> str:
    label = row.label if row is not None else "Systems in this operation"
    parts = [f"<h2>{escape(label)}</h2><p><i>Read across the eight categories.</i></p>"]
    for category in matrix.categories:
        parts.append(f'<h4><a href="category:{category.id}">{escape(category.label)}</a></h4>')
        if row is None:
            parts.append(_systems_html(systems.get(category.id, [])))
        else:
            parts.append(_entries_html(matrix.cell(category.id, row.id)))
    return "".join(parts)


def source_page(result: model.SourceSearchResult, matrix: model.Matrix) -> str:
    if not result.query_terms:
        return "<p>Type a few words about the data you need, e.g. <i>figures on returns</i>.</p>"
    labels = {category.id: category.label for category in matrix.categories}
    if not result.categories and not result.systems:
        return "<p>Nothing in the matrix or the mapped systems speaks of that. Try other words.</p>"
    parts = ["<h3>Categories whose matrix speaks of it</h3><ol>"]
    for match in result.categories[:5]:
        quotes = "".join(f"<li>{escape(text)}</li>" for text in match.matched_entries[:3])
        parts.append(
            f'<li><a href="category:{match.category_id}"><b>{escape(labels[match.category_id])}</b></a>'
            f"<ul>{quotes}</ul></li>"
        )
    parts.append("</ol><h3>Systems that could be the source</h3>")
    if not result.systems:
        parts.append("<p><i>No mapped system matches yet.</i></p>")
    else:
        parts.append("<ul>")
        for system in result.systems[:15]:
            runners = escape(", ".join(system.organisations)) or "no organisation recorded"
            contact = f"<br><small>Contact: {escape(system.contact)}</small>" if system.contact else ""
            parts.append(
                f'<li><a href="system:{system.id}"><b>{escape(system.name)}</b></a> '
                f"({escape(labels.get(system.primary_category_id, ''))}) — {runners}{contact}</li>"
            )
        parts.append("</ul>")
    return "".join(parts)


def system_page(system: model.SystemSummary, matrix: model.Matrix) -> str:
    labels = {category.id: category.label for category in matrix.categories}
    rows = [
        ("Category", labels.get(system.primary_category_id, "")),
        ("Run by", ", ".join(system.organisations)),
        ("Status", system.status),
        ("Methods", system.methods),
        ("Outputs", system.outputs),
        ("Contact", system.contact),
    ]
    cells = "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows if v)
    return f"<h2>{escape(system.name)}</h2><table cellpadding='3'>{cells}</table>"
