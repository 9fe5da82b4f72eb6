"""Tables whose text is never cut: every column as wide as its content, and when that is wider than the view,
each keeps its longest word and the long ones share what is left and wrap; rows as tall as their text. The
registers, the mapping's grids, the follow-up and presentation mode's view alone all fit their tables so."""

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QTableView

ROWS_MEASURED = 200  # enough to find a column's longest word and widest value
ROWS_AHEAD = 40  # rows below the view measured too, for what comes into view as rows above grow or shrink
PADDING = 12  # pixels around a cell's text
MOST_HEADING_LINES = 3
WRAPPED_HEADING = (
    Qt.AlignmentFlag.AlignLeft
    | Qt.AlignmentFlag.AlignVCenter
    | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
)


def _texts(view: QTableView, column: int) -> list[str]:
    model = view.model()
    texts = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")]
    rows = min(model.rowCount(), ROWS_MEASURED)
    return texts + [str(model.index(row, column).data() or "") for row in range(rows)]


def longest_word(view: QTableView, column: int) -> int:
    """The width of the longest word of a column's heading and values: narrower, a word would be cut."""
    metrics = view.fontMetrics()
    words = {word for text in _texts(view, column) for word in text.split()}
    return max((metrics.horizontalAdvance(word) for word in words), default=0) + PADDING


def widest_value(view: QTableView, column: int) -> int:
    """The width of a column's widest value on one line (its heading may wrap)."""
    metrics = view.fontMetrics()
    _heading, *values = _texts(view, column)
    return max((metrics.horizontalAdvance(text) for text in values), default=0) + PADDING


def fit_to_content(view: QTableView) -> None:
    """Columns as wide as their content, shared out when the view is narrower; rows as tall as their text."""
    model, header = view.model(), view.horizontalHeader()
    if model is None or not model.columnCount():
        return
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    header.setDefaultAlignment(WRAPPED_HEADING)  # a heading wraps between words, never cut
    header.setStretchLastSection(False)
    columns = range(header.count())
    least = [0 if header.isSectionHidden(c) else longest_word(view, c) for c in columns]
    whole = [max(w, widest_value(view, c)) if w else 0 for c, w in zip(columns, least, strict=True)]
    room = view.viewport().width() - 4
    if sum(whole) > room:  # each its longest word, and what is left shared by what they lack
        lacking = sum(w - m for w, m in zip(whole, least, strict=True)) or 1
        spare = max(room - sum(least), 0)
        whole = [int(m + spare * (w - m) / lacking) for w, m in zip(whole, least, strict=True)]
    elif sum(whole) and room > sum(whole):  # what is spare goes to the columns as they need it
        total = sum(whole)
        whole = [w + (room - total) * w // total for w in whole]
    for column, width in enumerate(whole):
        if width:
            header.resizeSection(column, width)
    fit_rows_in_view(view)
    metrics = view.fontMetrics()
    tallest = max(  # each heading wrapped between words in its column's width
        (
            metrics.boundingRect(
                QRect(0, 0, width - PADDING, 10_000),
                int(Qt.TextFlag.TextWordWrap.value),
                str(model.headerData(column, Qt.Orientation.Horizontal) or ""),
            ).height()
            for column, width in enumerate(whole)
            if width > PADDING
        ),
        default=metrics.lineSpacing(),
    )
    header.setMinimumHeight(min(tallest, MOST_HEADING_LINES * metrics.lineSpacing()) + PADDING // 2)


def fit_rows_in_view(view: QTableView) -> None:
    """The rows in view as tall as their wrapped text; a row whose texts fit on one line keeps one line.
    Only what is in view is measured (Qt measures a wrapped row in a fraction of a millisecond, 20,000 of
    them in seconds); scrolling measures the rows it brings."""
    model, metrics, rows = view.model(), view.fontMetrics(), view.verticalHeader()
    if model is None or not model.rowCount():
        return
    one_line = metrics.height() + 8  # a row of one line, as compact as Qt's own measure makes it
    rows.setDefaultSectionSize(one_line)
    shown = [
        (column, view.columnWidth(column) - PADDING)
        for column in range(model.columnCount())
        if not view.isColumnHidden(column)
    ]
    first = max(view.rowAt(0), 0)
    last = view.rowAt(view.viewport().height() - 1)
    for row in range(first, min((last if last >= 0 else model.rowCount()) + ROWS_AHEAD, model.rowCount())):
        texts = ((str(model.index(row, column).data() or ""), room) for column, room in shown)
        if any(metrics.horizontalAdvance(text) > room for text, room in texts):
            view.resizeRowToContents(row)
        elif rows.sectionSize(row) != one_line:
            rows.resizeSection(row, one_line)


class TableFitter(QObject):
    """Fits a table again when its rows, its width or its font change (after the events of the moment)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(lambda: fit_to_content(view))
        self._rows_timer = QTimer(self, singleShot=True, interval=0)
        self._rows_timer.timeout.connect(lambda: fit_rows_in_view(view))
        view.verticalScrollBar().valueChanged.connect(self._rows_timer.start)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        self.watch(view.model())

    def watch(self, model: QAbstractItemModel | None) -> None:
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.dataChanged, model.rowsInserted):
                signal.connect(self._timer.start)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self._timer.start()
        return False


def keep_fitted(view: QTableView) -> TableFitter:
    """Fit `view` now and whenever what it shows changes; the view owns its fitter."""
    fitter = view.findChild(TableFitter)
    if fitter is None:
        return TableFitter(view)
    fitter.watch(view.model())
    return fitter
