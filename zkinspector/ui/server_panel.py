"""The server panel: one row per member of the connection, a chart, clients, full answers.

The panel shows what its :class:`models.server_status.ServerMonitor` learns: the member
table (``serverTable``), a sentence on what is down or refused and how to allow it
(``serverMessage``), and for the selected member a latency / outstanding-requests chart
(``serverChart``), its client connections (``clientTable``, the app's own session marked)
and the full answer of each word (``serverWordCombo``, ``serverOutput``).
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)

from .. import settings as prefs
from ..models.server_status import Sample, ServerMonitor
from ..models.server_tables import ClientTableModel
from ..zk.connstr import format_connect_string
from ..zk.servers import ADMIN_PORT, WORDS
from .widgets import hbox, vbox

__all__ = ["LatencyChart", "ServerPanel"]

CHART_SECONDS = 5 * 60
LATENCY_COLOUR = QColor("#1f77b4")
OUTSTANDING_COLOUR = QColor("#e67e22")


class LatencyChart(QWidget):
    """Latency (left axis, ms) and outstanding requests (right axis) of one member over
    the last minutes, drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverChart")
        # It paints every pixel: the widgets beneath need no repaint when it changes.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumHeight(72)  # (the dock fits a 700-pixel-high window)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._samples: list[Sample] = []
        self._title = ""
        self._per_interval = False
        self._frame = QPixmap()
        self._frame_key: tuple = ()

    def set_samples(self, samples: list[Sample], title: str, per_interval: bool) -> None:
        """Show these samples (oldest first) under ``title``."""
        self._samples = samples
        self._title = title
        self._per_interval = per_interval
        self.update()

    def samples(self) -> list[Sample]:
        return list(self._samples)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        line = metrics.height()
        plot = QRectF(self.rect()).adjusted(
            metrics.horizontalAdvance("0000.0") + 8,
            line * 1.6,
            -(metrics.horizontalAdvance("0000") + 8),
            -line - 4,
        )
        samples = self._samples
        minutes, top_latency, top_outstanding = 1, 1.0, 1.0
        now = time.time()
        if samples:
            now = max(now, samples[-1].t)
            # The last minutes: from one, growing with the history up to CHART_SECONDS.
            minutes = min(CHART_SECONDS // 60, max(1, math.ceil((now - samples[0].t) / 60)))
            latencies = [s.latency for s in samples if s.latency is not None]
            outstanding = [s.outstanding for s in samples if s.outstanding is not None]
            top_latency = _ceiling(max(latencies, default=0.0))
            top_outstanding = _ceiling(max(outstanding, default=0))
        # Everything but the lines changes rarely: drawn once into a pixmap, text and all.
        key = (
            self.size().toTuple(),
            self.devicePixelRatioF(),
            self.palette().cacheKey(),
            self._title,
            self._per_interval,
            bool(samples),
            minutes,
            top_latency,
            top_outstanding,
        )
        if key != self._frame_key:
            self._frame = self._draw_frame(plot, line, minutes, top_latency, top_outstanding)
            self._frame_key = key
        painter.drawPixmap(0, 0, self._frame)
        if not samples or plot.width() < 20 or plot.height() < 20:
            return
        span = minutes * 60
        start = now - span

        def x_of(t: float) -> float:
            return plot.left() + (t - start) / span * plot.width()

        def y_of(value: float, top: float) -> float:
            return plot.bottom() - (value / top) * plot.height() if top else plot.bottom()

        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for colour, pick, top in (
            (LATENCY_COLOUR, lambda s: s.latency, top_latency),
            (OUTSTANDING_COLOUR, lambda s: s.outstanding, top_outstanding),
        ):
            lines: list[list[QPointF]] = []  # runs of points without a gap
            run: list[QPointF] = []
            for sample in samples:
                value = pick(sample)
                if value is None or sample.t < start:
                    run = []
                    continue
                if not run:
                    lines.append(run)
                run.append(QPointF(x_of(sample.t), y_of(value, top)))
            # One-pixel cosmetic pens take the raster engine's fast path (a 2-pixel pen
            # costs 100 times as much on a long zigzag): a second line, a pixel lower,
            # makes it bold.
            pen = QPen(colour, 1)
            pen.setCosmetic(True)
            painter.setPen(pen)
            for points in lines:
                polyline = QPolygonF(points)
                painter.drawPolyline(polyline)
                polyline.translate(0, 1)
                painter.drawPolyline(polyline)
        painter.end()

    def _draw_frame(
        self, plot: QRectF, line: int, minutes: int, top_latency: float, top_outstanding: float
    ) -> QPixmap:
        """The background, legend, frame and axis labels."""
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        palette = self.palette()
        pixmap.fill(palette.color(QPalette.ColorRole.Base))
        painter = QPainter(pixmap)
        painter.setFont(self.font())
        latency_label = (
            self.tr("latency per interval (ms)")
            if self._per_interval
            else self.tr("average latency (ms)")
        )
        self._legend(painter, latency_label, line)
        if plot.width() < 20 or plot.height() < 20:
            painter.end()
            return pixmap
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(plot)
        if not self._samples:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No samples yet"))
            painter.end()
            return pixmap
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for value, y in ((top_latency, plot.top()), (0, plot.bottom())):
            painter.drawText(
                QRectF(0, y - line / 2, plot.left() - 4, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )
        for value, y in ((top_outstanding, plot.top()), (0, plot.bottom())):
            painter.drawText(
                QRectF(plot.right() + 4, y - line / 2, 200, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )
        bottom = QRectF(plot.left(), plot.bottom() + 2, plot.width(), line)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, self.tr("−%n min", "", minutes))
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, self.tr("now"))
        painter.end()
        return pixmap

    def _legend(self, painter: QPainter, latency_label: str, line: int) -> None:
        x = 6.0
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        if self._title:
            painter.drawText(QPointF(x, line), self._title)
            x += painter.fontMetrics().horizontalAdvance(self._title) + 16
        for colour, label in (
            (LATENCY_COLOUR, latency_label),
            (OUTSTANDING_COLOUR, self.tr("outstanding requests")),
        ):
            painter.fillRect(QRectF(x, line * 0.55, 14, 3), colour)
            x += 18
            painter.drawText(QPointF(x, line), label)
            x += painter.fontMetrics().horizontalAdvance(label) + 16


def _ceiling(value: float) -> float:
    """A round number at or above ``value`` for an axis: 1, 2 or 5 times a power of ten."""
    if value <= 0:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    return next(f * magnitude for f in (1, 2, 5, 10) if f * magnitude >= value)


class ServerPanel(QWidget):
    """The members of the current tab's connection, as its monitor reports them."""

    def __init__(
        self,
        monitor: ServerMonitor,
        settings: prefs.Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverPanelContents")
        self.monitor = monitor
        self._settings = settings

        self.messageLabel = QLabel()
        self.messageLabel.setObjectName("serverMessage")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.adminPortSpin = QSpinBox()
        self.adminPortSpin.setObjectName("adminPortSpin")
        self.adminPortSpin.setRange(0, 65535)
        self.adminPortSpin.setSpecialValueText(self.tr("off"))
        self.adminPortSpin.setValue(ADMIN_PORT)
        self.adminPortSpin.setToolTip(
            self.tr(
                "The members' AdminServer port (admin.serverPort), asked for what the "
                "four-letter words may not tell; 0: never"
            )
        )
        admin_label = QLabel(self.tr("&AdminServer port:"))
        admin_label.setBuddy(self.adminPortSpin)
        self.refreshButton = QPushButton(self.tr("Refresh"))
        self.refreshButton.setObjectName("serverRefreshButton")
        self.refreshButton.setToolTip(
            self.tr(
                "Ask every member now (the panel asks every %n s while shown)",
                "",
                max(1, monitor.interval_ms // 1000),
            )
        )

        self.table = QTableView()
        self.table.setObjectName("serverTable")
        self.table.setModel(monitor.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self._fitted: set[int] = set()  # rows whose first report the columns were fitted to

        self.chart = LatencyChart()
        self.clients = ClientTableModel(self)
        self.clientTable = QTableView()
        self.clientTable.setObjectName("clientTable")
        self.clientTable.setModel(self.clients)
        self.clientTable.verticalHeader().hide()
        self.clientTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clientTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clientTable.horizontalHeader().setStretchLastSection(True)
        self.clientTable.setWordWrap(False)
        self.clientNote = QLabel()
        self.clientNote.setObjectName("clientNote")
        self.clientNote.setWordWrap(True)
        clients_page = QWidget()
        clients_page.setLayout(vbox(self.clientNote, self.clientTable))
        self.wordCombo = QComboBox()
        self.wordCombo.setObjectName("serverWordCombo")
        self.wordCombo.addItems(list(WORDS))
        self.output = QPlainTextEdit()
        self.output.setObjectName("serverOutput")
        self.output.setReadOnly(True)
        self.output.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        output_page = QWidget()
        output_page.setLayout(vbox(hbox(QLabel(self.tr("Word:")), self.wordCombo, 1), self.output))

        self.details = QTabWidget()
        self.details.setObjectName("serverDetails")
        self.details.setDocumentMode(True)
        self.details.addTab(self.chart, self.tr("Chart"))
        self.details.addTab(clients_page, self.tr("Clients"))
        self.details.addTab(output_page, self.tr("Output"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        top = hbox(self.messageLabel, 1, admin_label, self.adminPortSpin, self.refreshButton)
        top.setStretch(0, 10)
        layout = vbox(top, splitter)
        layout.setContentsMargins(4, 4, 4, 4)
        self.setLayout(layout)

        monitor.memberUpdated.connect(self._member_updated)
        monitor.membersReset.connect(self._members_reset)
        monitor.sessionStateChanged.connect(self._session_changed)
        monitor.messageChanged.connect(self.messageLabel.setText)
        self.refreshButton.clicked.connect(monitor.refresh)
        self.adminPortSpin.editingFinished.connect(self._admin_port_changed)
        self._follow_connected = True  # select the connected member until the user picks one
        self._selecting = False
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.details.currentChanged.connect(lambda _i: self.show_details())
        self.wordCombo.currentIndexChanged.connect(lambda _i: self.show_details())
        self._members_reset()

    # -- what tests and the window use -------------------------------------------------------

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def show_details(self) -> None:
        """Fill the details tab shown for the selected member (only that tab: cheap)."""
        row = self.current_row()
        members = self.monitor.members
        member = members[row] if 0 <= row < len(members) else None
        page = self.details.currentIndex()
        if page == 0:
            if member is None:
                self.chart.set_samples([], "", False)
            else:
                report = member.report
                per_interval = report is not None and report.stats.latency_count is not None
                self.chart.set_samples(list(member.samples), member.address, per_interval)
        elif page == 1:
            self._show_clients(member)
        else:
            self._show_output(member)

    # -- internals -----------------------------------------------------------------------

    def _row_changed(self, *_args) -> None:
        if not self._selecting:
            self._follow_connected = False
        self.show_details()

    def _member_updated(self, row: int) -> None:
        if row not in self._fitted:
            # Columns fit the first figures of each member; then the user's widths stay
            # (fitting at every refresh would ask every cell again).
            self._fitted.add(row)
            for column in range(self.monitor.table.columnCount() - 1):  # the last stretches
                self.table.resizeColumnToContents(column)
        self._select_connected()
        if row == self.current_row():
            self.show_details()

    def _members_reset(self) -> None:
        self._fitted.clear()
        self.messageLabel.setText(self.monitor.message())
        self._load_admin_port()
        self._follow_connected = True
        self._select_connected()
        self.show_details()

    def _session_changed(self) -> None:
        self.table.resizeColumnToContents(0)  # the connected member's address is bold
        self._select_connected()

    def _select_connected(self) -> None:
        """Select the member this tab's session talks to (the first one until known)."""
        members = self.monitor.members
        if not self._follow_connected or not members:
            return
        row = next((i for i, m in enumerate(members) if self.monitor.is_connected_to(m)), 0)
        if row != self.current_row():
            self._selecting = True
            try:
                self.select_row(row)
            finally:
                self._selecting = False

    def _show_clients(self, member) -> None:
        report = member.report if member is not None else None
        own_id, local_ip = self.monitor.own_session()
        if report is None or report.clients is None:
            self.clients.set_clients((), own_id, local_ip)
            if report is None:
                note = "" if member is None else self.tr("Asking %s…") % member.address
            elif not report.reachable:
                note = self.tr("{0} is down.").format(member.address)
            else:
                note = self.tr("{0} did not list its clients: {1}.").format(
                    member.address, self._why_not(report.answer("cons"))
                )
            self.clientNote.setText(note)
            self.clientNote.show()
            return
        empty = self.clients.rowCount() == 0
        self.clients.set_clients(report.clients, own_id, local_ip)
        if empty and self.clients.rowCount():
            self.clientTable.resizeColumnsToContents()
        self.clientNote.hide()

    def _show_output(self, member) -> None:
        report = member.report if member is not None else None
        word = self.wordCombo.currentText()
        if report is None:
            text = ""
        elif not report.reachable:
            text = self.tr("{0} is down: {1}.").format(
                member.address, self.monitor.describe(report.failure)
            )
        else:
            answer = report.answer(word)
            if answer is None:
                text = self.monitor.describe(report.answers[0].failure) if report.answers else ""
            elif answer.source:
                text = answer.text
                if answer.source == "admin":
                    text = (
                        self.tr("(from the AdminServer, /commands/{0})").format(word) + "\n" + text
                    )
            else:
                text = self.tr("{0}: {1}.").format(word, self._why_not(answer))
        if text != self.output.toPlainText():
            self.output.setPlainText(text)

    def _why_not(self, answer) -> str:
        """Why a word has no answer: its own failure, and the AdminServer's when asked."""
        if answer is None:
            return self.tr("not asked")
        why = self.monitor.describe(answer.failure)
        if answer.admin_failure is not None:
            why = self.tr("{0}; the AdminServer: {1}").format(
                why, self.monitor.describe(answer.admin_failure)
            )
        return why

    def _hosts_key(self) -> str:
        session = self.monitor.session
        if session is None or session.params is None:
            return ""
        try:
            return format_connect_string(session.params.servers)
        except ValueError:
            return ""

    def _load_admin_port(self) -> None:
        key = self._hosts_key()
        port = ADMIN_PORT
        if self._settings is not None and key:
            port = int(self._settings.get(prefs.ADMIN_PORTS).get(key, ADMIN_PORT))
        self.adminPortSpin.setValue(port)
        self.monitor.set_admin_port(port)

    def _admin_port_changed(self) -> None:
        port = self.adminPortSpin.value()
        key = self._hosts_key()
        if self._settings is not None and key:
            ports = self._settings.get(prefs.ADMIN_PORTS)
            if port == ADMIN_PORT:
                ports.pop(key, None)
            else:
                ports[key] = port
            self._settings.set(prefs.ADMIN_PORTS, ports)
        self.monitor.set_admin_port(port)
