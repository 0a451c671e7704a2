"""The tree's name column: a badge on recipe nodes, and tooltips that teach.

A node whose children show a recipe's layout (the model's ``RecipeRole``: a lock, an
election, a queue...) gets a small rounded label with the kind at the right of its name;
the name keeps the rest of the width, elided in the middle as the view asks. Tooltips
add what each kind of node means and, over the badge, what the recipe is.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from ..models.tree import KindRole, RecipeRole
from .recipe_panel import kind_name, recipe_meaning

translate = QCoreApplication.translate

__all__ = ["TreeBadgeDelegate", "kind_meaning"]

_PAD, _GAP = 5, 6
#: Pixels the name (with its icon) keeps at least before a badge is shrunk or left out.
NAME_ROOM = 60

Index = QModelIndex | QPersistentModelIndex


def kind_meaning(kind: str) -> str:
    """What a kind of node (the model's KindRole) is, in a sentence."""
    meanings = {
        "persistent": translate(
            "TreeBadges",
            "Persistent: it stays until someone deletes it (or it is a container or TTL "
            "node: the server does not tell clients which).",
        ),
        "ephemeral": translate(
            "TreeBadges",
            "Ephemeral: it lives as long as the session that created it, and cannot have children.",
        ),
        "persistent-sequential": translate(
            "TreeBadges",
            "Persistent and sequential: the server added a counter to its name when it was "
            "created, so names are unique and tell the order of creation.",
        ),
        "ephemeral-sequential": translate(
            "TreeBadges",
            "Ephemeral and sequential: gone with its session, and numbered by the server; "
            "locks, elections and queues are made of these.",
        ),
        "sequential": translate(
            "TreeBadges", "Sequential: the server added a counter to its name when it was created."
        ),
        "root": translate(
            "TreeBadges", "The root of this connection (the chroot, when there is one)."
        ),
        "locked": translate("TreeBadges", "Your credentials do not let you read this node."),
    }
    return meanings.get(kind, "")


class TreeBadgeDelegate(QStyledItemDelegate):
    """Paints the name column with a recipe badge where the model gives one."""

    def _badge_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.82))
        return font

    def _badge(self, option: QStyleOptionViewItem, kind: str) -> tuple[QRect, str] | None:
        """Where the badge goes and its text: the kind, or its first letter where the
        name would be left too little room; None where even that does not fit."""
        metrics = QFontMetrics(self._badge_font(option))
        height = min(option.rect.height() - 2, metrics.height() + 2)
        rect = option.rect
        for text in (kind_name(kind), kind_name(kind)[:1]):
            width = max(height, metrics.horizontalAdvance(text) + 2 * _PAD)
            if rect.width() - width - _GAP >= NAME_ROOM:
                top = rect.top() + (rect.height() - height) // 2
                return QRect(rect.right() - width - 2, top, width, height), text
        return None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        kind = index.data(RecipeRole) if index.column() == 0 else None
        placed = self._badge(option, kind) if kind else None
        if placed is None:
            super().paint(painter, option, index)
            return
        badge, text = placed
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # the row's background under the badge too (selection)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        narrow = QStyleOptionViewItem(option)
        narrow.rect = QRect(option.rect)
        narrow.rect.setRight(badge.left() - _GAP)
        super().paint(painter, narrow, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        accent = palette.color(QPalette.ColorRole.Highlight)
        fill = QColor(palette.color(QPalette.ColorRole.HighlightedText) if selected else accent)
        fill.setAlpha(60 if selected else 40)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText) if selected else accent)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setFont(self._badge_font(option))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        kind = index.data(RecipeRole) if index.column() == 0 else None
        if kind:
            metrics = QFontMetrics(self._badge_font(option))
            size.setWidth(
                size.width() + metrics.horizontalAdvance(kind_name(kind)) + 2 * _PAD + _GAP
            )
        return size

    def helpEvent(  # noqa: N802 (Qt override)
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = tooltip(index)
        if not text:
            return super().helpEvent(event, view, option, index)
        QToolTip.showText(event.globalPos(), text, view)
        return True


def tooltip(index: Index) -> str:
    """The row's tooltip: the model's, what its kind of node means, and its recipe."""
    name = index.sibling(index.row(), 0)
    lines = [str(index.data(Qt.ItemDataRole.ToolTipRole) or "")]
    lines.append(kind_meaning(str(name.data(KindRole) or "")))
    kind = name.data(RecipeRole)
    if kind:
        lines.append(
            translate("TreeBadges", "Recipe: %s. %s (View > Recipes Panel shows who takes part.)")
            % (kind_name(kind), recipe_meaning(kind))
        )
    return "\n".join(line for line in lines if line)
