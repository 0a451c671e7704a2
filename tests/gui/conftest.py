"""Fixtures of the widget tests."""

from __future__ import annotations

import pytest

from zkinspector.ui.data_pane import DataPane


@pytest.fixture
def pane(qtbot) -> DataPane:
    """A shown DataPane, alone (no session)."""
    widget = DataPane()
    qtbot.addWidget(widget)
    widget.resize(640, 330)
    widget.show()
    return widget
