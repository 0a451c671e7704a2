"""The window's transfer features: export, import, copy and paste, move and rename, compare.

Each flow asks with a dialog of its own (ui/*_dialog.py), hands the work to a controller
of models/transfer.py and shows its progress and report. Copy and paste, drag and drop
and compare may join two tabs (two connections, maybe two clusters), so the flows live
at the window, not in one page.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QMainWindow

from .. import settings as prefs
from ..models.transfer import (
    EXPORT_SUFFIX,
    CopyJob,
    ExportJob,
    ImportJob,
    MoveJob,
    NodeClipboard,
    Report,
    TransferJob,
)
from ..zk import paths
from ..zk.session import ReadOnlyError
from .compare_dialog import CompareDialog
from .compare_view import ComparePanel
from .import_dialog import ImportDialog
from .move_dialog import MoveNodeDialog
from .paste_dialog import PasteDialog
from .task_dialog import TaskDialog
from .widgets import warn

__all__ = ["TransferFlows"]

#: A rename typed in the tree shows its dialog only if it is still running after this.
RENAME_DIALOG_DELAY_MS = 400


class TransferFlows(QObject):
    """Wires the transfer actions of ``window`` to dialogs and controllers."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.clipboard = NodeClipboard(self)
        self.clipboard.changed.connect(lambda: self.update_actions())
        a = window.actions
        a.actionExport.triggered.connect(self.export_selected)
        a.actionImport.triggered.connect(self.import_here)
        a.actionCopyNode.triggered.connect(self.copy_selected)
        a.actionPasteNode.triggered.connect(self.paste_here)
        a.actionMoveNode.triggered.connect(self.open_move_dialog)
        a.actionRenameNode.triggered.connect(self.rename_in_tree)
        a.actionCompare.triggered.connect(self.open_compare_dialog)
        self.comparePanel = ComparePanel(self._pages, self._window)
        self.comparePanel.revealRequested.connect(self._reveal)
        self.compareDock = QDockWidget(self.tr("Compare"), window)
        self.compareDock.setObjectName("compareDock")
        self.compareDock.setWidget(self.comparePanel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.compareDock)
        self.compareDock.hide()
        toggle = self.compareDock.toggleViewAction()
        toggle.setObjectName("actionComparePanel")
        toggle.setText(self.tr("C&ompare Panel"))
        window.viewMenu.addAction(toggle)
        window.pageAdded.connect(self._hook_page)
        window.pageClosed.connect(self._page_closed)

    # -- pages and actions ------------------------------------------------------------

    @property
    def _page(self):
        return self._window.page

    def _pages(self) -> list:
        return self._window.pages()

    def _hook_page(self, page) -> None:
        tree = page.tree
        tree.nodesDropped.connect(
            lambda dragged, target, copy, source, p=page: self.drop(
                p, dragged, target, copy, source
            )
        )
        tree.renameRequested.connect(lambda path, name, p=page: self.rename(p, path, name))

    def _page_closed(self, page) -> None:
        """A tab is closing: nothing here may keep its connection (or the page) alive."""
        self.clipboard.forget(page.session)
        self.comparePanel.forget(page)

    def update_actions(self) -> None:
        """Enable the transfer actions for the current page (called with the others)."""
        a, page = self._window.actions, self._page
        if page is None:
            return
        st = page.state()
        target_ok = st.path is not None and not paths.is_reserved(st.path)
        one = len(page.deletable_paths()) == 1
        a.actionExport.setEnabled(st.connected and st.path is not None)
        a.actionImport.setEnabled(st.writable and target_ok)
        a.actionCopyNode.setEnabled(st.connected and bool(page.deletable_paths()))
        a.actionPasteNode.setEnabled(st.writable and target_ok and self.clipboard.ready())
        a.actionMoveNode.setEnabled(st.writable and one)
        a.actionRenameNode.setEnabled(st.writable and one)
        a.actionCompare.setEnabled(st.connected)

    def _message(self, text: str, ms: int = 8000) -> None:
        self._window.statusBar().showMessage(text, ms)

    def _writable(self, page, title: str) -> bool:
        """True when ``page`` may write; else one sentence says why not."""
        if page.session.is_connected and not page.session.read_only:
            return True
        if page.session.read_only:
            warn(self._window, self._message, title, str(ReadOnlyError()))
        else:
            warn(
                self._window,
                self._message,
                title,
                self.tr("Not connected: connect this tab first."),
            )
        return False

    def _reveal(self, page, path: str) -> None:
        self._window.connectionTabs.setCurrentWidget(page)
        page.reveal(path)

    def _run(self, dialog: TaskDialog, job: TransferJob, text: str, then=None) -> None:
        """Show ``job``'s progress in ``dialog`` and its report at the end."""
        job.progress.connect(dialog.set_progress)
        dialog.stopRequested.connect(job.stop)
        dialog.rejected.connect(job.abandon)

        def finished(report: Report) -> None:
            dialog.finish(report.summary, report.lines, report.ok)
            if then is not None:
                then(report)

        job.finished.connect(finished)
        dialog.start_progress(text)

    # -- export -----------------------------------------------------------------------

    def export_selected(self) -> None:
        """Ask for a file, then write the selected subtree to it."""
        page = self._page
        root = page.current_path()
        if root is None or not page.session.is_connected:
            return
        name = paths.basename(root) or "root"
        start = os.path.join(self._directory(), name + EXPORT_SUFFIX)
        dialog = QFileDialog(self._window, self.tr("Export %s to") % root, start)
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(self._name_filters())
        dialog.setDefaultSuffix(EXPORT_SUFFIX.lstrip("."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda file: self.export(page, root, file))
        dialog.open()

    def export(self, page, root: str, file: str) -> TaskDialog:
        """Write ``root``'s subtree of ``page``'s connection to ``file`` (progress, report)."""
        self._remember_directory(file)
        dialog = TaskDialog("exportDialog", self.tr("Export Subtree"), "", self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            self.tr("Export %1 of %2\nto %3")
            .replace("%1", root)
            .replace("%2", page.title())
            .replace("%3", file),
            dialog,
        )
        intro.setObjectName("exportIntroLabel")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        dialog.body.addWidget(intro)
        job = ExportJob(page.session, root, file, dialog)
        self._run(dialog, job, self.tr("Exporting %s…") % root)
        dialog.open()
        job.start()
        return dialog

    # -- import -----------------------------------------------------------------------

    def import_here(self) -> None:
        """Ask for a file, then check it and preview the import under the selected node."""
        page = self._page
        target = page.current_path()
        if target is None or not self._writable(page, self.tr("Import")):
            return
        dialog = QFileDialog(self._window, self.tr("Import under %s") % target, self._directory())
        dialog.setObjectName("importFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(self._name_filters())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda file: self.import_file(page, file, target))
        dialog.open()

    def import_file(self, page, file: str, target: str) -> ImportDialog | None:
        """Check ``file``, preview what it would change under ``target``, import on OK."""
        if not self._writable(page, self.tr("Import")):
            return None
        self._remember_directory(file)
        where = self.tr("%1, under %2").replace("%1", page.title()).replace("%2", target)
        dialog = ImportDialog(file, where, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        job = ImportJob(page.session, file, target, dialog)
        job.progress.connect(dialog.set_progress)
        dialog.stopRequested.connect(job.stop)
        dialog.rejected.connect(job.abandon)
        job.refused.connect(dialog.refuse)
        job.planned.connect(dialog.show_plan)

        def finished(report: Report) -> None:
            dialog.finish(report.summary, report.lines, report.ok, again=report.dry_run)
            if not report.dry_run:
                page.model.refresh(target)

        job.finished.connect(finished)

        def start() -> None:
            dry = dialog.dry_run()
            verb = self.tr("Checking what would be written…") if dry else self.tr("Importing…")
            dialog.start_progress(verb)
            job.start(dialog.conflict(), dry, dialog.ephemerals())

        dialog.okRequested.connect(start)
        dialog.start_progress(self.tr("Checking the file…"))
        dialog.open()
        job.check()
        return dialog

    # -- copy and paste ---------------------------------------------------------------

    def copy_selected(self) -> None:
        """Remember the selected nodes for a paste, here or in another tab."""
        page = self._page
        chosen = page.deletable_paths()
        if not chosen or not page.session.is_connected:
            return
        self.clipboard.set(page.session, chosen)
        self._message(
            self.tr(
                "%n node(s) copied (with their subtrees): paste with Ctrl+V here or in "
                "another tab.",
                "",
                len(chosen),
            ),
            5000,
        )

    def paste_here(self) -> None:
        """Copy the nodes copied last under the selected node (asks first)."""
        page = self._page
        target = page.current_path()
        if target is None:
            return
        source = self._page_of_session(self.clipboard.session)
        if source is None or not self.clipboard.ready():
            warn(
                self._window,
                self._message,
                self.tr("Paste"),
                self.tr("Nothing to paste: copy nodes first (their connection must be open)."),
            )
            return
        self.copy(source, self.clipboard.paths, page, target)

    def copy(self, source_page, sources: list[str], target_page, target: str) -> PasteDialog | None:
        """Ask, then copy ``sources`` (with their subtrees) under ``target``."""
        if not self._writable(target_page, self.tr("Paste")):
            return None
        if paths.is_reserved(target):
            warn(
                self._window,
                self._message,
                self.tr("Paste"),
                self.tr("Nothing can be written under /zookeeper."),
            )
            return None
        dialog = PasteDialog(
            sources, source_page.title(), target, target_page.title(), self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        job = CopyJob(source_page.session, sources, target_page.session, target, dialog)
        job.planned.connect(dialog.show_plan)
        job.refused.connect(dialog.refuse)

        def done(report: Report) -> None:
            target_page.model.refresh(target)
            if report.ok and len(sources) == 1:
                self._reveal(target_page, paths.join(target, paths.basename(sources[0])))

        self._run(dialog, job, "", done)
        dialog.ask(self.tr("Counting the nodes…"))
        dialog.set_ok_enabled(False)
        dialog.okRequested.connect(
            lambda: (
                dialog.start_progress(self.tr("Copying…")),
                job.start(dialog.conflict(), dialog.ephemerals()),
            )
        )
        dialog.open()
        job.plan()
        return dialog

    def _page_of_session(self, session):
        return next((p for p in self._pages() if p.session is session), None)

    # -- move and rename --------------------------------------------------------------

    def open_move_dialog(self) -> MoveNodeDialog | None:
        page = self._page
        chosen = page.deletable_paths()
        if len(chosen) != 1 or not self._writable(page, self.tr("Move")):
            return None
        dialog = MoveNodeDialog(chosen[0], self._window)
        self._prepare_move(page, dialog)
        dialog.open()
        return dialog

    def rename_in_tree(self) -> None:
        """F2: an editor on the selected row; Enter renames through the move controller."""
        page = self._page
        if not self._writable(page, self.tr("Rename")):
            return
        if not page.tree.rename_current():
            self._message(self.tr("This node cannot be renamed."))

    def rename(self, page, path: str, name: str) -> None:
        """A name typed in the tree: move ``path`` to that name under the same parent."""
        if not self._writable(page, self.tr("Rename")):
            return
        try:
            target = paths.join(paths.dirname(path), name)
        except paths.InvalidPath as exc:
            warn(self._window, self._message, self.tr("Rename"), str(exc))
            return
        dialog = MoveNodeDialog(path, self._window, target=target)
        self._prepare_move(page, dialog, quiet=True)
        dialog.accept()  # as OK: the dialog shows itself when it has a question or a problem

    def drop(self, page, dragged: list[str], target: str, copy: bool, source_view) -> None:
        """Nodes dropped on ``target`` in ``page``'s tree: confirm, then copy or move."""
        source = next((p for p in self._pages() if p.tree is source_view), None)
        if source is None:
            warn(
                self._window,
                self._message,
                self.tr("Drop"),
                self.tr("Only nodes of this window's tabs can be dropped."),
            )
            return
        if copy or source is not page:
            self.copy(source, dragged, page, target)
            return
        if not self._writable(page, self.tr("Move")):
            return
        if len(dragged) != 1:
            warn(
                self._window,
                self._message,
                self.tr("Move"),
                self.tr("Move one node at a time (or copy with Ctrl held)."),
            )
            return
        dialog = MoveNodeDialog(
            dragged[0], self._window, target=paths.join(target, paths.basename(dragged[0]))
        )
        self._prepare_move(page, dialog)
        dialog.open()

    def _prepare_move(self, page, dialog: MoveNodeDialog, *, quiet: bool = False) -> None:
        """Wire a move dialog to a move controller; ``quiet``: shown only when needed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        job = MoveJob(page.session, dialog)
        dialog.stopRequested.connect(job.stop)
        dialog.rejected.connect(job.abandon)
        job.progress.connect(dialog.set_progress)
        job.refused.connect(lambda text: (dialog.refuse(text), dialog.open()))

        def finished(report: Report) -> None:
            dialog.finish(report.summary, report.lines, report.ok)
            for parent in {paths.dirname(dialog.source()), paths.dirname(dialog.target())}:
                page.model.refresh(parent)
            if report.ok:
                page.reveal(dialog.target())
            if quiet and report.ok and not dialog.isVisible():
                self._message(report.summary, 5000)
                dialog.close()
            elif not dialog.isVisible():
                dialog.open()

        job.finished.connect(finished)

        def start() -> None:
            text = self.tr("Renaming…") if dialog.is_rename() else self.tr("Moving…")
            hidden = quiet and not dialog.isVisible()
            dialog.start_progress(text, show=not hidden)
            if hidden:  # shown only if it takes a while
                job.slow.connect(dialog.open)
            job.start(dialog.source(), dialog.target())

        dialog.okRequested.connect(start)

    # -- compare ----------------------------------------------------------------------

    def open_compare_dialog(self) -> CompareDialog | None:
        """Pick two subtrees (the selected node on both sides to start with), then compare."""
        page = self._page
        if not page.session.is_connected:
            return None
        connected = [p for p in self._pages() if p.session.is_connected]
        path = page.current_path() or "/"
        here = connected.index(page)
        there = next((i for i, p in enumerate(connected) if p is not page), here)
        dialog = CompareDialog(
            [(p.title(), p) for p in connected], (here, path), (there, path), self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.compare(*dialog.sides()))
        dialog.open()
        return dialog

    def compare(self, source: tuple, target: tuple) -> None:
        """Compare (page, path) with (page, path) in the compare panel."""
        self.compareDock.show()
        self.compareDock.raise_()
        self.comparePanel.start(source[0], source[1], target[0], target[1])

    # -- files ------------------------------------------------------------------------

    def _name_filters(self) -> list[str]:
        return [
            self.tr("zkinspector exports (*.jsonl *.jsonl.gz *.gz)"),
            self.tr("All files (*)"),
        ]

    def _directory(self) -> str:
        return self._window.settings.get(prefs.TRANSFER_DIRECTORY) or os.path.expanduser("~")

    def _remember_directory(self, file: str) -> None:
        self._window.settings.set(prefs.TRANSFER_DIRECTORY, os.path.dirname(file))
