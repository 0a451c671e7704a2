"""Keeping Python's cycle collector from pausing the GUI thread.

A full collection visits every object the collector tracks and holds the GIL meanwhile,
so whichever thread triggers it, the GUI thread waits: with 100,000 tree rows alive that
is 80-100 ms, and 40-70 ms for the objects of the app itself. Objects that live long (the
app's own, after start-up; rows made in bulk, as they are made) are moved out of the
collector's reach with ``gc.freeze()``.

Frozen objects are still freed by reference counting, but a cycle among them is never
collected. So dropped tree rows break their parent/child links (``ZnodeTreeModel._forget``),
and at start-up and at each reset of the tree (a connect) everything is collected once
(`recollect`): what died frozen since, say the client of an earlier connection or garbage
that was pending when rows were frozen, is freed then.
"""

from __future__ import annotations

import gc


def exempt_from_collector() -> None:
    """Freeze every object alive now (O(1)): later collections skip them."""
    gc.freeze()


def recollect(only_if_frozen: bool = False) -> None:
    """Unfreeze, collect everything, freeze what is alive (one full collection).

    With ``only_if_frozen``, nothing happens unless something is frozen.
    """
    if only_if_frozen and not gc.get_freeze_count():
        return
    gc.unfreeze()
    gc.collect()
    gc.freeze()
