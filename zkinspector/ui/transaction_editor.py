"""The transaction editor: operations built by mouse (a table) or as text, committed at once.

A dock of the main window holds one editor per connection (like the search panel), so
the tree stays usable while the list grows: select a node, add "check its version",
"set its data", "delete it" or "create under it", edit the cells, or type the lines. The
table and the text are two views of the same list (models/transaction.py) and follow
each other. Commit sends the list as one request: the server applies all of it or none,
and the results table says what happened to each operation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTreeWidgetItem,
    QWidget,
)

from ..models.transaction import OPERATION_CHOICES, TransactionBuilder
from ..zk.transactions import CHECK, CREATE, DELETE, SET, CommitResult, TxOp, format_op
from .assets import style_message_label
from .widgets import ReadOnlyTable, hbox, vbox

__all__ = ["TransactionEditor", "install_transactions"]

#: Characters of an operation shown in the results (the tooltip has all of it).
OP_CHARS = 70


class _OperationDelegate(QStyledItemDelegate):
    """The Operation column is edited with a list of the operations."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt override)
        if index.column() != 0:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItems(list(OPERATION_CHOICES))
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class TransactionEditor(QWidget):
    """One connection's transaction: buttons, the table and the text, the results.

    ``addRequested(kind)`` asks the page to add an operation for the selected node
    (check, set, delete, create); the page answers through :attr:`builder`.
    """

    addRequested = Signal(str)

    def __init__(self, builder: TransactionBuilder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transactionEditor")
        self.builder = builder
        self._writing_text = False
        self._build()
        self._wire()
        self._show_text()

    # -- construction -----------------------------------------------------------------

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _build(self) -> None:
        b = self._button
        self.addCheckButton = b(
            "transactionAddCheck",
            self.tr("Check Version"),
            self.tr("Add: the transaction fails unless the selected node still has its version"),
        )
        self.addSetButton = b(
            "transactionAddSet",
            self.tr("Set Data"),
            self.tr("Add: write the data shown for the selected node, if its version is unchanged"),
        )
        self.addDeleteButton = b(
            "transactionAddDelete",
            self.tr("Delete"),
            self.tr("Add: delete the selected node, if its version is unchanged"),
        )
        self.addCreateButton = b(
            "transactionAddCreate",
            self.tr("Create Under"),
            self.tr("Add: create a child of the selected node (edit its name in the table)"),
        )
        self.removeButton = b(
            "transactionRemove", self.tr("Remove"), self.tr("Remove the selected operations")
        )
        self.upButton = b("transactionUp", self.tr("Up"), self.tr("Move the operation up"))
        self.downButton = b("transactionDown", self.tr("Down"), self.tr("Move the operation down"))
        self.clearButton = b(
            "transactionClear", self.tr("Clear"), self.tr("Remove every operation")
        )
        self.helpButton = b(
            "transactionHelp", self.tr("Syntax…"), self.tr("How to write operations as text")
        )
        self.commitButton = b(
            "transactionCommitButton",
            self.tr("Commit"),
            self.tr("Send every operation as one transaction: all are applied, or none"),
        )
        self.commitButton.setDefault(True)

        self.table = QTableView()
        self.table.setObjectName("transactionTable")
        self.table.setModel(self.builder.table)
        self.table.setItemDelegate(_OperationDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

        self.text = QPlainTextEdit()
        self.text.setObjectName("transactionText")
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlaceholderText(
            self.tr(
                "check /conf 3\nset /conf/db 'url=jdbc:...' 2\ncreate /app1/p_ first\ndelete /old"
            )
        )
        self.text.setToolTip(_syntax_help())
        self.textError = QLabel()
        self.textError.setObjectName("transactionTextError")
        self.textError.setWordWrap(True)
        style_message_label(self.textError, "error")
        self.textError.hide()

        self.results = ReadOnlyTable(
            "transactionResults", [self.tr("#"), self.tr("Operation"), self.tr("Result")]
        )
        self.results.set_placeholder(self.tr("The result of each operation shows here."))
        for column in (0, 1):
            self.results.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.status = QLabel()
        self.status.setObjectName("transactionStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        views = QSplitter(Qt.Orientation.Horizontal)
        views.addWidget(self.table)
        views.addWidget(_column(self.text, self.textError))
        views.setSizes([500, 400])
        panes = QSplitter(Qt.Orientation.Vertical)
        panes.addWidget(views)
        panes.addWidget(_column(self.status, self.results))
        panes.setSizes([220, 140])
        # Two rows of buttons: in one, the dock would be wider than the window.
        adds = hbox(
            QLabel(self.tr("Add for the selected node:")),
            self.addCheckButton,
            self.addSetButton,
            self.addDeleteButton,
            self.addCreateButton,
            1,
        )
        edits = hbox(
            self.upButton,
            self.downButton,
            self.removeButton,
            self.clearButton,
            1,
            self.helpButton,
            self.commitButton,
        )
        for row in (adds, edits):
            row.setSpacing(6)
        layout = vbox(adds, edits, panes)
        layout.setContentsMargins(6, 6, 6, 6)
        self.setLayout(layout)

    def _wire(self) -> None:
        self._adds = {
            CHECK: self.addCheckButton,
            SET: self.addSetButton,
            DELETE: self.addDeleteButton,
            CREATE: self.addCreateButton,
        }
        for kind, button in self._adds.items():
            button.clicked.connect(lambda _checked=False, k=kind: self.addRequested.emit(k))
        self.removeButton.clicked.connect(self._remove)
        self.upButton.clicked.connect(lambda: self._move(-1))
        self.downButton.clicked.connect(lambda: self._move(1))
        self.clearButton.clicked.connect(self.builder.table.clear)
        self.helpButton.clicked.connect(self.show_help)
        self.commitButton.clicked.connect(self.commit)
        self.text.textChanged.connect(self._text_edited)
        b = self.builder
        b.changed.connect(self._show_text)
        b.table.rejected.connect(lambda text: self._show_status(text, "error"))
        b.committing.connect(lambda: self._show_status(self.tr("Committing…"), "normal"))
        b.committed.connect(self._show_results)
        b.failed.connect(self._show_refusal)
        b.busyChanged.connect(lambda busy: self.commitButton.setEnabled(not busy))

    def set_addable(self, kinds: set[str]) -> None:
        """Let the operations of these kinds be added (what the connection and the
        selected node allow); a commit says itself why it cannot be sent."""
        for kind, button in self._adds.items():
            button.setEnabled(kind in kinds)

    # -- the two views ------------------------------------------------------------------

    def _show_text(self) -> None:
        """Write the operations into the text view (unless the text is what changed)."""
        if self._writing_text:
            return
        self._writing_text = True
        try:
            self.text.setPlainText(self.builder.text())
        finally:
            self._writing_text = False
        self.textError.hide()

    def _text_edited(self) -> None:
        if self._writing_text:
            return
        self._writing_text = True
        try:
            error = self.builder.set_text(self.text.toPlainText())
        finally:
            self._writing_text = False
        self.textError.setText(error or "")
        self.textError.setVisible(bool(error))

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})

    def _remove(self) -> None:
        self.builder.table.remove(self._selected_rows())

    def _move(self, delta: int) -> None:
        rows = self._selected_rows()
        if len(rows) != 1:
            return
        row = self.builder.table.move(rows[0], delta)
        self.table.selectRow(row)

    def select_row(self, row: int) -> None:
        """Select an operation (one just added)."""
        self.table.selectRow(row)
        self.table.scrollTo(self.builder.table.index(row, 0))

    # -- commit and results ---------------------------------------------------------------

    def commit(self) -> None:
        """Commit (what the Commit button does)."""
        self.table.setFocus()  # (an edit in progress is finished first)
        if self.table.state() == QAbstractItemView.State.EditingState:
            self.table.closePersistentEditor(self.table.currentIndex())
        self.builder.commit()

    def _show_status(self, text: str, kind: str) -> None:
        self.status.setText(text)
        style_message_label(self.status, kind)

    def _show_refusal(self, text: str) -> None:
        self.results.clear()
        self._show_status(text, "error")

    def _show_results(self, result: CommitResult, ops: list[TxOp]) -> None:
        b = self.builder
        self.results.clear()
        failed = result.failed_index
        for i, op in enumerate(ops):
            line = format_op(op)
            shown = line if len(line) <= OP_CHARS else line[: OP_CHARS - 1] + "…"
            item = QTreeWidgetItem([str(i + 1), shown, b.outcome(result, ops, i)])
            item.setToolTip(1, line)
            item.setToolTip(2, item.text(2))
            if i == failed:
                font = item.font(2)
                font.setBold(True)
                for column in range(3):
                    item.setFont(column, font)
            self.results.addTopLevelItem(item)
        self._show_status(b.summary(result, ops), "normal" if failed is None else "error")
        if failed is not None:
            self.results.setCurrentItem(self.results.topLevelItem(failed))
            self.table.selectRow(failed)

    def show_help(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Transaction syntax"), _syntax_help(), parent=self
        )
        box.setObjectName("transactionHelpBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _column(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    holder.setLayout(vbox(*widgets))
    return holder


def _syntax_help() -> str:
    return QCoreApplication.translate(
        "TransactionEditor",
        "One operation a line:\n"
        "  create [-e] [-s] PATH [DATA]   (-e ephemeral, -s sequential)\n"
        "  set PATH DATA [VERSION]\n"
        "  delete PATH [VERSION]\n"
        "  check PATH VERSION\n"
        "A VERSION left out (or -1) means any version; check with -1 only asks that the "
        "node exists. Lines starting with # are comments.\n\n"
        "Quoting: a PATH or DATA with spaces goes in quotes. 'single quotes' take "
        'everything literally up to the next single quote. "double quotes" understand '
        '\\" \\\\ \\n \\t \\r and \\xHH (one byte, for binary data). A word without '
        'quotes is taken as it is, e.g. {"a":1}.\n\n'
        "Commit sends all the operations as one request: the server applies all of them "
        "or none.",
    )


def install_transactions(window, dock: QDockWidget) -> None:
    """Wire the Transaction action (it shows ``dock``, where the window keeps each
    connection's editor) and the four "add" actions, also in Node > Add to Transaction.

    A dock, not a dialog: the tree stays usable while the list is built (select a node,
    add an operation on it, select the next), and the results stay in view after a
    commit.
    """
    actions = window.actions
    window.viewMenu.addAction(actions.actionTransaction)
    menu = QMenu(QCoreApplication.translate("TransactionEditor", "Add to &Transaction"), window)
    menu.setObjectName("transactionMenu")
    menu.addActions(actions.transaction_actions())
    window.nodeMenu.addMenu(menu)

    def show() -> None:
        dock.show()
        dock.raise_()

    for action, kind in zip(
        actions.transaction_actions(), (CHECK, SET, DELETE, CREATE), strict=True
    ):
        action.triggered.connect(
            lambda _checked=False, k=kind: (show(), window.page.add_to_transaction(k))
        )
    actions.actionTransaction.triggered.connect(show)
