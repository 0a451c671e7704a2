"""A transaction being built: its operations as a table and as text, and its commit.

:class:`TransactionTable` is the editable table of the operations (operation, path,
data, version); :class:`TransactionBuilder` owns it, keeps the text form in step
(``text()`` / ``set_text()``), and commits the list as one request through the session
(zk/transactions.py), reporting each operation's result.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kazoo.exceptions import BadVersionError, NoNodeError, RolledBackError
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..zk import paths
from ..zk.errors import describe
from ..zk.session import DISCONNECTED, ZkSession
from ..zk.transactions import (
    CHECK,
    CREATE,
    DELETE,
    SET,
    CommitResult,
    TransactionSyntaxError,
    TxOp,
    commit,
    format_data,
    format_op,
    format_ops,
    parse,
    parse_line,
)

__all__ = ["OPERATION_CHOICES", "TransactionBuilder", "TransactionTable"]

OPERATION, PATH, DATA, VERSION = range(4)
Index = QModelIndex | QPersistentModelIndex

#: What the Operation column offers: the words of the text form (flags included).
OPERATION_CHOICES = (
    "check",
    "create",
    "create -e",
    "create -s",
    "create -e -s",
    "set",
    "delete",
)


def _operation_word(op: TxOp) -> str:
    if op.kind != CREATE:
        return op.kind
    return " ".join(["create"] + ["-e"] * op.ephemeral + ["-s"] * op.sequential)


def _shown_data(data: bytes) -> str:
    """Data as the table shows it: the text itself, or its double-quoted escaped form."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and text.isprintable() and not text.startswith('"'):
        return text
    return format_data(data) if data else ""


def _typed_data(text: str) -> bytes:
    """Data typed in the table: a double-quoted word is read with its escapes, the rest
    is taken as it is. Raises ValueError with a sentence."""
    if not text.startswith('"'):
        return text.encode("utf-8")
    op = parse_line(f"create / {text}")  # (the path is a stand-in: only the data is read)
    assert op is not None
    return op.data


class TransactionTable(QAbstractTableModel):
    """The operations of a transaction as rows; cells are edited in place.

    ``rejected(sentence)`` says why an edit was refused (nothing changes then).
    """

    rejected = Signal(str)
    edited = Signal()  # a cell was changed by the user

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops: list[TxOp] = []

    def ops(self) -> list[TxOp]:
        return list(self._ops)

    def set_ops(self, ops: list[TxOp]) -> None:
        if ops == self._ops:
            return
        self.beginResetModel()
        self._ops = list(ops)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._ops)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Operation"), self.tr("Path"), self.tr("Data"), self.tr("Version"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        op = self._ops[index.row()]
        column = index.column()
        usable = column in (OPERATION, PATH)
        usable = usable or (column == DATA and op.kind in (CREATE, SET))
        usable = usable or (column == VERSION and op.kind != CREATE)
        return flags | Qt.ItemFlag.ItemIsEditable if usable else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        op = self._ops[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == OPERATION:
                return _operation_word(op)
            if column == PATH:
                return op.path
            if column == DATA:
                return _shown_data(op.data) if op.kind in (CREATE, SET) else ""
            if op.kind == CREATE:
                return ""
            if op.version == -1 and role == Qt.ItemDataRole.DisplayRole:
                return self.tr("exists") if op.kind == CHECK else self.tr("any")
            return str(op.version)
        if role == Qt.ItemDataRole.ToolTipRole:
            return format_op(op)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        op = self._ops[row]
        text = str(value)
        try:
            new = self._edited(op, column, text)
        except ValueError as exc:
            self.rejected.emit(str(exc))
            return False
        if new != op:
            self._ops[row] = new
            self.dataChanged.emit(self.index(row, 0), self.index(row, 3))
            self.edited.emit()
        return True

    def _edited(self, op: TxOp, column: int, text: str) -> TxOp:
        if column == OPERATION:
            words = text.split()
            if not words or words[0] not in (CHECK, CREATE, SET, DELETE):
                raise ValueError(self.tr("Choose check, create, set or delete."))
            kind = words[0]
            version = op.version if kind != CREATE else -1
            if kind == CHECK and op.kind != CHECK:
                version = max(version, 0)
            return replace(
                op,
                kind=kind,
                version=version,
                data=op.data if kind in (CREATE, SET) else b"",
                ephemeral=kind == CREATE and "-e" in words,
                sequential=kind == CREATE and "-s" in words,
            )
        if column == PATH:
            path = text.strip()
            paths.validate_path(path)  # InvalidPath is a ValueError with a sentence
            return replace(op, path=path)
        if column == DATA:
            return replace(op, data=_typed_data(text))
        stripped = text.strip().lower()
        if stripped in ("", "-1", self.tr("any"), self.tr("exists")):
            return replace(op, version=-1)
        try:
            version = int(stripped)
        except ValueError:
            version = -2
        if version < -1:
            raise ValueError(self.tr("A version is a number: 0, 1, 2… (or -1 for any)."))
        return replace(op, version=version)

    def add(self, op: TxOp) -> int:
        """Append an operation; returns its row."""
        row = len(self._ops)
        self.beginInsertRows(QModelIndex(), row, row)
        self._ops.append(op)
        self.endInsertRows()
        return row

    def remove(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._ops):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ops[row]
                self.endRemoveRows()

    def clear(self) -> None:
        """Remove every operation."""
        if self._ops:
            self.beginRemoveRows(QModelIndex(), 0, len(self._ops) - 1)
            self._ops = []
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns where it is now."""
        to = row + delta
        if not (0 <= row < len(self._ops) and 0 <= to < len(self._ops)):
            return row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if delta > 0 else to)
        self._ops.insert(to, self._ops.pop(row))
        self.endMoveRows()
        return to


class TransactionBuilder(QObject):
    """One connection's transaction: the operations (``table``), their text form, and
    the commit.

    Signals: ``changed`` (the operations changed, from the table or the text),
    ``committing``, ``committed(CommitResult, ops)``, ``failed(sentence)`` (refused or not
    sent: nothing was applied), ``busyChanged(bool)``.
    """

    changed = Signal()
    committing = Signal()
    committed = Signal(object, list)
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, session: ZkSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.table = TransactionTable(self)
        self._text_error: str | None = None
        self._job = None
        self.table.rowsInserted.connect(self._table_changed)
        self.table.rowsRemoved.connect(self._table_changed)
        self.table.rowsMoved.connect(self._table_changed)
        self.table.edited.connect(self._table_changed)
        session.stateChanged.connect(self._on_state)

    # -- the two views ------------------------------------------------------------------

    def ops(self) -> list[TxOp]:
        return self.table.ops()

    def text(self) -> str:
        """The operations in the text form."""
        return format_ops(self.ops())

    def set_text(self, text: str) -> str | None:
        """Take the operations from the text form; returns the sentence naming the bad
        line (the operations then stay as they were), or None."""
        try:
            ops = parse(text)
        except TransactionSyntaxError as exc:
            self._text_error = str(exc)
            return self._text_error
        self._text_error = None
        if ops != self.ops():
            self.table.set_ops(ops)
            self.changed.emit()
        return None

    @property
    def text_error(self) -> str | None:
        """Why the text typed last is not a transaction (None: it is)."""
        return self._text_error

    def _table_changed(self, *_args) -> None:
        self._text_error = None  # the table is what counts now; the text follows it
        self.changed.emit()

    # -- adding from the selected node --------------------------------------------------

    def add(self, op: TxOp) -> int:
        return self.table.add(op)

    def add_check(self, path: str, version: int) -> int:
        return self.add(TxOp(CHECK, path, b"", version))

    def add_set(self, path: str, data: bytes, version: int) -> int:
        return self.add(TxOp(SET, path, data, version))

    def add_delete(self, path: str, version: int) -> int:
        return self.add(TxOp(DELETE, path, b"", version))

    def add_create(self, parent: str) -> int:
        """A create of a new child of ``parent`` (a name to edit)."""
        taken = {op.path for op in self.ops()}
        n = 1
        while (path := paths.join(parent, f"new-node-{n}")) in taken:
            n += 1
        return self.add(TxOp(CREATE, path, b""))

    # -- commit ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._job is not None

    def commit(self) -> bool:
        """Send the operations as one transaction; False (and ``failed``) if refused."""
        if self._job is not None:
            return False
        ops = self.ops()
        refusal = self._refusal(ops)
        if refusal:
            self.failed.emit(refusal)
            return False
        limit = self._session.request_limit
        self.committing.emit()
        self._job = self._session.submit(
            lambda client: commit(client, ops, request_limit=limit),
            lambda result: self._done(lambda: self.committed.emit(result, ops)),
            lambda exc: self._done(lambda: self.failed.emit(self._not_sent(exc))),
            write=True,
        )
        self.busyChanged.emit(True)
        return True

    def _refusal(self, ops: list[TxOp]) -> str:
        if self._text_error:
            return self.tr("Nothing was sent: %s") % self._text_error
        if not ops:
            return self.tr("Nothing to commit: add operations first.")
        if self._session.read_only:
            return self.tr("This connection is read-only: the transaction was not sent.")
        if not self._session.is_connected:
            return self.tr("Not connected: the transaction was not sent.")
        return ""

    def _not_sent(self, exc: BaseException) -> str:
        return self.tr("The transaction failed as a whole: %s") % describe(exc)

    def _done(self, report) -> None:
        self._job = None
        self.busyChanged.emit(False)
        report()

    def _on_state(self, state: str, _detail: str) -> None:
        if state == DISCONNECTED and self._job is not None:
            # The session drops the answers of a closed connection: say what is known.
            self._job.abandon()
            self._done(
                lambda: self.failed.emit(
                    self.tr(
                        "The connection was closed before the server answered: the "
                        "transaction may or may not have been applied."
                    )
                )
            )

    def abandon(self) -> None:
        """Drop a commit's answer (the page is closing)."""
        if self._job is not None:
            self._job.abandon()
            self._job = None

    # -- what the results say -------------------------------------------------------------

    def summary(self, result: CommitResult, ops: list[TxOp]) -> str:
        """One sentence on the whole transaction."""
        failed = result.failed_index
        if failed is None:
            return self.tr("Committed: all %n operation(s) applied at once.", "", len(ops))
        return self.tr("Nothing was applied. Operation %d (%s) failed: %s") % (
            failed + 1,
            format_op(ops[failed]),
            self.outcome(result, ops, failed),
        )

    def outcome(self, result: CommitResult, ops: list[TxOp], i: int) -> str:
        """What happened to operation ``i``, in a few words."""
        op, answer = ops[i], result.results[i]
        error = answer.error
        if error is None:
            if op.kind == CREATE:
                return self.tr("created %s") % answer.value
            if op.kind == SET:
                return self.tr("data set (version %d)") % answer.value.version
            if op.kind == DELETE:
                return self.tr("deleted")
            return self.tr("it exists") if op.version == -1 else self.tr("version matches")
        if isinstance(error, RolledBackError):
            return self.tr("rolled back: it succeeded, but another operation failed")
        if not answer.caused_failure:
            return self.tr("not tried: an earlier operation failed")
        if isinstance(error, BadVersionError) and result.current_version is not None:
            return self.tr("%s has version %d, not %d.") % (
                op.path,
                result.current_version,
                op.version,
            )
        if op.kind == CREATE and isinstance(error, NoNodeError):
            # (the node missing is the parent: "the node does not exist" would name the
            # node being created as if it were the one missing)
            return self.tr("%s cannot be created: its parent %s does not exist.") % (
                op.path,
                paths.dirname(op.path),
            )
        return describe(error, op.path)
