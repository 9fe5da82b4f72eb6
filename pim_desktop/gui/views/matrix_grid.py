"""The matrix grid view: wrapped rich-text cells, a header that groups the core five categories apart from
the related three, and columns that share the width of the window."""

from PySide6.QtCore import QAbstractItemModel, QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from pim_desktop.domain.enums import CategoryGroup
from pim_desktop.domain.labels import label
from pim_desktop.gui import view_keys
from pim_desktop.gui.models.matrix_model import HTML_ROLE, MatrixTableModel, ModelIndex, group_colour
from pim_desktop.gui.theme import colours

CELL_PADDING = 6
LIST_INDENT = 14
MIN_COLUMN_CHARACTERS = 17  # below this a column scrolls sideways rather than becoming unreadable
MAX_HEADER_LINES = 3
ROW_HEADER_CHARACTERS = 18


def _document(html: str, font: QFont, width: int) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setIndentWidth(LIST_INDENT)  # Qt's 40 px default would eat a narrow column
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never split a word in two
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet("ul { margin-left: 0px; -qt-list-indent: 1; } li { margin-bottom: 2px; }")
    document.setHtml(html)
    document.setTextWidth(max(width - 2 * CELL_PADDING, 20))
    return document


class MatrixDelegate(QStyledItemDelegate):
    """Paints each cell's HTML list, wrapped to the column's width."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = _document(index.data(HTML_ROLE) or "", option.font, option.rect.width())
        painter.save()
        painter.translate(option.rect.left() + CELL_PADDING, option.rect.top() + CELL_PADDING)
        painter.setClipRect(
            QRect(0, 0, option.rect.width() - CELL_PADDING, option.rect.height() - CELL_PADDING)
        )
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: N802
        width = self._view.columnWidth(index.column())
        document = _document(index.data(HTML_ROLE) or "", option.font, width)
        return QSize(width, int(document.size().height()) + 2 * CELL_PADDING)


class GroupedHeader(QHeaderView):
    """Category headers on a band that names their group, with labels wrapped over up to three lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def _band_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        bold = QFont(self.font())
        bold.setBold(True)
        line = self.fontMetrics().lineSpacing()
        return QSize(hint.width(), self._band_height() + line * MAX_HEADER_LINES + 10)

    def _group_of(self, logical_index: int) -> CategoryGroup | None:
        model = self.model()
        if isinstance(model, MatrixTableModel) and logical_index < model.columnCount():
            return model.category_at(logical_index).group
        return None

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:  # noqa: N802
        group = self._group_of(logical_index)
        if group is None:
            super().paintSection(painter, rect, logical_index)
            return
        painter.save()
        band = QRect(rect.left(), rect.top(), rect.width(), self._band_height())
        label_rect = rect.adjusted(0, self._band_height(), 0, 0)
        colour = group_colour(group)
        painter.fillRect(band, colour.darker(112))
        selected = self.selectionModel() is not None and self.selectionModel().isColumnSelected(
            logical_index, self.rootIndex()
        )
        painter.fillRect(label_rect, colour.darker(120) if selected else colour)
        painter.setPen(QColor(colours().grid_line))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if self._is_group_boundary(logical_index):
            painter.setPen(QColor(colours().group_line))
            painter.drawLine(rect.topRight(), rect.bottomRight())
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        text = str(self.model().headerData(logical_index, Qt.Orientation.Horizontal) or "")
        painter.drawText(
            label_rect.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text
        )
        painter.restore()

    def _is_group_boundary(self, logical_index: int) -> bool:
        return (
            self._group_of(logical_index) != self._group_of(logical_index + 1)
            and self._group_of(logical_index + 1) is not None
        )

    def group_bands(self) -> list[tuple[QRect, CategoryGroup]]:
        """The band above each run of categories of one group, where its name is written."""
        model = self.model()
        if not isinstance(model, MatrixTableModel) or not model.columnCount():
            return []
        bands, start = [], 0
        for column in range(1, model.columnCount() + 1):
            if column < model.columnCount() and self._group_of(column) == self._group_of(start):
                continue
            # in Arabic the first category is on the right: the band runs from the leftmost edge of either
            first, last = self.sectionViewportPosition(start), self.sectionViewportPosition(column - 1)
            left = min(first, last)
            right = max(first + self.sectionSize(start), last + self.sectionSize(column - 1))
            group = self._group_of(start)
            if group is not None:
                bands.append((QRect(left, 0, right - left, self._band_height()), group))
            start = column
        return bands

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        bands = self.group_bands()
        if not bands:
            return
        painter = QPainter(self.viewport())
        font = QFont(self.font())
        # Arabic has no italics (and a slanted face may lack its letters): upright there
        font.setItalic(self.layoutDirection() == Qt.LayoutDirection.LeftToRight)
        painter.setFont(font)
        for band, group in bands:
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, label(group))
        painter.end()


class RowHeader(QHeaderView):
    """Row names wrapped at the top of their row, locked rows with a lock before the name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(
            self.fontMetrics().averageCharWidth() * ROW_HEADER_CHARACTERS, super().sizeHint().height()
        )

    def _text_rect(self, rect: QRect, logical_index: int) -> tuple[QRect, QRect | None]:
        """Where a row's name is written in its section, and its lock if it has one: at the start of the
        line, the right in Arabic."""
        text_rect = rect.adjusted(6, 6, -4, -4)
        model = self.model()
        icon = model.headerData(logical_index, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole)
        if not isinstance(icon, QIcon):
            return text_rect, None
        size = self.fontMetrics().height()
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            icon_rect = QRect(text_rect.right() - size, text_rect.top(), size, size)
            text_rect.setRight(text_rect.right() - size - 4)
        else:
            icon_rect = QRect(text_rect.left(), text_rect.top(), size, size)
            text_rect.setLeft(text_rect.left() + size + 4)
        return text_rect, icon_rect

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sectionSizeFromContents(self, logical_index: int) -> QSize:  # noqa: N802
        """A row is at least as tall as its name wrapped in the header: "Data protection arrangements" is
        never cut to "Data" when its cells are short."""
        hint = super().sectionSizeFromContents(logical_index)
        model = self.model()
        if model is None:
            return hint
        width = self.width() if self.isVisible() and self.width() > 0 else self.sizeHint().width()
        text_rect, _icon = self._text_rect(QRect(0, 0, width, 10_000), logical_index)
        text = str(model.headerData(logical_index, Qt.Orientation.Vertical) or "")
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        needed = QFontMetrics(self._bold()).boundingRect(text_rect, flags, text).height()
        return QSize(hint.width(), max(hint.height(), needed + 12))

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:  # noqa: N802
        model = self.model()
        if model is None:
            return
        painter.save()
        selected = self.selectionModel() is not None and self.selectionModel().isRowSelected(
            logical_index, self.rootIndex()
        )
        background = self.palette().color(QPalette.ColorRole.Button)
        painter.fillRect(rect, background.darker(112) if selected else background)
        painter.setPen(QColor(colours().grid_line))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        text_rect, icon_rect = self._text_rect(rect, logical_index)
        icon = model.headerData(logical_index, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon) and icon_rect is not None:
            icon.paint(painter, icon_rect)
        painter.setFont(self._bold())
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        text = str(model.headerData(logical_index, Qt.Orientation.Vertical) or "")
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, text
        )
        painter.restore()


class MatrixGrid(QTableView):
    """The grid itself: fits its columns to the window and its rows to their wrapped contents."""

    edit_requested = Signal()  # Enter on a cell, or a double-click
    spotlight_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spotlight: str | None = None  # None, "category" or "row": what is shown one at a time
        self.spotlight_index = 0
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self.fit_to_width)
        self.setHorizontalHeader(GroupedHeader(self))
        self.setVerticalHeader(RowHeader(self))
        self.setItemDelegate(MatrixDelegate(self))
        self.setWordWrap(True)
        self.setProperty("role", "matrix")  # the theme's selection, on which changed entries stay readable
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # always there, so the width shared among the columns does not jump when rows grow
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._show_spotlight)
            model.modelReset.connect(self._refit.start)
            model.dataChanged.connect(self._refit.start)

    def minimum_column_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * MIN_COLUMN_CHARACTERS

    def fit_to_width(self) -> None:
        """Share the visible width among the categories (never below a readable minimum), then size rows."""
        model = self.model()
        if model is None or not model.columnCount():
            return
        available = self.viewport().width()
        shown = sum(1 for column in range(model.columnCount()) if not self.isColumnHidden(column))
        width = max(self.minimum_column_width(), available // max(1, shown))
        header = self.horizontalHeader()
        for column in range(model.columnCount()):
            header.resizeSection(column, width)
        self.resizeRowsToContents()

    # --- the spotlight: one category, or one row, at a time ---------------------------------------------

    def _spotlight_count(self) -> int:
        model = self.model()
        if model is None or self.spotlight is None:
            return 0
        return model.columnCount() if self.spotlight == "category" else model.rowCount()

    def set_spotlight(self, kind: str | None, index: int | None = None) -> None:
        """Show one category (kind "category") or one row ("row") alone, or everything again (None). It
        starts at the selected cell's category or row."""
        current = self.currentIndex()
        if index is None:
            along = current.column() if kind == "category" else current.row()
            index = along if current.isValid() else 0
        self.spotlight, self.spotlight_index = kind, max(0, index)
        self._show_spotlight()

    def step_spotlight(self, offset: int) -> None:
        count = self._spotlight_count()
        if count:
            self.spotlight_index = (self.spotlight_index + offset) % count
            self._show_spotlight()

    def _show_spotlight(self) -> None:
        model = self.model()
        if model is None:
            return
        self.spotlight_index = min(self.spotlight_index, max(0, self._spotlight_count() - 1))
        for column in range(model.columnCount()):
            self.setColumnHidden(column, self.spotlight == "category" and column != self.spotlight_index)
        for row in range(model.rowCount()):
            self.setRowHidden(row, self.spotlight == "row" and row != self.spotlight_index)
        if self.spotlight is not None:
            column = (
                self.spotlight_index if self.spotlight == "category" else max(0, self.currentIndex().column())
            )
            row = self.spotlight_index if self.spotlight == "row" else max(0, self.currentIndex().row())
            self.setCurrentIndex(model.index(row, column))
        self._refit.start()
        self.spotlight_changed.emit()

    def _spotlight_step_of(self, event: QKeyEvent) -> int:
        """Arrows across for categories (mirrored right to left), arrows down for rows, and Page Up and
        Page Down for both: what a presenter's remote sends."""
        steps = {view_keys.NEXT_PAGE: 1, view_keys.PREVIOUS_PAGE: -1}
        if self.spotlight == "category":
            forward = -1 if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else 1
            steps |= {view_keys.NEXT_CATEGORY: forward, view_keys.PREVIOUS_CATEGORY: -forward}
        elif self.spotlight == "row":
            steps |= {view_keys.NEXT_ROW: 1, view_keys.PREVIOUS_ROW: -1}
        found = [step for key, step in steps.items() if key.matches(event)]
        return found[0] if found and self.spotlight else 0

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if view_keys.EDIT_CELL.matches(event) and self.currentIndex().isValid():
            self.edit_requested.emit()
            return
        if step := self._spotlight_step_of(event):
            self.step_spotlight(step)
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseDoubleClickEvent(event)
        if self.indexAt(event.position().toPoint()).isValid():
            self.edit_requested.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._refit.start()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        self._refit.start()  # font changes (zoom) rewrap the cells
