"""The recipes panel: what a lock, an election, a queue... looks like inside the tree.

Docked by the main window (``recipePanel``), it shows the current connection's lens
(models/recipe.py): the kind of recipe the selected node is, or belongs to, how sure
that is, and its participants in order (holder and waiters, leader and candidates,
members, items) with the identifier each client wrote and the session that owns it.
It changes as the recipe does.
"""

from __future__ import annotations

import contextlib
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTreeWidgetItem,
    QWidget,
)

from ..models.recipe import RecipeLens
from ..settings import WINDOW_STATE
from ..zk import recipes as r
from ..zk.stat import session_id_hex
from .assets import style_message_label
from .widgets import ReadOnlyTable, vbox

__all__ = ["RecipePanel", "install_recipes", "kind_name", "recipe_meaning"]

#: Characters of a queue item's data shown.
PREVIEW_CHARS = 60
#: Pixels the dock takes the first time it is shown (the tree keeps room for names).
RECIPE_DOCK_WIDTH = 400


# The kinds as words to translate (found by lupdate here; translated in kind_name).
_KINDS = (
    QT_TRANSLATE_NOOP("RecipeKinds", "Lock"),
    QT_TRANSLATE_NOOP("RecipeKinds", "ReadWriteLock"),
    QT_TRANSLATE_NOOP("RecipeKinds", "Election"),
    QT_TRANSLATE_NOOP("RecipeKinds", "Semaphore"),
    QT_TRANSLATE_NOOP("RecipeKinds", "Lease"),
    QT_TRANSLATE_NOOP("RecipeKinds", "Queue"),
    QT_TRANSLATE_NOOP("RecipeKinds", "LockingQueue"),
    QT_TRANSLATE_NOOP("RecipeKinds", "Party"),
    QT_TRANSLATE_NOOP("RecipeKinds", "ShallowParty"),
    QT_TRANSLATE_NOOP("RecipeKinds", "Barrier"),
    QT_TRANSLATE_NOOP("RecipeKinds", "DoubleBarrier"),
    QT_TRANSLATE_NOOP("RecipeKinds", "Counter"),
)

translate = QCoreApplication.translate


class RecipeCounts(QObject):
    """The texts with a number in them: plural forms come only through tr()."""

    def waiting(self, n: int) -> str:
        return self.tr("%n waiting.", "", n)

    def candidates(self, n: int) -> str:
        return self.tr("%n other candidate(s).", "", n)

    def leases(self, n: int) -> str:
        return self.tr(
            "%n lease(s) held or asked for; Curator keeps the maximum in its clients.", "", n
        )

    def items(self, n: int) -> str:
        return self.tr("%n item(s).", "", n)

    def processed(self, n: int) -> str:
        return self.tr("%n being processed.", "", n)

    def members(self, n: int) -> str:
        return self.tr("%n member(s)", "", n)

    def inside(self, n: int) -> str:
        return self.tr("%n inside.", "", n)


COUNTS = RecipeCounts()


def kind_name(kind: str) -> str:
    """A kind of recipe (zk/recipes.py: Lock, Election, Queue...) as the interface names it."""
    return QCoreApplication.translate("RecipeKinds", kind)  # texts marked with QT_TRANSLATE_NOOP


def recipe_meaning(kind: str) -> str:
    """What a kind of recipe is for and how it works, in a sentence or two."""
    meanings = {
        r.LOCK: translate(
            "RecipePanel",
            "A lock: each client that wants it adds an ephemeral sequential child; the "
            "lowest sequence number holds the lock, every other one waits for the one just "
            "before it to go.",
        ),
        r.READ_WRITE_LOCK: translate(
            "RecipePanel",
            "A read-write lock: readers hold it together while no writer came before them; "
            "a writer holds it alone, once it is first.",
        ),
        r.ELECTION: translate(
            "RecipePanel",
            "A leader election: each candidate adds an ephemeral sequential child; the "
            "lowest sequence number is the leader, and when its session ends the next one "
            "takes over.",
        ),
        r.SEMAPHORE: translate(
            "RecipePanel",
            "A semaphore: at most a fixed number of clients hold a lease at a time; each "
            "lease is an ephemeral child, gone with its client's session.",
        ),
        r.LEASE: translate(
            "RecipePanel",
            "A lease: one holder at a time, until the time written in lease_holder; others "
            "do not wait, they just do not get it.",
        ),
        r.QUEUE: translate(
            "RecipePanel",
            "A queue: producers add persistent sequential children; a consumer takes the "
            "head (the lowest) and deletes it.",
        ),
        r.LOCKING_QUEUE: translate(
            "RecipePanel",
            "A locking queue: a consumer marks the head as taken (an ephemeral node under "
            "taken) and deletes the item only when done; if it dies, the item is free again.",
        ),
        r.PARTY: translate(
            "RecipePanel",
            "A party (group membership): each member adds an ephemeral child; the children "
            "are the members alive now.",
        ),
        r.SHALLOW_PARTY: translate(
            "RecipePanel",
            "A party (group membership) whose members carry their identifier in their "
            "node's name; each is ephemeral, gone with its member's session.",
        ),
        r.BARRIER: translate(
            "RecipePanel",
            "A barrier: while the node exists, clients waiting on it are blocked; deleting "
            "it lets them all go.",
        ),
        r.DOUBLE_BARRIER: translate(
            "RecipePanel",
            "A double barrier: clients enter by adding an ephemeral child; when enough are "
            "in, ready is created and all start; they leave together the same way.",
        ),
        r.COUNTER: translate(
            "RecipePanel",
            "A shared counter: the node's data is the value; a change writes it with the "
            "version just read and tries again if someone else changed it first.",
        ),
    }
    return meanings.get(kind, "")


def _role_word(entry: r.Entry) -> str:
    words = {
        r.HOLDER: translate("RecipePanel", "holds it"),
        r.WAITER: translate("RecipePanel", "waits"),
        r.LEADER: translate("RecipePanel", "leader"),
        r.CANDIDATE: translate("RecipePanel", "candidate"),
        r.MEMBER: translate("RecipePanel", "member"),
        r.ITEM: translate("RecipePanel", "queued"),
        r.TAKEN: translate("RecipePanel", "being processed"),
        r.LEASE_HOLDER: translate("RecipePanel", "holds a lease"),
    }
    word = words.get(entry.role, entry.role)
    if entry.mode == "read":
        return translate("RecipePanel", "%s (read)") % word
    if entry.mode == "write":
        return translate("RecipePanel", "%s (write)") % word
    return word


def _who(entry: r.Entry) -> str:
    name = entry.identifier or translate("RecipePanel", "(no identifier)")
    if entry.owner:
        return translate("RecipePanel", "%s (session %s)") % (name, session_id_hex(entry.owner))
    return name


def _preview(data: bytes | None) -> str:
    if not data:
        return translate("RecipePanel", "(empty)")
    text = data.decode("utf-8", "replace")
    if data.startswith(b"\x00\x01\x00\x01"):
        text = translate("RecipePanel", "(Curator items, %d bytes)") % len(data)
    if not text.isprintable():
        text = data[:PREVIEW_CHARS].hex(" ")
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def headline(recipe: r.Recipe) -> str:
    """The kind, the recipe that writes it, and how sure that is."""
    what = f"{recipe.library} {recipe.recipe}".strip()
    kind = kind_name(recipe.kind)
    if recipe.certainty == r.EXACT:
        sure = translate("RecipePanel", "the layout matches %s exactly") % what
    elif what:
        sure = translate("RecipePanel", "name pattern only: the names look like %s") % what
    else:
        sure = translate("RecipePanel", "name pattern only: the node's name suggests it")
    return translate("RecipePanel", "%s — %s") % (kind, sure)


def state_lines(recipe: r.Recipe) -> list[str]:
    """Who holds what, in sentences."""
    kind, holders, waiters = recipe.kind, recipe.holders(), recipe.waiters()
    lines: list[str] = []
    if kind in (r.LOCK, r.READ_WRITE_LOCK):
        if holders:
            lines.append(
                translate("RecipePanel", "Held by %s.") % ", ".join(_who(e) for e in holders)
            )
        elif not recipe.entries:
            lines.append(translate("RecipePanel", "Nobody holds or waits for it now."))
        lines.append(COUNTS.waiting(len(waiters)))
    elif kind == r.ELECTION:
        if holders:
            lines.append(translate("RecipePanel", "Leader: %s.") % _who(holders[0]))
        else:
            lines.append(translate("RecipePanel", "No leader now."))
        if any(e.sequence is not None for e in recipe.entries):
            lines.append(COUNTS.candidates(len(waiters)))
    elif kind == r.SEMAPHORE:
        if recipe.maximum is not None:
            lines.append(
                translate("RecipePanel", "%d of %d leases held.") % (recipe.count, recipe.maximum)
            )
        else:
            lines.append(COUNTS.leases(recipe.count))
    elif kind in (r.QUEUE, r.LOCKING_QUEUE):
        lines.append(COUNTS.items(recipe.count))
        taken = [e for e in recipe.entries if e.role == r.TAKEN]
        if taken:
            lines.append(COUNTS.processed(len(taken)))
        free = [e for e in recipe.entries if e.role == r.ITEM]
        if free:
            lines.append(
                translate("RecipePanel", "Head: %s (%s).") % (_preview(free[0].data), free[0].name)
            )
    elif kind in (r.PARTY, r.SHALLOW_PARTY):
        names = ", ".join(e.identifier or e.name for e in recipe.entries)
        lines.append(COUNTS.members(recipe.count) + (f": {names}." if names else "."))
    elif kind == r.COUNTER:
        lines.append(translate("RecipePanel", "Value: %s.") % recipe.value)
    elif kind == r.BARRIER:
        lines.append(
            translate("RecipePanel", "Up: clients waiting on it are blocked until it is deleted.")
        )
    elif kind == r.DOUBLE_BARRIER:
        lines.append(COUNTS.inside(recipe.count))
        if recipe.ready:
            lines.append(translate("RecipePanel", "Ready: everyone entered, they may go."))
        else:
            lines.append(translate("RecipePanel", "Not ready: waiting for more to enter."))
    elif kind == r.LEASE:
        if holders:
            lines.append(
                translate("RecipePanel", "Held by %s until %s UTC.")
                % (_who(holders[0]), recipe.until)
            )
        else:
            lines.append(translate("RecipePanel", "Nobody holds it."))
    return lines


def notes(recipe: r.Recipe, view: r.RecipeView) -> list[str]:
    """How sure, what else it could be, and what the selected node is in it."""
    out = []
    if recipe.others:
        out.append(
            translate(
                "RecipePanel", "Other recipes write the same layout (%s); the node's name says %s."
            )
            % (", ".join(kind_name(k) for k in recipe.others), kind_name(recipe.kind))
        )
    if recipe.certainty == r.PATTERN:
        out.append(
            translate(
                "RecipePanel",
                "Not proven: this is what the names suggest; the recipe's clients may be "
                "absent, or the node may be something else.",
            )
        )
    if recipe.part_of:
        out.append(
            translate("RecipePanel", "This lock is a part of the semaphore %s.") % recipe.part_of
        )
    if view.focus:
        out.append(
            translate("RecipePanel", "The selected node %s is a part of the recipe at %s.")
            % (view.focus, recipe.path)
        )
    return out


class RecipePanel(QWidget):
    """Shows a :class:`RecipeLens`: a summary and the participants in order.

    ``entryActivated(path)``: a participant's row was double-clicked (select it in the tree).
    """

    entryActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipeView")
        self._lens: RecipeLens | None = None
        self._view: r.RecipeView | None = None
        self.summary = QLabel()
        self.summary.setObjectName("recipeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.entries = ReadOnlyTable(
            "recipeEntries",
            [
                translate("RecipePanel", "Role"),
                translate("RecipePanel", "Seq."),
                translate("RecipePanel", "Identifier"),
                translate("RecipePanel", "Owner session"),
                translate("RecipePanel", "Node"),
            ],
        )
        self.entries.set_placeholder(
            translate("RecipePanel", "Participants of the recipe show here.")
        )
        self.entries.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # (sequence suffixes)
        for column in (0, 1, 3):
            self.entries.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.entries.itemDoubleClicked.connect(self._activated)
        self.note = QLabel()
        self.note.setObjectName("recipeNote")
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("recipeError")
        self.error.setWordWrap(True)
        style_message_label(self.error, "error")
        self.error.hide()
        layout = vbox(self.summary, self.error, self.entries, self.note)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        # A dock made short scrolls instead of laying the wrapped texts over the table.
        body = QWidget()
        body.setLayout(layout)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = vbox(scroll)
        outer.setContentsMargins(0, 0, 0, 0)
        self.setLayout(outer)
        self.show_view(None)

    def set_lens(self, lens: RecipeLens | None) -> None:
        """Show this lens (the current connection's) from now on."""
        if lens is self._lens:
            return
        if self._lens is not None:
            self._lens.changed.disconnect(self.show_view)
            self._lens.failed.disconnect(self._failed)
        self._lens = lens
        if lens is not None:
            lens.changed.connect(self.show_view)
            lens.failed.connect(self._failed)
        self.show_view(lens.view if lens is not None else None)

    def text(self) -> str:
        """Everything the panel says, as plain text (for copying and for tests)."""
        rows = [
            " | ".join(item.text(c) for c in range(5))
            for item in (
                self.entries.topLevelItem(i) for i in range(self.entries.topLevelItemCount())
            )
        ]
        return "\n".join([self.summary.text(), *rows, self.note.text()])

    def _failed(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def show_view(self, view: r.RecipeView | None) -> None:
        self._view = view
        self.error.hide()
        self.entries.clear()
        recipe = view.recipe if view is not None else None
        if recipe is None:
            self.summary.setText(
                escape(
                    translate(
                        "RecipePanel",
                        "Select a node: if it belongs to a lock, an election, a queue, a "
                        "party or another recipe, it is described here.",
                    )
                )
                if view is None
                else escape(
                    translate("RecipePanel", "%s is not part of a recipe this panel knows.")
                    % view.path
                )
            )
            self.note.setText(
                translate(
                    "RecipePanel",
                    "Recognised: kazoo's Lock, ReadLock/WriteLock, Semaphore, Election, Queue, "
                    "LockingQueue, Party, ShallowParty, Barrier, DoubleBarrier, Counter and "
                    "NonBlockingLease; Curator's locks, LeaderLatch, LeaderSelector, "
                    "InterProcessSemaphoreV2, queues, barriers and counters.",
                )
            )
            return
        lines = [f"<b>{escape(headline(recipe))}</b>", escape(recipe.path)]
        lines += [escape(line) for line in state_lines(recipe)]
        self.summary.setText("<br>".join(lines))
        self.summary.setToolTip(recipe_meaning(recipe.kind))
        for entry in recipe.entries:
            item = QTreeWidgetItem(
                [
                    _role_word(entry),
                    "" if entry.sequence is None else str(entry.sequence),
                    entry.identifier if entry.role not in (r.ITEM,) else _preview(entry.data),
                    session_id_hex(entry.owner)
                    if entry.owner
                    else translate("RecipePanel", "persistent"),
                    entry.name,
                ]
            )
            item.setToolTip(4, entry.name)
            if entry.role in (r.HOLDER, r.LEADER, r.LEASE_HOLDER):
                font = item.font(0)
                font.setBold(True)
                for column in range(5):
                    item.setFont(column, font)
            self.entries.addTopLevelItem(item)
            if view.focus and view.focus.rsplit("/", 1)[-1] == entry.name:
                self.entries.setCurrentItem(item)  # the selected node's own row
        self.note.setText("\n".join([recipe_meaning(recipe.kind), *notes(recipe, view)]))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        recipe = self._view.recipe if self._view is not None else None
        if recipe is None:
            return
        name = item.text(4)
        base = recipe.path.rstrip("/")
        prefix = "entries/" if recipe.kind == r.LOCKING_QUEUE else ""
        prefix = "leases/" if recipe.recipe == "InterProcessSemaphoreV2" else prefix
        self.entryActivated.emit(
            f"{base}/{prefix}{name}" if name != "lease_holder" else f"{base}/{name}"
        )


def install_recipes(window) -> QDockWidget:
    """Dock the recipes panel (``recipePanel``) in the main window: it shows the current
    connection's lens, which reads (and watches) only while the dock is visible.
    View > Recipes shows and hides it. Returns the dock."""
    panel = RecipePanel()
    dock = QDockWidget(translate("RecipePanel", "Recipes"), window)
    dock.setObjectName("recipePanel")
    dock.setWidget(panel)
    dock.setToolTip(
        translate(
            "RecipePanel",
            "What the selected node is in a lock, an election, a queue, a party... and who "
            "takes part, live",
        )
    )
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    sized = []

    def first_shown(shown: bool) -> None:
        if shown and not sized and not window.settings.get(WINDOW_STATE):
            sized.append(True)  # (a layout the user left is kept as it was)
            window.resizeDocks([dock], [RECIPE_DOCK_WIDTH], Qt.Orientation.Horizontal)

    toggle = dock.toggleViewAction()
    toggle.setObjectName("actionRecipePanel")
    toggle.setText(translate("RecipePanel", "&Recipes Panel"))
    toggle.setShortcut("Ctrl+Shift+R")
    window.viewMenu.addAction(toggle)
    state = {"lens": None}

    def current() -> None:
        page = window.page
        lens = page.recipes if page is not None else None
        old = state["lens"]
        if old is not None and old is not lens:
            with contextlib.suppress(RuntimeError):  # (its page was closed)
                old.set_active(False)
        state["lens"] = lens
        panel.set_lens(lens)
        if lens is not None:
            lens.set_active(dock.isVisible())

    def visible(shown: bool) -> None:
        if state["lens"] is not None:
            state["lens"].set_active(shown)

    panel.entryActivated.connect(lambda path: window.page.reveal(path))
    dock.visibilityChanged.connect(visible)
    dock.visibilityChanged.connect(first_shown)
    window.connectionTabs.currentChanged.connect(lambda _i: current())
    window.pageAdded.connect(lambda _page: current())
    return dock
