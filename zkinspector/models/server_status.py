"""The servers of one connection, probed every few seconds while someone looks at them.

:class:`ServerMonitor` probes each member of a session's connect string on a
:class:`jobs.JobRunner` (``zk.servers.probe_member``: four-letter words, AdminServer) and
keeps what the last probe said, since when each member is up or down, and a few minutes
of latency and outstanding-request samples; its table (``models/server_tables.py``)
shows one row per member. The GUI thread only files the results and formats cells.
"""

from __future__ import annotations

import contextlib
import time
from collections import deque
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from ..zk import servers
from ..zk import session as zk_session
from ..zk.connstr import format_host
from ..zk.jobs import Job, JobRunner
from ..zk.servers import Failure, MemberReport
from .server_tables import ServerTableModel

__all__ = ["FLUSH_MS", "HISTORY_SECONDS", "MemberState", "Sample", "ServerMonitor"]

HISTORY_SECONDS = 10 * 60
"""How long latency and outstanding-request samples are kept for the chart."""

FLUSH_MS = 250
"""The longest a member's report waits for the others of its round before it is shown."""


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
        tunnel = self._session.tunnel if self._session is not None else None
        if tunnel is not None and (host, port) in tunnel.forwards:
            # Through the SSH jump host: the words go to the member's forward; its
            # AdminServer port is not forwarded.
            host, port, admin = "127.0.0.1", tunnel.forwards[(host, port)], 0

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
