"""The event log's ring and table model: bounded, filtered, paused, consistent for views."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from zkinspector.models.event_log import (
    PATH,
    TIME,
    TYPE,
    EventLog,
    EventLogModel,
    EventRing,
    LogEntry,
    format_time,
)
from zkinspector.zk.search import InvalidPattern


def entries(n: int, start: int = 0, kind: str = "CHANGED") -> list[LogEntry]:
    return [LogEntry(1_700_000_000.0 + i, kind, f"/n/{i}", "") for i in range(start, start + n)]


@pytest.fixture
def model(qtbot) -> EventLogModel:
    m = EventLogModel(capacity=50)
    m._tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        m, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    return m


def shown_paths(model: EventLogModel) -> list[str]:
    return [model.index(r, PATH).data() for r in range(model.rowCount())]


def test_ring_keeps_the_last_entries_and_reuses_its_slots() -> None:
    ring = EventRing(4)
    ring.extend(["a", "b", "c"])
    ring.drop_oldest(2)
    ring.extend(["d", "e", "f"])
    assert len(ring) == 4 and ring.first == 2 and ring.end == 6
    assert ring.entries() == ["c", "d", "e", "f"] and ring.at(5) == "f"
    with pytest.raises(ValueError):
        ring.extend(["g"])
    assert sum(slot is not None for slot in ring._slots) == 4


def test_the_log_keeps_the_last_capacity_rows_and_counts_the_rest(model) -> None:
    model.add(entries(30))
    model.flush()
    model.add(entries(90, start=30))
    model.flush()
    assert model.rowCount() == 50 and model.kept == 50 and model.dropped == 70
    assert shown_paths(model)[0] == "/n/70" and shown_paths(model)[-1] == "/n/119"
    model.add(entries(200, start=120))  # more than the ring holds at once
    model.flush()
    assert model.rowCount() == 50 and model.dropped == 270
    assert shown_paths(model)[0] == "/n/270"


def test_rows_show_time_to_the_millisecond_type_and_path(model) -> None:
    model.add([LogEntry(1_700_000_000.25, "CREATED", "/a", "")])
    model.flush()
    assert model.index(0, TIME).data() == format_time(1_700_000_000.25)
    assert model.index(0, TIME).data().endswith(".250")
    assert model.index(0, TYPE).data() == "CREATED"
    assert "created" in model.index(0, TYPE).data(Qt.ItemDataRole.ToolTipRole)


def test_filter_by_type_and_path_also_for_rows_arriving_and_leaving(model) -> None:
    model.add(entries(10, kind="CHANGED") + entries(10, start=10, kind="CREATED"))
    model.flush()
    model.set_filter({"CREATED"}, "/n/1*")
    assert shown_paths(model) == [f"/n/{i}" for i in range(10, 20)]
    model.add(entries(40, start=20, kind="CREATED"))  # 10 of 60 leave the ring
    model.flush()
    assert model.kept == 50
    assert shown_paths(model) == [f"/n/{i}" for i in range(10, 20)]
    model.add(entries(45, start=60, kind="CREATED"))  # /n/10.. leave, /n/100.. match
    model.flush()
    assert shown_paths(model) == [f"/n/1{i:02d}" for i in range(5)]
    model.set_filter(None, "")
    assert model.rowCount() == 50
    model.set_filter(None, "/n/[")  # (an unclosed [ is a literal, as in fnmatch)
    assert model.rowCount() == 0
    with pytest.raises(InvalidPattern):
        model.set_filter({"CREATED"}, "/n/[z-a]")
    assert model.rowCount() == 0  # the filter is as it was


def test_pause_holds_rows_back_bounded_and_shows_them_on_resume(model) -> None:
    model.add(entries(5))
    model.flush()
    model.set_paused(True)
    model.add(entries(80, start=5))
    model.flush()
    assert model.rowCount() == 5 and model.waiting == 50 and model.dropped == 30
    model.set_paused(False)
    assert model.waiting == 0 and model.rowCount() == 50
    assert shown_paths(model)[-1] == "/n/84"


def test_clear_forgets_everything(model) -> None:
    model.add(entries(60))
    model.flush()
    model.clear()
    assert model.rowCount() == 0 and model.dropped == 0 and model.kept == 0


def test_capacity_change_keeps_the_newest(model) -> None:
    model.add(entries(40))
    model.set_capacity(10)
    assert shown_paths(model) == [f"/n/{i}" for i in range(30, 40)]
    assert model.dropped == 30


def test_copied_text_has_one_tab_separated_line_per_row() -> None:
    text = EventLog.as_text([LogEntry(1_700_000_000.0, "DELETED", "/x", "why")])
    assert text == f"{format_time(1_700_000_000.0)}\tDELETED\t/x\twhy"
