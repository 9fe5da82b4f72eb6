"""Presentation mode's view alone: what is hidden around the view (the view tabs, the page's buttons, fields
and hints) and given back exactly, and the tables laid out for the room: every column as wide as its
content, long text wrapped in the columns that share what is left, every row as tall as its text."""

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabBar,
    QTableView,
    QWidget,
)

from pim_desktop.gui.views.table_fitting import fit_to_content

CHROME = (QAbstractButton, QTabBar, QLineEdit, QComboBox, QAbstractSpinBox)


def _is_chrome(widget: QWidget) -> bool:
    if isinstance(widget, CHROME):
        return True
    return isinstance(widget, QLabel) and widget.objectName().endswith(("Hint", "Label", "Summary", "Banner"))


def _room_for(pane: QWidget) -> int:
    """The width a pane beside the table needs: its list's names whole (a plan's groups), not cut."""
    lists = [v for v in pane.findChildren(QAbstractItemView) if v.isVisible() and v.model() is not None]
    names = max((v.sizeHintForColumn(0) + 2 * v.frameWidth() + 4 for v in lists), default=0)
    return max(pane.minimumSizeHint().width(), names)


def _is_empty(view: QTableView, column: int) -> bool:
    model = view.model()
    values = {str(model.index(row, column).data() or "").strip() for row in range(model.rowCount())}
    return model.rowCount() > 0 and values <= {"", "—"}


class ViewAlone(QObject):
    """Hides the chrome of `page` (and the `around` widgets), fits its tables; `restore` puts all back."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._hidden: list[QWidget] = []
        self._headers: list[tuple[QHeaderView, QByteArray, int, Qt.AlignmentFlag]] = []  # to give back
        self._splitters: list[tuple[QSplitter, QByteArray]] = []
        self._escape: Callable[[], None] = lambda: None

    def show_alone(self, page: QWidget, around: list[QWidget], on_escape: Callable[[], None]) -> None:
        self._escape = on_escape
        for widget in [*around, *page.findChildren(QWidget)]:
            if widget.isVisible() and (widget in around or _is_chrome(widget)):
                widget.hide()
                self._hidden.append(widget)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def fit_tables(self, page: QWidget) -> None:
        """Columns as wide as their content; the long ones share the view's width and wrap. Called again
        when the zoom changes."""
        for splitter in page.findChildren(QSplitter):  # the table's pane takes what the others leave
            if splitter.isVisible() and splitter.orientation() == Qt.Orientation.Horizontal:
                if not any(saved is splitter for saved, _state in self._splitters):
                    self._splitters.append((splitter, splitter.saveState()))
                panes = [splitter.widget(i) for i in range(splitter.count())]
                least = [_room_for(p) if p and not p.findChildren(QTableView) else 0 for p in panes]
                splitter.setSizes([w or splitter.width() - sum(least) for w in least])
        QApplication.processEvents()
        for view in page.findChildren(QTableView):
            if not view.isVisible():
                continue
            header = view.horizontalHeader()
            if not any(saved[0] is header for saved in self._headers):
                kept = (header, header.saveState(), header.minimumHeight(), header.defaultAlignment())
                self._headers.append(kept)
            for column in range(header.count()):  # a column with nothing in it only takes the room's space
                header.setSectionHidden(column, _is_empty(view, column))
            fit_to_content(view)

    def restore(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for widget in self._hidden:
            widget.show()
        self._hidden.clear()
        for header, state, height, alignment in self._headers:
            header.restoreState(state)
            header.setMinimumHeight(height)
            header.setDefaultAlignment(alignment)
        self._headers.clear()
        for splitter, sizes in self._splitters:
            splitter.restoreState(sizes)
        self._splitters.clear()
        self._headers.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Escape leaves, whatever has the focus (a table would take it to cancel an edit)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self._escape()
            return True
        return super().eventFilter(watched, event)
