"""The server panel's tables: one row per member, and one member's client connections.

Both keep their cells as items (in C++), set once per report: a view repainting a row
asks every cell for many roles, which would otherwise each be a call into Python.
"""

from __future__ import annotations

import functools
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from ..zk import servers
from ..zk.codec import format_size
from ..zk.servers import Client, Failure, MemberReport, zxid_parts

if TYPE_CHECKING:
    from .server_status import MemberState, ServerMonitor

__all__ = ["COLUMNS", "MODE", "SERVER", "STATUS", "ClientTableModel", "ServerTableModel"]

_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

(
    SERVER,
    STATUS,
    MODE,
    VERSION,
    ZXID,
    LATENCY,
    OUTSTANDING,
    CONNECTIONS,
    ZNODES,
    WATCHES,
    DATA_SIZE,
    FDS,
) = range(12)
COLUMNS = 12
_NUMERIC = {LATENCY, OUTSTANDING, CONNECTIONS, ZNODES, WATCHES, DATA_SIZE, FDS}
_MODE_COLOURS = {
    "leader": "#1b7f3b",
    "down": "#b00020",
    "read-only": "#b26a00",
    "not serving": "#b26a00",
}
_BOLD = QFont()
_BOLD.setBold(True)


def _clock(t: float) -> str:
    """A time of day (or a date and time when not today) in the user's locale."""
    return _clock_on(int(t), time.strftime("%Y%m%d"))


@functools.lru_cache(maxsize=256)
def _clock_on(seconds: int, _today: str) -> str:
    # Cached: a member's "since" rarely changes, and QDateTime's zone lookup is slow.
    when = QDateTime.fromSecsSinceEpoch(seconds)
    locale = QLocale()
    if when.date() == QDateTime.currentDateTime().date():
        return locale.toString(when.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(when, QLocale.FormatType.ShortFormat)


def _count(value: int | None) -> str:
    return "—" if value is None else QLocale().toString(value)


class ServerTableModel(QStandardItemModel):
    """One row per member of the monitor: address, up/down since, mode, figures.

    The cells are items (kept in C++) set once per report: a view repainting a row asks
    for many roles of every cell, which would otherwise each be a call into Python.
    """

    def __init__(self, monitor: ServerMonitor) -> None:
        super().__init__(0, COLUMNS, monitor)
        self._monitor = monitor
        self.setHorizontalHeaderLabels(
            [
                self.tr("Server"),
                self.tr("Status"),
                self.tr("Mode"),
                self.tr("Version"),
                self.tr("Zxid (epoch:counter)"),
                self.tr("Latency min/avg/max"),
                self.tr("Outstanding"),
                self.tr("Connections"),
                self.tr("Znodes"),
                self.tr("Watches"),
                self.tr("Data size"),
                self.tr("Open files"),
            ]
        )
        for column in _NUMERIC:
            self.horizontalHeaderItem(column).setTextAlignment(Qt.AlignmentFlag(_RIGHT))
        self._shown = {}

    def set_members(self) -> None:
        """One row per member of the monitor, as they are now."""
        self._shown: dict[int, list[tuple]] = {}  # row -> what each cell shows now
        self.setRowCount(0)
        self.setRowCount(len(self._monitor.members))
        for row in range(self.rowCount()):
            for column in range(COLUMNS):
                item = QStandardItem()
                item.setEditable(False)
                if column in _NUMERIC:
                    item.setTextAlignment(Qt.AlignmentFlag(_RIGHT))
                self.setItem(row, column, item)
        self.refresh_all()

    def refresh_all(self) -> None:
        for row in range(self.rowCount()):
            self.row_changed(row)

    def row_changed(self, row: int) -> None:
        """Set the cells of a row from its member; only cells that changed are touched."""
        member = self._monitor.members[row]
        colour = _MODE_COLOURS.get(member.mode, "")
        bold = self._monitor.is_connected_to(member)
        shown = self._shown.setdefault(row, [("", "", "", False)] * COLUMNS)
        texts = self._texts(member)
        tips = self._tooltips(member, texts)
        changed = []
        # One dataChanged for the row rather than one per property of every cell.
        blocked = self.blockSignals(True)
        try:
            for column in range(COLUMNS):
                cell = (
                    texts[column],
                    tips[column],
                    colour
                    if column == MODE or (column == STATUS and member.mode != "leader")
                    else "",
                    bold and column == SERVER,
                )
                before = shown[column]
                if cell == before:
                    continue
                shown[column] = cell
                changed.append(column)
                item = self.item(row, column)
                if cell[0] != before[0]:
                    item.setText(cell[0])
                if cell[1] != before[1]:
                    item.setToolTip(cell[1])
                if cell[2] != before[2]:
                    item.setData(QColor(cell[2]) if cell[2] else None, _FOREGROUND)
                if cell[3] != before[3]:
                    item.setFont(_BOLD if cell[3] else QFont())
        finally:
            self.blockSignals(blocked)
        if changed:
            self.dataChanged.emit(self.index(row, changed[0]), self.index(row, changed[-1]))

    def _texts(self, member: MemberState) -> list[str]:
        """The texts of a member's row, every column at once."""
        texts = [member.address] + [""] * (COLUMNS - 1)
        report = member.report
        if report is None:
            texts[STATUS] = self.tr("asking…")
            return texts
        since = _clock(member.since) if member.since is not None else "?"
        if report.reachable:
            texts[STATUS] = self.tr("up since {0}").format(since)
        else:
            texts[STATUS] = self.tr("down since {0}").format(since)
        texts[MODE] = member.mode
        if not report.reachable or report.not_serving:
            return texts
        stats = report.stats
        locale = QLocale()

        def count(value: int | None) -> str:
            return "—" if value is None else locale.toString(value)

        texts[VERSION] = stats.version.split("-", 1)[0]  # 3.8.4-<commit id>: the number
        if stats.zxid is None:
            texts[ZXID] = "—"
        else:
            epoch, counter = zxid_parts(stats.zxid)
            texts[ZXID] = f"{epoch}:{counter}"
        if stats.latency is None:
            texts[LATENCY] = "—"
        else:
            low, avg, high = stats.latency
            texts[LATENCY] = self.tr("{0} / {1} / {2} ms").format(
                f"{low:g}", f"{avg:.1f}", f"{high:g}"
            )
        texts[OUTSTANDING] = count(stats.outstanding)
        texts[CONNECTIONS] = count(stats.connections)
        texts[ZNODES] = count(stats.znodes)
        texts[WATCHES] = count(stats.watches)
        texts[DATA_SIZE] = "—" if stats.data_size is None else format_size(max(0, stats.data_size))
        if stats.open_fds is None:
            texts[FDS] = "—"
        elif stats.max_fds:
            texts[FDS] = f"{count(stats.open_fds)} / {count(stats.max_fds)}"
        else:
            texts[FDS] = count(stats.open_fds)
        return texts

    def _tooltips(self, member: MemberState, texts: list[str]) -> list[str]:
        """The tooltips of a member's row ("" for none)."""
        monitor = self._monitor
        tips = [""] * COLUMNS
        tips[SERVER] = (
            self.tr("This tab's session is connected to this server")
            if monitor.is_connected_to(member)
            else member.address
        )
        report = member.report
        if report is None:
            return tips
        if not report.reachable:
            why = monitor.describe(report.failure)
            tips[STATUS] = tips[MODE] = self.tr("{0} is down: {1}.").format(member.address, why)
            return tips
        if report.not_serving:
            tips[STATUS] = tips[MODE] = monitor.describe(Failure(servers.NOT_SERVING))
            return tips
        stats = report.stats
        tips[VERSION] = stats.version
        if stats.zxid is not None:
            epoch, counter = zxid_parts(stats.zxid)
            tips[ZXID] = self.tr("Last zxid 0x{0:x}: epoch {1}, counter {2}").format(
                stats.zxid, epoch, counter
            )
        if "—" in (texts[WATCHES], texts[DATA_SIZE], texts[FDS]):
            why = monitor.describe(self._why_missing(report, "mntr"))
            for column in (WATCHES, DATA_SIZE, FDS):
                if texts[column] == "—":
                    tips[column] = why
        if stats.data_size is not None:
            tips[DATA_SIZE] = self.tr("About {0} bytes of node data and paths").format(
                _count(stats.data_size)
            )
        return tips

    @staticmethod
    def _why_missing(report: MemberReport, word: str) -> Failure | None:
        answer = report.answer(word)
        if answer is None:
            return None
        return answer.admin_failure or answer.failure


class ClientTableModel(QStandardItemModel):
    """The client connections one member reports (``cons``): the app's own session is
    marked "(this app)" and bold; a connection without a session from this machine's
    address is the panel's own probe."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Client"),
                self.tr("Session"),
                self.tr("Queued"),
                self.tr("Received"),
                self.tr("Sent"),
                self.tr("Last op"),
                self.tr("Latency min/avg/max"),
            ]
        )
        self._clients: tuple[Client, ...] = ()
        self._own: tuple[int | None, str] = (None, "")

    def set_clients(
        self, clients: tuple[Client, ...], own_session: int | None, local_ip: str = ""
    ) -> None:
        """Show these connections; ``own_session`` and ``local_ip`` are this app's."""
        if clients == self._clients and (own_session, local_ip) == self._own:
            return
        self._clients = clients
        self._own = (own_session, local_ip)
        self.setRowCount(len(clients))
        for row, client in enumerate(clients):
            own = own_session is not None and client.session_id == own_session
            probe = client.session_id is None and bool(local_ip)
            probe = probe and client.address.rsplit(":", 1)[0].strip("[]") == local_ip
            texts = self._texts(client, own, probe)
            for column, text in enumerate(texts):
                item = self.item(row, column)
                if item is None:
                    item = QStandardItem()
                    item.setEditable(False)
                    if 2 <= column <= 4:
                        item.setTextAlignment(Qt.AlignmentFlag(_RIGHT))
                    self.setItem(row, column, item)
                if item.text() != text:
                    item.setText(text)
                if item.font().bold() != own:
                    item.setFont(_BOLD if own else QFont())
            session_item = self.item(row, 1)
            tip = (
                self.tr("No session: a four-letter-word probe or a connection being made")
                if client.session_id is None
                else ""
            )
            if session_item.toolTip() != tip:
                session_item.setToolTip(tip)

    def clients(self) -> tuple[Client, ...]:
        return self._clients

    def _texts(self, client: Client, own: bool, probe: bool) -> list[str]:
        address = client.address
        if own:
            address += self.tr(" (this app)")
        elif probe:
            address += self.tr(" (this panel's probe)")
        latency = ""
        if client.latency is not None:
            low, avg, high = client.latency
            latency = f"{low:g} / {avg:g} / {high:g} ms"
        return [
            address,
            "—" if client.session_id is None else f"0x{client.session_id:x}",
            _count(client.queued),
            _count(client.received),
            _count(client.sent),
            client.last_operation,
            latency,
        ]
