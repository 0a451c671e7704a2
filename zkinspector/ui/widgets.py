"""Small shared widgets and helpers: a read-only table, layouts in one call, message boxes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QMessageBox,
    QStyle,
    QStyleOptionGroupBox,
    QTableView,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

__all__ = ["ReadOnlyTable", "fold", "hbox", "row_table", "show_message", "vbox", "warn"]

LayoutItem = QWidget | QLayout | int
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum size"


class ReadOnlyTable(QTreeWidget):
    """A read-only table: rows in columns (a QTreeWidget without branches).

    Whole rows are selected, several at a time; rows alternate colours; the last column
    takes the remaining width. Copy (Ctrl+C while focused, and the context menu) puts
    ``selection_text()`` on the clipboard. While there are no rows, the placeholder
    message is painted in grey instead.
    """

    def __init__(self, name: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setColumnCount(len(headers))
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.header().setStretchLastSection(True)
        self._placeholder = ""
        copy = QAction(QCoreApplication.translate("ReadOnlyTable", "&Copy"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def selection_text(self) -> str:
        """What Copy puts on the clipboard; each table says ("" copies nothing)."""
        return ""

    def copy_selection(self) -> None:
        """Copy ``selection_text()`` to the clipboard, if there is any."""
        text = self.selection_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def placeholder(self) -> str:
        """The message shown while the table is empty ("" for none)."""
        return self._placeholder

    def set_placeholder(self, text: str) -> None:
        """Show ``text`` while there are no rows ("" for none)."""
        self._placeholder = text
        self.viewport().update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Paint the rows, or the placeholder message when there are none."""
        super().paintEvent(event)
        if not self._placeholder or self.topLevelItemCount():
            return
        viewport = self.viewport()
        painter = QPainter(viewport)
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(
            viewport.rect().adjusted(12, 12, -12, -12),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self._placeholder,
        )
        painter.end()


def row_table(name: str, model) -> QTableView:
    """A read-only QTableView of whole rows over ``model``: several rows selectable, no
    grid, alternating colours, compact fixed-height rows without row numbers."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.horizontalHeader().setHighlightSections(False)
    return view


def _fill(layout: QBoxLayout, items: tuple[LayoutItem, ...]) -> QBoxLayout:
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        if isinstance(item, QWidget):
            layout.addWidget(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addStretch(item)
    return layout


def hbox(*items: LayoutItem) -> QHBoxLayout:
    """A row without margins: widgets and layouts in order, an int adds that much stretch."""
    return _fill(QHBoxLayout(), items)  # type: ignore[return-value]


def vbox(*items: LayoutItem) -> QVBoxLayout:
    """A column without margins: widgets and layouts in order, an int adds that much stretch."""
    return _fill(QVBoxLayout(), items)  # type: ignore[return-value]


def fold(group: QGroupBox, show: Callable[[bool], None]) -> None:
    """Show a checkable group's fields (``show(on)``) only while it is ticked; unticked it
    is its title alone (its empty frame would be drawn as a grey bar)."""

    def apply(on: bool) -> None:
        show(on)
        option = QStyleOptionGroupBox()
        group.initStyleOption(option)
        title = group.style().subControlRect(
            QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxCheckBox, group
        )
        group.setMaximumHeight(QWIDGETSIZE_MAX if on else title.bottom() + 2)

    group.toggled.connect(apply)
    apply(group.isChecked())


def warn(parent: QWidget, say: Callable[[str, int], None], title: str, text: str) -> None:
    """Tell of a failure twice: ``say(text, ms)`` (the status bar) and a message box."""
    say(text, 10000)
    show_message(parent, title, text)


def show_message(
    parent: QWidget,
    title: str,
    text: str,
    *,
    name: str = "errorBox",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """Open a message box window-modal and return at once (it deletes itself on close)."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
