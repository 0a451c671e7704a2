"""Fixtures of the server tests: a second client, a client in each protocol mode, and the
tree model on this test's chroot, as a view uses it and under the model tester."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kazoo.client import KazooClient
from PySide6.QtTest import QAbstractItemModelTester

from tests.helpers import WAIT, connect
from zkinspector.models.tree import ZnodeTreeModel
from zkinspector.zk.protocol import SINCE_3_6, ServerFeatures, set_server_features

# Multi-read (ZooKeeper 3.6+) and the plain pipelined fallback used for older servers.
MODES = [pytest.param(True, id="multiread"), pytest.param(False, id="pipelined")]


def take_features(client: KazooClient, since_3_6: bool) -> None:
    """Make ``client`` use, or not use, the requests ZooKeeper 3.6 added."""
    set_server_features(client, ServerFeatures(**dict.fromkeys(SINCE_3_6, since_3_6)))


@pytest.fixture
def other_client(kazoo_client, zk_chroot: str) -> KazooClient:
    """A second client on the same chroot, for changes made "by someone else"."""
    return kazoo_client(zk_chroot)


@pytest.fixture(params=MODES)
def client(request: pytest.FixtureRequest, zk_client: KazooClient) -> Iterator[KazooClient]:
    """zk_client, with the 3.6 requests (multi-read, getAllChildrenNumber) on or off."""
    take_features(zk_client, request.param)
    yield zk_client


@pytest.fixture
def plain_model(qtbot, session, zk_chroot):
    """The model as a view uses it: nothing is listed until asked for."""
    m = ZnodeTreeModel(session)
    connect(qtbot, session, zk_chroot)
    qtbot.waitUntil(lambda: m.rowCount() == 1, timeout=WAIT)
    return m


@pytest.fixture
def model(qtbot, plain_model, qtlog):
    """The model under QAbstractItemModelTester, which checks every change it makes.

    The tester fetches every node it can (it walks the model), so laziness is tested
    on `plain_model`.
    """
    tester = QAbstractItemModelTester(
        plain_model, QAbstractItemModelTester.FailureReportingMode.Warning
    )
    yield plain_model
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert not failures, failures
    del tester
