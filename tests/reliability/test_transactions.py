"""A transaction whose answer is lost: the user is told the outcome is not known, and the
editor is ready for the next commit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kazoo.client import KazooClient

from tests.helpers import WAIT, connect
from tests.reliability.helpers import OP_MULTI, FaultProxy
from zkinspector.models.transaction import TransactionBuilder
from zkinspector.zk.session import ZkSession


@pytest.fixture
def proxy(zk_server) -> Iterator[FaultProxy]:
    p = FaultProxy(zk_server.host, zk_server.port)
    yield p
    p.close()


@pytest.fixture
def builder(qtbot, session: ZkSession, proxy: FaultProxy, zk_chroot: str) -> TransactionBuilder:
    chroot = "/" + zk_chroot.split("/", 1)[1]
    connect(qtbot, session, proxy.address + chroot)
    return TransactionBuilder(session)


@pytest.mark.parametrize("end", ["connection dropped", "user disconnected"])
def test_lost_answer_says_the_outcome_is_unknown(
    qtbot, builder: TransactionBuilder, session, proxy: FaultProxy, zk_client: KazooClient, end
) -> None:
    said: list[str] = []
    builder.failed.connect(said.append)
    builder.committed.connect(lambda *_: said.append("committed"))
    assert builder.set_text("create /a\ncreate /b\n") is None
    proxy.lose_answer({OP_MULTI})
    assert builder.commit()
    qtbot.waitUntil(proxy.triggered.is_set, timeout=WAIT)
    qtbot.waitUntil(lambda: zk_client.exists("/b") is not None, timeout=WAIT)  # applied
    if end == "connection dropped":
        proxy.cut()
    else:
        session.disconnect_from()
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT)
    assert said != ["committed"]
    assert "may or may not have been applied" in said[0]
    assert not builder.busy  # a next commit can be sent
