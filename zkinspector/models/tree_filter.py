"""Which loaded rows of the tree a filter text keeps.

A row stays when its name contains the text (ignoring case) or when one of its loaded
descendants' does, so the ancestors of a match stay too; the root always stays. Only
loaded rows are looked at: nothing is read from the server. The view hides the others
(``QTreeView.setRowHidden``), which keeps expansion and selection as they are; this
object works out which rows change, as (parent, row, hide) triples, and remembers what
it told the view.
"""

from __future__ import annotations

from collections.abc import Iterator

from .tree import ZNode

__all__ = ["Change", "TreeFilter"]

Change = tuple[ZNode, int, ZNode, bool]
"""A row to hide (True) or show (False): its parent node, its row under it when the
change was worked out, and the node shown in it."""


class TreeFilter:
    """The filter text and the rows hidden for it."""

    def __init__(self) -> None:
        self.text = ""  # lower case
        self._hidden: set[int] = set()  # ids of the nodes whose rows are hidden

    @property
    def active(self) -> bool:
        return bool(self.text)

    def is_hidden(self, node: ZNode) -> bool:
        return node.id in self._hidden

    def forget(self) -> None:
        """The view dropped its hidden rows (a model reset): nothing is hidden now."""
        self._hidden.clear()

    def applied(self, node: ZNode, hide: bool) -> None:
        """The view now hides (or shows) the node's row."""
        if hide:
            self._hidden.add(node.id)
        else:
            self._hidden.discard(node.id)

    def matches(self, node: ZNode) -> bool:
        """Whether the node's own name contains the text (always, with no text)."""
        return self.text in node.name.lower()

    def refilter(self, root: ZNode | None, text: str) -> list[Change]:
        """Use ``text``; the rows of the loaded tree under ``root`` to hide or show (each
        to be reported with ``applied`` once the view has it)."""
        self.text = text.lower()
        changes: list[Change] = []
        if root is not None and root.children:
            self._visit(root, changes)
        return changes

    def _visit(self, parent: ZNode, changes: list[Change]) -> bool:
        """Decide the rows under ``parent``; True if any of them stays."""
        text, was = self.text, self._hidden
        any_kept = False
        for row, child in enumerate(parent.children or ()):
            keep = not text or text in child.name.lower()
            if child.children and self._visit(child, changes):
                keep = True
            if keep:
                any_kept = True
                if child.id in was:
                    changes.append((parent, row, child, False))
            elif child.id not in was:
                changes.append((parent, row, child, True))
        return any_kept

    def inserted(self, parent: ZNode, rows: range) -> tuple[list[Change], list[ZNode]]:
        """New rows under ``parent``: those to hide, and the hidden ancestors to show again
        (when a new row matches), nearest first; ``applied`` is told of each once done."""
        if not self.text or not parent.children:
            return [], []
        kids = parent.children
        changes: list[Change] = []
        kept = False
        for row in rows:
            child = kids[row]
            if self.matches(child):
                kept = True
            else:
                changes.append((parent, row, child, True))
        shown = [n for n in _ancestors(parent) if n.id in self._hidden] if kept else []
        return changes, shown


def _ancestors(node: ZNode) -> Iterator[ZNode]:
    while node is not None:
        yield node
        node = node.parent  # type: ignore[assignment]
