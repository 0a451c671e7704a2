"""The right side of a connection's page: the selected node's data, stat and ACL."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QTabWidget, QWidget

from ..zk.reads import NodeSnapshot
from .assets import banner_style, follow_theme
from .data_pane import DataPane
from .stat_pane import StatView
from .widgets import hbox, vbox

__all__ = ["ChangedBanner", "NodeDetails"]


class ChangedBanner(QWidget):
    """ "Changed on the server while you were editing", with Show differences and Reload."""

    reloadClicked = Signal()
    diffClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedBanner")
        follow_theme(self, lambda w: w.setStyleSheet(banner_style(w.objectName())))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.reloadButton = QPushButton(self.tr("Reload"))
        self.reloadButton.setObjectName("bannerReloadButton")
        self.reloadButton.setToolTip(self.tr("Drop your text and show the server's data"))
        self.diffButton = QPushButton(self.tr("Show differences"))
        self.diffButton.setObjectName("bannerDiffButton")
        self.diffButton.setToolTip(self.tr("Compare your text with the data on the server now"))
        layout = hbox(self.label, self.diffButton, self.reloadButton)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setStretch(0, 1)
        self.setLayout(layout)
        self.reloadButton.clicked.connect(self.reloadClicked)
        self.diffButton.clicked.connect(self.diffClicked)
        self.hide()

    def show_for(self, path: str) -> None:
        self.label.setText(
            self.tr(
                "%s was changed on the server while you were editing. Your text is "
                "kept; Show differences compares it with the server's data, Reload "
                "drops it and shows the server's data."
            )
            % path
        )
        self.show()


class NodeDetails(QSplitter):
    """The data pane (with its banner) over the Stat and ACL tabs."""

    def __init__(self, acl_editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("nodeDetails")
        self.dataPane = DataPane()
        self.banner = ChangedBanner()
        data_box = QWidget()
        data_box.setLayout(vbox(self.banner, self.dataPane))

        self.statView = StatView()
        self.aclEditor = acl_editor
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(self.statView, self.tr("Stat"))
        self.tabs.addTab(acl_editor, self.tr("ACL"))

        self.addWidget(data_box)
        self.addWidget(self.tabs)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    def show_snapshot(self, snap: NodeSnapshot | None, message: str = "") -> None:
        """Show a node in every pane; None shows ``message`` instead."""
        if snap is None:
            self.dataPane.clear(message)
            self.statView.show_stat(None)
            self.aclEditor.show_snapshot(None, message)
            return
        if snap.readable:
            self.dataPane.load(snap.path, snap.data)
        else:
            self.dataPane.load(snap.path, None, readable=False)
        self.statView.show_stat(snap.stat)
        self.aclEditor.show_snapshot(snap, snap.error if snap.acl is None else "")
