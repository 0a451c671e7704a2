"""Help > Log: the application's log, live, with the log file's path.

A logging handler on the root logger only turns each record into a Qt signal (it may
run on any thread); :class:`LogHistory`, on the GUI thread, keeps the last lines and
the window shows them and every new one.
"""

from __future__ import annotations

import contextlib
import logging
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

__all__ = ["LOG_LINES", "LogHistory", "LogWindow", "log_history"]

#: Lines kept and shown; older ones are dropped (the file keeps everything).
LOG_LINES = 5000
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


class _SignalHandler(logging.Handler):
    """Emits each formatted record through ``relay.line`` (queued to the GUI thread)."""

    def __init__(self, relay: LogHistory) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter(FORMAT))
        self._relay = relay

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(RuntimeError):  # the application is gone
            self._relay.received.emit(self.format(record))


class LogHistory(QObject):
    """The last LOG_LINES lines of the log, and ``appended`` for each new one."""

    received = Signal(str)  # from the handler, any thread
    appended = Signal(str)  # on the GUI thread

    def __init__(self, file_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file_path = file_path
        self._lines: deque[str] = deque(maxlen=LOG_LINES)
        self.received.connect(self._add, Qt.ConnectionType.QueuedConnection)
        self.handler = _SignalHandler(self)

    def lines(self) -> list[str]:
        return list(self._lines)

    def _add(self, line: str) -> None:
        self._lines.append(line)
        self.appended.emit(line)


_history: LogHistory | None = None


def log_history(file_path: Path | None = None) -> LogHistory:
    """The application's log history, attached to the root logger on first use."""
    global _history
    if _history is None:
        _history = LogHistory(file_path, QApplication.instance())
        logging.getLogger().addHandler(_history.handler)
    elif file_path is not None:
        _history.file_path = file_path
    return _history


class LogWindow(QDialog):
    """The log so far and each new line as it comes (objectName ``logWindow``)."""

    def __init__(self, history: LogHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logWindow")
        self.setWindowTitle(self.tr("Log"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        path = str(history.file_path) if history.file_path else self.tr("none")
        self.fileLabel = QLabel(self.tr("Log file: %s") % path)
        self.fileLabel.setObjectName("logFileLabel")
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fileLabel.setWordWrap(True)
        self.view = QPlainTextEdit()
        self.view.setObjectName("logText")
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.view.setMaximumBlockCount(LOG_LINES)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view.setPlainText("\n".join(history.lines()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fileLabel)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        history.appended.connect(self._append)
        self.resize(900, 480)
        self._scroll_to_end()

    def text(self) -> str:
        return self.view.toPlainText()

    def _append(self, line: str) -> None:
        bar = self.view.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 2
        self.view.appendPlainText(line)
        if at_end:
            self._scroll_to_end()

    def _scroll_to_end(self) -> None:
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.maximum())
