"""Fixtures of the server tests: the tree model on this test's chroot, as a view uses it
and under the model tester."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from tests.helpers import WAIT, connect
from zkinspector.models.tree import ZnodeTreeModel


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
