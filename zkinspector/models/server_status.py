"""The servers of one connection, probed every few seconds while someone looks at them.

:class:`ServerMonitor` probes each member of a session's connect string on a
:class:`jobs.JobRunner` (``zk.servers.probe_member``: four-letter words, AdminServer) and
keeps what the last probe said, since when each member is up or down, and a few minutes
of latency and outstanding-request samples. :class:`ServerTableModel` shows one row per
member; :class:`ClientTableModel` the client connections (``cons``) of one member, the
app's own session marked. The GUI thread only files the results and formats cells.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections import deque
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from ..zk import servers
from ..zk import session as zk_session
from ..zk.codec import format_size
from ..zk.connstr import format_host
from ..zk.jobs import Job, JobRunner
from ..zk.servers import Client, Failure, MemberReport, zxid_parts

__all__ = [
    "COLUMNS",
    "FLUSH_MS",
    "HISTORY_SECONDS",
    "ClientTableModel",
    "MemberState",
    "Sample",
    "ServerMonitor",
    "ServerTableModel",
]

HISTORY_SECONDS = 10 * 60
"""How long latency and outstanding-request samples are kept for the chart."""

FLUSH_MS = 250
"""The longest a member's report waits for the others of its round before it is shown."""

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


@dataclass(frozen=True)
class Sample:
    """One point of a member's chart."""

    t: float  # time.time()
    latency: float | None  # ms: of the last interval when the server tells, else its average
    outstanding: int | None


@dataclass
class MemberState:
    """What is known of one member (GUI thread only)."""

    host: str
    port: int
    report: MemberReport | None = None
    up: bool | None = None  # None: not asked yet
    since: float | None = None  # time.time() when it came up or went down
    samples: deque[Sample] = field(default_factory=deque)
    job: Job | None = None  # the probe under way

    @property
    def address(self) -> str:
        return format_host(self.host, self.port)

    @property
    def mode(self) -> str:
        """leader, follower, observer, standalone, read-only, not serving, down or ""."""
        report = self.report
        if report is None:
            return ""
        if not report.reachable:
            return "down"
        if report.not_serving:
            return "not serving"
        return report.stats.mode


class ServerMonitor(QObject):
    """Probes the members of one session's connect string while it is active.

    ``set_session`` follows a tab's session; ``set_active(True)`` (the panel is shown)
    probes at once and then every ``interval_ms``; ``set_active(False)`` stops probing.
    A member whose last probe is still under way is skipped, so a silent member never
    stacks probes. Results of a former session are dropped.
    """

    memberUpdated = Signal(int)  # row of the member whose report arrived
    membersReset = Signal()  # other members (another session or connect string)
    sessionStateChanged = Signal()  # the session's state changed (its server, its id)
    messageChanged = Signal(str)  # the sentence(s) above the table

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        interval_ms: int = 3000,
        timeout: float = servers.TIMEOUT_SECONDS,
    ) -> None:
        super().__init__(parent)
        self._runner = JobRunner(self, workers=6, name="servers")
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.refresh)
        # The reports of one round are shown together (one repaint, not one per member),
        # once all are in or FLUSH_MS after the first: a silent member holds back no other.
        self._dirty: set[int] = set()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(lambda: self._flush())
        self.timeout = timeout
        self.admin_port = servers.ADMIN_PORT
        self.members: list[MemberState] = []
        self.table = ServerTableModel(self)
        self._session: zk_session.ZkSession | None = None
        self._active = False
        self._message = ""
        self.destroyed.connect(lambda *_: self._runner.shutdown(wait=False))

    # -- what the panel sets --------------------------------------------------------------

    @property
    def session(self) -> zk_session.ZkSession | None:
        return self._session

    @property
    def active(self) -> bool:
        return self._active

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_session(self, session: zk_session.ZkSession | None) -> None:
        """Follow this session's connect string (None: no connection to show)."""
        if session is self._session:
            return
        if self._session is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # already gone with its tab
                self._session.stateChanged.disconnect(self._on_session_state)
        self._session = session
        if session is not None:
            session.stateChanged.connect(self._on_session_state)
        self._sync_members(force=True)

    def set_active(self, active: bool) -> None:
        """Probe now and every interval (True), or stop probing (False)."""
        if active == self._active:
            return
        self._active = active
        if active:
            self._timer.start()
            self.refresh()
        else:
            self._timer.stop()

    def set_admin_port(self, port: int) -> None:
        """The AdminServer port asked when a four-letter word is refused (0: never)."""
        if port != self.admin_port:
            self.admin_port = port
            self._runner.next_generation()  # what probes with the former port say is dropped
            for member in self.members:
                member.job = None
            if self._active:
                self.refresh()

    def set_interval(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def refresh(self) -> None:
        """Probe every member that has no probe under way (returns at once)."""
        for row, member in enumerate(self.members):
            if member.job is None:
                member.job = self._start_probe(row, member)
        if all(m.report is None for m in self.members):
            self._show_message()  # "Asking…" (later, the reports change the message)

    def _start_probe(self, row: int, member: MemberState) -> Job:
        host, port, admin, timeout = member.host, member.port, self.admin_port, self.timeout

        def work(job: Job) -> MemberReport:
            stop = lambda: job.stop_requested  # noqa: E731
            return servers.probe_member(host, port, admin_port=admin, timeout=timeout, stop=stop)

        return self._runner.start(
            work,
            lambda report: self._on_report(row, member, report),
            lambda exc: self._on_probe_error(row, member, exc),
        )

    # -- what the panel reads --------------------------------------------------------------

    def message(self) -> str:
        return self._message

    def own_session(self) -> tuple[int | None, str]:
        """(session id, local IP) of the session shown, to mark it among the clients."""
        s = self._session
        if s is None or not s.is_connected:
            return None, ""
        return s.session_id, s.local_address

    def is_connected_to(self, member: MemberState) -> bool:
        """True if the session shown is connected to this member (by the address reached)."""
        s = self._session
        if s is None or not s.is_connected or not s.server:
            return False
        peer = member.report.peer if member.report is not None else ""
        return s.server in (peer, member.address)

    def samples(self, row: int) -> list[Sample]:
        return list(self.members[row].samples) if 0 <= row < len(self.members) else []

    # -- internals ------------------------------------------------------------------------

    def _servers_of_session(self) -> list[tuple[str, int]]:
        s = self._session
        if s is None or s.params is None or s.state == zk_session.DISCONNECTED:
            return []
        try:
            return s.params.servers
        except ValueError:
            return []

    def _sync_members(self, force: bool = False) -> None:
        wanted = self._servers_of_session()
        if not force and wanted == [(m.host, m.port) for m in self.members]:
            return
        self._runner.next_generation()  # probes of the former members are dropped
        self._dirty.clear()
        self._flush_timer.stop()
        self.members = [MemberState(host, port) for host, port in wanted]
        self.table.set_members()
        self.membersReset.emit()
        if self._active:
            self.refresh()
        else:
            self._show_message()

    def _on_session_state(self, _state: str, _detail: str) -> None:
        self._sync_members()
        # The connected member and the own session id may have changed: repaint the marks.
        self.table.refresh_all()
        self.sessionStateChanged.emit()

    def _on_report(self, row: int, member: MemberState, report: MemberReport) -> None:
        member.job = None
        if row >= len(self.members) or self.members[row] is not member:
            return
        previous = member.report
        member.report = report
        up = report.reachable
        if member.up != up:
            member.up = up
            uptime = report.stats.uptime_ms
            first_seen_up = previous is None and up and uptime is not None
            member.since = report.taken - uptime / 1000 if first_seen_up else report.taken
        member.samples.append(_sample(previous, report))
        while member.samples and member.samples[0].t < report.taken - HISTORY_SECONDS:
            member.samples.popleft()
        self._dirty.add(row)
        if all(m.job is None for m in self.members):
            self._flush()
        elif not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        """Show the reports filed since the last time."""
        self._flush_timer.stop()
        rows = sorted(r for r in self._dirty if r < len(self.members))
        self._dirty.clear()
        for row in rows:
            self.table.row_changed(row)
        for row in rows:
            self.memberUpdated.emit(row)
        self._show_message()

    def _on_probe_error(self, row: int, member: MemberState, exc: BaseException) -> None:
        # probe_member never raises for the network: this is a bug, shown as the reason.
        failure = Failure(servers.ERROR, f"{type(exc).__name__}: {exc}")
        self._on_report(
            row, member, MemberReport(member.host, member.port, time.time(), failure=failure)
        )

    def _show_message(self) -> None:
        text = self._compose_message()
        if text != self._message:
            self._message = text
            self.messageChanged.emit(text)

    def _compose_message(self) -> str:
        s = self._session
        if s is None or not self.members:
            if s is not None and s.state != zk_session.DISCONNECTED:
                return self.tr("The connect string names no server.")
            return self.tr("This tab is not connected: connect it to see its servers.")
        if not self._active and all(m.report is None for m in self.members):
            return ""
        if all(m.report is None for m in self.members):
            return self.tr("Asking %n server(s)…", "", len(self.members))
        parts = []
        down = [m for m in self.members if m.report is not None and not m.report.reachable]
        for m in down:
            why = self.describe(m.report.failure)  # type: ignore[union-attr]
            parts.append(self.tr("{0} is down: {1}.").format(m.address, why))
        parts += self._words_message()
        return " ".join(parts)

    def _words_message(self) -> list[str]:
        """Sentences on the words that got no answer, and how to allow them."""
        refused: dict[str, list[str]] = {}  # word -> members
        admin_failures: dict[str, Failure] = {}  # member -> why its AdminServer did not answer
        from_admin: set[str] = set()
        for m in self.members:
            report = m.report
            if report is None or not report.reachable:
                continue
            for answer in report.answers:
                if answer.source == "admin":
                    from_admin.add(m.address)
                elif answer.failure is not None and answer.failure.kind == servers.NOT_ALLOWED:
                    refused.setdefault(answer.word, []).append(m.address)
                    if answer.admin_failure is not None:
                        admin_failures[m.address] = answer.admin_failure
        out = []
        if from_admin:
            out.append(
                self.tr(
                    "Four-letter words not allowed on {0} were asked of the AdminServer (port {1})."
                ).format(", ".join(sorted(from_admin)), self.admin_port)
            )
        if refused:
            hosts = sorted({h for members in refused.values() for h in members})
            words = [w for w in servers.WORDS if w in refused]
            missing = self._missing_fields(set(words))
            text = self.tr("Not allowed on {0}: {1}.").format(", ".join(hosts), ", ".join(words))
            if missing:
                text += " " + self.tr("Without them: no {0}.").format(missing)
            text += " "
            if self.admin_port:
                host = hosts[0].rsplit(":", 1)[0]
                why = next(iter(admin_failures.values()), None)
                text += self.tr("No AdminServer answers at http://{0}:{1}/commands/ ({2}).").format(
                    host, self.admin_port, self.describe(why) if why else self.tr("not asked")
                )
                text += " "
            text += self.tr(
                "To allow them, add {0} to each member's zoo.cfg, or enable the AdminServer "
                "(admin.enableServer=true, admin.serverPort=PORT) and enter its port here; "
                "then restart the servers."
            ).format("4lw.commands.whitelist=" + ",".join(servers.WORDS))
            out.append(text)
        return out

    def _missing_fields(self, refused: set[str]) -> str:
        """Names of the columns that stay empty because these words were refused."""
        names = []
        if "mntr" in refused:
            names += [self.tr("watch count"), self.tr("data size"), self.tr("open files")]
        if "cons" in refused:
            names.append(self.tr("client list"))
        return ", ".join(names)

    def describe(self, failure: Failure | None) -> str:
        """A member's or a word's failure as words for a sentence."""
        if failure is None:
            return ""
        kind, detail = failure.kind, failure.detail
        if kind == servers.REFUSED:
            return self.tr("connection refused (nothing listens on that port)")
        if kind == servers.TIMEOUT:
            return self.tr("no answer within {0} s").format(f"{self.timeout:g}")
        if kind == servers.UNRESOLVED:
            return self.tr("unknown host ({0})").format(detail)
        if kind == servers.CLOSED:
            return self.tr(
                "the connection was closed without an answer (is it a ZooKeeper client port?)"
            )
        if kind == servers.NOT_ADMIN:
            return self.tr("something answers there, but not ZooKeeper's AdminServer ({0})").format(
                detail
            )
        if kind == servers.NOT_ALLOWED:
            return self.tr("not in 4lw.commands.whitelist")
        if kind == servers.NOT_SERVING:
            return self.tr("running but not serving requests (no quorum or an election)")
        return detail or kind


def _sample(previous: MemberReport | None, report: MemberReport) -> Sample:
    """A chart point: the latency of the interval when the server's counters allow it."""
    stats = report.stats
    latency = stats.latency[1] if stats.latency is not None else None
    if previous is not None and previous.reachable:
        before = previous.stats
        if (
            stats.latency_sum is not None
            and before.latency_sum is not None
            and stats.latency_count is not None
            and before.latency_count is not None
        ):
            count = stats.latency_count - before.latency_count
            total = stats.latency_sum - before.latency_sum
            latency = total / count if count > 0 and total >= 0 else 0.0
    return Sample(report.taken, latency, stats.outstanding)


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
